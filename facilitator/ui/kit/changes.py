"""The one announcement after every write: what kind of thing changed, and which ids.

Pages do not call each other after an edit; they emit ``changed`` once and
every view that shows that kind of thing refreshes itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

WORKSHOP = "workshop"
SERIES = "series"
PERSON = "person"
ORGANIZATION = "organization"
PROPOSAL = "proposal"
COMMITMENT = "commitment"
PHASE = "phase"


class ChangeBus(QObject):
    """Carries ``changed(kind, ids)`` from whoever wrote to whoever shows."""

    changed = Signal(str, object)
    saved = Signal()

    def announce(self, kind: str, *ids: int) -> None:
        self.changed.emit(kind, tuple(ids))
        self.saved.emit()
