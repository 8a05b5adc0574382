"""Workshops: create, edit, list, delete, duplicate (with agenda and invitations)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    Attendance,
    Commitment,
    Invitation,
    Organization,
    Participation,
    Person,
    Series,
    Workshop,
    WorkshopStatus,
)
from facilitator.services._common import (
    LANGUAGES,  # noqa: F401 - part of this module's API
    check_aware,
    check_expected,
    check_field,
    check_fields,
    check_seen,
    get_or_raise,
    lock_for_numbering,
    unknown_fields,
)
from facilitator.services.agenda import copy_item
from facilitator.services.listing import (  # noqa: F401 - part of this module's API
    WorkshopListItem,
    WorkshopRow,
    count_workshops,
    get_workshop,
    list_workshops,
    next_workshop_id,
    read_workshop,
    session_started,
)
from facilitator.store import Store
from facilitator.zones import computer_zone, zone

_FIELDS = {
    "series_id",
    "number",
    "title",
    "guiding_question",
    "planned_start",
    "planned_end",
    "venue_name",
    "venue_address",
    "host_id",
    "moderator_id",
    "language",
    "time_zone",
    "status",
    "objectives",
    "correction_deadline",
}


def _clean(session: Session, changes: dict) -> dict:
    unknown_fields(changes, _FIELDS)
    labels = {
        "title": translate("Fields", "Title"),
        "guiding_question": translate("Fields", "Guiding question"),
        "venue_address": translate("Fields", "Venue address"),
        "objectives": translate("Fields", "Objectives"),
        "venue_name": translate("Fields", "Venue"),
        "planned_start": translate("Fields", "Start"),
        "planned_end": translate("Fields", "End"),
        "status": translate("Fields", "status"),
        "correction_deadline": translate("Fields", "Correction deadline"),
    }
    cleaned: dict = check_fields("workshop", changes, labels)
    if "language" in changes:  # the message names the two languages; no label needed
        cleaned["language"] = check_field("workshop", "language", changes["language"], "")
    if "time_zone" in changes:  # the message gives an example; no label needed
        cleaned["time_zone"] = check_field("workshop", "time_zone", changes["time_zone"], "")
    if "series_id" in changes and changes["series_id"] is not None:
        get_or_raise(session, Series, changes["series_id"], translate("Errors", "series"))
    if "series_id" in changes:
        cleaned["series_id"] = changes["series_id"]
    if "number" in changes:
        cleaned["number"] = check_field("workshop", "number", changes["number"], "number")
    if "host_id" in changes:
        if changes["host_id"] is not None:
            get_or_raise(
                session, Organization, changes["host_id"], translate("Errors", "organization")
            )
        cleaned["host_id"] = changes["host_id"]
    if "moderator_id" in changes:
        if changes["moderator_id"] is not None:
            get_or_raise(session, Person, changes["moderator_id"], translate("Errors", "person"))
        cleaned["moderator_id"] = changes["moderator_id"]
    return cleaned


def _labels() -> dict[str, str]:
    """What the Overview calls the fields the undo labels do not name, for a refused edit."""
    return {
        "series_id": translate("Fields", "Series"),
        "number": translate("Fields", "Number in series"),
        "time_zone": translate("Fields", "Time zone"),
        "host_id": translate("Fields", "Host organization"),
        "moderator_id": translate("Fields", "Moderator"),
        "language": translate("Fields", "Language"),
    }


def _require_final_minutes(session: Session, workshop: Workshop) -> None:
    """The status "minutes sent" follows from finalising; by hand only once they are."""
    from facilitator.models import MinutesVersion

    final = session.scalar(
        select(MinutesVersion.id)
        .where(MinutesVersion.workshop_id == workshop.id, MinutesVersion.final)
        .limit(1)
    )
    if final is None:
        raise ValidationError(
            translate(
                "Errors",
                "The minutes of “{title}” have not been finalised yet: finalise them (Documents, "
                "Minutes) and the status becomes “minutes sent” by itself.",
            ).format(title=workshop.title),
            "status",
        )


def _check_consistency(session: Session, workshop: Workshop) -> None:
    if workshop.planned_end <= workshop.planned_start:
        raise ValidationError(
            translate("Errors", "The workshop must end after it starts."), "planned_end"
        )
    if workshop.number is not None:
        if workshop.series_id is None:
            raise ValidationError(
                translate("Errors", "Only a workshop in a series can have a number."), "number"
            )
        with session.no_autoflush:  # the pending change must not reach the table first
            clash = session.scalar(
                select(Workshop.title).where(
                    Workshop.series_id == workshop.series_id,
                    Workshop.number == workshop.number,
                    Workshop.id != (workshop.id or -1),
                )
            )
        if clash is not None:
            raise ConflictError(
                translate(
                    "Errors", "Number {n} is already taken in this series by “{title}”."
                ).format(n=workshop.number, title=clash)
            )


def _row(session: Session, w: Workshop) -> WorkshopRow:
    session.flush()
    return read_workshop(session, w.id)


def next_number(session: Session, series_id: int | None) -> int | None:
    """The number the next workshop of ``series_id`` gets (None outside a series)."""
    if series_id is None:
        return None
    lock_for_numbering(session, Series, series_id)
    top = session.scalar(select(func.max(Workshop.number)).where(Workshop.series_id == series_id))
    return (top or 0) + 1


def default_time_zone(session: Session, series_id: int | None) -> str:
    """Where a new workshop is held, until said otherwise: where the series' latest
    workshop was, else this computer's zone."""
    if series_id is not None:
        latest = session.scalar(
            select(Workshop.time_zone)
            .where(Workshop.series_id == series_id)
            .order_by(Workshop.planned_start.desc(), Workshop.id.desc())
            .limit(1)
        )
        if latest:
            return latest
    return computer_zone()


