"""The plain rows the live session hands out: items, turns, totals, notes, the whole state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.models import AgendaKind, NoteKind, Outcome, WorkshopStatus
from facilitator.services.live.clock import ClockStatus, ItemStatus


@dataclass(frozen=True)
class LiveItem:
    """One agenda item as the live screen lists it: done, current or upcoming."""

    id: int
    position: int
    title: str
    kind: AgendaKind
    planned_minutes: int
    presenter_name: str
    status: ItemStatus
    actual_start: datetime | None
    actual_end: datetime | None
    # Done: end − start; current: so far; upcoming: None.
    actual_seconds: int | None
    note_count: int

    @property
    def planned_seconds(self) -> int:
        return self.planned_minutes * 60

    @property
    def actual_minutes(self) -> int | None:
        """Actual minutes, rounded to the nearest minute (None for an upcoming item)."""
        if self.actual_seconds is None:
            return None
        return (self.actual_seconds + 30) // 60


@dataclass(frozen=True)
class TurnRow:
    """One request for the floor: waiting, speaking or ended."""

    id: int
    workshop_id: int
    agenda_item_id: int | None
    person_id: int
    name: str
    organization_id: int | None  # represented at this workshop
    organization_name: str
    requested_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    limit_seconds: int | None
    # The person has not spoken yet in this workshop (before this turn).
    first_time: bool

    @property
    def waiting(self) -> bool:
        return self.started_at is None

    @property
    def speaking(self) -> bool:
        return self.started_at is not None and self.ended_at is None


@dataclass(frozen=True)
class SpeakingTotal:
    """Speaking time of one person in a workshop, turns ended and the running one."""

    person_id: int
    name: str
    organization_id: int | None
    organization_name: str
    seconds: int
    turns: int


@dataclass(frozen=True)
class OrganizationSpeakingTotal:
    """Speaking time of the people representing one organization (None: no organization)."""

    organization_id: int | None
    organization_name: str
    seconds: int
    turns: int
    speakers: int


@dataclass(frozen=True)
class AgreedDecision:
    """A decision the room agreed, as the projector lists it."""

    id: int
    number: int | None
    title: str
    outcome: Outcome
    label: str = ""  # as in the register: "6/2" (workshop 6, decision 2)


@dataclass(frozen=True)
class SessionState:
    """Everything the live screen and the projector show, computed at ``now``.

    The screen ticks without asking again: the clocks are
    ``elapsed_seconds(current_item.actual_start, clock())`` and
    ``elapsed_seconds(current_turn.started_at, clock())`` against the same
    planned times, through :func:`clock_status`.
    """

    workshop_id: int
    title: str
    status: WorkshopStatus
    now: datetime
    planned_start: datetime
    planned_end: datetime
    session_started_at: datetime | None
    session_ended_at: datetime | None
    items: tuple[LiveItem, ...]
    current_item: LiveItem | None
    next_item: LiveItem | None
    item_elapsed_seconds: int
    item_planned_seconds: int
    item_clock: ClockStatus
    session_elapsed_seconds: int  # since the session started
    session_remaining_seconds: int  # until the planned end; negative once past it
    session_clock: ClockStatus  # the planned start to end, against now
    # When the session ends if the current item keeps to its planned time (at
    # least until now) and every later one to theirs; None before the start.
    projected_end: datetime | None
    current_turn: TurnRow | None
    turn_elapsed_seconds: int
    turn_clock: ClockStatus  # OK when the turn has no limit
    queue: tuple[TurnRow, ...]
    speaking_by_person: tuple[SpeakingTotal, ...]
    speaking_by_organization: tuple[OrganizationSpeakingTotal, ...]
    decisions: tuple[AgreedDecision, ...]
    present_count: int
    expected_count: int  # present, plus those not declined whose attendance is not yet known
    time_zone: str  # the workshop's (IANA name): every time of it is shown in it

    @property
    def in_session(self) -> bool:
        return self.status is WorkshopStatus.IN_SESSION

    @property
    def ended(self) -> bool:
        """Held (or its minutes sent): what the services refuse to start and reopen."""
        return self.status in (WorkshopStatus.HELD, WorkshopStatus.MINUTES_SENT)

    @property
    def next_speaker(self) -> TurnRow | None:
        return self.queue[0] if self.queue else None


@dataclass(frozen=True)
class Reopened:
    """An ended session put back in session: what ending it again exactly as it was needs."""

    workshop_id: int
    status: WorkshopStatus  # before reopening (held, or minutes sent)
    ended_at: datetime
    reopened_at: datetime
    resumed_item_id: int | None  # the item that was running at the end and runs again


@dataclass(frozen=True)
class NoteRow:
    """A note as the feed shows it, with the speaker and the organization they represent."""

    id: int
    uuid: str
    workshop_id: int
    agenda_item_id: int | None
    kind: NoteKind
    text: str
    speaker_id: int | None
    speaker_name: str
    organization_name: str
    noted_at: datetime
    organization_short_name: str = ""  # "BBB": found by it too


@dataclass(frozen=True)
class NoteSnapshot:
    """A deleted note, with the proposals that were made from it: brings both back exactly."""

    values: dict
    proposal_ids: tuple[int, ...] = ()

    @property
    def id(self) -> int:
        return self.values["id"]


@dataclass(frozen=True)
class ResumeInfo:
    """A workshop left in session (e.g. after a crash), to offer resuming it."""

    workshop_id: int
    title: str
    session_started_at: datetime | None
    current_item_title: str
