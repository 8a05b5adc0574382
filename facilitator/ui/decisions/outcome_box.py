"""The outcome of the proposal shown in the Decisions tab: what it is now, what the rule of
the last round proposes, and the means to confirm it, override it with a reason, withdraw,
defer, reopen or delete the proposal, or make a commitment from the decision.

The box shows; the Decisions tab connects its buttons and makes the edits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from facilitator.models import Outcome
from facilitator.services import proposals
from facilitator.services.proposals import ProposalRow
from facilitator.ui.decisions.decision_labels import outcome_label, outcome_tone
from facilitator.ui.kit import colours, icons


class OutcomeBox(QGroupBox):
    """The outcome: proposed by the rule, confirmed or overridden with a reason."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("DecisionsTab", "Outcome"), parent)
        self.outcome_now = QLabel("")
        self.outcome_now.setTextFormat(Qt.PlainText)
        self.outcome_now.setWordWrap(True)
        self.outcome_now.setObjectName("outcomeNow")
        self.proposed = QLabel("")
        self.proposed.setTextFormat(Qt.PlainText)
        self.proposed.setWordWrap(True)
        self.confirm_button = QPushButton(
            QCoreApplication.translate("DecisionsTab", "Confirm the proposed outcome")
        )
        self.override_outcome = QComboBox()
        for outcome in (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS, Outcome.NOT_AGREED):
            self.override_outcome.addItem(outcome_label(outcome), outcome)
        self.override_reason = QLineEdit()
        self.override_reason.setMaxLength(proposals.REASON_LENGTH)
        self.override_reason.setPlaceholderText(
            QCoreApplication.translate("DecisionsTab", "Reason for overriding (required)")
        )
        self.override_button = QPushButton(QCoreApplication.translate("DecisionsTab", "Override"))
        self.withdraw_button = QPushButton(QCoreApplication.translate("DecisionsTab", "Withdraw"))
        self.defer_button = QPushButton(QCoreApplication.translate("DecisionsTab", "Defer"))
        self.reopen_button = QPushButton(QCoreApplication.translate("DecisionsTab", "Reopen"))
        self.reopen_button.setToolTip(
            QCoreApplication.translate(
                "DecisionsTab", "Clear the outcome to test the proposal again; its number is kept."
            )
        )
        self.delete_button = QPushButton(
            QCoreApplication.translate("DecisionsTab", "Delete proposal")
        )
        self.commitment_button = QPushButton(
            QCoreApplication.translate("DecisionsTab", "Commitment from this decision")
        )
        icons.decorate(self, {"delete_button": "delete", "commitment_button": "commitments"})
        layout = QVBoxLayout(self)
        layout.addWidget(self.outcome_now)
        layout.addWidget(self.proposed)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addStretch(1)
        layout.addLayout(confirm_row)
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_outcome)
        override_row.addWidget(self.override_reason, 1)
        override_row.addWidget(self.override_button)
        layout.addLayout(override_row)
        other_row = QHBoxLayout()
        for button in (
            self.withdraw_button,
            self.defer_button,
            self.reopen_button,
            self.delete_button,
            self.commitment_button,
        ):
            other_row.addWidget(button)
        other_row.addStretch(1)
        layout.addLayout(other_row)

    def show_proposal(self, p: ProposalRow) -> None:
        if p.outcome is None:
            self.outcome_now.setText(QCoreApplication.translate("DecisionsTab", "Not decided yet."))
            colours.show_in(self.outcome_now, None)
        else:
            text = outcome_label(p.outcome)
            if p.label:
                text = (
                    QCoreApplication.translate("DecisionsTab", "Decision %1: %2")
                    .replace("%1", p.label)
                    .replace("%2", text)
                )
            if p.override_reason:
                text += " — " + QCoreApplication.translate(
                    "DecisionsTab", "overridden: %1"
                ).replace("%1", p.override_reason)
            self.outcome_now.setText(text)
            colours.show_in(self.outcome_now, outcome_tone(p.outcome), "font-weight: bold;")
        last = p.last_closed_round
        decided = p.outcome is not None
        has_open = p.open_round is not None
        if last is not None and not decided and not has_open:
            self.proposed.setText(
                QCoreApplication.translate("DecisionsTab", "The rule proposes: %1. %2")
                .replace("%1", outcome_label(last.proposed_outcome))
                .replace("%2", last.explanation)
            )
        elif not decided and not has_open:
            self.proposed.setText(
                QCoreApplication.translate(
                    "DecisionsTab", "Open a round to test agreement on the wording."
                )
            )
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
