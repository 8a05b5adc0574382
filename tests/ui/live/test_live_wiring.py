"""Reaching the live screen: Ctrl+L on a workshop, and the offer to resume after a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.models.enums import WorkshopStatus
from facilitator.services import agenda, listing, live, workshops
from facilitator.services.demo import load_demo
from tests.ui.conftest import NOW, start_window


def _sixth(store):
    return next(i for i in listing.list_workshops(store) if i.number == 6 and i.series_id == 1)


def test_ctrl_l_opens_the_live_screen_of_the_shown_workshop(qtbot, demo_window, store):
    sixth = _sixth(store)
    agenda.add_item(store, sixth.id, title="Açılış", planned_minutes=15)
    demo_window.open_workshop(sixth.id)
    qtbot.keyClick(demo_window, Qt.Key_L, Qt.ControlModifier)
    live_window = demo_window.live_window
    assert live_window is not None
    qtbot.addWidget(live_window)
    assert workshops.get_workshop(store, sixth.id).status is WorkshopStatus.IN_SESSION
    live_window.close()


def test_a_session_left_running_is_offered_for_resuming(qtbot, store, facilitator_app, answers):
    load_demo(store)
    sixth = _sixth(store)
    agenda.add_item(store, sixth.id, title="Açılış", planned_minutes=15)
    live.start_session(store, sixth.id, NOW)  # then the laptop died
    answers.yes_no = [True]
    window = start_window(qtbot, facilitator_app)
    qtbot.waitUntil(lambda: window.live_window is not None)
    qtbot.addWidget(window.live_window)
    assert "hâlâ oturumda" in answers.questions[0]
    state = live.session_state(store, sixth.id, NOW)
    assert state.current_item is not None and state.current_item.title == "Açılış"
    shown = window.live_window
    assert shown.state.current_item.title == "Açılış"  # the reopened screen, not just the data
    assert shown.header.item_title.text().endswith("Açılış")
    window.live_window.close()


def test_a_refused_session_is_explained_in_the_main_window(qtbot, demo_window, store, answers):
    held = next(i for i in listing.list_workshops(store) if i.number == 1 and i.series_id == 1)
    assert held.status is WorkshopStatus.MINUTES_SENT  # long over
    demo_window.open_workshop(held.id)
    qtbot.keyClick(demo_window, Qt.Key_L, Qt.ControlModifier)
    assert demo_window.live_window is None  # no empty live screen left open
    assert len(answers.errors) == 1 and answers.errors[0]
    assert workshops.get_workshop(store, held.id).status is WorkshopStatus.MINUTES_SENT


def test_a_check_in_on_the_live_screen_shows_in_the_open_attendees_tab(qtbot, demo_window, store):
    from facilitator.models.enums import Attendance
    from facilitator.services import attendees
    from facilitator.ui.workshop.attendees_tab import COLUMN_ATTENDANCE
    from tests.ui.live.test_live_screen import check_in

    sixth = _sixth(store)
    agenda.add_item(store, sixth.id, title="Açılış", planned_minutes=15)
    absent = [
        r
        for r in attendees.list_attendees(store, sixth.id)
        if r.attendance is not Attendance.PRESENT
    ]
    assert absent, "the demo's sixth workshop has attendees not yet checked in"
    person = absent[0]
    demo_window.open_workshop(sixth.id)
    tab = demo_window.workshop_page.attendees
    before = tab.model.index(tab.model.row_of_id(person.id), COLUMN_ATTENDANCE).data()
    qtbot.keyClick(demo_window, Qt.Key_L, Qt.ControlModifier)
    live_window = demo_window.live_window
    qtbot.addWidget(live_window)
    qtbot.waitExposed(live_window)
    live_window.activateWindow()
    qtbot.waitUntil(live_window.isActiveWindow)
    check_in(qtbot, live_window, person.display_name)
    row = tab.model.row_of_id(person.id)
    assert tab.model.row_at(row).attendance is Attendance.PRESENT
    assert tab.model.index(row, COLUMN_ATTENDANCE).data() != before
    live_window.close()
