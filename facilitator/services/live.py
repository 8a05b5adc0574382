"""The live session: agenda control, clocks, quick notes, the speaker queue and check-in.

Qt-free; the moderator's live screen and the projector window are built on it.

Time always comes from the caller: every function that records or measures
time takes ``now`` (a timezone-aware datetime), so the interface passes its
clock (:func:`system_clock`) and tests pass a simulated one. No clock is
stored ticking: elapsed times are computed from the recorded start and end
times, which is also why resuming after a crash shows the right clocks.

Every write is one transaction, committed before the function returns, so
what the screen shows is always what the database holds. Ending an agenda
item, moving back to a previous one and ending the session also end the turn
of whoever is speaking at that moment.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, NotFoundError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    AgendaItem,
    AgendaKind,
    Attendance,
    Invitation,
    Note,
    NoteKind,
    Organization,
    Outcome,
    Participation,
    Person,
    Proposal,
    Role,
    SpeakerTurn,
    Workshop,
    WorkshopStatus,
)
from facilitator.services import attendees
from facilitator.services._common import (
    MAX_TURN_LIMIT_SECONDS,  # noqa: F401 - the speakers panel limits typing to it
    check_aware,
    check_bool,
    check_field,
    check_id,
    clean_query,
    field_rule,
    get_or_raise,
    unknown_fields,
)
from facilitator.services.proposals import decision_label
from facilitator.store import Store
from facilitator.text import matches, sort_key

# The limits of the shared field rules (the live screen limits typing to them).
NOTE_LENGTH = field_rule("note", "text").max_length
NAME_LENGTH = field_rule("person", "given_name").max_length
AGREED = (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS)
_ENDED = (WorkshopStatus.HELD, WorkshopStatus.MINUTES_SENT)

Clock = Callable[[], datetime]
"""Where the live screen gets the time from: the system clock, or a simulated one in tests."""


def system_clock() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return datetime.now(UTC)


class ClockStatus(enum.StrEnum):
    """How a clock stands against its planned time: the colour the screen gives it."""

    OK = "ok"
    WARNING = "warning"  # 80 % of the planned time or more is gone
    OVER = "over"  # past the planned time


class ItemStatus(enum.StrEnum):
    """Where an agenda item stands in the session."""

    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"


def elapsed_seconds(start: datetime | None, now: datetime) -> int:
    """Whole seconds from ``start`` to ``now`` (0 when not started or when the clock is behind)."""
    if start is None:
        return 0
    return max(0, int((now - start).total_seconds()))


def clock_status(elapsed: int, planned: int) -> ClockStatus:
    """OK below 80 % of ``planned``, WARNING from 80 % up to ``planned``, OVER beyond it."""
    if elapsed > planned:
        return ClockStatus.OVER
    if elapsed * 5 >= planned * 4:  # whole numbers: no rounding at the boundary
        return ClockStatus.WARNING
    return ClockStatus.OK


# -- plain rows out ---------------------------------------------------------------------


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

    @property
    def in_session(self) -> bool:
        return self.status is WorkshopStatus.IN_SESSION

    @property
    def next_speaker(self) -> TurnRow | None:
        return self.queue[0] if self.queue else None


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


# -- helpers ----------------------------------------------------------------------------


def _check_now(now) -> datetime:
    if not isinstance(now, datetime) or now.tzinfo is None:
        # A programming error rather than user input; still a readable message.
        raise ValidationError(f"now must be a timezone-aware datetime, not {now!r}")
    # A clock set to year 9999 must not write times no time zone can show.
    return check_aware(now, "now", translate("Fields", "Time")).astimezone(UTC)


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


def _name(honorific: str | None, given: str | None, family: str | None) -> str:
    return " ".join(p for p in (honorific, given, family) if p)


def _workshop(session: Session, workshop_id: int) -> Workshop:
    return get_or_raise(session, Workshop, workshop_id, translate("Errors", "workshop"))


def _require_in_session(workshop: Workshop) -> None:
    if workshop.status is WorkshopStatus.IN_SESSION:
        return
    if workshop.status in _ENDED:
        raise ValidationError(
            translate("Errors", "The session of “{title}” has ended.").format(title=workshop.title)
        )
    raise ValidationError(
        translate("Errors", "The session of “{title}” has not started.").format(
            title=workshop.title
        )
    )


def _items(session: Session, workshop_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.workshop_id == workshop_id)
            .order_by(AgendaItem.position)
        )
    )


def _running(items: list[AgendaItem]) -> AgendaItem | None:
    return next((i for i in items if i.actual_start is not None and i.actual_end is None), None)


def _current_item_id(session: Session, workshop_id: int) -> int | None:
    return session.scalar(
        select(AgendaItem.id)
        .where(
            AgendaItem.workshop_id == workshop_id,
            AgendaItem.actual_start.is_not(None),
            AgendaItem.actual_end.is_(None),
        )
        .order_by(AgendaItem.position)
        .limit(1)
    )


def _end_running_turns(session: Session, workshop_id: int, now: datetime) -> list[SpeakerTurn]:
    running = list(
        session.scalars(
            select(SpeakerTurn).where(
                SpeakerTurn.workshop_id == workshop_id,
                SpeakerTurn.started_at.is_not(None),
                SpeakerTurn.ended_at.is_(None),
            )
        )
    )
    for turn in running:
        turn.ended_at = max(now, _utc(turn.started_at))
    return running


# -- reading the state ------------------------------------------------------------------


def _turn_rows(session: Session, workshop_id: int) -> list[TurnRow]:
    """Every turn of the workshop, in order of request, with who has spoken before."""
    stmt = (
        select(
            SpeakerTurn.id,
            SpeakerTurn.agenda_item_id,
            SpeakerTurn.person_id,
            Person.honorific,
            Person.given_name,
            Person.family_name,
            Participation.organization_id,
            Organization.name,
            SpeakerTurn.requested_at,
            SpeakerTurn.started_at,
            SpeakerTurn.ended_at,
            SpeakerTurn.limit_seconds,
        )
        .select_from(SpeakerTurn)
        .join(Person, Person.id == SpeakerTurn.person_id)
        .outerjoin(
            Participation,
            and_(
                Participation.workshop_id == SpeakerTurn.workshop_id,
                Participation.person_id == SpeakerTurn.person_id,
            ),
        )
        .outerjoin(Organization, Organization.id == Participation.organization_id)
        .where(SpeakerTurn.workshop_id == workshop_id)
    )
    raw = sorted(session.execute(stmt).all(), key=lambda r: (_utc(r.requested_at), r.id))
    # A person speaks "for the first time" in a turn when no turn of theirs started before it.
    first_start: dict[int, datetime] = {}
    for r in raw:
        if r.started_at is not None:
            started = _utc(r.started_at)
            if r.person_id not in first_start or started < first_start[r.person_id]:
                first_start[r.person_id] = started
    rows = []
    for r in raw:
        started = _utc(r.started_at)
        earliest = first_start.get(r.person_id)
        first_time = earliest is None or (started is not None and started <= earliest)
        rows.append(
            TurnRow(
                id=r.id,
                workshop_id=workshop_id,
                agenda_item_id=r.agenda_item_id,
                person_id=r.person_id,
                name=_name(r.honorific, r.given_name, r.family_name),
                organization_id=r.organization_id,
                organization_name=r.name or "",
                requested_at=_utc(r.requested_at),
                started_at=started,
                ended_at=_utc(r.ended_at),
                limit_seconds=r.limit_seconds,
                first_time=first_time,
            )
        )
    return rows


def _waiting(turns: list[TurnRow], first_timers_first: bool) -> list[TurnRow]:
    waiting = [t for t in turns if t.waiting]  # already in order of request
    if first_timers_first:
        waiting.sort(key=lambda t: not t.first_time)  # stable: order of request otherwise
    return waiting


def _speaking_totals(
    turns: list[TurnRow], now: datetime
) -> tuple[tuple[SpeakingTotal, ...], tuple[OrganizationSpeakingTotal, ...]]:
    people: dict[int, list] = {}
    orgs: dict[int | None, list] = {}
    for t in turns:
        if t.started_at is None:
            continue
        spoken = max(timedelta(0), (t.ended_at or now) - t.started_at)
        person = people.setdefault(
            t.person_id, [t.name, t.organization_id, t.organization_name, timedelta(0), 0]
        )
        person[3] += spoken
        person[4] += 1
        org = orgs.setdefault(t.organization_id, [t.organization_name, timedelta(0), 0, set()])
        org[1] += spoken
        org[2] += 1
        org[3].add(t.person_id)
    by_person = [
        SpeakingTotal(pid, name, oid, oname, int(spoken.total_seconds()), n)
        for pid, (name, oid, oname, spoken, n) in people.items()
    ]
    by_person.sort(key=lambda r: (-r.seconds, sort_key(r.name), r.person_id))
    by_org = [
        OrganizationSpeakingTotal(oid, name, int(spoken.total_seconds()), n, len(who))
        for oid, (name, spoken, n, who) in orgs.items()
    ]
    by_org.sort(key=lambda r: (-r.seconds, sort_key(r.organization_name), r.organization_id or 0))
    return tuple(by_person), tuple(by_org)


def _live_items(session: Session, workshop_id: int, now: datetime) -> tuple[LiveItem, ...]:
    stmt = (
        select(
            AgendaItem.id,
            AgendaItem.position,
            AgendaItem.title,
            AgendaItem.kind,
            AgendaItem.planned_minutes,
            Person.honorific,
            Person.given_name,
            Person.family_name,
            AgendaItem.actual_start,
            AgendaItem.actual_end,
        )
        .select_from(AgendaItem)
        .outerjoin(Person, Person.id == AgendaItem.presenter_id)
        .where(AgendaItem.workshop_id == workshop_id)
        .order_by(AgendaItem.position)
    )
    # One aggregate over the notes, however many there are: never note by note.
    counts = dict(
        session.execute(
            select(Note.agenda_item_id, func.count())
            .where(Note.workshop_id == workshop_id)
            .group_by(Note.agenda_item_id)
        ).all()
    )
    items = []
    for r in session.execute(stmt):
        start, end = _utc(r.actual_start), _utc(r.actual_end)
        if start is None:
            status, seconds = ItemStatus.UPCOMING, None
        elif end is None:
            status, seconds = ItemStatus.CURRENT, elapsed_seconds(start, now)
        else:
            status, seconds = ItemStatus.DONE, elapsed_seconds(start, end)
        items.append(
            LiveItem(
                id=r.id,
                position=r.position,
                title=r.title,
                kind=AgendaKind(r.kind),
                planned_minutes=r.planned_minutes,
                presenter_name=_name(r.honorific, r.given_name, r.family_name),
                status=status,
                actual_start=start,
                actual_end=end,
                actual_seconds=seconds,
                note_count=counts.get(r.id, 0),
            )
        )
    return tuple(items)


def _attendance_counts(session: Session, workshop_id: int) -> tuple[int, int]:
    present = expected = 0
    for attendance, invitation, n in session.execute(
        select(Participation.attendance, Participation.invitation, func.count())
        .where(Participation.workshop_id == workshop_id)
        .group_by(Participation.attendance, Participation.invitation)
    ):
        if attendance is Attendance.PRESENT:
            present += n
            expected += n
        elif attendance is Attendance.UNKNOWN and invitation is not Invitation.DECLINED:
            expected += n
    return present, expected


def _decisions(session: Session, workshop_id: int) -> tuple[AgreedDecision, ...]:
    stmt = (
        select(Proposal.id, Proposal.decision_number, Proposal.title, Proposal.outcome)
        .where(Proposal.workshop_id == workshop_id, Proposal.outcome.in_(AGREED))
        .order_by(Proposal.decision_number.is_(None), Proposal.decision_number, Proposal.id)
    )
    workshop_number = session.scalar(select(Workshop.number).where(Workshop.id == workshop_id))
    return tuple(
        AgreedDecision(
            pid, number, title, Outcome(outcome), decision_label(workshop_number, number)
        )
        for pid, number, title, outcome in session.execute(stmt)
    )


def _state(
    session: Session, workshop_id: int, now: datetime, first_timers_first: bool
) -> SessionState:
    w = _workshop(session, workshop_id)
    planned_start, planned_end = _utc(w.planned_start), _utc(w.planned_end)
    started, ended = _utc(w.session_started_at), _utc(w.session_ended_at)
    if started is not None and abs(started - planned_start) > timedelta(hours=12):
        # Held on another day than planned (moved, or a rehearsal): the session is
        # measured against its planned length from when it started, not a far date.
        planned_start, planned_end = started, started + (planned_end - planned_start)
    items = _live_items(session, workshop_id, now)
    current = next((i for i in items if i.status is ItemStatus.CURRENT), None)
    after = [
        i
        for i in items
        if i.status is ItemStatus.UPCOMING and (current is None or i.position > current.position)
    ]
    turns = _turn_rows(session, workshop_id)
    speaking = [t for t in turns if t.speaking]
    current_turn = max(speaking, key=lambda t: (t.started_at, t.id)) if speaking else None
    turn_elapsed = elapsed_seconds(current_turn.started_at, now) if current_turn else 0
    by_person, by_org = _speaking_totals(turns, now)
    present, expected = _attendance_counts(session, workshop_id)

    item_elapsed = current.actual_seconds if current else 0
    item_planned = current.planned_seconds if current else 0
    if ended is not None:
        projected = ended
    elif started is None:
        projected = None
    else:
        projected = now
        if current is not None:
            projected = max(now, current.actual_start + timedelta(minutes=current.planned_minutes))
        projected += timedelta(minutes=sum(i.planned_minutes for i in after))
    span = int((planned_end - planned_start).total_seconds())
    return SessionState(
        workshop_id=w.id,
        title=w.title,
        status=WorkshopStatus(w.status),
        now=now,
        planned_start=planned_start,
        planned_end=planned_end,
        session_started_at=started,
        session_ended_at=ended,
        items=items,
        current_item=current,
        next_item=after[0] if after else None,
        item_elapsed_seconds=item_elapsed,
        item_planned_seconds=item_planned,
        item_clock=clock_status(item_elapsed, item_planned) if current else ClockStatus.OK,
        session_elapsed_seconds=elapsed_seconds(started, ended or now),
        session_remaining_seconds=int((planned_end - now).total_seconds()),
        session_clock=clock_status(elapsed_seconds(planned_start, now), span),
        projected_end=projected,
        current_turn=current_turn,
        turn_elapsed_seconds=turn_elapsed,
        turn_clock=(
            clock_status(turn_elapsed, current_turn.limit_seconds)
            if current_turn is not None and current_turn.limit_seconds
            else ClockStatus.OK
        ),
        queue=tuple(_waiting(turns, first_timers_first)),
        speaking_by_person=by_person,
        speaking_by_organization=by_org,
        decisions=_decisions(session, workshop_id),
        present_count=present,
        expected_count=expected,
    )


def session_state(
    store: Store, workshop_id: int, now: datetime, *, first_timers_first: bool = False
) -> SessionState:
    """What the live screen shows at ``now``, computed from the recorded times.

    Reads a fixed handful of rows: the agenda, the speaker turns, counts of
    notes and attendees, the agreed decisions — never the notes themselves.
    """
    now = _check_now(now)
    with store.session() as s:
        return _state(s, workshop_id, now, first_timers_first)


def resume_info(store: Store) -> ResumeInfo | None:
    """The workshop left in session, if any (the most recently started one), to offer resuming."""
    with store.session() as s:
        w = s.scalar(
            select(Workshop)
            .where(Workshop.status == WorkshopStatus.IN_SESSION)
            .order_by(
                Workshop.session_started_at.is_(None),  # PostgreSQL sorts NULL first otherwise
                Workshop.session_started_at.desc(),
                Workshop.id.desc(),
            )
            .limit(1)
        )
        if w is None:
            return None
        current = _running(_items(s, w.id))
        return ResumeInfo(
            workshop_id=w.id,
            title=w.title,
            session_started_at=_utc(w.session_started_at),
            current_item_title=current.title if current else "",
        )


# -- the session and the agenda ---------------------------------------------------------


def start_session(store: Store, workshop_id: int, now: datetime) -> SessionState:
    """Put the workshop in session and start its first agenda item.

    A workshop already in session is resumed as it is (nothing is written);
    a workshop whose session has ended is refused.
    """
    now = _check_now(now)
    with store.transaction() as s:
        w = _workshop(s, workshop_id)
        if w.status in _ENDED:
            _require_in_session(w)
        if w.status is not WorkshopStatus.IN_SESSION:
            w.status = WorkshopStatus.IN_SESSION
            w.session_started_at = now
            w.session_ended_at = None
            items = _items(s, workshop_id)
            running = _running(items)
            if running is not None:
                # Left running by an earlier start (the status was set back since): its
                # clock restarts with this session instead of counting the days between.
                running.actual_start = now
            else:
                first = next((i for i in items if i.actual_start is None), None)
                if first is not None:
                    first.actual_start = now
    return session_state(store, workshop_id, now)


def next_item(store: Store, workshop_id: int, now: datetime) -> SessionState:
    """End the current agenda item and start the next one (at the last item: just end it)."""
    now = _check_now(now)
    with store.transaction() as s:
        _require_in_session(_workshop(s, workshop_id))
        items = _items(s, workshop_id)
        current = _running(items)
        after = [
            i
            for i in items
            if i.actual_start is None and (current is None or i.position > current.position)
        ]
        if current is None and not after:
            raise ValidationError(translate("Errors", "There is no next agenda item."))
        if current is not None:
            current.actual_end = max(now, _utc(current.actual_start))
        if after:
            after[0].actual_start = now
            after[0].actual_end = None
        _end_running_turns(s, workshop_id, now)
    return session_state(store, workshop_id, now)


def previous_item(store: Store, workshop_id: int, now: datetime) -> SessionState:
    """Go back: the current item returns to not started, the one before it runs again.

    The reopened item keeps its actual start, so its clock goes on from there.
    """
    now = _check_now(now)
    with store.transaction() as s:
        _require_in_session(_workshop(s, workshop_id))
        items = _items(s, workshop_id)
        current = _running(items)
        limit = current.position if current is not None else None
        before = [
            i
            for i in items
            if i.actual_start is not None
            and i.actual_end is not None
            and (limit is None or i.position < limit)
        ]
        if not before:
            raise ValidationError(translate("Errors", "There is no previous agenda item."))
        if current is not None:
            current.actual_start = None
            current.actual_end = None
        before[-1].actual_end = None
        _end_running_turns(s, workshop_id, now)
    return session_state(store, workshop_id, now)


def end_session(store: Store, workshop_id: int, now: datetime) -> SessionState:
    """End the session: the current item and turn end now, and the workshop is held."""
    now = _check_now(now)
    with store.transaction() as s:
        w = _workshop(s, workshop_id)
        _require_in_session(w)
        for item in _items(s, workshop_id):
            if item.actual_start is not None and item.actual_end is None:
                item.actual_end = max(now, _utc(item.actual_start))
        _end_running_turns(s, workshop_id, now)
        w.session_ended_at = max(now, _utc(w.session_started_at) or now)
        w.status = WorkshopStatus.HELD
    return session_state(store, workshop_id, now)


# -- notes --------------------------------------------------------------------------------

_NOTE_FIELDS = {"text", "kind", "speaker_id", "agenda_item_id"}


def _note_select():
    return (
        select(
            Note.id,
            Note.uuid,
            Note.workshop_id,
            Note.agenda_item_id,
            Note.kind,
            Note.text,
            Note.speaker_id,
            Person.honorific,
            Person.given_name,
            Person.family_name,
            Organization.name,
            Note.noted_at,
        )
        .select_from(Note)
        .outerjoin(Person, Person.id == Note.speaker_id)
        .outerjoin(
            Participation,
            and_(
                Participation.workshop_id == Note.workshop_id,
                Participation.person_id == Note.speaker_id,
            ),
        )
        .outerjoin(Organization, Organization.id == Participation.organization_id)
    )


def _note_rows(result) -> list[NoteRow]:
    # Positional unpacking and one name per speaker: a feed of thousands reads in a blink.
    names: dict[int, str] = {}
    rows = []
    for nid, uuid, wid, item_id, kind, text, speaker_id, hon, given, family, org, at in result:
        if speaker_id is None:
            name = ""
        elif speaker_id in names:
            name = names[speaker_id]
        else:
            name = names[speaker_id] = _name(hon, given, family)
        rows.append(
            NoteRow(
                id=nid,
                uuid=uuid,
                workshop_id=wid,
                agenda_item_id=item_id,
                kind=NoteKind(kind),
                text=text,
                speaker_id=speaker_id,
                speaker_name=name,
                organization_name=org or "",
                noted_at=at.astimezone(UTC),
            )
        )
    return rows


def _read_note(session: Session, note_id: int) -> NoteRow:
    session.flush()
    return _note_rows(session.execute(_note_select().where(Note.id == note_id)))[0]


def _clean_note(session: Session, workshop_id: int, changes: dict) -> dict:
    unknown_fields(changes, _NOTE_FIELDS)
    cleaned: dict = {}
    if "text" in changes:
        cleaned["text"] = check_field("note", "text", changes["text"], translate("Fields", "Note"))
    if "kind" in changes:
        cleaned["kind"] = check_field(
            "note", "kind", changes["kind"], translate("Fields", "kind of note")
        )
    if "speaker_id" in changes:
        speaker_id = changes["speaker_id"]
        if speaker_id is not None:
            attendees.attending_person(session, workshop_id, speaker_id, "speaker_id")
        cleaned["speaker_id"] = speaker_id
    if "agenda_item_id" in changes:
        item_id = changes["agenda_item_id"]
        if item_id is not None:
            item = get_or_raise(session, AgendaItem, item_id, translate("Errors", "agenda item"))
            if item.workshop_id != workshop_id:
                raise ValidationError(
                    translate("Errors", "The agenda item “{title}” is not on this agenda.").format(
                        title=item.title
                    ),
                    "agenda_item_id",
                )
        cleaned["agenda_item_id"] = item_id
    return cleaned


def add_note(
    store: Store,
    workshop_id: int,
    text: str,
    *,
    kind: NoteKind | str = NoteKind.POINT,
    speaker_id: int | None = None,
    agenda_item_id: int | None = None,
    now: datetime,
) -> NoteRow:
    """Save a note, on the current agenda item unless another is given; returns it as shown.

    The speaker, when given, must attend the workshop. The text is kept as typed
    (markup characters included); only surrounding spaces are dropped. Notes
    can be taken before, during and after the session.
    """
    now = _check_now(now)
    with store.transaction() as s:
        _workshop(s, workshop_id)
        changes = {"text": text, "kind": kind, "speaker_id": speaker_id}
        if agenda_item_id is not None:
            changes["agenda_item_id"] = agenda_item_id
        values = _clean_note(s, workshop_id, changes)
        if agenda_item_id is None:
            values["agenda_item_id"] = _current_item_id(s, workshop_id)
        note = Note(workshop_id=workshop_id, noted_at=now, **values)
        s.add(note)
        s.flush()
        return _read_note(s, note.id)


def _note(session: Session, note_id: int) -> Note:
    return get_or_raise(session, Note, note_id, translate("Errors", "note"))


def edit_note(store: Store, note_id: int, **changes) -> NoteRow:
    """Change a note's ``text``, ``kind``, ``speaker_id`` (None: anonymous), ``agenda_item_id``."""
    with store.transaction() as s:
        note = _note(s, note_id)
        for key, value in _clean_note(s, note.workshop_id, changes).items():
            setattr(note, key, value)
        return _read_note(s, note.id)


