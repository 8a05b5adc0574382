"""The undo and redo of clustering on the ideas board, shared by the live board and the
workshop's Ideas tab: each one step (one transaction) that expects what it left."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.services import ideas
from facilitator.services.ideas import ClusterRow
from facilitator.store import Store

Steps = tuple[Callable[[], object], Callable[[], object]]


def placing(
    store: Store, workshop_id: int, before: dict[str, int | None], cluster_id: int | None
) -> Steps:
    """Undo and redo of ``ideas.place``: ``before`` is what it returned (where each card
    was), ``cluster_id`` where it put them."""
    state = {"before": dict(before)}

    def undo() -> None:
        moved = state["before"]
        ideas.regroup(store, workshop_id, moved, expect=dict.fromkeys(moved, cluster_id))

    def redo() -> None:
        moved = state["before"]
        state["before"] = ideas.regroup(
            store, workshop_id, dict.fromkeys(moved, cluster_id), expect=moved
        )

    return undo, redo


def making_cluster(store: Store, workshop_id: int, row: ClusterRow) -> Steps:
    """Undo and redo of ``ideas.create_cluster``: the cards go back where they were and the
    cluster goes (refused if renamed or moved since); the redo makes it again with them."""
    state: dict = {"id": row.id}

    def undo() -> None:
        state["taken"] = ideas.delete_cluster(
            store, workshop_id, state["id"], expect_name=row.name, put_back=row.before
        )

    def redo() -> None:
        state["id"] = ideas.restore_cluster(store, state["taken"]).id

    return undo, redo


def deleting(
    store: Store, workshop_id: int, cards: list[str], clusters: list[int]
) -> tuple[Callable[[], object], Callable[[], object], Callable[[], object]]:
    """Delete, undo and redo of ``ideas.delete_cards``: cards (with their dots) and
    clusters (their cards stay, out of any cluster) go in one step; the undo brings them
    all back (refused plainly if a row was taken since), the redo deletes them again."""
    state: dict = {}

    def delete() -> None:
        state["taken"] = ideas.delete_cards(store, workshop_id, cards, clusters)

    def undo() -> None:
        state["keys"] = ideas.restore_cards(store, state["taken"])

    def redo() -> None:
        keys = state["keys"]
        state["taken"] = ideas.delete_cards(
            store,
            workshop_id,
            [k for k in keys if not k.startswith(ideas.CLUSTER)],
            [int(k[1:]) for k in keys if k.startswith(ideas.CLUSTER)],
        )

    return delete, undo, redo
