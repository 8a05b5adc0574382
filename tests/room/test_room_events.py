"""The event stream: the view as soon as a phone connects, again after each change, and
the laptop's time, so the phone's clock of the agenda item runs right whatever its own."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import httpx

from facilitator.services import agenda, live
from facilitator.services import room as room_service
from tests.room.served import open_round, served

LAPTOP_NOW = datetime(2026, 12, 3, 10, 7, 30, tzinfo=UTC)


class Events:
    """The events of one stream, read as they come."""

    def __init__(self, response):
        self._chunks = response.iter_bytes()
        self._buffer = b""

    def next(self, count: int) -> list[tuple[str, dict]]:
        found = []
        while len(found) < count:
            while b"\n\n" not in self._buffer:
                self._buffer += next(self._chunks)
            block, self._buffer = self._buffer.split(b"\n\n", 1)
            lines = dict(
                line.split(": ", 1) for line in block.decode().splitlines() if ": " in line
            )
            if "event" in lines:
                found.append((lines["event"], json.loads(lines["data"])))
        return found


def test_a_phone_gets_the_view_the_laptops_time_and_every_change(demo):
    store, workshop = demo.store, demo.workshop(6)
    started = LAPTOP_NOW - timedelta(minutes=7, seconds=30)
    agenda.add_item(store, workshop, title="Açılış ve tanışma", planned_minutes=10)
    live.start_session(store, workshop, started)
    badge = room_service.issue_badges(store, workshop)[0]
    with served(store, workshop, clock=lambda: LAPTOP_NOW) as server:
        params = {"t": badge.token, "lang": "en"}
        with httpx.stream("GET", server.url + "api/events", params=params, timeout=20) as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            events = Events(stream)
            (kind, view), (clock, now) = events.next(2)
            assert (kind, clock) == ("view", "clock")
            assert now == {"now": LAPTOP_NOW.timestamp()}
            item = view["item"]
            assert item == {
                "title": "Açılış ve tanışma",
                "planned": 600,
                "started": started.timestamp(),
            }
            assert view["round"] is None
            open_round(store, workshop, "Ortak takvim kurulsun")
            (kind, changed), _clock = events.next(2)
        assert kind == "view" and changed["round"]["title"] == "Ortak takvim kurulsun"
        assert changed["v"] > view["v"]
        assert changed["round"]["choices"][0]["label"] == "1 Wholehearted endorsement"


def test_a_badge_holds_a_few_streams_at_most_and_gets_one_back_when_it_closes(demo):
    from contextlib import ExitStack

    from facilitator.room.app import STREAMS_PER_BADGE

    store, workshop = demo.store, demo.workshop(6)
    badge = room_service.issue_badges(store, workshop)[0]
    with served(store, workshop) as server, httpx.Client(timeout=20) as phone:
        url, params = server.url + "api/events", {"t": badge.token}
        with ExitStack() as open_streams:
            reading = []  # each stream's reader kept: a dropped one closes its stream
            for _ in range(STREAMS_PER_BADGE):
                stream = open_streams.enter_context(phone.stream("GET", url, params=params))
                assert stream.status_code == 200
                reading.append(Events(stream))
                reading[-1].next(1)
            with phone.stream("GET", url, params=params) as refused:
                assert refused.status_code == 429
        # The server sees them closed (asked until it does, or the test's time is up).
        deadline = time.monotonic() + 10
        while True:
            with phone.stream("GET", url, params=params) as again:
                if again.status_code == 200 or time.monotonic() > deadline:
                    break
        assert again.status_code == 200
