"""A full room on the real server (loopback only): 150 phones follow it by Server-Sent
Events, all see the round open and all give their position at once; each position is
stored once and answered. How fast is for ``benchmarks/room_tap.py``; nothing here is timed
but the generous limits that keep a broken server from hanging the run."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from facilitator.services import proposals
from tests.room.served import add_phones, open_round, served, start_session

PHONES = 150
LIMIT = 120.0  # seconds for the whole storm: a safety net, not a measure

pytestmark = pytest.mark.slow


async def _view_events(lines):
    """The views a stream carries, one by one (heartbeats skipped)."""
    event = None
    async for line in lines:
        if line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:") and event == "view":
            yield json.loads(line[5:])
        elif not line:
            event = None


async def _storm(url: str, badges, open_the_round):
    """Every phone connects, waits for the round, then gives its position."""
    connected = 0
    all_connected = asyncio.Event()
    round_seen: dict[int, int] = {}
    answers: dict[int, tuple[int, dict]] = {}
    limits = httpx.Limits(max_connections=2 * len(badges) + 10, max_keepalive_connections=0)
    timeout = httpx.Timeout(LIMIT, connect=30.0)

    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=timeout) as client:

        async def phone(n: int, badge) -> None:
            nonlocal connected
            async with client.stream("GET", "/api/events", params={"t": badge.token}) as stream:
                assert stream.status_code == 200, stream.status_code
                views = _view_events(stream.aiter_lines())
                first = await anext(views)
                assert first["round"] is None
                connected += 1
                if connected == len(badges):
                    all_connected.set()
                async for view in views:
                    if view["round"] is not None:
                        round_seen[n] = view["round"]["id"]
                        break
                answer = await client.post(
                    "/api/position",
                    headers={"X-Room-Token": badge.token},
                    json={"round": round_seen[n], "value": str(n % 6)},
                )
                answers[n] = (answer.status_code, answer.json())

        phones = [asyncio.create_task(phone(n, b)) for n, b in enumerate(badges)]
        await asyncio.wait_for(all_connected.wait(), LIMIT)
        round_id = await asyncio.to_thread(open_the_round)
        await asyncio.wait_for(asyncio.gather(*phones), LIMIT)
    return round_id, round_seen, answers


def test_150_phones_on_open_streams_all_vote_at_once_and_each_position_is_stored_once(demo):
    store, workshop_id = demo.store, demo.workshop(6)
    start_session(store, workshop_id)
    badges = add_phones(store, workshop_id, PHONES)
    assert len(badges) == PHONES

    def open_the_round() -> int:
        return open_round(
            store, workshop_id, "Gönüllü eşleştirme pilotu başlasın", method="fist_to_five"
        )

    with served(store, workshop_id) as server:
        round_id, round_seen, answers = asyncio.run(_storm(server.url, badges, open_the_round))

    assert round_seen == {n: round_id for n in range(PHONES)}  # every stream got the round
    assert sorted(answers) == list(range(PHONES))
    refused = {n: a for n, a in answers.items() if a[0] != 200}
    assert refused == {}
    told = {n: body for n, (_status, body) in answers.items()}
    assert told == {
        n: {"round": round_id, "value": str(n % 6), "proxy": False, "replaced": None}
        for n in range(PHONES)
    }

    stored = proposals.get_round(store, round_id)
    assert len(stored.positions) == PHONES
    assert sorted((p.holder_id, p.value) for p in stored.positions) == sorted(
        (b.person_id, str(n % 6)) for n, b in enumerate(badges)
    )
    assert sum(count for _value, count in stored.tally) == PHONES
