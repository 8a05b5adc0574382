"""The series page's Indicators tab: the figures funders ask for — workshops held, unique
participants, organizations and attendances by sector, commitments by status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import NotFoundError
from facilitator.services import roadmap
from facilitator.services.roadmap import SeriesIndicators
from facilitator.store import Store
from facilitator.ui.commitments.commitment_labels import status_colour, status_label
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import COMMITMENT, ORGANIZATION, PERSON, WORKSHOP
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.labels import sector_label
from facilitator.ui.kit.reload_when_shown import ReloadWhenShown


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.NoSelection)
    table.setFocusPolicy(Qt.NoFocus)
    table.horizontalHeader().setStretchLastSection(True)
    table.setColumnWidth(0, 200)
    for column in range(1, len(headers)):
        table.setColumnWidth(column, 130)
    return table


def _number(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


class IndicatorsView(ReloadWhenShown, QWidget):
    """Headline figures of a series, and their break-down by sector and by status."""

    def __init__(self, store: Store, bus, parent=None):
        super().__init__(parent)
        self._store = store
        self.series_id: int | None = None
        self.indicators: SeriesIndicators | None = None
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = (
            ("workshops", self.tr("Workshops held")),
            ("participants", self.tr("Unique participants")),
            ("participations", self.tr("Attendances")),
            ("organizations", self.tr("Organizations taking part")),
            ("commitments", self.tr("Commitments")),
        )
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        for column, (key, caption) in enumerate(captions):
            value = QLabel("–")
            value.setFont(big)
            value.setAlignment(Qt.AlignCenter)
            label = QLabel(caption)
            label.setAlignment(Qt.AlignCenter)
            label.setWordWrap(True)
            grid.addWidget(value, 0, column)
            grid.addWidget(label, 1, column)
            self.figures[key] = value
        self.by_sector = _table(
            [self.tr("Sector"), self.tr("Organizations"), self.tr("Attendances")]
        )
        self.by_status = _table([self.tr("Status"), self.tr("Commitments")])
        self.note = QLabel(
            self.tr(
                "Attendance counts people marked present at held workshops; an attendance "
                "counts for the organization the person represented there."
            )
        )
        self.note.setWordWrap(True)
        colours.show_in(self.note, Tone.MUTED)
        tables = QHBoxLayout()
        sector_box = QVBoxLayout()
        sector_title = QLabel(self.tr("By sector"))
        sector_title.setStyleSheet("font-weight: bold;")
        sector_box.addWidget(sector_title)
        sector_box.addWidget(self.by_sector)
        status_box = QVBoxLayout()
        status_title = QLabel(self.tr("Commitments by status"))
        status_title.setStyleSheet("font-weight: bold;")
        status_box.addWidget(status_title)
        status_box.addWidget(self.by_status)
        tables.addLayout(sector_box, 3)
        tables.addLayout(status_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addLayout(tables, 1)
        layout.addWidget(self.note)
        bus.changed.connect(self._on_changed)

    def show_series(self, series_id: int) -> None:
        self.series_id = series_id
        self.reload()

    def reload(self) -> None:
        if self.series_id is None:
            return
        self._stale = False
        try:
            ind = roadmap.series_indicators(self._store, self.series_id)
        except NotFoundError:
            self.series_id = None
            return
        self.indicators = ind
        self.figures["workshops"].setText(
            self.tr("%1 of %2")
            .replace("%1", str(ind.workshops_held))
            .replace("%2", str(ind.workshops_total))
        )
        self.figures["participants"].setText(str(ind.unique_participants))
        self.figures["participations"].setText(str(ind.participations))
        self.figures["organizations"].setText(str(ind.unique_organizations))
        self.figures["commitments"].setText(str(ind.commitments_total))
        organizations = dict(ind.organizations_by_sector)
        attendances = dict(ind.participations_by_sector)
        sectors = list(attendances)
        self.by_sector.setRowCount(len(sectors))
        for row, sector in enumerate(sectors):
            name = sector_label(sector) if sector is not None else self.tr("(no organization)")
            self.by_sector.setItem(row, 0, QTableWidgetItem(name))
            self.by_sector.setItem(row, 1, _number(organizations.get(sector, 0)))
            self.by_sector.setItem(row, 2, _number(attendances[sector]))
        self.by_status.setRowCount(len(ind.commitments_by_status))
        for row, (status, count) in enumerate(ind.commitments_by_status):
            item = QTableWidgetItem(status_label(status))
            item.setData(Qt.DecorationRole, status_colour(status))
            self.by_status.setItem(row, 0, item)
            self.by_status.setItem(row, 1, _number(count))

    def _on_changed(self, kind: str, _ids, initiator=None) -> None:
        if self.series_id is None or kind not in (COMMITMENT, WORKSHOP, PERSON, ORGANIZATION):
            return
        self.reload_or_mark_stale()
