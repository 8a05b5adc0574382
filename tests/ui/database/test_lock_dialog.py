"""A database another Facilitator holds: the dialog naming the holder, read-only or quit."""

import os
import socket
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from facilitator.errors import DatabaseLockedError, StoreError
from facilitator.services import directory, workshops
from facilitator.services.demo import load_demo
from facilitator.store import Store
from facilitator.store.lock import Holder, InstanceLock
from facilitator.ui.app import Application
from facilitator.ui.database import lock_dialog
from facilitator.ui.database.lock_dialog import LockDialog, open_or_read_only


@pytest.fixture
def held_db(tmp_path):
    path = tmp_path / "paylaşılan.db"
    store = Store.open(path)
    try:
        load_demo(store)
    finally:
        store.close()
    held = InstanceLock.acquire(path)
    yield path
    held.release()


def test_the_dialog_names_computer_process_and_since_when(qtbot, tmp_path):
    since = datetime(2026, 11, 22, 6, 45, tzinfo=UTC)
    dialog = LockDialog(tmp_path / "x.db", Holder("moderator-laptop", 4242, since))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.values["host"].text() == "moderator-laptop"
    assert dialog.values["pid"].text() == "4242"
    local = since.astimezone()
    assert f"{local:%H:%M}" in dialog.values["since"].text()
    assert dialog.quit_button.isDefault(), "Enter quits: read-only is a deliberate choice"
    qtbot.mouseClick(dialog.read_only_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted


def test_choosing_read_only_opens_a_store_that_refuses_writes(qtbot, held_db, monkeypatch):
    asked = []
    monkeypatch.setattr(
        lock_dialog, "ask_open_read_only", lambda _p, db, holder: asked.append(holder) or True
    )
    store = open_or_read_only(held_db)
    try:
        assert asked[0].pid == os.getpid() and asked[0].host == socket.gethostname()
        assert store.read_only
        assert len(workshops.list_workshops(store)) >= 6
        with pytest.raises(StoreError, match="read-only"):
            directory.create_organization(store, "Işık Vakfı")
    finally:
        store.close()


def test_quitting_raises_and_opens_nothing(qtbot, held_db, monkeypatch):
    monkeypatch.setattr(lock_dialog, "ask_open_read_only", lambda *a: False)
    with pytest.raises(DatabaseLockedError):
        open_or_read_only(held_db)


def test_a_read_only_window_says_so_and_makes_no_backups(qtbot, qapp, held_db, answers):
    store = Store.open(held_db, read_only=True)
    application = Application(qapp, store)
    try:
        window = application.build_window()
        qtbot.addWidget(window)
        assert application.language == "tr"  # the default: the title is in Turkish
        assert window.windowTitle() == "Facilitator (salt okunur)"
        application.start_backups()
        assert application.backups is None
    finally:
        application.translators.remove_all()
        store.close()
