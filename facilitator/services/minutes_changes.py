"""What changed between two contents of a workshop's minutes (a final and a later draft).

The changes are language-neutral: a section, what happened to an entry (added,
removed, changed), the entry's own words, and for a change the field with its
value before and after (stored values: an enum's value, a date, a text). The
document writing the draft puts them into words in its language.

Entries are matched by their row id where they have one (agenda items, notes,
commitments), else by what names them (a decision's number and title, a
participant's name and organization). A section added to the minutes later is
compared as a whole.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from facilitator.services.document_data import MinutesData
from facilitator.services.minutes_content import comparable

ADDED, REMOVED, CHANGED = "added", "removed", "changed"

# The fields compared per section, in the order a reader meets them (others are not
# printed, or are printed through these).
_FIELDS = {
    "workshop": (
        "title",
        "guiding_question",
        "objectives",
        "planned_start",
        "planned_end",
        "actual_start",
        "actual_end",
        "venue_name",
        "venue_address",
        "host",
        "moderator",
        "rapporteurs",
        "time_zone",
    ),
    "participants": ("attendance", "role", "position", "sector", "email", "phone"),
    "agenda": (
        "position",
        "title",
        "kind",
        "planned_minutes",
        "actual_start",
        "actual_end",
        "not_reached",
        "presenter",
        "goal",
    ),
    "notes": ("text", "kind", "speaker", "agenda_item"),
    "decisions": (
        "text",
        "agenda_item",
        "method",
        "voice",
        "outcome",
        "statement",
        "override_reason",
        "review_date",
        "rounds",
    ),
    "commitments": (
        "title",
        "organization",
        "person",
        "absent",
        "contribution_type",
        "quantity",
        "unit",
        "phase",
        "start_date",
        "due_date",
        "status",
    ),
    "reviews": (
        "title",
        "organization",
        "person",
        "status_before",
        "status_after",
        "reviewed_by",
        "remark",
        "due_date",
    ),
    "next_workshop": ("number", "title", "planned_start", "planned_end", "venue_name"),
}
# The workshop's own fields printed outside its details table (the title block).
_HEADER_EXTRA = ("series_title", "number", "organizer")


@dataclass(frozen=True)
class Change:
    """One difference: in ``section``, the entry named ``subject`` was added, removed or
    had ``field`` changed from ``before`` to ``after`` (stored values, as text)."""

    section: str
    kind: str  # ADDED, REMOVED or CHANGED
    subject: str
    field: str = ""
    before: str = ""
    after: str = ""


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, tuple):
        if all(isinstance(v, str) for v in value):
            return ", ".join(value)
        return repr(value)
    return str(value)


def _subject(section: str, entry) -> str:
    if section == "participants":
        return f"{entry.name} ({entry.organization})" if entry.organization else entry.name
    if section == "decisions":
        return f"{entry.label} {entry.title}".strip()
    if section in ("commitments", "reviews"):
        return f"{entry.title} ({entry.organization})"
    for name in ("title", "text", "name", "label"):
        if hasattr(entry, name):
            return str(getattr(entry, name))
    return ""


def _key(section: str, entry):
    uuid = getattr(entry, "uuid", "")
    if uuid:  # the same row in whichever database the version was recorded
        return ("uuid", uuid)
    entry_id = getattr(entry, "id", 0)
    if entry_id:
        return ("id", entry_id)
    if section == "participants":
        return (entry.name, entry.organization)
    if section == "decisions":
        return (entry.label, entry.title) if entry.label else ("", entry.title, entry.agenda_item)
    if section == "next_workshop":
        return "next"
    return dataclasses.astuple(entry)


def _value_of(entry, name: str, items: dict[int, str]):
    """A field as the reader sees it: a note's agenda item by its title, not its row."""
    if name == "agenda_item" and hasattr(entry, "agenda_item_id"):
        return items.get(entry.agenda_item_id, "") if entry.agenda_item_id else ""
    return getattr(entry, name)


def _entries(
    section: str, old: tuple, new: tuple, items: tuple[dict, dict] = ({}, {})
) -> list[Change]:
    fields = _FIELDS.get(section)
    if fields is None:  # a section without a rule yet: as a whole
        return [] if old == new else [Change(section, CHANGED, "")]
    before = {_key(section, e): e for e in old}
    after = {_key(section, e): e for e in new}
    changes: list[Change] = []
    for key, entry in after.items():
        was = before.get(key)
        if was is None:
            changes.append(Change(section, ADDED, _subject(section, entry)))
            continue
        for name in fields:
            a, b = _value_of(was, name, items[0]), _value_of(entry, name, items[1])
            if a != b:
                subject = _subject(section, was)
                changes.append(Change(section, CHANGED, subject, name, _text(a), _text(b)))
    changes += [
        Change(section, REMOVED, _subject(section, entry))
        for key, entry in before.items()
        if key not in after
    ]
    return changes


def _alike(section: str, a, b, items: tuple[dict, dict]) -> bool:
    """The same entries but for row ids (the minutes read in another database); a note's
    agenda item counts by its title, which ids do not carry."""
    if comparable(a) != comparable(b):
        return False
    if section != "notes":
        return True
    return [_value_of(n, "agenda_item", items[0]) for n in a] == [
        _value_of(n, "agenda_item", items[1]) for n in b
    ]


def changes_between(old: MinutesData, new: MinutesData) -> tuple[Change, ...]:
    """What ``new`` says differently from ``old``, section by section in the minutes' order.

    Every printed field is compared; a section that differs in a way no rule names still
    gets a line (never "nothing has changed" for contents that differ).
    """
    changes: list[Change] = []
    for name in (*_FIELDS["workshop"], *_HEADER_EXTRA):
        a, b = getattr(old.workshop, name), getattr(new.workshop, name)
        if a != b:
            changes.append(Change("workshop", CHANGED, "", name, _text(a), _text(b)))
    items = ({i.id: i.title for i in old.agenda}, {i.id: i.title for i in new.agenda})
    for f in dataclasses.fields(MinutesData):
        if f.name == "workshop":
            continue
        a, b = getattr(old, f.name), getattr(new, f.name)
        if a == b or _alike(f.name, a, b, items):  # the same, read in another database
            continue
        if isinstance(a, tuple) and isinstance(b, tuple):
            found = _entries(f.name, a, b, items)
        elif a is None or b is None:
            entry = b if b is not None else a
            found = [Change(f.name, ADDED if a is None else REMOVED, _subject(f.name, entry))]
        else:
            found = _entries(f.name, (a,), (b,))
        changes += found or [Change(f.name, CHANGED, "")]
    return tuple(changes)
