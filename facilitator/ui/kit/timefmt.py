"""Showing stored UTC times in local time, in the interface language."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def to_local(value: datetime) -> datetime:
    """A stored (UTC) time in the computer's local time zone."""
    return value.astimezone()


def from_local(day: date, at: time) -> datetime:
    """A local date and time as a timezone-aware datetime."""
    return datetime.combine(day, at).astimezone()


def long_date(value: datetime) -> str:
    """'Sat 14 Mar 2026' (or 'Cmt 14 Mar 2026'), in the interface language."""
    local = to_local(value)
    return QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")


def full_date(value: datetime) -> str:
    """'14 Mart 2026 Cumartesi' in Turkish, 'Saturday 14 March 2026' in English."""
    from facilitator.i18n import current_language

    local = to_local(value)
    if current_language() == "tr":
        locale, pattern = QLocale(QLocale.Turkish, QLocale.Turkey), "d MMMM yyyy dddd"
    else:
        locale, pattern = QLocale(QLocale.English, QLocale.UnitedKingdom), "dddd d MMMM yyyy"
    return locale.toString(QDate(local.year, local.month, local.day), pattern)


def short_date(value: datetime) -> str:
    local = to_local(value)
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.ShortFormat)


def clock(value: datetime) -> str:
    local = to_local(value)
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
