"""Refusing a write that would overwrite a change made since: an undo's or redo's
``expect=`` (:func:`check_expected`), a field edit's ``seen=`` (:func:`check_seen`).

Several organizers may share one database server, and one organizer may have the live
screen open beside the main window: a value shown on one screen may have been changed on
another since. An undo, a redo or an edit made on that stale value carries what it
expects to find; when the row holds something else, nothing is written and the user is
told what it holds now (``_common`` gives these to the services).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import inspect
from sqlalchemy.exc import NoInspectionAvailable
from sqlalchemy.orm import object_session

from facilitator.errors import (
    ChangedElsewhereError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from facilitator.i18n import translate
from facilitator.zones import zone


def check_expected(
    row, expected: dict, labels: dict[str, str] | None = None, *, edit: bool = False
) -> None:
    """Refuse (:class:`StaleEditError`) when ``row`` no longer holds the ``expected`` values.

    An undo or redo carries the values it expects to find (already cleaned as the
    service cleans what it writes); when another window, the live screen or another
    user changed the field since, applying it would silently overwrite that change.

    ``edit``: the values are what the user saw when making a field edit (see
    :func:`check_seen`); the refusal is then a :class:`ChangedElsewhereError` naming the
    field and what it holds now.
    """

    def plain(value):
        return value.value if isinstance(value, Enum) else value

    changed = [k for k, v in expected.items() if plain(getattr(row, k)) != plain(v)]
    if changed:
        known = {**_expected_labels(), **(labels or {})}
        if edit:
            # One field, in the user's words, with its new value as the screens show it.
            field = next((k for k in changed if k in known), changed[0])
            value = getattr(row, field)
            raise ChangedElsewhereError(
                field, known.get(field), value, shown_now(row, field, value)
            )
        # A field is named in the user's words, or not at all (never a column name).
        names = ", ".join(dict.fromkeys(known[k] for k in changed if k in known))
        if not names:
            raise StaleEditError(
                translate(
                    "Errors",
                    "This was changed elsewhere since; undoing or redoing would "
                    "overwrite the newer value, so nothing was changed.",
                )
            )
        raise StaleEditError(
            translate(
                "Errors",
                "This was changed elsewhere since ({fields}); undoing or redoing would "
                "overwrite the newer value, so nothing was changed.",
            ).format(fields=names)
        )


def check_seen(
    row, seen: dict | None, clean: Callable[[dict], dict], labels: dict[str, str] | None = None
) -> None:
    """Refuse (:class:`ChangedElsewhereError`) a field edit when ``row`` no longer holds
    ``seen``, the values the user saw when making it: another user (or window) changed the
    field since, and writing would silently overwrite their change.

    ``seen`` is compared as ``clean`` cleans it (as the service cleans what it writes);
    a value that is no longer acceptable (a presenter who has since left the workshop, a
    series deleted since) is compared as it was shown.
    """
    if not seen:
        return
    try:
        expected = clean(dict(seen))
    except (ValidationError, NotFoundError):
        expected = dict(seen)
    check_expected(row, expected, labels, edit=True)


def shown_now(row, field: str, value) -> str:
    """What ``row``'s ``field`` holds now, as a refusal quotes it: "" for nothing, a
    person's or organization's name (a series', a phase's title) for its id, a time on the
    row's own clock, text on one line and shortened. A stored vocabulary's value is
    given as stored; the interface words it as its screens do."""
    from facilitator.services._common import shown  # here: _common imports this module

    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return translate("Fields", "yes") if value else translate("Fields", "no")
    if isinstance(value, Enum):
        return str(value.value)
    if field.endswith("_id"):
        name = _name_of(row, field, value)
        if name is not None:
            return shown(" ".join(name.split()), 80)
    if isinstance(value, datetime):
        return value.astimezone(zone(getattr(row, "time_zone", None))).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else f"{value:.2f}"
    return shown(" ".join(str(value).split()), 80)


def _name_of(row, field: str, value) -> str | None:
    """The name of the row that ``row``'s reference ``field`` points to (None when it is no
    reference of a stored row, or that row is gone)."""
    try:
        mapper = inspect(type(row))
    except NoInspectionAvailable:
        return None
    column = mapper.columns.get(field)
    session = object_session(row)
    if column is None or session is None:
        return None
    for key in column.foreign_keys:
        target = next(
            (m.class_ for m in mapper.registry.mappers if m.local_table is key.column.table),
            None,
        )
        other = session.get(target, value) if target is not None else None
        if other is None:
            continue
        if hasattr(other, "display_name"):
            return other.display_name()
        for attribute in ("name", "title"):
            if isinstance(getattr(other, attribute, None), str):
                return getattr(other, attribute)
    return None


def _expected_labels() -> dict[str, str]:
    """What the screens call the fields an undo may find changed, in the current language."""
    return {
        "title": translate("Fields", "Title"),
        "goal": translate("Fields", "Goal"),
        "kind": translate("Fields", "kind"),
        "text": translate("Fields", "text"),
        "planned_minutes": translate("Fields", "Minutes"),
        "presenter_id": translate("Fields", "Presenter"),
        "description": translate("Fields", "Description"),
        "status": translate("Fields", "status"),
        "start_date": translate("Fields", "Start date"),
        "due_date": translate("Fields", "Due date"),
        "quantity": translate("Fields", "Quantity"),
        "what": translate("Fields", "What"),
        "contribution_type": translate("Fields", "contribution type"),
        "unit": translate("Fields", "unit"),
        "reviewed_at": translate("Fields", "Reviewed"),
        "role": translate("Fields", "role"),
        "invitation": translate("Fields", "invitation"),
        "attendance": translate("Fields", "attendance"),
        "planned_start": translate("Fields", "Start"),
        "planned_end": translate("Fields", "End"),
        "venue_name": translate("Fields", "Venue"),
        "venue_address": translate("Fields", "Venue address"),
        "objectives": translate("Fields", "Objectives"),
        "guiding_question": translate("Fields", "Guiding question"),
        "outcome": translate("Fields", "outcome"),
        "outcome_statement": translate("Fields", "Outcome statement"),
        "review_date": translate("Fields", "Review date"),
        "method": translate("Fields", "method"),
        "voice": translate("Fields", "voice"),
        "threshold": translate("Fields", "threshold"),
    }
