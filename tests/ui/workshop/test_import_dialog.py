"""The import preview driven as a user drives it: read the preview, fix a column mapping with the
keyboard, import, wait for the worker, find the people in the workshop; and the export action."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.documents.attendee_files import guess_columns, read_attendee_file
from facilitator.models import Invitation, Role, Sector
from facilitator.services import attendees, directory
from facilitator.services.attendee_import import build_preview
from facilitator.ui.documents import attendee_export_action
from facilitator.ui.workshop import import_dialog
from facilitator.ui.workshop.import_dialog import ImportDialog
from facilitator.ui.workshop.import_preview_model import (
    COLUMN_DETAILS,
    COLUMN_NAME,
    COLUMN_STATUS,
    ImportPreviewModel,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "attendees"


@pytest.fixture
def world(store, make_workshop):
    uludere = directory.create_organization(store, "Uludere Üniversitesi", sector=Sector.UNIVERSITY)
    oncu = directory.create_organization(
        store, "Öncü Gıda San. ve Tic. A.Ş.", short_name="Öncü Gıda", sector=Sector.COMPANY
    )
    umit = directory.create_person(
        store, "Ümit", "Doğan", email="umit.dogan@oncu.com.tr", organization_id=oncu.id
    )
    workshop = make_workshop("Bursa Sosyal Sorumluluk Platformu: işleyiş modeli")
    return {"workshop": workshop, "uludere": uludere, "oncu": oncu, "umit": umit}


def open_dialog(qtbot, store, workshop_id, path) -> ImportDialog:
    dialog = ImportDialog(store, workshop_id, read_attendee_file(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_for_preview(qtbot, dialog)
    return dialog


def wait_for_preview(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_updating())


def shown(dialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def test_the_preview_model_passes_the_model_tester(qtmodeltester, qapp, store, world):
    model = ImportPreviewModel()
    qtmodeltester.check(model)
    table = read_attendee_file(DATA / "ragged_rows.csv")
    preview = build_preview(store, world["workshop"].id, table, guess_columns(table))
    model.set_rows(list(preview.rows))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_import_through_the_preview_after_fixing_a_column(qtbot, store, world):
    workshop_id = world["workshop"].id
    dialog = open_dialog(qtbot, store, workshop_id, DATA / "contact_column.csv")

    # How the file was read is shown.
    assert "Windows-1254" in dialog.source_label.text()
    assert "semicolon" in dialog.source_label.text()
    # "İletişim" holds e-mail addresses, but nothing says so: it is not mapped,
    # and "Ü. Doğan" looks like a new person.
    combo = dialog.mapping_combos[2]
    assert combo.currentText() == "(ignore)"
    assert shown(dialog, 1, COLUMN_NAME) == "Ü. Doğan"
    assert shown(dialog, 1, COLUMN_STATUS) == "New"
    assert "To import: 3 · New: 3 · Matched: 0" in dialog.counts_label.text()

    # The user maps column C to E-mail with the keyboard.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_E)
    assert combo.currentText() == "E-mail"
    assert not dialog.import_button.isEnabled()  # not while the preview is being redone
    wait_for_preview(qtbot, dialog)

    # Now the e-mail finds Ümit Doğan of the directory.
    assert shown(dialog, 1, COLUMN_STATUS) == "Matched"
    assert shown(dialog, 1, COLUMN_DETAILS) == "Matched to Ümit Doğan (Öncü Gıda San. ve Tic. A.Ş.)"
    assert shown(dialog, 0, COLUMN_NAME) == "Prof. Dr. Gülşen Öztürk"
    assert "New: 2 · Matched: 1" in dialog.counts_label.text()
    assert "New organizations: 1" in dialog.counts_label.text()
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=10000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.close_button.isVisible())
    result = imported.args[0]
    assert (result.created, result.matched, result.skipped) == (2, 1, 0)
    assert dialog.result_label.text() == (
        "Imported: 2 new people, 1 from the directory, 0 skipped; 1 new organization."
    )
    assert not dialog.import_button.isVisible()
    assert not any(c.isEnabled() for c in dialog.mapping_combos)

    rows = attendees.list_attendees(store, workshop_id)
    assert [r.display_name for r in rows] == [
        "Ümit Doğan",
        "Elif Karaca",
        "Prof. Dr. Gülşen Öztürk",
    ]
    umit = rows[0]
    assert umit.person_id == world["umit"].id  # no second Ümit Doğan in the directory
    assert umit.organization_id == world["oncu"].id  # "Öncü Gıda" is its short name
    assert {(r.role, r.invitation) for r in rows} == {(Role.PARTICIPANT, Invitation.INVITED)}
    assert directory.count_people(store) == 3

    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    assert dialog.result() == ImportDialog.Accepted
    assert dialog.import_result == result


def test_an_error_row_blocks_the_import_and_can_be_shown_alone(qtbot, store, world):
    dialog = open_dialog(qtbot, store, world["workshop"].id, DATA / "ragged_rows.csv")
    assert not dialog.import_button.isEnabled()
    assert dialog.problems_label.isVisible()
    assert "ragged_rows.csv, row 3, column D: the row has 4 cells" in dialog.problems_label.text()
    assert dialog.model.rowCount() == 3

    dialog.errors_only.setFocus()
    qtbot.keyClick(dialog.errors_only, Qt.Key_Space)
    assert dialog.model.rowCount() == 1
    assert shown(dialog, 0, COLUMN_STATUS) == "Error"
    # The row as it is in the file, so the user finds it.
    assert shown(dialog, 0, COLUMN_NAME).startswith("Ümit Doğan | Öncü Gıda | San. ve Tic. A.Ş.")
    assert shown(dialog, 0, COLUMN_DETAILS).startswith("the row has 4 cells")


def test_mapping_no_column_to_names_says_so_and_blocks_the_import(qtbot, store, world):
    dialog = open_dialog(qtbot, store, world["workshop"].id, DATA / "contact_column.csv")
    names = dialog.mapping_combos[0]
    names.setCurrentIndex(names.findData(None))
    wait_for_preview(qtbot, dialog)
    assert "no column holds the names" in dialog.problems_label.text()
    assert not dialog.import_button.isEnabled()


def test_cancelling_a_running_import_writes_nothing(qtbot, store, world, tmp_path, db_path,
                                                     dump_database):  # fmt: skip
    path = tmp_path / "uzun liste.csv"
    lines = ["Adı Soyadı;Kurumu;E-posta"]
    lines += [f"Katılımcı {n} Öztürk;Kurum {n % 40};kisi{n}@ornek.org.tr" for n in range(3000)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1254"))
    dialog = open_dialog(qtbot, store, world["workshop"].id, path)
    before = dump_database(store)

    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert dialog.is_importing() and dialog.progress.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)  # asks the worker to stop
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)

    assert dialog.result() == ImportDialog.Rejected
    assert dialog.import_result is None
    assert dump_database(store) == before


def test_a_broken_file_is_reported_without_opening_the_preview(qtbot, store, world, answers):
    result = import_dialog.ask_import_attendees(
        None, store, world["workshop"].id, DATA / "mixed_encodings.csv"
    )
    assert result is None
    assert answers.errors == [
        "mixed_encodings.csv mixes encodings: line 2 is UTF-8 but line 3 is not; "
        "save it again as CSV in UTF-8."
    ]


def test_the_import_action_asks_for_a_file_then_previews_it(qtbot, store, world, monkeypatch):
    asked = []
    monkeypatch.setattr(import_dialog, "ask_open_path", lambda parent: None)
    assert import_dialog.import_attendees(None, store, world["workshop"].id) is None

    chosen = DATA / "excel_tr_cp1254.csv"
    monkeypatch.setattr(import_dialog, "ask_open_path", lambda parent: chosen)
    monkeypatch.setattr(
        import_dialog,
        "ask_import_attendees",
        lambda parent, store, workshop_id, path: asked.append((workshop_id, path)) or "done",
    )
    assert import_dialog.import_attendees(None, store, world["workshop"].id) == "done"
    assert asked == [(world["workshop"].id, chosen)]


def test_export_writes_the_chosen_file_and_reports_a_failure(
    qtbot, store, world, tmp_path, monkeypatch, answers
):
    attendees.add_attendee(store, world["workshop"].id, world["umit"].id)
    offered = []
    target = tmp_path / "dışa aktarım" / "katılımcılar.xlsx"
    target.parent.mkdir()

    def ask_save_path(parent, suggested):
        offered.append(suggested.name)
        return target

    monkeypatch.setattr(attendee_export_action, "ask_save_path", ask_save_path)
    written = attendee_export_action.export_attendees(None, store, world["workshop"].id)
    assert written == target
    assert offered == ["Attendees - Bursa Sosyal Sorumluluk Platformu- işleyiş modeli.xlsx"]
    table = read_attendee_file(target)
    assert table.rows == (
        ("", "Ümit", "Doğan", "Öncü Gıda San. ve Tic. A.Ş.", "", "umit.dogan@oncu.com.tr", "",
         "Participant", "Not invited", "Unknown"),
    )  # fmt: skip

    monkeypatch.setattr(
        attendee_export_action, "ask_save_path", lambda parent, suggested: tmp_path / "a.pdf"
    )
    assert attendee_export_action.export_attendees(None, store, world["workshop"].id) is None
    assert answers.errors == ["a.pdf: the file name must end in .csv or .xlsx."]


def test_a_namesake_told_apart_by_e_mail_is_marked_explained_and_counted(
    qtbot, store, world, tmp_path
):
    path = tmp_path / "adaşlar.csv"
    path.write_text(
        "Ad Soyad;Kurum;E-posta\r\n"
        "Mehmet Demir;Uludere Üniversitesi;mehmet.demir@uludere.edu.tr\r\n"
        "Mehmet Demir;Uludere Üniversitesi;m.demir@uludere.edu.tr\r\n"
        "Ümit Doğan;Öncü Gıda;umit.dogan@gmail.com\r\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, store, world["workshop"].id, path)
    assert [shown(dialog, r, COLUMN_STATUS) for r in range(3)] == ["New", "New", "New"]
    assert shown(dialog, 0, COLUMN_DETAILS) == "New person"
    assert shown(dialog, 1, COLUMN_DETAILS) == (
        "New person · not the person of row 2, who has the same name and another e-mail"
    )
    # The directory's Ümit Doğan of Öncü Gıda has another e-mail: not taken for this row.
    assert shown(dialog, 2, COLUMN_DETAILS) == (
        "New person · not Ümit Doğan (Öncü Gıda San. ve Tic. A.Ş.) <umit.dogan@oncu.com.tr> "
        "of the directory, who has the same name and another e-mail"
    )
    assert dialog.model.index(0, COLUMN_STATUS).data(Qt.DecorationRole) is None
    assert dialog.model.index(1, COLUMN_STATUS).data(Qt.DecorationRole) is not None
    assert "Told apart from a namesake by e-mail: 2" in dialog.counts_label.text()
    assert dialog.import_button.isEnabled()  # nothing is lost: all three are imported


def test_a_bug_while_previewing_is_logged_and_never_shown_as_raw_text(
    qtbot, store, world, tmp_path, monkeypatch
):
    from facilitator import logs
    from facilitator.ui.kit import dialogs
    from facilitator.ui.kit.error_dialog import ErrorReporter
    from facilitator.ui.workshop import import_dialog

    logs.setup_logging()
    told = []
    monkeypatch.setattr(dialogs, "tell_unexpected", lambda _parent, report: told.append(report))
    reporter = ErrorReporter.of(QApplication.instance())
    reporter.install()

    def broken(*_args):
        return {}["ad_soyad"]

    monkeypatch.setattr(import_dialog, "make_preview", broken)
    path = tmp_path / "liste.csv"
    path.write_text("Ad;Soyad\nAyşe;Öztürk\n", encoding="utf-8")
    try:
        dialog = ImportDialog(store, world["workshop"].id, read_attendee_file(path))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.problems_label.isVisible())
        qtbot.waitUntil(lambda: len(told) == 1)
    finally:
        reporter.uninstall()
        reporter.setParent(None)
        reporter.deleteLater()
    shown_text = dialog.problems_label.text()
    assert "KeyError" not in shown_text and "ad_soyad" not in shown_text
    assert "error in Facilitator" in shown_text
    log = logs.log_file().read_text(encoding="utf-8")
    assert "KeyError: 'ad_soyad'" in log


def test_the_file_is_read_off_the_gui_thread(qtbot, store, world, tmp_path, monkeypatch):
    import threading

    from facilitator.ui.workshop import import_dialog

    readers = []
    real = import_dialog.read_attendee_file

    def reading(path):
        readers.append(threading.current_thread())
        return real(path)

    monkeypatch.setattr(import_dialog, "read_attendee_file", reading)
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda self: 0)
    path = tmp_path / "liste.csv"
    path.write_text("Ad;Soyad\nAyşe;Öztürk\n", encoding="utf-8")
    import_dialog.ask_import_attendees(None, store, world["workshop"].id, path)
    assert readers and readers[0] is not threading.main_thread()


def test_reading_a_large_file_keeps_the_window_answering(qtbot, tmp_path, monkeypatch):
    """The read runs on a worker while the GUI thread goes on handling its events: the
    (stand-in) read only finishes once the window's timer has ticked several times."""
    from PySide6.QtCore import QTimer

    real = import_dialog.read_attendee_file
    window_answered = threading.Event()

    def slow(path):
        assert window_answered.wait(10), "the event loop did not run during the read"
        return real(path)

    monkeypatch.setattr(import_dialog, "read_attendee_file", slow)
    path = tmp_path / "liste.csv"
    path.write_text("Ad;Soyad\nAyşe;Öztürk\n", encoding="utf-8")
    ticks = []

    def tick() -> None:
        ticks.append(True)
        if len(ticks) >= 5:
            window_answered.set()

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    ticker.start()
    try:
        table = import_dialog.read_without_freezing(None, path)
    finally:
        ticker.stop()
    assert table.rows == (("Ayşe", "Öztürk"),)
    assert window_answered.is_set()


