"""An unexpected error anywhere in the GUI: logged with its traceback, told in one plain dialog.

The dialog is shown through ``dialogs.tell_unexpected``, which these tests replace
(``reported``); a few build the real dialog to look at what the user sees.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from facilitator import logs
from facilitator.documents import agenda as agenda_document
from facilitator.ui.database import backup_scheduler
from facilitator.ui.documents import export_dialog
from facilitator.ui.kit import dialogs, error_dialog
from facilitator.ui.kit.error_dialog import ErrorDialog, ErrorReporter

RAW = ("KeyError", "'x'", "Traceback")


def log_text() -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    path = logs.log_file()
    assert path is not None
    return path.read_text(encoding="utf-8")


class Reported(list):
    """Every report given to the (replaced) dialog, with the thread it was shown from."""

    def __init__(self):
        super().__init__()
        self.threads: list[threading.Thread] = []
        self.during = None  # called while the "dialog" is open, as a real exec() would be


@pytest.fixture
def reported(qapp, monkeypatch, home) -> Reported:
    """Logging set up, the app's reporter installed as sys.excepthook, the dialog replaced."""
    logs.setup_logging()
    seen = Reported()

    def tell_unexpected(_parent, report):
        seen.append(report)
        seen.threads.append(threading.current_thread())
        if seen.during is not None:
            during, seen.during = seen.during, None
            during(report)

    monkeypatch.setattr(dialogs, "tell_unexpected", tell_unexpected)
    reporter = ErrorReporter.of(qapp)
    reporter.install()
    yield seen
    reporter.uninstall()
    reporter.setParent(None)  # the next test starts with a reporter that has seen nothing
    reporter.deleteLater()


def broken_button(qtbot, error: Exception) -> QPushButton:
    button = QPushButton("Kaydet")
    qtbot.addWidget(button)

    def save():
        raise error

    button.clicked.connect(save)
    return button


def test_an_error_in_a_slot_is_logged_and_told_in_plain_words(qtbot, reported):
    broken_button(qtbot, KeyError("x")).click()

    assert len(reported) == 1
    report = reported[0]
    assert report.bug
    assert report.heading == "Something went wrong in Facilitator"
    assert "saved before it is safe" in report.message
    for raw in RAW:
        assert raw not in report.heading and raw not in report.message
    assert report.log_file == logs.log_file()
    assert "KeyError: 'x'" in report.details and "in save" in report.details
    text = log_text()
    assert "Traceback (most recent call last)" in text and "KeyError: 'x'" in text


def test_the_dialog_names_the_log_file_and_copies_the_details(qtbot, reported):
    broken_button(qtbot, AttributeError("'NoneType' object has no attribute 'title'")).click()
    dialog = ErrorDialog(reported[0])
    qtbot.addWidget(dialog)
    dialog.show()

    shown = " ".join((dialog.message.text(), dialog.log_label.text()))
    assert str(logs.log_file()) in dialog.log_label.text()
    assert "AttributeError" not in shown and "NoneType" not in shown
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "AttributeError: 'NoneType' object has no attribute 'title'" in copied
    assert "Traceback (most recent call last)" in copied
    assert copied.startswith("Facilitator ")


def test_errors_while_the_dialog_is_open_are_counted_in_it_not_stacked(qtbot, reported):
    button = broken_button(qtbot, KeyError("x"))
    seen_in_dialog = []

    def while_open(report):
        dialog = ErrorDialog(report)
        qtbot.addWidget(dialog)
        assert dialog.repeats.isHidden()
        button.click()
        button.click()
        seen_in_dialog.append(dialog.repeats.text())

    reported.during = while_open
    button.click()

    assert len(reported) == 1, "one dialog, not three"
    assert reported[0].count == 3
    assert seen_in_dialog == ["This happened 3 times."]
    assert log_text().count("KeyError: 'x'") == 3, "each one is logged"


def test_the_same_error_just_after_its_dialog_closed_does_not_reopen_it(
    qtbot, reported, monkeypatch
):
    button = broken_button(qtbot, KeyError("x"))
    button.click()
    button.click()  # e.g. an error in painting, raised again as the dialog closes
    assert len(reported) == 1
    monkeypatch.setattr(error_dialog, "QUIET_SECONDS", 0.0)
    button.click()
    assert len(reported) == 2, "a later occurrence is told again"


def test_an_environment_problem_is_told_as_what_to_do(qtbot, reported):
    broken_button(qtbot, sqlite3.OperationalError("database or disk is full")).click()

    report = reported[0]
    assert not report.bug
    assert report.heading == "This could not be done"
    assert "The disk is full. Free some space on it" in report.message
    assert "database or disk is full" not in report.message
    assert "OperationalError" not in report.message


def test_an_error_in_a_python_thread_is_told_from_the_gui_thread(qtbot, reported):
    def work():
        raise KeyError("x")

    worker = threading.Thread(target=work, name="dışa aktarım")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(reported) == 1)
    assert reported.threads == [threading.main_thread()]
    assert reported[0].bug
    assert "While running the thread dışa aktarım" in reported[0].details


