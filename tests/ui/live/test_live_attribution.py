"""Attribution to anyone expected and a screen readable at 1366×768 (issue 14, points 3–4).

Driven by keys as the moderator would: Ctrl+P or Ctrl+S on someone not yet checked in
(sign-in on paper) marks them present, said in the status line, undone by Ctrl+Z;
"BBB" finds the people of the Büyükşehir Belediyesi; a name nobody matches is explained
and Enter adds a walk-in; long notes wrap whole; the proposal and commitment panels
close when the agenda item changes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.models import Attendance
from facilitator.services import attendees, directory, live
from tests.ui.keys import type_text

BBB = "Büyükşehir Belediyesi Sosyal Hizmetler Daire Başkanlığı"


def press(qtbot, key, modifiers=Qt.ControlModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifiers)


def enter(qtbot) -> None:
    press(qtbot, Qt.Key_Return, Qt.NoModifier)


def note(qtbot, win, text: str) -> None:
    assert QApplication.focusWidget() is win.notes.note_field
    type_text(win.notes.note_field, text)
    enter(qtbot)


def attendance_of(store, workshop_id, name: str):
    return next(r for r in attendees.list_attendees(store, workshop_id) if r.full_name == name)


@pytest.fixture
def screen(store, clock, room, open_screen):
    """The room with the Büyükşehir's Ayşe Yılmaz invited; nobody checked in (paper sign-in)."""
    org = directory.create_organization(store, BBB, short_name="BBB")
    ayse = directory.create_person(store, "Ayşe", "Yılmaz", organization_id=org.id)
    attendees.add_attendee(store, room.workshop_id, ayse.id, organization_id=org.id)
    live.start_session(store, room.workshop_id, clock())
    return open_screen()


def test_a_note_attributed_to_someone_not_checked_in_marks_them_present_and_ctrl_z_undoes_both(
    qtbot, store, room, screen
):
    win = screen
    assert attendance_of(store, room.workshop_id, "Çağrı Işıldak").attendance is (
        Attendance.UNKNOWN
    )
    press(qtbot, Qt.Key_P)
    type_text(win.notes.attribute.field, "ışıldak")
    assert win.notes.attribute.list.isVisible()
    enter(qtbot)
    assert "Çağrı Işıldak" in win.notes.who_label.text()
    note(qtbot, win, "Gönüllü sayısı iki katına çıkmalı")

    (saved,) = live.notes_of_item(store, room.workshop_id, room.items[0])
    assert saved.speaker_name == "Çağrı Işıldak"
    present = attendance_of(store, room.workshop_id, "Çağrı Işıldak")
    assert present.attendance is Attendance.PRESENT
    assert "Çağrı Işıldak is now marked present" in win.status_line.text()
    assert "1 present of" in win.checkin.counts.text()  # the check-in panel follows

    press(qtbot, Qt.Key_Z)
    assert live.notes_of_item(store, room.workshop_id, room.items[0]) == []
    assert win.notes.feed.rows() == []
    back = attendance_of(store, room.workshop_id, "Çağrı Işıldak")
    assert (back.attendance, back.arrived_at) == (Attendance.UNKNOWN, None)
    assert "0 present of" in win.checkin.counts.text()

    press(qtbot, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo: both again
    assert [n.text for n in win.notes.feed.rows()] == ["Gönüllü sayısı iki katına çıkmalı"]
    assert attendance_of(store, room.workshop_id, "Çağrı Işıldak").attendance is (
        Attendance.PRESENT
    )


def test_a_note_of_someone_present_is_not_an_undo_step_and_says_nothing_of_attendance(
    qtbot, store, room, screen
):
    win = screen
    row = attendance_of(store, room.workshop_id, "Gökçe Ünver")
    live.set_present(store, row.id, True, win._now())
    win.checkin.show_workshop(room.workshop_id)
    press(qtbot, Qt.Key_P)
    type_text(win.notes.attribute.field, "Gökçe")
    enter(qtbot)
    note(qtbot, win, "Söz aldı")
    assert "marked present" not in win.status_line.text()
    assert not win.history.canUndo()


def test_the_short_name_finds_the_organizations_people_in_every_type_ahead(qtbot, screen):
    win = screen
    press(qtbot, Qt.Key_P)
    type_text(win.notes.attribute.field, "BBB")
    assert win.notes.attribute.model.rowCount() == 1
    assert win.notes.attribute.chosen().full_name == "Ayşe Yılmaz"
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)

    press(qtbot, Qt.Key_S)
    type_text(win.speakers.add.field, "bbb")
    model = win.speakers.add.model
    assert [model.row_at(i).full_name for i in range(model.rowCount())] == ["Ayşe Yılmaz"]
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)

    press(qtbot, Qt.Key_I)
    type_text(win.checkin.field, "bbb")
    assert win.checkin.search.chosen().full_name == "Ayşe Yılmaz"


