"""The live screen beside the main window: Ctrl+L on a workshop, the offer to resume after a
crash, edits of each window reaching the other, and each window's own Ctrl+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.models import Attendance, Outcome, WorkshopStatus
from facilitator.services import agenda, attendees, live, proposals, workshops
from facilitator.ui.workshop.agenda_table_model import COLUMN_TITLE
from facilitator.ui.workshop.attendees_tab import COLUMN_ATTENDANCE
from tests.ui.conftest import NOW, start_window
from tests.ui.keys import type_text


@pytest.fixture
def main(qtbot, demo, facilitator_app):
    """The main window, shown, on the demo (loaded by the shared ``demo`` fixture)."""
    return start_window(qtbot, facilitator_app)


def focus(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def press(qtbot, key, modifiers=Qt.NoModifier) -> None:
    """A key press where the keyboard focus is, as the user's keyboard sends it."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no window is active"
    qtbot.keyClick(target, key, modifiers)


def open_live(qtbot, main, workshop_id: int, *, start: bool = True):
    """Ctrl+L in the main window showing the workshop: its live screen, with the keyboard;
    then (unless ``start=False``) Ctrl+Shift+B starts the session, pressed twice when the
    screen warns that the workshop is planned for another day."""
    main.open_workshop(workshop_id)
    qtbot.keyClick(main, Qt.Key_L, Qt.ControlModifier)
    win = main.live_window
    assert win is not None
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    focus(qtbot, win)
    if start:
        press(qtbot, Qt.Key_B, Qt.ControlModifier | Qt.ShiftModifier)
        if not win.state.in_session:
            assert "not today" in win.status_line.text() or "bugün değil" in win.status_line.text()
            press(qtbot, Qt.Key_B, Qt.ControlModifier | Qt.ShiftModifier)
        assert win.state.in_session
    return win


def note(qtbot, win, text: str) -> None:
    assert QApplication.focusWidget() is win.notes.note_field
    type_text(win.notes.note_field, text)
    press(qtbot, Qt.Key_Return)


def check_in(qtbot, win, name: str) -> None:
    press(qtbot, Qt.Key_I, Qt.ControlModifier)
    assert QApplication.focusWidget() is win.checkin.field
    type_text(win.checkin.field, name)
    press(qtbot, Qt.Key_Return)
    press(qtbot, Qt.Key_Escape)  # back to the note field


def absent_attendee(store, workshop_id: int):
    rows = [
        r
        for r in attendees.list_attendees(store, workshop_id)
        if r.attendance is not Attendance.PRESENT
    ]
    assert rows, "the demo's sixth workshop has attendees not yet checked in"
    return rows[0]


def test_ctrl_l_opens_the_live_screen_and_only_its_key_starts_the_session(
    qtbot, demo, main, db_path, store, dump_database
):
    sixth = demo.workshop(6)
    agenda.add_item(demo.store, sixth, title="Açılış", planned_minutes=15)
    before = dump_database(store)
    win = open_live(qtbot, main, sixth, start=False)
    assert win.status_line.text() == "Oturum başlamadı. Ctrl+Shift+B ile başlar."
    assert win.notes.note_field.isReadOnly()
    press(qtbot, Qt.Key_W, Qt.ControlModifier)  # opened and closed: nothing written
    assert not win.isVisible()
    assert dump_database(store) == before
    assert workshops.get_workshop(demo.store, sixth).status is WorkshopStatus.SCHEDULED

    focus(qtbot, main)
    win = open_live(qtbot, main, sixth)  # now with the start key
    assert workshops.get_workshop(demo.store, sixth).status is WorkshopStatus.IN_SESSION
    assert win.header.item_title.text() == "1. Açılış"
    assert not win.notes.note_field.isReadOnly()
    win.close()


