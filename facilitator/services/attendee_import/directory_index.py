"""What the directory already holds, read once, as matching looks people up: by e-mail,
by folded name and organization, and who already attends the workshop.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.i18n import translate
from facilitator.models import Organization, Participation, Person, Workshop
from facilitator.services._common import get_or_raise
from facilitator.store import Store
from facilitator.text import search_key


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A person of the directory, as matching needs them."""

    id: int
    display_name: str
    organization_id: int | None
    email: str = ""  # as the directory holds it; "" when it holds none


@dataclass(frozen=True)
class DirectoryIndex:
    """The directory and the workshop's attendees, read once, as the preview looks them up."""

    workshop_id: int | None  # None: into the directory only, for no workshop
    workshop_title: str
    people_by_email: dict[str, KnownPerson]
    # Everyone of that name at that organization, in the order they were added.
    people_by_name: dict[tuple[str, int | None], tuple[KnownPerson, ...]]
    organizations: dict[str, int]  # folded name and folded short name → id
    organization_names: dict[int, str]
    attending: frozenset[int]  # person ids already attending the workshop


_BATCH = 500  # rows fetched at a time when reading the directory


def name_match_key(given: str, family: str) -> str:
    return search_key(f"{given} {family}")


def email_match_key(email: str) -> str:
    return email.strip().casefold()


def read_directory(session: Session, workshop_id: int | None) -> DirectoryIndex:
    """Read what matching needs: people by e-mail and by name and organization, organizations
    (``workshop_id`` None: a list imported into the directory only, nobody attends)."""
    workshop = None
    if workshop_id is not None:
        workshop = get_or_raise(session, Workshop, workshop_id, translate("Errors", "workshop"))
    organizations: dict[str, int] = {}
    names: dict[int, str] = {}
    # Read in batches: one fetch of the whole directory runs in C for tens of
    # milliseconds without letting the GUI thread have the interpreter.
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.short_name)
        .order_by(Organization.id)
        .execution_options(yield_per=_BATCH)
    ).all()
    for org_id, name, _short_name in rows:
        names[org_id] = name
        organizations.setdefault(search_key(name), org_id)
    # A full name wins over someone else's short name; short names only fill gaps.
    for org_id, _name, short_name in rows:
        if short_name:
            organizations.setdefault(search_key(short_name), org_id)
    by_email: dict[str, KnownPerson] = {}
    by_name: dict[tuple[str, int | None], list[KnownPerson]] = {}
    for pid, honorific, given, family, email, org_id in session.execute(
        select(
            Person.id,
            Person.honorific,
            Person.given_name,
            Person.family_name,
            Person.email,
            Person.organization_id,
        )
        .order_by(Person.id)
        .execution_options(yield_per=_BATCH)
    ):
        display = " ".join(p for p in (honorific, given, family) if p)
        if org_id is not None:
            display += f" ({names.get(org_id, '')})"
        known = KnownPerson(pid, display, org_id, email or "")
        if email:
            by_email.setdefault(email_match_key(email), known)
        by_name.setdefault((name_match_key(given, family), org_id), []).append(known)
    attending = frozenset(
        session.scalars(
            select(Participation.person_id).where(Participation.workshop_id == workshop_id)
        )
        if workshop_id is not None
        else ()
    )
    return DirectoryIndex(
        workshop_id=workshop_id,
        workshop_title=workshop.title if workshop is not None else "",
        people_by_email=by_email,
        people_by_name={key: tuple(people) for key, people in by_name.items()},
        organizations=organizations,
        organization_names=names,
        attending=attending,
    )


def load_directory(store: Store, workshop_id: int | None) -> DirectoryIndex:
    """:func:`read_directory` in a session of its own (for previews that are rebuilt often)."""
    with store.session() as s:
        return read_directory(s, workshop_id)
