"""A read-only table model over a list of plain rows, with Turkish-aware filtering.

Its owner feeds it rows (``set_rows``); it never queries the database. Each
row's search key is computed once, so filtering as the user types only
compares strings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from facilitator.text import search_haystack, search_key

ROW_ID_ROLE = Qt.UserRole + 1


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], str]
    width: int = 160  # initial width in pixels
    numeric: bool = False  # right-aligned


class RowTableModel(QAbstractTableModel):
    """Rows with an ``id`` attribute, shown through named columns, filtered by a query."""

    def __init__(
        self,
        columns: Sequence[Column],
        search_text: Callable[[Any], str],
        parent=None,
        *,
        folded: bool = False,
    ):
        """``search_text(row)`` gives the text a query is matched against; with
        ``folded=True`` it is already in :func:`search_haystack` form (e.g. read from
        the database's search column), which saves folding every row again."""
        super().__init__(parent)
        self.filtering = False  # True while a query resets the rows (see set_query)
        self._columns = list(columns)
        self._search_text = search_text if folded else (lambda r: search_haystack(search_text(r)))
        self._rows: list[Any] = []
        self._keys: list[str] = []
        self._visible: list[int] = []
        self._query_words: list[str] = []

    # -- feeding ---------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = []  # computed at the first search, not for every load
        self._visible = self._matching()
        self.endResetModel()

    def set_query(self, query: str) -> None:
        words = search_key(query).split()
        if words == self._query_words:
            return
        self.filtering = True  # the rows are the same, fewer: columns keep their widths
        try:
            self.beginResetModel()
            narrower = bool(words) and all(
                any(old in new for new in words) for old in self._query_words
            )
            self._query_words = words
            # A query that only adds to the last one (a letter more) searches only the
            # rows the last one found.
            self._visible = self._matching(self._visible if narrower else None)
            self.endResetModel()
        finally:
            self.filtering = False

    def _matching(self, among: list[int] | None = None) -> list[int]:
        words = self._query_words
        if not words:
            return list(range(len(self._rows)))
        if len(self._keys) != len(self._rows):
            self._keys = [self._search_text(r) for r in self._rows]
        keys = self._keys
        if among is None:
            return [i for i, key in enumerate(keys) if all(w in key for w in words)]
        return [i for i in among if all(w in keys[i] for w in words)]

    def row_at(self, row: int) -> Any:
        return self._rows[self._visible[row]]

    def row_of_id(self, row_id: int) -> int:
        for visible_row, index in enumerate(self._visible):
            if self._rows[index].id == row_id:
                return visible_row
        return -1

    def total_count(self) -> int:
        return len(self._rows)

    # -- Qt --------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self._columns[index.column()].value(row)
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.TextAlignmentRole and self._columns[index.column()].numeric:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def column_widths(self) -> list[int]:
        return [c.width for c in self._columns]

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self._columns[section].header
        return section + 1
