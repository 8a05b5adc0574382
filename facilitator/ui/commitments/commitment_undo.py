"""Undoing the making, changing, deleting or reviewing of a commitment, wherever it happens
(workshop tab, roadmap, live screen): Qt-free pairs of (undo, redo) calls for an ``Undo``.

Each function but :func:`creation_undo` makes the write itself, so that it can
keep what the commitment held before; a refused write raises the service's
error and changes nothing. Every undo and redo expects what the step left: when
the commitment was changed elsewhere since, it is refused (``StaleEditError``)
and the later change is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.services import commitments
from facilitator.store import Store

UndoRedo = tuple[Callable[[], None], Callable[[], None]]


def creation_undo(store: Store, commitment_id: int) -> UndoRedo:
    """(undo, redo) of a commitment just created (call it right after creating): undo
    deletes it and keeps what it was, redo brings exactly that back. Undo is refused when
    the commitment was changed since (the Commitments tab, the roadmap, the live screen)."""
    state = {"expect": commitments.commitment_values(store, commitment_id)}

    def undo() -> None:
        state["snapshot"] = commitments.delete_commitment(
            store, commitment_id, expect=state["expect"]
        )

    def redo() -> None:
        commitments.restore_commitment(store, state["snapshot"])
        state["expect"] = commitments.commitment_values(store, commitment_id)

    return undo, redo


def _restoring(store: Store, commitment_id: int, before: dict) -> UndoRedo:
    """(undo, redo) between ``before`` and what the commitment holds now. Each expects
    what the other left: a change made elsewhere since is kept (the undo is refused)."""
    after = commitments.commitment_values(store, commitment_id)

    def undo() -> None:
        commitments.restore_values(store, commitment_id, before, expect=after)

    def redo() -> None:
        commitments.restore_values(store, commitment_id, after, expect=before)

    return undo, redo


def update_with_undo(store: Store, commitment_id: int, values: dict):
    """Change a commitment; returns the changed row with the (undo, redo) of the change."""
    before = commitments.commitment_values(store, commitment_id)
    row = commitments.update_commitment(store, commitment_id, **values)
    return (row, *_restoring(store, commitment_id, before))


def review_with_undo(store: Store, commitment_id: int, workshop_id: int, status=None):
    """Record the review of a commitment at a workshop (with its new status, if any);
    returns the reviewed row with the (undo, redo) of the review."""
    before = commitments.commitment_values(store, commitment_id)
    row = commitments.review(store, commitment_id, workshop_id, status)
    return (row, *_restoring(store, commitment_id, before))


def delete_with_undo(store: Store, commitment_id: int) -> UndoRedo:
    """Delete a commitment; returns the (undo, redo) of the deletion: undo brings it back
    with its id, redo deletes it again unless it was changed since it came back."""
    state = {"snapshot": commitments.delete_commitment(store, commitment_id)}

    def undo() -> None:
        commitments.restore_commitment(store, state["snapshot"])
        state["expect"] = commitments.commitment_values(store, commitment_id)

    def redo() -> None:
        state["snapshot"] = commitments.delete_commitment(
            store, commitment_id, expect=state["expect"]
        )

    return undo, redo
