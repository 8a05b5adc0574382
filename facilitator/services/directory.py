"""Organizations and people: the directory shared by every workshop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, InUseError
from facilitator.i18n import translate
from facilitator.models import (
    Attendance,
    Commitment,
    DotVote,
    Idea,
    Invitation,
    Note,
    Organization,
    Participation,
    Person,
    Position,
    Role,
    Sector,
    Series,
    SpeakerTurn,
    Workshop,
)
from facilitator.services._common import (
    check_expected,
    check_fields,
    check_seen,
    clean_query,
    get_or_raise,
    name_list,
    unknown_fields,
)
from facilitator.store import Store
from facilitator.text import (
    name_key,
    person_name,
    search_key,
    sort_key,
    turkish_lower,
    turkish_upper,
)


@dataclass(frozen=True)
class OrganizationRow:
    """An organization as lists show it."""

    id: int
    uuid: str
    name: str
    short_name: str
    sector: Sector
    city: str
    website: str
    people_count: int
    sector_other: str = ""  # the organization's words for "other" ("Meslek birliği")


@dataclass(frozen=True)
class PersonRow:
    """A person as lists show it, with the name of their current organization."""

    id: int
    uuid: str
    honorific: str
    given_name: str
    family_name: str
    position: str
    organization_id: int | None
    organization_name: str
    email: str
    phone: str
    contact_consent: bool
    consent_date: date | None
    # Turkish-folded name, e-mail, position and organization, as search compares them.
    search_text: str = ""

    @property
    def full_name(self) -> str:
        return person_name(self.given_name, self.family_name)

    @property
    def display_name(self) -> str:
        return person_name(self.honorific, self.given_name, self.family_name)


# -- organizations -----------------------------------------------------------------

_ORG_FIELDS = {"name", "short_name", "sector", "sector_other", "city", "website"}


def _org_labels() -> dict[str, str]:
    return {
        "name": translate("Fields", "Name"),
        "short_name": translate("Fields", "Short name"),
        "sector": translate("Fields", "sector"),
        "sector_other": translate("Fields", "Other sector"),
        "city": translate("Fields", "City"),
        "website": translate("Fields", "Website"),
    }


def _clean_org_values(changes: dict) -> dict:
    """The organization's fields as stored (the name not yet compared with the others)."""
    unknown_fields(changes, _ORG_FIELDS)
    return check_fields("organization", changes, _org_labels())


def _clean_org(session: Session, changes: dict, org_id: int | None) -> dict:
    cleaned = _clean_org_values(changes)
    if "name" in cleaned:
        folded = name_key(cleaned["name"])
        for other_id, other_name in session.execute(select(Organization.id, Organization.name)):
            if other_id != org_id and name_key(other_name) == folded:
                raise ConflictError(
                    translate("Errors", "An organization named “{name}” already exists.").format(
                        name=other_name
                    )
                )
    return cleaned


def create_organization(store: Store, name: str, **fields) -> OrganizationRow:
    with store.transaction() as s:
        org = _add_organization(s, {"name": name, **fields})
        return _org_row(org, 0)


def _add_organization(session: Session, values: dict) -> Organization:
    org = Organization(**_clean_org(session, values, None))
    session.add(org)
    session.flush()
    return org


# Words in an organization's name that say its sector, as Turkish names say it, most telling
# first; compared with the name's words folded by name_key ("Odası" → "odasi"). A stem of five
# letters or more also matches the words it begins ("kooperatif" → "kooperatifi").
_SECTOR_WORDS: tuple[tuple[Sector, tuple[str, ...]], ...] = (
    (Sector.COOPERATIVE, ("kooperatif", "cooperative")),
    (Sector.CHAMBER, ("odasi", "odalari", "borsasi", "barosu", "chamber")),
    (Sector.UNIVERSITY, ("universite", "university", "fakultesi")),
    (Sector.FOUNDATION, ("vakfi", "vakif", "foundation")),
    (Sector.NGO, ("dernek", "dernegi", "federasyon", "association")),
    (Sector.PUBLIC, ("belediye", "valiligi", "kaymakamligi", "bakanligi", "mudurlugu")),
    (Sector.MEDIA, ("gazete", "televizyon", "radyo", "tv", "fm", "ajansi")),
    (Sector.COMPANY, ("a.s.", "as", "ltd", "ltd.", "sti", "sti.", "holding", "grup", "san.")),
)


