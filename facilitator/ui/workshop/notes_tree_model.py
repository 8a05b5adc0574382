"""The notes of a workshop as one list: a heading row per agenda item (in agenda order,
"Other notes" last), each followed by its notes.

A flat list rather than a tree: the view lays out every row when the filter
changes, and a list needs no expanding and no parent lookups, so a keystroke
stays cheap with thousands of notes. The view spans the heading rows over
all columns. The owner feeds it a register (``services/note_register``) and
a filter; it never queries the database. Filtering only picks positions
from the index the register's rows were folded into once. Items without a
visible note are left out while a filter is on.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from facilitator.documents.labels import DocumentLabels
from facilitator.i18n import current_language
from facilitator.services.live.rows import NoteRow
from facilitator.services.note_register import NoteFilter, NoteIndex, NoteRegister
from facilitator.ui.kit.labels import note_kind_label
from facilitator.ui.kit.timefmt import clock, short_date, to_local

COLUMN_TIME = 0
COLUMN_KIND = 1
COLUMN_SPEAKER = 2
COLUMN_TEXT = 3
COLUMN_COUNT = 4

NOTE_ID_ROLE = Qt.UserRole + 1
NOTE_ROW_ROLE = Qt.UserRole + 2
ITEM_ID_ROLE = Qt.UserRole + 3  # the agenda item of a heading or a note (None: other notes)


_NO_FLAGS = Qt.NoItemFlags
_HEADING_FLAGS = Qt.ItemIsEnabled
_NOTE_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren
_TOP_LEFT = int(Qt.AlignLeft | Qt.AlignTop)
_ROLES = frozenset(
    {
        Qt.DisplayRole,
        Qt.ToolTipRole,
        Qt.TextAlignmentRole,
        Qt.FontRole,
        NOTE_ID_ROLE,
        NOTE_ROW_ROLE,
        ITEM_ID_ROLE,
    }
)


def other_notes_title() -> str:
    """The heading of the notes on no agenda item: the minutes' own words, in the
    interface language ("Diğer notlar")."""
    return DocumentLabels(current_language()).text("unassigned_notes")


def speaker_text(row: NoteRow) -> str:
    """Name, and below it the organization represented."""
    if not row.speaker_name:
        return ""
    if row.organization_name:
        return f"{row.speaker_name}\n{row.organization_name}"
    return row.speaker_name


class Heading:
    """The row above an agenda item's notes."""

    __slots__ = ("count", "item_id", "title")

    def __init__(self, item_id: int | None, title: str, count: int):
        self.item_id = item_id
        self.title = title
        self.count = count


