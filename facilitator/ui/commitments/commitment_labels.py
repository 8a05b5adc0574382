"""Words, colours and number formats for commitments: contribution types, units, statuses,
quantities and money in the interface language, and the parsing of a typed quantity.

The words and amounts are the documents' own (``documents/labels.py``), so the app and
the roadmap PDF write one thing one way: "12.500,50 TL", "200 gönüllü saati" in Turkish,
"TRY 12,500.50", "200 volunteer hours" in English.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor

from facilitator.models.enums import CommitmentStatus, ContributionType, QuantityUnit
from facilitator.ui.kit.labels import document_word, interface_labels


def contribution_label(kind: ContributionType) -> str:
    return document_word("contribution", ContributionType(kind))


def unit_label(unit: QuantityUnit) -> str:
    return document_word("unit", QuantityUnit(unit))


def status_label(status: CommitmentStatus) -> str:
    return document_word("commitment_status", CommitmentStatus(status))


# Colours of the statuses on the timeline and in the legend: open ones in blues and amber,
# done in green, dropped in a muted grey-red.
STATUS_COLOURS = {
    CommitmentStatus.PROPOSED: "#8fa9c9",
    CommitmentStatus.COMMITTED: "#3d5a80",
    CommitmentStatus.IN_PROGRESS: "#e09f3e",
    CommitmentStatus.DONE: "#2a9d6f",
    CommitmentStatus.DROPPED: "#a89a9f",
}
OVERDUE_BACKGROUND = QColor("#fbe0dd")
OVERDUE_FOREGROUND = QColor("#8a1c1c")


def status_colour(status: CommitmentStatus) -> QColor:
    return QColor(STATUS_COLOURS[CommitmentStatus(status)])


def format_number(value: Decimal) -> str:
    """A number with the locale's grouping and decimal comma: 12.500 / 12.500,50."""
    value = Decimal(value).quantize(Decimal("0.01"))
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    sign = "-" if value < 0 else ""
    whole, _, cents = f"{abs(value):.2f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = sign + group.join(groups)
    if cents != "00":
        text += point + cents
    return text


def format_quantity(quantity: Decimal | None, unit: QuantityUnit | None) -> str:
    """ "12.500,50 TL", "€15,000", "40 volunteers" (as the documents write them) — empty
    when there is no quantity."""
    if quantity is None or unit is None:
        return ""
    return interface_labels().quantity(Decimal(quantity), QuantityUnit(unit))


def format_sums(sums) -> str:
    """Per-unit sums side by side, never added up: "250.000 TL · 15.000 € · 224 gönüllü
    saati"."""
    return " · ".join(format_quantity(amount, unit) for unit, amount in sums)


def parse_quantity(text: str) -> Decimal | str | None:
    """A typed quantity as a Decimal ("12.500,50" in Turkish, "12,500.50" in English, or
    "12500.5" anywhere); None when empty; the text itself when it is not a number, so the
    service refuses it with its message."""
    typed = text.strip()
    text = typed.replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if point in text:
        normal = text.replace(group, "").replace(point, ".")
    elif group in text:
        parts = text.split(group)
        if all(len(p) == 3 for p in parts[1:]):
            normal = "".join(parts)  # "12.500" in Turkish, "12,500" in English
        elif len(parts) == 2:
            normal = ".".join(parts)  # "12.5" typed with the other convention's point
        else:
            normal = text
    else:
        normal = text
    try:
        return Decimal(normal)
    except InvalidOperation:
        return typed


def short_day(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.ShortFormat)
