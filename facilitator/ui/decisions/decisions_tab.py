"""The Decisions tab of a workshop: proposals, their wording history, rounds and outcomes.

On the left the proposals with their register number and outcome; a new one
is made by typing it and pressing Enter. On the right the selected
proposal: title, method, voice, review date and outcome statement (saved as
they are left), its wording with every earlier one as history (amending adds
a wording), its rounds each with a distribution bar, the round in progress
in the fast grid, and the outcome its rule proposed with "confirm" and
"override with a reason" — no dialog needed. Every write goes through
``services/proposals.py`` and is announced once as a PROPOSAL change;
creating a proposal can be undone from the window's history.
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
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError, NotFoundError
from facilitator.models import DecisionMethod, Outcome, Threshold, Voice
from facilitator.services import agenda, proposals
from facilitator.services.proposals import ProposalRow, RoundRow
from facilitator.store import Store
from facilitator.ui.decisions.decision_labels import (
    method_label,
    outcome_color,
    outcome_label,
    threshold_label,
    value_label,
    voice_label,
)
from facilitator.ui.decisions.distribution_bar import DistributionBar
from facilitator.ui.decisions.round_grid import RoundGrid
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.autosave import error_label
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, PROPOSAL, WORKSHOP, ChangeBus
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.undo import EditHistory

NO_DATE = QDate(2000, 1, 1)


def system_now() -> datetime:
    return datetime.now(UTC)


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


def round_summary(r: RoundRow) -> str:
    """ "Round 2 · wording 2 · Consent · Per institution · proposed: Agreed" """
    parts = [QCoreApplication.translate("DecisionsTab", "Round %1").replace("%1", str(r.number))]
    if r.version_number is not None:
        parts.append(
            QCoreApplication.translate("DecisionsTab", "wording %1").replace(
                "%1", str(r.version_number)
            )
        )
    parts += [method_label(r.method), voice_label(r.voice)]
    if r.method is DecisionMethod.MAJORITY:
        if r.quorum is not None:
            parts.append(
                QCoreApplication.translate("DecisionsTab", "quorum %1").replace("%1", str(r.quorum))
            )
        parts.append(threshold_label(r.threshold))
    parts.append(
        QCoreApplication.translate("DecisionsTab", "%1 positions").replace("%1", str(r.total))
    )
    if r.is_open:
        parts.append(QCoreApplication.translate("DecisionsTab", "open"))
    elif r.proposed_outcome is not None:
        parts.append(
            QCoreApplication.translate("DecisionsTab", "proposed: %1").replace(
                "%1", outcome_label(r.proposed_outcome)
            )
        )
    else:
        parts.append(QCoreApplication.translate("DecisionsTab", "cut short: nothing proposed"))
    return " · ".join(parts)


class DecisionsTab(QWidget):
    """Proposals of one workshop and everything about each (see the module docstring)."""

    count_changed = Signal(int)
    commitment_requested = Signal(int)  # "Commitment from this decision": its proposal id

    def __init__(
        self, store: Store, bus: ChangeBus, history: EditHistory, now=system_now, parent=None
    ):
        super().__init__(parent)
        self._store = store
        self._bus = bus
        self._history = history
        self._now = now
        self.workshop_id: int | None = None
        self.current: ProposalRow | None = None
        self._loading = False
        self._announcing = False

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

        # Rounds: the closed ones with their bars, then the open one or the means to open one.
        self.rounds_box = QGroupBox(self.tr("Rounds"))
        self.rounds_layout = QVBoxLayout(self.rounds_box)
        self.past_rounds = QVBoxLayout()
        self.rounds_layout.addLayout(self.past_rounds)
        self.quorum = QSpinBox()
        self.quorum.setRange(0, 100_000)
        self.quorum.setSpecialValueText(self.tr("no quorum"))
        self.threshold = QComboBox()
        for threshold in Threshold:
            self.threshold.addItem(threshold_label(threshold), threshold)
        self.open_button = QPushButton(self.tr("Open a round"))
        self.open_button.clicked.connect(self.open_round)
        self.majority_widgets = QWidget()
        majority_row = QHBoxLayout(self.majority_widgets)
        majority_row.setContentsMargins(0, 0, 0, 0)
        majority_row.addWidget(QLabel(self.tr("Quorum")))
        majority_row.addWidget(self.quorum)
        majority_row.addWidget(QLabel(self.tr("Threshold")))
        majority_row.addWidget(self.threshold)
        open_row = QHBoxLayout()
        open_row.addWidget(self.majority_widgets)
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        self.rounds_layout.addLayout(open_row)
        self.round_title = QLabel("")
        self.round_title.setTextFormat(Qt.PlainText)
        self.grid = RoundGrid(store, now=now)
        self.grid.setMinimumHeight(260)
        self.grid.recorded.connect(self._on_recorded)
        self.grid.message.connect(self._show_status)
        self.grid.failed.connect(self._show_message)
        self.grid.finish_requested.connect(self.close_round)
        self.bar = DistributionBar()
        self.close_button = QPushButton(self.tr("Close the round"))
        self.close_button.clicked.connect(self.close_round)
        self.cancel_round_button = QPushButton(self.tr("Cancel the round"))
        self.cancel_round_button.setToolTip(
            self.tr("Remove this round: nothing has been recorded in it yet.")
        )
        self.cancel_round_button.clicked.connect(self.cancel_round)
        # What the grid did last ("Ayşe Çelik: 1 …"): plain, not the red error line.
        self.round_status = QLabel("")
        self.round_status.setObjectName("roundStatus")
        self.round_status.setTextFormat(Qt.PlainText)
        self.round_status.setWordWrap(True)
        self.open_round_widget = QWidget()
        open_layout = QVBoxLayout(self.open_round_widget)
        open_layout.setContentsMargins(0, 0, 0, 0)
        open_layout.addWidget(self.round_title)
        open_layout.addWidget(self.grid, 1)
        open_layout.addWidget(self.bar)
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_button)
        close_row.addWidget(self.cancel_round_button)
        close_row.addStretch(1)
        open_layout.addLayout(close_row)
        self.rounds_layout.addWidget(self.open_round_widget)
        self.rounds_layout.addWidget(self.round_status)

        # The outcome: proposed by the rule, confirmed or overridden with a reason.
        self.outcome_box = QGroupBox(self.tr("Outcome"))
        self.outcome_now = QLabel("")
        self.outcome_now.setTextFormat(Qt.PlainText)
        self.outcome_now.setWordWrap(True)
        self.outcome_now.setObjectName("outcomeNow")
        self.proposed = QLabel("")
        self.proposed.setTextFormat(Qt.PlainText)
        self.proposed.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm the proposed outcome"))
        self.confirm_button.clicked.connect(self.confirm)
        self.override_outcome = QComboBox()
        for outcome in (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS, Outcome.NOT_AGREED):
            self.override_outcome.addItem(outcome_label(outcome), outcome)
        self.override_reason = QLineEdit()
        self.override_reason.setMaxLength(proposals.REASON_LENGTH)
        self.override_reason.setPlaceholderText(self.tr("Reason for overriding (required)"))
        self.override_reason.returnPressed.connect(self.override)
        self.override_button = QPushButton(self.tr("Override"))
        self.override_button.clicked.connect(self.override)
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.clicked.connect(lambda: self._set(Outcome.WITHDRAWN))
        self.defer_button = QPushButton(self.tr("Defer"))
        self.defer_button.clicked.connect(lambda: self._set(Outcome.DEFERRED))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setToolTip(
            self.tr("Clear the outcome to test the proposal again; its number is kept.")
        )
        self.reopen_button.clicked.connect(lambda: self._set(None))
        self.delete_button = QPushButton(self.tr("Delete proposal"))
        self.delete_button.clicked.connect(self.delete_proposal)
        self.commitment_button = QPushButton(self.tr("Commitment from this decision"))
        self.commitment_button.clicked.connect(
            lambda: self.current is not None and self.commitment_requested.emit(self.current.id)
        )
        outcome_layout = QVBoxLayout(self.outcome_box)
        outcome_layout.addWidget(self.outcome_now)
        outcome_layout.addWidget(self.proposed)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addStretch(1)
        outcome_layout.addLayout(confirm_row)
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_outcome)
        override_row.addWidget(self.override_reason, 1)
        override_row.addWidget(self.override_button)
        outcome_layout.addLayout(override_row)
        other_row = QHBoxLayout()
        other_row.addWidget(self.withdraw_button)
        other_row.addWidget(self.defer_button)
        other_row.addWidget(self.reopen_button)
        other_row.addWidget(self.delete_button)
        other_row.addWidget(self.commitment_button)
        other_row.addStretch(1)
        outcome_layout.addLayout(other_row)

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
        self.item.clear()
        self.item.addItem(self.tr("(no agenda item)"), None)
        for item in plan.items if plan is not None else ():
            self.item.addItem(f"{item.position}. {item.title}", item.id)

    def reload(self, select_id: int | None = None) -> None:
        if self.workshop_id is None:
            return
        if select_id is None and self.current is not None:
            select_id = self.current.id
        try:
            rows = proposals.list_proposals(self._store, self.workshop_id)
        except NotFoundError:  # deleted meanwhile: nothing of it stays editable
            self.clear()
            return
        self._show_rows(rows, select_id)

    def _show_rows(self, rows, select_id: int | None) -> None:
        self._loading = True
        self.model.set_rows(rows)
        self._loading = False
        self.count_changed.emit(len(rows))
        row = self.model.row_of_id(select_id) if select_id is not None else -1
        if row < 0 and rows:
            row = len(rows) - 1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
            self._show(self.model.row_at(row))
        else:
            self._show(None)

    def _on_current(self, current, _previous) -> None:
        if self._loading or not current.isValid():
            return
        self._show(self.model.row_at(current.row()))

    def _show(self, p: ProposalRow | None) -> None:
        if p is None or self.current is None or p.id != self.current.id:
            self._show_status("")  # what was done concerns the proposal shown before
        self.current = p
        self.error.hide()
        if p is None:
            self.right.setCurrentWidget(self.empty)
            return
        self.right.setCurrentWidget(self.detail)
        self.title.setText(p.title)
        self.method.setCurrentIndex(self.method.findData(p.method))
        self.voice.setCurrentIndex(self.voice.findData(p.voice))
        has_open = p.open_round is not None
        for combo in (self.method, self.voice):
            combo.setEnabled(not has_open)
            combo.setToolTip(
                self.tr("Fixed while a round is open: close or cancel the round to change it.")
                if has_open
                else ""
            )
        self.clear_review.setEnabled(p.review_date is not None)
        self.review.setDate(
            QDate(p.review_date.year, p.review_date.month, p.review_date.day)
            if p.review_date
            else NO_DATE
        )
        self.statement.setText(p.outcome_statement)
        self.item.setCurrentIndex(max(self.item.findData(p.agenda_item_id), 0))
        self.statement.setCursorPosition(0)  # a long statement shows its beginning
        self.title.setCursorPosition(0)
        self.wording.setPlainText(p.text)
        earlier = [
            self.tr("Wording %1: %2").replace("%1", str(v.number)).replace("%2", v.text)
            for v in reversed(p.versions[:-1])
        ]
        self.history_label.setText(
            self.tr("Earlier wordings:") + "\n" + "\n".join(earlier) if earlier else ""
        )
        self.history_label.setVisible(bool(earlier))
        self._show_rounds(p)
        self._show_outcome(p)

    def _show_rounds(self, p: ProposalRow) -> None:
        while self.past_rounds.count():
            widget = self.past_rounds.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for r in p.rounds:
            if r.is_open:
                continue
            label = QLabel(round_summary(r))
            label.setTextFormat(Qt.PlainText)
            label.setWordWrap(True)
            bar = DistributionBar()
            bar.set_tally(r.method, r.tally)
            self.past_rounds.addWidget(label)
            self.past_rounds.addWidget(bar)
            label.show()
            bar.show()
            if r.reasons:
                reasons = QLabel(
                    "\n".join(
                        f"{value_label(r.method, x.value)} — {x.name}: {x.reason}"
                        for x in r.reasons
                    )
                )
                reasons.setTextFormat(Qt.PlainText)
                reasons.setWordWrap(True)
                self.past_rounds.addWidget(reasons)
                reasons.show()  # at once, not when the event loop next runs
        open_round = p.open_round
        can_open = open_round is None and p.outcome is None
        self.open_button.setVisible(can_open)
        self.majority_widgets.setVisible(can_open and p.method is DecisionMethod.MAJORITY)
        self.open_round_widget.setVisible(open_round is not None)
        if open_round is not None:
            self._show_open_round(open_round)
        self.round_status.setVisible(bool(self.round_status.text()))

    def _show_open_round(self, r: RoundRow) -> None:
        self.round_title.setText(round_summary(r))
        try:
            voters = proposals.voters(self._store, self.workshop_id, r.voice)
        except FacilitatorError as exc:
            self._show_message(str(exc))
            voters = []
        self.grid.show_round(r, voters)
        self.bar.set_tally(r.method, r.tally)
        self.cancel_round_button.setVisible(r.total == 0)

    def _show_outcome(self, p: ProposalRow) -> None:
        if p.outcome is None:
            self.outcome_now.setText(self.tr("Not decided yet."))
            self.outcome_now.setStyleSheet("")
        else:
            text = outcome_label(p.outcome)
            if p.label:
                text = self.tr("Decision %1: %2").replace("%1", p.label).replace("%2", text)
            if p.override_reason:
                text += " — " + self.tr("overridden: %1").replace("%1", p.override_reason)
            self.outcome_now.setText(text)
            self.outcome_now.setStyleSheet(
                f"font-weight: bold; color: {outcome_color(p.outcome).name()};"
            )
        last = p.last_closed_round
        decided = p.outcome is not None
        has_open = p.open_round is not None
        if last is not None and not decided and not has_open:
            self.proposed.setText(
                self.tr("The rule proposes: %1. %2")
                .replace("%1", outcome_label(last.proposed_outcome))
                .replace("%2", last.explanation)
            )
        elif not decided and not has_open:
            self.proposed.setText(self.tr("Open a round to test agreement on the wording."))
        else:
            self.proposed.setText("")
        self.proposed.setVisible(bool(self.proposed.text()))
        self.confirm_button.setVisible(last is not None and not decided and not has_open)
        for widget in (self.override_outcome, self.override_reason, self.override_button):
            widget.setVisible(not decided and not has_open)
        self.withdraw_button.setVisible(not decided)
        self.defer_button.setVisible(not decided)
        self.reopen_button.setVisible(decided)
        self.delete_button.setVisible(p.decision_number is None)
        self.commitment_button.setVisible(
            p.outcome in (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS)
        )

    # -- writing -----------------------------------------------------------------------------

    def _show_message(self, message: str) -> None:
        """An error: the red line at the top."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _show_status(self, message: str) -> None:
        """What was done: a plain line under the round."""
        self.round_status.setText(message)
        self.round_status.setVisible(bool(message))

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.review.calendarWidget()
            and event.type() == QEvent.Show
            and self.review.date() == NO_DATE
        ):
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _write(self, action) -> ProposalRow | None:
        try:
            row = action()
        except FacilitatorError as exc:
            self._show_message(str(exc))
            return None
        self.error.hide()
        proposal_id = row.id if isinstance(row, ProposalRow) else self.current.id
        self.reload(proposal_id)
        self._announce(proposal_id)
        return row

    def add_proposal(self) -> None:
        text = self.new_field.text().strip()
        if self.workshop_id is None or not text:
            return
        workshop_id = self.workshop_id
        row = self._write(
            lambda: proposals.create_proposal(
                self._store, workshop_id, proposals.title_from_text(text), text
            )
        )
        if row is None:
            return
        self.new_field.clear()
        made = {"id": row.id}

        def undo() -> None:
            proposals.delete_proposal(self._store, made["id"])

        def redo() -> None:
            made["id"] = proposals.create_proposal(
                self._store, workshop_id, proposals.title_from_text(text), text
            ).id

        def after() -> None:
            self.reload()
            self._announce(made["id"])

        self._history.record(
            self.tr("add proposal “%1”").replace("%1", row.title), undo, redo, after, workshop_id
        )

    def _undoable(self, text: str, proposal_id: int, undo, redo) -> None:
        """Record a write already made on the window's history (Ctrl+Z)."""

        def after() -> None:
            self.reload(proposal_id)
            self._announce(proposal_id)

        self._history.record(text, undo, redo, after, self.workshop_id)

    def _save_field(self, **changes) -> None:
        if self.current is None or self._loading:
            return
        proposal_id, title = self.current.id, self.current.title
        before = {key: getattr(self.current, key) for key in changes}
        if self._write(lambda: proposals.update_proposal(self._store, proposal_id, **changes)):
            stored = proposals.get_proposal(self._store, proposal_id)
            after = {key: getattr(stored, key) for key in changes}
            # Each expects what the other left: a change made elsewhere since is kept.
            self._undoable(
                self.tr("change of “%1”").replace("%1", title),
                proposal_id,
                lambda: proposals.update_proposal(self._store, proposal_id, expect=after, **before),
                lambda: proposals.update_proposal(self._store, proposal_id, expect=before, **after),
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
        qdate = self.review.date()
        value = None if qdate == NO_DATE else date(qdate.year(), qdate.month(), qdate.day())
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
        proposal_id, text, title = self.current.id, self.wording.toPlainText(), self.current.title
        if self._write(lambda: proposals.amend(self._store, proposal_id, text)):
            self._undoable(
                self.tr("amendment of “%1”").replace("%1", title),
                proposal_id,
                lambda: proposals.remove_last_wording(self._store, proposal_id),
                lambda: proposals.amend(self._store, proposal_id, text),
            )

    def open_round(self) -> None:
        if self.current is None:
            return
        proposal_id = self.current.id
        majority = self.current.method is DecisionMethod.MAJORITY
        quorum = (self.quorum.value() or None) if majority else None
        threshold = self.threshold.currentData() if majority else None
        if self._write(
            lambda: proposals.open_round(
                self._store, proposal_id, now=self._now(), quorum=quorum, threshold=threshold
            )
        ):
            self.grid.focus_grid()

    def _on_recorded(self, r: RoundRow) -> None:
        self.bar.set_tally(r.method, r.tally)
        self.cancel_round_button.setVisible(r.total == 0)
        self.round_title.setText(round_summary(r))
        if self.current is not None:
            self._announce(self.current.id)

    def close_round(self) -> None:
        """Close the open round; counts typed but not yet saved are saved with it."""
        if self.current is None or self.current.open_round is None:
            return
        round_id = self.current.open_round.id
        counts = self.grid.counts_on_screen() if self.grid.round is not None else None
        if self.grid.round is None or self.grid.round.id != round_id:
            counts = None
        missing = self.grid.missing_text()
        row = self._write(
            lambda: proposals.close_round(self._store, round_id, self._now(), counts=counts)
        )
        if row is None:
            return
        text = self.tr("Round %1 closed; the rule proposes: %2").replace("%1", str(row.number))
        text = text.replace("%2", outcome_label(row.proposed_outcome))
        if missing:
            text += " (" + missing + ")"
        self._show_status(text)

    def cancel_round(self) -> None:
        """Remove the open round while nothing is recorded in it (opened by mistake)."""
        if self.current is None or self.current.open_round is None:
            return
        round_id, number = self.current.open_round.id, self.current.open_round.number
        proposal_id = self.current.id

        def cancel() -> ProposalRow:
            proposals.delete_round(self._store, round_id)
            return proposals.get_proposal(self._store, proposal_id)

        if self._write(cancel) is not None:
            self._show_status(self.tr("Round %1 cancelled.").replace("%1", str(number)))

    def _decide(self, action) -> bool:
        """Set an outcome through ``action``; undo puts the earlier outcome back."""
        proposal_id, title = self.current.id, self.current.title
        before = proposals.outcome_snapshot(self.current)
        row = self._write(action)
        if row is None:
            return False
        after = proposals.outcome_snapshot(row)
        self._undoable(
            self.tr("outcome of “%1”").replace("%1", title),
            proposal_id,
            # Each expects what the other left: a decision changed elsewhere since is kept.
            lambda: proposals.restore_outcome(self._store, proposal_id, before, expect=after),
            lambda: proposals.restore_outcome(self._store, proposal_id, after, expect=before),
        )
        return True

    def confirm(self) -> None:
        if self.current is None:
            return
        proposal_id = self.current.id
        self._decide(lambda: proposals.confirm(self._store, proposal_id, now=self._now()))

    def override(self) -> None:
        if self.current is None:
            return
        proposal_id = self.current.id
        outcome = self.override_outcome.currentData()
        reason = self.override_reason.text()
        if self._decide(
            lambda: proposals.set_outcome(
                self._store, proposal_id, outcome, now=self._now(), reason=reason
            )
        ):
            self.override_reason.clear()

    def _set(self, outcome: Outcome | None) -> None:
        if self.current is None:
            return
        proposal_id = self.current.id
        self._decide(
            lambda: proposals.set_outcome(self._store, proposal_id, outcome, now=self._now())
        )

    def delete_proposal(self) -> None:
        """Delete an undecided proposal with its rounds, after asking."""
        if self.current is None:
            return
        proposal_id, title = self.current.id, self.current.title
        if not dialogs.ask_yes_no(
            self,
            self.tr("Delete proposal"),
            self.tr("Delete the proposal “%1” with its wordings and rounds?").replace("%1", title),
        ):
            return
        try:
            proposals.delete_proposal(self._store, proposal_id)
        except FacilitatorError as exc:
            self._show_message(str(exc))
            return
        self.current = None
        self.reload()
        self._announce(proposal_id)

    def _announce(self, proposal_id: int) -> None:
        self._announcing = True
        try:
            self._bus.announce(PROPOSAL, proposal_id)
        finally:
            self._announcing = False

    def _on_changed(self, kind: str, _ids: tuple, initiator=None) -> None:
        if self.workshop_id is None or self._announcing:
            return
        if kind == WORKSHOP:
            self._fill_items()  # the agenda may have changed
        if kind in (PROPOSAL, PERSON, ORGANIZATION, WORKSHOP):
            self.reload()
