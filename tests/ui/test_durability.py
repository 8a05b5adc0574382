"""An edit the window shows as saved survives `kill -9` right after the field is left."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.services import workshops
from facilitator.services.demo import load_demo
from facilitator.store import Store

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from facilitator.store import Store
from facilitator.ui.app import Application
from tests.ui.keys import type_text

app = QApplication([])
application = Application(app, Store.open(sys.argv[1]))
window = application.start()

def edit():
    if window.pages.currentWidget() is None:  # the start page opens after the first paint
        QTimer.singleShot(10, edit)
        return
    overview = window.workshop_page.overview
    field = getattr(overview, sys.argv[2])
    overview.form.saved.connect(
        lambda name: print("SAVED", name, window.workshop_page.workshop_id, flush=True)
    )
    field.setFocus()
    QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    type_text(field, sys.argv[3])
    QTest.keyClick(field, Qt.Key_Tab)

QTimer.singleShot(0, edit)
app.exec()
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("title", "Öncelikler: gönüllülük, şeffaflık & ılımlı büyüme"),
        ("guiding_question", "Işık Vakfı'nın İzmir deneyimi nasıl aktarılır?"),
        ("venue_name", "Çekirge Kültür Evi"),
    ],
)
def test_field_left_then_process_killed_loses_nothing(home, db_path, field, text):
    store = Store.open(db_path)
    load_demo(store)
    store.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), field, text],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "the app did not report the saved field within 60 s"
        line = child.stdout.readline()
        assert line.startswith(f"SAVED {field} "), line or child.stderr.read()
        workshop_id = int(line.split()[2])
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    reopened = Store.open(db_path)
    try:
        row = workshops.get_workshop(reopened, workshop_id)
    finally:
        reopened.close()
    assert getattr(row, field) == text
