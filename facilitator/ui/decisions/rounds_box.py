"""The rounds of the proposal shown in the Decisions tab: the closed ones, each with its
distribution bar and stated reasons, then the round in progress in the fast grid, or the
means to open one.

The box shows; the Decisions tab writes. Its buttons (``open_button``,
``close_button``, ``cancel_round_button``) are connected by the tab, which
makes those edits through its ``Edits``. The grid records positions through
the same ``Edits``, naming the tab as the initiator.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.models import DecisionMethod, Threshold
from facilitator.services.proposals import ProposalRow, RoundRow, Voter
from facilitator.store import Store
from facilitator.ui.decisions.decision_labels import (
    method_label,
    outcome_label,
    threshold_label,
    value_label,
    voice_label,
)
from facilitator.ui.decisions.distribution_bar import DistributionBar
from facilitator.ui.decisions.round_grid import RoundGrid
from facilitator.ui.kit import icons
from facilitator.ui.kit.operations import Edits


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
    parts.append(QCoreApplication.translate("DecisionsTab", "%n position(s)", None, r.total))
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


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    return label


class RoundsBox(QGroupBox):
    """Closed rounds with their bars; the open round in the grid, or "Open a round"."""

    def __init__(
        self,
        store: Store,
        edits: Edits,
        initiator: QWidget,
        now: Callable[[], datetime],
        parent=None,
    ):
        super().__init__(QCoreApplication.translate("DecisionsTab", "Rounds"), parent)
        layout = QVBoxLayout(self)
        self.past_rounds = QVBoxLayout()
        layout.addLayout(self.past_rounds)
        self.quorum = QSpinBox()
        self.quorum.setRange(0, 100_000)
        self.quorum.setSpecialValueText(QCoreApplication.translate("DecisionsTab", "no quorum"))
        self.threshold = QComboBox()
        for threshold in Threshold:
            self.threshold.addItem(threshold_label(threshold), threshold)
        self.open_button = QPushButton(QCoreApplication.translate("DecisionsTab", "Open a round"))
        self.open_button.setIcon(icons.icon("round"))
        self.majority_widgets = QWidget()
        majority_row = QHBoxLayout(self.majority_widgets)
        majority_row.setContentsMargins(0, 0, 0, 0)
        majority_row.addWidget(QLabel(QCoreApplication.translate("DecisionsTab", "Quorum")))
        majority_row.addWidget(self.quorum)
        majority_row.addWidget(QLabel(QCoreApplication.translate("DecisionsTab", "Threshold")))
        majority_row.addWidget(self.threshold)
        open_row = QHBoxLayout()
        open_row.addWidget(self.majority_widgets)
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        layout.addLayout(open_row)
        self.round_title = QLabel("")
        self.round_title.setTextFormat(Qt.PlainText)
        self.grid = RoundGrid(store, now=now, edits=edits, initiator=initiator)
        self.grid.setMinimumHeight(260)
        self.grid.recorded.connect(self._on_recorded)
        self.grid.message.connect(self.show_status)
        self.bar = DistributionBar()
        self.close_button = QPushButton(
            QCoreApplication.translate("DecisionsTab", "Close the round")
        )
        self.cancel_round_button = QPushButton(
            QCoreApplication.translate("DecisionsTab", "Cancel the round")
        )
        self.cancel_round_button.setToolTip(
            QCoreApplication.translate(
                "DecisionsTab", "Remove this round: nothing has been recorded in it yet."
            )
        )
        # What the grid did last ("Ayşe Çelik: 1 …"): plain, not the red error line.
        self.round_status = _plain_label()
        self.round_status.setObjectName("roundStatus")
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
        layout.addWidget(self.open_round_widget)
        layout.addWidget(self.round_status)

    def show_status(self, message: str) -> None:
        """What was done: a plain line under the round."""
        self.round_status.setText(message)
        self.round_status.setVisible(bool(message))

    def rule(self, method: DecisionMethod) -> tuple[int | None, Threshold | None]:
        """(quorum, threshold) chosen for a new round; both None unless a majority vote."""
        if method is not DecisionMethod.MAJORITY:
            return None, None
        return self.quorum.value() or None, self.threshold.currentData()

    def show_proposal(self, p: ProposalRow, voters: Callable[[RoundRow], list[Voter]]) -> None:
        """Show the rounds of ``p``; ``voters(open_round)`` lists who takes a position."""
        while self.past_rounds.count():
            widget = self.past_rounds.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for r in p.rounds:
            if not r.is_open:
                self._add_closed(r)
        open_round = p.open_round
        can_open = open_round is None and p.outcome is None
        self.open_button.setVisible(can_open)
        self.majority_widgets.setVisible(can_open and p.method is DecisionMethod.MAJORITY)
        self.open_round_widget.setVisible(open_round is not None)
        if open_round is not None:
            self.round_title.setText(round_summary(open_round))
            self.grid.show_round(open_round, voters(open_round))
            self.bar.set_tally(open_round.method, open_round.tally)
            self.cancel_round_button.setVisible(open_round.total == 0)
        self.round_status.setVisible(bool(self.round_status.text()))

    def _add_closed(self, r: RoundRow) -> None:
        label = _plain_label(round_summary(r))
        bar = DistributionBar()
        bar.set_tally(r.method, r.tally)
        self.past_rounds.addWidget(label)
        self.past_rounds.addWidget(bar)
        label.show()
        bar.show()
        if r.reasons:
            reasons = _plain_label(
                "\n".join(
                    f"{value_label(r.method, x.value)} — {x.name}: {x.reason}" for x in r.reasons
                )
            )
            self.past_rounds.addWidget(reasons)
            reasons.show()  # at once, not when the event loop next runs

    def _on_recorded(self, r: RoundRow) -> None:
        self.bar.set_tally(r.method, r.tally)
        self.cancel_round_button.setVisible(r.total == 0)
        self.round_title.setText(round_summary(r))
