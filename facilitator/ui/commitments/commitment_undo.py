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

from facilitator.services import commitment_reviews, commitments
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


def update_with_undo(store: Store, commitment_id: int, values: dict, seen: dict | None = None):
    """Change a commitment; returns the changed row with the (undo, redo) of the change.
    ``seen``: the values the user saw, refused (``ChangedElsewhereError``) when another
    user changed them since."""
    before = commitments.commitment_values(store, commitment_id)
    row = commitments.update_commitment(store, commitment_id, seen=seen, **values)
    return (row, *_restoring(store, commitment_id, before))


def review_with_undo(
    store: Store, commitment_id: int, workshop_id: int, status=None, reviewed_by_id=None
):
    """Record the review of a commitment at a workshop (with its new status, if any, and who
    reported on it); returns the reviewed row with the (undo, redo) of the review. Undo puts
    the commitment and its review row at that workshop back as they were (the row removed
    when this was its first review there); each expects what the other left."""
    before = commitment_reviews.review_state(store, commitment_id, workshop_id)
    row = commitment_reviews.review(
        store, commitment_id, workshop_id, status, reviewed_by_id=reviewed_by_id
    )
    after = commitment_reviews.review_state(store, commitment_id, workshop_id)

    def undo() -> None:
        commitment_reviews.restore_review_state(
            store, commitment_id, workshop_id, before, expect=after
        )

    def redo() -> None:
        commitment_reviews.restore_review_state(
            store, commitment_id, workshop_id, after, expect=before
        )

    return row, undo, redo


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
