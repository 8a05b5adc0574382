"""``facilitator export badges WORKSHOP_ID -o FILE.pdf [--host ADDR] [--port N]`` as a user
runs it."""

from __future__ import annotations

import math

import pytest
from pypdf import PdfReader

from facilitator.room.server import DEFAULT_PORT, lan_address
from facilitator.services import room as room_service
from facilitator.store import Store
from tests.cli.test_cli import run, sha256
from tests.documents.test_badges import as_tuples, drawn_codes

pytestmark = pytest.mark.slow


def test_badges_point_to_the_address_given(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "demo.db")
    out = tmp_path / "yaka kartları.pdf"
    result = run(
        "--database", str(db), "export", "badges", "6", "-o", str(out),
        "--host", "192.168.1.20", "--port", "9000",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    store = Store.open(db)
    try:
        badges = room_service.issue_badges(store, 6)  # those the command issued, kept
    finally:
        store.close()
    lines = result.stdout.splitlines()
    assert lines == [
        f"Wrote {len(badges)} badges to {out}, their codes pointing to http://192.168.1.20:9000/"
    ]
    assert len(PdfReader(str(out)).pages) == math.ceil(len(badges) / 8)
    import segno

    codes = [modules for modules, _box in drawn_codes(out)]
    assert codes == [
        as_tuples(segno.make(f"http://192.168.1.20:9000/j#t={b.token}", error="m").matrix)
        for b in badges
    ]


def test_by_default_badges_point_to_this_computer_on_the_room_port(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "demo.db")
    out = tmp_path / "kartlar.pdf"
    result = run("--database", str(db), "export", "badges", "6", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(f"pointing to http://{lan_address()}:{DEFAULT_PORT}/")


def test_a_bad_file_name_or_port_touches_nothing(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "demo.db")
    before = sha256(db)
    result = run("--database", str(db), "export", "badges", "6", "-o", str(tmp_path / "k.docx"))
    assert result.returncode == 2
    assert result.stderr.strip() == "facilitator: error: k.docx: the file name must end in .pdf."
    out = tmp_path / "k.pdf"
    result = run("--database", str(db), "export", "badges", "6", "-o", str(out), "--port", "0")
    assert result.returncode == 2 and "0 is not a port number" in result.stderr
    assert sha256(db) == before and not out.exists()
