"""Exporting documents from the app: preview rendered off the GUI thread, save, open folder,
e-mail drafts, the Documents menu, the offer after a live session, branding in Settings."""

from __future__ import annotations

import email
import threading
from email import policy
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from sqlalchemy import text

from facilitator import i18n
from facilitator.documents import agenda as agenda_document
from facilitator.documents.template import Branding
from facilitator.services import document_data as data
from facilitator.services import live as live_service
from facilitator.ui.documents import document_actions, export_dialog
from facilitator.ui.documents.export_dialog import ExportDialog
from facilitator.ui.settings import branding_settings
from tests.ui.conftest import NOW

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"


@pytest.fixture
def demo_ids(demo):
    return demo.titles


def _wait_preview(qtbot, dialog) -> int:
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000) as blocker:
        pass
    return blocker.args[0]


def test_the_dialog_opens_within_the_screen_so_its_buttons_are_reachable(qtbot, store, demo_ids):
    dialog = ExportDialog(store, "minutes", workshop_id=demo_ids[WORKSHOP_5], language="tr")
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry()
    assert room.height() < 900  # the offscreen test screen is smaller than its usual size
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    assert dialog.minimumSizeHint().height() <= room.height()


def test_the_preview_shows_every_page(qtbot, store, demo_ids):
    dialog = ExportDialog(store, "minutes", workshop_id=demo_ids[WORKSHOP_5], language="tr")
    qtbot.addWidget(dialog)
    pages = _wait_preview(qtbot, dialog)
    assert pages >= 3
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == pages
    assert dialog.save_button.isEnabled()
    assert dialog.busy.isHidden()
    assert dialog.status.text() == f"{pages} pages"


def test_the_dialog_answers_while_the_preview_is_rendered(qtbot, store, demo_ids, monkeypatch):
    """The render runs on a worker thread: held there, the dialog still takes input."""
    release = threading.Event()
    rendered_on = []
    real = agenda_document.write_agenda

    def held(*args):
        rendered_on.append(threading.current_thread())
        assert release.wait(20), "the test did not release the render"
        return real(*args)

    monkeypatch.setattr(agenda_document, "write_agenda", held)
    dialog = ExportDialog(store, "agenda", workshop_id=demo_ids[WORKSHOP_5], language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: rendered_on != [])  # the render has started, and is held
    assert rendered_on[0] is not threading.main_thread()
    assert not dialog.busy.isHidden() and not dialog.save_button.isEnabled()
    assert dialog.status.text() == "Preparing the preview…"
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key_Up)  # the dialog takes input meanwhile
    assert dialog.language.currentData() == "tr"
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        release.set()
    assert dialog.save_button.isEnabled() and dialog.busy.isHidden()
    assert len(rendered_on) == 2  # the held render, then the one in the language picked


def test_a_render_overtaken_by_a_newer_one_is_never_shown(qtbot, store, demo_ids, tmp_path):
    dialog = ExportDialog(store, "minutes", workshop_id=demo_ids[WORKSHOP_5], language="tr")
    qtbot.addWidget(dialog)
    shown = []
    dialog.preview_ready.connect(lambda _pages: shown.append(dialog.preview_path))
    # Before the Turkish render has come back, the user picks English.
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    _wait_preview(qtbot, dialog)
    # Renders run in order: the Turkish one came back first and was left out.
    assert len(shown) == 1
    text = " ".join(page.extract_text() for page in PdfReader(str(shown[0])).pages)
    assert text.startswith("DRAFT\nMinutes — ") and "Tutanak" not in text


def test_a_render_fails_in_the_interface_language(qtbot, store, demo_ids, tmp_path):
    """The render's words are the interface's (Turkish here), whatever the document's."""
    bad_logo = tmp_path / "logo.png"
    bad_logo.write_text("bir resim değil")
    with i18n.using_language("tr"):
        dialog = ExportDialog(
            store,
            "agenda",
            workshop_id=demo_ids[WORKSHOP_5],
            language="en",
            branding=Branding(organization_logo=str(bad_logo)),
        )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.render_failed, timeout=30000) as failed:
        pass
    assert failed.args[0] == "Logo dosyası PNG ya da JPEG resmi olarak okunamıyor: logo.png"
    assert dialog.status.text() == failed.args[0]
    assert not dialog.save_button.isEnabled()


