"""A layout that places its widgets side by side and wraps them onto the next line when
the row is full, like words in a paragraph (Qt's "Flow Layout" example).

For rows of small things that need not stay on one line, a legend say: at its narrowest
the layout is as wide as its widest item, not as all of them together, so it never
makes a panel (and the window) wider than a laptop's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping; ``spacing`` between items and between lines."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout ----------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        return QSize(width, height) + _size_of(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As wide as the widest item."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + _size_of(self.contentsMargins())

    # -- placing ----------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [
            item for item in self._items if item.widget() is None or not item.widget().isHidden()
        ]

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, QSize]]]:
        """The visible items line by line, as they fit in ``width``."""
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint()
            if lines[-1] and used + self._spacing + hint.width() > width:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + hint.width()
            lines[-1].append((item, hint))
        return lines

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``), each line's items centred on it
        vertically; the height they take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        for n, line in enumerate(self._lines(area.width())):
            if not line:
                continue
            if n:
                y += self._spacing
            height = max(hint.height() for _item, hint in line)
            x = area.x()
            for item, hint in line:
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height
        return y - rect.y() + margins.bottom()


def _size_of(margins: QMargins) -> QSize:
    return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
