"""``facilitator room WORKSHOP_ID [--host ADDR] [--port N]`` as a moderator runs it: the
address and room code printed, the room answering a badge, Ctrl+C closing it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx
import pytest

from facilitator.services import live
from facilitator.services import room as room_service
from facilitator.store import Store
from tests.cli.test_cli import REPO_ROOT, run
from tests.room.conftest import NOW

pytestmark = pytest.mark.slow


def _start(db, *args):
    env = dict(os.environ, PYTHONIOENCODING="utf-8", TZ="Europe/Istanbul")
    env.pop("FACILITATOR_DATABASE", None)
    return subprocess.Popen(
        [sys.executable, "-m", "facilitator", "--database", str(db), "room", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO_ROOT,
    )


def test_the_room_prints_its_address_and_code_answers_a_badge_and_closes_on_ctrl_c(
    demo_copy, tmp_path
):
    db = demo_copy(tmp_path / "demo.db")
    store = Store.open(db)
    try:
        live.start_session(store, 6, NOW)
        badge = room_service.issue_badges(store, 6)[0]
        code = room_service.room_settings(store, 6).code
    finally:
        store.close()
    child = _start(db, "6", "--host", "127.0.0.1", "--port", "0")
    try:
        lines = [child.stdout.readline().rstrip("\n") for _ in range(4)]
        assert lines[0].startswith("Room of workshop 6: ")
        assert lines[1].startswith("Address: http://127.0.0.1:")
        assert lines[2] == f"Room code: {code}"
        assert lines[3] == "Ctrl+C closes the room."
        url = lines[1].split()[1]
        me = httpx.get(url + "api/me", headers={"X-Room-Token": badge.token}, timeout=10)
        assert me.status_code == 200 and me.json()["name"] == badge.name
        assert (
            httpx.get(url + "api/me", headers={"X-Room-Token": "x.y"}, timeout=10).status_code
            == 401
        )
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err
    assert out.strip().endswith("The room is closed.")


def test_an_unknown_workshop_or_port_is_refused_in_one_line(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "demo.db")
    missing = run("--database", str(db), "room", "999")
    assert missing.returncode != 0
    assert missing.stderr.strip().splitlines() == [
        "facilitator: error: The workshop #999 no longer exists."
    ]
    port = run("--database", str(db), "room", "6", "--port", "70000")
    assert port.returncode != 0
    assert "70000 is not a port number" in port.stderr
