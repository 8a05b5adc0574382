"""The speaker queue: requests for the floor, turns, and who has spoken how long.

Ending an agenda item, moving back and ending the session end the running turn
(:func:`end_running_turns`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, ValidationError
from facilitator.i18n import translate
from facilitator.models import Attendance, Organization, Participation, Person, SpeakerTurn
from facilitator.services import attendees
from facilitator.services._common import check_field, get_or_raise
from facilitator.services.live.base import (
    current_item_id,
    load_workshop,
    person_name,
    require_in_session,
)
from facilitator.services.live.checkin import MarkedPresent, ensure_present, unmark_present
from facilitator.services.live.clock import as_utc, check_now
from facilitator.services.live.rows import OrganizationSpeakingTotal, SpeakingTotal, TurnRow
from facilitator.store import Store
from facilitator.text import sort_key


def end_running_turns(session: Session, workshop_id: int, now: datetime) -> list[SpeakerTurn]:
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
        turn.ended_at = max(now, as_utc(turn.started_at))
    return running


def turn_rows(session: Session, workshop_id: int) -> list[TurnRow]:
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
    raw = sorted(session.execute(stmt).all(), key=lambda r: (as_utc(r.requested_at), r.id))
    # A person speaks "for the first time" in a turn when no turn of theirs started before it.
    first_start: dict[int, datetime] = {}
    for r in raw:
        if r.started_at is not None:
            started = as_utc(r.started_at)
            if r.person_id not in first_start or started < first_start[r.person_id]:
                first_start[r.person_id] = started
    rows = []
    for r in raw:
        started = as_utc(r.started_at)
        earliest = first_start.get(r.person_id)
        first_time = earliest is None or (started is not None and started <= earliest)
        rows.append(
            TurnRow(
                id=r.id,
                workshop_id=workshop_id,
                agenda_item_id=r.agenda_item_id,
                person_id=r.person_id,
                name=person_name(r.honorific, r.given_name, r.family_name),
                organization_id=r.organization_id,
                organization_name=r.name or "",
                requested_at=as_utc(r.requested_at),
                started_at=started,
                ended_at=as_utc(r.ended_at),
                limit_seconds=r.limit_seconds,
                first_time=first_time,
            )
        )
    return rows


def waiting_turns(turns: list[TurnRow], first_timers_first: bool) -> list[TurnRow]:
    waiting = [t for t in turns if t.waiting]  # already in order of request
    if first_timers_first:
        waiting.sort(key=lambda t: not t.first_time)  # stable: order of request otherwise
    return waiting


def speaking_totals(
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


def _turn_row(session: Session, workshop_id: int, turn_id: int) -> TurnRow:
    session.flush()
    return next(t for t in turn_rows(session, workshop_id) if t.id == turn_id)


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
    now = check_now(now)
    with store.transaction() as s:
        return _request_floor(s, workshop_id, person_id, now, limit_seconds, mark_present=False)[0]


def request_floor_marking_present(
    store: Store,
    workshop_id: int,
    person_id: int,
    now: datetime,
    limit_seconds: int | None = None,
) -> tuple[TurnRow, MarkedPresent | None]:
    """:func:`request_floor` for any attendee: someone not yet checked in asks for the
    floor, so they are in the room and marked present in the same commit. Returns the
    turn and what their attendance was (None when they were present already)."""
    now = check_now(now)
    with store.transaction() as s:
        return _request_floor(s, workshop_id, person_id, now, limit_seconds, mark_present=True)


def withdraw_unmarking(store: Store, turn_id: int, marked: MarkedPresent | None) -> TurnRow:
    """The undo of :func:`request_floor_marking_present`: the request leaves the queue and
    the attendance returns to what it was (unless changed since: then it stays)."""
    with store.transaction() as s:
        row = _withdraw(s, turn_id)
        if marked is not None:
            unmark_present(s, marked)
        return row


def _request_floor(
    s: Session,
    workshop_id: int,
    person_id: int,
    now: datetime,
    limit_seconds: int | None,
    *,
    mark_present: bool,
) -> tuple[TurnRow, MarkedPresent | None]:
    require_in_session(load_workshop(s, workshop_id))
    person, participation = attendees.attending_person(s, workshop_id, person_id, "person_id")
    marked = None
    if mark_present:
        marked = ensure_present(s, workshop_id, person.id, now)
    elif participation.attendance is not Attendance.PRESENT:
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
        agenda_item_id=current_item_id(s, workshop_id),
        person_id=person.id,
        requested_at=now,
        limit_seconds=_check_limit(limit_seconds),
    )
    s.add(turn)
    s.flush()
    return _turn_row(s, workshop_id, turn.id), marked


def queue(store: Store, workshop_id: int, *, first_timers_first: bool = False) -> list[TurnRow]:
    """Who is waiting for the floor, in order of request.

    With ``first_timers_first``, people who have not spoken yet in this
    workshop come before the others; within each group the order of request holds.
    """
    with store.session() as s:
        load_workshop(s, workshop_id)
        return waiting_turns(turn_rows(s, workshop_id), first_timers_first)


def next_speaker(
    store: Store, workshop_id: int, now: datetime, *, first_timers_first: bool = False
) -> TurnRow | None:
    """End the current turn and give the floor to the first in the queue.

    Returns the new speaker's turn, or None when nobody was waiting (the
    current turn still ends). Refused when nobody speaks and nobody waits.
    """
    now = check_now(now)
    with store.transaction() as s:
        require_in_session(load_workshop(s, workshop_id))
        ended = end_running_turns(s, workshop_id, now)
        s.flush()
        waiting = waiting_turns(turn_rows(s, workshop_id), first_timers_first)
        if not waiting:
            if not ended:
                raise ValidationError(translate("Errors", "Nobody is waiting for the floor."))
            return None
        turn = s.get(SpeakerTurn, waiting[0].id)
        turn.started_at = now
        # The turn belongs to the item during which it is spoken.
        turn.agenda_item_id = current_item_id(s, workshop_id) or turn.agenda_item_id
        return _turn_row(s, workshop_id, turn.id)


def end_turn(store: Store, workshop_id: int, now: datetime) -> TurnRow | None:
    """End the current speaker's turn; returns it (None when nobody was speaking)."""
    now = check_now(now)
    with store.transaction() as s:
        load_workshop(s, workshop_id)
        ended = end_running_turns(s, workshop_id, now)
        if not ended:
            return None
        return _turn_row(s, workshop_id, ended[-1].id)


def withdraw(store: Store, turn_id: int) -> TurnRow:
    """Take a waiting request off the queue; returns it as it was. A started turn stays."""
    with store.transaction() as s:
        return _withdraw(s, turn_id)


def _withdraw(s: Session, turn_id: int) -> TurnRow:
    turn = get_or_raise(s, SpeakerTurn, turn_id, translate("Errors", "speaker turn"))
    if turn.started_at is not None:
        raise ValidationError(translate("Errors", "This turn has already started; end it instead."))
    row = _turn_row(s, turn.workshop_id, turn.id)
    s.delete(turn)
    return row
