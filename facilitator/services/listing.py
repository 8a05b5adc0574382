"""Light read-only lists for the start-up path: series and workshops for the sidebar.

Written with SQLAlchemy Core over the table names, so opening the window does
not wait for the ORM mapping of the whole domain to be built. The rows are
the same plain values the rest of the services use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Integer, String, column, func, select, table

from facilitator.i18n import translate
from facilitator.models.enums import WorkshopStatus
from facilitator.models.types import UTCDateTime
from facilitator.services._common import MAX_YEAR, MIN_YEAR, check_id, not_found
from facilitator.store import Store
from facilitator.text import person_name, sort_key

_series = table("series", column("id", Integer), column("title", String))
_workshop = table(
    "workshop",
    column("id", Integer),
    column("series_id", Integer),
    column("number", Integer),
    column("title", String),
    column("planned_start", UTCDateTime),
    column("planned_end", UTCDateTime),
    column("time_zone", String),
    column("status", String),
    column("session_started_at", UTCDateTime),
    column("uuid", String),
    column("guiding_question", String),
    column("venue_name", String),
    column("venue_address", String),
    column("host_id", Integer),
    column("moderator_id", Integer),
    column("language", String),
    column("objectives", String),
)
_organization = table(
    "organization", column("id", Integer), column("name", String), column("short_name", String)
)
_person = table(
    "person",
    column("id", Integer),
    column("honorific", String),
    column("given_name", String),
    column("family_name", String),
    column("email", String),
    column("organization_id", Integer),
)
_participation = table("participation", column("workshop_id", Integer))
_agenda_item = table("agenda_item", column("workshop_id", Integer))


class StoredTime(datetime):
    """A stored time too far from today to be moved to every time zone (a database written
    before the 1900–2200 rule may hold year 1 or 9999 from a bundle): moving it to a zone
    where it would fall off the calendar gives it back as stored, in UTC, instead of failing
    — one such row must not break the list of every workshop."""

    def astimezone(self, tz=None):
        try:
            return super().astimezone(tz)
        except (OverflowError, ValueError):
            return self


def _shown_time(value: datetime | None) -> datetime | None:
    """``value``, made safe to show in any time zone when it lies outside 1900–2200."""
    if value is None or MIN_YEAR <= value.year <= MAX_YEAR:
        return value
    return StoredTime(
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
        tzinfo=value.tzinfo,
    )


@dataclass(frozen=True)
class SeriesTitle:
    """A series as the sidebar shows it."""

    id: int
    title: str


@dataclass(frozen=True)
class WorkshopListItem:
    """One line of a workshop list (the sidebar, ``facilitator list workshops``)."""

    id: int
    series_id: int | None
    number: int | None
    title: str
    planned_start: datetime
    status: WorkshopStatus
    time_zone: str  # IANA name: its day and time are shown in it


@dataclass(frozen=True)
class WorkshopRow:
    """Every field of a workshop, with the names the page header shows."""

    id: int
    uuid: str
    series_id: int | None
    series_title: str
    number: int | None
    title: str
    guiding_question: str
    planned_start: datetime
    planned_end: datetime
    venue_name: str
    venue_address: str
    host_id: int | None
    host_name: str
    moderator_id: int | None
    moderator_name: str
    language: str
    time_zone: str  # IANA name: its times are shown in it
    status: WorkshopStatus
    objectives: str
    attendee_count: int
    agenda_count: int
    # Its session started (or it is recorded held): its times are facts, and another zone
    # only shows them on other clocks (:func:`session_started`).
    started: bool = False


def session_started(status: WorkshopStatus | str, started_at: datetime | None) -> bool:
    """Its session started, or it is recorded as held: its times are facts from then on."""
    return started_at is not None or WorkshopStatus(status) not in (
        WorkshopStatus.DRAFT,
        WorkshopStatus.SCHEDULED,
    )


def _workshop_select(workshop_id: int):
    w = _workshop.c
    attendees = (
        select(func.count())
        .select_from(_participation)
        .where(_participation.c.workshop_id == w.id)
        .scalar_subquery()
    )
    agenda = (
        select(func.count())
        .select_from(_agenda_item)
        .where(_agenda_item.c.workshop_id == w.id)
        .scalar_subquery()
    )
    return (
        select(
            _workshop,
            _series.c.title.label("series_title"),
            _organization.c.name.label("host_name"),
            _person.c.honorific,
            _person.c.given_name,
            _person.c.family_name,
            attendees.label("attendee_count"),
            agenda.label("agenda_count"),
        )
        .outerjoin(_series, _series.c.id == w.series_id)
        .outerjoin(_organization, _organization.c.id == w.host_id)
        .outerjoin(_person, _person.c.id == w.moderator_id)
        .where(w.id == workshop_id)
    )


def read_workshop(executor, workshop_id: int) -> WorkshopRow:
    """The workshop ``workshop_id`` as the page shows it, read through ``executor`` (a
    connection, or a session in the middle of its unit of work: what it flushed is seen).

    Core over the table names: the start page is filled before the ORM is mapped.
    Raises NotFoundError when there is no such workshop.
    """
    what = translate("Errors", "workshop")
    r = executor.execute(_workshop_select(check_id(workshop_id, what))).first()
    if r is None:
        raise not_found(what, workshop_id)
    return WorkshopRow(
        id=r.id,
        uuid=r.uuid,
        series_id=r.series_id,
        series_title=r.series_title or "",
        number=r.number,
        title=r.title,
        guiding_question=r.guiding_question,
        # In UTC as stored, whether the row was just read or just written.
        planned_start=r.planned_start.astimezone(UTC),
        planned_end=r.planned_end.astimezone(UTC),
        venue_name=r.venue_name,
        venue_address=r.venue_address,
        host_id=r.host_id,
        host_name=r.host_name or "",
        moderator_id=r.moderator_id,
        moderator_name=person_name(r.honorific, r.given_name, r.family_name),
        language=r.language,
        time_zone=r.time_zone,
        status=WorkshopStatus(r.status),
        objectives=r.objectives,
        attendee_count=r.attendee_count or 0,
        agenda_count=r.agenda_count or 0,
        started=session_started(r.status, r.session_started_at),
    )


def get_workshop(store: Store, workshop_id: int) -> WorkshopRow:
    with store.connection() as conn:
        return read_workshop(conn, workshop_id)


@dataclass(frozen=True)
class OrganizationChoice:
    """An organization as a chooser offers it."""

    id: int
    name: str
    short_name: str


@dataclass(frozen=True)
class PersonChoice:
    """A person as a chooser offers them: found by name, organization and e-mail."""

    id: int
    display_name: str
    organization_name: str
    email: str


def organization_choices(store: Store) -> list[OrganizationChoice]:
    """Every organization, in Turkish alphabetical order of name."""
    o = _organization.c
    with store.connection() as conn:
        rows = [
            OrganizationChoice(r.id, r.name, r.short_name or "")
            for r in conn.execute(select(o.id, o.name, o.short_name))
        ]
    rows.sort(key=lambda r: sort_key(r.name))
    return rows


def person_choices(store: Store) -> list[PersonChoice]:
    """Every person, by family then given name in Turkish order, with their organization."""
    p = _person.c
    stmt = select(
        p.id,
        p.honorific,
        p.given_name,
        p.family_name,
        p.email,
        _organization.c.name.label("organization_name"),
    ).outerjoin(_organization, _organization.c.id == p.organization_id)
    with store.connection() as conn:
        rows = list(conn.execute(stmt))
    rows.sort(key=lambda r: (sort_key(r.family_name), sort_key(r.given_name)))
    return [
        PersonChoice(
            r.id,
            person_name(r.honorific, r.given_name, r.family_name),
            r.organization_name or "",
            r.email or "",
        )
        for r in rows
    ]


def series_titles(store: Store) -> list[SeriesTitle]:
    """Every series, in Turkish alphabetical order of title."""
    with store.connection() as conn:
        rows = [SeriesTitle(r.id, r.title) for r in conn.execute(select(_series))]
    rows.sort(key=lambda r: sort_key(r.title))
    return rows


def list_workshops(store: Store, series_id: int | None = None) -> list[WorkshopListItem]:
    """Workshops by date (then id); all of them, or those of one series."""
    w = _workshop.c
    stmt = select(
        w.id, w.series_id, w.number, w.title, w.planned_start, w.status, w.time_zone
    ).order_by(w.planned_start, w.id)
    if series_id is not None:
        stmt = stmt.where(w.series_id == series_id)
    with store.connection() as conn:
        return [
            WorkshopListItem(
                r.id,
                r.series_id,
                r.number,
                r.title,
                _shown_time(r.planned_start),
                WorkshopStatus(r.status),
                r.time_zone,
            )
            for r in conn.execute(stmt)
        ]


def is_empty(store: Store) -> bool:
    """True for a database with nothing in it yet (no series, workshop, person or organization)."""
    with store.connection() as conn:
        return all(
            conn.execute(select(func.count()).select_from(table(name))).scalar() == 0
            for name in ("series", "workshop", "person", "organization")
        )


def count_workshops(store: Store) -> int:
    with store.connection() as conn:
        return conn.execute(select(func.count()).select_from(_workshop)).scalar() or 0


def next_workshop_id(store: Store, now: datetime) -> int | None:
    """The workshop to open on start: one in session, else the next upcoming, else the latest."""
    w = _workshop.c
    with store.connection() as conn:
        live = conn.execute(
            select(w.id).where(w.status == WorkshopStatus.IN_SESSION.value).limit(1)
        ).scalar()
        if live is not None:
            return live
        upcoming = conn.execute(
            select(w.id).where(w.planned_end >= now).order_by(w.planned_start).limit(1)
        ).scalar()
        if upcoming is not None:
            return upcoming
        return conn.execute(select(w.id).order_by(w.planned_start.desc()).limit(1)).scalar()


def workshop_in_session(store: Store) -> tuple[int, str] | None:
    """(id, title) of the workshop whose session is running, if any (to resume it)."""
    w = _workshop.c
    with store.connection() as conn:
        row = conn.execute(
            select(w.id, w.title)
            .where(w.status == WorkshopStatus.IN_SESSION.value)
            # The most recently started, as live.resume_info; NULLs last on PostgreSQL too.
            .order_by(w.session_started_at.is_(None), w.session_started_at.desc(), w.id.desc())
            .limit(1)
        ).first()
    return (row.id, row.title) if row else None