def guess_sector(name: str) -> Sector | None:
    """The sector an organization's name tells ("… Kooperatifi", "… Odası", "… A.Ş."), or
    None when it tells none; a new organization's form starts with it."""
    words = name_key(name).split()
    for sector, stems in _SECTOR_WORDS:
        for stem in stems:
            if any(w == stem or (len(stem) >= 5 and w.startswith(stem)) for w in words):
                return sector
    return None


def check_organization_values(values: dict) -> None:
    """Refuse (:class:`ValidationError`, its message readable) values a new organization
    cannot have; whether the name is taken is known only when it is created."""
    _clean_org_values(values)


def update_organization(
    store: Store, org_id: int, *, expect: dict | None = None, seen: dict | None = None, **changes
) -> OrganizationRow:
    """Change some fields of an organization; the whole change is refused if any is wrong.

    ``expect`` (an undo's or redo's): the values the fields must still hold, else
    :class:`StaleEditError` and nothing changes. ``seen`` (an edit's): the values the user
    saw, else :class:`ChangedElsewhereError` naming the field and its new value.
    """
    with store.transaction() as s:
        org = get_or_raise(s, Organization, org_id, translate("Errors", "organization"))
        if expect:
            check_expected(org, _clean_org_values(expect), _org_labels())
        check_seen(org, seen, _clean_org_values, _org_labels())
        for key, value in _clean_org(s, changes, org_id).items():
            setattr(org, key, value)
        s.flush()
        count = s.scalar(select(func.count()).where(Person.organization_id == org_id))
        return _org_row(org, count or 0)


def _org_row(org: Organization, people_count: int) -> OrganizationRow:
    return OrganizationRow(
        id=org.id,
        uuid=org.uuid,
        name=org.name,
        short_name=org.short_name,
        sector=org.sector,
        city=org.city,
        website=org.website,
        people_count=people_count,
        sector_other=org.sector_other,
    )


def list_organizations(store: Store, query: str = "") -> list[OrganizationRow]:
    """Organizations in Turkish alphabetical order, filtered by a Turkish-aware search."""
    counts = (
        select(Person.organization_id, func.count().label("n"))
        .group_by(Person.organization_id)
        .subquery()
    )
    stmt = select(Organization, func.coalesce(counts.c.n, 0)).outerjoin(
        counts, counts.c.organization_id == Organization.id
    )
    for word in search_key(clean_query(query)).split():
        stmt = stmt.where(Organization.search_text.contains(word, autoescape=True))
    with store.session() as s:
        rows = [_org_row(org, n) for org, n in s.execute(stmt)]
    rows.sort(key=lambda r: sort_key(r.name))
    return rows


def get_organization(store: Store, org_id: int) -> OrganizationRow:
    with store.session() as s:
        org = get_or_raise(s, Organization, org_id, translate("Errors", "organization"))
        count = s.scalar(select(func.count()).where(Person.organization_id == org_id))
        return _org_row(org, count or 0)


def organization_references(session: Session, org_id: int) -> list[str]:
    """Human-readable list of what points to an organization (empty when nothing does)."""
    parts: list[str] = []

    def add(label, names: list[str]) -> None:
        if names:
            parts.append(f"{label(len(names))} ({name_list(names)})")

    people = session.scalars(select(Person).where(Person.organization_id == org_id)).all()
    add(
        lambda n: translate("Errors", "%n person(s)", None, n),
        sorted((p.full_name() for p in people), key=sort_key),
    )
    commitments = session.scalars(
        select(Commitment.title).where(Commitment.organization_id == org_id)
    ).all()
    add(lambda n: translate("Errors", "%n commitment(s)", None, n), list(commitments))
    participations = session.execute(
        select(Workshop.title)
        .join(Participation, Participation.workshop_id == Workshop.id)
        .where(Participation.organization_id == org_id)
        .distinct()
    ).scalars()
    add(lambda n: translate("Errors", "attendees of %n workshop(s)", None, n), list(participations))
    hosted = session.scalars(select(Workshop.title).where(Workshop.host_id == org_id)).all()
    add(lambda n: translate("Errors", "%n hosted workshop(s)", None, n), list(hosted))
    coordinated = session.scalars(select(Series.title).where(Series.coordinator_id == org_id)).all()
    add(lambda n: translate("Errors", "%n coordinated series", None, n), list(coordinated))
    positions = session.scalar(
        select(func.count()).select_from(Position).where(Position.organization_id == org_id)
    )
    if positions:
        parts.append(translate("Errors", "%n recorded position(s)", None, positions))
    _count_board(session, Idea.organization_id, DotVote.organization_id, org_id, parts)
    return parts


