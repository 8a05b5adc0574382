"""The proposal panel of the live screen: a proposal from the last note, its round, its outcome.

Keyboard only and never modal. Ctrl+D (held by the live window) returns to
a round still open in the workshop; otherwise it makes a proposal from the
last note — or shows the one already made from it — and the panel walks
through three steps, each saying its keys:

1. *method*: Up/Down choose the method, Tab the voice (and, for a majority
   vote, quorum and threshold); Enter opens the round;
2. *round*: the fast grid (one key per position, the row moves on) or the
   counts; Enter closes the round and shows the outcome the rule proposes
   (with positions missing, Enter once more within three seconds; counts on
   screen are saved first); Ctrl+Delete cancels a round still empty;
3. *outcome*: Enter confirms it; then one letter each (translated, the hint
   says which) to override (choose the outcome, type the reason, Enter), to
   amend the wording (Enter saves it and opens the next round), to withdraw
   and to defer.

Decisions go on the live window's edit history, so Ctrl+Z takes them back.
Esc returns to the note field at any step; the panel keeps its state.
Messages go to the live screen's status line (``message``); ``decided``
asks the window to read the session again, so agreed decisions reach the
projector.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.models import DecisionMethod, Outcome, Threshold, Voice
from facilitator.services import live, proposals
from facilitator.services.live import Clock
from facilitator.services.proposals import ProposalRow, RoundRow
from facilitator.text import name_key
from facilitator.ui.decisions.decision_labels import (
    method_label,
    outcome_label,
    outcome_tone,
    threshold_label,
    voice_label,
)
from facilitator.ui.decisions.distribution_bar import DistributionBar
from facilitator.ui.decisions.round_grid import RoundGrid
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import PROPOSAL, WORKSHOP, changed
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import Undo

STEP_METHOD = 0
STEP_ROUND = 1
STEP_OUTCOME = 2
PANEL_WIDTH = 440
PANEL_FLOOR = 300  # the narrowest the other live panels are made to make room
_PROPOSED_STYLE = "font-size: 16pt; font-weight: bold;"  # the outcome, in its colour
OVERRIDES = (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS, Outcome.NOT_AGREED)


class ProposalPanel(QWidget):
    """One proposal at a time, from the method to the outcome (see the module docstring)."""

    message = Signal(str)
    decided = Signal()
    done = Signal()  # Esc: back to the note field

    def __init__(self, edits: Edits, now: Clock, parent=None):
        super().__init__(parent)
        self._edits = edits
        self._store = edits.store
        self._now = now
        self.workshop_id: int | None = None
        self.proposal: ProposalRow | None = None
        self._current_item: int | None = None  # the screen's current agenda item
        self._sizes_before: list[int] | None = None  # the splitter before the panel opened

        heading = QLabel(self.tr("Proposal"))
        heading.setObjectName("panelTitle")
        self.title = QLabel("")
        self.title.setObjectName("proposalTitle")
        self.title.setTextFormat(Qt.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.wording = QLabel("")
        self.wording.setTextFormat(Qt.PlainText)
        self.wording.setWordWrap(True)
        self.hint = QLabel("")
        self.hint.setObjectName("keyHints")
        self.hint.setWordWrap(True)

        # step 1: method and voice
        self.method = QComboBox()
        for method in DecisionMethod:
            self.method.addItem(method_label(method), method)
        self.method.activated.connect(self._save_method)
        self.voice = QComboBox()
        for voice in Voice:
            self.voice.addItem(voice_label(voice), voice)
        self.voice.activated.connect(self._save_voice)
        self.quorum = QSpinBox()
        self.quorum.setRange(0, 100_000)
        self.quorum.setSpecialValueText(self.tr("no quorum"))
        self.threshold = QComboBox()
        for threshold in Threshold:
            self.threshold.addItem(threshold_label(threshold), threshold)
        self.majority = QWidget()
        majority_row = QHBoxLayout(self.majority)
        majority_row.setContentsMargins(0, 0, 0, 0)
        majority_row.addWidget(QLabel(self.tr("Quorum")))
        majority_row.addWidget(self.quorum)
        majority_row.addWidget(self.threshold, 1)
        method_step = QWidget()
        method_layout = QVBoxLayout(method_step)
        method_layout.setContentsMargins(0, 0, 0, 0)
        method_layout.addWidget(self.method)
        method_layout.addWidget(self.voice)
        method_layout.addWidget(self.majority)
        method_layout.addStretch(1)

        # step 2: the round
        # The grid's keys are edits of this screen, announced in the panel's name.
        self.grid = RoundGrid(edits.store, now=now, edits=edits, initiator=self)
        self.grid.recorded.connect(self._on_recorded)
        self.grid.message.connect(self.message)
        self.grid.failed.connect(self.message)
        self.grid.finish_requested.connect(self.close_round)
        self.bar = DistributionBar()
        round_step = QWidget()
        round_layout = QVBoxLayout(round_step)
        round_layout.setContentsMargins(0, 0, 0, 0)
        round_layout.addWidget(self.grid, 1)
        round_layout.addWidget(self.bar)

        # step 3: the outcome
        self.past_bar = DistributionBar()
        self.proposed = QLabel("")
        self.proposed.setObjectName("proposedOutcome")
        self.proposed.setTextFormat(Qt.PlainText)
        self.proposed.setWordWrap(True)
        self.explanation = QLabel("")
        self.explanation.setTextFormat(Qt.PlainText)
        self.explanation.setWordWrap(True)
        self.override_outcome = QComboBox()
        for outcome in OVERRIDES:
            self.override_outcome.addItem(outcome_label(outcome), outcome)
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(
            self.tr("Reason for overriding (Enter saves, Esc cancels)")
        )
        self.override_row = QWidget()
        override_layout = QHBoxLayout(self.override_row)
        override_layout.setContentsMargins(0, 0, 0, 0)
        override_layout.addWidget(self.override_outcome)
        override_layout.addWidget(self.override_reason, 1)
        self.override_row.hide()
        self.amend_field = QLineEdit()
        self.amend_field.setPlaceholderText(
            self.tr("Amended wording (Enter saves it and opens the next round)")
        )
        self.amend_field.hide()
        self.outcome_step = QWidget()
        self.outcome_step.setFocusPolicy(Qt.StrongFocus)
        outcome_layout = QVBoxLayout(self.outcome_step)
        outcome_layout.setContentsMargins(0, 0, 0, 0)
        outcome_layout.addWidget(self.past_bar)
        outcome_layout.addWidget(self.proposed)
        outcome_layout.addWidget(self.explanation)
        outcome_layout.addWidget(self.override_row)
        outcome_layout.addWidget(self.amend_field)
        outcome_layout.addStretch(1)

        self.steps = QStackedWidget()
        self.steps.addWidget(method_step)
        self.steps.addWidget(round_step)
        self.steps.addWidget(self.outcome_step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.title)
        layout.addWidget(self.wording)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.hint)

        for widget in (
            self.method,
            self.voice,
            self.quorum,
            self.threshold,
            self.grid.view,
            self.outcome_step,
            self.override_outcome,
            self.override_reason,
            self.amend_field,
            self.grid.reason,
        ):
            widget.installEventFilter(self)
        edits.bus.changed.connect(self._on_changed)

    def follow_item(self, item_id: int | None) -> None:
        """The current agenda item changed: the panel closes unless the proposal belongs to
        the new item or a reason or a wording is being typed (Enter or Esc ends that, and the
        panel then closes). A round left open stays open: Ctrl+D returns to it."""
        previous, self._current_item = self._current_item, item_id
        if item_id != previous:
            self._close_if_elsewhere()

    def _typing(self) -> bool:
        return (self.override_row.isVisible() and bool(self.override_reason.text())) or (
            self.amend_field.isVisible() and bool(self.amend_field.text())
        )

    def _close_if_elsewhere(self) -> None:
        shown = self.proposal
        if self.isHidden() or shown is None or shown.agenda_item_id == self._current_item:
            return
        if self._typing():
            self.message.emit(
                self.tr(
                    "The proposal stays open until you finish typing (Enter saves, Esc cancels)."
                )
            )
            return
        self.close_panel()
        self.message.emit(
            self.tr("The proposal panel closed: the agenda item changed.")
            if shown.open_round is None
            else self.tr(
                "The proposal panel closed: the agenda item changed; "
                "Ctrl+D returns to the open round."
            )
        )

    def close_panel(self) -> None:
        """Hide the panel (its work is done, or it belongs to another item); the note field
        takes the keyboard again."""
        self.override_row.hide()
        self.amend_field.hide()
        had_focus = self.isAncestorOf(QApplication.focusWidget())
        self.hide()
        splitter, before = self.parentWidget(), self._sizes_before
        if isinstance(splitter, QSplitter) and before is not None:
            self._sizes_before = None
            splitter.setSizes(before)  # the speakers and the notes get their width back
        if had_focus or QApplication.focusWidget() is None:
            self.done.emit()

    def text_fields(self) -> list[QWidget]:
        """The fields that take text, for the live screen's keys to pass through."""
        return [self.override_reason, self.amend_field, self.grid.reason]

    # -- starting --------------------------------------------------------------------------

    def start_from_last_note(self, workshop_id: int | None) -> None:
        """Ctrl+D: back to a round still open in the workshop; else a proposal worded as the
        last note (or the one already made from it)."""
        if workshop_id is None:
            return
        self.workshop_id = workshop_id
        try:
            every = proposals.list_proposals(self._store, workshop_id)
            with_round = [p for p in every if p.open_round is not None]
            if with_round:
                row = with_round[-1]
                self.message.emit(
                    self.tr(
                        "Back to the open round on “%1”: close it before the next proposal."
                    ).replace("%1", row.title)
                )
                self._reveal()
                self._show(row)
                return
            note = live.last_note(self._store, workshop_id)
            if note is None:
                self.message.emit(self.tr("No note yet: type the proposal as a note, then Ctrl+D."))
                return
            existing = [p for p in every if p.source_note_id == note.id]
            undecided = [p for p in existing if p.outcome is None]
            if undecided:
                row = undecided[-1]
                self.message.emit(self.tr("This note is already a proposal; here it is."))
            elif existing:
                row = existing[-1]
                self.message.emit(
                    self.tr(
                        "This note's proposal is already decided; here it is. "
                        "Type a new note for the next proposal."
                    )
                )
            else:
                row = None
        except FacilitatorError as exc:
            self.message.emit(str(exc))
            return
        if row is None:
            done = self._edits.run(
                self,
                lambda: proposals.proposal_from_note(self._store, note.id),
                changes=lambda made: changed(PROPOSAL, made.id),
                on_error=self.message.emit,
            )
            if not done:
                return
            row = done.value
            self.message.emit(
                self.tr("Proposal made from the last note: %1").replace("%1", row.title)
            )
        self._reveal()
        self._show(row)

    def show_proposal(self, workshop_id: int | None, row: ProposalRow) -> None:
        """A proposal made elsewhere on the screen (the ideas board): shown, at its method."""
        if workshop_id is None:
            return
        self.workshop_id = workshop_id
        self._reveal()
        self._show(row)

    def _reveal(self) -> None:
        # Hidden in the live screen's splitter until first used: it then takes its share.
        was_hidden = self.isHidden()
        self.show()
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter):
            return
        sizes = splitter.sizes()
        index = splitter.indexOf(self)
        want = max(PANEL_WIDTH, self.minimumSizeHint().width())
        if sizes[index] >= want:
            return
        if was_hidden:
            self._sizes_before = list(sizes)  # given back when the panel closes
        # The width comes from the columns between the agenda and the panel, nearest first
        # (the speakers, then the notes), each kept at its smallest readable width (the note
        # field keeps room to type); the agenda (the first column) keeps its width and its
        # words. Still too narrow (1366×768): the speakers' column gives all its width while
        # the proposal is open (its keys still work; the splitter handle brings it back).
        others = [i for i in reversed(range(1, index)) if sizes[i] > 0]
        need = want - sizes[index]
        for i in others:
            floor = max(splitter.widget(i).minimumSizeHint().width(), PANEL_FLOOR)
            take = min(need, max(sizes[i] - floor, 0))
            sizes[i] -= take
            sizes[index] += take
            need -= take
        if need > 0 and others:
            freed, sizes[others[0]] = sizes[others[0]], 0
            give = min(freed, need)
            sizes[index] += give
            sizes[others[-1]] += freed - give  # what is left widens the notes again
        splitter.setSizes(sizes)

    def _show(self, row: ProposalRow, *, focus: bool = True) -> None:
        self.proposal = row
        self.title.setText(row.title)
        self.wording.setText(row.text if row.text != row.title else "")
        self.wording.setVisible(bool(self.wording.text()))
        open_round = row.open_round
        if row.outcome is not None or (open_round is None and row.last_closed_round):
            self._show_outcome_step(row, focus=focus)
        elif open_round is not None:
            self._show_round_step(open_round, focus=focus)
        else:
            self._show_method_step(row, focus=focus)

    def _show_method_step(self, row: ProposalRow, *, focus: bool = True) -> None:
        self.method.setCurrentIndex(self.method.findData(row.method))
        self.voice.setCurrentIndex(self.voice.findData(row.voice))
        self.majority.setVisible(row.method is DecisionMethod.MAJORITY)
        self.steps.setCurrentIndex(STEP_METHOD)
        self.hint.setText(
            self.tr("Up/Down method · Tab voice · Enter opens the round · Esc back to notes")
        )
        if focus:
            self.method.setFocus()

    def _show_round_step(self, r: RoundRow, *, focus: bool = True) -> None:
        try:
            # Everyone attending (sign-in on paper leaves nobody checked in): a position
            # of someone not checked in marks them present, and Ctrl+Z takes back both.
            voters = proposals.candidates(self._store, self.workshop_id, r.voice)
        except FacilitatorError as exc:
            self.message.emit(str(exc))
            voters = []
        self.grid.show_round(r, voters)
        for spin in self.grid.counts.spins.values():
            spin.installEventFilter(self)  # Ctrl+Enter and Esc from a count
        self.bar.set_tally(r.method, r.tally)
        self.steps.setCurrentIndex(STEP_ROUND)
        if r.voice is Voice.COUNTS:
            self.hint.setText(
                self.tr(
                    "Type the counts, Enter saves · Ctrl+Enter closes the round · "
                    "Ctrl+Delete cancels an empty round · Esc notes"
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Enter closes the round · Ctrl+Delete cancels an empty round · "
                    "Esc back to notes"
                )
            )
        if focus:
            self.grid.focus_grid()

    def _show_outcome_step(self, row: ProposalRow, *, focus: bool = True) -> None:
        last = row.last_closed_round
        self.past_bar.set_tally(last.method if last else None, last.tally if last else ())
        self.past_bar.setVisible(last is not None)
        self.override_row.hide()
        self.amend_field.hide()
        self.steps.setCurrentIndex(STEP_OUTCOME)
        if row.outcome is not None:
            text = outcome_label(row.outcome)
            if row.label:
                text = self.tr("Decision %1: %2").replace("%1", row.label).replace("%2", text)
            self.proposed.setText(text)
            colours.show_in(self.proposed, outcome_tone(row.outcome), _PROPOSED_STYLE)
            self.explanation.setText(row.override_reason)
            self.hint.setText(self.tr("Decided · Ctrl+D next proposal · Esc back to notes"))
        else:
            self.proposed.setText(
                self.tr("Proposed: %1").replace("%1", outcome_label(last.proposed_outcome))
            )
            colours.show_in(self.proposed, outcome_tone(last.proposed_outcome), _PROPOSED_STYLE)
            self.explanation.setText(last.explanation)
            keys = self.outcome_keys()
            self.hint.setText(
                self.tr(
                    "Enter confirms · %1 override with a reason · %2 amend and test again · "
                    "%3 withdraw · %4 defer · Esc back to notes"
                )
                .replace("%1", keys["override"])
                .replace("%2", keys["amend"])
                .replace("%3", keys["withdraw"])
                .replace("%4", keys["defer"])
            )
        if focus:
            self.outcome_step.setFocus()

    # -- writing ---------------------------------------------------------------------------

    def _write(self, action, success: str = "", undo=None) -> bool:
        """One write of the shown proposal (``kit.operations``); the panel reads it again."""
        proposal_id = self.proposal.id
        if not self._edits.run(
            self,
            action,
            changes=changed(PROPOSAL, proposal_id),
            undo=undo,
            on_error=self.message.emit,
        ):
            return False
        self.proposal = proposals.get_proposal(self._store, proposal_id)
        if success:
            self.message.emit(success)
        return True

    def _save_method(self) -> None:
        if self.proposal is None:
            return
        method = DecisionMethod(self.method.currentData())
        proposal_id = self.proposal.id
        if self._write(lambda: proposals.update_proposal(self._store, proposal_id, method=method)):
            self.majority.setVisible(method is DecisionMethod.MAJORITY)

    def _save_voice(self) -> None:
        if self.proposal is None:
            return
        voice = self.voice.currentData()
        proposal_id = self.proposal.id
        self._write(lambda: proposals.update_proposal(self._store, proposal_id, voice=voice))

    def open_round(self) -> None:
        if self.proposal is None:
            return
        self._save_method()
        self._save_voice()
        majority = self.proposal.method is DecisionMethod.MAJORITY
        quorum = (self.quorum.value() or None) if majority else None
        threshold = self.threshold.currentData() if majority else None
        proposal_id = self.proposal.id
        if self._write(
            lambda: proposals.open_round(
                self._store, proposal_id, now=self._now(), quorum=quorum, threshold=threshold
            ),
            self.tr("Round open: %1").replace("%1", method_label(self.proposal.method)),
        ):
            self._show(self.proposal)

    def _on_recorded(self, r: RoundRow) -> None:
        self.bar.set_tally(r.method, r.tally)

    def close_round(self) -> None:
        """Close the open round; counts typed but not yet saved are saved with it."""
        if self.proposal is None or self.proposal.open_round is None:
            return
        round_id = self.proposal.open_round.id
        same = self.grid.round is not None and self.grid.round.id == round_id
        counts = self.grid.counts_on_screen() if same else None
        expected = self.grid.counts_expected() if same else None
        missing = self.grid.missing_text() if same else ""
        if self._write(
            lambda: proposals.close_round(
                self._store, round_id, self._now(), counts=counts, expected=expected
            )
        ):
            last = self.proposal.last_closed_round
            text = self.tr("Round closed; the rule proposes: %1").replace(
                "%1", outcome_label(last.proposed_outcome)
            )
            if missing:
                text += " (" + missing + ")"
            self.message.emit(text)
            self._show(self.proposal)

    def cancel_round(self) -> None:
        """Ctrl+Delete: remove the open round while nothing is recorded in it."""
        if self.proposal is None or self.proposal.open_round is None:
            return
        round_id = self.proposal.open_round.id
        if self._write(
            lambda: proposals.delete_round(self._store, round_id),
            self.tr("Round cancelled; nothing was recorded in it."),
        ):
            self._show(self.proposal)

    def _decide(self, action) -> None:
        """Set an outcome through ``action`` (returning the proposal); Ctrl+Z puts the
        earlier outcome back, unless it was decided otherwise elsewhere since."""
        proposal_id, title = self.proposal.id, self.proposal.title
        before = proposals.outcome_snapshot(self.proposal)

        def again() -> None:  # after an undo or redo, made or refused
            if self.proposal is not None and self.proposal.id == proposal_id:
                try:
                    self.proposal = proposals.get_proposal(self._store, proposal_id)
                except FacilitatorError:
                    return
                self.override_reason.clear()
                if self.proposal.outcome is None:
                    self._reveal()  # undecided again: back on screen
                self._show(self.proposal)
            self.decided.emit()

        def undo_of(row: ProposalRow) -> Undo:
            after = proposals.outcome_snapshot(row)
            return Undo(
                self.tr("outcome of “%1”").replace("%1", title),
                # Each expects what the other left: a decision changed elsewhere since is kept.
                lambda: proposals.restore_outcome(self._store, proposal_id, before, expect=after),
                lambda: proposals.restore_outcome(self._store, proposal_id, after, expect=before),
                after=again,
                workshop_id=self.workshop_id,
            )

        if not self._write(action, undo=undo_of):
            return
        row = self.proposal
        text = outcome_label(row.outcome)
        if row.label:
            text = self.tr("Decision %1: %2").replace("%1", row.label).replace("%2", text)
        self._show(row, focus=False)
        self.close_panel()  # decided: its work is done (Ctrl+Z or Ctrl+D shows it again)
        self.message.emit(text)
        self.decided.emit()

    def key_rows(self) -> list[tuple[str, str]]:
        """The panel's own keys, step by step, for the screen's keys panel (F1)."""
        keys = self.outcome_keys()
        return [
            ("↑/↓ · Tab · Enter", self.tr("proposal: method, voice; Enter opens the round")),
            ("1…8", self.tr("round: the selected person's position (the row moves on)")),
            ("Backspace", self.tr("round: clear the selected position")),
            ("Enter", self.tr("round: close it; the rule proposes the outcome")),
            ("Ctrl+Delete", self.tr("round: cancel it while empty")),
            ("Enter", self.tr("outcome: confirm the proposed outcome")),
            (
                " · ".join(keys[k] for k in ("override", "amend", "withdraw", "defer")),
                self.tr("outcome: override · amend · withdraw · defer"),
            ),
            ("Esc", self.tr("back to the note field (the panel keeps its state)")),
        ]

    def outcome_keys(self) -> dict[str, str]:
        """The letters of the outcome step in the screen's language."""
        line = self.tr("Keys for override, amend, withdraw, defer: O A W D")
        letters = line.split()[-4:]
        if len(letters) != 4 or len({name_key(x) for x in letters}) != 4:
            letters = ["O", "A", "W", "D"]  # a bad translation must not break the keys
        return dict(zip(("override", "amend", "withdraw", "defer"), letters, strict=True))

    def confirm(self) -> None:
        if self.proposal is None:
            return
        proposal_id = self.proposal.id
        self._decide(lambda: proposals.confirm(self._store, proposal_id, now=self._now()))

    def start_override(self) -> None:
        self.override_row.show()
        self.override_outcome.setFocus()
        self.hint.setText(
            self.tr("Up/Down outcome · Tab reason · Enter saves · Esc cancels the override")
        )

    def override(self) -> None:
        if self.proposal is None:
            return
        proposal_id = self.proposal.id
        outcome = self.override_outcome.currentData()
        reason = self.override_reason.text()
        self._decide(
            lambda: proposals.set_outcome(
                self._store, proposal_id, outcome, now=self._now(), reason=reason
            )
        )
        if self.proposal.outcome is not None:
            self.override_reason.clear()

    def set_outcome(self, outcome: Outcome) -> None:
        if self.proposal is None:
            return
        proposal_id = self.proposal.id
        self._decide(
            lambda: proposals.set_outcome(self._store, proposal_id, outcome, now=self._now())
        )

    def start_amend(self) -> None:
        if self.proposal is None:
            return
        self.amend_field.setText(self.proposal.text)
        self.amend_field.show()
        self.amend_field.setFocus()
        self.hint.setText(
            self.tr("Type the amended wording · Enter saves and opens the next round")
        )

    def amend(self) -> None:
        if self.proposal is None:
            return
        proposal_id = self.proposal.id
        text = self.amend_field.text()
        if not self._write(
            lambda: proposals.amend(self._store, proposal_id, text),
            self.tr("Wording amended."),
        ):
            return
        self.amend_field.hide()
        self.open_round()

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.ControlModifier)
        if key == Qt.Key_Escape:
            if self.override_row.isVisible() or self.amend_field.isVisible():
                self.override_row.hide()
                self.amend_field.hide()
                if self.proposal is not None:
                    self._show(self.proposal)
                return True
            self.done.emit()
            return True
        step = self.steps.currentIndex()
        if step == STEP_ROUND and ctrl and key == Qt.Key_Delete:
            self.cancel_round()
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter):
            if step == STEP_METHOD and watched in (
                self.method,
                self.voice,
                self.quorum,
                self.threshold,
            ):
                self.open_round()
                return True
            if step == STEP_ROUND and ctrl:
                self.close_round()
                return True
            if watched is self.override_outcome:
                self.override_reason.setFocus()
                return True
            # Handled here, not by returnPressed: a line edit passes Enter on to its
            # parents, where it would also confirm the proposed outcome.
            if watched is self.override_reason:
                self.override()
                return True
            if watched is self.amend_field:
                self.amend()
                return True
            if watched is self.outcome_step and self.proposal and self.proposal.outcome is None:
                self.confirm()
                return True
        if (
            watched is self.outcome_step
            and not ctrl
            and self.proposal is not None
            and self.proposal.outcome is None
        ):
            keys = self.outcome_keys()
            actions = {
                name_key(keys["override"]): self.start_override,
                name_key(keys["amend"]): self.start_amend,
                name_key(keys["withdraw"]): lambda: self.set_outcome(Outcome.WITHDRAWN),
                name_key(keys["defer"]): lambda: self.set_outcome(Outcome.DEFERRED),
            }
            action = actions.get(name_key(event.text())) if event.text().strip() else None
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def _on_changed(self, kind: str, ids, initiator=None) -> None:
        """Someone checked in or left (the grid lists who is present now), or the shown
        proposal was changed elsewhere (the main window, an undo): show it as stored,
        without taking the keyboard, since the moderator may be typing a note."""
        shown = self.proposal
        if shown is None or self._made_here(initiator):
            return
        in_round = self.steps.currentIndex() == STEP_ROUND and shown.open_round is not None
        this_one = kind == PROPOSAL and (not ids or shown.id in ids)
        if not self.isVisible():
            if this_one:  # closed (decided, another item): kept as stored, not shown
                try:
                    self.proposal = proposals.get_proposal(self._store, shown.id)
                except FacilitatorError:
                    self.proposal = None
            return
        if not (this_one or (kind == WORKSHOP and in_round)):
            return
        if self.override_row.isVisible() or self.amend_field.isVisible():
            return  # a reason or a wording half typed stays; Esc shows the proposal as stored
        row = self.grid.current_row()
        try:
            self.proposal = proposals.get_proposal(self._store, shown.id)
        except FacilitatorError:
            return
        self._show(self.proposal, focus=False)
        if self.steps.currentIndex() == STEP_ROUND and 0 <= row < self.grid.model.rowCount():
            self.grid.view.setCurrentIndex(self.grid.model.index(row, 2))

    def _made_here(self, initiator) -> bool:
        return isinstance(initiator, QWidget) and (
            initiator is self or self.isAncestorOf(initiator)
        )