def test_an_error_in_a_qt_worker_is_told_from_the_gui_thread(qtbot, reported):
    class Job(QRunnable):
        def run(self):
            raise TypeError("unsupported operand")

    pool = QThreadPool()
    pool.start(Job())
    pool.waitForDone()
    qtbot.waitUntil(lambda: len(reported) == 1)
    assert reported.threads == [threading.main_thread()]
    assert "TypeError: unsupported operand" in log_text()


def test_a_failing_menu_command_is_told_in_the_one_dialog(qtbot, window, reported, monkeypatch):
    from facilitator.services import series as series_service

    def broken(*_args, **_kwargs):
        return {}["x"]

    monkeypatch.setattr(series_service, "create_series", broken)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Yeni dizi")
    window.new_series_action.trigger()

    assert len(reported) == 1 and reported[0].bug
    assert "While making an edit (MainWindow.new_series" in reported[0].details
    assert "KeyError: 'x'" in log_text()


def test_a_bug_while_rendering_a_document_is_not_shown_as_raw_text(
    qtbot, store, demo, reported, monkeypatch
):
    workshop_id = demo.workshop(5)

    def broken_writer(_path, _value, _options):
        return {}["x"]

    monkeypatch.setattr(agenda_document, "write_agenda", broken_writer)
    dialog = export_dialog.ExportDialog(store, "agenda", workshop_id=workshop_id, language="tr")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.render_failed, timeout=30000) as failed:
        pass
    message = failed.args[0]
    assert "KeyError" not in message and "'x'" not in message
    assert message == dialog.status.text()
    assert "error in Facilitator" in message
    qtbot.waitUntil(lambda: len(reported) == 1)
    assert "KeyError: 'x'" in log_text()


def test_a_full_disk_while_rendering_is_told_in_plain_words(
    qtbot, store, demo, reported, monkeypatch
):
    workshop_id = demo.workshop(5)

    def full_disk(_path, _value, _options):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(agenda_document, "write_agenda", full_disk)
    dialog = export_dialog.ExportDialog(store, "agenda", workshop_id=workshop_id, language="tr")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.render_failed, timeout=30000) as failed:
        pass
    assert failed.args[0] == "The disk is full. Free some space on it, then try again."
    assert reported == [], "an environment problem needs no bug report"


def test_a_preview_gone_before_saving_is_told_in_plain_words(
    qtbot, store, demo, reported, monkeypatch, tmp_path
):
    workshop_id = demo.workshop(5)
    monkeypatch.setattr(export_dialog, "ask_save_pdf_path", lambda *a: tmp_path / "gündem.pdf")
    dialog = export_dialog.ExportDialog(store, "agenda", workshop_id=workshop_id, language="tr")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        pass
    dialog.preview_path.unlink()  # e.g. the temporary folder was cleaned meanwhile

    dialog.save_button.click()

    assert dialog.status.text().startswith("A file could not be read or written")
    assert "Errno" not in dialog.status.text() and "preview" not in dialog.status.text()
    assert not (tmp_path / "gündem.pdf").exists()
    assert "FileNotFoundError" in log_text()


@pytest.mark.file_only  # automatic backups are copies of the database file
def test_a_bug_in_the_automatic_backup_is_logged_and_told(qtbot, store, reported, monkeypatch):
    def broken(*_args, **_kwargs):
        return {}["x"]

    monkeypatch.setattr(backup_scheduler.backups, "backup_and_rotate", broken)
    scheduler = backup_scheduler.BackupScheduler(store.path)
    with qtbot.waitSignal(scheduler.failed, timeout=10000) as failed:
        scheduler.start()
    assert "KeyError" not in failed.args[0] and "'x'" not in failed.args[0]
    qtbot.waitUntil(lambda: len(reported) == 1)
    assert "KeyError: 'x'" in log_text()
    scheduler.finish()


def test_the_gui_sets_up_logging_and_reports_unexpected_errors(
    qtbot, qapp, store, db_path, monkeypatch, home
):
    from facilitator.ui import app as app_module

    store.close()
    seen = {}

    def fake_exec():
        seen["hook"] = getattr(sys.excepthook, "__self__", None)
        seen["thread_hook"] = getattr(threading.excepthook, "__self__", None)
        seen["log"] = logs.log_file()
        return 0

    class Started:
        """Stands in for the window: this test is about what run() sets up around it."""

        def __init__(self, _app, _store):
            pass

        def start(self, _live=None):
            pass

        def start_backups(self):
            pass

        def save_geometry(self):
            pass

        def finish_backups(self):
            pass

        def open_bundle(self, _path):
            pass

    monkeypatch.setattr(app_module, "Application", Started)
    monkeypatch.setattr(qapp, "exec", fake_exec)
    hook_before = sys.excepthook
    assert app_module.run(db_path, []) == 0
    assert isinstance(seen["hook"], ErrorReporter)
    assert isinstance(seen["thread_hook"], ErrorReporter)
    assert seen["log"] == home / "logs" / "facilitator.log"
    assert sys.excepthook is hook_before, "put back when the app ends"
    assert "Facilitator closed" in log_text()
