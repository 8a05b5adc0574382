"""A bar showing how a round's positions are distributed over the method's scale.

Painted by hand: one segment per value with a count, in scale order, each
as wide as its share, in the value's colour, with the value and its count
written in it when it fits; an empty round shows a grey outline and says so.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.models import DecisionMethod
from facilitator.ui.decisions.decision_labels import short_value_label, value_fill, value_label
from facilitator.ui.kit import colours


class DistributionBar(QWidget):
    """Counts per value of a scale as one horizontal bar (``set_tally(method, tally)``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._method: DecisionMethod | None = None
        self._tally: tuple[tuple[str, int], ...] = ()
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMinimumHeight(30)

    def set_tally(self, method: DecisionMethod | None, tally) -> None:
        self._method = DecisionMethod(method) if method is not None else None
        self._tally = tuple(tally)
        parts = [
            f"{value_label(self._method, v)}: {n}" for v, n in self._tally if n and self._method
        ]
        self.setToolTip("\n".join(parts))
        self.update()

    def tally(self) -> tuple[tuple[str, int], ...]:
        return self._tally

    def sizeHint(self) -> QSize:
        return QSize(320, 32)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        total = sum(n for _v, n in self._tally)
        if not total or self._method is None:
            painter.setPen(QPen(self.palette().mid().color(), 1, Qt.DashLine))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(rect, Qt.AlignCenter, self.tr("No positions yet"))
            return
        metrics = QFontMetrics(self.font())
        x = rect.left()
        for value, count in self._tally:
            if not count:
                continue
            width = rect.width() * count / total
            segment = QRectF(x, rect.top(), width, rect.height())
            background, foreground = colours.fill(value_fill(self._method, value))
            painter.fillRect(segment, background)
            text = f"{short_value_label(self._method, value)}: {count}"
            if metrics.horizontalAdvance(text) + 6 > width:
                text = str(count)
            if metrics.horizontalAdvance(text) + 4 <= width:
                painter.setPen(foreground)
                painter.drawText(segment, Qt.AlignCenter, text)
            x += width
        painter.setPen(QPen(self.palette().dark().color(), 1))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(rect)
