"""Showing stored UTC times in a workshop's time zone, in the interface language.

Every function takes the zone to show in, by its IANA name ("Europe/Istanbul"): a
workshop's times are shown in the workshop's own zone wherever they are read. ""
is the computer's zone, for times that are no workshop's (a backup, a lock).
The zone is a required argument so that no caller forgets it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from facilitator.zones import computer_zone, utc_offset, zone


def to_local(value: datetime, time_zone: str) -> datetime:
    """A stored (UTC) time in ``time_zone`` ("" = the computer's zone)."""
    if not time_zone:
        return value.astimezone()
    return value.astimezone(zone(time_zone))


def from_local(day: date, at: time, time_zone: str) -> datetime:
    """A date and time read on the clocks of ``time_zone`` ("" = the computer's), as a
    timezone-aware datetime: 11:00 typed for an Istanbul workshop is 08:00 UTC.

    The result is in UTC, as stored: a time the clocks skip (02:30 on the morning they go
    forward) is the instant those clocks call 03:30, and shows as 03:30 at once, not only
    after the next reading; a time they pass twice is its first occurrence."""
    if not time_zone:
        return datetime.combine(day, at).astimezone().astimezone(UTC)
    return datetime.combine(day, at, tzinfo=zone(time_zone)).astimezone(UTC)


def long_date(value: datetime, time_zone: str) -> str:
    """'Sat 14 Mar 2026' (or 'Cmt 14 Mar 2026'), in the interface language."""
    local = to_local(value, time_zone)
    return QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")


def full_date(value: datetime, time_zone: str) -> str:
    """'14 Mart 2026 Cumartesi' in Turkish, 'Saturday 14 March 2026' in English."""
    from facilitator.i18n import current_language

    local = to_local(value, time_zone)
    if current_language() == "tr":
        locale, pattern = QLocale(QLocale.Turkish, QLocale.Turkey), "d MMMM yyyy dddd"
    else:
        locale, pattern = QLocale(QLocale.English, QLocale.UnitedKingdom), "dddd d MMMM yyyy"
    return locale.toString(QDate(local.year, local.month, local.day), pattern)


def short_date(value: datetime, time_zone: str) -> str:
    local = to_local(value, time_zone)
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.ShortFormat)


def clock(value: datetime, time_zone: str) -> str:
    local = to_local(value, time_zone)
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


# -- naming a workshop's zone where the computer's differs ------------------------------

# Turkish spellings of the cities whose zones this product's workshops are held in; every
# other city is written as its zone names it ("New York" from "America/New_York").
_TURKISH_CITIES = {
    "Istanbul": "İstanbul",
    "Brussels": "Brüksel",
    "London": "Londra",
    "Athens": "Atina",
    "Vienna": "Viyana",
    "Rome": "Roma",
    "Moscow": "Moskova",
    "Warsaw": "Varşova",
    "Lisbon": "Lizbon",
    "Prague": "Prag",
}


def zone_city(time_zone: str) -> str:
    """The city a zone is named after ("America/New_York" → "New York"), in the interface
    language's spelling where it has its own ("İstanbul"); "" for a zone named after no
    city ("UTC", "Etc/GMT-3")."""
    from facilitator.i18n import current_language

    if "/" not in time_zone or time_zone.startswith("Etc/"):
        return ""
    city = time_zone.rsplit("/", 1)[1].replace("_", " ")
    if current_language() == "tr":
        city = _TURKISH_CITIES.get(city, city)
    return city


def zone_name(time_zone: str, at: datetime) -> str:
    """'Istanbul time, UTC+3' ('İstanbul saati, UTC+3'): the zone and its offset at ``at``
    (the zone data's, summer time counted); 'UTC+3' alone for a zone of no city."""
    offset = utc_offset(time_zone, at)
    city = zone_city(time_zone)
    if not city:
        return offset
    return (
        QCoreApplication.translate("TimeZones", "%1 time, %2")
        .replace("%2", offset)
        .replace("%1", city)
    )


def differs_from_computer(time_zone: str, *moments: datetime) -> bool:
    """True when ``time_zone`` shows other clock times than this computer at ``moments``
    (a workshop's planned start and end): another name and another offset. Two names
    with the same offset then (Europe/Istanbul on an Asia/Riyadh laptop) show the same
    times, so nothing needs saying."""
    if not time_zone or time_zone == computer_zone():
        return False
    return any(
        m.astimezone(zone(time_zone)).utcoffset() != m.astimezone().utcoffset() for m in moments
    )


def zone_notice(time_zone: str, *moments: datetime) -> str:
    """What a page says once when its times are not in the computer's zone ("Istanbul time,
    UTC+3", the offset at the first moment); "" when they show the same clock times."""
    if not moments or not differs_from_computer(time_zone, *moments):
        return ""
    return zone_name(time_zone, moments[0])


# -- choosing a zone ------------------------------------------------------------------


def zone_choice_text(time_zone: str, at: datetime) -> str:
    """'Europe/Istanbul (UTC+3)': a zone as a chooser lists it, its offset at ``at``."""
    return f"{time_zone} ({utc_offset(time_zone, at)})"


def zone_of_choice(text: str) -> str:
    """The zone name a chooser's text gives: 'Europe/Istanbul (UTC+3)' or 'Europe/Istanbul'
    typed → 'Europe/Istanbul'; anything else is given back as typed, to be refused."""
    text = text.strip()
    name, bracket, rest = text.partition(" (")
    if bracket and rest.endswith(")") and rest.startswith("UTC"):
        return name.strip()
    return text
