"""The table model of a workshop's agenda: plain rows fed by the Agenda tab.

The model never writes and never queries the database. An edit in a cell
emits ``edit_requested(item_id, field, value)`` and a drop of a dragged row
emits ``move_requested(item_id, new_position)``; the tab turns each into a
service call and an undo command, then feeds the model fresh rows. Feeding
rows in a new order (a move) is a layout change, so the selection follows
the moved item.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from facilitator.models.enums import AgendaKind
from facilitator.services.agenda import AgendaItemRow
from facilitator.ui.kit import colours
from facilitator.ui.kit.labels import plain_tooltip
from facilitator.ui.kit.timefmt import clock

COLUMN_START = 0
COLUMN_TITLE = 1
COLUMN_KIND = 2
COLUMN_MINUTES = 3
COLUMN_PRESENTER = 4
COLUMN_GOAL = 5
COLUMN_COUNT = 6

# Column → the service field an edit of that column changes.
FIELDS = {
    COLUMN_TITLE: "title",
    COLUMN_KIND: "kind",
    COLUMN_MINUTES: "planned_minutes",
    COLUMN_PRESENTER: "presenter_id",
    COLUMN_GOAL: "goal",
}

ITEM_ID_ROLE = Qt.UserRole + 1
MIME_TYPE = "application/x-facilitator-agenda-item"


def item_count_text(count: int) -> str:
    """ "1 item", "8 items": how many items an agenda has."""
    return QCoreApplication.translate("AgendaTab", "%n item(s)", None, count)


def kind_label(kind: AgendaKind | str) -> str:
    """The word a user reads for a kind of agenda item."""
    return {
        AgendaKind.OPENING: QCoreApplication.translate("AgendaKind", "Opening"),
        AgendaKind.TALK: QCoreApplication.translate("AgendaKind", "Talk"),
        AgendaKind.DISCUSSION: QCoreApplication.translate("AgendaKind", "Discussion"),
        AgendaKind.GROUP_WORK: QCoreApplication.translate("AgendaKind", "Group work"),
        AgendaKind.BREAK: QCoreApplication.translate("AgendaKind", "Break"),
        AgendaKind.DECISION: QCoreApplication.translate("AgendaKind", "Decision"),
        AgendaKind.CLOSING: QCoreApplication.translate("AgendaKind", "Closing"),
    }[AgendaKind(kind)]


class AgendaTableModel(QAbstractTableModel):
    """Agenda items in order; columns are the COLUMN_* constants."""

    edit_requested = Signal(int, str, object)  # item id, field, new value
    move_requested = Signal(int, int)  # item id, new position (1-based)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AgendaItemRow] = []
        self._planned_end: datetime | None = None
        self._time_zone = ""  # the workshop's: its items' times are shown in it

    # -- feeding ---------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[AgendaItemRow],
        planned_end: datetime | None = None,
        time_zone: str = "",
    ) -> None:
        """Show ``rows``; ``planned_end`` marks the items that end after the workshop does.
        Their times are shown in ``time_zone``, the workshop's ("" = the computer's)."""
        rows = list(rows)
        old_ids = [r.id for r in self._rows]
        new_ids = [r.id for r in rows]
        self._planned_end = planned_end
        self._time_zone = time_zone
        if old_ids == new_ids:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
        elif sorted(old_ids) == sorted(new_ids):
            self._reorder(rows)
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def _reorder(self, rows: list[AgendaItemRow]) -> None:
        self.layoutAboutToBeChanged.emit()
        new_row = {r.id: i for i, r in enumerate(rows)}
        old_ids = [r.id for r in self._rows]
        persistent = self.persistentIndexList()
        places = [(new_row[old_ids[p.row()]], p.column()) for p in persistent]
        self._rows = rows
        self.changePersistentIndexList(persistent, [self.index(r, c) for r, c in places])
        self.layoutChanged.emit()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))

    def rows(self) -> list[AgendaItemRow]:
        return list(self._rows)

    def row_at(self, row: int) -> AgendaItemRow:
        return self._rows[row]

    def row_of_id(self, item_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return -1

    # -- reading -------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else COLUMN_COUNT

    def _overruns(self, item: AgendaItemRow) -> bool:
        return self._planned_end is not None and item.planned_end > self._planned_end

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._display(item, column)
        if role == Qt.EditRole:
            return self._edit_value(item, column)
        if role == Qt.ToolTipRole:
            return self._tooltip(item, column)
        if role == ITEM_ID_ROLE:
            return item.id
        if role == Qt.TextAlignmentRole and column in (COLUMN_START, COLUMN_MINUTES):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and column == COLUMN_START and self._overruns(item):
            return colours.colour(colours.Tone.ERROR)  # in the palette's mode of the moment
        if role == Qt.FontRole and item.kind is AgendaKind.BREAK:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, item: AgendaItemRow, column: int):
        if column == COLUMN_START:
            return clock(item.planned_start, self._time_zone)
        if column == COLUMN_TITLE:
            return item.title
        if column == COLUMN_KIND:
            return kind_label(item.kind)
        if column == COLUMN_MINUTES:
            return self.tr("%1 min").replace("%1", str(item.planned_minutes))
        if column == COLUMN_PRESENTER:
            return item.presenter_name
        if column == COLUMN_GOAL:
            # One line in the grid; the whole goal is in the tooltip and the editor.
            return " ".join(item.goal.split())
        return None

    def _edit_value(self, item: AgendaItemRow, column: int):
        if column == COLUMN_START:
            return clock(item.planned_start, self._time_zone)
        if column == COLUMN_KIND:
            return item.kind.value
        if column == COLUMN_MINUTES:
            return item.planned_minutes
        if column == COLUMN_PRESENTER:
            return item.presenter_id
        return getattr(item, FIELDS[column])

    def _tooltip(self, item: AgendaItemRow, column: int):
        if column == COLUMN_START:
            zone = self._time_zone
            text = f"{clock(item.planned_start, zone)}–{clock(item.planned_end, zone)}"
            if self._overruns(item):
                text += "\n" + self.tr("Ends after the planned end of the workshop.")
            return text
        if column == COLUMN_GOAL:
            return plain_tooltip(item.goal)
        if column == COLUMN_TITLE:
            return plain_tooltip(item.title)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal:
            if role == Qt.DisplayRole and 0 <= section < COLUMN_COUNT:
                return (
                    self.tr("Start"),
                    self.tr("Title"),
                    self.tr("Kind"),
                    self.tr("Minutes"),
                    self.tr("Presenter"),
                    self.tr("Goal"),
                )[section]
            return None
        if role == Qt.DisplayRole and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    # -- editing: requests, not writes ---------------------------------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemIsDropEnabled  # drops land between rows, never on a cell
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled
        if index.column() in FIELDS:
            flags |= Qt.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid() or index.column() not in FIELDS:
            return False
        item = self._rows[index.row()]
        if isinstance(value, str) and index.column() in (COLUMN_TITLE, COLUMN_GOAL):
            value = value.strip()
        if value == self._edit_value(item, index.column()):
            return False
        self.edit_requested.emit(item.id, FIELDS[index.column()], value)
        return True

    # -- drag and drop: an internal move ---------------------------------------------------------

    def supportedDropActions(self):
        return Qt.MoveAction

    def supportedDragActions(self):
        return Qt.MoveAction

    def mimeTypes(self):
        return [MIME_TYPE]

    def mimeData(self, indexes):
        ids: list[int] = []
        for index in sorted(indexes, key=lambda i: i.row()):
            if index.isValid() and self._rows[index.row()].id not in ids:
                ids.append(self._rows[index.row()].id)
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, ids)).encode("ascii")))
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        return action == Qt.MoveAction and data is not None and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent):
        if action == Qt.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(part) for part in bytes(data.data(MIME_TYPE)).decode("ascii").split(",")]
        except ValueError:
            return False
        old = self.row_of_id(ids[0]) if ids else -1
        if old < 0:
            return False
        if parent.isValid():
            target = parent.row()  # dropped on a cell: before that item
        elif 0 <= row <= len(self._rows):
            target = row
        else:
            target = len(self._rows)  # dropped below the last row
        new = target - 1 if target > old else target
        if new == old:
            return False
        self.move_requested.emit(ids[0], new + 1)
        return True