def send_to_parking_lot(store: Store, note_id: int) -> NoteRow:
    """Move a note to the parking lot (its kind becomes "parking lot")."""
    return edit_note(store, note_id, kind=NoteKind.PARKING_LOT)


def delete_note(store: Store, note_id: int) -> NoteSnapshot:
    """Delete a note; returns what :func:`restore_note` needs to bring it back exactly."""
    with store.transaction() as s:
        note = _note(s, note_id)
        columns = [c.key for c in Note.__mapper__.column_attrs]
        values = {key: getattr(note, key) for key in columns}
        proposal_ids = tuple(
            s.scalars(select(Proposal.id).where(Proposal.source_note_id == note.id))
        )
        s.delete(note)
        return NoteSnapshot(values, proposal_ids)


def note_id_of(store: Store, uuid: str) -> int:
    """The current id of the note with this uuid; a note brought back may have a new id."""
    with store.session() as s:
        note_id = s.scalar(select(Note.id).where(Note.uuid == uuid))
    if note_id is None:
        raise NotFoundError(translate("Errors", "That note no longer exists."))
    return note_id


def restore_note(store: Store, snapshot: NoteSnapshot) -> NoteRow:
    """Bring a deleted note back (same uuid; same id unless a newer note took it meanwhile),
    and re-link the proposals made from it."""
    with store.transaction() as s:
        values = dict(snapshot.values)
        _workshop(s, values["workshop_id"])
        if s.scalar(select(Note.id).where(Note.uuid == values["uuid"])) is not None:
            raise ConflictError(translate("Errors", "That note is already there."))
        if s.get(Note, values["id"]) is not None:
            # SQLite hands a deleted row's id to the next insert; the newer note keeps it.
            del values["id"]
        # What it pointed to may have gone meanwhile; the note itself comes back.
        if values.get("agenda_item_id") is not None and (
            s.get(AgendaItem, values["agenda_item_id"]) is None
        ):
            values["agenda_item_id"] = None
        if values.get("speaker_id") is not None and s.get(Person, values["speaker_id"]) is None:
            values["speaker_id"] = None
        note = Note(**values)
        s.add(note)
        s.flush()
        values["id"] = note.id
        if snapshot.proposal_ids:
            for proposal in s.scalars(
                select(Proposal).where(
                    Proposal.id.in_(snapshot.proposal_ids), Proposal.source_note_id.is_(None)
                )
            ):
                proposal.source_note_id = values["id"]
        return _read_note(s, values["id"])


