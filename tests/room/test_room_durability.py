"""A position the phone was told is saved survives `kill -9` of the room right after."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from facilitator.services import proposals
from facilitator.services import room as room_service
from facilitator.store import Store
from tests.room.served import open_round, start_session

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from facilitator.room.app import RoomConfig
from facilitator.room.server import RoomServer
from facilitator.store import Store

server = RoomServer(RoomConfig(Store.open(sys.argv[1]), int(sys.argv[2])), "127.0.0.1", 0)
print("PORT", server.port, flush=True)
server.serve()
"""

pytestmark = pytest.mark.slow


def _serve(location: str, workshop_id: int) -> tuple[subprocess.Popen, int]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, location, str(workshop_id)],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready, _, _ = select.select([child.stdout], [], [], 60)
    assert ready, "the room did not say its port within 60 s"
    line = child.stdout.readline()
    assert line.startswith("PORT "), line or child.stderr.read()
    return child, int(line.split()[1])


def test_a_position_answered_with_200_is_stored_when_the_room_is_killed_at_once(demo, db_location):
    store, workshop_id = demo.store, demo.workshop(6)
    start_session(store, workshop_id)
    badges = room_service.issue_badges(store, workshop_id)
    round_id = open_round(store, workshop_id, "Eşleştirme havuzu her ay güncellensin")

    # Three phones, each answered and followed by kill -9 (the last one changes its mind).
    taps = [(badges[0], "2"), (badges[1], "7"), (badges[0], "5")]
    for badge, value in taps:
        child, port = _serve(db_location, workshop_id)
        try:
            answer = httpx.post(
                f"http://127.0.0.1:{port}/api/position",
                headers={"X-Room-Token": badge.token},
                json={"round": round_id, "value": value},
                timeout=60,
            )
            if answer.status_code == 200:
                os.kill(child.pid, signal.SIGKILL)
            assert answer.status_code == 200, answer.text
            assert answer.json()["value"] == value
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL

    reopened = Store.open(db_location)  # as the window would find it after the crash
    try:
        stored = proposals.get_round(reopened, round_id)
    finally:
        reopened.close()
    assert sorted((p.holder_id, p.value) for p in stored.positions) == sorted(
        [(badges[0].person_id, "5"), (badges[1].person_id, "7")]
    )
