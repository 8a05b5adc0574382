"""Item models and formatting for the live screen, fed with rows from the live service.

None of them queries the database: the live window hands them the rows the
service returned. The note feed grows one row at a time (a workshop may hold
thousands of notes), the agenda list updates the running item's minutes in
place as the clock ticks.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from facilitator.models.enums import Attendance, Invitation, NoteKind
from facilitator.services.attendees import AttendeeRow
from facilitator.services.live import ClockStatus, ItemStatus, LiveItem, NoteRow
from facilitator.services.live.checkin import attendee_search_text
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.labels import note_kind_label, plain_tooltip
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.timefmt import clock

ROW_ID_ROLE = Qt.UserRole + 1

# What a clock's colour says against its planned time: on time, nearly up, over
# (kit/colours.py holds the colours, readable on a light palette and on a dark one).
CLOCK_TONES = {
    ClockStatus.OK: Tone.SUCCESS,
    ClockStatus.WARNING: Tone.WARNING,
    ClockStatus.OVER: Tone.ERROR,
}


def clock_text_colour(status: ClockStatus, widget) -> str:
    """The colour of a clock's text in ``widget``, for its palette (light or dark)."""
    return colours.css(CLOCK_TONES[status], widget.palette())


def duration(seconds: int) -> str:
    """'07:05', '1:02:03'; a minus sign before a negative duration."""
    sign = "−" if seconds < 0 else ""
    seconds = abs(int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def parse_duration(text: str) -> int:
    """Seconds of a :func:`duration` text (what a test reads back from a clock)."""
    sign = -1 if text.startswith("−") else 1
    total = 0
    for part in text.lstrip("−").split(":"):
        total = total * 60 + int(part)
    return sign * total


# -- the note feed --------------------------------------------------------------------

FEED_LINES_KEPT = 500  # the lines made for the feed are kept for about this many notes


class NoteFeedModel(QAbstractListModel):
    """The notes of one agenda item, oldest first; rows are added and replaced one by one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[NoteRow] = []
        self._keys: list[tuple] = []
        self._time_zone = ""  # the workshop's: the notes' times are shown in it
        self._lines: dict[tuple, str] = {}  # (row, zone) → its line (rows are frozen)

    def set_time_zone(self, time_zone: str) -> None:
        """Show the notes' times in ``time_zone`` (the workshop's IANA name)."""
        if time_zone == self._time_zone:
            return
        self._time_zone = time_zone
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    @staticmethod
    def _key(row: NoteRow) -> tuple:
        return (row.noted_at, row.id)

    def set_rows(self, rows: Sequence[NoteRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=self._key)
        self._keys = [self._key(r) for r in self._rows]
        self.endResetModel()

    def put(self, row: NoteRow) -> None:
        """Show a new or changed note in its place (appended when it is the latest)."""
        found = self.row_of_id(row.id)
        if found >= 0:
            self._rows[found] = row
            index = self.index(found, 0)
            self.dataChanged.emit(index, index)
            return
        at = bisect.bisect(self._keys, self._key(row))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._keys.insert(at, self._key(row))
        self.endInsertRows()

    def drop(self, note_id: int) -> None:
        found = self.row_of_id(note_id)
        if found < 0:
            return
        self.beginRemoveRows(QModelIndex(), found, found)
        del self._rows[found]
        del self._keys[found]
        self.endRemoveRows()

    def row_of_id(self, note_id: int) -> int:
        # The note looked for is nearly always among the last ones.
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].id == note_id:
                return i
        return -1

    def rows(self) -> list[NoteRow]:
        return list(self._rows)

    def last(self) -> NoteRow | None:
        """The latest note shown: what Up, delete and parking lot act on."""
        return self._rows[-1] if self._rows else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 1  # shown by a one-column tree (kit/wrapped_list.py)

    # What the feed answers; every other role (asked for each row a view measures and
    # paints) gets None at once.
    _ROLES = frozenset({Qt.DisplayRole, Qt.ToolTipRole, ROW_ID_ROLE, Qt.ForegroundRole})

    def data(self, index, role=Qt.DisplayRole):
        if role not in self._ROLES or not index.isValid():
            return None
        at = index.row()
        if not 0 <= at < len(self._rows):
            return None
        row = self._rows[at]
        if role == Qt.DisplayRole:
            return self._line(row)
        if role == Qt.ToolTipRole:
            org = f" ({row.organization_name})" if row.organization_name else ""
            return plain_tooltip(
                f"{row.speaker_name}{org}\n{row.text}" if row.speaker_name else row.text
            )
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ForegroundRole and row.kind is NoteKind.PARKING_LOT:
            return colours.colour(Tone.MUTED)
        return None

    def _line(self, row: NoteRow) -> str:
        """The feed's line for ``row``, made once per row and time zone."""
        key = (row, self._time_zone)
        line = self._lines.get(key)
        if line is None:
            who = f"{row.speaker_name}: " if row.speaker_name else ""
            at = clock(row.noted_at, self._time_zone)
            line = f"{at}  [{note_kind_label(row.kind)}]  {who}{row.text}"
            if len(self._lines) > 4 * FEED_LINES_KEPT:
                self._lines.clear()
            self._lines[key] = line
        return line


# -- the agenda list ------------------------------------------------------------------

AGENDA_COLUMN_STATUS = 0
AGENDA_COLUMN_TITLE = 1
AGENDA_COLUMN_MINUTES = 2