def notes_of_item(
    store: Store, workshop_id: int, agenda_item_id: int | None, *, limit: int | None = None
) -> list[NoteRow]:
    """The notes of one agenda item (None: notes on no item), in the order they were taken.

    With ``limit``, only the latest ``limit`` of them (still oldest first). After
    :func:`add_note` the feed appends the row it returns; reading the item again
    is for when the item changes.
    """
    if agenda_item_id is None:
        on_item = Note.agenda_item_id.is_(None)
    else:
        on_item = Note.agenda_item_id == check_id(
            agenda_item_id, translate("Errors", "agenda item")
        )
    stmt = _note_select().where(Note.workshop_id == workshop_id, on_item)
    if limit is None:
        stmt = stmt.order_by(Note.noted_at, Note.id)
    else:
        check_id(limit, "limit")
        stmt = stmt.order_by(Note.noted_at.desc(), Note.id.desc()).limit(limit)
    with store.session() as s:
        _workshop(s, workshop_id)
        # Core rows through the session's connection: no ORM loading for plain columns.
        rows = _note_rows(s.connection().execute(stmt).all())
    if limit is not None:
        rows.reverse()
    return rows


def last_note(store: Store, workshop_id: int) -> NoteRow | None:
    """The note taken last in the workshop (what "edit the last note" edits), if any."""
    stmt = (
        _note_select()
        .where(Note.workshop_id == workshop_id)
        .order_by(Note.noted_at.desc(), Note.id.desc())
        .limit(1)
    )
    with store.session() as s:
        _workshop(s, workshop_id)
        rows = _note_rows(s.execute(stmt))
        return rows[0] if rows else None


