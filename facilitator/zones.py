"""Time zones by their IANA names ("Europe/Istanbul"): the computer's, and checking one.

A workshop is held in one place, so its times are shown in its own zone wherever they
are read (a Brussels laptop preparing an Istanbul workshop shows Istanbul times). The
zone data is the system's, or the ``tzdata`` package where the system has none
(Windows); no offset is ever written by hand.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)

FALLBACK = "UTC"


def computer_zone() -> str:
    """The IANA name of this computer's zone (``TZ`` first), "UTC" if it cannot be told."""
    told = os.environ.get("TZ", "").lstrip(":")
    if told and is_zone(told):  # read each time (tzlocal keeps its first answer)
        return told
    if told:  # a rule such as "<+03>-3": the zone of its present offset, not a guess
        return _fixed_offset_zone()
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # an unusual system setting must not stop anything
        log.warning("cannot tell this computer's time zone; using UTC", exc_info=True)
        return FALLBACK
    return name if name and is_zone(name) else FALLBACK


def _fixed_offset_zone() -> str:
    """The IANA zone of the computer's present offset ("Etc/GMT-3" is UTC+3), else UTC."""
    offset = datetime.now().astimezone().utcoffset()
    seconds = int(offset.total_seconds()) if offset is not None else 0
    hours, rest = divmod(abs(seconds), 3600)
    if rest or hours > 14:
        return FALLBACK
    if hours == 0:
        return FALLBACK
    name = f"Etc/GMT{'-' if seconds > 0 else '+'}{hours}"
    return name if is_zone(name) else FALLBACK


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@cache
def _known() -> frozenset[str]:
    """Every zone name the zone data knows, exactly as written ("europe/istanbul" is not
    one, even where the file system would find it)."""
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def is_zone(name: object) -> bool:
    if not isinstance(name, str) or not name or len(name) > 64 or name != name.strip():
        return False
    known = _known()
    if known and name not in known:
        return False
    try:
        _zone(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def zone(name: str | None) -> ZoneInfo:
    """The zone of that name; an unknown or empty name is the computer's zone."""
    if name and is_zone(name):
        return _zone(name)
    return _zone(computer_zone())


def utc_offset(name: str, moment: datetime) -> str:
    """'UTC+3', 'UTC+5:30', 'UTC' at that moment (summer time counts)."""
    offset = moment.astimezone(zone(name)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