def test_save_writes_the_previewed_pdf_and_open_folder_shows_it(
    qtbot, store, demo_ids, tmp_path, monkeypatch
):
    target = tmp_path / "out" / "tutanak.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(export_dialog, "ask_save_pdf_path", lambda *a: target)
    opened = []
    monkeypatch.setattr(export_dialog, "open_folder", opened.append)
    dialog = ExportDialog(store, "minutes", workshop_id=demo_ids[WORKSHOP_5], language="tr")
    qtbot.addWidget(dialog)
    pages = _wait_preview(qtbot, dialog)
    assert not dialog.open_folder_button.isEnabled()
    dialog.save_button.click()
    assert len(PdfReader(str(target)).pages) == pages
    assert str(target) in dialog.status.text()
    assert dialog.open_folder_button.isEnabled()
    dialog.open_folder_button.click()
    assert opened == [target.parent]
    assert sorted(p.name for p in target.parent.iterdir()) == ["tutanak.pdf"]


def test_changing_the_language_renders_again_and_saves_that_language(
    qtbot, store, demo_ids, tmp_path, monkeypatch
):
    target = tmp_path / "minutes.pdf"
    monkeypatch.setattr(export_dialog, "ask_save_pdf_path", lambda *a: target)
    dialog = ExportDialog(store, "minutes", workshop_id=demo_ids[WORKSHOP_5], language="tr")
    qtbot.addWidget(dialog)
    _wait_preview(qtbot, dialog)
    assert dialog.suggested_name().startswith("Tutanak - ")
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.suggested_name().startswith("Minutes - ")
    dialog.anonymise.setChecked(True)
    _wait_preview(qtbot, dialog)
    dialog.save_button.click()
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Participants" in text and "Chatham House" in text
    assert PdfReader(str(target)).trailer["/Root"]["/Lang"] == "en"