# -- the speaker queue --------------------------------------------------------------------


def _turn_row(session: Session, workshop_id: int, turn_id: int) -> TurnRow:
    session.flush()
    return next(t for t in _turn_rows(session, workshop_id) if t.id == turn_id)


def _check_limit(value) -> int | None:
    return check_field("speaker_turn", "limit_seconds", value, "limit_seconds")


def request_floor(
    store: Store,
    workshop_id: int,
    person_id: int,
    now: datetime,
    limit_seconds: int | None = None,
) -> TurnRow:
    """Put a present attendee in the speaker queue (once: not twice while waiting)."""
    now = _check_now(now)
    with store.transaction() as s:
        _require_in_session(_workshop(s, workshop_id))
        person, participation = attendees.attending_person(s, workshop_id, person_id, "person_id")
        if participation.attendance is not Attendance.PRESENT:
            raise ValidationError(
                translate("Errors", "{name} is not checked in as present.").format(
                    name=person.full_name()
                ),
                "person_id",
            )
        waiting = s.scalar(
            select(SpeakerTurn.id).where(
                SpeakerTurn.workshop_id == workshop_id,
                SpeakerTurn.person_id == person.id,
                SpeakerTurn.started_at.is_(None),
            )
        )
        if waiting is not None:
            raise ConflictError(
                translate("Errors", "{name} is already waiting for the floor.").format(
                    name=person.full_name()
                )
            )
        turn = SpeakerTurn(
            workshop_id=workshop_id,
            agenda_item_id=_current_item_id(s, workshop_id),
            person_id=person.id,
            requested_at=now,
            limit_seconds=_check_limit(limit_seconds),
        )
        s.add(turn)
        s.flush()
        return _turn_row(s, workshop_id, turn.id)


