"""Undoing the making or changing of a commitment, wherever it happens (workshop tab,
roadmap, live screen)."""

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


def update_with_undo(store: Store, commitment_id: int, values: dict):
    """Change a commitment; returns the changed row with the (undo, redo) of the change.
    A refused change raises the service's error and changes nothing."""
    before = commitments.commitment_values(store, commitment_id)
    row = commitments.update_commitment(store, commitment_id, **values)
    after = commitments.commitment_values(store, commitment_id)

    # Each expects what the other left: a change made elsewhere since is kept.
    def undo() -> None:
        commitments.restore_values(store, commitment_id, before, expect=after)

    def redo() -> None:
        commitments.restore_values(store, commitment_id, after, expect=before)

    return row, undo, redo
