"""A field to choose a time zone by its IANA name: typed, or picked from the list.

Every zone the zone data knows is listed as "Europe/Istanbul (UTC+3)", its offset on
the day it is for (summer time counted). Typing completes on any part of the name,
whatever the case ("istan" finds Europe/Istanbul). The list is read when the field is
first used, not when the page is built: some six hundred zones take a moment to read.
What was typed is only a request: the service refuses a name that is not a zone.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from facilitator.ui.kit.timefmt import zone_choice_text, zone_of_choice
from facilitator.zones import is_zone


def zone_names() -> list[str]:
    """Every zone name of the zone data, in alphabetical order."""
    from zoneinfo import available_timezones

    return sorted(available_timezones())


class ZoneChooser(QComboBox):
    """An editable list of zones; ``chosen`` when a zone is picked or typing is finished."""

    chosen = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)  # a typed name is a request, never an item
        self.setMaxVisibleItems(16)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self.setCompleter(completer)
        self._at = datetime.now(UTC)
        self._listed_at: datetime | None = None  # the moment the listed offsets are for
        self.lineEdit().editingFinished.connect(self.chosen)
        self.activated.connect(lambda _index: self.chosen.emit())
        completer.activated.connect(lambda _text: self.chosen.emit())
        self.lineEdit().installEventFilter(self)

    def set_zone(self, name: str | None, at: datetime) -> None:
        """Show ``name`` (its offset at ``at``, the workshop's start)."""
        self._at = at
        if self._listed_at is not None and self._listed_at != at:
            self._fill()  # the offsets listed are the day's (summer time)
        text = zone_choice_text(name, at) if name and is_zone(name) else (name or "")
        index = self.findData(name) if name else -1
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(text)

    def zone(self) -> str:
        """The zone name shown or typed ("Europe/Istanbul"), as typed when it is none."""
        return zone_of_choice(self.currentText())

    def list_zones(self) -> None:
        """Read the zones into the list now (done when the field is first used)."""
        if self._listed_at is None:
            self._fill()

    def _fill(self) -> None:
        text = self.currentText()
        self.blockSignals(True)
        try:
            self.clear()
            for name in zone_names():
                self.addItem(zone_choice_text(name, self._at), name)
            self.setCurrentIndex(-1)
            self.setEditText(text)
        finally:
            self.blockSignals(False)
        self._listed_at = self._at

    def showPopup(self) -> None:
        self.list_zones()
        super().showPopup()

    def focusInEvent(self, event) -> None:
        self.list_zones()
        super().focusInEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.FocusIn:
            self.list_zones()
        return super().eventFilter(watched, event)