def queue(store: Store, workshop_id: int, *, first_timers_first: bool = False) -> list[TurnRow]:
    """Who is waiting for the floor, in order of request.

    With ``first_timers_first``, people who have not spoken yet in this
    workshop come before the others; within each group the order of request holds.
    """
    with store.session() as s:
        _workshop(s, workshop_id)
        return _waiting(_turn_rows(s, workshop_id), first_timers_first)


def next_speaker(
    store: Store, workshop_id: int, now: datetime, *, first_timers_first: bool = False
) -> TurnRow | None:
    """End the current turn and give the floor to the first in the queue.

    Returns the new speaker's turn, or None when nobody was waiting (the
    current turn still ends). Refused when nobody speaks and nobody waits.
    """
    now = _check_now(now)
    with store.transaction() as s:
        _require_in_session(_workshop(s, workshop_id))
        ended = _end_running_turns(s, workshop_id, now)
        s.flush()
        waiting = _waiting(_turn_rows(s, workshop_id), first_timers_first)
        if not waiting:
            if not ended:
                raise ValidationError(translate("Errors", "Nobody is waiting for the floor."))
            return None
        turn = s.get(SpeakerTurn, waiting[0].id)
        turn.started_at = now
        # The turn belongs to the item during which it is spoken.
        turn.agenda_item_id = _current_item_id(s, workshop_id) or turn.agenda_item_id
        return _turn_row(s, workshop_id, turn.id)


