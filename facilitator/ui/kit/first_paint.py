"""Waiting for a widget's first paint: the window shows its sidebar before anything slower
(the start page, the demo's offer) is built."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Calls back once, after the watched widget has been painted for the first time."""

    def __init__(self, callback, parent=None):
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, callback)  # after this paint has reached the screen
        return False