def _count_board(session: Session, idea_column, vote_column, row_id: int, parts: list) -> None:
    """The ideas given by (or for) a person or institution and the dots put by it or in its
    name: deleting it would leave them without their author or voter."""
    given = session.scalar(select(func.count()).select_from(Idea).where(idea_column == row_id))
    if given:
        parts.append(translate("Errors", "%n idea(s) on an ideas board", None, given))
    dots = session.scalar(select(func.sum(DotVote.dots)).where(vote_column == row_id))
    if dots:
        parts.append(translate("Errors", "%n dot(s) in dot rounds", None, dots))


def delete_organization(store: Store, org_id: int) -> None:
    """Delete an organization nothing refers to; otherwise say what refers to it."""
    with store.transaction() as s:
        org = get_or_raise(s, Organization, org_id, translate("Errors", "organization"))
        refs = organization_references(s, org_id)
        if refs:
            raise InUseError(
                translate("Errors", "“{name}” cannot be deleted: {refs} refer to it.").format(
                    name=org.name, refs="; ".join(refs)
                )
            )
        s.delete(org)


# -- people ------------------------------------------------------------------------

_PERSON_FIELDS = {
    "honorific",
    "given_name",
    "family_name",
    "position",
    "organization_id",
    "email",
    "phone",
    "contact_consent",
    "consent_date",
}


def _person_labels() -> dict[str, str]:
    return {
        "honorific": translate("Fields", "Honorific"),
        "given_name": translate("Fields", "Given name"),
        "family_name": translate("Fields", "Family name"),
        "position": translate("Fields", "Position"),
        "email": translate("Fields", "E-mail"),
        "phone": translate("Fields", "Phone"),
        "contact_consent": translate("Fields", "Contact consent"),
        "consent_date": translate("Fields", "The consent date"),
    }


def clean_person(session: Session | None, changes: dict) -> dict:
    """The person's fields as stored; ``session`` is needed only to check an organization."""
    unknown_fields(changes, _PERSON_FIELDS)
    cleaned = check_fields("person", changes, _person_labels())
    if "organization_id" in changes:
        org_id = changes["organization_id"]
        if org_id is not None:
            get_or_raise(session, Organization, org_id, translate("Errors", "organization"))
        cleaned["organization_id"] = org_id
    return cleaned


def _person_row(person: Person, org_name: str) -> PersonRow:
    return PersonRow(
        id=person.id,
        uuid=person.uuid,
        honorific=person.honorific,
        given_name=person.given_name,
        family_name=person.family_name,
        position=person.position,
        organization_id=person.organization_id,
        organization_name=org_name,
        email=person.email,
        phone=person.phone,
        contact_consent=person.contact_consent,
        consent_date=person.consent_date,
    )


def create_person(store: Store, given_name: str, family_name: str = "", **fields) -> PersonRow:
    with store.transaction() as s:
        values = clean_person(s, {"given_name": given_name, "family_name": family_name, **fields})
        person = Person(**values)
        s.add(person)
        s.flush()
        org = s.get(Organization, person.organization_id) if person.organization_id else None
        return _person_row(person, org.name if org else "")


def check_person_values(values: dict) -> None:
    """Refuse (:class:`ValidationError`, its message readable) values a new person cannot
    have: no given name, an e-mail address that is none, a text too long."""
    clean_person(None, {"given_name": "", **values} | {"organization_id": None})


@dataclass(frozen=True)
class NewPerson:
    """Someone just added to the directory, and the organization made with them (if any)."""

    person: PersonRow
    organization_id: int | None  # created with them; None when they joined an existing one


def add_person_in(
    session: Session, person: dict, organization: dict | None = None
) -> tuple[Person, Organization | None]:
    """Create a person (and, given ``organization``'s values, the new organization they
    work for) inside the caller's transaction; all of it is refused if any value is wrong."""
    org = _add_organization(session, organization) if organization is not None else None
    values = {"given_name": "", **person}  # without a given name: refused as missing
    if org is not None:
        values["organization_id"] = org.id
    created = Person(**clean_person(session, values))
    session.add(created)
    session.flush()
    return created, org


def create_person_with_organization(
    store: Store, person: dict, organization: dict | None = None
) -> NewPerson:
    """Create someone, and the organization they work for when it is new, in one step."""
    with store.transaction() as s:
        created, org = add_person_in(s, person, organization)
        current = org or (
            s.get(Organization, created.organization_id) if created.organization_id else None
        )
        return NewPerson(_person_row(created, current.name if current else ""), org and org.id)


