"""The workshop page's Commitments tab: what institutions committed to at this workshop, and
the open commitments of earlier workshops of the series to review here.

Creating, editing, deleting and reviewing are each one undoable edit
(``commitment_edits.py``, shared with the roadmap). The form sits beside the tables (never a modal
dialog); overdue commitments carried over are highlighted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError, NotFoundError
from facilitator.models.enums import Attendance, CommitmentStatus
from facilitator.services import attendees, commitments, roadmap, workshops
from facilitator.services.commitments import CommitmentRow
from facilitator.store import Store
from facilitator.ui.commitments import commitment_table_model as columns
from facilitator.ui.commitments.commitment_edits import CommitmentEdits, offer_choices
from facilitator.ui.commitments.commitment_form import CommitmentForm
from facilitator.ui.commitments.commitment_table_model import carried_model, made_model
from facilitator.ui.kit import colours, icons
from facilitator.ui.kit.autosave import error_label
from facilitator.ui.kit.changes import (
    COMMITMENT,
    ORGANIZATION,
    PERSON,
    PHASE,
    PROPOSAL,
    WORKSHOP,
    ChangeBus,
)
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.fitted_columns import fit_columns
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import EditHistory


class CommitmentsTab(QWidget):
    """Commitments made at a workshop (with a form to add and edit) and those carried over."""

    count_changed = Signal(int)  # commitments made here, for the tab's label

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        history: EditHistory,
        parent=None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self._store = store
        self._edits = CommitmentEdits(
            store, Edits(store, bus, history), self, self.select, lambda: self.workshop_id
        )
        self._today = today
        self.workshop_id: int | None = None
        self.series_id: int | None = None
        self._attendees: list = []
        self._reporter_choice: tuple[int, int | None] | None = None  # (commitment, person)

        self.error = error_label()
        self.made_title = QLabel(self.tr("Made at this workshop"))
        self.made_title.setStyleSheet("font-weight: bold;")
        self.new_button = QPushButton(self.tr("New co&mmitment"))
        self.new_button.setToolTip(self.tr("Add a commitment made at this workshop"))
        self.new_button.clicked.connect(self.start_new)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        icons.decorate(
            self, {"new_button": "add", "edit_button": "edit", "delete_button": "delete"}
        )

        self.made = made_model(self)
        # Titles and names share what the dates, amounts and statuses leave (cut with "…",
        # whole in their tooltips): no column hides past the edge on a laptop.
        self.made_view = self._table(
            self.made,
            {
                columns.MADE_ORGANIZATION: 3,
                columns.MADE_WHAT: 5,
                columns.MADE_PHASE: 2,
                columns.MADE_PERSON: 2,
                columns.MADE_DECISION: 3,
            },
        )
        self.made_view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.made_view.activated.connect(lambda _i: self.edit_selected())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        colours.show_in(self.empty, Tone.MUTED, "padding: 24px;")
        self.empty.setText(
            self.tr(
                "No commitments made at this workshop yet.\n"
                "Press “New commitment” to record what an institution will do and by when, "
                "or press Ctrl+T on the live screen to turn the last note into one."
            )
        )
        self.made_stack = QStackedWidget()
        self.made_stack.addWidget(self.made_view)
        self.made_stack.addWidget(self.empty)

        self.carried_title = QLabel()
        self.carried_title.setStyleSheet("font-weight: bold;")
        self.carried_title.setTextFormat(Qt.PlainText)
        self.reviewed_button = QPushButton(self.tr("Reviewed"))
        self.reviewed_button.setToolTip(
            self.tr("Record that the selected commitment was reviewed at this workshop")
        )
        self.reviewed_button.clicked.connect(lambda: self.review_selected(None))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.clicked.connect(lambda: self.review_selected(CommitmentStatus.DONE))
        self.dropped_button = QPushButton(self.tr("Dropped"))
        self.dropped_button.clicked.connect(lambda: self.review_selected(CommitmentStatus.DROPPED))
        # Who reported on it in the room: its responsible person unless another is chosen.
        self.reporter = QComboBox()
        self.reporter.setToolTip(
            self.tr("Who reported on the selected commitment; the minutes name them")
        )
        self.reporter_label = QLabel(self.tr("Re&ported by"))
        self.reporter_label.setBuddy(self.reporter)
        self.reporter.activated.connect(self._reporter_chosen)
        self.edit_carried_button = QPushButton(self.tr("Edit"))
        self.edit_carried_button.clicked.connect(self.edit_carried)
        self.edit_carried_button.setIcon(icons.icon("edit"))
        self.carried = carried_model(self)
        self.carried_view = self._table(
            self.carried, {columns.CARRIED_ORGANIZATION: 2, columns.CARRIED_WHAT: 3}
        )
        self.carried_view.doubleClicked.connect(lambda _i: self.edit_carried())
        self.carried_empty = QLabel(self.tr("Nothing open from earlier workshops of the series."))
        colours.show_in(self.carried_empty, Tone.MUTED, "padding: 8px;")
        self.carried_empty.setWordWrap(True)
        self.carried_empty.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.carried_stack = QStackedWidget()
        self.carried_stack.addWidget(self.carried_view)
        self.carried_stack.addWidget(self.carried_empty)

        # Both tables filtered as one types: organization (its short name too), person, text.
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Filter: organization (or its short name), person, what is committed")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)

        self.form = CommitmentForm()
        self.form.submitted.connect(self._save)
        self.form.cancelled.connect(self._close_form)
        self.form.hide()

        made_bar = QHBoxLayout()
        made_bar.addWidget(self.made_title)
        made_bar.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            made_bar.addWidget(button)
        carried_bar = QHBoxLayout()
        carried_bar.addWidget(self.carried_title)
        carried_bar.addStretch(1)
        carried_bar.addWidget(self.reporter_label)
        carried_bar.addWidget(self.reporter)
        for button in (
            self.reviewed_button,
            self.done_button,
            self.dropped_button,
            self.edit_carried_button,
        ):
            carried_bar.addWidget(button)
        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addWidget(self.search)
        tables_layout.addLayout(made_bar)
        tables_layout.addWidget(self.made_stack, 3)
        tables_layout.addLayout(carried_bar)
        tables_layout.addWidget(self.carried_stack, 2)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(tables)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)

        delete = QAction(self)
        delete.setShortcut(QKeySequence.Delete)
        delete.setShortcutContext(Qt.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.made_view.addAction(delete)
        self.delete_button.setToolTip(
            QKeySequence(QKeySequence.Delete).toString(QKeySequence.NativeText)
        )
        self.made_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.carried_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.carried_view.selectionModel().selectionChanged.connect(
            lambda *_: self._offer_reporters()
        )
        bus.changed.connect(self._on_changed)
        self._update_buttons()

    def _filter(self, text: str) -> None:
        self.made.set_query(text)
        self.carried.set_query(text)

    @staticmethod
    def _table(model, text_columns: dict[int, int]) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        fit_columns(view, text_columns)
        return view

    # -- showing --------------------------------------------------------------------------

    def show_workshop(self, workshop_id: int) -> None:
        """List the workshop's commitments; only then does the tab edit that workshop.

        Raises what the services raise; the tab is then left empty and disabled.
        """
        self.clear()
        row, made, carried = self._read(workshop_id)
        self.workshop_id = workshop_id
        self._show_rows(row, made, carried)
        self.setEnabled(True)

    def clear(self) -> None:
        """No workshop: no commitments listed, the form closed, nothing to edit."""
        self.setEnabled(False)
        self.workshop_id = None
        self.series_id = None
        self._close_form()
        self.made.set_rows([])
        self.carried.set_rows([])
        self._attendees = []
        self._reporter_choice = None
        self._offer_reporters()
        self.made_stack.setCurrentWidget(self.empty)
        self.carried_stack.setCurrentWidget(self.carried_empty)
        self._update_buttons()

    def _read(self, workshop_id: int) -> tuple:
        row = workshops.get_workshop(self._store, workshop_id)
        made = commitments.commitments_of_workshop(self._store, workshop_id)
        carried = commitments.carried_over(self._store, workshop_id, self._today())
        self._attendees = attendees.list_attendees(self._store, workshop_id)
        return row, made, carried

    def reload(self) -> None:
        if self.workshop_id is None:
            return
        try:
            row, made, carried = self._read(self.workshop_id)
        except NotFoundError:  # deleted meanwhile: nothing of it stays editable
            self.clear()
            return
        self._show_rows(row, made, carried)

    def _show_rows(self, row, made, carried) -> None:
        self.series_id = row.series_id
        keep_made = self.selected_id()
        keep_carried = self.selected_carried_id()
        self.made.set_rows(made)
        self.carried.set_rows(carried)
        self._reselect(self.made_view, self.made, keep_made)
        self._reselect(self.carried_view, self.carried, keep_carried)
        self.made_stack.setCurrentWidget(self.made_view if made else self.empty)
        self.carried_stack.setCurrentWidget(self.carried_view if carried else self.carried_empty)
        self.carried_empty.setText(
            self.tr("Nothing open from earlier workshops of the series.")
            if row.series_id is not None
            else self.tr(
                "This workshop is not part of a series, so no commitments are carried over "
                "to it. Its own commitments are listed above."
            )
        )
        overdue = sum(1 for r in carried if r.overdue)
        title = self.tr("Carried over from earlier workshops: %1").replace("%1", str(len(carried)))
        if overdue:
            title += " · " + self.tr("%1 overdue").replace("%1", str(overdue))
        self.carried_title.setText(title)
        colours.show_in(self.carried_title, Tone.ERROR if overdue else None, "font-weight: bold;")
        self.count_changed.emit(len(made))
        self._offer_reporters()
        self._update_buttons()

    def _offer_reporters(self) -> None:
        """Who may report on the selected carried-over commitment: this workshop's
        attendees (not those absent or excused) and its responsible person, who is chosen
        unless another was chosen for the same commitment."""
        row = self._selected(self.carried_view, self.carried)
        chosen = row.person_id if row is not None else None
        if row is not None and self._reporter_choice and self._reporter_choice[0] == row.id:
            chosen = self._reporter_choice[1]
        gone = (Attendance.ABSENT, Attendance.EXCUSED)
        people = {a.person_id: a.display_name for a in self._attendees if a.attendance not in gone}
        if row is not None and row.person_id is not None and row.person_id not in people:
            people = {row.person_id: row.person_name, **people}
        self.reporter.clear()
        self.reporter.addItem(self.tr("Nobody named"), None)
        for person_id, name in people.items():
            self.reporter.addItem(name, person_id)
        found = [n for n in range(self.reporter.count()) if self.reporter.itemData(n) == chosen]
        self.reporter.setCurrentIndex(found[0] if found else 0)

    def _reporter_chosen(self, _index: int) -> None:
        row = self._selected(self.carried_view, self.carried)
        if row is not None:
            self._reporter_choice = (row.id, self.reporter.currentData())

    @staticmethod
    def _reselect(view: QTableView, model, row_id: int | None) -> None:
        if row_id is None:
            return
        row = model.row_of_id(row_id)
        if row >= 0:
            view.selectRow(row)

    def _refresh_choices(self) -> None:
        if self.workshop_id is None:
            return
        phases = roadmap.list_phases(self._store, self.series_id) if self.series_id else []
        decisions = commitments.decision_choices(self._store, self.workshop_id)
        offer_choices(self._store, self.form, phases, decisions)

    def _update_buttons(self) -> None:
        has_made = self.selected_id() is not None
        self.edit_button.setEnabled(has_made)
        self.delete_button.setEnabled(has_made)
        has_carried = self.selected_carried_id() is not None
        for button in (
            self.reviewed_button,
            self.done_button,
            self.dropped_button,
            self.edit_carried_button,
            self.reporter,
        ):
            button.setEnabled(has_carried)

    def _on_changed(self, kind: str, _ids, initiator=None) -> None:
        if initiator is self or self.workshop_id is None:
            return
        # WORKSHOP: a date moved changes which workshops come earlier (carry-over).
        if kind in (COMMITMENT, PHASE, PROPOSAL, ORGANIZATION, PERSON, WORKSHOP):
            self.reload()
            if self.form.isVisible():
                self._refresh_choices()

    # -- selection ------------------------------------------------------------------------

    @staticmethod
    def _selected(view: QTableView, model) -> CommitmentRow | None:
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        return model.row_at(rows[0].row())

    def selected_id(self) -> int | None:
        row = self._selected(self.made_view, self.made)
        return row.id if row is not None else None

    def selected_carried_id(self) -> int | None:
        row = self._selected(self.carried_view, self.carried)
        return row.id if row is not None else None

    def select(self, commitment_id: int) -> bool:
        row = self.made.row_of_id(commitment_id)
        if row < 0:
            return False
        self.made_view.selectRow(row)
        return True

    # -- the form -------------------------------------------------------------------------

    def start_new(self, **defaults) -> None:
        """Open the form for a new commitment made at this workshop."""
        if self.workshop_id is None:
            return
        self._refresh_choices()
        self.form.start_new(**defaults)
        self.form.show()
        self.form.what.setFocus(Qt.OtherFocusReason)

    def start_from_decision(self, proposal_id: int) -> None:
        """Open the form for a commitment serving an agreed decision of this workshop."""
        try:
            defaults = commitments.decision_defaults(self._store, proposal_id)
        except FacilitatorError as exc:
            self._show_error(str(exc))
            return
        self.start_new(**defaults)

    def edit_selected(self) -> None:
        row = self._selected(self.made_view, self.made)
        if row is not None:
            self._edit(row)

    def edit_carried(self) -> None:
        row = self._selected(self.carried_view, self.carried)
        if row is not None:
            self._edit(row)

    def _edit(self, row: CommitmentRow) -> None:
        self._refresh_choices()
        self.form.load(row)
        self.form.show()
        self.form.what.setFocus(Qt.OtherFocusReason)

    def _show_stored(self, commitment_id: int | None) -> None:
        """The form shows the commitment as stored now (changed by another user since it
        was opened), or closes when it is gone."""
        if commitment_id is None:
            return
        try:
            row = commitments.get_commitment(self._store, commitment_id)
        except NotFoundError:
            self._close_form()
            return
        self._refresh_choices()
        self.form.load(row)

    def _close_form(self) -> None:
        self.form.hide()
        self.error.hide()

    def _save(self, commitment_id: int | None, values: dict) -> None:
        row = self._edits.save(
            commitment_id,
            values,
            self.form.show_error,
            workshop_id=self.workshop_id,
            seen=self.form.seen(),
            reread=lambda: self._show_stored(commitment_id),
        )
        if row is not None:
            self._close_form()
            self._shown(row.id)

    def delete_selected(self) -> None:
        row = self._selected(self.made_view, self.made)
        if row is None:
            return
        if self._edits.delete(row, self._show_error) is None:
            return
        if self.form.commitment_id == row.id:
            self._close_form()
        self._shown(None)

    def review_selected(self, status: CommitmentStatus | None) -> None:
        """Record the review of the selected carried-over commitment at this workshop."""
        row = self._selected(self.carried_view, self.carried)
        if row is None or self.workshop_id is None:
            return
        reporter = self.reporter.currentData()
        if (
            self._edits.review(row, self.workshop_id, status, self._show_error, reporter)
            is not None
        ):
            self._shown(row.id)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _shown(self, commitment_id: int | None) -> None:
        """Show the edit just made (the edit was announced to every other view)."""
        self.error.hide()
        self.reload()
        if commitment_id is not None:
            self.select(commitment_id)
