"""Workshop series: a theme, a coordinating organization, and its workshops."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.errors import InUseError
from facilitator.i18n import translate
from facilitator.models import Commitment, Organization, Series, Workshop
from facilitator.services._common import (
    check_expected,
    check_field,
    check_seen,
    get_or_raise,
    unknown_fields,
)
from facilitator.store import Store
from facilitator.text import sort_key


@dataclass(frozen=True)
class SeriesRow:
    id: int
    uuid: str
    title: str
    coordinator_id: int | None
    coordinator_name: str
    description: str
    workshop_count: int


_FIELDS = {"title", "coordinator_id", "description"}


def _clean(session: Session, changes: dict) -> dict:
    unknown_fields(changes, _FIELDS)
    cleaned = {}
    if "title" in changes:
        cleaned["title"] = check_field(
            "series", "title", changes["title"], translate("Fields", "Title")
        )
    if "coordinator_id" in changes:
        if changes["coordinator_id"] is not None:
            get_or_raise(
                session,
                Organization,
                changes["coordinator_id"],
                translate("Errors", "organization"),
            )
        cleaned["coordinator_id"] = changes["coordinator_id"]
    if "description" in changes:
        cleaned["description"] = check_field(
            "series", "description", changes["description"], translate("Fields", "Description")
        )
    return cleaned


def _row(session: Session, series: Series) -> SeriesRow:
    coordinator = (
        session.get(Organization, series.coordinator_id) if series.coordinator_id else None
    )
    count = session.scalar(select(func.count()).where(Workshop.series_id == series.id)) or 0
    return SeriesRow(
        id=series.id,
        uuid=series.uuid,
        title=series.title,
        coordinator_id=series.coordinator_id,
        coordinator_name=coordinator.name if coordinator else "",
        description=series.description,
        workshop_count=count,
    )


def create_series(store: Store, title: str, **fields) -> SeriesRow:
    with store.transaction() as s:
        series = Series(**_clean(s, {"title": title, **fields}))
        s.add(series)
        s.flush()
        return _row(s, series)


def _labels() -> dict[str, str]:
    """What the series page calls the fields, for a refused undo."""
    return {
        "title": translate("Fields", "Title"),
        "coordinator_id": translate("Fields", "Coordinating organization"),
        "description": translate("Fields", "Description"),
    }


def update_series(
    store: Store, series_id: int, *, expect: dict | None = None, seen: dict | None = None, **changes
) -> SeriesRow:
    """Change some fields of a series; the whole change is refused if any value is wrong.

    ``expect`` (an undo's or redo's): the values the fields must still hold, else
    :class:`StaleEditError` and nothing changes. ``seen`` (an edit's): the values the user
    saw, else :class:`ChangedElsewhereError` naming the field and its new value.
    """
    with store.transaction() as s:
        series = get_or_raise(s, Series, series_id, translate("Errors", "series"))
        if expect:
            check_expected(series, _clean(s, expect), _labels())
        check_seen(series, seen, lambda values: _clean(s, values), _labels())
        for key, value in _clean(s, changes).items():
            setattr(series, key, value)
        s.flush()
        return _row(s, series)


def get_series(store: Store, series_id: int) -> SeriesRow:
    with store.session() as s:
        return _row(s, get_or_raise(s, Series, series_id, translate("Errors", "series")))


def list_series(store: Store) -> list[SeriesRow]:
    with store.session() as s:
        rows = [_row(s, series) for series in s.scalars(select(Series))]
    rows.sort(key=lambda r: sort_key(r.title))
    return rows


def delete_series(store: Store, series_id: int) -> None:
    """Delete a series that has no workshops; its roadmap (phases and commitments) goes
    with it, so the interface says how many commitments before asking."""
    with store.transaction() as s:
        series = get_or_raise(s, Series, series_id, translate("Errors", "series"))
        count = s.scalar(select(func.count()).where(Workshop.series_id == series_id)) or 0
        if count:
            raise InUseError(
                translate(
                    "Errors",
                    "“{title}” cannot be deleted: it has %n workshop(s). "
                    "Delete or move them first.",
                    None,
                    count,
                ).format(title=series.title)
            )
        s.delete(series)


def roadmap_commitments(store: Store, series_id: int) -> int:
    """How many commitments a series' roadmap holds (they go if the series is deleted)."""
    with store.session() as s:
        return s.scalar(select(func.count()).where(Commitment.series_id == series_id)) or 0
