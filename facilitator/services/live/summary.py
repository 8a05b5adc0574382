"""What an ended session achieved, as the live screen shows it the moment it ends.

Read in a fixed handful of queries: the session state (items, decisions, speaking
time), the notes counted by kind, the decisions taken, the commitments made at the
workshop and the sectors of the organizations that spoke.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from facilitator.models import (
    Commitment,
    ContributionType,
    Note,
    NoteKind,
    Organization,
    Outcome,
    Proposal,
    Sector,
    Workshop,
)
from facilitator.services.live.clock import ItemStatus, check_now
from facilitator.services.live.rows import LiveItem
from facilitator.services.live.session import read_state
from facilitator.services.proposals import decision_label
from facilitator.store import Store
from facilitator.text import sort_key


@dataclass(frozen=True)
class DecisionLine:
    label: str  # "6/2", or "" when the proposal has no decision number
    title: str
    outcome: Outcome


@dataclass(frozen=True)
class CommitmentLine:
    organization_name: str
    title: str
    contribution_type: ContributionType


@dataclass(frozen=True)
class SectorTime:
    sector: Sector | None  # None: speakers representing no organization
    seconds: int
    speakers: int


@dataclass(frozen=True)
class SessionSummary:
    workshop_id: int
    title: str
    started_at: datetime | None
    ended_at: datetime | None
    items: tuple[LiveItem, ...]
    notes_by_kind: tuple[tuple[NoteKind, int], ...]
    decisions: tuple[DecisionLine, ...]
    commitments: tuple[CommitmentLine, ...]
    speaking_by_sector: tuple[SectorTime, ...]
    time_zone: str  # the workshop's (IANA name): its times are shown in it

    @property
    def reached(self) -> tuple[LiveItem, ...]:
        return tuple(i for i in self.items if i.status is ItemStatus.DONE)

    @property
    def not_reached(self) -> tuple[LiveItem, ...]:
        return tuple(i for i in self.items if i.status is not ItemStatus.DONE)

    @property
    def note_count(self) -> int:
        return sum(n for _kind, n in self.notes_by_kind)


def session_summary(store: Store, workshop_id: int, now: datetime) -> SessionSummary:
    """The summary of the workshop's session as it stands at ``now`` (ended, usually)."""
    now = check_now(now)
    with store.session() as s:
        state = read_state(s, workshop_id, now, False)
        kinds = dict(
            s.execute(
                select(Note.kind, func.count())
                .where(Note.workshop_id == workshop_id)
                .group_by(Note.kind)
            ).all()
        )
        number = s.scalar(select(Workshop.number).where(Workshop.id == workshop_id))
        decisions = tuple(
            DecisionLine(decision_label(number, n) if n else "", title, Outcome(outcome))
            for n, title, outcome in s.execute(
                select(Proposal.decision_number, Proposal.title, Proposal.outcome)
                .where(Proposal.workshop_id == workshop_id, Proposal.outcome.is_not(None))
                .order_by(Proposal.decision_number.is_(None), Proposal.decision_number, Proposal.id)
            )
        )
        commitments = [
            CommitmentLine(name, title, ContributionType(kind))
            for name, title, kind in s.execute(
                select(Organization.name, Commitment.title, Commitment.contribution_type)
                .join(Organization, Organization.id == Commitment.organization_id)
                .where(Commitment.workshop_id == workshop_id)
            )
        ]
        commitments.sort(key=lambda c: (sort_key(c.organization_name), sort_key(c.title)))
        org_ids = {t.organization_id for t in state.speaking_by_organization} - {None}
        sectors = dict(
            s.execute(
                select(Organization.id, Organization.sector).where(Organization.id.in_(org_ids))
            ).all()
        )
    by_sector: dict[Sector | None, list[int]] = {}
    for total in state.speaking_by_organization:
        sector = sectors.get(total.organization_id)
        entry = by_sector.setdefault(Sector(sector) if sector else None, [0, 0])
        entry[0] += total.seconds
        entry[1] += total.speakers
    speaking = tuple(
        sorted(
            (SectorTime(sector, seconds, n) for sector, (seconds, n) in by_sector.items()),
            key=lambda t: (-t.seconds, t.sector is None, str(t.sector or "")),
        )
    )
    order = list(NoteKind)
    return SessionSummary(
        workshop_id=workshop_id,
        title=state.title,
        started_at=state.session_started_at,
        ended_at=state.session_ended_at,
        items=state.items,
        notes_by_kind=tuple(
            (NoteKind(k), kinds[k]) for k in sorted(kinds, key=lambda k: order.index(NoteKind(k)))
        ),
        decisions=decisions,
        commitments=tuple(commitments),
        speaking_by_sector=speaking,
        time_zone=state.time_zone,
    )
