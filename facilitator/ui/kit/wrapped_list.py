"""A list of whole, wrapped rows that stays quick however long it grows.

A ``QListView`` whose rows differ in height lays out every row again whenever
one is added: with 600 notes, 75 ms for each new one. A one-column tree only
measures the rows it shows, as long as it scrolls by row (scrolling by pixel
makes it measure them all too). Qt's tree measures a row on one line, though,
even with word wrap on; its delegate here measures it wrapped at the column's
width, and a new width measures the rows again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

SIZES_KEPT = 2000  # rows measured and remembered, at most (then measured again)


class _WrappedRows(QStyledItemDelegate):
    """Each row as high as its text wrapped at the view's width."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view
        self._sizes: dict[tuple, QSize] = {}  # (text, font, width) → the size measured

    def forget(self) -> None:
        self._sizes.clear()

    def sizeHint(self, option, index) -> QSize:
        view = self._view
        key = (index.data(Qt.DisplayRole), option.font.key(), view.viewport().width())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > SIZES_KEPT:
                self._sizes.clear()
            size = self._sizes[key] = self._measure(option, index)
        return QSize(size)

    def _measure(self, option, index) -> QSize:
        view = self._view
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.features |= QStyleOptionViewItem.WrapText
        # The style wraps only within a valid rectangle: one pixel high is enough.
        opt.rect = QRect(0, 0, view.viewport().width(), 1)
        return view.style().sizeFromContents(QStyle.CT_ItemViewItem, opt, QSize(), view)


class WrappedListView(QTreeView):
    """A read-only list of one column whose rows show their whole text, wrapped."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.ElideNone)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.header().setStretchLastSection(True)
        self.setItemDelegate(_WrappedRows(self))
        # Another width wraps the rows anew (the tree keeps the heights it measured).
        self.header().sectionResized.connect(lambda *_: self.doItemsLayout())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):
            self.itemDelegate().forget()
            self.doItemsLayout()
