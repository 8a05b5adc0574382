"""The series page's Contribution matrix tab: organizations × contribution types, with counts
and quantities summed per unit ("250.000 ₺ · 40 saat", never one sum across units), totals
per sector and overall, filtered by phase and status."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import NotFoundError
from facilitator.models.enums import CommitmentStatus, ContributionType
from facilitator.services import roadmap
from facilitator.services.roadmap import Cell, Matrix, MatrixRow
from facilitator.store import Store
from facilitator.ui.commitments.commitment_labels import (
    contribution_label,
    format_sums,
    status_label,
)
from facilitator.ui.kit.changes import COMMITMENT, ORGANIZATION, PHASE
from facilitator.ui.kit.labels import sector_label
from facilitator.ui.kit.reload_when_shown import ReloadWhenShown

COLUMN_ORGANIZATION = 0
COLUMN_SECTOR = 1
COLUMN_TOTAL = 2  # next to the names, in sight without scrolling
FIRST_TYPE_COLUMN = 3
TYPES = tuple(ContributionType)
COLUMN_COUNT = FIRST_TYPE_COLUMN + len(TYPES)

SECTOR_TOTAL_BACKGROUND = QColor("#eef3f8")
GRAND_TOTAL_BACKGROUND = QColor("#dde6f0")


def cell_text(cell: Cell) -> str:
    """The count, then each unit's sum ("2 — 250.000 ₺ · 15.000 €"); empty when none."""
    if not cell.count:
        return ""
    sums = format_sums(cell.sums)
    return f"{cell.count} — {sums}" if sums else str(cell.count)


class MatrixTableModel(QAbstractTableModel):
    """A :class:`Matrix` as rows: organizations, then each sector's total, then the total."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, MatrixRow]] = []  # (kind, row): "org", "sector", "total"

    def set_matrix(self, matrix: Matrix | None) -> None:
        self.beginResetModel()
        self._rows = []
        if matrix is not None and matrix.organizations:
            self._rows = [("org", r) for r in matrix.organizations]
            self._rows += [("sector", r) for r in matrix.sectors]
            self._rows.append(("total", matrix.total))
        self.endResetModel()

    def row_kind(self, row: int) -> str:
        return self._rows[row][0]

    def matrix_row(self, row: int) -> MatrixRow:
        return self._rows[row][1]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else COLUMN_COUNT

    def _label(self, kind: str, row: MatrixRow) -> str:
        if kind == "org":
            return row.label
        if kind == "sector":
            return self.tr("Total: %1").replace("%1", sector_label(row.sector))
        return self.tr("Total")

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        kind, row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ToolTipRole and column >= COLUMN_TOTAL:
            # Figures only (never a name, which may look like markup): the whole cell when
            # a narrow column cuts it.
            cell = row.total if column == COLUMN_TOTAL else row.cells[column - FIRST_TYPE_COLUMN]
            return cell_text(cell) or None
        if role == Qt.DisplayRole:
            if column == COLUMN_ORGANIZATION:
                return self._label(kind, row)
            if column == COLUMN_SECTOR:
                return sector_label(row.sector) if kind == "org" and row.sector else ""
            cell = row.total if column == COLUMN_TOTAL else row.cells[column - FIRST_TYPE_COLUMN]
            return cell_text(cell)
        if role == Qt.FontRole and (kind != "org" or column == COLUMN_TOTAL):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.BackgroundRole:
            if kind == "sector":
                return SECTOR_TOTAL_BACKGROUND
            if kind == "total":
                return GRAND_TOTAL_BACKGROUND
            return None
        if role == Qt.TextAlignmentRole and column >= COLUMN_TOTAL:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal:
            return None
        if section == COLUMN_ORGANIZATION:
            return self.tr("Organization")
        if section == COLUMN_SECTOR:
            return self.tr("Sector")
        if section == COLUMN_TOTAL:
            return self.tr("All types")
        return contribution_label(TYPES[section - FIRST_TYPE_COLUMN])


class MatrixView(ReloadWhenShown, QWidget):
    """The contribution matrix of a series with its phase and status filters."""

    def __init__(self, store: Store, bus, parent=None):
        super().__init__(parent)
        self._store = store
        self.series_id: int | None = None
        self.phase = QComboBox()
        self.phase.currentIndexChanged.connect(lambda _i: self.reload())
        self.statuses: dict[CommitmentStatus, QCheckBox] = {}
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Phase:")))
        filters.addWidget(self.phase, 1)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Status:")))
        for status in CommitmentStatus:
            box = QCheckBox(status_label(status))
            box.setChecked(status is not CommitmentStatus.DROPPED)
            box.toggled.connect(lambda _on: self.reload())
            self.statuses[status] = box
            filters.addWidget(box)
        self.model = MatrixTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        # Every column in sight at 1400 px: the figures' columns share the width left by the
        # names, and a cell's figures wrap onto a second line (rows are two lines high).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            2 * self.table.fontMetrics().height() + 10
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Stretch)
        header.setMinimumSectionSize(60)
        # Long type names ("Manevi destek") wrap onto a second line instead of being cut.
        header.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        header.setFixedHeight(2 * header.fontMetrics().height() + 8)
        for column, width in ((COLUMN_ORGANIZATION, 230), (COLUMN_SECTOR, 110)):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            self.table.setColumnWidth(column, width)
        self.matrix: Matrix | None = None
        self.note = QLabel(
            self.tr(
                "Each cell: how many commitments, then their amounts per unit — TRY, EUR, "
                "volunteer hours and volunteers are never added together."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5c6370;")
        self.empty = QLabel(self.tr("No commitment matches these filters."))
        self.empty.setStyleSheet("color: #5c6370; padding: 12px;")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        bus.changed.connect(self._on_changed)

    def show_series(self, series_id: int) -> None:
        changed = series_id != self.series_id
        self.series_id = series_id
        self._fill_phases(keep=None if changed else self.phase.currentData())
        self.reload()

    def _fill_phases(self, keep=None) -> None:
        if self.series_id is None:
            return
        self.phase.blockSignals(True)
        self.phase.clear()
        self.phase.addItem(self.tr("All phases"), None)
        self.phase.addItem(self.tr("(no phase)"), roadmap.NO_PHASE)
        try:
            phases = roadmap.list_phases(self._store, self.series_id)
        except NotFoundError:
            phases = []
        for phase in phases:
            self.phase.addItem(phase.title, phase.id)
        index = self.phase.findData(keep)
        self.phase.setCurrentIndex(max(index, 0))
        self.phase.blockSignals(False)

    def chosen_statuses(self) -> list[CommitmentStatus]:
        return [status for status, box in self.statuses.items() if box.isChecked()]

    def reload(self) -> None:
        if self.series_id is None:
            return
        self._stale = False
        try:
            matrix = roadmap.contribution_matrix(
                self._store,
                self.series_id,
                phase_id=self.phase.currentData(),
                statuses=self.chosen_statuses(),
            )
        except NotFoundError:
            self.series_id = None
            return
        self.matrix = matrix
        self.model.set_matrix(matrix)
        self.empty.setVisible(not matrix.organizations)

    def _on_changed(self, kind: str, _ids, initiator=None) -> None:
        if self.series_id is None or kind not in (COMMITMENT, PHASE, ORGANIZATION):
            return
        if kind == PHASE:
            self._fill_phases(keep=self.phase.currentData())
        self.reload_or_mark_stale()
