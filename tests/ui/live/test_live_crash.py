"""Kill the live screen at random moments: every note it showed is in the database.

A subprocess runs the real live screen; notes are typed with real key events
(Turkish letters included) and saved with Enter; the agenda moves on with
Ctrl+Right. The child says what it has shown; the test kills it with SIGKILL
at a random moment, at least 20 times, then checks the file.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.services import agenda, listing, live, series
from facilitator.store import Store
from tests.conftest import demo_database

ROOT = Path(__file__).resolve().parents[3]

CHILD = r"""
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from facilitator.store import Store
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.live.live_window import LiveWindow
from tests.ui.keys import type_text

app = QApplication([])
store = Store.open(sys.argv[1])
window = LiveWindow(store, ChangeBus())
window.open_workshop(int(sys.argv[2]))
window.show()
panel = window.notes
shown = panel._show_note


def show_and_say(row):
    shown(row)
    print("SHOWN", row.id, row.text, flush=True)


panel._show_note = show_and_say
round_ = sys.argv[3]
count = [0]


def step():
    if count[0] == 0:
        QTest.keyClick(panel.note_field, Qt.Key_Right, Qt.ControlModifier)
        print("ITEM", window.notes.item_id, flush=True)
    count[0] += 1
    panel.note_field.setFocus()
    type_text(panel.note_field, f"Tur {round_} not {count[0]}: ğüşıöçİ & <b>")
    QTest.keyClick(panel.note_field, Qt.Key_Return)
    QTimer.singleShot(0, step)


QTimer.singleShot(0, step)
app.exec()
"""


def _read_line(child, timeout=60.0) -> str:
    ready, _, _ = select.select([child.stdout], [], [], timeout)
    assert ready, "the live screen said nothing within 60 s"
    return child.stdout.readline()


@pytest.mark.slow
def test_killing_the_live_screen_loses_no_note_it_showed(home, db_path):
    store = Store.open(demo_database(db_path))  # a real file, shared with the child
    main = next(s for s in series.list_series(store) if s.workshop_count >= 6)
    sixth = next(
        i for i in listing.list_workshops(store) if i.number == 6 and i.series_id == main.id
    )
    for n in range(30):
        agenda.add_item(store, sixth.id, title=f"Madde {n + 1}", planned_minutes=5)
    store.close()
    rng = random.Random(20261122)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    shown: dict[int, str] = {}
    for round_ in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_path), str(sixth.id), str(round_)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            item_line = _read_line(child)
            assert item_line.startswith("ITEM "), item_line or child.stderr.read()
            current_item = int(item_line.split()[1])
            for _ in range(rng.randint(1, 12)):  # a random moment: after 1 to 12 notes
                line = _read_line(child)
                assert line.startswith("SHOWN "), line
                _, note_id, text = line.rstrip("\n").split(" ", 2)
                shown[int(note_id)] = text
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
        assert child.returncode == -signal.SIGKILL

        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = dict(conn.execute("SELECT id, text FROM note"))
        finally:
            conn.close()
        missing = {i: t for i, t in shown.items() if stored.get(i) != t}
        assert missing == {}, f"round {round_}: shown but not stored: {missing}"

        reopened = Store.open(db_path)
        try:
            state = live.session_state(reopened, sixth.id, live.system_clock())
        finally:
            reopened.close()
        assert state.current_item is not None and state.current_item.id == current_item
    assert len(shown) >= 20