def take_new_person(store: Store, made: NewPerson) -> dict[str, list[dict]]:
    """Take out someone :func:`create_person_with_organization` made, with the organization
    made with them (undo); a person or organization used since stays."""
    from facilitator.services import snapshots

    with store.transaction() as s:
        return take_new_person_in(s, made.person.id, made.organization_id, snapshots)


def take_new_person_in(session: Session, person_id: int, org_id: int | None, snapshots) -> dict:
    people = [] if person_references(session, person_id) else [person_id]
    taken_people = snapshots.take(session, Person, people)
    orgs = [org_id] if org_id is not None and not organization_references(session, org_id) else []
    return {"people": taken_people, "organizations": snapshots.take(session, Organization, orgs)}


def put_new_person_back(store: Store, taken: dict[str, list[dict]]) -> None:
    """Put back what :func:`take_new_person` took (redo), with the same ids."""
    from facilitator.services import snapshots

    with store.transaction() as s:
        snapshots.put_back(s, Organization, taken["organizations"])
        snapshots.put_back(s, Person, taken["people"])


def prefill_person(typed: str) -> dict[str, str]:
    """What a new person's form starts with, from what was typed to find them.

    "prof. dr. ayşe nur yılmaz" gives honorific "Prof. Dr.", given name "Ayşe Nur" and
    family name "Yılmaz": the last word is the family name, a title in front is the
    honorific, and text typed all in lower case gets Turkish capitals ("ismail ışık" →
    "İsmail Işık"); text typed with capitals is kept as typed ("Ayşe YILMAZ"). An e-mail
    address is the e-mail.
    """
    from facilitator.services.attendee_import.columns import split_full_name

    text = " ".join(typed.split())
    if "@" in text and " " not in text:
        return {"honorific": "", "given_name": "", "family_name": "", "email": text}
    if text and text == turkish_lower(text):
        text = _capitalised(text)
    honorific, given, family = split_full_name(text)
    return {"honorific": honorific, "given_name": given, "family_name": family, "email": ""}


def _capitalised(text: str) -> str:
    """Each word's first letter (and the first after a hyphen) in Turkish capitals."""
    out = []
    start = True
    for ch in text:
        out.append(turkish_upper(ch) if start and ch.isalpha() else ch)
        start = ch in " -'’"
    return "".join(out)


def update_person(
    store: Store, person_id: int, *, expect: dict | None = None, seen: dict | None = None, **changes
) -> PersonRow:
    """Change some fields of a person; the whole change is refused if any value is wrong.

    ``expect`` (an undo's or redo's): the values the fields must still hold, else
    :class:`StaleEditError` and nothing changes. ``seen`` (an edit's): the values the user
    saw, else :class:`ChangedElsewhereError` naming the field and its new value.
    """
    with store.transaction() as s:
        person = get_or_raise(s, Person, person_id, translate("Errors", "person"))
        labels = {**_person_labels(), "organization_id": translate("Fields", "Organization")}
        if expect:
            check_expected(person, clean_person(s, expect), labels)
        check_seen(person, seen, lambda values: clean_person(s, values), labels)
        for key, value in clean_person(s, changes).items():
            setattr(person, key, value)
        s.flush()
        org = s.get(Organization, person.organization_id) if person.organization_id else None
        return _person_row(person, org.name if org else "")


def get_person(store: Store, person_id: int) -> PersonRow:
    with store.session() as s:
        person = get_or_raise(s, Person, person_id, translate("Errors", "person"))
        org = s.get(Organization, person.organization_id) if person.organization_id else None
        return _person_row(person, org.name if org else "")


def list_people(store: Store, query: str = "") -> list[PersonRow]:
    """People sorted by family then given name (Turkish order), filtered Turkish-aware.

    Every word of the query must occur in the person's name, e-mail or position,
    or in the name of their organization.
    """
    # Plain columns, not ORM objects: a directory of 10,000 people loads in a blink.
    stmt = select(
        Person.id,
        Person.uuid,
        Person.honorific,
        Person.given_name,
        Person.family_name,
        Person.position,
        Person.organization_id,
        func.coalesce(Organization.name, ""),
        Person.email,
        Person.phone,
        Person.contact_consent,
        Person.consent_date,
        Person.search_text,
        func.coalesce(Organization.search_text, ""),
    ).outerjoin(Organization, Person.organization_id == Organization.id)
    words = search_key(clean_query(query)).split()
    with store.session() as s:
        rows = []
        for values in s.execute(stmt):
            folded = f"{values[12]} {values[13]}"
            if not words or all(w in folded for w in words):
                rows.append(PersonRow(*values[:12], search_text=folded))
    rows.sort(key=lambda r: (sort_key(r.family_name), sort_key(r.given_name)))
    return rows