def test_starting_on_another_day_than_planned_asks_for_the_key_twice(qtbot, demo, main):
    sixth = demo.workshop(6)
    planned = workshops.get_workshop(demo.store, sixth).planned_start
    assert planned.astimezone().date() != main._now().astimezone().date()
    win = open_live(qtbot, main, sixth, start=False)
    press(qtbot, Qt.Key_B, Qt.ControlModifier | Qt.ShiftModifier)
    said = win.status_line.text()
    assert "bugün değil" in said and "Ctrl+Shift+B" in said
    assert str(planned.astimezone().year) in said  # the planned day, named in full
    assert workshops.get_workshop(demo.store, sixth).status is WorkshopStatus.SCHEDULED
    press(qtbot, Qt.Key_B, Qt.ControlModifier | Qt.ShiftModifier)
    assert workshops.get_workshop(demo.store, sixth).status is WorkshopStatus.IN_SESSION
    assert win.status_line.text() == "Oturum başladı."
    win.close()


def test_a_session_left_running_is_offered_for_resuming(qtbot, demo, facilitator_app, answers):
    sixth = demo.workshop(6)
    agenda.add_item(demo.store, sixth, title="Açılış", planned_minutes=15)
    live.start_session(demo.store, sixth, NOW)  # then the laptop died
    answers.yes_no = [True]
    window = start_window(qtbot, facilitator_app)
    qtbot.waitUntil(lambda: window.live_window is not None)
    qtbot.addWidget(window.live_window)
    assert "hâlâ oturumda" in answers.questions[0]
    shown = window.live_window
    assert shown.workshop_id == sixth
    assert shown.state.current_item.title == "Açılış"  # the reopened screen, not just the data
    assert shown.header.item_title.text() == "1. Açılış"
    shown.close()


def test_an_ended_session_opens_on_its_summary_with_the_way_to_go_on(
    qtbot, demo, main, answers, db_path, store, dump_database
):
    held = demo.workshop(1)
    assert workshops.get_workshop(demo.store, held).status is WorkshopStatus.MINUTES_SENT
    before = dump_database(store)
    win = open_live(qtbot, main, held, start=False)
    assert win.summary.isVisible() and not win.notes.isVisible()
    said = win.summary.text()
    assert "Ctrl+Shift+O: oturumu yeniden aç" in said and "Ctrl+Shift+T: tutanak" in said
    press(qtbot, Qt.Key_B, Qt.ControlModifier | Qt.ShiftModifier)  # not a second start
    assert win.status_line.text() == "Oturum sona erdi. Ctrl+Shift+O ile yeniden açılır."
    assert answers.errors == []
    win.close()
    assert dump_database(store) == before


def test_a_check_in_on_the_live_screen_shows_in_the_open_attendees_tab(qtbot, demo, main, answers):
    sixth = demo.workshop(6)
    agenda.add_item(demo.store, sixth, title="Açılış", planned_minutes=15)
    person = absent_attendee(demo.store, sixth)
    main.open_workshop(sixth)
    page = main.workshop_page
    page.tabs.setCurrentWidget(page.attendees)
    tab = page.attendees
    before = tab.model.index(tab.model.row_of_id(person.id), COLUMN_ATTENDANCE).data()
    win = open_live(qtbot, main, sixth)
    check_in(qtbot, win, person.display_name)
    # Within the same event-loop turn: nothing is waited for.
    row = tab.model.row_of_id(person.id)
    assert tab.model.row_at(row).attendance is Attendance.PRESENT
    assert tab.model.index(row, COLUMN_ATTENDANCE).data() != before
    assert answers.errors == []
    win.close()


def _rename_in_agenda_tab(qtbot, tab, item_id: int, title: str) -> None:
    view = tab.view
    rect = view.visualRect(tab.model.index(tab.model.row_of_id(item_id), COLUMN_TITLE))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key_F2)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    type_text(editor, title)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def _stored_title(store, workshop_id: int, item_id: int) -> str:
    return next(i.title for i in agenda.get_agenda(store, workshop_id).items if i.id == item_id)


