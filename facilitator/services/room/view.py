"""What the room's phones are shown: the same for everyone, read once per change.

Only what the projector would show goes in: the workshop's title, the running agenda
item and its clock, the agreed decisions, the round open now and the result of the
last one closed. Never contact details, notes, the parking lot, attendance or anyone's
position: this is built from an allow-list, field by field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from facilitator.models import Proposal, ProposalVersion, Room, Round, RoundCount, Workshop
from facilitator.models.enums import DecisionMethod, Outcome, Voice
from facilitator.services import consensus
from facilitator.services.ideas.board import read_board
from facilitator.services.live.session import read_state
from facilitator.store import Store


@dataclass(frozen=True)
class ItemShown:
    title: str
    planned_seconds: int
    started_at: datetime | None  # its clock runs from here (the phone counts on)


@dataclass(frozen=True)
class DecisionShown:
    label: str
    title: str
    outcome: Outcome


@dataclass(frozen=True)
class RoundShown:
    """The round open now: what is tested, and how."""

    id: int
    proposal_title: str
    text: str
    method: DecisionMethod
    voice: Voice
    scale: tuple[str, ...]

    @property
    def anonymous(self) -> bool:
        return self.voice is Voice.COUNTS


@dataclass(frozen=True)
class ResultShown:
    """The last round closed: how many took each position, and what was decided."""

    round_id: int
    proposal_title: str
    method: DecisionMethod
    tally: tuple[tuple[str, int], ...]
    outcome: Outcome | None


@dataclass(frozen=True)
class DotsShown:
    """The dot round open now: its question, each voter's budget, and what dots go on."""

    id: int
    question: str
    budget: int
    targets: tuple[tuple[str, str], ...]  # (key, text) of each card or cluster


@dataclass(frozen=True)
class RoomView:
    workshop_id: int
    title: str
    language: str
    in_session: bool
    item: ItemShown | None
    next_item: str
    decisions: tuple[DecisionShown, ...]
    round: RoundShown | None
    result: ResultShown | None
    idea_box_open: bool
    dots: DotsShown | None = None


def _open_round(s, workshop_id: int) -> RoundShown | None:
    row = s.execute(
        select(Round, Proposal.title)
        .join(Proposal, Proposal.id == Round.proposal_id)
        .where(Proposal.workshop_id == workshop_id, Round.closed_at.is_(None))
        .order_by(Round.opened_at.desc(), Round.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    r, title = row
    text = ""
    if r.version_id is not None:
        text = s.scalar(select(ProposalVersion.text).where(ProposalVersion.id == r.version_id))
    method = DecisionMethod(r.method)
    return RoundShown(r.id, title, text or "", method, Voice(r.voice), consensus.scale(method))


def _last_result(s, workshop_id: int) -> ResultShown | None:
    row = s.execute(
        select(Round, Proposal.title, Proposal.outcome)
        .join(Proposal, Proposal.id == Round.proposal_id)
        .where(Proposal.workshop_id == workshop_id, Round.closed_at.is_not(None))
        .order_by(Round.closed_at.desc(), Round.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    r, title, outcome = row
    method = DecisionMethod(r.method)
    if Voice(r.voice) is Voice.COUNTS:
        values = {
            v: n
            for v, n in s.execute(
                select(RoundCount.value, RoundCount.count).where(RoundCount.round_id == r.id)
            )
        }
        tally = consensus.tally_from_counts(method, values)
    else:
        tally = consensus.tally(method, [p.value for p in r.positions])
    shown = outcome if outcome is not None else r.proposed_outcome
    return ResultShown(
        r.id,
        title,
        method,
        tuple(tally.items()),
        Outcome(shown) if shown is not None else None,
    )


def _open_dots(s, workshop_id: int) -> DotsShown | None:
    """The dot round open to phones: not one the moderator counts by hand."""
    board = read_board(s, workshop_id)
    r = board.round
    if r is None or not r.is_open or r.voice is Voice.COUNTS:
        return None
    if r.on_clusters:
        targets = tuple((c.key, c.name) for c in board.clusters)
    else:
        targets = tuple((i.key, i.text) for i in board.ideas)
    return DotsShown(r.id, r.question, r.budget, targets)


def room_view(store: Store, workshop_id: int, now: datetime) -> RoomView:
    """What every phone in the room is shown at ``now``."""
    with store.session() as s:  # a read: it never waits for (or holds up) a writer
        idea_box = bool(s.scalar(select(Room.idea_box_open).where(Room.workshop_id == workshop_id)))
        state = read_state(s, workshop_id, now, False)
        item = state.current_item
        return RoomView(
            workshop_id=workshop_id,
            title=state.title,
            language=s.scalar(select(Workshop.language).where(Workshop.id == workshop_id)) or "tr",
            in_session=state.in_session,
            item=(
                ItemShown(item.title, item.planned_seconds, item.actual_start)
                if item is not None
                else None
            ),
            next_item=state.next_item.title if state.next_item is not None else "",
            decisions=tuple(DecisionShown(d.label, d.title, d.outcome) for d in state.decisions),
            round=_open_round(s, workshop_id),
            result=_last_result(s, workshop_id),
            idea_box_open=idea_box,
            dots=_open_dots(s, workshop_id),
        )
