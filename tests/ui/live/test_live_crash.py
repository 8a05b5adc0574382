"""Kill the live screen at random moments: every note it showed is in the database.

A subprocess runs the real live screen; notes are typed with real key events
(Turkish letters included) and saved with Enter; the agenda moves on with
Ctrl+Right. The child says what it has shown; the test kills it with SIGKILL
at a random moment, in every state of the session: started with its key, ended
(the summary on screen), reopened with its key, and rehearsing on a copy; then
checks the file.
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
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from facilitator.services import live
from facilitator.services.live import rehearsal
from facilitator.store import Store
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.live.live_window import LiveWindow
from tests.ui.keys import type_text

app = QApplication([])
database, workshop_id, round_, scenario, folder = sys.argv[1:6]
store, workshop_id = Store.open(database), int(workshop_id)
if scenario == "rehearsal":
    copy = rehearsal.open_rehearsal(store, workshop_id, Path(folder))
    print("REHEARSAL", copy.resumed, copy.path, flush=True)
    store, workshop_id = copy.store, copy.workshop_id
window = LiveWindow(store, ChangeBus(), rehearsal=scenario == "rehearsal")
window.open_workshop(workshop_id)
window.show()
window.activateWindow()
for _ in range(500):  # the screen's keys act in the active window
    if window.isActiveWindow():
        break
    QTest.qWait(10)
panel = window.notes
shown = panel._show_note


def show_and_say(row):
    shown(row)
    print("SHOWN", row.id, row.text, flush=True)


panel._show_note = show_and_say
print("FIELD", panel.note_field.text(), flush=True)  # a note left half-typed comes back
count = [0]


def press(key, modifiers=Qt.ControlModifier):
    # Where the keyboard is: the note field, or the summary once the session has ended.
    QTest.keyClick(QApplication.focusWidget() or panel.note_field, key, modifiers)


def step():
    restored = count[0] == 0 and panel.note_field.text()
    if count[0] == 0:
        shift = Qt.ControlModifier | Qt.ShiftModifier
        if scenario == "reopened":
            press(Qt.Key_O, shift)
        elif not window.state.in_session:
            press(Qt.Key_B, shift)
            if not window.state.in_session:  # planned for another day: the key twice
                press(Qt.Key_B, shift)
            press(Qt.Key_Right)
        else:
            press(Qt.Key_Right)
        print("ITEM", window.notes.item_id, flush=True)
    if restored:
        QTest.keyClick(panel.note_field, Qt.Key_Return)  # the note typed before the kill
    count[0] += 1
    if scenario == "ended" and count[0] > 3:
        shift = Qt.ControlModifier | Qt.ShiftModifier
        press(Qt.Key_E, shift)
        press(Qt.Key_E, shift)
        print("ENDED", window.summary.isVisible(), flush=True)
        return
    panel.note_field.setFocus()
    if scenario == "typing":  # killed in the middle of a note, before Enter
        type_text(panel.note_field, f"Yarım kalan not {round_}: ğüşıöçİ")
        print("TYPED", panel.note_field.text(), flush=True)
        return
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


def _stored(path: Path) -> dict[int, str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return dict(conn.execute("SELECT id, text FROM note"))
    finally:
        conn.close()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _state(path: Path, workshop_id: int):
    reopened = Store.open(path)
    try:
        return live.session_state(reopened, workshop_id, live.system_clock())
    finally:
        reopened.close()


def _kill_round(args, rng, lines_until_kill) -> tuple[list[str], dict[int, str]]:
    """Run the child, read what it says, kill it at a random moment; (first lines, shown)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    said: list[str] = []
    shown: dict[int, str] = {}
    try:
        while True:
            line = _read_line(child)
            assert line, child.stderr.read()
            if line.startswith("SHOWN "):
                _, note_id, text = line.rstrip("\n").split(" ", 2)
                shown[int(note_id)] = text
                if len(shown) >= lines_until_kill:
                    break
            else:
                said.append(line.rstrip("\n"))
                if line.startswith(("ENDED", "TYPED")):
                    break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    return said, shown


def _item_of(said: list[str]) -> int | None:
    line = next(line for line in said if line.startswith("ITEM "))
    return None if line.split()[1] == "None" else int(line.split()[1])


@pytest.mark.slow
def test_killing_the_live_screen_loses_nothing_it_showed_in_any_state(home, db_path, tmp_path):
    """In session, ended (summary shown), reopened and rehearsing: killed at a random
    moment, the file holds every note shown and the session is where the screen showed it."""
    store = Store.open(demo_database(db_path))  # a real file, shared with the child
    main = next(s for s in series.list_series(store) if s.workshop_count >= 6)
    sixth = next(
        i for i in listing.list_workshops(store) if i.number == 6 and i.series_id == main.id
    )
    planned = next(
        i
        for i in listing.list_workshops(store)
        if i.status in ("draft", "scheduled") and i.id != sixth.id
    )
    for n in range(30):
        agenda.add_item(store, sixth.id, title=f"Madde {n + 1}", planned_minutes=5)
    store.close()
    folder = tmp_path / "rehearsals"
    rng = random.Random(20261122)
    shown: dict[int, str] = {}
    scenarios = ["session"] * 4 + ["typing"] + ["session"] * 4
    scenarios += ["ended", "reopened", "typing", "reopened", "ended", "reopened"]
    typed = None
    for round_, scenario in enumerate(scenarios):
        # Ending: killed with the summary on the screen (after three notes).
        kill_after = 10**6 if scenario == "ended" else rng.randint(1, 12)
        said, seen = _kill_round((db_path, sixth.id, round_, scenario, folder), rng, kill_after)
        shown.update(seen)
        field = next(line for line in said if line.startswith("FIELD"))[len("FIELD ") :]
        if typed is not None:  # the half-typed note came back, and Enter saved it
            assert field == typed, f"round {round_}: the typed note did not come back"
            assert typed in seen.values()
        typed = said[-1][len("TYPED ") :] if scenario == "typing" else None
        stored = _stored(db_path)
        missing = {i: t for i, t in shown.items() if stored.get(i) != t}
        assert missing == {}, f"round {round_} ({scenario}): shown but not stored: {missing}"
        state = _state(db_path, sixth.id)
        if scenario == "typing":
            assert state.in_session and typed.startswith("Yarım kalan not")
        elif scenario == "ended":
            assert said[-1] == "ENDED True"
            assert state.session_ended_at is not None and not state.in_session
        else:
            assert state.in_session
            item = _item_of(said)
            assert item is not None and state.current_item.id == item
    assert len(shown) >= 20

    # Rehearsing the next planned workshop: what the rehearsal showed is in its copy (and
    # comes back with it); the workshop itself never changes.
    before = _dump(db_path)
    rehearsed: dict[int, str] = {}
    copy_path = None
    for round_ in range(4):
        said, seen = _kill_round(
            (db_path, planned.id, 100 + round_, "rehearsal", folder), rng, rng.randint(1, 6)
        )
        flag, copy_path = said[0].split(" ", 2)[1:]
        assert flag == ("True" if round_ else "False")  # resumed after the first kill
        rehearsed.update(seen)
        stored = _stored(Path(copy_path))
        missing = {i: t for i, t in rehearsed.items() if stored.get(i) != t}
        assert missing == {}, f"rehearsal round {round_}: shown but not stored: {missing}"
    assert _dump(db_path) == before
    assert _state(db_path, planned.id).session_started_at is None
