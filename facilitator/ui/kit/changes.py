"""The one announcement after every write: what kind of thing changed, which ids, and who.

Pages do not call each other after an edit. The edit (``kit/operations.py``)
emits ``changed`` once, naming its initiator. Every view that shows that kind
of thing then reads again, except the initiator, which has already shown its
own edit. The main window, the live screen and the projector share one bus,
so a check-in on the live screen shows in the Attendees tab within one
event-loop turn.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator.services.changes import (  # noqa: F401 - the kinds, as views name them
    COMMITMENT,
    IDEA,
    NOTE,
    ORGANIZATION,
    PERSON,
    PHASE,
    PROPOSAL,
    SERIES,
    WORKSHOP,
    Changed,
    changed,
)


class ChangeBus(QObject):
    """Carries ``changed(kind, ids, initiator)`` from whoever wrote to whoever shows.

    ``initiator`` is the view whose edit it was (``None`` for an undo, a redo or
    a change from outside any view): that view skips the announcement.
    """

    changed = Signal(str, object, object)
    saved = Signal()

    def announce(self, kind: str, *ids: int, initiator: QObject | None = None) -> None:
        self.changed.emit(kind, tuple(ids), initiator)
        self.saved.emit()

    def announce_changes(self, changes, initiator: QObject | None = None) -> None:
        """Announce each :class:`Changed` once; ``saved`` is emitted once for them all."""
        changes = tuple(changes)
        for change in changes:
            self.changed.emit(change.kind, change.ids, initiator)
        if changes:
            self.saved.emit()
