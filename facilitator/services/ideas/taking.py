"""Taking cards and clusters off the board and putting them back (the undo), inside one
unit of work, checking what changed since.

What is put back is put back as it was, except where the world moved on: a link to a
row deleted since (an agenda item, an author, a cluster, a proposal) is left empty, and
dots of a round deleted since stay gone. Dots that would now take a voter past the
budget of a round still open are refused, as the dot itself would be.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError
from facilitator.i18n import translate
from facilitator.models import DotRound, DotVote, Idea, IdeaCluster, Note, Voice
from facilitator.services import snapshots
from facilitator.services._common import check_expected


def links_still_there(s: Session, model, values: dict) -> dict:
    """``values`` with each link to a row that no longer exists left empty."""
    out = dict(values)
    for fk in model.__table__.foreign_keys:
        column = fk.parent.name
        if column == "workshop_id" or out.get(column) is None or not fk.parent.nullable:
            continue
        target = fk.column.table
        if s.execute(select(target.c.id).where(target.c.id == out[column])).first() is None:
            out[column] = None
    return out


def _put_votes(s: Session, votes: list[dict]) -> None:
    """Dots back on a card or cluster put back: of rounds that still exist, within the
    budget of the rounds still open."""
    kept = []
    adding: dict[tuple[int, int], int] = defaultdict(int)
    for vote in votes:
        r = s.get(DotRound, vote["round_id"])
        if r is None:
            continue
        vote = links_still_there(s, DotVote, vote)
        holder = vote["organization_id"] if r.voice is Voice.ORGANIZATION else vote["person_id"]
        if r.closed_at is None and r.voice is not Voice.COUNTS and holder is not None:
            adding[(r.id, holder)] += vote["dots"]
            column = DotVote.organization_id if r.voice is Voice.ORGANIZATION else DotVote.person_id
            used = s.scalar(
                select(func.coalesce(func.sum(DotVote.dots), 0)).where(
                    DotVote.round_id == r.id, column == holder
                )
            )
            if used + adding[(r.id, holder)] > r.budget:
                raise ConflictError(
                    translate(
                        "Errors",
                        "This cannot be brought back with its dots: its voters have put "
                        "their dots elsewhere since, and each has {budget}.",
                    ).format(budget=r.budget)
                )
        kept.append(vote)
    snapshots.put_back(s, DotVote, kept)


def take_idea(s: Session, idea: Idea, expect: dict | None = None) -> dict:
    """Take ``idea`` off the board with its dots (and the note it was made of)."""
    if expect:
        check_expected(idea, expect, _labels())
    taken: dict = {
        "votes": snapshots.take(
            s, DotVote, s.scalars(select(DotVote.id).where(DotVote.idea_id == idea.id))
        )
    }
    note_uuid = idea.note_uuid
    taken["idea"] = snapshots.take(s, Idea, [idea.id])
    taken["note"] = (
        snapshots.take(s, Note, s.scalars(select(Note.id).where(Note.uuid == note_uuid)))
        if note_uuid
        else []
    )
    return taken


def put_idea(s: Session, taken: dict) -> dict:
    """The undo of :func:`take_idea`; returns the idea's values as put back."""
    snapshots.put_back(s, Note, [links_still_there(s, Note, n) for n in taken["note"]])
    idea = links_still_there(s, Idea, taken["idea"][0])
    snapshots.put_back(s, Idea, [idea])
    _put_votes(s, taken["votes"])
    return idea


def take_cluster(
    s: Session,
    cluster: IdeaCluster,
    *,
    expect_name: str | None = None,
    put_back: dict[int, int | None] | None = None,
) -> dict:
    """Take ``cluster`` off the board with the dots given to it; its cards stay, out of any
    cluster, or (``put_back``: idea id → cluster) where they were before it was made."""
    if expect_name is not None:
        check_expected(cluster, {"name": expect_name}, _labels())
    back = dict(put_back or {})
    for idea in s.scalars(select(Idea).where(Idea.id.in_(back))):
        if idea.cluster_id != cluster.id:
            raise ConflictError(
                translate("Errors", "The idea was moved elsewhere since; nothing was moved.")
            )
        idea.cluster_id = back[idea.id]
    members = list(s.scalars(select(Idea.id).where(Idea.cluster_id == cluster.id)))
    return {
        "members": members,
        "put_back": back,
        "votes": snapshots.take(
            s, DotVote, s.scalars(select(DotVote.id).where(DotVote.cluster_id == cluster.id))
        ),
        "cluster": snapshots.take(s, IdeaCluster, [cluster.id]),
    }


def put_cluster(s: Session, taken: dict) -> dict:
    """The undo of :func:`take_cluster`: the cluster, its cards (those still out of any
    cluster, and those put back where they were, if still there) and its dots."""
    cluster = links_still_there(s, IdeaCluster, taken["cluster"][0])
    snapshots.put_back(s, IdeaCluster, [cluster])
    back = {int(k): v for k, v in taken.get("put_back", {}).items()}
    for idea in s.scalars(select(Idea).where(Idea.id.in_([*taken["members"], *back]))):
        if idea.id in back and idea.cluster_id != back[idea.id]:
            raise ConflictError(
                translate("Errors", "The idea was moved elsewhere since; nothing was moved.")
            )
        if idea.id in back or idea.cluster_id is None:
            idea.cluster_id = cluster["id"]
    _put_votes(s, taken["votes"])
    return cluster


def _labels() -> dict[str, str]:
    return {
        "text": translate("Fields", "Idea"),
        "name": translate("Fields", "Cluster name"),
        "cluster_id": translate("Errors", "cluster"),
        "proposal_id": translate("Errors", "proposal"),
        "commitment_id": translate("Errors", "commitment"),
    }