def new_workshop_zone(store: Store, series_id: int | None) -> str:
    """The zone a workshop created now in ``series_id`` gets (:func:`default_time_zone`):
    the zone its times are typed in."""
    with store.session() as s:
        return default_time_zone(s, series_id)


def _same_wall_clock(value: datetime, old_zone: str, new_zone: str) -> datetime:
    """``value`` read on the clocks of ``old_zone``, as that clock time in ``new_zone``."""
    shown = value.astimezone(zone(old_zone))
    return shown.replace(tzinfo=zone(new_zone)).astimezone(UTC)


def _keep_planned_clock(workshop: Workshop, cleaned: dict) -> None:
    """A workshop not started yet that moves to another zone keeps its planned clock times
    (10:00 stays 10:00, now in the new zone): its planned start and end move in UTC.

    Once its session started (or it is recorded as held) its times are facts and keep
    their instants; only how they are shown changes. Planned times given in the same
    change (an undo's) are taken as given.
    """
    new_zone = cleaned.get("time_zone")
    if (
        new_zone is None
        or new_zone == workshop.time_zone
        or session_started(workshop.status, workshop.session_started_at)
        or "planned_start" in cleaned
        or "planned_end" in cleaned
    ):
        return
    try:
        start = _same_wall_clock(workshop.planned_start, workshop.time_zone, new_zone)
        end = _same_wall_clock(workshop.planned_end, workshop.time_zone, new_zone)
    except (OverflowError, ValueError):  # a date at the calendar's edge: instants kept
        return
    cleaned["planned_start"], cleaned["planned_end"] = start, end


def create_workshop(
    store: Store,
    title: str,
    planned_start: datetime,
    planned_end: datetime,
    **fields,
) -> WorkshopRow:
    """Create a workshop; in a series it gets the next free number unless one is given."""
    with store.transaction() as s:
        values = _clean(
            s,
            {"title": title, "planned_start": planned_start, "planned_end": planned_end, **fields},
        )
        if "number" not in values:
            values["number"] = next_number(s, values.get("series_id"))
        if "time_zone" not in values:
            values["time_zone"] = default_time_zone(s, values.get("series_id"))
        workshop = Workshop(**values)
        _check_consistency(s, workshop)
        s.add(workshop)
        s.flush()
        return _row(s, workshop)


