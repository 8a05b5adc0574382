"""A round on the live screen offers every attendee (issue 14, point 3): with sign-in on
paper nobody is checked in, yet the grid lists everyone, marked "not checked in"; a
position given marks its holder present (said in the status line), Ctrl+Z takes back
both, and the round still counts one voice per person who took a position."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.models import Attendance, Invitation
from facilitator.services import attendees, live, proposals
from facilitator.ui.decisions.round_grid import COLUMN_NAME
from facilitator.ui.live.proposal_panel import STEP_OUTCOME, STEP_ROUND
from tests.ui.keys import type_text


def press(qtbot, key, modifiers=Qt.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifiers)


def attendance_of(store, workshop_id, name: str):
    return next(r for r in attendees.list_attendees(store, workshop_id) if r.full_name == name)


def names_in_grid(grid) -> list[str]:
    model = grid.model
    return [model.index(i, COLUMN_NAME).data() for i in range(model.rowCount())]


def go_to(qtbot, grid, name: str) -> None:
    """Down arrow to the row of ``name``, as the moderator would."""
    row = next(i for i, text in enumerate(names_in_grid(grid)) if text.startswith(name))
    while grid.current_row() < row:
        press(qtbot, Qt.Key_Down)
    assert grid.current_row() == row


@pytest.fixture
def round_screen(qtbot, store, room, open_screen):
    """Paper sign-in: nobody checked in; Oya Erdem declined. A note, Ctrl+D, Enter: a
    gradients round per person is open in the proposal panel."""
    oya = attendance_of(store, room.workshop_id, "Oya Erdem")
    attendees.update_attendees(store, [oya.id], invitation=Invitation.DECLINED)
    win = open_screen()
    assert "0 present of" in win.checkin.counts.text()
    type_text(win.notes.note_field, "Kurul altı ayda bir dönüşümlü değişsin")
    press(qtbot, Qt.Key_Return)
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)  # gradients, per person: the defaults
    assert win.proposal.steps.currentIndex() == STEP_ROUND
    assert QApplication.focusWidget() is win.proposal.grid.view
    return win


def test_with_nobody_checked_in_the_grid_offers_everyone_marked_so(store, room, round_screen):
    grid = round_screen.proposal.grid
    shown = names_in_grid(grid)
    assert len(shown) == len(attendees.list_attendees(store, room.workshop_id))
    assert all("not checked in" in text for text in shown[:-1])
    assert shown[-1] == "Oya Erdem  · declined"  # found, marked, last
    assert grid.progress.text() == "nobody checked in yet"
    assert "Nobody" not in grid.keys.text()  # the keys line, not a dead end


def test_a_position_of_someone_not_checked_in_marks_them_present_and_ctrl_z_takes_both(
    qtbot, store, room, round_screen
):
    win = round_screen
    grid = win.proposal.grid
    go_to(qtbot, grid, "Çağrı Işıldak")
    press(qtbot, "1")
    assert win.status_line.text() == (
        "Çağrı Işıldak: 1 Wholehearted endorsement — now marked present (Ctrl+Z takes back both)."
    )
    present = attendance_of(store, room.workshop_id, "Çağrı Işıldak")
    assert present.attendance is Attendance.PRESENT
    assert "1 present of" in win.checkin.counts.text()  # the check-in panel follows
    assert grid.progress.text() == "1 of 1 recorded"
    (p,) = proposals.list_proposals(store, room.workshop_id)
    assert dict(p.open_round.tally)["1"] == 1

    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    (p,) = proposals.list_proposals(store, room.workshop_id)
    assert p.open_round.total == 0
    back = attendance_of(store, room.workshop_id, "Çağrı Işıldak")
    assert (back.attendance, back.arrived_at) == (Attendance.UNKNOWN, None)
    assert "0 present of" in win.checkin.counts.text()
    assert grid.progress.text() == "nobody checked in yet"
    assert "Çağrı Işıldak  · not checked in" in names_in_grid(grid)

    press(qtbot, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo: both again
    assert attendance_of(store, room.workshop_id, "Çağrı Işıldak").attendance is (
        Attendance.PRESENT
    )
    assert proposals.list_proposals(store, room.workshop_id)[0].open_round.total == 1
    assert names_in_grid(grid)[0] == "Çağrı Işıldak"  # present: first, unmarked


def test_the_round_counts_only_who_took_a_position(qtbot, store, room, round_screen):
    win = round_screen
    grid = win.proposal.grid
    press(qtbot, "1")  # the first row, then the next: two of eleven offered
    press(qtbot, "3")
    assert grid.progress.text() == "2 of 2 recorded"
    press(qtbot, Qt.Key_Return)  # nobody present is missing: closes at once
    assert win.proposal.steps.currentIndex() == STEP_OUTCOME
    (p,) = proposals.list_proposals(store, room.workshop_id)
    last = p.last_closed_round
    assert last.total == 2
    assert (dict(last.tally)["1"], dict(last.tally)["3"]) == (1, 1)
    rows = attendees.list_attendees(store, room.workshop_id)
    assert sum(r.attendance is Attendance.PRESENT for r in rows) == 2


def test_someone_checked_in_at_the_door_is_counted_missing_the_others_not(
    qtbot, store, room, round_screen
):
    win = round_screen
    grid = win.proposal.grid
    press(qtbot, Qt.Key_I, Qt.ControlModifier)  # check-in at the door
    type_text(win.checkin.field, "Gökçe")
    press(qtbot, Qt.Key_Return)
    assert attendance_of(store, room.workshop_id, "Gökçe Ünver").attendance is (Attendance.PRESENT)
    assert names_in_grid(grid)[0] == "Gökçe Ünver"
    assert grid.progress.text() == "0 of 1 recorded"
    assert grid.missing_text() == "1 of 1 gave no position"


def test_giving_the_last_note_to_someone_not_checked_in_marks_them_present(
    qtbot, store, room, open_screen
):
    """Up edits the last note, Ctrl+P gives it to someone not checked in: present, said,
    and Ctrl+Z takes back both (the note's speaker and the attendance)."""
    win = open_screen()
    type_text(win.notes.note_field, "Gönüllü sayısı iki katına çıkmalı")
    press(qtbot, Qt.Key_Return)
    press(qtbot, Qt.Key_Up)
    assert win.notes.mode_label.isVisible()
    press(qtbot, Qt.Key_P, Qt.ControlModifier)
    type_text(win.notes.attribute.field, "ışıldak")
    press(qtbot, Qt.Key_Return)
    assert QApplication.focusWidget() is win.notes.note_field
    press(qtbot, Qt.Key_Return)

    assert win.status_line.text() == (
        "Note changed; Çağrı Işıldak is now marked present — Ctrl+Z takes back both."
    )
    (saved,) = live.notes_of_item(store, room.workshop_id, room.items[0])
    assert saved.speaker_name == "Çağrı Işıldak"
    assert attendance_of(store, room.workshop_id, "Çağrı Işıldak").attendance is (
        Attendance.PRESENT
    )
    assert "1 present of" in win.checkin.counts.text()

    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    (saved,) = live.notes_of_item(store, room.workshop_id, room.items[0])
    assert saved.speaker_id is None
    assert saved.text == "Gönüllü sayısı iki katına çıkmalı"
    back = attendance_of(store, room.workshop_id, "Çağrı Işıldak")
    assert (back.attendance, back.arrived_at) == (Attendance.UNKNOWN, None)
    assert "0 present of" in win.checkin.counts.text()

    press(qtbot, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert live.last_note(store, room.workshop_id).speaker_name == "Çağrı Işıldak"
    assert attendance_of(store, room.workshop_id, "Çağrı Işıldak").attendance is (
        Attendance.PRESENT
    )
