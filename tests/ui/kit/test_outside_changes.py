"""What another process writes (the room's phones, the command line) reaches the window."""

from __future__ import annotations

from facilitator.services import ideas
from facilitator.store import Store
from facilitator.ui.kit.changes import IDEA, ChangeBus
from facilitator.ui.kit.outside_changes import OutsideChanges
from tests.room.conftest import NOW


def test_a_write_from_another_connection_is_announced_and_the_windows_own_are_not(
    qtbot, demo, db_path
):
    bus = ChangeBus()
    watcher = OutsideChanges(demo.store, bus)
    heard = []
    bus.changed.connect(lambda kind, ids, initiator: heard.append(kind))
    watcher.check()  # the first question only starts watching
    workshop = demo.workshop(6)

    ideas.add_idea(demo.store, workshop, "Bu pencereden bir fikir", now=NOW)  # ours
    assert watcher.check() is False and heard == []

    other = Store.open(db_path)  # as another process would
    try:
        ideas.add_idea(other, workshop, "Telefondan gelen fikir", now=NOW)
    finally:
        other.close()
    with qtbot.waitSignal(bus.changed, timeout=3000):
        pass  # the timer asks every half second
    assert IDEA in heard
    assert watcher.check() is False  # said once
    watcher.stop()
