"""The page of a series: its details (saved as left) and the series-wide views, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import NotFoundError
from facilitator.services import directory, series
from facilitator.store import Store
from facilitator.ui.autosave import AutoSaveForm, PlainTextEdit, error_label
from facilitator.ui.changes import ORGANIZATION, SERIES, WORKSHOP, ChangeBus
from facilitator.ui.indicators_view import IndicatorsView
from facilitator.ui.matrix_view import MatrixView
from facilitator.ui.register_page import RegisterPage
from facilitator.ui.roadmap_view import RoadmapView
from facilitator.ui.undo import EditHistory


class SeriesPage(QWidget):
    """A series: its details, and a tab for each view across its workshops."""

    def __init__(
        self, store: Store, bus: ChangeBus, parent=None, *, history: EditHistory | None = None
    ):
        super().__init__(parent)
        self._store = store
        self._bus = bus
        self.series_id: int | None = None
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.PlainText)
        self.summary = QLabel()
        self.title = QLineEdit()
        self.coordinator = QComboBox()
        self.description = PlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Coordinating organization"), self.coordinator)
        form.addRow(self.tr("&Description"), self.description)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.error)
        details_layout.addLayout(form)
        details_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Deta&ils"))
        # Roadmap edits join the window's undo history (a page of its own without one).
        history = history if history is not None else EditHistory(lambda _m: None, self)
        self.roadmap = RoadmapView(store, bus, history)
        self.tabs.addTab(self.roadmap, self.tr("Roadmap"))
        self.matrix = MatrixView(store, bus)
        self.tabs.addTab(self.matrix, self.tr("Contribution matrix"))
        self.indicators = IndicatorsView(store, bus)
        self.tabs.addTab(self.indicators, self.tr("Indicators"))
        self.register = RegisterPage(store, bus)
        self.tabs.addTab(self.register, self.tr("Decision register"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.form = AutoSaveForm(self._save, self.error, self)
        self.form.bind_line("title", self.title)
        self.form.bind_combo("coordinator_id", self.coordinator)
        self.form.bind_text("description", self.description)
        self._pending: set[QWidget] = set()  # views not yet shown the current series
        self.tabs.currentChanged.connect(self._show_pending)
        bus.changed.connect(self._on_changed)

    def show_series(self, series_id: int) -> None:
        self.series_id = series_id
        self.coordinator.clear()
        self.coordinator.addItem(self.tr("(none)"), None)
        for org in directory.list_organizations(self._store):
            self.coordinator.addItem(org.name, org.id)
        self.reload()
        # Only the tab in sight reads now; each other view reads when its tab is chosen.
        self._pending = {self.roadmap, self.matrix, self.indicators, self.register}
        self._show_pending(self.tabs.currentIndex())

    def _show_pending(self, index: int) -> None:
        view = self.tabs.widget(index)
        if view in self._pending and self.series_id is not None:
            self._pending.discard(view)
            view.show_series(self.series_id)

    def reload(self) -> None:
        if self.series_id is None:
            return
        try:
            row = series.get_series(self._store, self.series_id)
        except NotFoundError:
            self.series_id = None
            return
        self.heading.setText(row.title)
        self.summary.setText(self.tr("%1 workshops").replace("%1", str(row.workshop_count)))
        self.form.load(
            {
                "title": row.title,
                "coordinator_id": row.coordinator_id,
                "description": row.description,
            }
        )

    def _save(self, field, value, _old) -> None:
        series.update_series(self._store, self.series_id, **{field: value})
        self._bus.announce(SERIES, self.series_id)

    def _on_changed(self, kind: str, _ids) -> None:
        if self.series_id is not None and kind in (SERIES, WORKSHOP, ORGANIZATION):
            if kind == ORGANIZATION:
                self.show_series(self.series_id)
            else:
                self.heading.setText(self.title.text())
                row = series.get_series(self._store, self.series_id)
                self.summary.setText(self.tr("%1 workshops").replace("%1", str(row.workshop_count)))
