"""Another zone for a workshop: before its session it keeps the planned clock times (10:00
stays 10:00 where it is now held); from its start its times are facts and keep their
instants. Either way the change is whole or nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from facilitator.errors import StaleEditError, ValidationError
from facilitator.models import WorkshopStatus
from facilitator.services import live, workshops

START = datetime(2027, 3, 13, 7, 0, tzinfo=UTC)  # 10:00 in Istanbul, a Saturday


def _on_the_clock(value: datetime, zone: str) -> str:
    return value.astimezone(ZoneInfo(zone)).strftime("%d.%m.%Y %H:%M")


@pytest.fixture
def bursa(make_workshop):
    return make_workshop(
        "Bursa çalıştayı", START, START + timedelta(hours=3), time_zone="Europe/Istanbul"
    )


def test_a_workshop_not_started_keeps_its_planned_clock_times_in_its_new_zone(store, bursa):
    moved = workshops.update_workshop(store, bursa.id, time_zone="America/New_York")

    assert moved.time_zone == "America/New_York"
    assert _on_the_clock(moved.planned_start, "America/New_York") == "13.03.2027 10:00"
    assert _on_the_clock(moved.planned_end, "America/New_York") == "13.03.2027 13:00"
    # 10:00 in New York (UTC−5 that day) is 15:00 UTC: the instants moved, stored so.
    assert moved.planned_start == datetime(2027, 3, 13, 15, 0, tzinfo=UTC)
    assert workshops.get_workshop(store, bursa.id) == moved
    assert not moved.started


def test_summer_time_of_the_new_zone_counts(store, make_workshop):
    july = datetime(2027, 7, 3, 7, 0, tzinfo=UTC)  # 10:00 in Istanbul
    w = make_workshop("Yaz", july, july + timedelta(hours=2), time_zone="Europe/Istanbul")
    moved = workshops.update_workshop(store, w.id, time_zone="Europe/Brussels")
    assert moved.planned_start == datetime(2027, 7, 3, 8, 0, tzinfo=UTC)  # 10:00 CEST


def test_once_the_session_started_its_times_keep_their_instants(store, bursa):
    live.start_session(store, bursa.id, START + timedelta(minutes=4))
    moved = workshops.update_workshop(store, bursa.id, time_zone="America/New_York")

    assert moved.started
    assert moved.time_zone == "America/New_York"
    assert (moved.planned_start, moved.planned_end) == (START, START + timedelta(hours=3))
    state = live.session_state(store, bursa.id, START + timedelta(minutes=10))
    assert state.session_started_at == START + timedelta(minutes=4)  # the fact, unmoved
    assert state.time_zone == "America/New_York"


def test_a_workshop_recorded_as_held_keeps_its_instants_too(store, bursa):
    workshops.update_workshop(store, bursa.id, status=WorkshopStatus.HELD)
    moved = workshops.update_workshop(store, bursa.id, time_zone="Europe/London")
    assert moved.started
    assert moved.planned_start == START


def test_planned_times_given_with_the_zone_are_taken_as_given(store, bursa):
    """What an undo does: the old zone and the old instants, exactly."""
    moved = workshops.update_workshop(store, bursa.id, time_zone="America/New_York")
    back = workshops.update_workshop(
        store,
        bursa.id,
        expect={
            "time_zone": "America/New_York",
            "planned_start": moved.planned_start,
            "planned_end": moved.planned_end,
        },
        time_zone="Europe/Istanbul",
        planned_start=START,
        planned_end=START + timedelta(hours=3),
    )
    assert (back.time_zone, back.planned_start, back.planned_end) == (
        "Europe/Istanbul",
        START,
        START + timedelta(hours=3),
    )


def test_an_undo_finding_the_workshop_changed_since_changes_nothing(store, bursa):
    workshops.update_workshop(store, bursa.id, time_zone="America/New_York")
    workshops.update_workshop(store, bursa.id, time_zone="Europe/London")  # meanwhile
    before = workshops.get_workshop(store, bursa.id)
    with pytest.raises(StaleEditError):
        workshops.update_workshop(
            store,
            bursa.id,
            expect={"time_zone": "America/New_York"},
            time_zone="Europe/Istanbul",
            planned_start=START,
            planned_end=START + timedelta(hours=3),
        )
    assert workshops.get_workshop(store, bursa.id) == before


@pytest.mark.parametrize(
    "changes",
    [
        {"time_zone": "Mars/Olympus"},
        {"time_zone": "America/New_York", "title": "   "},  # one wrong value: none is saved
    ],
)
def test_a_refused_change_leaves_the_zone_and_the_times_as_they_were(store, bursa, changes):
    with pytest.raises(ValidationError):
        workshops.update_workshop(store, bursa.id, **changes)
    assert workshops.get_workshop(store, bursa.id) == bursa


def test_the_zone_a_new_workshop_gets_is_told_before_it_is_created(
    store, bursa, make_series, monkeypatch
):
    monkeypatch.setenv("TZ", "America/New_York")
    series = make_series()
    assert workshops.new_workshop_zone(store, None) == "America/New_York"
    workshops.update_workshop(store, bursa.id, series_id=series.id)
    assert workshops.new_workshop_zone(store, series.id) == "Europe/Istanbul"