def test_a_queue_request_of_someone_not_checked_in_marks_them_present_and_ctrl_z_undoes_it(
    qtbot, store, room, screen
):
    win = screen
    press(qtbot, Qt.Key_S)
    type_text(win.speakers.add.field, "BBB")
    enter(qtbot)
    assert [t.name for t in win.state.queue] == ["Ayşe Yılmaz"]
    assert "now marked present" in win.status_line.text()
    assert attendance_of(store, room.workshop_id, "Ayşe Yılmaz").attendance is (Attendance.PRESENT)
    press(qtbot, Qt.Key_Z)
    assert win.state.queue == ()
    assert attendance_of(store, room.workshop_id, "Ayşe Yılmaz").attendance is (Attendance.UNKNOWN)


def test_someone_recorded_absent_is_found_marked_so_after_those_expected(
    qtbot, store, room, screen
):
    win = screen
    row = attendance_of(store, room.workshop_id, "Oya Erdem")
    attendees.update_attendees(store, [row.id], attendance=Attendance.ABSENT)
    win.checkin.show_workshop(room.workshop_id)
    win.notes.set_people(win.checkin.attendee_rows())
    press(qtbot, Qt.Key_P)
    type_text(win.notes.attribute.field, "Erdem")
    shown = [
        win.notes.attribute.model.index(i, 0).data()
        for i in range(win.notes.attribute.model.rowCount())
    ]
    assert shown[-1].startswith("Oya Erdem") and "recorded absent" in shown[-1]


def test_a_name_nobody_matches_is_explained_and_enter_adds_a_walk_in(qtbot, store, room, screen):
    win = screen
    press(qtbot, Qt.Key_P)
    type_text(win.notes.attribute.field, "Zerrin Karakoç")
    assert not win.notes.attribute.list.isVisible()
    assert win.notes.attribute.empty.isVisible()
    assert win.notes.attribute.empty.text() == (
        "No attendee matches “Zerrin Karakoç”. Enter adds them as a walk-in."
    )
    enter(qtbot)
    assert win.status_line.text() == "Zerrin Karakoç added as a walk-in, present."
    assert "Zerrin Karakoç" in win.notes.who_label.text()
    note(qtbot, win, "Yeni katılımcı söz aldı")
    assert live.last_note(store, room.workshop_id).speaker_name == "Zerrin Karakoç"
    walk_in = attendance_of(store, room.workshop_id, "Zerrin Karakoç")
    assert walk_in.attendance is Attendance.PRESENT
    assert "1 present of" in win.checkin.counts.text()


def test_a_long_note_wraps_whole_and_the_newest_stays_in_view(qtbot, room, screen):
    win = screen
    win.resize(1366, 768)
    qtbot.wait(10)
    long_text = (
        "Belediye, gönüllülerin ulaşımı için ring servisi ve ücretsiz kart sağlayabileceğini, "
        "ancak bunun meclis kararı gerektirdiğini söyledi; karar Mart ayında beklenir."
    )
    for i in range(12):
        note(qtbot, win, f"{i}. {long_text}")
    view = win.notes.feed_view
    last = win.notes.feed.index(win.notes.feed.rowCount() - 1, 0)
    assert last.data().endswith(long_text)  # the whole text, no "…"
    assert view.textElideMode() == Qt.ElideNone and view.wordWrap()
    assert view.visualRect(last).height() >= 2 * view.fontMetrics().height()  # wrapped
    assert view.viewport().rect().contains(view.visualRect(last).bottomLeft())  # in view


def test_the_note_field_keeps_its_width_beside_the_proposal_panel(qtbot, screen):
    win = screen
    win.resize(1366, 768)
    qtbot.wait(10)
    note(qtbot, win, "Platform yürütme kurulu altı ayda bir dönüşümlü değişsin")
    press(qtbot, Qt.Key_D)
    assert win.proposal.isVisible()
    qtbot.wait(10)
    field = win.notes.note_field
    placeholder = field.fontMetrics().horizontalAdvance("Type a note and press Enter")
    assert field.width() >= placeholder


def test_the_proposal_panel_closes_when_the_item_changes(qtbot, room, screen):
    win = screen
    note(qtbot, win, "Kurul dönüşümlü değişsin")
    press(qtbot, Qt.Key_D)
    assert win.proposal.isVisible()
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)  # back to notes; the panel stays
    assert win.proposal.isVisible()
    press(qtbot, Qt.Key_Right)  # the next agenda item
    assert not win.proposal.isVisible()
    assert "proposal panel closed" in win.status_line.text()
    assert QApplication.focusWidget() is win.notes.note_field


def test_the_commitment_panel_closes_when_the_item_changes_unless_typed_in(qtbot, room, screen):
    win = screen
    note(qtbot, win, "Belediye iki servis aracı verir")
    press(qtbot, Qt.Key_T)
    assert win.commitment.isVisible()
    type_text(win.commitment.field, "BBB")
    assert win.commitment.search.chosen().name == BBB  # found by its short name
    press(qtbot, Qt.Key_Right)
    assert win.commitment.isVisible()  # typing in it: it stays until Enter or Esc
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    press(qtbot, Qt.Key_T)
    assert win.commitment.isVisible()
    press(qtbot, Qt.Key_Right)
    assert not win.commitment.isVisible()
    assert "commitment panel closed" in win.status_line.text()