def end_turn(store: Store, workshop_id: int, now: datetime) -> TurnRow | None:
    """End the current speaker's turn; returns it (None when nobody was speaking)."""
    now = _check_now(now)
    with store.transaction() as s:
        _workshop(s, workshop_id)
        ended = _end_running_turns(s, workshop_id, now)
        if not ended:
            return None
        return _turn_row(s, workshop_id, ended[-1].id)


def withdraw(store: Store, turn_id: int) -> TurnRow:
    """Take a waiting request off the queue; returns it as it was. A started turn stays."""
    with store.transaction() as s:
        turn = get_or_raise(s, SpeakerTurn, turn_id, translate("Errors", "speaker turn"))
        if turn.started_at is not None:
            raise ValidationError(
                translate("Errors", "This turn has already started; end it instead.")
            )
        row = _turn_row(s, turn.workshop_id, turn.id)
        s.delete(turn)
        return row


# -- check-in -----------------------------------------------------------------------------


def find_attendees(store: Store, workshop_id: int, query: str = "") -> list[attendees.AttendeeRow]:
    """Attendees whose name, organization, position or e-mail hold every word of ``query``.

    Turkish-aware ("isik" finds "Işık", "İSMAİL" finds "İsmail"); Turkish alphabetical order.
    """
    query = clean_query(query)
    rows = attendees.list_attendees(store, workshop_id)
    if not query.strip():
        return rows
    return [
        r
        for r in rows
        if matches(
            query,
            r.honorific,
            r.given_name,
            r.family_name,
            r.organization_name,
            r.position,
            r.email,
        )
    ]


