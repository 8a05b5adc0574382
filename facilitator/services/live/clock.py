"""Time in the live session: where it comes from, how clocks stand against the plan.

Time always comes from the caller (``now``, timezone-aware); elapsed times are
computed from recorded start and end times, never kept ticking.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import UTC, datetime

from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.services._common import check_aware

Clock = Callable[[], datetime]
"""Where the live screen gets the time from: the system clock, or a simulated one in tests."""


def system_clock() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return datetime.now(UTC)


class ClockStatus(enum.StrEnum):
    """How a clock stands against its planned time: the colour the screen gives it."""

    OK = "ok"
    WARNING = "warning"  # 80 % of the planned time or more is gone
    OVER = "over"  # past the planned time


class ItemStatus(enum.StrEnum):
    """Where an agenda item stands in the session."""

    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"
    NOT_REACHED = "not_reached"  # the session ended before the item started


def elapsed_seconds(start: datetime | None, now: datetime) -> int:
    """Whole seconds from ``start`` to ``now`` (0 when not started or when the clock is behind)."""
    if start is None:
        return 0
    return max(0, int((now - start).total_seconds()))


def clock_status(elapsed: int, planned: int) -> ClockStatus:
    """OK below 80 % of ``planned``, WARNING from 80 % up to ``planned``, OVER beyond it."""
    if elapsed > planned:
        return ClockStatus.OVER
    if elapsed * 5 >= planned * 4:  # whole numbers: no rounding at the boundary
        return ClockStatus.WARNING
    return ClockStatus.OK


def check_now(now) -> datetime:
    if not isinstance(now, datetime) or now.tzinfo is None:
        # A programming error rather than user input; still a readable message.
        raise ValidationError(f"now must be a timezone-aware datetime, not {now!r}")
    # A clock set to year 9999 must not write times no time zone can show.
    return check_aware(now, "now", translate("Fields", "Time")).astimezone(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None
