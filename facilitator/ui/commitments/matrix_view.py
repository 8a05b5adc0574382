"""The series page's Contribution matrix tab: organizations × contribution types, with counts
and quantities summed per unit ("250.000 ₺ · 40 saat", never one sum across units), totals
per sector and overall, filtered by phase and status.

Every column shows whole on a 1366-pixel laptop: each figure column is as wide as its
longest word (header or figure), the figures wrap onto as many lines as they need and
each row is as tall as its cells; the organizations' names take the
rest of the width. The totals' rows take their colours from ``kit/colours.py``, so they
read on a light palette and on a dark one."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
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
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import COMMITMENT, ORGANIZATION, PHASE
from facilitator.ui.kit.colours import Fill, Tone
from facilitator.ui.kit.labels import sector_label
from facilitator.ui.kit.reload_when_shown import ReloadWhenShown

COLUMN_ORGANIZATION = 0
COLUMN_SECTOR = 1
COLUMN_TOTAL = 2  # next to the names, in sight without scrolling
FIRST_TYPE_COLUMN = 3
TYPES = tuple(ContributionType)
COLUMN_COUNT = FIRST_TYPE_COLUMN + len(TYPES)

# The totals' rows: a subtotal per sector and the grand total, each with its own text.
ROW_FILLS = {"sector": Fill.TOTAL, "total": Fill.GRAND_TOTAL}


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
        if role in (Qt.BackgroundRole, Qt.ForegroundRole) and kind in ROW_FILLS:
            background, text = colours.fill(ROW_FILLS[kind])  # the palette's, light or dark
            return background if role == Qt.BackgroundRole else text
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
        # Two rows: side by side, the phase list and five statuses are wider than the page
        # on a laptop, and would squeeze the sidebar.
        phases = QHBoxLayout()
        phases.addWidget(QLabel(self.tr("Phase:")))
        phases.addWidget(self.phase, 1)
        statuses = QHBoxLayout()
        statuses.addWidget(QLabel(self.tr("Status:")))
        for status in CommitmentStatus:
            box = QCheckBox(status_label(status))
            box.setChecked(status is not CommitmentStatus.DROPPED)
            box.toggled.connect(lambda _on: self.reload())
            self.statuses[status] = box
            statuses.addWidget(box)
        statuses.addStretch(1)
        self.model = MatrixTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.verticalHeader().hide()
        # Rows as tall as their figures: a series has tens of organizations, not thousands.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            2 * self.table.fontMetrics().height() + 10
        )
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        # Long type names ("Manevi destek") wrap onto a second line instead of being cut.
        header.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        header.setFixedHeight(2 * header.fontMetrics().height() + 8)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        self._widths: dict[int, tuple[int, int]] = {}  # column: (least, wished), in pixels
        self._rows_pending = False
        header.sectionResized.connect(self._fit_rows_later)
        self.table.viewport().installEventFilter(self)
        self.matrix: Matrix | None = None
        self.note = QLabel(
            self.tr(
                "Each cell: how many commitments, then their amounts per unit — TRY, EUR, "
                "volunteer hours and volunteers are never added together."
            )
        )
        self.note.setWordWrap(True)
        colours.show_in(self.note, Tone.MUTED)
        self.empty = QLabel(self.tr("No commitment matches these filters."))
        colours.show_in(self.empty, Tone.MUTED, "padding: 12px;")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(phases)
        layout.addLayout(statuses)
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
        self.fit_columns()

    def fit_columns(self) -> None:
        """Measure each column: the least it needs (its longest word, in its header or a
        cell: nothing is ever cut) and what it would like (its longest line), then share
        the table's width out (``_share_width``)."""
        table, header = self.table, self.table.horizontalHeader()
        style = table.style()
        cell_margin = 2 * (style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, table) + 1) + 2
        header_margin = 2 * style.pixelMetric(QStyle.PM_HeaderMargin, None, header) + 2
        plain = table.fontMetrics()
        bold_font = QFont(table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        heading = header.fontMetrics()
        self._widths = {}
        for column in range(COLUMN_COUNT):
            title = str(self.model.headerData(column, Qt.Horizontal) or "")
            least = max((heading.horizontalAdvance(w) for w in title.split()), default=0)
            wished = heading.horizontalAdvance(title)
            for row in range(self.model.rowCount()):
                text = self.model.data(self.model.index(row, column)) or ""
                bold_row = self.model.row_kind(row) != "org" or column == COLUMN_TOTAL
                metrics = bold if bold_row else plain
                whole = column == COLUMN_SECTOR  # a sector's name is not broken
                words = [text] if whole else text.split()
                least = max(least, *(metrics.horizontalAdvance(w) for w in words), 0)
                wished = max(wished, *(metrics.horizontalAdvance(x) for x in text.split("\n")), 0)
            least += max(cell_margin, header_margin)
            wished += max(cell_margin, header_margin)
            if column == COLUMN_ORGANIZATION:  # names wrap: a third of a laptop's table
                least, wished = min(wished, 140), min(wished, 300)
            self._widths[column] = (max(least, 40), max(wished, least, 40))
        self._share_width()

    def _share_width(self) -> None:
        """Every column gets the least it needs; what is left goes to the columns that
        would like more, in proportion to how much more; then to the names."""
        if not self._widths:
            return
        room = self.table.viewport().width()
        least = {c: w[0] for c, w in self._widths.items()}
        more = {c: w[1] - w[0] for c, w in self._widths.items()}
        spare = room - sum(least.values())
        wanted = sum(more.values())
        widths = dict(least)
        if spare > 0 and wanted > 0:
            share = min(1.0, spare / wanted)
            for column, extra in more.items():
                widths[column] += int(extra * share)
            left = room - sum(widths.values())
            if left > 0:
                widths[COLUMN_ORGANIZATION] += left
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self._fit_rows_later()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Resize:
            QTimer.singleShot(0, self._share_width)
        return super().eventFilter(watched, event)

    def _fit_rows_later(self, *_resized) -> None:
        """Rows as tall as their wrapped figures, once the columns have their widths."""
        if not self._rows_pending:
            self._rows_pending = True
            QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        self._rows_pending = False
        self.table.resizeRowsToContents()

    def _on_changed(self, kind: str, _ids, initiator=None) -> None:
        if self.series_id is None or kind not in (COMMITMENT, PHASE, ORGANIZATION):
            return
        if kind == PHASE:
            self._fill_phases(keep=self.phase.currentData())
        self.reload_or_mark_stale()
