"""Changes written by another process or thread (the room's phones, the command line)
reach the open windows: the database is asked every half second whether anyone else
committed, and if so the views of the running workshop read again.

The window's own edits are announced by the edit itself (``kit/operations.py``); a
commit of this process in the same half second is taken for one of them, so only
what came from elsewhere is announced again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from facilitator.store import Store
from facilitator.ui.kit.changes import IDEA, PROPOSAL, WORKSHOP, ChangeBus, changed

logger = logging.getLogger(__name__)

INTERVAL_MS = 500


class OutsideChanges(QObject):
    """Announces, on ``bus``, what others wrote: rounds, attendance and ideas may have moved."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._bus = bus
        self._watch = None
        self._writes = store.write_count
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        if store.engine.dialect.name == "sqlite":
            self._timer.start()

    def check(self) -> bool:
        """Ask once; True when a change from elsewhere was announced."""
        from facilitator.store.watch import ChangeWatch

        try:
            if self._watch is None:
                self._watch = ChangeWatch(self._store)
                return False
            moved = self._watch.changed()
        except Exception:  # a locked or closed file: asked again next time
            logger.debug("could not ask the database for changes", exc_info=True)
            return False
        ours = self._store.write_count != self._writes
        self._writes = self._store.write_count
        if not moved or ours:
            return False
        for change in (changed(PROPOSAL), changed(WORKSHOP), changed(IDEA)):
            self._bus.changed.emit(change.kind, change.ids, None)
        return True

    def stop(self) -> None:
        self._timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None
