"""The fast grid for recording a round: one row per voter, one keystroke per position.

With voice "per person" or "per institution" the grid offers every attendee (or
every institution they represent): those present first, then those not checked in
yet (sign-in on paper), then who declined or is recorded absent, each marked so
in the name column. A position of someone not checked in marks them present in
the same commit (said in ``message``; Ctrl+Z takes back both); only the present
count in "3 of 12 recorded" and in the positions missing. A key records the
current row's position and moves to the next row: digits for gradients and
fist-to-five, letters (or 1, 2, 3) for consent, majority and cards — the line
above the grid says which. Backspace clears the row; Enter asks the owner to
close the round (``finish_requested``) — when some voters gave no position
yet, Enter asks to be pressed again within three seconds and says how many
are missing. A consent objection takes its reason in the field under the
grid. With voice "counts only" the grid is a row of counts, one per value,
saved together (and by the owner when it closes the round, see
:meth:`RoundGrid.counts_on_screen`).

Every keystroke is written at once through :mod:`facilitator.services.proposals`
as an edit (``kit/operations.py``) announced as a PROPOSAL change in the name
of the view the grid belongs to (``initiator``), which therefore does not read
the round again under the keys being typed. ``recorded(round_row)`` carries
the round as stored, ``message(text)`` what was done (for a status line),
``failed(text)`` why a key was refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.models import DecisionMethod, Voice
from facilitator.services import consensus, proposals
from facilitator.services.proposals import RoundRow, Voter
from facilitator.store import Store
from facilitator.ui.decisions.decision_labels import (
    keys_help,
    keys_legend,
    value_fill,
    value_for_key,
    value_label,
)
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import PROPOSAL, WORKSHOP, changed
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.labels import fill
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import Undo

COLUMN_NAME = 0
COLUMN_DETAIL = 1
COLUMN_POSITION = 2
NARROW = 480  # below this width the grid hides the detail column
CONFIRM_SECONDS = 3  # Enter again within this time closes a round with positions missing


def presence_label(presence: str) -> str:
    """How the grid marks a voter who is not checked in, in its own words."""
    words = {
        proposals.NOT_CHECKED_IN: QCoreApplication.translate("RoundGridModel", "not checked in"),
        proposals.DECLINED: QCoreApplication.translate("RoundGridModel", "declined"),
        proposals.ABSENT: QCoreApplication.translate("RoundGridModel", "recorded absent"),
    }
    return words.get(presence, "")


class RoundGridModel(QAbstractTableModel):
    """Voters and their positions in one round; fed by its owner, never reads the database."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._voters: list[Voter] = []
        self._positions: dict[int, proposals.PositionRow] = {}
        self._method = DecisionMethod.GRADIENTS
        self._voice = Voice.PERSON

    def set_round(self, method: DecisionMethod, voice: Voice, voters, positions) -> None:
        self.beginResetModel()
        self._method, self._voice = method, voice
        self._voters = list(voters)
        self._positions = {p.holder_id: p for p in positions}
        self.endResetModel()

    def set_positions(self, positions) -> None:
        self._positions = {p.holder_id: p for p in positions}
        if self._voters:
            self.dataChanged.emit(
                self.index(0, COLUMN_POSITION), self.index(len(self._voters) - 1, COLUMN_POSITION)
            )

    def voter_at(self, row: int) -> Voter:
        return self._voters[row]

    def mark_present(self, row: int) -> None:
        """The voter of ``row`` was just marked present (their row stays where it is)."""
        voter = self._voters[row]
        self._voters[row] = Voter(voter.id, voter.name, voter.detail, proposals.PRESENT)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_POSITION))

    def counted(self) -> list[Voter]:
        """The voters "3 of 12 recorded" counts: the present, and whoever gave a position."""
        return [v for v in self._voters if v.present or v.id in self._positions]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._voters)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        voter = self._voters[index.row()]
        position = self._positions.get(voter.id)
        column = index.column()
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if column == COLUMN_NAME:
                name = voter.name
                if not voter.present:
                    name += "  · " + presence_label(voter.presence)
                if role == Qt.ToolTipRole and voter.detail:
                    return f"{name} — {voter.detail}"  # when the detail is hidden
                return name
            if column == COLUMN_DETAIL:
                return voter.detail
            if position is None:
                return "—" if role == Qt.DisplayRole else None
            text = value_label(self._method, position.value)
            return f"{text} — {position.reason}" if position.reason else text
        if role == Qt.ForegroundRole and column != COLUMN_POSITION and not voter.present:
            return colours.colour(Tone.MUTED)  # offered, not checked in: greyed, still readable
        if role in (Qt.BackgroundRole, Qt.ForegroundRole) and column == COLUMN_POSITION:
            if position is None:
                return None
            background, text = colours.fill(value_fill(self._method, position.value))
            return background if role == Qt.BackgroundRole else text
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            if section == COLUMN_NAME:
                return (
                    self.tr("Institution") if self._voice is Voice.ORGANIZATION else self.tr("Name")
                )
            if section == COLUMN_DETAIL:
                return (
                    self.tr("Present")
                    if self._voice is Voice.ORGANIZATION
                    else self.tr("Institution")
                )
            return self.tr("Position")
        return section + 1


