"""Recording a round afterwards on the Decisions tab (positions taken on paper): the grid
offers every attendee, a position of someone never checked in marks them present, and the
window's undo takes back both (issue 14, point 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.models import Attendance
from facilitator.services import attendees, directory, proposals
from facilitator.ui.decisions.round_grid import COLUMN_NAME
from tests.ui.decisions.test_decisions_tab import _new_proposal, room, tab  # noqa: F401  (fixtures)


def test_a_position_of_someone_not_checked_in_on_the_decisions_tab(
    qtbot,
    store,
    room,  # noqa: F811
    tab,  # noqa: F811
):
    person = directory.create_person(store, "Zerrin", "Karakoç")
    zerrin = attendees.add_attendee(store, room.id, person.id)  # invited, not checked in
    _new_proposal(qtbot, tab, "Kağıt üzerindeki tur")
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    grid = tab.rounds_box.grid
    model = grid.model
    assert model.rowCount() == 13
    assert model.index(12, COLUMN_NAME).data() == "Zerrin Karakoç  · not checked in"
    assert grid.progress.text() == "0 of 12 recorded"  # twelve present; she is not counted
    grid.view.setCurrentIndex(model.index(12, 2))
    qtbot.keyClick(grid.view, "2")
    assert tab.rounds_box.round_status.text() == (
        "Zerrin Karakoç: 2 Agreement with a minor point — now marked present "
        "(Ctrl+Z takes back both)."
    )
    assert grid.progress.text() == "1 of 13 recorded"
    row = next(r for r in attendees.list_attendees(store, room.id) if r.id == zerrin.id)
    assert row.attendance is Attendance.PRESENT

    tab.history_for_test.undo()
    row = next(r for r in attendees.list_attendees(store, room.id) if r.id == zerrin.id)
    assert row.attendance is Attendance.UNKNOWN
    (p,) = proposals.list_proposals(store, room.id)
    assert p.open_round.total == 0
    assert grid.progress.text() == "0 of 12 recorded"
