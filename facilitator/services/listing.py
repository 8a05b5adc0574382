"""Light read-only lists for the start-up path: series and workshops for the sidebar.

Written with SQLAlchemy Core over the table names, so opening the window does
not wait for the ORM mapping of the whole domain to be built. The rows are
the same plain values the rest of the services use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, String, column, func, select, table

from facilitator.models.enums import WorkshopStatus
from facilitator.models.types import UTCDateTime
from facilitator.services._common import MAX_YEAR, MIN_YEAR
from facilitator.store import Store
from facilitator.text import sort_key

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
)


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
