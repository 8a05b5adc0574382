"""Check-in at the door: finding attendees, marking them present, adding walk-ins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

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