class AgendaListModel(QAbstractTableModel):
    """The agenda: done (✓), current (▶) and upcoming items with actual against planned minutes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[LiveItem] = []
        self._running_seconds: int | None = None

    def set_items(self, items: Sequence[LiveItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._running_seconds = None
        self.endResetModel()

    def set_running_seconds(self, seconds: int) -> None:
        """The clock of the current item moved on: update its minutes in place."""
        self._running_seconds = seconds
        for row, item in enumerate(self._items):
            if item.status is ItemStatus.CURRENT:
                index = self.index(row, AGENDA_COLUMN_MINUTES)
                self.dataChanged.emit(index, index)

    def item_at(self, row: int) -> LiveItem:
        return self._items[row]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3

    def _minutes(self, item: LiveItem) -> str:
        seconds = item.actual_seconds
        if item.status is ItemStatus.CURRENT and self._running_seconds is not None:
            seconds = self._running_seconds
        if seconds is None:
            return QCoreApplication.translate("Live", "%1 min").replace(
                "%1", str(item.planned_minutes)
            )
        actual = (seconds + 30) // 60
        return (
            QCoreApplication.translate("Live", "%1 / %2 min")
            .replace("%1", str(actual))
            .replace("%2", str(item.planned_minutes))
        )

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ToolTipRole and column == AGENDA_COLUMN_TITLE:
            return plain_tooltip(f"{item.position}. {item.title}")
        if role == Qt.ToolTipRole and item.status is ItemStatus.NOT_REACHED:
            return QCoreApplication.translate("Live", "Not reached: the session ended before it")
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if column == AGENDA_COLUMN_STATUS:
                return {
                    ItemStatus.DONE: "✓",
                    ItemStatus.CURRENT: "▶",
                    ItemStatus.UPCOMING: "",
                    ItemStatus.NOT_REACHED: "✗",
                }[item.status]
            if column == AGENDA_COLUMN_TITLE:
                return f"{item.position}. {item.title}"
            return self._minutes(item)
        if role == ROW_ID_ROLE:
            return item.id
        if role == Qt.FontRole and item.status in (ItemStatus.CURRENT, ItemStatus.NOT_REACHED):
            font = QFont()
            font.setBold(item.status is ItemStatus.CURRENT)
            font.setItalic(item.status is ItemStatus.NOT_REACHED)
            return font
        if role == Qt.ForegroundRole:
            if item.status in (ItemStatus.DONE, ItemStatus.NOT_REACHED):
                return colours.colour(Tone.MUTED)
            if column == AGENDA_COLUMN_MINUTES and item.actual_seconds is not None:
                seconds = item.actual_seconds
                if item.status is ItemStatus.CURRENT and self._running_seconds is not None:
                    seconds = self._running_seconds
                if seconds > item.planned_seconds:
                    return colours.colour(CLOCK_TONES[ClockStatus.OVER])
        if role == Qt.TextAlignmentRole and column == AGENDA_COLUMN_MINUTES:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return [
                "",
                QCoreApplication.translate("Live", "Agenda item"),
                QCoreApplication.translate("Live", "Actual / planned"),
            ][section]
        return section + 1


# -- people, the queue and the totals -------------------------------------------------


def people_model(parent=None) -> RowTableModel:
    """Attendees to pick by typing: "Name — Organization · present", found also by the
    organization's short name ("BBB"); who declined or is recorded absent is marked so."""

    def label(r: AttendeeRow) -> str:
        text = r.display_name + (f" — {r.organization_name}" if r.organization_name else "")
        if r.attendance is Attendance.PRESENT:
            text += "  ✓ " + QCoreApplication.translate("Live", "present")
        elif r.attendance in (Attendance.ABSENT, Attendance.EXCUSED):
            text += "  · " + QCoreApplication.translate("Live", "recorded absent")
        elif r.invitation is Invitation.DECLINED:
            text += "  · " + QCoreApplication.translate("Live", "declined")
        return text

    return RowTableModel(
        [Column(QCoreApplication.translate("Live", "Attendee"), label)],
        attendee_search_text,
        parent,
    )


QUEUE_COLUMN_NAME = 0
QUEUE_COLUMN_ORGANIZATION = 1


def queue_model(parent=None) -> RowTableModel:
    """Who waits for the floor; ★ marks who has not spoken yet."""
    columns = [None] * 2
    columns[QUEUE_COLUMN_NAME] = Column(
        QCoreApplication.translate("Live", "Waiting"),
        lambda t: ("★ " if t.first_time else "") + t.name,
        170,
    )
    columns[QUEUE_COLUMN_ORGANIZATION] = Column(
        QCoreApplication.translate("Live", "Represents"), lambda t: t.organization_name, 150
    )
    return RowTableModel(columns, lambda t: t.name, parent)


def person_totals_model(parent=None) -> RowTableModel:
    """Speaking time per person."""
    return RowTableModel(
        [
            Column(QCoreApplication.translate("Live", "Person"), lambda r: r.name, 170),
            Column(
                QCoreApplication.translate("Live", "Time"),
                lambda r: duration(r.seconds),
                70,
                numeric=True,
            ),
            Column(
                QCoreApplication.translate("Live", "Turns"),
                lambda r: str(r.turns),
                50,
                numeric=True,
            ),
        ],
        lambda r: r.name,
        parent,
    )


def organization_totals_model(parent=None) -> RowTableModel:
    """Speaking time per organization represented."""
    return RowTableModel(
        [
            Column(
                QCoreApplication.translate("Live", "Organization"),
                lambda r: r.organization_name or QCoreApplication.translate("Live", "(none)"),
                170,
            ),
            Column(
                QCoreApplication.translate("Live", "Time"),
                lambda r: duration(r.seconds),
                70,
                numeric=True,
            ),
            Column(
                QCoreApplication.translate("Live", "Turns"),
                lambda r: str(r.turns),
                50,
                numeric=True,
            ),
        ],
        lambda r: r.organization_name,
        parent,
    )
