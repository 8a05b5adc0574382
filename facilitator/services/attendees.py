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
from facilitator.services._common import check_choice, check_expected, check_seen, get_or_raise
from facilitator.store import Store
from facilitator.text import person_name, sort_key


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
        return person_name(self.given_name, self.family_name)

    @property
    def display_name(self) -> str:
        return person_name(self.honorific, self.given_name, self.family_name)


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


# -- someone new, made and added in one step ------------------------------------------------


@dataclass(frozen=True)
class NewAttendee:
    """Someone created for a workshop and added to it, with the organization made with them."""

    attendee: AttendeeRow
    organization_id: int | None  # created with them; None when they joined an existing one


def add_new_person(
    store: Store, workshop_id: int, person: dict, organization: dict | None = None
) -> NewAttendee:
    """Create someone (and, given ``organization``'s values, their new organization) and add
    them to the workshop, in one transaction: all of it, or nothing when a value is wrong."""
    from facilitator.services.directory import add_person_in

    with store.transaction() as s:
        get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        created, org = add_person_in(s, person, organization)
        participation = Participation(
            workshop_id=workshop_id,
            person_id=created.id,
            organization_id=created.organization_id,
            role=Role.PARTICIPANT,
            invitation=Invitation.NOT_INVITED,
            attendance=Attendance.UNKNOWN,
        )
        s.add(participation)
        s.flush()
        row = attendee_rows(s, workshop_id, [participation.id])[0]
        return NewAttendee(row, org.id if org is not None else None)


def take_new_person(store: Store, made: NewAttendee) -> dict[str, list[dict]]:
    """Undo :func:`add_new_person`: the attendee, then the person and the organization made
    with them unless used since. Refused (:class:`StaleEditError`) when the attendee
    changed since (a check-in on the live screen), and then nothing is taken."""
    from facilitator.services.directory import take_new_person_in

    row = made.attendee
    with store.transaction() as s:
        check_attendees_expected(s, [row.id], {row.id: expected_values(row)})
        taken = {"participations": snapshots.take(s, Participation, [row.id])}
        return taken | take_new_person_in(s, row.person_id, made.organization_id, snapshots)


def put_new_person_back(store: Store, taken: dict[str, list[dict]]) -> None:
    """Redo :func:`add_new_person`: what :func:`take_new_person` took, with the same ids."""
    with store.transaction() as s:
        snapshots.put_back(s, Organization, taken["organizations"])
        snapshots.put_back(s, Person, taken["people"])
        snapshots.put_back(s, Participation, taken["participations"])


# -- the moderator: the workshop's field and the attendee's role go together ---------------


@dataclass(frozen=True)
class ModeratorChange:
    """What :func:`set_moderator` did, for its undo and redo."""

    workshop_id: int
    before: int | None  # the moderator before (a person)
    after: int | None
    added: int | None  # the participation made for the new moderator, if they did not attend
    roles: dict[int, tuple[Role, Role]]  # participation → (role before, role after)


def set_moderator(
    store: Store, workshop_id: int, person_id: int | None, *, seen: dict | None = None
) -> ModeratorChange:
    """Make someone the workshop's moderator, and its attendee with the moderator role.

    They are added as an attendee if they were not one. The moderator they replace, if
    they held the moderator role, takes part as a participant from now on. One
    transaction: the Overview and the Attendees never disagree.

    ``seen`` (an edit's): ``{"moderator_id": …}`` as the user saw it, else
    :class:`ChangedElsewhereError` naming the moderator now.
    """
    with store.transaction() as s:
        workshop = get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        labels = {"moderator_id": translate("Fields", "Moderator")}
        check_seen(workshop, seen, lambda values: values, labels)
        before = workshop.moderator_id
        person = None
        if person_id is not None:
            person = get_or_raise(s, Person, person_id, translate("Errors", "person"))
        roles: dict[int, tuple[Role, Role]] = {}
        if before is not None and before != person_id:
            previous = _participation(s, workshop_id, before)
            if previous is not None and previous.role is Role.MODERATOR:
                roles[previous.id] = (Role.MODERATOR, Role.PARTICIPANT)
                previous.role = Role.PARTICIPANT
        added = None
        if person is not None:
            current = _participation(s, workshop_id, person.id)
            if current is None:
                current = Participation(
                    workshop_id=workshop_id,
                    person_id=person.id,
                    organization_id=person.organization_id,
                    role=Role.MODERATOR,
                    invitation=Invitation.NOT_INVITED,
                    attendance=Attendance.UNKNOWN,
                )
                s.add(current)
                s.flush()
                added = current.id
            elif current.role is not Role.MODERATOR:
                roles[current.id] = (current.role, Role.MODERATOR)
                current.role = Role.MODERATOR
        workshop.moderator_id = person_id
        s.flush()
        return ModeratorChange(workshop_id, before, person_id, added, roles)


def _participation(s: Session, workshop_id: int, person_id: int) -> Participation | None:
    return s.scalar(
        select(Participation).where(
            Participation.workshop_id == workshop_id, Participation.person_id == person_id
        )
    )


def _check_moderator(s: Session, change: ModeratorChange, moderator, roles: dict[int, Role]):
    workshop = get_or_raise(s, Workshop, change.workshop_id, translate("Errors", "workshop"))
    check_expected(
        workshop, {"moderator_id": moderator}, {"moderator_id": translate("Fields", "Moderator")}
    )
    for participation_id, role in roles.items():
        row = get_or_raise(s, Participation, participation_id, translate("Errors", "attendee"))
        check_expected(row, {"role": role})
    return workshop


def undo_moderator(store: Store, change: ModeratorChange) -> list[dict]:
    """Put back the moderator and the roles before :func:`set_moderator`, and take out the
    attendee it added; refused (:class:`StaleEditError`) when any changed since."""
    with store.transaction() as s:
        after = {pid: new for pid, (_old, new) in change.roles.items()}
        if change.added is not None:
            after[change.added] = Role.MODERATOR
        workshop = _check_moderator(s, change, change.after, after)
        for participation_id, (old, _new) in change.roles.items():
            s.get(Participation, participation_id).role = old
        taken = []
        if change.added is not None:
            added = s.get(Participation, change.added)
            check_expected(added, {"attendance": Attendance.UNKNOWN, "arrived_at": None})
            taken = snapshots.take(s, Participation, [change.added])
        workshop.moderator_id = change.before
        return taken


def redo_moderator(store: Store, change: ModeratorChange, taken: list[dict]) -> None:
    """Make :func:`set_moderator`'s change again after its undo (the same attendee back)."""
    with store.transaction() as s:
        before = {pid: old for pid, (old, _new) in change.roles.items()}
        workshop = _check_moderator(s, change, change.before, before)
        for participation_id, (_old, new) in change.roles.items():
            s.get(Participation, participation_id).role = new
        snapshots.put_back(s, Participation, taken)
        workshop.moderator_id = change.after