class NotesTreeModel(QAbstractTableModel):
    """Headings (agenda items in agenda order; "Other notes" last), each with its notes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._register: NoteRegister | None = None
        self._time_zone = ""
        self._index = NoteIndex(())
        self._filter = NoteFilter()
        self._rows: list[Heading | NoteRow] = []
        self._headings: list[int] = []
        self._shown = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            QCoreApplication.translate("NotesTab", "Time"),
            QCoreApplication.translate("NotesTab", "Kind"),
            QCoreApplication.translate("NotesTab", "Speaker"),
            QCoreApplication.translate("NotesTab", "Note"),
        )

    # -- feeding ---------------------------------------------------------------------

    def set_register(self, register: NoteRegister | None, wanted: NoteFilter | None = None) -> None:
        """Show ``register``'s notes (through ``wanted``, else the filter as it is)."""
        self._register = register
        # The workshop's zone: the notes' times are shown in it.
        self._time_zone = register.time_zone if register is not None else ""
        self._index = NoteIndex(register.notes if register else ())
        if wanted is not None:
            self._filter = wanted
        self._regroup()

    def prepare_search(self) -> None:
        """Fold the notes' text for search now (an idle moment), not at the first key."""
        self._index.prepare()

    def set_filter(self, wanted: NoteFilter) -> None:
        if wanted == self._filter:
            return
        self._filter = wanted
        self._regroup()

    @property
    def note_filter(self) -> NoteFilter:
        return self._filter

    def _regroup(self) -> None:
        register = self._register
        rows: list[Heading | NoteRow] = []
        headings: list[int] = []
        shown = 0
        if register is not None:
            by_item: dict[int | None, list[NoteRow]] = {i.id: [] for i in register.items}
            other: list[NoteRow] = []
            notes = self._index.notes
            for n in self._index.matching(self._filter):
                note = notes[n]
                by_item.get(note.agenda_item_id, other).append(note)
            keep_empty = not self._filter.active
            groups = [(i.id, i.label, by_item[i.id]) for i in register.items]
            groups.append((None, other_notes_title(), other))
            for item_id, title, group in groups:
                if not group and (item_id is None or not keep_empty):
                    continue
                headings.append(len(rows))
                rows.append(Heading(item_id, title, len(group)))
                rows.extend(group)
                shown += len(group)
        self.beginResetModel()
        self._rows = rows
        self._headings = headings
        self._shown = shown
        self.endResetModel()

    # -- reading ---------------------------------------------------------------------

    def total_count(self) -> int:
        return len(self._index.notes)

    def shown_count(self) -> int:
        return self._shown

    def heading_rows(self) -> list[int]:
        return list(self._headings)

    def note_index(self, note_id: int, column: int = COLUMN_TEXT) -> QModelIndex:
        for row, entry in enumerate(self._rows):
            if entry.__class__ is not Heading and entry.id == note_id:
                return self.createIndex(row, column)
        return QModelIndex()

    def note_at(self, index: QModelIndex) -> NoteRow | None:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        return None if entry.__class__ is Heading else entry

    def item_of(self, index: QModelIndex) -> int | None:
        """The agenda item of a heading or a note (None: other notes, or nothing)."""
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        return entry.item_id if entry.__class__ is Heading else entry.agenda_item_id

    def notes_in_order(self) -> list[NoteRow]:
        return [entry for entry in self._rows if entry.__class__ is not Heading]

    # -- Qt --------------------------------------------------------------------------

    def index(self, row, column, parent=QModelIndex()):
        # Bounds checked here rather than through hasIndex(): the view asks for every
        # row when it lays the list out, and each call back into Python counts.
        if 0 <= row < len(self._rows) and 0 <= column < COLUMN_COUNT and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index):
        if not index.isValid():
            return _NO_FLAGS
        return _HEADING_FLAGS if self._rows[index.row()].__class__ is Heading else _NOTE_FLAGS

    def data(self, index, role=Qt.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        note = self._rows[index.row()]
        if note.__class__ is Heading:
            return self._heading_data(note, index.column(), role)
        column = index.column()
        if role == Qt.DisplayRole:
            if column == COLUMN_TEXT:
                return note.text
            if column == COLUMN_SPEAKER:
                return speaker_text(note)
            if column == COLUMN_TIME:
                return clock(note.noted_at, self._time_zone)
            return note_kind_label(note.kind)
        if role == Qt.TextAlignmentRole:
            return _TOP_LEFT
        if role == Qt.ToolTipRole:
            if column != COLUMN_TIME:
                return None
            zone = self._time_zone
            local = to_local(note.noted_at, zone)
            return f"{short_date(note.noted_at, zone)} {local:%H:%M:%S}"
        if role == NOTE_ID_ROLE:
            return note.id
        if role == NOTE_ROW_ROLE:
            return note
        if role == ITEM_ID_ROLE:
            return note.agenda_item_id
        return None

    def _heading_data(self, heading: Heading, column: int, role):
        if role == Qt.DisplayRole and column == 0:
            return f"{heading.title}  ({heading.count})"
        if role == Qt.FontRole:
            return self._bold
        if role == ITEM_ID_ROLE:
            return heading.item_id
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None
