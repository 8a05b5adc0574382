"""Documents → Name badges with room codes: asked where, written off the GUI thread, the
codes pointing to this computer on the room's port; nobody expected: told so, no file."""

from __future__ import annotations

from datetime import UTC, datetime

import segno
from pypdf import PdfReader

from facilitator.documents.email_drafts import safe_file_name
from facilitator.room.server import DEFAULT_PORT, lan_address
from facilitator.services import room as room_service
from facilitator.services import workshops
from facilitator.ui.documents import export_dialog
from tests.documents.test_badges import as_tuples, drawn_codes
from tests.ui.documents.test_export_dialog import WORKSHOP_5


def _answer_with(monkeypatch, target):
    asked = []

    def ask(_parent, title, suggested):
        asked.append((title, suggested.name))
        return target

    monkeypatch.setattr(export_dialog, "ask_save_pdf_path", ask)
    return asked


def test_badges_of_the_shown_workshop_are_saved_from_the_menu(
    demo_window, demo, tmp_path, monkeypatch, qtbot
):
    target = tmp_path / "kartlar.pdf"
    asked = _answer_with(monkeypatch, target)
    actions = demo_window.document_actions
    demo_window.open_workshop(demo.titles[WORKSHOP_5])
    assert actions.badges_action.isEnabled()
    # The app starts in Turkish, as a user's does.
    assert actions.badges_action.text() == "&Oda kodlu yaka kartları…"
    actions.badges_action.trigger()
    assert asked == [
        ("Oda kodlu yaka kartları", safe_file_name(f"Yaka kartları - {WORKSHOP_5}", ".pdf"))
    ]
    qtbot.waitUntil(lambda: actions.badges_job is None, timeout=30_000)
    address = f"http://{lan_address()}:{DEFAULT_PORT}/"
    badges = room_service.issue_badges(demo.store, demo.titles[WORKSHOP_5])
    message = demo_window.statusBar().currentMessage()
    assert str(len(badges)) in message and str(target) in message and address in message
    assert len(PdfReader(str(target)).pages) == -(-len(badges) // 8)
    assert [m for m, _box in drawn_codes(target)] == [
        as_tuples(segno.make(f"{address}j#t={b.token}", error="m").matrix) for b in badges
    ]


def test_a_workshop_with_nobody_expected_is_told_and_nothing_is_written(
    demo_window, demo, answers, tmp_path, monkeypatch, qtbot
):
    target = tmp_path / "boş.pdf"
    _answer_with(monkeypatch, target)
    start = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)
    empty = workshops.create_workshop(demo.store, "Boş salon", start, start.replace(hour=12))
    demo_window.open_workshop(empty.id)
    actions = demo_window.document_actions
    actions.badges_action.trigger()
    qtbot.waitUntil(lambda: actions.badges_job is None, timeout=30_000)
    assert len(answers.errors) == 1
    assert "“Boş salon” için beklenen kimse yok" in answers.errors[0]
    assert not target.exists()


def test_no_badges_without_a_workshop_on_screen(window, monkeypatch):
    asked = _answer_with(monkeypatch, None)
    actions = window.document_actions
    assert window.current_workshop_id() is None  # an empty database: no workshop shown
    actions.update()
    assert not actions.badges_action.isEnabled()
    assert actions.save_badges() is None and asked == []


def test_badges_printed_while_the_room_is_open_point_to_that_room(
    demo_window, demo, tmp_path, monkeypatch, qtbot
):
    """The room had to take another port (the usual one was in use): badges printed while
    it is open carry its real address, not the usual port."""
    monkeypatch.setattr("facilitator.ui.live.room_control.DEFAULT_PORT", 0)
    target = tmp_path / "kartlar.pdf"
    _answer_with(monkeypatch, target)
    workshop_id = demo.titles[WORKSHOP_5]
    demo_window.open_workshop(workshop_id)
    demo_window.open_live_for(workshop_id)
    live = demo_window.live_window
    room = live.room.start(workshop_id, "127.0.0.1")
    assert room.url != f"http://127.0.0.1:{DEFAULT_PORT}/"
    demo_window.activateWindow()
    actions = demo_window.document_actions
    actions.badges_action.trigger()
    qtbot.waitUntil(lambda: actions.badges_job is None, timeout=30_000)
    badges = room_service.issue_badges(demo.store, workshop_id)
    assert room.url in demo_window.statusBar().currentMessage()
    assert [m for m, _box in drawn_codes(target)] == [
        as_tuples(segno.make(f"{room.url}j#t={b.token}", error="m").matrix) for b in badges
    ]
    live.room.stop()
    live.close()
