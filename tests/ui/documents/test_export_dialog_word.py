"""Saving as Word from the export dialog (issue 16, point 3): minutes, agenda and attendance
offer it; the minutes' .docx is the version the preview shows, written off the GUI thread."""

from __future__ import annotations

import pytest
from docx.enum.section import WD_ORIENT
from PySide6.QtWidgets import QAbstractButton, QLabel

from facilitator.documents.labels import DocumentLabels
from facilitator.documents.minutes_versions import footer_stamp
from facilitator.services import minutes_record
from facilitator.ui.documents import export_dialog
from facilitator.ui.documents.export_dialog import ExportDialog
from tests.documents.docx_text import body_text, footer_text, header_text, open_docx, words

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"
WORKSHOP_6 = "Platformun ilk ortak projesi: gönüllü eşleştirme"


def _wait_preview(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        pass


def _save_word(qtbot, dialog) -> str:
    with qtbot.waitSignal(dialog.saved, timeout=30000) as saved:
        dialog.word_button.click()
    return saved.args[0]


def test_the_minutes_saved_as_word_are_the_version_the_preview_shows(
    qtbot, store, demo, tmp_path, monkeypatch
):
    workshop = demo.titles[WORKSHOP_5]
    target = tmp_path / "tutanak.docx"
    monkeypatch.setattr(export_dialog, "ask_save_docx_path", lambda *a: target)
    dialog = ExportDialog(store, "minutes", workshop_id=workshop, language="tr")
    qtbot.addWidget(dialog)
    _wait_preview(qtbot, dialog)
    assert dialog.word_button.isVisibleTo(dialog) and dialog.word_button.isEnabled()
    versions_before = len(minutes_record.versions(store, workshop))

    assert _save_word(qtbot, dialog) == str(target)
    doc = open_docx(target)
    labels = DocumentLabels("tr", dialog.value.workshop.time_zone)
    stamp = footer_stamp(dialog.stamp, labels)
    assert stamp and stamp in footer_text(doc)  # the version the preview prints
    if not dialog.stamp.final:
        assert "TASLAK" in header_text(doc)
    assert WORKSHOP_5 in words(body_text(doc))
    recorded = minutes_record.versions(store, workshop)
    assert recorded[-1].number == dialog.stamp.number  # saving records it, as Save does
    assert len(recorded) <= versions_before + 1
    assert dialog.status.text() == f"Saved to {target}"
    assert dialog.open_folder_button.isEnabled() and dialog.word_button.isEnabled()
    assert dialog.busy.isHidden()


def test_the_attendance_sheet_saved_as_word_keeps_the_chosen_orientation(
    qtbot, store, demo, tmp_path, monkeypatch
):
    target = tmp_path / "liste.docx"
    monkeypatch.setattr(export_dialog, "ask_save_docx_path", lambda *a: target)
    dialog = ExportDialog(store, "attendance", workshop_id=demo.titles[WORKSHOP_6], language="en")
    qtbot.addWidget(dialog)
    _wait_preview(qtbot, dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.orientation.setCurrentIndex(1)
    assert dialog.suggested_name(".docx").endswith(".docx")
    _save_word(qtbot, dialog)
    doc = open_docx(target)
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert "Attendance sheet" in body_text(doc)


def test_a_word_file_that_cannot_be_written_says_why(qtbot, store, demo, tmp_path, monkeypatch):
    blocker = tmp_path / "bir dosya"
    blocker.write_text("klasör değil", encoding="utf-8")
    monkeypatch.setattr(export_dialog, "ask_save_docx_path", lambda *a: blocker / "gündem.docx")
    dialog = ExportDialog(store, "agenda", workshop_id=demo.titles[WORKSHOP_5], language="tr")
    qtbot.addWidget(dialog)
    _wait_preview(qtbot, dialog)
    with qtbot.waitSignal(dialog.word_button.clicked):
        dialog.word_button.click()
    qtbot.waitUntil(lambda: dialog.busy.isHidden() and dialog.word_button.isEnabled())
    assert "Cannot write" in dialog.status.text() and "bir dosya" in dialog.status.text()
    assert not dialog.open_folder_button.isEnabled()


@pytest.mark.parametrize("kind", ["roadmap", "email"])
def test_word_is_not_offered_where_there_is_no_word_document(qtbot, store, demo, kind):
    dialog = ExportDialog(store, kind, workshop_id=demo.titles[WORKSHOP_5], language="en")
    qtbot.addWidget(dialog)
    _wait_preview(qtbot, dialog)
    assert not dialog.word_button.isVisibleTo(dialog)


def _mnemonic(text: str) -> str | None:
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else None


@pytest.mark.parametrize("kind", ["minutes", "email", "agenda", "attendance"])
def test_alt_keys_are_unique_in_the_export_dialog(qtbot, store, demo, kind):
    dialog = ExportDialog(store, kind, workshop_id=demo.titles[WORKSHOP_5], language="en")
    qtbot.addWidget(dialog)
    _wait_preview(qtbot, dialog)
    texts = [
        w.text()
        for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)
        if w.isVisibleTo(dialog) and (not isinstance(w, QLabel) or w.buddy() is not None)
    ]
    keys = [k for k in map(_mnemonic, texts) if k]
    assert len(keys) >= 3
    assert len(keys) == len(set(keys)), texts
