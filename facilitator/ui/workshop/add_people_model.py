"""The list under the Attendees tab's "add people" field: who the typed text finds.

People of the directory matching every typed word (Turkish-aware, as everywhere),
those not attending yet first; someone already attending is listed too, marked as
such, so the organizer sees they are there rather than wonder. The last row offers
to create someone by the typed name ("Create «Ayşe Yılmaz»"), so typing a name
nobody has never ends in an empty box.

Its owner feeds it the directory's rows and the attending people's ids; it never
queries the database.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from facilitator.text import search_key

KIND_ROLE = Qt.UserRole + 11  # the Kind of a row
PERSON_ROLE = Qt.UserRole + 12  # the person's id (None on the "create" row)


class Kind(enum.Enum):
    PERSON = "person"  # can be added
    ATTENDING = "attending"  # already attends: shown, not added twice
    CREATE = "create"  # "Create «…»": the new-person form with the typed name


class AddPeopleModel(QAbstractListModel):
    """Matches of the typed text among the directory's people, then "Create «…»"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._people: list = []
        self._attending: set[int] = set()
        self._typed = ""
        self._rows: list[tuple[Kind, object]] = []

    # -- feeding -----------------------------------------------------------------------

    def set_people(self, people: Sequence) -> None:
        """The directory's people (rows with ``id``, ``display_name``, ``organization_name``
        and the folded ``search_text``)."""
        self._people = list(people)
        self._rebuild()

    def set_attending(self, person_ids: set[int]) -> None:
        self._attending = set(person_ids)
        self._rebuild()

    def set_query(self, typed: str) -> None:
        self._typed = " ".join(typed.split())
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        rows: list[tuple[Kind, object]] = []
        if self._typed:
            words = search_key(self._typed).split()
            found = [p for p in self._people if all(w in p.search_text for w in words)]
            rows = [(Kind.PERSON, p) for p in found if p.id not in self._attending]
            rows += [(Kind.ATTENDING, p) for p in found if p.id in self._attending]
            rows.append((Kind.CREATE, self._typed))
        self._rows = rows
        self.endResetModel()

    # -- reading -----------------------------------------------------------------------

    def typed(self) -> str:
        return self._typed

    def kind_at(self, row: int) -> Kind:
        return self._rows[row][0]

    def person_at(self, row: int):
        """The directory row of a person's row (None on the "create" row)."""
        kind, value = self._rows[row]
        return None if kind is Kind.CREATE else value

    def people_count(self) -> int:
        """How many people the text finds (the "create" row not counted)."""
        return sum(1 for kind, _ in self._rows if kind is not Kind.CREATE)

    # -- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, value = self._rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.AccessibleTextRole):
            return self._text(kind, value)
        if role == KIND_ROLE:
            return kind.value
        if role == PERSON_ROLE:
            return None if kind is Kind.CREATE else value.id
        if role == Qt.FontRole and kind is not Kind.PERSON:
            font = QFont()
            font.setItalic(kind is Kind.ATTENDING)
            font.setBold(kind is Kind.CREATE)
            return font
        return None

    @staticmethod
    def _text(kind: Kind, value) -> str:
        if kind is Kind.CREATE:
            return QCoreApplication.translate("Attendees", "Create «%1»").replace("%1", value)
        text = value.display_name
        if value.organization_name:
            text += f" — {value.organization_name}"
        if kind is Kind.ATTENDING:
            text += " " + QCoreApplication.translate("Attendees", "(already attending)")
        return text
