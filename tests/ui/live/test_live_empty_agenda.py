"""The live screen of a workshop without an agenda says what the moderator can do: take
notes all the same, or plan the items in the main window (and the key that goes there)."""

from __future__ import annotations

from facilitator.services import agenda
from facilitator.ui.live import LiveWindow
from facilitator.ui.live.keys import KEY_MAIN_WINDOW


def test_without_an_agenda_the_screen_says_what_to_do(qtbot, store, bus, clock, room):
    agenda.delete_items(store, room.items)
    win = LiveWindow(store, bus, now=clock)
    qtbot.addWidget(win)
    assert win.open_workshop(room.workshop_id)
    hint = win.header.next_label.text()
    assert "No agenda yet" in hint and "Agenda tab" in hint
    assert KEY_MAIN_WINDOW.toString() in hint
    # Once an item is planned, the line names what comes next instead.
    agenda.add_item(store, room.workshop_id, "Açılış", planned_minutes=10)
    win.refresh()
    assert "No agenda yet" not in win.header.next_label.text()
