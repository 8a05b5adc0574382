"""The speaker panel: who speaks and for how long, who waits, and who has spoken how much.

Adding to the queue picks a present attendee by typing; the turn timer is
computed from the recorded start of the turn at every tick, against the
optional limit, with a visible warning from 80 % of it.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.services import live
from facilitator.services.live import Clock, ClockStatus, SessionState, checkin
from facilitator.services.live import speakers as live_speakers
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import WORKSHOP, changed
from facilitator.ui.kit.colours import Fill
from facilitator.ui.kit.fitted_columns import table_chrome
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.row_table_model import RowTableModel
from facilitator.ui.kit.undo import Undo
from facilitator.ui.live.checkin_panel import add_walk_in_named
from facilitator.ui.live.item_models import (
    clock_text_colour,
    duration,
    organization_totals_model,
    people_model,
    person_totals_model,
    queue_model,
)
from facilitator.ui.live.type_ahead import TypeAhead

# What Ctrl+Shift+L steps through, in seconds (0: no limit).
TURN_LIMIT_STEPS = (0, 60, 120, 180, 300)


def _table(model: RowTableModel, rows: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.NoSelection)
    view.setFocusPolicy(Qt.NoFocus)
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    widths = model.column_widths()
    # Never narrower than its columns (the last stretches, down to its heading), so a
    # narrow column of the screen (the ideas board beside it) never hides one. The last
    # is given only its heading's width: a stretched section keeps the width it was
    # given as its least.
    heading = view.horizontalHeader().sectionSizeHint(len(widths) - 1)
    for column, width in enumerate([*widths[:-1], heading]):
        view.setColumnWidth(column, width)
    view.setMinimumHeight((view.fontMetrics().height() + 6) * rows)
    view.setMinimumWidth(sum(widths[:-1]) + heading + table_chrome(view))
    return view


class SpeakersPanel(QWidget):
    """Current speaker and turn timer, the queue, totals per person and per organization.

    ``message(text)`` goes to the status line; ``changed()`` asks the window to
    read the session state again after a write.
    """

    message = Signal(str)
    changed = Signal()

    def __init__(self, edits: Edits, now: Clock, parent=None):
        super().__init__(parent)
        self._edits = edits
        self._store = edits.store
        self._now = now
        self.workshop_id: int | None = None
        self._state: SessionState | None = None

        title = QLabel(self.tr("Speakers"))
        title.setObjectName("panelTitle")
        self.speaker_label = QLabel(self.tr("Nobody is speaking"))
        self.speaker_label.setTextFormat(Qt.PlainText)  # user text, never markup
        self.speaker_label.setObjectName("speaker")
        self.speaker_label.setWordWrap(True)
        self.turn_clock = QLabel("")
        self.turn_clock.setObjectName("turnClock")
        self.turn_warning = QLabel("")
        self.turn_warning.setObjectName("turnWarning")
        self.next_label = QLabel("")
        self.next_label.setTextFormat(Qt.PlainText)  # user text, never markup
        self.next_label.setWordWrap(True)

        self.limit = QSpinBox()
        self.limit.setRange(0, live.MAX_TURN_LIMIT_SECONDS)
        self.limit.setSingleStep(30)
        self.limit.setSuffix(self.tr(" s"))
        self.limit.setSpecialValueText(self.tr("no limit"))
        self.limit.setFocusPolicy(Qt.ClickFocus)
        self.first_timers = QCheckBox(self.tr("First-timers first"))
        self.first_timers.setToolTip(self.tr("People who have not spoken yet go to the front"))
        self.first_timers.setFocusPolicy(Qt.ClickFocus)
        self.first_timers.toggled.connect(lambda _on: self.changed.emit())
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Turn limit")))
        options.addWidget(self.limit)
        options.addStretch(1)
        options.addWidget(self.first_timers)

        self.add = TypeAhead(
            people_model(self),
            self.tr("Ctrl+S: add an attendee to the queue…"),
            4,
            empty_text=lambda typed: self.tr(
                "No attendee matches “%1”. Enter adds them as a walk-in."
            ).replace("%1", typed),
        )
        self.add.picked.connect(self.request_floor)
        self.add.unknown.connect(self._walk_in_asks)

        self.queue = queue_model(self)
        self.queue_view = _table(self.queue, 2)
        self.by_person = person_totals_model(self)
        self.by_person_view = _table(self.by_person, 2)
        self.by_organization = organization_totals_model(self)
        self.by_organization_view = _table(self.by_organization, 2)

        head = QHBoxLayout()
        head.addWidget(self.speaker_label, 1)
        head.addWidget(self.turn_clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(head)
        layout.addWidget(self.turn_warning)
        layout.addWidget(self.next_label)
        layout.addLayout(options)
        layout.addWidget(self.add)
        layout.addWidget(self.queue_view, 2)
        layout.addWidget(self.by_person_view, 2)
        layout.addWidget(self.by_organization_view, 1)

    @property
    def first_timers_first(self) -> bool:
        return self.first_timers.isChecked()

    def set_people(self, rows) -> None:
        """Who can ask for the floor: every attendee, present first (someone not yet checked
        in who asks is marked present)."""
        self.add.set_rows(checkin.by_presence(list(rows)))

    # -- showing -----------------------------------------------------------------------

    def show_state(self, state: SessionState) -> None:
        self.workshop_id = state.workshop_id
        self._state = state
        self.queue.set_rows(state.queue)
        turn = state.current_turn
        if turn is None:
            self.speaker_label.setText(self.tr("Nobody is speaking"))
        else:
            org = f" — {turn.organization_name}" if turn.organization_name else ""
            self.speaker_label.setText(turn.name + org)
        nxt = state.next_speaker
        self.next_label.setText(
            self.tr("Next: %1 (Ctrl+N)").replace("%1", nxt.name)
            if nxt is not None
            else self.tr("Nobody is waiting")
        )
        self.tick(state.now)

    def tick(self, now) -> None:
        """Move the turn timer and the running totals on to ``now``."""
        state = self._state
        if state is None:
            return
        turn = state.current_turn
        by_person, by_org = state.speaking_by_person, state.speaking_by_organization
        if turn is None:
            self.turn_clock.setText("")
            self.turn_warning.setText("")
            self.turn_warning.hide()
            self.turn_clock.setProperty("clock", ClockStatus.OK.value)
        else:
            elapsed = live.elapsed_seconds(turn.started_at, now)
            status = (
                live.clock_status(elapsed, turn.limit_seconds)
                if turn.limit_seconds
                else ClockStatus.OK
            )
            text = duration(elapsed)
            if turn.limit_seconds:
                text += " / " + duration(turn.limit_seconds)
            self.turn_clock.setText(text)
            self.turn_clock.setProperty("clock", status.value)
            colour = clock_text_colour(status, self.turn_clock)
            self.turn_clock.setStyleSheet(f"color: {colour};")
            warning = {
                ClockStatus.OK: "",
                ClockStatus.WARNING: self.tr("Time is nearly up"),
                ClockStatus.OVER: self.tr("Over the time limit"),
            }[status]
            self.turn_warning.setText(warning)
            banner = Fill.BANNER_ERROR if status is ClockStatus.OVER else Fill.BANNER_NOTICE
            self.turn_warning.setStyleSheet(f"{colours.fill_css(banner)} padding: 2px 6px;")
            self.turn_warning.setVisible(bool(warning))
            extra = elapsed - state.turn_elapsed_seconds
            if extra > 0:  # the running turn has gone on since the state was read
                by_person = tuple(
                    dataclasses.replace(r, seconds=r.seconds + extra)
                    if r.person_id == turn.person_id
                    else r
                    for r in by_person
                )
                by_org = tuple(
                    dataclasses.replace(r, seconds=r.seconds + extra)
                    if r.organization_id == turn.organization_id
                    else r
                    for r in by_org
                )
        self.by_person.set_rows(by_person)
        self.by_organization.set_rows(by_org)

    # -- actions -----------------------------------------------------------------------

    def cycle_limit(self) -> None:
        """Ctrl+Shift+L: no limit → 1 → 2 → 3 → 5 minutes → no limit, for the next turns."""
        steps = TURN_LIMIT_STEPS
        current = self.limit.value()
        later = [s for s in steps if s > current]
        self.limit.setValue(later[0] if later else steps[0])
        if self.limit.value():
            text = self.tr("Turn limit: %1").replace("%1", duration(self.limit.value()))
        else:
            text = self.tr("Turns have no time limit.")
        self.message.emit(text)

    def toggle_first_timers(self) -> None:
        """Ctrl+Shift+F: people who have not spoken yet go to the front of the queue, or not."""
        self.first_timers.setChecked(not self.first_timers.isChecked())
        if self.first_timers.isChecked():
            text = self.tr("People who have not spoken yet go first.")
        else:
            text = self.tr("The queue is in the order people asked.")
        self.message.emit(text)

    def start_adding(self) -> None:
        self.add.start()

    def _run(self, do):
        """A write of the speaking turns. Nothing outside the live screen shows them, so
        there is nothing to announce; the screen reads the session again (``changed``)."""
        return self._edits.run(self, do, on_error=self.message.emit)

    def request_floor(self, row) -> None:
        """Enter on an attendee: in the queue; not yet checked in, they are marked present
        (one step of the history: Ctrl+Z takes the request and the check-in back)."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        limit = self.limit.value() or None

        def undo_of(result) -> Undo | None:
            turn, marked = result
            if marked is None:
                return None
            state = {"turn_id": turn.id}

            def undo() -> None:  # refused once the turn has started
                live_speakers.withdraw_unmarking(self._store, state["turn_id"], marked)

            def redo() -> None:
                again, _marked = live_speakers.request_floor_marking_present(
                    self._store, workshop_id, turn.person_id, turn.requested_at, turn.limit_seconds
                )
                state["turn_id"] = again.id

            return Undo(
                self.tr("queue request of %1 (marked present)").replace("%1", marked.name),
                undo,
                redo,
                after=self.changed.emit,
                workshop_id=workshop_id,
            )

        done = self._edits.run(
            self,
            lambda: live_speakers.request_floor_marking_present(
                self._store, workshop_id, row.person_id, self._now(), limit_seconds=limit
            ),
            # Turns are the live screen's own; a check-in is the workshop's.
            changes=lambda result: changed(WORKSHOP, workshop_id) if result[1] else (),
            undo=undo_of,
            on_error=self.message.emit,
        )
        if not done:
            return
        _turn, marked = done.value
        self.add.field.setText("")
        text = self.tr("%1 is in the queue.").replace("%1", row.display_name)
        if marked is not None:
            text = self.tr("%1 is in the queue and now marked present — Ctrl+Z takes both back.")
            text = text.replace("%1", marked.name)
        self.message.emit(text)
        self.changed.emit()

    def _walk_in_asks(self, typed: str) -> None:
        """Enter on a name nobody matches: a walk-in, present now, in the queue."""
        if self.workshop_id is None:
            return
        row = add_walk_in_named(
            self._edits, self, self.workshop_id, typed, self._now, self.message.emit
        )
        if row is not None:
            self.request_floor(row)

    def next_speaker(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        first = self.first_timers_first
        done = self._run(
            lambda: live.next_speaker(
                self._store, workshop_id, self._now(), first_timers_first=first
            )
        )
        if not done:
            return
        turn = done.value
        self.message.emit(
            self.tr("%1 has the floor.").replace("%1", turn.name)
            if turn is not None
            else self.tr("The turn ended; nobody is waiting.")
        )
        self.changed.emit()

    def end_turn(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        done = self._run(lambda: live.end_turn(self._store, workshop_id, self._now()))
        if not done:
            return
        self.message.emit("" if done.value is not None else self.tr("Nobody is speaking."))
        self.changed.emit()
