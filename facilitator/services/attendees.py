"""Attendees of a workshop (participations): add, edit one or many, remove and restore, counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, NotFoundError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    Attendance,
    Invitation,
    Organization,
    Participation,
    Person,
    Role,
    Sector,
    Workshop,
)
from facilitator.services import snapshots
from facilitator.services._common import check_choice, check_expected, get_or_raise
from facilitator.store import Store
from facilitator.text import sort_key


@dataclass(frozen=True)
class AttendeeRow:
    """One attendee of a workshop, with the names lists and documents show."""

    id: int  # the participation
    uuid: str
    workshop_id: int
    person_id: int
    honorific: str
    given_name: str
    family_name: str
    position: str
    email: str
    phone: str
    organization_id: int | None  # represented at this workshop
    organization_name: str
    sector: Sector | None
    role: Role
    invitation: Invitation
    attendance: Attendance
    arrived_at: datetime | None
    organization_short_name: str = ""  # "BBB": what people type to find the organization

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.honorific, self.given_name, self.family_name) if p)


_EDITABLE = {"role", "organization_id", "invitation", "attendance"}


def attendee_rows(
    session: Session, workshop_id: int, ids: list[int] | None = None
) -> list[AttendeeRow]:
    """The workshop's attendees as rows (only those participations with ``ids``), read in
    ``session`` (the live screen's check-in reads them inside its own unit of work)."""
    stmt = (
        select(Participation, Person, Organization)
        .join(Person, Participation.person_id == Person.id)
        .outerjoin(Organization, Participation.organization_id == Organization.id)
        .where(Participation.workshop_id == workshop_id)
    )
    if ids is not None:
        stmt = stmt.where(Participation.id.in_(ids))
    rows = [
        AttendeeRow(
            id=p.id,
            uuid=p.uuid,
            workshop_id=p.workshop_id,
            person_id=person.id,
            honorific=person.honorific,
            given_name=person.given_name,
            family_name=person.family_name,
            position=person.position,
            email=person.email,
            phone=person.phone,
            organization_id=p.organization_id,
            organization_name=org.name if org else "",
            sector=org.sector if org else None,
            role=p.role,
            invitation=p.invitation,
            attendance=p.attendance,
            arrived_at=p.arrived_at.astimezone(UTC) if p.arrived_at else None,
            organization_short_name=org.short_name if org else "",
        )
        for p, person, org in session.execute(stmt)
    ]
    rows.sort(key=lambda r: (sort_key(r.family_name), sort_key(r.given_name), r.id))
    return rows


def attending_person(
    session: Session, workshop_id: int, person_id, field: str
) -> tuple[Person, Participation]:
    """The person and their participation; refused readably when they do not attend."""
    person = get_or_raise(session, Person, person_id, translate("Errors", "person"))
    participation = session.scalar(
        select(Participation).where(
            Participation.workshop_id == workshop_id, Participation.person_id == person.id
        )
    )
    if participation is None:
        raise ValidationError(
            translate(
                "Errors",
                "{name} does not attend this workshop; add them as an attendee first.",
            ).format(name=person.full_name()),
            field,
        )
    return person, participation


def list_attendees(store: Store, workshop_id: int) -> list[AttendeeRow]:
    """The attendees of a workshop in Turkish alphabetical order of family name."""
    with store.session() as s:
        get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        return attendee_rows(s, workshop_id)


def add_attendee(
    store: Store,
    workshop_id: int,
    person_id: int,
    *,
    role: Role | str = Role.PARTICIPANT,
    organization_id: int | None = None,
    invitation: Invitation | str = Invitation.NOT_INVITED,
    attendance: Attendance | str = Attendance.UNKNOWN,
) -> AttendeeRow:
    """Add a person to a workshop; they represent their current organization unless told."""
    with store.transaction() as s:
        get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        person = get_or_raise(s, Person, person_id, translate("Errors", "person"))
        existing = s.scalar(
            select(Participation.id).where(
                Participation.workshop_id == workshop_id, Participation.person_id == person_id
            )
        )
        if existing is not None:
            raise ConflictError(
                translate("Errors", "{name} already attends this workshop.").format(
                    name=person.full_name()
                )
            )
        if organization_id is None:
            organization_id = person.organization_id
        else:
            get_or_raise(s, Organization, organization_id, translate("Errors", "organization"))
        participation = Participation(
            workshop_id=workshop_id,
            person_id=person_id,
            organization_id=organization_id,
            role=check_choice(role, Role, "role", translate("Fields", "role")),
            invitation=check_choice(
                invitation, Invitation, "invitation", translate("Fields", "invitation")
            ),
            attendance=check_choice(
                attendance, Attendance, "attendance", translate("Fields", "attendance")
            ),
        )
        if participation.attendance is Attendance.PRESENT:
            participation.arrived_at = datetime.now(UTC)
        s.add(participation)
        s.flush()
        return attendee_rows(s, workshop_id, [participation.id])[0]


def update_attendees(store: Store, participation_ids: list[int], **changes) -> dict[int, dict]:
    """Set the same fields on several attendees at once, in one transaction.

    Returns each attendee's previous values of the changed fields (for undo).
    Marking someone present records their arrival time if none was recorded.
    """
    extra = set(changes) - _EDITABLE
    if extra:
        raise ValidationError(f"unknown field(s): {', '.join(sorted(extra))}")
    if not participation_ids:
        return {}
    with store.transaction() as s:
        cleaned: dict = {}
        if "role" in changes:
            cleaned["role"] = check_choice(
                changes["role"], Role, "role", translate("Fields", "role")
            )
        if "invitation" in changes:
            cleaned["invitation"] = check_choice(
                changes["invitation"], Invitation, "invitation", translate("Fields", "invitation")
            )
        if "attendance" in changes:
            cleaned["attendance"] = check_choice(
                changes["attendance"], Attendance, "attendance", translate("Fields", "attendance")
            )
        if "organization_id" in changes:
            if changes["organization_id"] is not None:
                get_or_raise(
                    s, Organization, changes["organization_id"], translate("Errors", "organization")
                )
            cleaned["organization_id"] = changes["organization_id"]
        rows = s.scalars(select(Participation).where(Participation.id.in_(participation_ids))).all()
        if len(rows) != len(set(participation_ids)):
            raise NotFoundError(translate("Errors", "Some of these attendees no longer exist."))
        previous: dict[int, dict] = {}
        now = datetime.now(UTC)
        for p in rows:
            previous[p.id] = {key: getattr(p, key) for key in cleaned}
            for key, value in cleaned.items():
                setattr(p, key, value)
            if "attendance" in cleaned:
                previous[p.id]["arrived_at"] = p.arrived_at
                if p.attendance is Attendance.PRESENT:
                    p.arrived_at = p.arrived_at or now
                else:
                    p.arrived_at = None
        return previous


def attendee_values(
    store: Store, participation_ids: list[int], fields: list[str]
) -> dict[int, dict]:
    """The current values of ``fields`` (e.g. what a bulk edit produced, for redo)."""
    with store.session() as s:
        rows = s.scalars(select(Participation).where(Participation.id.in_(participation_ids)))
        return {p.id: {f: getattr(p, f) for f in fields} for p in rows}


def restore_attendee_values(
    store: Store, previous: dict[int, dict], *, expect: dict[int, dict] | None = None
) -> None:
    """Put back the values ``update_attendees`` returned (undo of a bulk edit).

    ``expect``: per attendee, the values they must still hold (what the edit being
    undone produced); when any changed since — a check-in on the live screen, another
    window — :class:`StaleEditError` is raised and nobody is changed.
    """
    with store.transaction() as s:
        rows = {}
        for participation_id in previous:
            rows[participation_id] = get_or_raise(
                s, Participation, participation_id, translate("Errors", "attendee")
            )
        for participation_id, values in (expect or {}).items():
            if participation_id in rows:
                check_expected(rows[participation_id], values)
        for participation_id, values in previous.items():
            p = rows[participation_id]
            for key, value in values.items():
                setattr(p, key, value)


# What an undo or redo of adding or removing an attendee expects them to still hold.
EXPECTED_FIELDS = ("role", "organization_id", "invitation", "attendance", "arrived_at")


def expected_values(row) -> dict:
    """The values of an attendee (an :class:`AttendeeRow` or a snapshot of
    :func:`remove_attendees`) that removing them again expects to find."""
    if isinstance(row, dict):
        return {key: row[key] for key in EXPECTED_FIELDS}
    return {key: getattr(row, key) for key in EXPECTED_FIELDS}


def check_attendees_expected(
    s: Session, participation_ids: list[int], expect: dict[int, dict] | None
) -> None:
    """Refuse (:class:`StaleEditError`) when an attendee no longer holds the values
    ``expect`` gives for them (:func:`expected_values`); inside the caller's transaction."""
    for participation_id, values in (expect or {}).items():
        if participation_id in participation_ids:
            row = get_or_raise(s, Participation, participation_id, translate("Errors", "attendee"))
            check_expected(row, values, {"organization_id": translate("Fields", "Organization")})


def remove_attendees(
    store: Store, participation_ids: list[int], *, expect: dict[int, dict] | None = None
) -> list[dict]:
    """Remove attendees from their workshop; returns what is needed to restore them exactly.

    ``expect`` (the undo of an add, the redo of a removal): per attendee, the values they
    must still hold (:func:`expected_values`); when any changed since — a check-in on the
    live screen, another window — :class:`StaleEditError` is raised and nobody is removed.
    """
    with store.transaction() as s:
        check_attendees_expected(s, participation_ids, expect)
        return snapshots.take(s, Participation, participation_ids)


def restore_attendees(store: Store, taken: list[dict]) -> None:
    """Bring removed attendees back with the same ids (undo of a removal)."""
    with store.transaction() as s:
        snapshots.put_back(s, Participation, taken)


@dataclass(frozen=True)
class AttendeeCounts:
    total: int
    by_invitation: dict[Invitation, int]
    by_attendance: dict[Attendance, int]
    by_sector: dict[Sector | None, int]


def count_attendees(rows: list[AttendeeRow]) -> AttendeeCounts:
    """Counts by invitation status, attendance and sector of the organization represented."""
    return AttendeeCounts(
        total=len(rows),
        by_invitation=dict(Counter(r.invitation for r in rows)),
        by_attendance=dict(Counter(r.attendance for r in rows)),
        by_sector=dict(Counter(r.sector for r in rows)),
    )