def update_workshop(
    store: Store,
    workshop_id: int,
    *,
    expect: dict | None = None,
    seen: dict | None = None,
    **changes,
) -> WorkshopRow:
    """Change some fields of a workshop; the whole change is refused if any value is wrong.

    ``expect`` (an undo's or redo's): the values the fields must still hold, else
    :class:`StaleEditError` and nothing changes. ``seen`` (an edit's): the values the user
    saw, else :class:`ChangedElsewhereError` naming the field and its new value.

    A new ``time_zone`` for a workshop whose session has not started keeps its planned
    clock times, so its planned start and end move in UTC (returned in the row);
    after the start only the zone changes (:func:`_keep_planned_clock`).
    """
    with store.transaction() as s:
        workshop = get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        if expect:
            check_expected(workshop, _clean(s, expect))
        check_seen(workshop, seen, lambda values: _clean(s, values), _labels())
        cleaned = _clean(s, changes)
        if (
            "series_id" in cleaned
            and cleaned["series_id"] != workshop.series_id
            and ("number" not in cleaned)
        ):
            cleaned["number"] = next_number(s, cleaned["series_id"])
        moved = "series_id" in cleaned and cleaned["series_id"] != workshop.series_id
        if cleaned.get("status") == WorkshopStatus.MINUTES_SENT != workshop.status:
            _require_final_minutes(s, workshop)
        _keep_planned_clock(workshop, cleaned)
        for key, value in cleaned.items():
            setattr(workshop, key, value)
        _check_consistency(s, workshop)
        if moved:
            # The commitments made here go to the new series' roadmap (their phases were the
            # old series' ones), so they are reviewed at its later workshops.
            s.execute(
                update(Commitment)
                .where(Commitment.workshop_id == workshop_id)
                .values(series_id=workshop.series_id, phase_id=None)
            )
        s.flush()
        return _row(s, workshop)


def delete_workshop(store: Store, workshop_id: int) -> None:
    """Delete a workshop with its agenda, attendees, notes, turns and proposals.

    People and organizations stay in the directory; commitments made at the
    workshop stay on the series' roadmap. A workshop outside any series has no
    roadmap to keep them on, so its commitments go with it.
    """
    with store.transaction() as s:
        workshop = get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        if workshop.series_id is None:
            s.execute(
                delete(Commitment).where(
                    Commitment.workshop_id == workshop_id, Commitment.series_id.is_(None)
                )
            )
        s.delete(workshop)


def duplicate_workshop(
    store: Store,
    workshop_id: int,
    *,
    title: str | None = None,
    planned_start: datetime | None = None,
    planned_end: datetime | None = None,
    series_id: int | type[...] | None = ...,
) -> WorkshopRow:
    """Copy a workshop as a new draft: same details, agenda and invitation list.

    Title, start, end and series can be changed in the same step; by default the
    copy keeps the duration and the series. It takes the next number of its series.
    Attendees keep their role and the organization they represent; their
    invitation starts again at "not invited" and attendance at "unknown", since
    the copy is a different day.
    Actual times, notes and decisions are not copied.
    """
    with store.transaction() as s:
        src = get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        duration = src.planned_end - src.planned_start
        # The source's own start is checked too: a database written before the 1900–2200
        # rule may hold a workshop in year 9999, whose copy one week on falls off the calendar.
        start = check_aware(
            planned_start if planned_start is not None else src.planned_start,
            "planned_start",
            translate("Fields", "Start"),
        )
        target_series = src.series_id if series_id is ... else series_id
        if target_series is not None:
            get_or_raise(s, Series, target_series, translate("Errors", "series"))
        if planned_end is not None:
            end = check_aware(planned_end, "planned_end", translate("Fields", "End"))
        else:
            try:
                end = start + duration
            except OverflowError:
                end = datetime.max.replace(tzinfo=UTC)  # refused as out of range just below
        copy = Workshop(
            series_id=target_series,
            number=next_number(s, target_series),
            title=check_field(
                "workshop",
                "title",
                title if title is not None else src.title,
                translate("Fields", "Title"),
            ),
            guiding_question=src.guiding_question,
            planned_start=start,
            planned_end=check_aware(end, "planned_end", translate("Fields", "End")),
            venue_name=src.venue_name,
            venue_address=src.venue_address,
            host_id=src.host_id,
            moderator_id=src.moderator_id,
            language=src.language,
            time_zone=src.time_zone,
            status=WorkshopStatus.DRAFT,
            objectives=src.objectives,
        )
        _check_consistency(s, copy)
        s.add(copy)
        s.flush()
        for item in src.agenda_items:
            copied = copy_item(item, copy.id, item.presenter_id)
            copied.position = item.position
            s.add(copied)
        for p in src.participations:
            s.add(
                Participation(
                    workshop_id=copy.id,
                    person_id=p.person_id,
                    organization_id=p.organization_id,
                    role=p.role,
                    invitation=Invitation.NOT_INVITED,
                    attendance=Attendance.UNKNOWN,
                )
            )
        s.flush()
        return _row(s, copy)
