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
