"""Undoing the creation of a commitment, wherever it was made (workshop tab, roadmap, live)."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.services import commitments
from facilitator.store import Store


def creation_undo(
    store: Store, commitment_id: int
) -> tuple[Callable[[], None], Callable[[], None]]:
    """(undo, redo) of a commitment just created: undo deletes it and keeps what it was,
    redo brings exactly that back."""
    taken = {}

    def undo() -> None:
        taken["snapshot"] = commitments.delete_commitment(store, commitment_id)

    def redo() -> None:
        commitments.restore_commitment(store, taken["snapshot"])

    return undo, redo
