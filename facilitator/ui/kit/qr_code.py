"""A QR code drawn by Qt from its modules: crisp at any size, dark on white with its margin."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.ui.kit.colours import QR_CODE

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


class QrCodeView(QWidget):
    """Shows ``text`` as a QR code, as large as the widget allows (square)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._matrix: tuple = ()
        self.text = ""
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(QSize(120, 120))

    def set_text(self, text: str) -> None:
        self.text = text
        self._matrix = (
            tuple(tuple(row) for row in segno.make(text, error="m").matrix) if text else ()
        )
        self.update()

    def modules(self) -> tuple:
        """The code's rows of dark (1) and light (0) modules, without the margin."""
        return self._matrix

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def paintEvent(self, _event) -> None:
        if not self._matrix:
            return
        count = len(self._matrix) + 2 * QUIET_ZONE
        side = min(self.width(), self.height())
        unit = side / count
        left = (self.width() - side) / 2
        top = (self.height() - side) / 2
        painter = QPainter(self)
        painter.fillRect(QRectF(left, top, side, side), QColor(QR_CODE["light"]))
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(QR_CODE["dark"]))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(
                        QRectF(
                            left + (x + QUIET_ZONE) * unit,
                            top + (y + QUIET_ZONE) * unit,
                            unit + 0.5,  # no hairline seams between modules
                            unit + 0.5,
                        )
                    )
        painter.end()