def _decided(tab) -> list[tuple[int, Outcome | None]]:
    """What the main window's Decisions tab lists: (proposal id, outcome)."""
    rows = (tab.model.row_at(r) for r in range(tab.model.rowCount()))
    return [(r.id, r.outcome) for r in rows]


def _title_shown(tab, item_id: int) -> str:
    return tab.model.index(tab.model.row_of_id(item_id), COLUMN_TITLE).data()


def test_ctrl_z_in_each_window_undoes_only_its_own_edit(qtbot, demo, main, answers):
    """A note corrected on the live screen and its agenda item renamed in the main window:
    each window's Ctrl+Z takes back its own edit and leaves the other's in place."""
    store, sixth = demo.store, demo.workshop(6)
    opening = agenda.add_item(store, sixth, title="Açılış", planned_minutes=15).id
    agenda.add_item(store, sixth, title="Tartışma", planned_minutes=30)
    main.open_workshop(sixth)
    page = main.workshop_page
    page.tabs.setCurrentWidget(page.agenda)
    tab = page.agenda
    win = open_live(qtbot, main, sixth)  # the session starts on "Açılış"

    note(qtbot, win, "Katılım yüksk")
    press(qtbot, Qt.Key_Up)  # the live screen corrects its note
    win.notes.note_field.setText("")
    type_text(win.notes.note_field, "Katılım yüksek")
    press(qtbot, Qt.Key_Return)
    assert live.last_note(store, sixth).text == "Katılım yüksek"

    focus(qtbot, main)  # the main window renames the item the note is on
    _rename_in_agenda_tab(qtbot, tab, opening, "Açılış ve tanışma")
    assert _stored_title(store, sixth, opening) == "Açılış ve tanışma"
    assert win.header.item_title.text() == "1. Açılış ve tanışma"  # the live screen follows

    focus(qtbot, win)
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)  # the live screen's Ctrl+Z: its note
    assert live.last_note(store, sixth).text == "Katılım yüksk"
    assert win.notes.feed.rows()[-1].text == "Katılım yüksk"
    assert _stored_title(store, sixth, opening) == "Açılış ve tanışma"  # the rename stays
    assert _title_shown(tab, opening) == "Açılış ve tanışma"
    assert win.header.item_title.text() == "1. Açılış ve tanışma"

    focus(qtbot, main)
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)  # the main window's Ctrl+Z: its rename
    assert _stored_title(store, sixth, opening) == "Açılış"
    assert _title_shown(tab, opening) == "Açılış"
    assert win.header.item_title.text() == "1. Açılış"
    assert live.last_note(store, sixth).text == "Katılım yüksk"  # the note stays as undone
    assert win.notes.feed.rows()[-1].text == "Katılım yüksk"
    assert not main.history.canUndo() and not win.history.canUndo()
    assert answers.errors == []  # no dialog in either window
    win.close()


def _decide_on_the_live_screen(qtbot, win, store, workshop_id: int):
    """Ctrl+D on the last note, a round opened and closed at once, then withdrawn."""
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)  # the method step: opens the round
    press(qtbot, Qt.Key_Return)  # nobody has voted yet: asks again
    press(qtbot, Qt.Key_Return)  # closes it
    win.proposal.outcome_step.setFocus()
    letter = win.proposal.outcome_keys()["withdraw"]
    qtbot.keyClicks(win.proposal.outcome_step, letter.lower())
    (p,) = proposals.list_proposals(store, workshop_id)
    assert p.outcome is Outcome.WITHDRAWN
    press(qtbot, Qt.Key_Escape)  # back to the notes
    return p


