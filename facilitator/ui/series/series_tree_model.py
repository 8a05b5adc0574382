"""Item model of the sidebar: series, and under each its workshops with their status.

Fed with plain rows by its owner (``set_rows``); it never queries the database.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from facilitator.models.enums import WorkshopStatus
from facilitator.services.listing import SeriesTitle, WorkshopListItem
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.labels import status_label
from facilitator.ui.kit.timefmt import clock, short_date

COLUMN_TITLE = 0
COLUMN_STATUS = 1
COLUMN_COUNT = 2

KIND_ROLE = Qt.UserRole + 1  # "series" | "workshop"
ID_ROLE = Qt.UserRole + 2  # the row's id (None for "without series")

_DONE = {WorkshopStatus.HELD, WorkshopStatus.MINUTES_SENT}


class SeriesTreeModel(QAbstractItemModel):
    """Two levels: series (and a "without series" group) → workshops by date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._groups: list[tuple[int | None, str]] = []
        self._children: list[list[WorkshopListItem]] = []
        self._next_id: int | None = None

    def set_rows(
        self,
        series_rows: list[SeriesTitle],
        workshop_items: list[WorkshopListItem],
        next_workshop_id: int | None = None,
        no_series_label: str = "",
    ) -> None:
        self.beginResetModel()
        by_series: dict[int | None, list[WorkshopListItem]] = {}
        for item in workshop_items:
            by_series.setdefault(item.series_id, []).append(item)
        self._groups = [(row.id, row.title) for row in series_rows]
        self._children = [by_series.get(row.id, []) for row in series_rows]
        if by_series.get(None):
            self._groups.append((None, no_series_label))
            self._children.append(by_series[None])
        self._next_id = next_workshop_id
        self.endResetModel()

    # -- structure ---------------------------------------------------------------------

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._children[parent.row()])

    def columnCount(self, parent=QModelIndex()):
        return COLUMN_COUNT

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Series and workshops"), self.tr("Status"))[section]
        return None

    # -- data ------------------------------------------------------------------------

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            series_id, title = self._groups[index.row()]
            if role == Qt.DisplayRole and index.column() == COLUMN_TITLE:
                return title
            if role == Qt.ToolTipRole:
                return title
            if role == Qt.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == KIND_ROLE:
                return "series"
            if role == ID_ROLE:
                return series_id
            return None
        item = self._children[index.internalId() - 1][index.row()]
        if role == Qt.DisplayRole:
            if index.column() == COLUMN_TITLE:
                return f"{item.number}. {item.title}" if item.number else item.title
            marker = " ●" if item.id == self._next_id else ""
            return status_label(item.status) + marker
        if role == Qt.ToolTipRole:
            # Its day and time where it is held, whatever this computer's zone.
            zone = item.time_zone
            when = f"{short_date(item.planned_start, zone)} {clock(item.planned_start, zone)}"
            return f"{when} — {item.title}"
        if role == Qt.ForegroundRole and item.status in _DONE and index.column() == COLUMN_STATUS:
            return colours.colour(Tone.MUTED)  # quieter than the open ones, still readable
        if role == KIND_ROLE:
            return "workshop"
        if role == ID_ROLE:
            return item.id
        return None

    def find_workshop(self, workshop_id: int) -> QModelIndex:
        for group, children in enumerate(self._children):
            for row, item in enumerate(children):
                if item.id == workshop_id:
                    return self.index(row, 0, self.index(group, 0))
        return QModelIndex()

    def find_series(self, series_id: int) -> QModelIndex:
        for row, (sid, _title) in enumerate(self._groups):
            if sid == series_id and sid is not None:
                return self.index(row, 0)
        return QModelIndex()
