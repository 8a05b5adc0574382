"""Times typed on a workshop's clocks on the days those clocks change."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from facilitator.ui.kit.timefmt import clock, from_local


def test_a_time_the_clocks_skip_is_shown_as_the_instant_it_becomes():
    # Brussels goes from 02:00 to 03:00 on 29 March 2026: 02:30 does not exist there.
    typed = from_local(date(2026, 3, 29), time(2, 30), "Europe/Brussels")
    assert typed == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert clock(typed, "Europe/Brussels") == "03:30"  # shown as it will be read back


def test_a_time_the_clocks_pass_twice_is_the_first_and_ordinary_times_are_exact():
    twice = from_local(date(2026, 10, 25), time(2, 30), "Europe/Brussels")
    assert twice == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # still summer time (UTC+2)
    istanbul = from_local(date(2026, 3, 14), time(11, 0), "Europe/Istanbul")
    assert istanbul == datetime(2026, 3, 14, 8, 0, tzinfo=UTC)
    assert clock(istanbul, "Europe/Istanbul") == "11:00"
