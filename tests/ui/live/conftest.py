"""The live screen's test room: the 6th demo workshop, a clock moved by hand, a window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pytest

from facilitator.models import Workshop
from facilitator.services import agenda, attendees, directory
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.live import LiveWindow
from tests.fake_clock import FakeClock

ITEMS = [
    ("Açılış ve tanışma", 10),
    ("Gönüllülük kültürü: şirketlerin deneyimleri", 20),
    ("Öncelikler ve katkı türleri", 30),
    ("İşbirliği modeli", 15),
    ("Kapanış ve yol haritası", 5),
]
EXTRA_PEOPLE = [("Çağrı", "Işıldak"), ("Gökçe", "Ünver"), ("Ilgın", "Şahinoğlu"), ("Oya", "Erdem")]


@dataclass
class Room:
    workshop_id: int
    items: list[int]
    attendees: list = field(default_factory=list)  # AttendeeRow, invited and added


@pytest.fixture
def room(demo) -> Room:
    """The 6th demo workshop with five agenda items and eleven attendees."""
    store, workshop_id = demo.store, demo.workshop(6)
    items = [
        agenda.add_item(store, workshop_id, title, planned_minutes=minutes).id
        for title, minutes in ITEMS
    ]
    for given, family in EXTRA_PEOPLE:
        person = directory.create_person(store, given, family)
        attendees.add_attendee(store, workshop_id, person.id)
    return Room(workshop_id, items, attendees.list_attendees(store, workshop_id))


@pytest.fixture
def clock(store, room) -> FakeClock:
    with store.session() as s:
        start = s.get(Workshop, room.workshop_id).planned_start
    return FakeClock(start - timedelta(minutes=5))


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def open_screen(qtbot, store, bus, clock, room):
    """Build a live screen on the store, open the room's workshop in it and (unless
    ``start=False``) start its session with the screen's key action."""
    windows = []

    def make(start: bool = True) -> LiveWindow:
        win = LiveWindow(store, bus, now=clock)
        qtbot.addWidget(win)
        assert win.open_workshop(room.workshop_id)
        win.resize(1366, 768)  # the moderator's laptop (the offscreen screen is smaller)
        if start and not win.state.in_session:
            win.start_session()
            if not win.state.in_session:  # planned for another local day: asked twice
                win.start_session()
            assert win.state.in_session
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.timer.stop()
        if win.projector is not None:
            win.projector.close()
