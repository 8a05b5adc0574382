"""The attendance sheet's columns chosen in its export dialog (and remembered), and the
Settings tabs where the funding statement, project reference and personal-data text are
written."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from facilitator.ui.documents import export_dialog
from facilitator.ui.documents.export_dialog import ExportDialog
from facilitator.ui.settings import branding_settings
from facilitator.ui.settings.settings_dialog import SettingsDialog

WORKSHOP = "Platformun ilk ortak projesi: gönüllü eşleştirme"


def _first_page_text(path) -> str:
    return " ".join(PdfReader(str(path)).pages[0].extract_text().split())


def _rendered(qtbot, dialog, action) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        action()


def test_columns_are_ticked_by_keys_printed_and_remembered(
    qtbot, store, demo, tmp_path, monkeypatch
):
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(export_dialog, "ask_save_pdf_path", lambda *a: target)
    workshop = demo.titles[WORKSHOP]
    dialog = ExportDialog(store, "attendance", workshop_id=workshop, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.columns.isHidden()
    boxes = dialog.columns.boxes
    assert [k for k, b in boxes.items() if b.isChecked()] == [
        "organization",
        "position",
        "signature",
    ]
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        pass
    # Alt+M ticks "E-mail", Alt+T unticks "Position": each re-renders the preview.
    _rendered(qtbot, dialog, lambda: qtbot.keyClick(dialog, Qt.Key_M, Qt.AltModifier))
    _rendered(qtbot, dialog, lambda: qtbot.keyClick(dialog, Qt.Key_T, Qt.AltModifier))
    assert boxes["email"].isChecked() and not boxes["position"].isChecked()
    dialog.save_button.click()
    text = _first_page_text(target)
    assert "E-mail" in text and "Organization" in text and "Signature" in text
    assert "Position" not in text

    # The next sheet starts from the same choice.
    again = ExportDialog(store, "attendance", workshop_id=workshop, language="tr")
    qtbot.addWidget(again)
    assert again.columns.columns() == ("name", "organization", "email", "signature")


def test_other_documents_have_no_column_choice(qtbot, store, demo):
    dialog = ExportDialog(store, "agenda", workshop_id=demo.titles[WORKSHOP], language="tr")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.columns.isHidden()
    assert dialog.options().columns == ()


def test_the_funder_tab_stores_the_statement_reference_and_consent(qtbot):
    dialog = SettingsDialog("tr")
    qtbot.addWidget(dialog)
    section = dialog.branding
    titles = [section.tabText(n) for n in range(section.count())]
    assert titles == ["Documents", "Funder", "Attendance sheet", "Sender"]
    section.setCurrentIndex(titles.index("Funder"))
    # (QTest types Latin-1 only: the Turkish text is pasted, as a user would.)
    section.funded_by.insert("Avrupa Birliği tarafından finanse edilmektedir")
    qtbot.keyClicks(section.funded_by_en, "Funded by the European Union")
    qtbot.keyClicks(section.project_reference, "Proje No: 101081234")
    section.setCurrentIndex(titles.index("Attendance sheet"))
    section.consent.insertPlainText("KVKK kapsamında adınız yalnızca katılım için işlenir.")
    dialog.branding.save()
    stored = branding_settings.load_branding()
    assert stored.funded_by == "Avrupa Birliği tarafından finanse edilmektedir"
    assert stored.funded_by_en == "Funded by the European Union"
    assert stored.project_reference == "Proje No: 101081234"
    assert stored.consent == "KVKK kapsamında adınız yalnızca katılım için işlenir."


def test_a_bad_sender_address_brings_its_tab_forward(qtbot):
    dialog = SettingsDialog("tr")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.branding.setCurrentIndex(0)
    dialog.sender.email.setText("not an address")
    dialog._accept_if_valid()
    assert dialog.isVisible()
    assert dialog.branding.currentWidget() is dialog.sender
    assert not dialog.sender.problem.isHidden()
