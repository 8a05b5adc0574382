"""What a commitment made with Ctrl+T starts from: its contribution type and its due date.

The type: a clear hint in the note's own words (money → financial, volunteers →
volunteering, hosting → hosting), else the type most used in this workshop's commitments
so far ("other" does not count: it says nothing), else the first type that is not
"other". The agenda item's kind gives no hint: opening, talk, discussion, group work,
decision … say nothing about what an organization contributes.

The due date: the day of the series' next workshop, where the commitment will be
reviewed, else three months after this workshop's day.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate

from facilitator.models.enums import ContributionType
from facilitator.services import commitments, listing, workshops
from facilitator.text import turkish_lower
from facilitator.ui.kit.timefmt import to_local

DEFAULT_MONTHS = 3

# Word stems (lower case, Turkish) that make the type plain from the note itself.
_HINTS = (
    (ContributionType.FINANCIAL, ("₺", "€", " tl", "lira", "euro", "bütçe", "bağış")),
    (ContributionType.VOLUNTEERING, ("gönüllü", "volunteer")),
    (ContributionType.HOSTING, ("ev sahipliği", "mekân", "salon")),
)


@dataclass(frozen=True)
class DueDefault:
    """The default due date and why: ``next_number`` is the next workshop's number, or
    None when the date is three months after this workshop."""

    day: date
    workshop_day: date
    next_workshop: bool
    next_number: int | None = None


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, the day clamped to the month's end (31.01 + 1 → 28.02)."""
    q = QDate(day.year, day.month, day.day).addMonths(months)
    return date(q.year(), q.month(), q.day())


def hinted_type(note_text: str) -> ContributionType | None:
    text = " " + turkish_lower(note_text) + " "
    for kind, stems in _HINTS:
        if any(stem in text for stem in stems):
            return kind
    return None


def default_type(store, workshop_id: int, note_text: str) -> ContributionType:
    hinted = hinted_type(note_text)
    if hinted is not None:
        return hinted
    used = Counter(
        row.contribution_type
        for row in commitments.commitments_of_workshop(store, workshop_id)
        if row.contribution_type is not ContributionType.OTHER
    )
    if used:
        order = list(ContributionType)
        # The most used; on a tie, the one first in the list of types.
        return max(used, key=lambda kind: (used[kind], -order.index(kind)))
    return next(kind for kind in ContributionType if kind is not ContributionType.OTHER)


def default_due(store, workshop_id: int) -> DueDefault:
    workshop = workshops.get_workshop(store, workshop_id)
    start = workshop.planned_start
    # Days as each workshop's own calendar has them (its zone), not this computer's.
    day = to_local(start, workshop.time_zone).date()
    if workshop.series_id is not None:
        for later in listing.list_workshops(store, workshop.series_id):
            if later.id != workshop_id and later.planned_start > start:
                later_day = to_local(later.planned_start, later.time_zone).date()
                return DueDefault(later_day, day, True, later.number)
    return DueDefault(add_months(day, DEFAULT_MONTHS), day, False)


_DAY = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")
_MONTHS = re.compile(r"^\s*(\d{1,2})\s*(ay|months?)\s*$")
_WEEKS = re.compile(r"^\s*(\d{1,3})\s*(hafta|weeks?)\s*$")


def parse_due(text: str, workshop_day: date | None) -> date | None:
    """A typed due date: "30.06.2027" (also with / or -), "3 ay" / "3 months" or "6 hafta" /
    "6 weeks" after the workshop's day; None when empty. ValueError when it is none of them."""
    text = turkish_lower(text)
    if not text.strip():
        return None
    if m := _DAY.match(text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if workshop_day is None:
        raise ValueError(text)
    if m := _MONTHS.match(text):
        return add_months(workshop_day, int(m[1]))
    if m := _WEEKS.match(text):
        return workshop_day + timedelta(weeks=int(m[1]))
    raise ValueError(text)