class CountsEntry(QWidget):
    """One spin box per value of the scale; ``save()`` records them together."""

    submitted = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._method = DecisionMethod.COUNTS
        self.spins: dict[str, QSpinBox] = {}
        self._loaded: dict[str, int] = {}  # what each spin box was last given from the database
        self._grid = QGridLayout()
        self.save_button = QPushButton(self.tr("Save counts"))
        self.save_button.clicked.connect(self.save)
        self.hint = QLabel(self.tr("Type the counts the room shows; Enter saves them."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(self._grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def set_round(self, method: DecisionMethod, tally, *, keep_typed: bool = False) -> None:
        """Show the stored counts; with ``keep_typed`` (the same round read again) a count
        typed but not saved yet stays, only counts untouched since they were shown change."""
        rebuild = method is not self._method or not self.spins
        self._method = method
        if rebuild:
            for spin in self.spins.values():
                spin.deleteLater()
            while self._grid.count():
                item = self._grid.takeAt(0)
                if item.widget():
                    item.widget().deleteLater()
            self.spins = {}
            for row, value in enumerate(consensus.scale(method)):
                label = QLabel(value_label(method, value))
                spin = QSpinBox()
                spin.setRange(0, consensus.MAX_COUNT)
                spin.setAccessibleName(value_label(method, value))
                spin.installEventFilter(self)
                self._grid.addWidget(label, row // 2, (row % 2) * 2)
                self._grid.addWidget(spin, row // 2, (row % 2) * 2 + 1)
                self.spins[value] = spin
        for value, count in tally:
            spin = self.spins[value]
            # A count typed over stays, and so does what it was typed over: saving
            # applies the difference to the stored count (phones may add meanwhile).
            if rebuild or not keep_typed or spin.value() == self._loaded.get(value):
                spin.setValue(count)
                self._loaded[value] = count

    def counts(self) -> dict[str, int]:
        return {value: spin.value() for value, spin in self.spins.items()}

    def expected(self) -> dict[str, int]:
        """The stored counts the form's counts were typed over."""
        return {value: self._loaded.get(value, 0) for value in self.spins}

    def save(self) -> None:
        self.submitted.emit(self.counts())

    def focus_first(self) -> None:
        if self.spins:
            spin = next(iter(self.spins.values()))
            spin.setFocus()
            spin.selectAll()

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.KeyPress
            and event.key() in (Qt.Key_Return, Qt.Key_Enter)
            and not event.modifiers() & Qt.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)


class RoundGrid(QWidget):
    """Records the positions (or counts) of one open round, as fast as the room shows them."""

    recorded = Signal(object)  # RoundRow
    message = Signal(str)
    failed = Signal(str)
    finish_requested = Signal()

    def __init__(
        self,
        store: Store,
        parent=None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        *,
        edits: Edits,
        initiator: QObject | None = None,
    ):
        """``edits``: the window's (the grid's keys are edits like any other, heard by every
        view); ``initiator``: the view the grid is part of, named in the announcements."""
        super().__init__(parent)
        self._store = store
        self._now = now
        self._edits = edits
        self._initiator = initiator if initiator is not None else self
        self._enter_pressed_at: datetime | None = None
        self.round: RoundRow | None = None
        self.keys = QLabel("")
        self.keys.setObjectName("roundKeys")
        self.keys.setWordWrap(True)
        self.progress = QLabel("")
        self.progress.setObjectName("roundProgress")
        self.model = RoundGridModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        header = self.view.verticalHeader()
        header.setSectionResizeMode(QHeaderView.Fixed)
        header.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        # The name takes what is left: no sideways scrolling in a narrow panel.
        columns = self.view.horizontalHeader()
        columns.setSectionResizeMode(COLUMN_NAME, QHeaderView.Stretch)
        columns.setSectionResizeMode(COLUMN_DETAIL, QHeaderView.Interactive)
        columns.setSectionResizeMode(COLUMN_POSITION, QHeaderView.Interactive)
        self.view.setColumnWidth(COLUMN_DETAIL, 150)
        self.view.setColumnWidth(COLUMN_POSITION, 170)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.view.installEventFilter(self)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for the selected position (Enter saves)"))
        self.reason.returnPressed.connect(self._save_reason)
        self.counts = CountsEntry()
        self.counts.submitted.connect(self._save_counts)
        by_name = QWidget()
        by_name_layout = QVBoxLayout(by_name)
        by_name_layout.setContentsMargins(0, 0, 0, 0)
        by_name_layout.addWidget(self.view, 1)
        by_name_layout.addWidget(self.reason)
        self.stack = QStackedWidget()
        self.stack.addWidget(by_name)
        self.stack.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        keys_row = QHBoxLayout()
        keys_row.addWidget(self.keys, 1)
        keys_row.addWidget(self.progress)
        layout.addLayout(keys_row)
        layout.addWidget(self.stack, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # In a narrow panel the names keep their room; the detail shows as a tooltip.
        self.view.setColumnHidden(COLUMN_DETAIL, self.width() < NARROW)

    # -- showing ---------------------------------------------------------------------------

    def show_round(self, round_row: RoundRow, voters: list[Voter]) -> None:
        """Show an open round with the voters who take a position in it.

        The same round shown again (someone checked in, a key recorded elsewhere) keeps
        the row being recorded and the counts typed but not saved yet.
        """
        same = self.round is not None and self.round.id == round_row.id
        row = self.current_row()
        keep = self.model.voter_at(row).id if same and 0 <= row < self.model.rowCount() else None
        self.round = round_row
        self._enter_pressed_at = None
        self.keys.setToolTip(keys_legend(round_row.method))
        if round_row.voice is Voice.COUNTS:
            self.counts.set_round(round_row.method, round_row.tally, keep_typed=same)
            self.stack.setCurrentWidget(self.counts)
            self.keys.setText(self.tr("Counts only: how many of each the room shows."))
            return
        self.stack.setCurrentIndex(0)
        self.model.set_round(round_row.method, round_row.voice, voters, round_row.positions)
        self._show_progress()
        self.keys.setText(keys_help(round_row.method))
        if voters:
            ids = [v.id for v in voters]
            self.view.setCurrentIndex(
                self.model.index(ids.index(keep) if keep in ids else 0, COLUMN_POSITION)
            )
        self.reason.setVisible(round_row.method is DecisionMethod.CONSENT)
        if not voters:
            if round_row.voice is Voice.ORGANIZATION and self._anyone_attending():
                self.keys.setText(
                    self.tr(
                        "No attendee represents an institution: record the institutions "
                        "on the Attendees tab, or vote per person or by counts."
                    )
                )
            else:
                self.keys.setText(
                    self.tr("Nobody attends this workshop yet: add attendees, or use counts only.")
                )

    def _anyone_attending(self) -> bool:
        workshop_id = self._workshop_id()
        if workshop_id is None:
            return False
        try:
            return bool(proposals.candidates(self._store, workshop_id, Voice.PERSON))
        except FacilitatorError:
            return False

    def _workshop_id(self) -> int | None:
        if self.round is None:
            return None
        try:
            return proposals.get_proposal(self._store, self.round.proposal_id).workshop_id
        except FacilitatorError:
            return None

    def missing(self) -> tuple[int, int]:
        """(voters without a position, voters) in the round on screen; (0, 0) for counts."""
        counted = self.model.counted()
        if self.round is None or self.round.voice is Voice.COUNTS or not counted:
            return 0, 0
        ids = {v.id for v in counted}
        done = sum(1 for p in self.round.positions if p.holder_id in ids)
        return len(ids) - done, len(ids)

    def missing_text(self) -> str:
        """ "7 of 12 gave no position", or "" when everyone did."""
        missing, voters = self.missing()
        if not missing:
            return ""
        return (
            self.tr("%1 of %2 gave no position")
            .replace("%1", str(missing))
            .replace("%2", str(voters))
        )

    def counts_on_screen(self) -> dict[str, int] | None:
        """The counts typed in a counts-only round (saved or not); None for other rounds."""
        if self.round is None or self.round.voice is not Voice.COUNTS:
            return None
        return self.counts.counts()

    def counts_expected(self) -> dict[str, int] | None:
        """The stored counts those on screen were typed over (see ``counts_on_screen``)."""
        if self.round is None or self.round.voice is not Voice.COUNTS:
            return None
        return self.counts.expected()

    def request_finish(self) -> None:
        """Enter: ask to close the round; with positions missing, only on a second Enter."""
        missing = self.missing_text()
        now = self._now()
        pressed = self._enter_pressed_at
        if missing and (pressed is None or now - pressed > timedelta(seconds=CONFIRM_SECONDS)):
            self._enter_pressed_at = now
            self.message.emit(
                self.tr("%1: press Enter again to close the round.").replace("%1", missing)
            )
            return
        self._enter_pressed_at = None
        self.finish_requested.emit()

    def _show_progress(self) -> None:
        if self.round is None or self.round.voice is Voice.COUNTS:
            self.progress.setText("")
            return
        missing, voters = self.missing()
        if not voters:  # offered, nobody checked in yet (sign-in on paper)
            self.progress.setText(self.tr("nobody checked in yet") if self.model.rowCount() else "")
            return
        self.progress.setText(
            self.tr("%1 of %2 recorded")
            .replace("%1", str(voters - missing))
            .replace("%2", str(voters))
        )

    def focus_grid(self) -> None:
        if self.round is not None and self.round.voice is Voice.COUNTS:
            self.counts.focus_first()
        else:
            self.view.setFocus()

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    # -- recording ---------------------------------------------------------------------------

    def _write(self, action) -> bool:
        done = self._edits.run(
            self._initiator,
            action,
            changes=lambda row: changed(PROPOSAL, row.proposal_id),
            on_error=self.failed.emit,
        )
        if not done:
            return False
        self._show_recorded(done.value)
        return True

    def _show_recorded(self, row: RoundRow) -> None:
        self.round = row
        if row.voice is not Voice.COUNTS:
            self.model.set_positions(row.positions)
            self._show_progress()
        self.recorded.emit(row)

    def _record_marking_present(self, row: int, voter: Voter, value: str) -> bool:
        """A position of someone offered but not checked in: they are marked present in
        the same commit, the status line says so, and Ctrl+Z takes back both."""
        round_id, workshop_id = self.round.id, self._workshop_id()
        before = self.round.position_of(voter.id)
        label = value_label(self.round.method, value)

        def undo_of(result) -> Undo:
            after_row, marked = result
            after = after_row.position_of(voter.id)
            return Undo(
                self.tr("position of %1 (marked present)").replace("%1", voter.name),
                lambda: proposals.take_back_position(
                    self._store, round_id, voter.id, before, after, marked
                ),
                lambda: proposals.give_position_again(
                    self._store, round_id, voter.id, before, after, marked
                ),
                workshop_id=workshop_id,
            )

        done = self._edits.run(
            self._initiator,
            lambda: proposals.record_position_marking_present(
                self._store, round_id, voter.id, value, self._now()
            ),
            changes=lambda result: (
                changed(PROPOSAL, result[0].proposal_id),
                *((changed(WORKSHOP, workshop_id),) if result[1] is not None else ()),
            ),
            undo=undo_of,
            on_error=self.failed.emit,
        )
        if not done:
            return False
        round_row, marked = done.value
        self.model.mark_present(row)
        self._show_recorded(round_row)
        if marked is None:
            self.message.emit(fill(self.tr("%1: %2"), voter.name, label))
        elif self.round.voice is Voice.PERSON:
            self.message.emit(
                fill(
                    self.tr("%1: %2 — now marked present (Ctrl+Z takes back both)."),
                    voter.name,
                    label,
                )
            )
        else:  # an institution: who was marked present for it
            self.message.emit(
                fill(
                    self.tr("%1: %2 — %3 is now marked present (Ctrl+Z takes back both)."),
                    voter.name,
                    label,
                    marked.name,
                )
            )
        return True

    def record_key(self, text: str) -> bool:
        """Record the position a typed key stands for on the current row; True if it did."""
        if self.round is None or self.round.voice is Voice.COUNTS:
            return False
        value = value_for_key(self.round.method, text)
        row = self.current_row()
        if value is None or row < 0:
            return False
        voter = self.model.voter_at(row)
        round_id = self.round.id
        if not voter.present:
            recorded = self._record_marking_present(row, voter, value)
        elif self._write(lambda: proposals.record_position(self._store, round_id, voter.id, value)):
            self.message.emit(
                self.tr("%1: %2")
                .replace("%1", voter.name)
                .replace("%2", value_label(self.round.method, value))
            )
            recorded = True
        else:
            recorded = False
        if recorded:
            if value == "objection":
                self.reason.setFocus()
                return True
            if row + 1 < self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(row + 1, COLUMN_POSITION))
        return True

    def clear_current(self) -> None:
        row = self.current_row()
        if self.round is None or row < 0:
            return
        voter = self.model.voter_at(row)
        round_id = self.round.id
        if self.round.position_of(voter.id) is None and not voter.present:
            return  # nothing to clear, and nobody to refuse
        if self._write(lambda: proposals.clear_position(self._store, round_id, voter.id)):
            self.message.emit(self.tr("%1: cleared").replace("%1", voter.name))

    def _save_reason(self) -> None:
        row = self.current_row()
        if self.round is None or row < 0:
            return
        voter = self.model.voter_at(row)
        position = self.round.position_of(voter.id)
        if position is None:
            self.failed.emit(self.tr("Record a position first, then its reason."))
            return
        reason = self.reason.text()
        round_id = self.round.id
        if self._write(
            lambda: proposals.record_position(
                self._store, round_id, voter.id, position.value, reason
            )
        ):
            self.reason.clear()
            if row + 1 < self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(row + 1, COLUMN_POSITION))
            self.view.setFocus()

    def _save_counts(self, counts: dict) -> None:
        if self.round is None:
            return
        round_id, expected = self.round.id, self.counts.expected()
        if self._write(
            lambda: proposals.record_counts(self._store, round_id, counts, expected=expected)
        ):
            self.counts.set_round(self.round.method, self.round.tally)
            self.message.emit(self.tr("Counts saved."))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.KeyPress:
            mods = event.modifiers() & ~Qt.KeypadModifier
            if mods & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
                return False
            if event.key() in (Qt.Key_Backspace, Qt.Key_Delete):
                self.clear_current()
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.request_finish()
                return True
            if event.text() and self.record_key(event.text()):
                return True
            if event.text().strip() and event.text().isprintable():
                return True  # no type-to-search jumping between rows
        return super().eventFilter(watched, event)