def test_attendance_sheet_offers_landscape(qtbot, store, demo_ids, tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(export_dialog, "ask_save_pdf_path", lambda *a: target)
    workshop = demo_ids["Platformun ilk ortak projesi: gönüllü eşleştirme"]
    dialog = ExportDialog(store, "attendance", workshop_id=workshop, language="en")
    qtbot.addWidget(dialog)
    assert not dialog.orientation.isHidden() and dialog.anonymise.isHidden()
    _wait_preview(qtbot, dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.orientation.setCurrentIndex(1)
    dialog.save_button.click()
    box = PdfReader(str(target)).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_email_drafts_are_written_to_the_chosen_folder(
    qtbot, store, demo_ids, tmp_path, monkeypatch
):
    folder = tmp_path / "drafts"
    folder.mkdir()
    monkeypatch.setattr(export_dialog, "ask_folder", lambda *a: folder)
    dialog = ExportDialog(store, "email", workshop_id=demo_ids[WORKSHOP_5], language="tr")
    qtbot.addWidget(dialog)
    _wait_preview(qtbot, dialog)
    dialog.save_button.click()
    drafts = sorted(folder.glob("*.eml"))
    recipients = data.email_recipients(store, demo_ids[WORKSHOP_5])
    assert len(drafts) == len(recipients) >= 20
    assert len(list(folder.glob("*.pdf"))) == 1
    message = email.message_from_bytes(drafts[0].read_bytes(), policy=policy.default)
    assert [a.get_content_type() for a in message.iter_attachments()] == ["application/pdf"]
    assert str(len(drafts)) in dialog.status.text()


def test_documents_menu_sits_between_live_and_settings(demo_window, monkeypatch):
    titles = [a.text() for a in demo_window.menuBar().actions()]
    documents = titles.index(demo_window.document_actions.menu.title())
    assert titles[documents - 1] == demo_window.tr("&Live")
    assert titles[documents + 1] == demo_window.tr("&Settings")


def test_menu_opens_the_dialog_for_the_shown_workshop(demo_window, demo, monkeypatch):
    shown = []
    monkeypatch.setattr(document_actions, "run_dialog", shown.append)
    ids = demo.titles
    actions = demo_window.document_actions
    demo_window.open_workshop(ids[WORKSHOP_5])
    assert actions.minutes_action.isEnabled() and actions.roadmap_action.isEnabled()
    actions.minutes_action.trigger()
    actions.roadmap_action.trigger()
    assert [d.kind for d in shown] == ["minutes", "roadmap"]
    assert shown[0].workshop_id == ids[WORKSHOP_5]
    assert shown[0].language.currentData() == demo_window.language
    for dialog in shown:
        dialog.done(0)


def test_calendar_invitation_is_saved_from_the_menu(demo_window, demo, tmp_path, monkeypatch):
    target = tmp_path / "davet.ics"
    asked = []

    def ask(_parent, _suggested, language):
        asked.append(language)
        return target, "en"  # the user picks the English file type

    monkeypatch.setattr(document_actions, "ask_save_ics_path", ask)
    ids = demo.titles
    demo_window.open_workshop(ids[WORKSHOP_5])
    demo_window.document_actions.calendar_action.trigger()
    assert asked == [demo_window.language]  # offered first: the interface language
    content = target.read_bytes().replace(b"\r\n ", b"")  # long lines unfolded
    assert b"BEGIN:VEVENT" in content and b"G\xc3\xbcndem" not in content
    assert b"Agenda\\, Europe/Istanbul (UTC+3):" in content  # the workshop's zone


def test_after_a_live_session_the_status_bar_offers_the_minutes(demo_window, demo, monkeypatch):
    shown = []
    monkeypatch.setattr(document_actions, "run_dialog", shown.append)
    ids = demo.titles
    actions = demo_window.document_actions
    actions.offer_minutes(ids[WORKSHOP_5])
    assert actions.offer_button is not None and actions.offer_button.isVisibleTo(demo_window)
    actions.offer_button.click()
    assert [d.kind for d in shown] == ["minutes"]
    assert actions.offer_button is None
    shown[0].done(0)


def test_branding_refuses_a_bad_image_and_stores_a_good_one(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage

    bad = tmp_path / "logo.png"
    bad.write_text("not an image")
    good = tmp_path / "funder.png"
    image = QImage(40, 20, QImage.Format_RGB32)
    image.fill(QColor("#224488"))
    assert image.save(str(good))
    section = branding_settings.BrandingSection()
    qtbot.addWidget(section)
    monkeypatch.setattr(branding_settings, "ask_image_path", lambda *a: bad)
    section.organization_logo.choose.click()
    assert "logo.png" in section.organization_logo.problem.text()
    assert not section.organization_logo.problem.isHidden()
    assert section.organization_logo.path is None
    monkeypatch.setattr(branding_settings, "ask_image_path", lambda *a: good)
    section.funder_logo.choose.click()
    monkeypatch.setattr(branding_settings, "ask_colour", lambda *a: "#aa3300")
    section.accent_button.click()
    section.disclaimer.setPlainText("AB desteğiyle <hazırlanmıştır> & dağıtılır.")
    section.save()
    stored = branding_settings.load_branding()
    assert stored.organization_logo is None
    assert Path(stored.funder_logo).read_bytes() == good.read_bytes()
    assert Path(stored.funder_logo).name == "funder.png"  # the settings still show its name
    assert stored.accent == "#aa3300"
    assert stored.disclaimer == "AB desteğiyle <hazırlanmıştır> & dağıtılır."
    # The logo was copied: moving the original away changes nothing.
    good.rename(tmp_path / "moved.png")
    assert branding_settings.load_branding() == stored


def test_the_disclaimer_says_how_much_of_it_is_printed(qtbot):
    from facilitator.documents.template import MAX_DISCLAIMER

    section = branding_settings.BrandingSection()
    qtbot.addWidget(section)
    section.disclaimer.setPlainText("AB desteğiyle")
    assert section.disclaimer_count.text().startswith(f"13 of {MAX_DISCLAIMER}")
    assert "only the first" not in section.disclaimer_count.text()
    section.disclaimer.setPlainText("x" * (MAX_DISCLAIMER + 5))
    shown = section.disclaimer_count.text()
    assert f"{MAX_DISCLAIMER + 5} of {MAX_DISCLAIMER}" in shown
    assert f"only the first {MAX_DISCLAIMER} are printed" in shown


def test_ending_the_live_session_offers_the_minutes_in_the_main_window(
    demo_window, demo, monkeypatch
):
    shown = []
    monkeypatch.setattr(document_actions, "run_dialog", shown.append)
    ids = demo.titles
    workshop = ids["Platformun ilk ortak projesi: gönüllü eşleştirme"]
    live_service.start_session(demo.store, workshop, NOW)  # minutes come once it has run
    demo_window.open_live_for(workshop)
    live = demo_window.live_window
    assert live is not None
    live.session_ended.emit(workshop)
    button = demo_window.document_actions.offer_button
    assert button is not None and button.isVisibleTo(demo_window)
    button.click()
    assert [(d.kind, d.workshop_id) for d in shown] == [("minutes", workshop)]
    shown[0].done(0)
    live.close()


def test_on_the_series_page_only_the_roadmap_applies(demo_window, demo, monkeypatch):
    shown = []
    monkeypatch.setattr(document_actions, "run_dialog", shown.append)
    ids = demo.titles
    series_id = data.series_of_workshop(demo.store, ids[WORKSHOP_5])
    demo_window.show_series(series_id)
    qt_pages = demo_window.pages
    assert qt_pages.currentWidget() is demo_window.series_page
    actions = demo_window.document_actions
    assert actions.roadmap_action.isEnabled()
    assert not actions.minutes_action.isEnabled() and not actions.calendar_action.isEnabled()
    actions.roadmap_action.trigger()
    assert [d.kind for d in shown] == ["roadmap"]
    assert shown[0].value.series_id == series_id
    shown[0].done(0)


def test_email_dialog_names_the_recipients_and_handles_non_ascii_addresses(
    qtbot, store, demo_ids, tmp_path, monkeypatch
):
    from facilitator.services import directory

    people = {p.name: p for p in data.email_recipients(store, demo_ids[WORKSHOP_5])}
    first, second = sorted(people)[:2]
    ids = {r.display_name: r.id for r in directory.list_people(store)}
    directory.update_person(store, ids[first], email="cem@örnek.com.tr")
    # An address stored before addresses were checked on entry (the app now refuses it).
    with store.transaction() as s:
        s.execute(
            text("UPDATE person SET email = :e WHERE id = :i"),
            {"e": "cem,can@örnek.com.tr", "i": ids[second]},
        )
    folder = tmp_path / "drafts"
    folder.mkdir()
    monkeypatch.setattr(export_dialog, "ask_folder", lambda *a: folder)
    dialog = ExportDialog(store, "email", workshop_id=demo_ids[WORKSHOP_5], language="en")
    qtbot.addWidget(dialog)
    shown = dialog.recipients_label.text()
    assert f"{len(people) - 1} attendees" in shown and first in shown
    assert "cannot be used" in shown and "cem,can@örnek.com.tr" in shown
    _wait_preview(qtbot, dialog)
    dialog.save_button.click()
    drafts = list(folder.glob("*.eml"))
    assert len(drafts) == len(people) - 1, dialog.status.text()
    addresses = {
        email.message_from_string(p.read_text("utf-8"), policy=policy.default)["To"]
        .addresses[0]
        .addr_spec
        for p in drafts
    }
    assert "cem@örnek.com.tr" in addresses
    assert f"Wrote {len(drafts)} e-mail drafts" in dialog.status.text()


def test_the_invitation_language_is_the_chosen_file_type(qtbot, tmp_path, monkeypatch):
    offered = []

    def fake(_parent, _title, _path, filters, selected):
        offered.append((filters.split(";;"), selected))
        return str(tmp_path / "davet"), filters.split(";;")[1]

    monkeypatch.setattr(document_actions.QFileDialog, "getSaveFileName", fake)
    path, language = document_actions.ask_save_ics_path(None, tmp_path / "x.ics", "tr")
    assert path == tmp_path / "davet.ics" and language == "en"
    [(filters, selected)] = offered
    assert len(filters) == 2 and selected == filters[0]


def test_a_one_page_document_says_1_page(qtbot, store, demo_ids):
    dialog = ExportDialog(store, "agenda", workshop_id=demo_ids[WORKSHOP_5], language="en")
    qtbot.addWidget(dialog)
    assert _wait_preview(qtbot, dialog) == 1
    assert dialog.status.text() == "1 page"