def test_an_import_the_disk_refuses_says_so_and_can_be_tried_again(
    qtbot, store, world, monkeypatch
):
    import errno

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    dialog = open_dialog(qtbot, store, world["workshop"].id, DATA / "contact_column.csv")
    monkeypatch.setattr(import_dialog, "apply_import", disk_full)
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_importing())
    assert dialog.result_label.text() == (
        "The import failed and nothing was written: "
        "The disk is full. Free some space on it, then try again."
    )
    assert not dialog.progress.isVisible()
    assert (
        dialog.import_result is None and attendees.list_attendees(store, world["workshop"].id) == []
    )
    assert dialog.import_button.isEnabled() and all(c.isEnabled() for c in dialog.mapping_combos)


def test_previewing_and_importing_change_nothing_process_wide(qtbot, store, world, monkeypatch):
    """No gc.freeze(), no shorter switch interval: a dialog has no business with either."""
    import gc
    import sys

    seen = []
    make, apply = import_dialog.make_preview, import_dialog.apply_import

    def watched(real):
        def call(*args, **kwargs):
            seen.append((gc.get_freeze_count(), sys.getswitchinterval()))
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(import_dialog, "make_preview", watched(make))
    monkeypatch.setattr(import_dialog, "apply_import", watched(apply))
    before = (gc.get_freeze_count(), sys.getswitchinterval())
    dialog = open_dialog(qtbot, store, world["workshop"].id, DATA / "contact_column.csv")
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert len(seen) == 2 and set(seen) == {before}
