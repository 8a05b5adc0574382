"""Words, colours and number formats for commitments: contribution types, units, statuses,
quantities and money in the interface language ("12.500,50 ₺" in Turkish, "₺12,500.50" in
English), and the parsing of a typed quantity.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from facilitator.models.enums import CommitmentStatus, ContributionType, QuantityUnit


def contribution_label(kind: ContributionType) -> str:
    return {
        ContributionType.FINANCIAL: QCoreApplication.translate("CommitmentLabels", "Financial"),
        ContributionType.MORAL: QCoreApplication.translate("CommitmentLabels", "Moral support"),
        ContributionType.EXPERTISE: QCoreApplication.translate("CommitmentLabels", "Expertise"),
        ContributionType.IN_KIND: QCoreApplication.translate("CommitmentLabels", "In kind"),
        ContributionType.VOLUNTEERING: QCoreApplication.translate(
            "CommitmentLabels", "Volunteering"
        ),
        ContributionType.HOSTING: QCoreApplication.translate("CommitmentLabels", "Hosting"),
        ContributionType.COMMUNICATION: QCoreApplication.translate(
            "CommitmentLabels", "Communication"
        ),
        ContributionType.OTHER: QCoreApplication.translate("CommitmentLabels", "Other"),
    }[ContributionType(kind)]


def unit_label(unit: QuantityUnit) -> str:
    return {
        QuantityUnit.TRY: QCoreApplication.translate("CommitmentLabels", "TRY (₺)"),
        QuantityUnit.EUR: QCoreApplication.translate("CommitmentLabels", "EUR (€)"),
        QuantityUnit.VOLUNTEER_HOURS: QCoreApplication.translate(
            "CommitmentLabels", "volunteer hours"
        ),
        QuantityUnit.VOLUNTEERS: QCoreApplication.translate("CommitmentLabels", "volunteers"),
    }[QuantityUnit(unit)]


def status_label(status: CommitmentStatus) -> str:
    return {
        CommitmentStatus.PROPOSED: QCoreApplication.translate("CommitmentLabels", "Proposed"),
        CommitmentStatus.COMMITTED: QCoreApplication.translate("CommitmentLabels", "Committed"),
        CommitmentStatus.IN_PROGRESS: QCoreApplication.translate("CommitmentLabels", "In progress"),
        CommitmentStatus.DONE: QCoreApplication.translate("CommitmentLabels", "Done"),
        CommitmentStatus.DROPPED: QCoreApplication.translate("CommitmentLabels", "Dropped"),
    }[CommitmentStatus(status)]


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


def _turkish() -> bool:
    return QLocale().language() == QLocale.Turkish


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
    """ "12.500,50 ₺", "€15,000", "40 volunteers" — empty when there is no quantity."""
    if quantity is None or unit is None:
        return ""
    number = format_number(quantity)
    unit = QuantityUnit(unit)
    if unit is QuantityUnit.TRY:
        return f"{number} ₺" if _turkish() else f"₺{number}"
    if unit is QuantityUnit.EUR:
        return f"{number} €" if _turkish() else f"€{number}"
    if unit is QuantityUnit.VOLUNTEER_HOURS:
        return QCoreApplication.translate("CommitmentLabels", "%1 h").replace("%1", number)
    return QCoreApplication.translate("CommitmentLabels", "%1 volunteers").replace("%1", number)


def format_sums(sums) -> str:
    """Per-unit sums side by side, never added up: "250.000 ₺ · 15.000 € · 224 h"."""
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
