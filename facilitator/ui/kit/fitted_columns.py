"""A table's columns fitted to its width, so no column hides past the right edge.

``fit_columns(view, {column: weight, …})``: the columns named are text columns (a title,
a name); they share the width the others leave, by weight, each at least as wide as its
header and none wider than its longest text while another still needs room. Their text
is cut with "…" and shown whole in the cell's tooltip (the model's ``ToolTipRole``). The
other columns hold short values (a date, an amount, a status) and are as wide as their
widest value or their header, whichever is wider, so they are never cut.

The columns are fitted again whenever the table is resized or its rows change, but not
while the rows are filtered (a search typed): they stay where they are as the user types.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

MEASURED_ROWS = 60


class _Fitter(QObject):
    def __init__(self, view: QTableView, text_columns: dict[int, int]):
        super().__init__(view)
        self._view = view
        self._text = dict(text_columns)
        self._fitting = False
        self._widest: dict[int, int] | None = None  # each column's widest value, measured
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.Interactive)
        # Widths are measured on the rows in sight and this many more, not on a thousand:
        # a directory of 10,000 people is filtered at every keystroke, and each filter
        # fits the columns again.
        header.setResizeContentsPrecision(MEASURED_ROWS)
        view.setTextElideMode(Qt.ElideRight)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self.refit)
        self.fit()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Show:
            self.refit()  # the rows in sight are measured now
        elif event.type() == QEvent.Resize:
            self.fit()  # the same values, another width to share
        return False

    def refit(self, *_args) -> None:
        """The rows changed: measure their values again, then fit."""
        if getattr(self._view.model(), "filtering", False):
            return  # typing in the search box: the columns stay put, not jump per key
        self._widest = None
        self.fit()

    def fit(self, *_args) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        if self._widest is None or any(c not in self._widest for c in columns):
            self._widest = {c: view.sizeHintForColumn(c) for c in columns}
        widest = self._widest
        short = [c for c in columns if c not in self._text]
        text = [c for c in columns if c in self._text]
        used = 0
        for column in short:
            width = max(widest[column], header.sectionSizeHint(column))
            header.resizeSection(column, width)
            used += width
        if not text:
            return
        least = {c: header.sectionSizeHint(c) for c in text}
        wish = {c: max(least[c], widest[c]) for c in text}
        room = view.viewport().width() - used
        widths = share_room(room, {c: self._text[c] for c in text}, least, wish)
        for column in text:
            header.resizeSection(column, widths[column])


def share_room(
    room: int, weights: dict[int, int], least: dict[int, int], wish: dict[int, int]
) -> dict[int, int]:
    """``room`` pixels shared by weight, none below its least, none above its wish while
    another is still given less than its weight's share; all of it given out when the
    least widths fit (more than the wishes then go by weight)."""
    widths: dict[int, int] = {}
    open_ = list(weights)
    left = room
    while open_:
        total = sum(weights[c] for c in open_)
        shares = {c: left * weights[c] / total for c in open_}
        fixed = {c: least[c] for c in open_ if shares[c] < least[c]}
        if not fixed:
            above = [c for c in open_ if shares[c] > wish[c]]
            if len(above) < len(open_):
                fixed = {c: wish[c] for c in above}
        if not fixed:
            for column in open_:
                widths[column] = int(shares[column])
            break
        widths.update(fixed)
        left -= sum(fixed.values())
        open_ = [c for c in open_ if c not in fixed]
    spare = room - sum(widths.values())
    if spare > 0 and widths:  # the pixels rounding left, to the last column
        widths[max(widths)] += spare
    return widths


def fit_columns(view: QTableView, text_columns: dict[int, int]) -> None:
    """Fit ``view``'s columns to its width from now on; ``text_columns`` maps each text
    column to its share of the room (the others are sized to their contents)."""
    _Fitter(view, text_columns)


def table_chrome(view: QTableView) -> int:
    """What a table's width holds beside its columns: its frame and a vertical scroll
    bar (counted always, so the columns still fit once the rows overflow)."""
    # The bar's own size hint is the style's scroll-bar extent (QStyle.PM_ScrollBarExtent)
    # without naming QStyle, whose dozen enumerations Python would build for it.
    return 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
