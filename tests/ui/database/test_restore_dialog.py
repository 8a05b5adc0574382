"""A damaged database at start-up: the restore dialog, and what accepting or declining it does."""

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from facilitator.errors import DamagedDatabaseError
from facilitator.services import workshops
from facilitator.services.demo import load_demo
from facilitator.store import Store, backups
from facilitator.ui.database import restore_dialog
from facilitator.ui.database.restore_dialog import RestoreDialog, open_or_restore

MOMENT = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)


def damaged_database_with_backup(path: Path) -> tuple[Path, backups.Backup]:
    store = Store.open(path)
    try:
        load_demo(store)
    finally:
        store.close()
    made = backups.make_backup(path, "open", now=datetime(2026, 11, 21, 8, 5, tzinfo=UTC))
    data = path.read_bytes()
    middle = len(data) // 2
    path.write_bytes(data[:middle] + random.Random(1).randbytes(8192) + data[middle + 8192 :])
    return path, made


def test_the_dialog_names_the_file_the_backup_and_where_the_damaged_file_goes(qtbot, tmp_path):
    db, made = damaged_database_with_backup(tmp_path / "çalıştay.db")
    kept = backups.aside_path(db, "damaged", MOMENT)
    dialog = RestoreDialog(db, f"{db} is damaged (integrity check: x)", made, kept)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = "\n".join(label.text() for label in dialog.labels)
    assert str(db) in shown
    assert kept.name in shown
    local = made.taken_at.astimezone()
    assert f"{local:%H:%M}" in shown and str(local.year) in shown
    assert dialog.restore_button is not None and dialog.restore_button.isDefault()

    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted


def test_without_a_backup_the_dialog_only_offers_to_quit(qtbot, tmp_path):
    db = tmp_path / "yedeksiz.db"
    dialog = RestoreDialog(db, "hasarlı", None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button is None
    assert any("no verified backup" in label.text() for label in dialog.labels)
    qtbot.mouseClick(dialog.quit_button, Qt.LeftButton)
    assert dialog.result() == QDialog.Rejected


def test_accepting_restores_the_backup_and_keeps_the_damaged_file(
    qtbot, tmp_path, monkeypatch, dump_database
):
    db, made = damaged_database_with_backup(tmp_path / "çalıştay.db")
    damaged = db.read_bytes()
    asked = []

    def ask(_parent, database, problem, backup, kept_as):
        asked.append((database, backup, kept_as))
        return True

    monkeypatch.setattr(restore_dialog, "ask_restore", ask)
    store = open_or_restore(db, now=lambda: MOMENT)
    try:
        assert len(workshops.list_workshops(store)) >= 6, "the demo workshops are back"
    finally:
        store.close()
    ((database, backup, kept_as),) = asked
    assert database == db and backup == made
    assert kept_as.read_bytes() == damaged, "the damaged file is kept under the name shown"
    assert kept_as.parent == db.parent


def test_declining_leaves_the_damaged_file_exactly_as_it_was(qtbot, tmp_path, monkeypatch):
    db, _made = damaged_database_with_backup(tmp_path / "çalıştay.db")
    damaged = db.read_bytes()
    before = sorted(p.name for p in tmp_path.iterdir())
    monkeypatch.setattr(restore_dialog, "ask_restore", lambda *a: False)
    with pytest.raises(DamagedDatabaseError):
        open_or_restore(db, now=lambda: MOMENT)
    assert db.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_database_cut_to_nothing_is_offered_for_restore_not_started_afresh(
    qtbot, tmp_path, monkeypatch, dump_database
):
    db, made = damaged_database_with_backup(tmp_path / "sıfır.db")
    db.write_bytes(b"")  # e.g. a full disk or a sync tool cut it
    asked = []
    monkeypatch.setattr(restore_dialog, "ask_restore", lambda *a: asked.append(a) or True)
    store = open_or_restore(db, now=lambda: MOMENT)
    try:
        assert len(workshops.list_workshops(store)) >= 6, "the backup is back, not a new database"
    finally:
        store.close()
    assert len(asked) == 1 and asked[0][3] == made
    assert "empty" in asked[0][2]
    kept = backups.aside_path(db, "damaged", MOMENT)
    assert kept.exists() and kept.stat().st_size == 0


@pytest.fixture
def english_after():
    """offer_choice switches to the language of the settings (Turkish); put English back."""

    yield


def test_a_failed_restore_is_shown_in_a_window_not_only_on_stderr(
    qtbot, tmp_path, monkeypatch, answers, english_after
):
    from facilitator.errors import StoreError
    from facilitator.ui import app as app_module

    db, _made = damaged_database_with_backup(tmp_path / "çalıştay.db")
    monkeypatch.setattr(restore_dialog, "ask_restore", lambda *a: True)

    def broken(*_args, **_kwargs):
        raise StoreError("disk dolu: geri yüklenemedi")

    monkeypatch.setattr(restore_dialog.backups, "restore_backup", broken)
    problem = DamagedDatabaseError("hasarlı")
    assert app_module.offer_choice(db, [], problem) is None
    assert answers.errors == ["disk dolu: geri yüklenemedi"]


def test_declining_the_restore_shows_nothing_more(
    qtbot, tmp_path, monkeypatch, answers, english_after
):
    from facilitator.ui import app as app_module

    db, _made = damaged_database_with_backup(tmp_path / "çalıştay.db")
    monkeypatch.setattr(restore_dialog, "ask_restore", lambda *a: False)
    assert app_module.offer_choice(db, [], DamagedDatabaseError("hasarlı")) is None
    assert answers.errors == []


def test_a_hot_journal_is_recovered_not_offered_for_restoring(qtbot, tmp_path, monkeypatch):
    """A crash in rollback-journal mode leaves a -journal: SQLite's recovery state, not damage.
    The app rolls it back and opens the data; no restore that would lose it is offered."""
    from tests.store.test_files_not_ours import counts, leave_hot_journal

    db = tmp_path / "günlüklü.db"
    store = Store.open(db)
    try:
        load_demo(store)
    finally:
        store.close()
    backups.make_backup(db, "open")
    before = counts(db)
    leave_hot_journal(db)
    asked = []
    monkeypatch.setattr(restore_dialog, "ask_restore", lambda *a: asked.append(a) or True)
    store = open_or_restore(db)
    try:
        assert [w.title for w in workshops.list_workshops(store)] != []
    finally:
        store.close()
    assert asked == []
    assert counts(db) == before
