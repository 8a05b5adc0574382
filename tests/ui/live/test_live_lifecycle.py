"""The session's life on the live screen, by its keys: the summary when it ends (in the
screen, no dialog), reopening with Ctrl+Shift+O and taking it back with Ctrl+Z, the minutes
one key away; and a rehearsal from the main window that never reaches the workshop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator import paths
from facilitator.models import WorkshopStatus
from facilitator.services import agenda, document_data, live, workshops
from facilitator.ui.live.item_models import AGENDA_COLUMN_STATUS
from tests.ui.keys import type_text
from tests.ui.live.test_live_wiring import focus, main, open_live, press  # noqa: F401

SHIFT = Qt.ControlModifier | Qt.ShiftModifier


def _note(qtbot, win, text: str) -> None:
    win.notes.note_field.setFocus()
    type_text(win.notes.note_field, text)
    qtbot.keyClick(win.notes.note_field, Qt.Key_Return)


def _key(qtbot, win, key, modifiers=Qt.ControlModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or win, key, modifiers)


def _end(qtbot, win) -> None:
    _key(qtbot, win, Qt.Key_E, SHIFT)
    assert win.status_line.text() == "Press Ctrl+Shift+E again to end the session."
    _key(qtbot, win, Qt.Key_E, SHIFT)


def _status_marks(win) -> list[str]:
    model = win.agenda.model
    return [model.index(r, AGENDA_COLUMN_STATUS).data() for r in range(model.rowCount())]


def test_ending_shows_the_summary_in_the_screen_and_marks_items_not_reached(
    qtbot, store, room, clock, open_screen
):
    win = open_screen()
    _note(qtbot, win, "Açılışta söz alan yok")
    clock.advance(minutes=11)
    _key(qtbot, win, Qt.Key_Right)
    _note(qtbot, win, "Şirketler deneyim paylaştı")
    clock.advance(minutes=22)
    _end(qtbot, win)

    assert QApplication.activeModalWidget() is None  # no dialog
    assert win.summary.isVisible() and not win.notes.isVisible()
    assert win.summary.width() > win.width() // 3  # it takes the notes' place, not a sliver
    assert win.summary.isAncestorOf(QApplication.focusWidget())  # the keys go on working
    assert win.header.session_clock.text().startswith("Session 33:00 · ")  # no "left"
    said = win.summary.text()
    assert "The session has ended:" in said
    assert "Agenda items reached: 2 of 5" in said
    assert "Not reached: 3" in said and "İşbirliği modeli (planned 15 min)" in said
    assert "Notes: 2" in said
    assert "Ctrl+Shift+T: the minutes · Ctrl+Shift+O: reopen the session" in said
    assert _status_marks(win) == ["✓", "✓", "✗", "✗", "✗"]
    lines = document_data.minutes_data(store, room.workshop_id).agenda
    assert [line.not_reached for line in lines] == [False, False, True, True, True]

    _key(qtbot, win, Qt.Key_B, SHIFT)  # the start key does not start it again
    assert win.status_line.text() == "The session has ended. Ctrl+Shift+O reopens it."


def test_reopen_go_on_and_end_again_then_the_minutes_are_one_key_away(
    qtbot, store, room, clock, open_screen
):
    win = open_screen()
    clock.advance(minutes=10)
    _key(qtbot, win, Qt.Key_Right)
    clock.advance(minutes=5)
    notes_width = win.notes.width()
    _end(qtbot, win)
    clock.advance(minutes=20)

    _key(qtbot, win, Qt.Key_O, SHIFT)
    assert win.state.in_session and win.notes.isVisible() and not win.summary.isVisible()
    QApplication.processEvents()
    assert abs(win.notes.width() - notes_width) <= 4  # as wide as before the end
    assert win.header.item_title.text() == "2. Gönüllülük kültürü: şirketlerin deneyimleri"
    assert win.state.current_item.id == room.items[1]  # goes on where it stopped
    _note(qtbot, win, "Ara sonrası eklenen not")
    clock.advance(minutes=3)
    _end(qtbot, win)
    assert win.summary.isVisible()
    minutes = document_data.minutes_data(store, room.workshop_id)
    noted = next(n for n in minutes.notes if n.text == "Ara sonrası eklenen not")
    assert noted.agenda_item_id == room.items[1]
    assert minutes.workshop.actual_end == clock()

    asked = []
    win.minutes_requested.connect(asked.append)
    _key(qtbot, win, Qt.Key_T, SHIFT)
    assert asked == [room.workshop_id]


def test_ctrl_z_takes_a_reopen_back_and_refuses_once_something_was_recorded(
    qtbot, store, room, clock, open_screen
):
    win = open_screen()
    clock.advance(minutes=10)
    _end(qtbot, win)
    ended_at = win.state.session_ended_at
    clock.advance(minutes=5)
    _key(qtbot, win, Qt.Key_O, SHIFT)
    assert win.state.in_session
    _key(qtbot, win, Qt.Key_Z)
    assert win.status_line.text() == "Undone: Reopen the session"
    assert win.summary.isVisible()
    assert workshops.get_workshop(store, room.workshop_id).status is WorkshopStatus.HELD
    assert win.state.session_ended_at == ended_at

    _key(qtbot, win, Qt.Key_Z, SHIFT)  # redo: open again
    assert win.state.in_session
    _note(qtbot, win, "Yeniden açıldıktan sonra")  # recorded in the reopened session
    _key(qtbot, win, Qt.Key_Z)  # would end it under the note: refused, said, nothing lost
    assert "recorded since it was reopened" in win.status_line.text()
    assert win.state.in_session and win.notes.isVisible()
    assert live.last_note(store, room.workshop_id).text == "Yeniden açıldıktan sonra"


def test_a_rehearsal_is_marked_runs_the_whole_screen_and_never_reaches_the_workshop(
    qtbot,
    demo,
    main,  # noqa: F811
    db_path,
    store,
    dump_database,
):
    sixth = demo.workshop(6)
    agenda.add_item(demo.store, sixth, title="Açılış", planned_minutes=15)
    agenda.add_item(demo.store, sixth, title="Tartışma", planned_minutes=30)
    before = dump_database(store)
    main.open_workshop(sixth)
    qtbot.keyClick(main, Qt.Key_R, SHIFT)
    win = main.live_window
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    focus(qtbot, win)
    assert win.rehearsal and win.rehearsal_banner.isVisible()
    assert win.rehearsal_banner.text().startswith("PROVA — ")
    assert win.windowTitle().startswith("Prova — ")

    press(qtbot, Qt.Key_B, SHIFT)  # no date warning in a rehearsal
    assert win.state.in_session and win.header.item_title.text() == "1. Açılış"
    type_text(win.notes.note_field, "Prova notu: ğüşıöçİ")
    press(qtbot, Qt.Key_Return)
    press(qtbot, Qt.Key_F5)
    assert win.projector.rehearsal_mark.isVisible()
    assert win.projector.rehearsal_mark.text() == "PROVA"
    focus(qtbot, win)
    press(qtbot, Qt.Key_E, SHIFT)
    press(qtbot, Qt.Key_E, SHIFT)
    assert win.summary.isVisible()
    assert "tutanak" not in win.summary.keys.text()  # a rehearsal has no minutes
    press(qtbot, Qt.Key_W, Qt.ControlModifier)

    assert not win.isVisible()
    assert dump_database(store) == before  # nothing of it reached the workshop
    assert live.last_note(demo.store, sixth) is None
    assert list((paths.data_dir() / "rehearsals").iterdir()) == []  # the copy is gone
    assert main.statusBar().currentMessage() == ""  # no "still in session" for a rehearsal


def test_before_the_start_the_screen_says_when_it_is_planned_and_writes_nothing(
    qtbot, store, room, clock, open_screen, db_path, dump_database
):
    before = dump_database(store)
    win = open_screen(start=False)
    assert win.header.item_title.text() == "The session has not started"
    assert win.header.session_clock.text().startswith("Planned for ")
    assert "left" not in win.header.session_clock.text()
    assert win.status_line.text() == "The session has not started. Ctrl+Shift+B starts it."
    type_text(win.notes.note_field, "Erken not")
    qtbot.keyClick(win.notes.note_field, Qt.Key_Return)
    assert live.last_note(store, room.workshop_id) is None  # notes wait for the start
    win.close()
    assert dump_database(store) == before


def test_a_note_typed_but_not_saved_comes_back_when_the_screen_reopens(
    qtbot, store, room, clock, open_screen
):
    win = open_screen()
    type_text(win.notes.note_field, "Yarım kalan cümle: ğüşıöçİ <&>")
    _key(qtbot, win, Qt.Key_W)  # closed in the middle of the sentence
    assert not win.isVisible()
    assert live.last_note(store, room.workshop_id) is None

    again = open_screen()
    assert again.notes.note_field.text() == "Yarım kalan cümle: ğüşıöçİ <&>"
    assert again.status_line.text() == "The note you were typing is back: Enter saves it."
    qtbot.keyClick(again.notes.note_field, Qt.Key_Return)
    assert live.last_note(store, room.workshop_id).text == "Yarım kalan cümle: ğüşıöçİ <&>"
    again.close()

    third = open_screen()  # saved: nothing comes back a second time
    assert third.notes.note_field.text() == ""
    qtbot.keyClick(third.notes.note_field, Qt.Key_Up)  # a correction is not a draft
    assert third.notes.note_field.text() == "Yarım kalan cümle: ğüşıöçİ <&>"
    third.close()
    fourth = open_screen()
    assert fourth.notes.note_field.text() == ""


def test_opened_on_an_ended_session_the_summary_is_wide_and_reopening_restores_the_columns(
    qtbot, store, room, clock, open_screen
):
    live.start_session(store, room.workshop_id, clock())
    clock.advance(minutes=20)
    live.end_session(store, room.workshop_id, clock())
    win = open_screen(start=False)  # Ctrl+L on a held workshop
    QApplication.processEvents()
    total = sum(win.splitter.sizes())
    assert win.summary.width() > total // 2  # not a strip beside a wide agenda
    _key(qtbot, win, Qt.Key_O, SHIFT)
    QApplication.processEvents()
    assert win.state.in_session
    assert win.agenda.width() > total // 5  # the agenda's titles stay readable
    assert win.notes.width() > total // 3
    _key(qtbot, win, Qt.Key_Z)  # back to ended, then open again: the same proportions
    QApplication.processEvents()
    assert win.summary.width() > total // 2


def test_a_workshop_marked_held_by_hand_opens_on_its_summary_and_reopens(
    qtbot, store, room, clock, open_screen
):
    """Held set on the Overview, never run live: the screen agrees with the services."""
    workshops.update_workshop(store, room.workshop_id, status=WorkshopStatus.HELD)
    win = open_screen(start=False)
    assert win.summary.isVisible() and not win.notes.isVisible()
    _key(qtbot, win, Qt.Key_B, SHIFT)
    assert win.status_line.text() == "The session has ended. Ctrl+Shift+O reopens it."
    _key(qtbot, win, Qt.Key_O, SHIFT)
    assert win.state.in_session and win.notes.isVisible()


def test_a_workshop_set_back_to_scheduled_after_its_end_starts_again(
    qtbot, store, room, clock, open_screen
):
    live.start_session(store, room.workshop_id, clock())
    live.end_session(store, room.workshop_id, clock())
    workshops.update_workshop(store, room.workshop_id, status=WorkshopStatus.SCHEDULED)
    win = open_screen(start=False)
    assert not win.summary.isVisible()
    assert win.status_line.text() == "The session has not started. Ctrl+Shift+B starts it."
    _key(qtbot, win, Qt.Key_B, SHIFT)
    assert win.state.in_session


def test_a_title_with_a_percent_sign_reads_whole_in_the_summary(
    qtbot, store, room, clock, open_screen
):
    agenda.update_item(store, room.items[0], title="Kamu alımlarında %20 yerli katkı")
    win = open_screen()
    clock.advance(minutes=12)
    _end(qtbot, win)
    assert "Kamu alımlarında %20 yerli katkı — 12 min (planned 10)" in win.summary.text()
