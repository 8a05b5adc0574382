"""The Decisions tab of a workshop: proposals, their wording history, rounds and outcomes.

On the left the proposals with their register number and outcome; a new one
is made by typing it and pressing Enter. On the right the selected
proposal: title, method, voice, review date and outcome statement (saved as
they are left), its wording with every earlier one as history (amending adds
a wording), its rounds each with a distribution bar, the round in progress
in the fast grid, and the outcome its rule proposed with "confirm" and
"override with a reason" — no dialog needed (``rounds_box.py`` and
``outcome_box.py`` show those two parts). Every write is an edit through
``kit/operations.py`` announced once as a PROPOSAL change; adding a proposal,
changing a field, amending and deciding are undone from the window's history,
each undo expecting what the edit left.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError, NotFoundError
from facilitator.models import DecisionMethod, Outcome, Voice
from facilitator.services import agenda, proposals
from facilitator.services.proposals import ProposalRow, RoundRow
from facilitator.store import Store
from facilitator.ui.decisions.decision_labels import method_label, outcome_label, voice_label
from facilitator.ui.decisions.outcome_box import OutcomeBox
from facilitator.ui.decisions.rounds_box import RoundsBox
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.autosave import error_label
from facilitator.ui.kit.changes import (
    ORGANIZATION,
    PERSON,
    PROPOSAL,
    WORKSHOP,
    ChangeBus,
    changed,
)
from facilitator.ui.kit.operations import Done, Edits
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.undo import EditHistory, Undo

NO_DATE = QDate(2000, 1, 1)


# The editor showing each field a proposal edit saves.
EDITORS = {
    "title": "title",
    "outcome_statement": "statement",
    "method": "method",
    "voice": "voice",
    "agenda_item_id": "item",
    "review_date": "review",
}


def system_now() -> datetime:
    return datetime.now(UTC)


COLUMN_OUTCOME = 2  # of the proposal list


def proposals_model(parent=None) -> RowTableModel:
    """Number, title and outcome of each proposal (rows: ProposalRow)."""
    return RowTableModel(
        [
            Column(QCoreApplication.translate("DecisionsTab", "No."), lambda p: p.label, 50),
            Column(QCoreApplication.translate("DecisionsTab", "Proposal"), lambda p: p.title, 260),
            Column(
                QCoreApplication.translate("DecisionsTab", "Outcome"),
                lambda p: outcome_label(p.outcome),
                150,
            ),
        ],
        lambda p: f"{p.title} {p.text}",
        parent,
    )


class DecisionsTab(QWidget):
    """Proposals of one workshop and everything about each (see the module docstring)."""

    count_changed = Signal(int)
    commitment_requested = Signal(int)  # "Commitment from this decision": its proposal id

    def __init__(
        self, store: Store, bus: ChangeBus, history: EditHistory, now=system_now, parent=None
    ):
        super().__init__(parent)
        self._store = store
        self._edits = Edits(store, bus, history)
        self._now = now
        self.workshop_id: int | None = None
        self.current: ProposalRow | None = None
        self._loading = False
        # What each editor of the detail was last given from the database: a field whose
        # editor still shows it is untouched; one showing something else is being edited.
        self._loaded: dict[str, object] = {}

        # -- the list ------------------------------------------------------------------
        self.new_field = QLineEdit()
        self.new_field.setPlaceholderText(self.tr("Type a new proposal and press Enter"))
        self.new_field.setMaxLength(proposals.TEXT_LENGTH)
        self.new_field.returnPressed.connect(self.add_proposal)
        self.model = proposals_model(self)
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(self.list.fontMetrics().height() + 8)
        for column, width in enumerate(self.model.column_widths()):
            self.list.setColumnWidth(column, width)
        # The outcome whole ("Çekincelerle kabul edildi"); the title takes what is left.
        widest = max(
            self.list.fontMetrics().horizontalAdvance(outcome_label(o)) for o in (None, *Outcome)
        )
        self.list.setColumnWidth(
            COLUMN_OUTCOME, max(self.list.columnWidth(COLUMN_OUTCOME), widest + 16)
        )
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.selectionModel().currentRowChanged.connect(self._on_current)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_field)
        left_layout.addWidget(self.list, 1)

        # -- the detail --------------------------------------------------------------------
        self.error = error_label()
        self.title = QLineEdit()
        self.title.setMaxLength(proposals.TITLE_LENGTH)
        self.title.editingFinished.connect(self._save_title)
        self.method = QComboBox()
        for method in DecisionMethod:
            self.method.addItem(method_label(method), method)
        self.method.activated.connect(self._save_method)
        self.voice = QComboBox()
        for voice in Voice:
            self.voice.addItem(voice_label(voice), voice)
        self.voice.activated.connect(self._save_voice)
        self.item = QComboBox()
        self.item.activated.connect(self._save_item)
        self.review = QDateEdit()
        self.review.setCalendarPopup(True)
        self.review.setDisplayFormat("dd.MM.yyyy")
        self.review.setMinimumDate(NO_DATE)
        self.review.setSpecialValueText(self.tr("no review date"))
        self.review.editingFinished.connect(self._save_review)
        self.review.calendarWidget().installEventFilter(self)  # opens on today, not on 2000
        self.clear_review = QPushButton(self.tr("No review date"))
        self.clear_review.clicked.connect(self._clear_review)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review)
        review_row.addWidget(self.clear_review)
        review_row.addStretch(1)
        self.statement = QLineEdit()
        self.statement.setMaxLength(proposals.STATEMENT_LENGTH)
        self.statement.setPlaceholderText(self.tr("What was decided, in one or two sentences"))
        self.statement.editingFinished.connect(self._save_statement)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Voice"), self.voice)
        form.addRow(self.tr("Agenda item"), self.item)
        form.addRow(self.tr("Review date"), review_row)
        form.addRow(self.tr("Outcome statement"), self.statement)

        self.wording = QPlainTextEdit()
        self.wording.setTabChangesFocus(True)
        self.wording.setMaximumHeight(110)
        self.amend_button = QPushButton(self.tr("Save as amended wording"))
        self.amend_button.clicked.connect(self.amend)
        self.history_label = QLabel("")
        self.history_label.setTextFormat(Qt.PlainText)
        self.history_label.setWordWrap(True)
        self.history_label.setObjectName("wordingHistory")
        wording_box = QGroupBox(self.tr("Wording"))
        wording_layout = QVBoxLayout(wording_box)
        wording_layout.addWidget(self.wording)
        amend_row = QHBoxLayout()
        amend_row.addWidget(self.amend_button)
        amend_row.addStretch(1)
        wording_layout.addLayout(amend_row)
        wording_layout.addWidget(self.history_label)

        # Each edited field: how its editor is read and written, and its stored value.
        self._fields = {
            "title": (self.title.text, self._write_line(self.title), lambda p: p.title),
            "statement": (
                self.statement.text,
                self._write_line(self.statement),
                lambda p: p.outcome_statement,
            ),
            "wording": (self.wording.toPlainText, self.wording.setPlainText, lambda p: p.text),
            "method": (
                self.method.currentData,
                self._write_choice(self.method),
                lambda p: p.method,
            ),
            "voice": (self.voice.currentData, self._write_choice(self.voice), lambda p: p.voice),
            "item": (
                self.item.currentData,
                lambda v: self.item.setCurrentIndex(max(self.item.findData(v), 0)),
                lambda p: p.agenda_item_id,
            ),
            "review": (self._review_value, self._write_review, lambda p: p.review_date),
        }

        # The rounds (closed ones with their bars, the open one in the grid) and the outcome.
        self.rounds_box = RoundsBox(store, self._edits, self, now)
        self.rounds_box.open_button.clicked.connect(self.open_round)
        self.rounds_box.close_button.clicked.connect(self.close_round)
        self.rounds_box.cancel_round_button.clicked.connect(self.cancel_round)
        grid = self.rounds_box.grid
        grid.failed.connect(self._show_message)
        grid.finish_requested.connect(self.close_round)
        self.outcome_box = OutcomeBox()
        outcome = self.outcome_box
        outcome.confirm_button.clicked.connect(self.confirm)
        outcome.override_reason.returnPressed.connect(self.override)
        outcome.override_button.clicked.connect(self.override)
        outcome.withdraw_button.clicked.connect(lambda: self._set(Outcome.WITHDRAWN))
        outcome.defer_button.clicked.connect(lambda: self._set(Outcome.DEFERRED))
        outcome.reopen_button.clicked.connect(lambda: self._set(None))
        outcome.delete_button.clicked.connect(self.delete_proposal)
        outcome.commitment_button.clicked.connect(
            lambda: self.current is not None and self.commitment_requested.emit(self.current.id)
        )

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.error)
        detail_layout.addLayout(form)
        detail_layout.addWidget(wording_box)
        detail_layout.addWidget(self.rounds_box)
        detail_layout.addWidget(self.outcome_box)
        detail_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        self.detail = scroll

        self.empty = QLabel(
            self.tr(
                "No proposals yet: type one in the field above and press Enter, or in the "
                "live screen press Ctrl+D to make a proposal from the last note. Each proposal "
                "is tested in rounds (gradients of agreement, fist-to-five, consent, majority "
                "vote or cards); agreed ones get a number in the series' decision register."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.empty.setObjectName("emptyState")
        self.empty.setMargin(16)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.detail)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        bus.changed.connect(self._on_changed)

    # -- loading -----------------------------------------------------------------------------

    def show_workshop(self, workshop_id: int) -> None:
        """List the workshop's proposals; only then does the tab edit that workshop.

        Raises what the services raise; the tab is then left empty and disabled.
        """
        self.clear()
        plan = agenda.get_agenda(self._store, workshop_id)
        rows = proposals.list_proposals(self._store, workshop_id)
        self.workshop_id = workshop_id
        self._set_items(plan)
        self._show_rows(rows, None)
        self.setEnabled(True)

    def clear(self) -> None:
        """No workshop: no proposals, nothing shown on the right, nothing to edit."""
        self.setEnabled(False)
        self.workshop_id = None
        self._loading = True
        self.model.set_rows([])
        self._loading = False
        self._set_items(None)
        self._show_status("")
        self._show(None)

    def _fill_items(self) -> None:
        if self.workshop_id is None:
            return
        try:
            plan = agenda.get_agenda(self._store, self.workshop_id)
        except FacilitatorError:
            return
        self._set_items(plan)

    def _set_items(self, plan) -> None:
        shown = self.item.currentData()
        self.item.clear()
        self.item.addItem(self.tr("(no agenda item)"), None)
        for item in plan.items if plan is not None else ():
            self.item.addItem(f"{item.position}. {item.title}", item.id)
        self.item.setCurrentIndex(max(self.item.findData(shown), 0))

    def reload(self, select_id: int | None = None, *, fields: tuple[str, ...] = ()) -> None:
        """Read the list again and show ``select_id`` (else the proposal shown).

        The proposal already shown keeps what is being typed: only fields whose stored
        value changed and whose editor is untouched are shown again, and ``fields`` (just
        saved by this tab) in any case.
        """
        if self.workshop_id is None:
            return
        if select_id is None and self.current is not None:
            select_id = self.current.id
        try:
            rows = proposals.list_proposals(self._store, self.workshop_id)
        except NotFoundError:  # deleted meanwhile: nothing of it stays editable
            self.clear()
            return
        self._show_rows(rows, select_id, fields)

    def _show_rows(self, rows, select_id: int | None, fields: tuple[str, ...] = ()) -> None:
        self._loading = True
        self.model.set_rows(rows)
        self._loading = False
        self.count_changed.emit(len(rows))
        row = self.model.row_of_id(select_id) if select_id is not None else -1
        if row < 0 and rows:
            row = len(rows) - 1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
            self._show(self.model.row_at(row), fields)
        else:
            self._show(None)

    def _on_current(self, current, _previous) -> None:
        if self._loading or not current.isValid():
            return
        self._show(self.model.row_at(current.row()))

    def _show(self, p: ProposalRow | None, saved: tuple[str, ...] = ()) -> None:
        """Show ``p``. Another proposal than the one shown is shown whole; the same one read
        again only rewrites fields changed since they were shown and not being edited, and
        ``saved`` (what this tab just wrote), so nothing typed and not yet saved is lost."""
        same = p is not None and self.current is not None and p.id == self.current.id
        if not same:
            self._show_status("")  # what was done concerns the proposal shown before
            self.error.hide()
            self._loaded = {}
        self.current = p
        if p is None:
            self.right.setCurrentWidget(self.empty)
            return
        self.right.setCurrentWidget(self.detail)
        for field, (read, write, stored) in self._fields.items():
            value, shown = stored(p), read()
            if field in self._loaded and field not in saved:
                if shown == value:
                    self._loaded[field] = value  # already showing it
                    continue
                if shown != self._loaded[field]:
                    continue  # typed and not saved yet: it stays
            write(value)
            self._loaded[field] = read()
        has_open = p.open_round is not None
        for combo in (self.method, self.voice):
            combo.setEnabled(not has_open)
            combo.setToolTip(
                self.tr("Fixed while a round is open: close or cancel the round to change it.")
                if has_open
                else ""
            )
        self.clear_review.setEnabled(p.review_date is not None)
        earlier = [
            self.tr("Wording %1: %2").replace("%1", str(v.number)).replace("%2", v.text)
            for v in reversed(p.versions[:-1])
        ]
        self.history_label.setText(
            self.tr("Earlier wordings:") + "\n" + "\n".join(earlier) if earlier else ""
        )
        self.history_label.setVisible(bool(earlier))
        self.rounds_box.show_proposal(p, self._voters)
        self.outcome_box.show_proposal(p)

    @staticmethod
    def _write_line(editor: QLineEdit):
        def write(text: str) -> None:
            editor.setText(text)
            editor.setCursorPosition(0)  # a long text shows its beginning

        return write

    @staticmethod
    def _write_choice(combo: QComboBox):
        return lambda value: combo.setCurrentIndex(combo.findData(value))

    def _review_value(self) -> date | None:
        qdate = self.review.date()
        return None if qdate == NO_DATE else date(qdate.year(), qdate.month(), qdate.day())

    def _write_review(self, value: date | None) -> None:
        self.review.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def _voters(self, r: RoundRow) -> list:
        try:
            # Everyone attending: a position of someone not checked in marks them present.
            return proposals.candidates(self._store, self.workshop_id, r.voice)
        except FacilitatorError as exc:
            self._show_message(str(exc))
            return []

    # -- writing -----------------------------------------------------------------------------

    def _show_message(self, message: str) -> None:
        """An error: the red line at the top."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _show_status(self, message: str) -> None:
        self.rounds_box.show_status(message)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.review.calendarWidget()
            and event.type() == QEvent.Show
            and self.review.date() == NO_DATE
        ):
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _write(self, do, proposal_id: int, undo=None, fields: tuple[str, ...] = ()) -> Done | None:
        """Make an edit of proposal ``proposal_id`` (``kit.operations``) and show it, with
        ``fields`` (the editors it saved) as stored."""
        done = self._edits.run(
            self,
            do,
            changes=changed(PROPOSAL, proposal_id),
            undo=undo,
            on_error=self._show_message,
        )
        if done:
            self.error.hide()
            self.reload(proposal_id, fields=fields)
        return done

    def _undo(self, text: str, proposal_id: int, undo, redo) -> Undo:
        """How to undo an edit of a proposal; the proposal is shown again after."""
        workshop_id = self.workshop_id

        def after() -> None:
            shown = self.current.id if self.current is not None else None
            if self.workshop_id == workshop_id and shown != proposal_id:
                self.reload(proposal_id)

        return Undo(text, undo, redo, after=after, workshop_id=workshop_id)

    def add_proposal(self) -> None:
        text = self.new_field.text().strip()
        if self.workshop_id is None or not text:
            return
        store, workshop_id, title = self._store, self.workshop_id, proposals.title_from_text(text)
        made = {}

        def create() -> ProposalRow:
            row = made["row"] = proposals.create_proposal(store, workshop_id, title, text)
            return row

        def undo() -> None:
            # Refused once a round was held, it was amended or changed since (the live
            # screen): undoing must not delete that work with it.
            proposals.delete_proposal(store, made["row"].id, expect=made["row"])

        done = self._edits.run(
            self,
            create,
            changes=lambda row: changed(PROPOSAL, row.id),
            undo=lambda row: Undo(
                self.tr("add proposal “%1”").replace("%1", row.title),
                undo,
                create,
                workshop_id=workshop_id,
            ),
            on_error=self._show_message,
        )
        if done:
            self.error.hide()
            self.new_field.setText("")  # no undo of its own: Ctrl+Z undoes the add
            self.reload(done.value.id)

    def _save_field(self, **changes) -> None:
        if self.current is None or self._loading:
            return
        store, proposal_id, title = self._store, self.current.id, self.current.title
        before = {key: getattr(self.current, key) for key in changes}

        def undoable(row: ProposalRow) -> Undo:
            after = {key: getattr(row, key) for key in changes}
            # Each expects what the other left: a change made elsewhere since is kept.
            return self._undo(
                self.tr("change of “%1”").replace("%1", title),
                proposal_id,
                lambda: proposals.update_proposal(store, proposal_id, expect=after, **before),
                lambda: proposals.update_proposal(store, proposal_id, expect=before, **after),
            )

        self._write(
            lambda: proposals.update_proposal(store, proposal_id, **changes),
            proposal_id,
            undoable,
            tuple(EDITORS[key] for key in changes),
        )

    def _save_title(self) -> None:
        if self.current is not None and self.title.text().strip() != self.current.title:
            self._save_field(title=self.title.text())

    def _save_method(self) -> None:
        if self.current is not None and self.method.currentData() != self.current.method:
            self._save_field(method=self.method.currentData())
            self._show_stored_choice(self.method, "method")

    def _save_voice(self) -> None:
        if self.current is not None and self.voice.currentData() != self.current.voice:
            self._save_field(voice=self.voice.currentData())
            self._show_stored_choice(self.voice, "voice")

    def _show_stored_choice(self, combo: QComboBox, field: str) -> None:
        """After a refused change the combo shows what is stored, not what was refused."""
        if self.current is not None:
            combo.setCurrentIndex(combo.findData(getattr(self.current, field)))

    def _save_review(self) -> None:
        if self.current is None:
            return
        value = self._review_value()
        if value != self.current.review_date:
            self._save_field(review_date=value)

    def _clear_review(self) -> None:
        self.review.setDate(NO_DATE)
        self._save_review()

    def _save_item(self) -> None:
        if self.current is not None and self.item.currentData() != self.current.agenda_item_id:
            self._save_field(agenda_item_id=self.item.currentData())

    def _save_statement(self) -> None:
        if self.current is not None and self.statement.text().strip() != (
            self.current.outcome_statement
        ):
            self._save_field(outcome_statement=self.statement.text())

    def amend(self) -> None:
        if self.current is None:
            return
        store, proposal_id = self._store, self.current.id
        text, title = self.wording.toPlainText(), self.current.title
        made = {}

        def add_wording() -> ProposalRow:
            row = proposals.amend(store, proposal_id, text)
            made["number"] = row.versions[-1].number
            return row

        # Undo takes back this wording only: when the live screen amended again since,
        # the newer wording stays and the undo is refused.
        self._write(
            add_wording,
            proposal_id,
            self._undo(
                self.tr("amendment of “%1”").replace("%1", title),
                proposal_id,
                lambda: proposals.remove_last_wording(store, proposal_id, expect=made["number"]),
                add_wording,
            ),
            ("wording",),
        )

    def open_round(self) -> None:
        if self.current is None:
            return
        store, proposal_id = self._store, self.current.id
        quorum, threshold = self.rounds_box.rule(self.current.method)
        if self._write(
            lambda: proposals.open_round(
                store, proposal_id, now=self._now(), quorum=quorum, threshold=threshold
            ),
            proposal_id,
        ):
            self.rounds_box.grid.focus_grid()

    def close_round(self) -> None:
        """Close the open round; counts typed but not yet saved are saved with it."""
        if self.current is None or self.current.open_round is None:
            return
        store, proposal_id, round_id = self._store, self.current.id, self.current.open_round.id
        grid = self.rounds_box.grid
        same = grid.round is not None and grid.round.id == round_id
        counts = grid.counts_on_screen() if same else None
        expected = grid.counts_expected() if same else None
        missing = grid.missing_text()
        done = self._write(
            lambda: proposals.close_round(
                store, round_id, self._now(), counts=counts, expected=expected
            ),
            proposal_id,
        )
        if not done:
            return
        text = self.tr("Round %1 closed; the rule proposes: %2").replace(
            "%1", str(done.value.number)
        )
        text = text.replace("%2", outcome_label(done.value.proposed_outcome))
        if missing:
            text += " (" + missing + ")"
        self._show_status(text)

    def cancel_round(self) -> None:
        """Remove the open round while nothing is recorded in it (opened by mistake)."""
        if self.current is None or self.current.open_round is None:
            return
        store, proposal_id = self._store, self.current.id
        round_id, number = self.current.open_round.id, self.current.open_round.number
        if self._write(lambda: proposals.delete_round(store, round_id), proposal_id):
            self._show_status(self.tr("Round %1 cancelled.").replace("%1", str(number)))

    def _decide(self, do) -> bool:
        """Set an outcome through ``do``; undo puts the earlier outcome back."""
        store, proposal_id, title = self._store, self.current.id, self.current.title
        before = proposals.outcome_snapshot(self.current)

        def undoable(row: ProposalRow) -> Undo:
            after = proposals.outcome_snapshot(row)
            # Each expects what the other left: a decision changed elsewhere since is kept.
            return self._undo(
                self.tr("outcome of “%1”").replace("%1", title),
                proposal_id,
                lambda: proposals.restore_outcome(store, proposal_id, before, expect=after),
                lambda: proposals.restore_outcome(store, proposal_id, after, expect=before),
            )

        return self._write(do, proposal_id, undoable) is not None

    def confirm(self) -> None:
        if self.current is None:
            return
        store, proposal_id = self._store, self.current.id
        self._decide(lambda: proposals.confirm(store, proposal_id, now=self._now()))

    def override(self) -> None:
        if self.current is None:
            return
        store, proposal_id = self._store, self.current.id
        outcome = self.outcome_box.override_outcome.currentData()
        reason = self.outcome_box.override_reason.text()
        if self._decide(
            lambda: proposals.set_outcome(
                store, proposal_id, outcome, now=self._now(), reason=reason
            )
        ):
            self.outcome_box.override_reason.clear()

    def _set(self, outcome: Outcome | None) -> None:
        if self.current is None:
            return
        store, proposal_id = self._store, self.current.id
        self._decide(lambda: proposals.set_outcome(store, proposal_id, outcome, now=self._now()))

    def delete_proposal(self) -> None:
        """Delete an undecided proposal with its rounds, after asking."""
        if self.current is None:
            return
        store, proposal_id, title = self._store, self.current.id, self.current.title
        if not dialogs.ask_yes_no(
            self,
            self.tr("Delete proposal"),
            self.tr("Delete the proposal “%1” with its wordings and rounds?").replace("%1", title),
        ):
            return
        done = self._edits.run(
            self,
            lambda: proposals.delete_proposal(store, proposal_id),
            changes=changed(PROPOSAL, proposal_id),
            on_error=self._show_message,
        )
        if done:
            self.current = None
            self.reload()

    def _on_changed(self, kind: str, _ids: tuple, initiator=None) -> None:
        """A change made elsewhere (or an undo): the agenda's items, who can vote and the
        proposals are read again; a field being typed in is never overwritten (``_show``)."""
        if self.workshop_id is None or initiator is self:
            return
        if kind == WORKSHOP:
            self._fill_items()  # the agenda may have changed
        if kind in (PROPOSAL, PERSON, ORGANIZATION, WORKSHOP):
            self.reload()
