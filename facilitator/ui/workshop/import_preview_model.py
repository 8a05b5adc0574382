"""The table of an import preview: one row per row of the file, with its fate and why.

Columns are the ``COLUMN_*`` constants: the row's number in the file, its
status (new, matched, already attending, repeated, error) with a mark when it
is worth a look, the details, then the name, organization, position, e-mail
and phone as they will be imported.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from facilitator.services.attendee_import import PreviewRow, RowStatus

COLUMN_ROW = 0
COLUMN_STATUS = 1
COLUMN_DETAILS = 2
COLUMN_NAME = 3
COLUMN_ORGANIZATION = 4
COLUMN_POSITION = 5
COLUMN_EMAIL = 6
COLUMN_PHONE = 7
COLUMN_COUNT = 8


class ImportPreviewModel(QAbstractTableModel):
    """The preview's rows, one per row of the file; columns are the COLUMN_* constants."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._headers = {
            COLUMN_ROW: self.tr("Row"),
            COLUMN_STATUS: self.tr("Status"),
            COLUMN_NAME: self.tr("Name"),
            COLUMN_ORGANIZATION: self.tr("Organization"),
            COLUMN_POSITION: self.tr("Position"),
            COLUMN_EMAIL: self.tr("E-mail"),
            COLUMN_PHONE: self.tr("Phone"),
            COLUMN_DETAILS: self.tr("Details"),
        }
        self._status_text = {
            RowStatus.NEW: self.tr("New"),
            RowStatus.MATCHED: self.tr("Matched"),
            RowStatus.ATTENDING: self.tr("Already attending"),
            RowStatus.DUPLICATE: self.tr("Repeated"),
            RowStatus.ERROR: self.tr("Error"),
        }
        self._icons: dict | None = None  # from the style, once there is one to ask

    def _icon(self, r: PreviewRow):
        if self._icons is None:
            style = QApplication.style()
            error = style.standardIcon(QStyle.SP_MessageBoxCritical)
            note = style.standardIcon(QStyle.SP_MessageBoxInformation)
            self._icons = {
                RowStatus.ERROR: error,
                RowStatus.ATTENDING: note,
                RowStatus.DUPLICATE: note,
                None: note,
            }
        if r.namesake or r.namesake_row is not None or r.email_not_saved:
            return self._icons[None]  # worth a look, though nothing stops the import
        return self._icons.get(r.status)

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def status_text(self, status: RowStatus) -> str:
        return self._status_text[status]

    def details(self, r: PreviewRow) -> str:
        if r.status is RowStatus.ERROR:
            return r.reason
        if r.status is RowStatus.DUPLICATE:
            return self.tr("Same person as row %1; skipped").replace("%1", str(r.duplicate_of))
        if r.status is RowStatus.ATTENDING:
            return self.tr("%1 already attends; skipped").replace("%1", r.matched_name)
        text = (
            self.tr("Matched to %1").replace("%1", r.matched_name)
            if r.status is RowStatus.MATCHED
            else self.tr("New person")
        )
        if r.namesake_row is not None:
            text += " · " + self.tr(
                "not the person of row %1, who has the same name and another e-mail"
            ).replace("%1", str(r.namesake_row))
        elif r.namesake:
            text += " · " + self.tr(
                "not %1 of the directory, who has the same name and another e-mail"
            ).replace("%1", r.namesake)
        if r.email_not_saved:
            text += " · " + self.tr("the directory has no e-mail for them; this one is not added")
        if r.new_organization:
            text += " · " + self.tr("new organization")
        return text

    def _text(self, r: PreviewRow, column: int) -> str:
        if column == COLUMN_ROW:
            return str(r.row_number)
        if column == COLUMN_STATUS:
            return self._status_text[r.status]
        if column == COLUMN_NAME:
            if r.status is RowStatus.ERROR:
                # The row as it is in the file, so the user recognises it.
                return " | ".join(c.strip() for c in r.cells if c.strip())
            return r.display_name
        if column == COLUMN_ORGANIZATION:
            return r.organization
        if column == COLUMN_POSITION:
            return r.position
        if column == COLUMN_EMAIL:
            return r.email
        if column == COLUMN_PHONE:
            return r.phone
        return self.details(r)

    # -- Qt --------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._text(r, column)
        if role == Qt.ToolTipRole:
            return r.error if r.status is RowStatus.ERROR else self._text(r, column)
        if role == Qt.DecorationRole and column == COLUMN_STATUS:
            return self._icon(r)
        if role == Qt.TextAlignmentRole and column == COLUMN_ROW:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self._headers[section]
        return section + 1
