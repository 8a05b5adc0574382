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
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Fill
from facilitator.ui.kit.labels import document_word, interface_labels


def contribution_label(kind: ContributionType) -> str:
    return document_word("contribution", ContributionType(kind))


def unit_label(unit: QuantityUnit) -> str:
    return document_word("unit", QuantityUnit(unit))


def status_label(status: CommitmentStatus) -> str:
    return document_word("commitment_status", CommitmentStatus(status))


# The colours of the statuses (a fill with its own text colour, ``kit/colours.py``): open
# ones in blues and amber, done in green, dropped in grey.
_STATUS_FILLS = {
    CommitmentStatus.PROPOSED: Fill.STATUS_PROPOSED,
    CommitmentStatus.COMMITTED: Fill.STATUS_COMMITTED,
    CommitmentStatus.IN_PROGRESS: Fill.STATUS_IN_PROGRESS,
    CommitmentStatus.DONE: Fill.STATUS_DONE,
    CommitmentStatus.DROPPED: Fill.STATUS_DROPPED,
}


def status_fill(status: CommitmentStatus, palette: colours.Palette = None) -> tuple[QColor, QColor]:
    """The background of a status's bar or chip, and the text colour that goes on it."""
    return colours.fill(_STATUS_FILLS[CommitmentStatus(status)], palette)


def status_colour(status: CommitmentStatus, palette: colours.Palette = None) -> QColor:
    """The colour of a status (its bar's, its chip's)."""
    return status_fill(status, palette)[0]


def status_css(status: CommitmentStatus) -> str:
    """``color: …; background: …;`` of a status's chip, for a style sheet."""
    return colours.fill_css(_STATUS_FILLS[CommitmentStatus(status)])


def overdue_fill(palette: colours.Palette = None) -> tuple[QColor, QColor]:
    """The background of an overdue commitment's row, and its text colour."""
    return colours.fill(Fill.CELL_ERROR, palette)


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