def test_an_undo_that_would_overwrite_the_other_windows_later_decision_is_refused(
    qtbot, demo, main, answers
):
    """A proposal withdrawn on the live screen, then reopened in the main window: the live
    screen's Ctrl+Z would overwrite the reopening, so it is refused in its status line;
    the main window's Ctrl+Z brings the live screen's decision back."""
    store, sixth = demo.store, demo.workshop(6)
    agenda.add_item(store, sixth, title="Açılış", planned_minutes=15)
    main.open_workshop(sixth)
    page = main.workshop_page
    tab = page.decisions
    page.tabs.setCurrentWidget(tab)
    win = open_live(qtbot, main, sixth)
    check_in(qtbot, win, absent_attendee(store, sixth).display_name)
    note(qtbot, win, "Gönüllülük haftası düzenlensin")
    p = _decide_on_the_live_screen(qtbot, win, store, sixth)
    assert _decided(tab) == [(p.id, Outcome.WITHDRAWN)]

    focus(qtbot, main)  # the main window reopens it
    view = tab.list
    rect = view.visualRect(tab.model.index(tab.model.row_of_id(p.id), 1))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseClick(tab.outcome_box.reopen_button, Qt.LeftButton)
    assert proposals.get_proposal(store, p.id).outcome is None
    assert win.proposal.proposal.outcome is None  # the live panel follows at once

    focus(qtbot, win)
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)  # would withdraw it again over the reopening
    assert proposals.get_proposal(store, p.id).outcome is None  # the reopening is kept
    assert "başka bir yerde değiştirildi" in win.status_line.text()
    assert not win.history.canUndo()  # the refused step is gone from the live history

    focus(qtbot, main)
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)  # takes back its own reopening
    assert proposals.get_proposal(store, p.id).outcome is Outcome.WITHDRAWN
    assert _decided(tab) == [(p.id, Outcome.WITHDRAWN)]
    assert win.proposal.proposal.outcome is Outcome.WITHDRAWN
    assert answers.errors == []  # neither window opened a dialog
    win.close()


@pytest.fixture
def quits(monkeypatch) -> list[bool]:
    """QApplication.quit, observed: the test runs no event loop of the application's."""
    calls: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: calls.append(True))
    return calls


def test_ctrl_q_on_the_live_screen_quits_the_whole_application_once(
    qtbot, demo, main, quits, db_path, store, dump_database
):
    sixth = demo.workshop(6)
    agenda.add_item(demo.store, sixth, title="Açılış", planned_minutes=15)
    win = open_live(qtbot, main, sixth)
    note(qtbot, win, "Gönüllüler listesi")
    press(qtbot, Qt.Key_F5)
    projector = win.projector
    assert projector.isVisible()
    focus(qtbot, win)
    before = dump_database(store)
    press(qtbot, Qt.Key_Q, Qt.ControlModifier)
    assert quits == [True]
    assert not win.isVisible() and not projector.isVisible() and not main.isVisible()
    # Closing wrote nothing and lost nothing; on a server it gave back the live screen's lease.
    assert dump_database(store) == {**before, "live_lease": []}
    assert workshops.get_workshop(demo.store, sixth).status is WorkshopStatus.IN_SESSION
    assert live.last_note(demo.store, sixth).text == "Gönüllüler listesi"


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform
def test_the_main_window_button_brings_it_to_the_front_and_leaves_the_screen_open(
    qtbot, demo, main
):
    win = open_live(qtbot, main, demo.workshop(6))
    assert not main.isActiveWindow()
    qtbot.mouseClick(win.main_button, Qt.LeftButton)
    qtbot.waitUntil(main.isActiveWindow)
    assert win.isVisible()
    focus(qtbot, win)
    press(qtbot, Qt.Key_M, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(main.isActiveWindow)
    assert win.isVisible()
    assert workshops.get_workshop(demo.store, demo.workshop(6)).status is WorkshopStatus.IN_SESSION
    win.close()


def test_closing_the_live_screen_says_the_session_goes_on(qtbot, demo, main):
    win = open_live(qtbot, main, demo.workshop(6))
    press(qtbot, Qt.Key_W, Qt.ControlModifier)
    assert not win.isVisible()
    assert main.statusBar().currentMessage() == (
        "Canlı ekran kapandı; çalıştay hâlâ oturumda (Ctrl+L ile sürdürülür)."
    )
    assert workshops.get_workshop(demo.store, demo.workshop(6)).status is WorkshopStatus.IN_SESSION
