"""Automatic backups while the app runs: when they are made, and off the GUI thread."""

import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest

from facilitator.services import directory
from facilitator.store import backups
from facilitator.ui.database import backup_scheduler
from facilitator.ui.database.backup_scheduler import BackupScheduler
from facilitator.ui.kit.changes import ORGANIZATION, ChangeBus


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


# Automatic backups are copies of the database file: nothing here runs against a server.
pytestmark = pytest.mark.file_only


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def scheduler(qtbot, store, clock):
    made = BackupScheduler(store.path, now=clock)
    yield made
    assert made.wait(30000)


def reasons(db):
    return [b.reason for b in backups.list_backups(db)]


def test_on_start_a_backup_is_made_when_none_is_recent(qtbot, store, scheduler, clock):
    with qtbot.waitSignal(scheduler.backed_up, timeout=10000) as signal:
        scheduler.start()
    assert signal.args[0].reason == "open"
    assert backups.verify_database_file(signal.args[0].path).ok
    assert reasons(store.path) == ["open"]


def test_on_start_no_backup_when_the_newest_is_recent(qtbot, store, scheduler, clock):
    backups.make_backup(store.path, "open", now=clock.now - timedelta(hours=11))
    scheduler.start()
    assert not scheduler.busy, "no backup was started"
    assert reasons(store.path) == ["open"]


def test_the_timer_backs_up_only_after_changes(qtbot, store, scheduler, clock):
    backups.make_backup(store.path, "open", now=clock.now)
    bus = ChangeBus()
    bus.saved.connect(scheduler.note_change)
    scheduler.start()

    scheduler.tick()  # nothing changed: no backup
    assert not scheduler.busy

    org = directory.create_organization(store, "Işık Vakfı")
    bus.announce(ORGANIZATION, org.id)
    clock.now += timedelta(minutes=30)
    with qtbot.waitSignal(scheduler.backed_up, timeout=10000) as signal:
        scheduler.tick()
    assert signal.args[0].reason == "periodic"
    assert not scheduler.has_unsaved_changes

    qtbot.waitUntil(lambda: not scheduler.busy)
    scheduler.tick()  # backed up already
    assert not scheduler.busy
    assert reasons(store.path) == ["periodic", "open"]


def test_on_quit_a_backup_is_made_after_changes(qtbot, store, scheduler, clock, dump_database):
    backups.make_backup(store.path, "open", now=clock.now)
    scheduler.start()
    directory.create_organization(store, "Öncü Gıda")
    scheduler.note_change()
    clock.now += timedelta(minutes=5)
    scheduler.finish()
    newest = backups.list_backups(store.path)[0]
    assert newest.reason == "quit"
    assert any("Öncü Gıda" in row for row in dump_database(newest.path)["organization"])


def test_on_quit_without_changes_no_backup(qtbot, store, scheduler, clock):
    backups.make_backup(store.path, "open", now=clock.now)
    scheduler.start()
    scheduler.finish()
    assert reasons(store.path) == ["open"]


def test_the_backup_runs_on_a_worker_thread(qtbot, store, scheduler, monkeypatch):
    threads = []
    real = backups.backup_and_rotate

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_scheduler.backups, "backup_and_rotate", spy)
    with qtbot.waitSignal(scheduler.backed_up, timeout=10000):
        scheduler.start()
    assert threads and threads[0] is not threading.main_thread()


def test_a_failed_backup_is_reported_and_tried_again(qtbot, store, scheduler, monkeypatch):
    def broken(*_args, **_kwargs):
        from facilitator.errors import StoreError

        raise StoreError("disk full")

    monkeypatch.setattr(backup_scheduler.backups, "backup_and_rotate", broken)
    with qtbot.waitSignal(scheduler.failed, timeout=10000) as signal:
        scheduler.start()
    assert signal.args == ["disk full"]
    assert scheduler.has_unsaved_changes, "the next tick tries again"


def test_the_app_backs_up_on_start_and_hears_every_change(qtbot, facilitator_app, store):
    from tests.ui.conftest import start_window

    window = start_window(qtbot, facilitator_app)
    facilitator_app.start_backups()
    qtbot.waitUntil(lambda: reasons(store.path) == ["open"], timeout=10000)
    window.bus.announce(ORGANIZATION)
    assert facilitator_app.backups.has_unsaved_changes

    facilitator_app.backups.tick()
    qtbot.waitUntil(lambda: not facilitator_app.backups.busy, timeout=10000)
    facilitator_app.change_language("tr")  # the window is rebuilt with a new bus
    facilitator_app.window.bus.announce(ORGANIZATION)
    assert facilitator_app.backups.has_unsaved_changes
    facilitator_app.finish_backups()
    assert reasons(store.path)[0] == "quit"


def test_a_note_typed_on_the_live_screen_counts_as_a_change(qtbot, store, demo, facilitator_app):
    """Live notes announce nothing; the store's write count still makes them backed up."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from facilitator.services import agenda
    from tests.ui.conftest import start_window
    from tests.ui.keys import type_text

    sixth = demo.workshop(6)
    agenda.add_item(store, sixth, title="Açılış", planned_minutes=15)
    window = start_window(qtbot, facilitator_app)
    facilitator_app.start_backups()
    scheduler = facilitator_app.backups
    qtbot.waitUntil(lambda: reasons(store.path) == ["open"] and not scheduler.busy, timeout=10000)
    window.open_workshop(sixth)
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    live_window = window.live_window
    assert live_window is not None
    qtbot.addWidget(live_window)
    assert not scheduler.has_unsaved_changes  # opening the live screen writes nothing
    live_window.start_session()
    live_window.start_session()  # planned for another day: the key twice
    assert live_window.state.in_session
    with qtbot.waitSignal(scheduler.backed_up, timeout=10000):
        scheduler.tick()  # starting the session was a change: backed up now
    assert not scheduler.has_unsaved_changes

    field = live_window.notes.note_field
    field.setFocus()
    type_text(field, "Yedeklenecek not")
    qtbot.keyClick(field, Qt.Key_Return)
    QApplication.processEvents()
    assert live_window.notes.feed.rows()[-1].text == "Yedeklenecek not"
    assert scheduler.has_unsaved_changes

    with qtbot.waitSignal(scheduler.backed_up, timeout=10000) as signal:
        scheduler.tick()
    assert signal.args[0].reason == "periodic"
    conn = sqlite3.connect(signal.args[0].path)
    try:
        texts = [r[0] for r in conn.execute("SELECT text FROM note")]
    finally:
        conn.close()
    assert "Yedeklenecek not" in texts
    assert not scheduler.has_unsaved_changes
    live_window.timer.stop()
    live_window.close()
