"""Check-in at the door: finding attendees, marking them present, adding walk-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.i18n import translate
from facilitator.models import (
    Attendance,
    Invitation,
    Organization,
    Participation,
    Person,
    Role,
    SpeakerTurn,
)
from facilitator.services import attendees
from facilitator.services._common import check_bool, check_field, clean_query, get_or_raise
from facilitator.services.live.base import load_workshop
from facilitator.services.live.clock import as_utc, check_now
from facilitator.store import Store
from facilitator.text import matches


def expected(row: attendees.AttendeeRow) -> bool:
    """Whether an attendee is expected in the room: neither declined nor recorded absent
    or excused. Attribution and the queue offer them first."""
    return row.invitation is not Invitation.DECLINED and row.attendance not in (
        Attendance.ABSENT,
        Attendance.EXCUSED,
    )


def attendee_search_text(row: attendees.AttendeeRow) -> str:
    """What an attendee is found by: name, organization (also its short name, "BBB"),
    position and e-mail."""
    return " ".join(
        (
            row.honorific,
            row.given_name,
            row.family_name,
            row.organization_name,
            row.organization_short_name,
            row.position,
            row.email,
        )
    )


def by_presence(rows: list[attendees.AttendeeRow]) -> list[attendees.AttendeeRow]:
    """Present first, then the others expected, then those who declined or are recorded
    absent; each group keeps its (Turkish alphabetical) order."""

    def rank(row: attendees.AttendeeRow) -> int:
        if row.attendance is Attendance.PRESENT:
            return 0
        return 1 if expected(row) else 2

    return sorted(rows, key=rank)


def find_attendees(store: Store, workshop_id: int, query: str = "") -> list[attendees.AttendeeRow]:
    """Attendees whose name, organization (or its short name), position or e-mail hold
    every word of ``query``.

    Turkish-aware ("isik" finds "Işık", "İSMAİL" finds "İsmail", "bbb" finds the
    Büyükşehir Belediyesi whose short name is "BBB"); Turkish alphabetical order.
    """
    query = clean_query(query)
    rows = attendees.list_attendees(store, workshop_id)
    if not query.strip():
        return rows
    return [r for r in rows if matches(query, attendee_search_text(r))]


@dataclass(frozen=True)
class MarkedPresent:
    """An attendee marked present because a note, a turn or a position was theirs:
    what their attendance was before, so an undo can put it back."""

    participation_id: int
    person_id: int
    name: str
    attendance: Attendance  # before
    arrived_at: datetime | None  # before
    marked_at: datetime  # the arrival recorded


def ensure_present(
    session: Session, workshop_id: int, person_id: int, now: datetime
) -> MarkedPresent | None:
    """Inside the caller's unit of work: the attendee speaks, so they are in the room.

    Not yet checked in (or recorded absent): marked present, arrived ``now``; returns
    what it was. Already present: nothing changes, returns None. Someone who does not
    attend the workshop is refused, as for a note.
    """
    person, p = attendees.attending_person(session, workshop_id, person_id, "person_id")
    if p.attendance is Attendance.PRESENT:
        return None
    before = MarkedPresent(
        participation_id=p.id,
        person_id=person.id,
        name=person.display_name(),
        attendance=Attendance(p.attendance),
        arrived_at=as_utc(p.arrived_at),
        marked_at=now,
    )
    p.attendance = Attendance.PRESENT
    p.arrived_at = now
    return before


def _still(p: Participation, attendance: Attendance, arrived_at: datetime | None) -> bool:
    return Attendance(p.attendance) is attendance and as_utc(p.arrived_at) == arrived_at


def unmark_present(session: Session, marked: MarkedPresent) -> bool:
    """Undo :func:`ensure_present` (inside the caller's unit of work): the attendance goes
    back to what it was. Changed since (checked out, or in again at the door): the newer
    state is kept and False returned."""
    p = session.get(Participation, marked.participation_id)
    if p is None or not _still(p, Attendance.PRESENT, marked.marked_at):
        return False
    p.attendance = marked.attendance
    p.arrived_at = marked.arrived_at
    return True


def mark_present_again(session: Session, marked: MarkedPresent) -> bool:
    """Redo :func:`ensure_present`: present again with the same arrival, unless the
    attendance was changed since the undo (then it is kept and False returned)."""
    p = session.get(Participation, marked.participation_id)
    if p is None or not _still(p, marked.attendance, marked.arrived_at):
        return False
    p.attendance = Attendance.PRESENT
    p.arrived_at = marked.marked_at
    return True


def set_present(
    store: Store, participation_id: int, present: bool, now: datetime
) -> attendees.AttendeeRow:
    """Check an attendee in (arrival time: ``now``, kept if already present) or out again."""
    now = check_now(now)
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
                    turn.ended_at = max(now, as_utc(turn.started_at))
        s.flush()
        return attendees.attendee_rows(s, p.workshop_id, [p.id])[0]


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
    now = check_now(now)
    with store.transaction() as s:
        load_workshop(s, workshop_id)
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
        return attendees.attendee_rows(s, workshop_id, [participation.id])[0]