def set_present(
    store: Store, participation_id: int, present: bool, now: datetime
) -> attendees.AttendeeRow:
    """Check an attendee in (arrival time: ``now``, kept if already present) or out again."""
    now = _check_now(now)
    present = check_bool(present, "present", translate("Fields", "Present"))
    with store.transaction() as s:
        p = get_or_raise(s, Participation, participation_id, translate("Errors", "attendee"))
        if present:
            if p.attendance is not Attendance.PRESENT or p.arrived_at is None:
                p.arrived_at = now
            p.attendance = Attendance.PRESENT
        else:
            # Undoing a check-in; an attendee recorded as absent or excused stays so.
            if p.attendance is Attendance.PRESENT:
                p.attendance = Attendance.UNKNOWN
            p.arrived_at = None
            # Someone who is not in the room cannot be given the floor: their waiting
            # requests leave the queue and a turn they were having ends now.
            for turn in s.scalars(
                select(SpeakerTurn).where(
                    SpeakerTurn.workshop_id == p.workshop_id,
                    SpeakerTurn.person_id == p.person_id,
                    SpeakerTurn.ended_at.is_(None),
                )
            ):
                if turn.started_at is None:
                    s.delete(turn)
                else:
                    turn.ended_at = max(now, _utc(turn.started_at))
        s.flush()
        return attendees._rows(s, p.workshop_id, [p.id])[0]


def add_walk_in(
    store: Store,
    workshop_id: int,
    given_name: str,
    family_name: str = "",
    organization_id: int | None = None,
    *,
    now: datetime,
) -> attendees.AttendeeRow:
    """Someone who came without an invitation: a new person in the directory, present now.

    They represent ``organization_id`` at the workshop, which also becomes
    their current organization in the directory.
    """
    now = _check_now(now)
    with store.transaction() as s:
        _workshop(s, workshop_id)
        given = check_field("person", "given_name", given_name, translate("Fields", "Given name"))
        family = check_field(
            "person", "family_name", family_name, translate("Fields", "Family name")
        )
        if organization_id is not None:
            get_or_raise(s, Organization, organization_id, translate("Errors", "organization"))
        person = Person(given_name=given, family_name=family, organization_id=organization_id)
        s.add(person)
        s.flush()
        participation = Participation(
            workshop_id=workshop_id,
            person_id=person.id,
            organization_id=organization_id,
            role=Role.PARTICIPANT,
            invitation=Invitation.NOT_INVITED,
            attendance=Attendance.PRESENT,
            arrived_at=now,
        )
        s.add(participation)
        s.flush()
        return attendees._rows(s, workshop_id, [participation.id])[0]
