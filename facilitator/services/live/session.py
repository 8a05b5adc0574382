"""The session and its agenda: the state the live screen shows, starting, moving through
the agenda and ending, and resuming a session left open (after a crash, for instance).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from facilitator.errors import StaleEditError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    AgendaItem,
    AgendaKind,
    Attendance,
    Invitation,
    Note,
    Outcome,
    Participation,
    Person,
    Proposal,
    SpeakerTurn,
    Workshop,
    WorkshopStatus,
)
from facilitator.services.live.base import (
    ENDED,
    agenda_items,
    load_workshop,
    person_name,
    require_in_session,
    running_item,
)
from facilitator.services.live.clock import (
    ClockStatus,
    ItemStatus,
    as_utc,
    check_now,
    clock_status,
    elapsed_seconds,
)
from facilitator.services.live.rows import (
    AgreedDecision,
    LiveItem,
    Reopened,
    ResumeInfo,
    SessionState,
)
from facilitator.services.live.speakers import (
    end_running_turns,
    speaking_totals,
    turn_rows,
    waiting_turns,
)
from facilitator.services.proposals import decision_label
from facilitator.store import Store

AGREED = (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS)


def _live_items(
    session: Session, workshop_id: int, now: datetime, ended: bool = False
) -> tuple[LiveItem, ...]:
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
        start, end = as_utc(r.actual_start), as_utc(r.actual_end)
        if start is None:
            status = ItemStatus.NOT_REACHED if ended else ItemStatus.UPCOMING
            seconds = None
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
                presenter_name=person_name(r.honorific, r.given_name, r.family_name),
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


def read_state(
    session: Session, workshop_id: int, now: datetime, first_timers_first: bool
) -> SessionState:
    w = load_workshop(session, workshop_id)
    planned_start, planned_end = as_utc(w.planned_start), as_utc(w.planned_end)
    started, ended = as_utc(w.session_started_at), as_utc(w.session_ended_at)
    if started is not None and abs(started - planned_start) > timedelta(hours=12):
        # Held on another day than planned (moved, or a rehearsal): the session is
        # measured against its planned length from when it started, not a far date.
        planned_start, planned_end = started, started + (planned_end - planned_start)
    items = _live_items(session, workshop_id, now, ended=WorkshopStatus(w.status) in ENDED)
    current = next((i for i in items if i.status is ItemStatus.CURRENT), None)
    after = [
        i
        for i in items
        if i.status is ItemStatus.UPCOMING and (current is None or i.position > current.position)
    ]
    turns = turn_rows(session, workshop_id)
    speaking = [t for t in turns if t.speaking]
    current_turn = max(speaking, key=lambda t: (t.started_at, t.id)) if speaking else None
    turn_elapsed = elapsed_seconds(current_turn.started_at, now) if current_turn else 0
    by_person, by_org = speaking_totals(turns, now)
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
        queue=tuple(waiting_turns(turns, first_timers_first)),
        speaking_by_person=by_person,
        speaking_by_organization=by_org,
        decisions=_decisions(session, workshop_id),
        present_count=present,
        expected_count=expected,
        time_zone=w.time_zone,
    )


def session_state(
    store: Store, workshop_id: int, now: datetime, *, first_timers_first: bool = False
) -> SessionState:
    """What the live screen shows at ``now``, computed from the recorded times.

    Reads a fixed handful of rows: the agenda, the speaker turns, counts of
    notes and attendees, the agreed decisions — never the notes themselves.
    """
    now = check_now(now)
    with store.session() as s:
        return read_state(s, workshop_id, now, first_timers_first)


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
        current = running_item(agenda_items(s, w.id))
        return ResumeInfo(
            workshop_id=w.id,
            title=w.title,
            session_started_at=as_utc(w.session_started_at),
            current_item_title=current.title if current else "",
        )


# -- the session and the agenda ---------------------------------------------------------


def start_session(store: Store, workshop_id: int, now: datetime) -> SessionState:
    """Put the workshop in session and start its first agenda item.

    A workshop already in session is resumed as it is (nothing is written);
    a workshop whose session has ended is refused (:func:`reopen_session` goes on with it).
    """
    now = check_now(now)
    with store.transaction() as s:
        w = load_workshop(s, workshop_id)
        if w.status in ENDED:
            raise ValidationError(
                translate(
                    "Errors", "The session of “{title}” has ended; reopen it to go on."
                ).format(title=w.title)
            )
        if w.status is not WorkshopStatus.IN_SESSION:
            w.status = WorkshopStatus.IN_SESSION
            w.session_started_at = now
            w.session_ended_at = None
            items = agenda_items(s, workshop_id)
            running = running_item(items)
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
    now = check_now(now)
    with store.transaction() as s:
        require_in_session(load_workshop(s, workshop_id))
        items = agenda_items(s, workshop_id)
        current = running_item(items)
        after = [
            i
            for i in items
            if i.actual_start is None and (current is None or i.position > current.position)
        ]
        if current is None and not after:
            raise ValidationError(translate("Errors", "There is no next agenda item."))
        if current is not None:
            current.actual_end = max(now, as_utc(current.actual_start))
        if after:
            after[0].actual_start = now
            after[0].actual_end = None
        end_running_turns(s, workshop_id, now)
    return session_state(store, workshop_id, now)


def previous_item(store: Store, workshop_id: int, now: datetime) -> SessionState:
    """Go back: the current item returns to not started, the one before it runs again.

    The reopened item keeps its actual start, so its clock goes on from there.
    """
    now = check_now(now)
    with store.transaction() as s:
        require_in_session(load_workshop(s, workshop_id))
        items = agenda_items(s, workshop_id)
        current = running_item(items)
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
        end_running_turns(s, workshop_id, now)
    return session_state(store, workshop_id, now)


def end_session(store: Store, workshop_id: int, now: datetime) -> SessionState:
    """End the session: the current item and turn end now, and the workshop is held."""
    now = check_now(now)
    with store.transaction() as s:
        w = load_workshop(s, workshop_id)
        require_in_session(w)
        for item in agenda_items(s, workshop_id):
            if item.actual_start is not None and item.actual_end is None:
                item.actual_end = max(now, as_utc(item.actual_start))
        end_running_turns(s, workshop_id, now)
        w.session_ended_at = max(now, as_utc(w.session_started_at) or now)
        w.status = WorkshopStatus.HELD
    return session_state(store, workshop_id, now)


def reopen_session(store: Store, workshop_id: int, now: datetime) -> Reopened:
    """Put an ended session back in session, to go on with it.

    The item that was running when the session ended runs again (its clock goes on
    from its start); items never reached are upcoming again. What is returned is
    what :func:`undo_reopen` needs to end the session again exactly as it was.
    """
    now = check_now(now)
    with store.transaction() as s:
        w = load_workshop(s, workshop_id)
        if w.status not in ENDED:
            require_in_session(w)  # says "has not started"
            raise ValidationError(
                translate("Errors", "The session of “{title}” is not ended.").format(title=w.title)
            )
        ended_at = as_utc(w.session_ended_at) or now
        resumed = None
        last_done = [i for i in agenda_items(s, workshop_id) if i.actual_end is not None]
        if last_done:
            last = max(last_done, key=lambda i: (as_utc(i.actual_end), i.position))
            if as_utc(last.actual_end) == ended_at:  # it was running when the session ended
                last.actual_end = None
                resumed = last.id
        reopened = Reopened(
            workshop_id=workshop_id,
            status=WorkshopStatus(w.status),
            ended_at=ended_at,
            reopened_at=max(now, ended_at),
            resumed_item_id=resumed,
        )
        w.status = WorkshopStatus.IN_SESSION
        w.session_ended_at = None
    return reopened


def undo_reopen(store: Store, reopened: Reopened) -> None:
    """End the session again as it was before it was reopened.

    Refused (:class:`StaleEditError`, nothing changes) once anything was recorded in the
    reopened session: another item started or ended, a note taken, a turn given, or the
    session ended again; the session is then ended its normal way.
    """
    with store.transaction() as s:
        w = load_workshop(s, reopened.workshop_id)
        stale = StaleEditError(
            translate(
                "Errors",
                "The session of “{title}” was not undone back to ended: things were recorded "
                "since it was reopened. End it again instead.",
            ).format(title=w.title)
        )
        if w.status is not WorkshopStatus.IN_SESSION or w.session_ended_at is not None:
            raise stale
        since = reopened.reopened_at
        items = agenda_items(s, reopened.workshop_id)
        running = running_item(items)
        if (running.id if running else None) != reopened.resumed_item_id:
            raise stale
        for item in items:
            if (as_utc(item.actual_start) or since) > since or (
                as_utc(item.actual_end) or since
            ) > since:
                raise stale
        recorded = s.scalar(
            select(func.count())
            .select_from(Note)
            .where(Note.workshop_id == reopened.workshop_id, Note.noted_at >= since)
        ) + s.scalar(
            select(func.count())
            .select_from(SpeakerTurn)
            .where(
                SpeakerTurn.workshop_id == reopened.workshop_id,
                or_(
                    SpeakerTurn.requested_at >= since,
                    SpeakerTurn.started_at >= since,
                    SpeakerTurn.ended_at >= since,
                    and_(SpeakerTurn.started_at.is_not(None), SpeakerTurn.ended_at.is_(None)),
                ),
            )
        )
        if recorded:
            raise stale
        if running is not None:
            running.actual_end = reopened.ended_at
        w.status = reopened.status
        w.session_ended_at = reopened.ended_at
