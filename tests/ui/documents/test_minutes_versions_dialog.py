"""The minutes' versions in the export dialog: the preview says which version it prints,
saving the current content numbers it, Finalise freezes it, the e-mail drafts send the
draft with its correction deadline, signed by the sender from the Settings (issue 15)."""

from __future__ import annotations

import email
from datetime import date
from email import policy

from pypdf import PdfReader
from PySide6.QtCore import QDate

from facilitator.documents.email_drafts import Sender
from facilitator.services import commitments, minutes_record, workshops
from facilitator.ui.documents import document_actions, export_dialog
from facilitator.ui.documents.export_dialog import ExportDialog
from facilitator.ui.documents.minutes_versions_bar import CURRENT
from facilitator.ui.kit import dialogs
from facilitator.ui.settings import sender_settings
from facilitator.ui.settings.settings_dialog import SettingsDialog

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"
WORKSHOP_6 = "Platformun ilk ortak projesi: gönüllü eşleştirme"  # not held yet


def _wait_preview(qtbot, dialog) -> int:
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000) as blocker:
        pass
    return blocker.args[0]


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_saving_the_current_draft_numbers_it_and_the_preview_writes_nothing(
    qtbot, store, demo, tmp_path, monkeypatch
):
    workshop = demo.titles[WORKSHOP_5]
    target = tmp_path / "tutanak.pdf"
    monkeypatch.setattr(export_dialog, "ask_save_pdf_path", lambda *a: target)
    dialog = ExportDialog(store, "minutes", workshop_id=workshop, language="tr")
    qtbot.addWidget(dialog)
    _wait_preview(qtbot, dialog)
    assert dialog.versions.version.currentText() == "Current content: new draft v1"
    assert minutes_record.versions(store, workshop) == ()  # a preview records nothing
    assert "Taslak v1 ·" in _text(dialog.preview_path)
    dialog.save_button.click()
    assert "Taslak v1 ·" in _text(target)
    assert [v.number for v in minutes_record.versions(store, workshop)] == [1]
    assert dialog.versions.version.currentText() == "Current content: draft v1"


def test_finalise_freezes_the_content_and_shows_its_hash(qtbot, store, demo, tmp_path, monkeypatch):
    workshop = demo.titles[WORKSHOP_5]
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a: True)
    dialog = ExportDialog(store, "minutes", workshop_id=workshop, language="en")
    qtbot.addWidget(dialog)
    _wait_preview(qtbot, dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        assert dialog.versions.finalize()
    final = minutes_record.versions(store, workshop)[-1]
    assert final.final and final.number == 1
    assert final.sha256 in dialog.versions.info.text()
    assert not dialog.versions.finalize_button.isEnabled()  # nothing left to finalise
    assert workshops.get_workshop(store, workshop).status.value == "minutes_sent"
    text = _text(dialog.preview_path)
    assert "Final v1 ·" in text and "DRAFT" not in text
    # A later edit opens a new draft that lists the change; the final stays choosable.
    changed = next(
        c for c in commitments.commitments_of_workshop(store, workshop) if c.status.value != "done"
    )
    commitments.update_commitment(store, changed.id, status="done")
    dialog.versions.reload()
    assert dialog.versions.version.currentText() == "Current content: new draft v2"
    assert "1 change since the final v1; the draft lists it." in dialog.versions.info.text()
    assert dialog.versions.finalize_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.versions.version.setCurrentIndex(dialog.versions.version.findData(1))
    assert "Final v1 ·" in _text(dialog.preview_path)


def test_email_drafts_send_the_draft_with_the_deadline_signed_by_the_sender(
    qtbot, store, demo, tmp_path, monkeypatch
):
    workshop = demo.titles[WORKSHOP_5]
    folder = tmp_path / "taslaklar"
    folder.mkdir()
    monkeypatch.setattr(export_dialog, "ask_folder", lambda *a: folder)
    sender = Sender("Selin Aydoğdu", "Proje koordinatörü", "selin@kentgonulluleri.org.tr")
    dialog = ExportDialog(store, "email", workshop_id=workshop, language="tr", sender=sender)
    qtbot.addWidget(dialog)
    _wait_preview(qtbot, dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.versions.deadline.setDate(QDate(2026, 3, 28))
        dialog.versions.deadline_on.setChecked(True)
    assert minutes_record.correction_deadline(store, workshop) == date(2026, 3, 28)
    dialog.save_button.click()
    first = sorted(folder.glob("*.eml"))[0]
    message = email.message_from_bytes(first.read_bytes(), policy=policy.default)
    body = " ".join(message.get_body(("plain",)).get_content().split())
    assert "Tutanak taslağı (1. sürüm) ektedir." in body
    assert "28 Mart 2026" in body and "tarihine kadar" in body
    assert body.endswith("Saygılarımızla, Selin Aydoğdu Proje koordinatörü")
    assert message["From"].addresses[0].addr_spec == "selin@kentgonulluleri.org.tr"
    attached = next(message.iter_attachments()).get_content()
    pdf = tmp_path / "ek.pdf"
    pdf.write_bytes(attached)
    assert "Taslak v1 ·" in _text(pdf) and "28 Mart 2026" in _text(pdf)
    assert [v.number for v in minutes_record.versions(store, workshop)] == [1]


def test_minutes_of_a_workshop_not_held_offer_an_agenda_only_draft(demo_window, demo, monkeypatch):
    asked, shown = [], []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, q: asked.append(q) or True)
    monkeypatch.setattr(document_actions, "run_dialog", shown.append)
    demo_window.document_actions.open("minutes", demo.titles[WORKSHOP_6])
    assert len(asked) == 1  # asked once, in the interface language
    (dialog,) = shown
    assert dialog.agenda_only and dialog.versions is None
    assert dialog.stamp.agenda_only
    dialog.close()
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a: False)
    assert demo_window.document_actions.open("minutes", demo.titles[WORKSHOP_6]) is None
    assert len(shown) == 1


def test_the_sender_is_kept_in_the_settings_and_a_bad_address_is_refused(qtbot):
    dialog = SettingsDialog("tr")
    qtbot.addWidget(dialog)
    dialog.sender.name.setText("Selin Aydoğdu")
    dialog.sender.role.setText("Proje koordinatörü")
    dialog.sender.email.setText("selin@")
    assert not dialog.sender.check()
    assert "selin@" in dialog.sender.problem.text()
    assert sender_settings.load_sender() == Sender()  # nothing saved
    dialog.sender.email.setText("selin@kentgonulluleri.org.tr")
    assert dialog.sender.check()
    dialog.sender.save()
    assert sender_settings.load_sender() == Sender(
        "Selin Aydoğdu", "Proje koordinatörü", "selin@kentgonulluleri.org.tr"
    )
    assert CURRENT == "current"
