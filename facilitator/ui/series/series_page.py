"""The page of a series: its details (saved as left) and the series-wide views, one tab each.

Like the workshop page it shows the series it names or an error state with
nothing editable: ``series_id`` names a series only once its details loaded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from facilitator.ui.commitments.matrix_view import MatrixView
from facilitator.ui.commitments.roadmap_view import RoadmapView
from facilitator.ui.decisions.register_page import RegisterPage
from facilitator.ui.kit import icons
from facilitator.ui.kit.autosave import AutoSaveForm, PlainTextEdit, error_label
from facilitator.ui.kit.changes import ORGANIZATION, SERIES, WORKSHOP, ChangeBus, changed
from facilitator.ui.kit.error_dialog import content_or_failure, load_failure_message
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import EditHistory, Undo
from facilitator.ui.series.indicators_view import IndicatorsView


class SeriesPage(QWidget):
    """A series: its details, and a tab for each view across its workshops.

    ``series_id`` is the series shown and edited (None when none, or it failed to
    load); ``requested_id`` the one the page names.
    """

    state_changed = Signal()  # a series was shown, or failed to load

    def __init__(self, store: Store, bus: ChangeBus, parent=None, *, history: EditHistory):
        super().__init__(parent)
        self._store = store
        self.series_id: int | None = None
        self.requested_id: int | None = None
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
        self.details = details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.error)
        details_layout.addLayout(form)
        details_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, icons.icon("series"), self.tr("Deta&ils"))
        # Roadmap edits join the window's undo history; its refusals are the window's to tell.
        self._edits = Edits(store, bus, history)
        self.roadmap = RoadmapView(store, bus, history)
        self.tabs.addTab(self.roadmap, icons.icon("roadmap"), self.tr("Roadmap"))
        self.matrix = MatrixView(store, bus)
        self.tabs.addTab(self.matrix, icons.icon("matrix"), self.tr("Contribution matrix"))
        self.indicators = IndicatorsView(store, bus)
        self.tabs.addTab(self.indicators, icons.icon("indicators"), self.tr("Indicators"))
        self.register = RegisterPage(store, bus)
        self.tabs.addTab(self.register, icons.icon("decisions"), self.tr("Decision register"))
        self.content, self.failure, self.stack = content_or_failure(
            self, [self.heading, self.summary, self.tabs], self.retry
        )
        self.form = AutoSaveForm(self._save, self.error, self)
        self.form.bind_line("title", self.title)
        self.form.bind_combo("coordinator_id", self.coordinator)
        self.form.bind_text("description", self.description)
        self._pending: set[QWidget] = set()  # views not yet shown the current series
        self.tabs.currentChanged.connect(self._show_pending)
        bus.changed.connect(self._on_changed)

    def help_page(self) -> str:
        """The manual's page for the tab shown (F1): named as the tab is."""
        pages = {
            self.roadmap: "roadmap",
            self.matrix: "matrix",
            self.indicators: "indicators",
            self.register: "register",
        }
        return pages.get(self.tabs.currentWidget(), "series")

    def show_series(self, series_id: int) -> bool:
        """Show the series' details and the view in sight, or the error state when they
        cannot be loaded; True when it was shown."""
        self.requested_id = series_id
        self._clear()
        try:
            row = series.get_series(self._store, series_id)
            organizations = directory.list_organizations(self._store)
            self.coordinator.clear()
            self.coordinator.addItem(self.tr("(none)"), None)
            for org in organizations:
                self.coordinator.addItem(org.name, org.id)
            self._load(row)
            self.series_id = series_id
            # Only the tab in sight reads now; each other view reads when its tab is chosen.
            self._pending = {self.roadmap, self.matrix, self.indicators, self.register}
            self._show_view(self.tabs.currentIndex())
        except Exception as exc:  # whatever failed, nothing of another series stays editable
            self._fail(series_id, exc)
            return False
        self.details.setEnabled(True)
        self.stack.setCurrentWidget(self.content)
        self.state_changed.emit()
        return True

    def retry(self) -> None:
        if self.requested_id is not None:
            self.show_series(self.requested_id)

    def _clear(self) -> None:
        # Disabled first, while the form still names its series: a field left this way
        # saves to the series it was typed for.
        self.details.setEnabled(False)
        self.series_id = None
        self._pending = set()
        self.form.load(dict.fromkeys(("title", "coordinator_id", "description")))
        self.coordinator.clear()
        self.heading.clear()
        self.summary.clear()

    def _fail(self, series_id: int, exc: Exception) -> None:
        self._clear()
        self.failure.show_failure(self.tr("This series could not be shown"), "")
        self.stack.setCurrentWidget(self.failure)
        self.state_changed.emit()
        self.failure.message.setText(load_failure_message(exc, f"showing series {series_id}", self))

    def _show_pending(self, index: int) -> None:
        try:
            self._show_view(index)
        except Exception as exc:  # a view that cannot load leaves the page in its error state
            self._fail(self.requested_id, exc)

    def _show_view(self, index: int) -> None:
        view = self.tabs.widget(index)
        if view in self._pending and self.series_id is not None:
            self._pending.discard(view)
            view.show_series(self.series_id)

    def reload(self) -> None:
        if self.series_id is None:
            return
        try:
            row = series.get_series(self._store, self.series_id)
        except NotFoundError as exc:  # deleted meanwhile: nothing of it stays editable
            self._fail(self.series_id, exc)
            return
        self._load(row)

    def _load(self, row, *, only_changed: bool = False) -> None:
        self._show_heading(row)
        values = {
            "title": row.title,
            "coordinator_id": row.coordinator_id,
            "description": row.description,
        }
        if only_changed:
            values = {f: v for f, v in values.items() if v != self.form.stored(f)}
            if not values:
                return
        self.form.load(values)

    def _field_label(self, field: str) -> str:
        return {
            "title": self.tr("title"),
            "coordinator_id": self.tr("coordinating organization"),
            "description": self.tr("description"),
        }[field]

    def _save(self, field, value, old):
        """Write one field (``kit.operations``), undoably; what the edit returns (None: not
        written, and the form puts the stored value back, with the refusal shown)."""
        series_id = self.series_id
        if series_id is None:  # nothing shown: no edit may land anywhere
            self._edits.refuse(self, self.tr("No series is open."), on_error=self.form.refuse)
            return None
        store = self._store
        undo = Undo(
            self.tr("Change the %1").replace("%1", self._field_label(field)),
            # Each carries the value it expects: a change made elsewhere meanwhile is kept.
            undo=lambda: series.update_series(
                store, series_id, expect={field: value}, **{field: old}
            ),
            redo=lambda: series.update_series(
                store, series_id, expect={field: old}, **{field: value}
            ),
        )
        done = self._edits.run(
            self,
            # What the form showed: changed by another user since, the edit is refused.
            lambda: series.update_series(store, series_id, seen={field: old}, **{field: value}),
            changes=changed(SERIES, series_id),
            undo=undo,
            on_error=self.form.refuse,
        )
        if done:
            self._show_heading(done.value)
        return done

    def _show_heading(self, row) -> None:
        self.heading.setText(row.title)
        self.summary.setText(self.tr("%n workshop(s)", None, row.workshop_count))

    def _on_changed(self, kind: str, _ids, initiator=None) -> None:
        if initiator is self or self.series_id is None:
            return  # its own edit is shown already
        if kind == ORGANIZATION:
            self.show_series(self.series_id)
        elif kind in (SERIES, WORKSHOP):
            # Changed elsewhere, undone or redone: the heading, the count, and only the
            # fields that differ, so a field being typed in keeps its text meanwhile.
            try:
                row = series.get_series(self._store, self.series_id)
            except NotFoundError as exc:  # deleted meanwhile: nothing of it stays editable
                self._fail(self.series_id, exc)
                return
            self._load(row, only_changed=True)