def organization_choices(store: Store) -> list[tuple[int, str]]:
    """(id, name) of every organization in Turkish alphabetical order, for choosers."""
    with store.session() as s:
        rows = list(s.execute(select(Organization.id, Organization.name)))
    rows.sort(key=lambda r: sort_key(r[1]))
    return [(r[0], r[1]) for r in rows]


def person_references(session: Session, person_id: int) -> list[str]:
    parts: list[str] = []
    workshops = session.scalars(
        select(Workshop.title)
        .join(Participation, Participation.workshop_id == Workshop.id)
        .where(Participation.person_id == person_id)
    ).all()
    if workshops:
        parts.append(
            translate("Errors", "attends %n workshop(s)", None, len(workshops))
            + f" ({name_list(list(workshops))})"
        )
    moderated = session.scalars(
        select(Workshop.title).where(Workshop.moderator_id == person_id)
    ).all()
    if moderated:
        parts.append(
            translate("Errors", "moderates %n workshop(s)", None, len(moderated))
            + f" ({name_list(list(moderated))})"
        )
    counted = (
        (Note, Note.speaker_id, lambda n: translate("Errors", "%n attributed note(s)", None, n)),
        (
            SpeakerTurn,
            SpeakerTurn.person_id,
            lambda n: translate("Errors", "%n speaker turn(s)", None, n),
        ),
        (
            Position,
            Position.person_id,
            lambda n: translate("Errors", "%n recorded position(s)", None, n),
        ),
        (
            Commitment,
            Commitment.person_id,
            lambda n: translate("Errors", "%n commitment(s)", None, n),
        ),
    )
    for model, column, label in counted:
        n = session.scalar(select(func.count()).select_from(model).where(column == person_id))
        if n:
            parts.append(label(n))
    _count_board(session, Idea.author_id, DotVote.person_id, person_id, parts)
    return parts


def delete_person(store: Store, person_id: int) -> None:
    """Delete a person who appears in no workshop record; otherwise say where they appear."""
    with store.transaction() as s:
        person = get_or_raise(s, Person, person_id, translate("Errors", "person"))
        refs = person_references(s, person_id)
        if refs:
            raise InUseError(
                translate("Errors", "“{name}” cannot be deleted: {refs}.").format(
                    name=person.full_name(), refs="; ".join(refs)
                )
            )
        s.delete(person)


def count_people(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Person)) or 0


@dataclass(frozen=True)
class PersonWorkshop:
    """One workshop a person attended (or was invited to), for their page."""

    workshop_id: int
    title: str
    planned_start: datetime
    role: Role
    invitation: Invitation
    attendance: Attendance
    organization_name: str
    time_zone: str  # the workshop's: its day is shown in it


def person_workshops(store: Store, person_id: int) -> list[PersonWorkshop]:
    """The workshops of a person, newest first, with the organization they represented."""
    stmt = (
        select(Workshop, Participation, Organization.name)
        .join(Participation, Participation.workshop_id == Workshop.id)
        .outerjoin(Organization, Participation.organization_id == Organization.id)
        .where(Participation.person_id == person_id)
        .order_by(Workshop.planned_start.desc())
    )
    with store.session() as s:
        get_or_raise(s, Person, person_id, translate("Errors", "person"))
        return [
            PersonWorkshop(
                w.id,
                w.title,
                w.planned_start.astimezone(UTC),
                p.role,
                p.invitation,
                p.attendance,
                org_name or "",
                w.time_zone,
            )
            for w, p, org_name in s.execute(stmt)
        ]


def take_people(store: Store, person_ids: list[int]) -> list[dict]:
    """Remove people nobody refers to any more, keeping what restores them exactly (undo)."""
    from facilitator.services import snapshots

    with store.transaction() as s:
        return snapshots.take(s, Person, person_ids)


def put_people_back(store: Store, taken: list[dict]) -> None:
    """Restore people removed by :func:`take_people`, with the same ids."""
    from facilitator.services import snapshots

    with store.transaction() as s:
        snapshots.put_back(s, Person, taken)
