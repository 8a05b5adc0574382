"""A side panel whose width the user sets by dragging, kept between runs.

``remember_side_width(splitter, settings, key)`` gives the splitter's first (or last)
panel the width saved under ``key`` once the splitter has its size, and saves the
width a moment after the user has dragged the handle (not at every step of the drag).
The width is kept in pixels, so a larger window gives the extra room to the pages,
not to the side panel. Settings are those of window geometry (``ui/app.py``'s
``open_geometry()``), apart from the user's preferences.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QSplitter

SAVE_DELAY_MS = 400  # after the last step of a drag


class _SideWidth(QObject):
    def __init__(self, splitter: QSplitter, settings: QSettings, key: str, index: int):
        super().__init__(splitter)
        self._splitter = splitter
        self._settings = settings
        self._key = key
        self._index = index
        self._restored = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        splitter.splitterMoved.connect(lambda _pos, _handle: self._save_timer.start())
        splitter.installEventFilter(self)
        if splitter.isVisible():
            self.restore()

    def saved_width(self) -> int | None:
        value = self._settings.value(self._key)
        try:
            width = int(value)
        except (TypeError, ValueError):
            return None
        return width if width > 0 else None

    def restore(self) -> None:
        self._restored = True
        width = self.saved_width()
        sizes = self._splitter.sizes()
        if width is None or len(sizes) < 2 or sum(sizes) <= 0:
            return
        neighbour = 1 if self._index == 0 else -2  # gives or takes the difference
        width = min(width, sizes[self._index] + sizes[neighbour] - 1)
        sizes[neighbour] -= width - sizes[self._index]
        sizes[self._index] = width
        self._splitter.setSizes(sizes)

    def save(self) -> None:
        sizes = self._splitter.sizes()
        if len(sizes) >= 2 and sizes[self._index] > 0:
            self._settings.setValue(self._key, sizes[self._index])
            self._settings.sync()

    def eventFilter(self, watched, event) -> bool:
        if watched is self._splitter and event.type() == QEvent.Show and not self._restored:
            self.restore()
        return False


def remember_side_width(
    splitter: QSplitter, settings: QSettings, key: str, *, side: str = "first"
) -> None:
    """Keep the width of the splitter's ``side`` panel ("first" or "last") under ``key``."""
    index = 0 if side == "first" else -1
    _SideWidth(splitter, settings, key, index)
