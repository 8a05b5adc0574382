"""The moderator's live screen: agenda and clocks, quick notes, speakers, check-in, projector.

Keyboard first and never modal: every action has a key, every refusal and
confirmation appears in the status line at the bottom. The clocks tick once a
second from the injected clock and are computed from the recorded times, so a
reopened screen shows the same clocks as before a crash. Each panel lives in
its own module; this window builds them, holds the keys and reads the
session state after each write.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from facilitator.errors import FacilitatorError
from facilitator.services import live
from facilitator.services.live import Clock, SessionState, system_clock
from facilitator.store import Store
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, WORKSHOP, ChangeBus, changed
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import EditHistory
from facilitator.ui.live.agenda_panel import AgendaPanel, CurrentItemHeader
from facilitator.ui.live.checkin_panel import CheckInPanel
from facilitator.ui.live.commitment_panel import CommitmentPanel
from facilitator.ui.live.item_models import NOTE_KINDS
from facilitator.ui.live.notes_panel import NotesPanel
from facilitator.ui.live.projector_window import ProjectorWindow
from facilitator.ui.live.proposal_panel import ProposalPanel
from facilitator.ui.live.speakers_panel import SpeakersPanel
from facilitator.ui.live.type_ahead import ScreenKeysFirst

# Ending the session is the one action that cannot be undone: press its key twice within this.
END_CONFIRM_SECONDS = 3

KEY_NEXT_ITEM = QKeySequence("Ctrl+Right")
KEY_PREVIOUS_ITEM = QKeySequence("Ctrl+Left")
KEY_ATTRIBUTE = QKeySequence("Ctrl+P")
KEY_DELETE_NOTE = QKeySequence("Ctrl+Backspace")
KEY_PARKING_LOT = QKeySequence("Ctrl+K")
KEY_ADD_SPEAKER = QKeySequence("Ctrl+S")
KEY_NEXT_SPEAKER = QKeySequence("Ctrl+N")
KEY_END_TURN = QKeySequence("Ctrl+E")
KEY_CHECK_IN = QKeySequence("Ctrl+I")
KEY_WALK_IN = QKeySequence("Ctrl+W")
KEY_PROJECTOR = QKeySequence("F5")
KEY_END_SESSION = QKeySequence("Ctrl+Shift+E")
KEY_TURN_LIMIT = QKeySequence("Ctrl+Shift+L")
KEY_FIRST_TIMERS = QKeySequence("Ctrl+Shift+F")
KEY_NOTES = QKeySequence("Ctrl+L")
KEY_PROPOSAL = QKeySequence("Ctrl+D")
KEY_COMMITMENT = QKeySequence("Ctrl+T")
KEY_KINDS = tuple(QKeySequence(f"Ctrl+{n}") for n in range(1, len(NOTE_KINDS) + 1))

_STYLE = """
LiveWindow { font-size: 12pt; }
QLabel#currentItem { font-size: 26pt; font-weight: bold; }
QLabel#itemClock { font-size: 40pt; font-weight: bold; }
QLabel#nextItem { font-size: 14pt; }
QLabel#sessionClock { font-size: 14pt; font-weight: bold; }
QLabel#panelTitle { font-size: 13pt; font-weight: bold; color: #4a5260; }
QLabel#speaker { font-size: 17pt; font-weight: bold; }
QLabel#turnClock { font-size: 26pt; font-weight: bold; }
QLineEdit#noteField { font-size: 16pt; padding: 4px; }
QLabel#noteKind { font-size: 14pt; font-weight: bold; color: white; background: #3d5a80;
                  padding: 4px 8px; border-radius: 4px; }
QLabel#noteMode { color: #b35c00; font-weight: bold; }
QLabel#liveStatus { font-size: 13pt; font-weight: bold; color: #8a1c1c; }
QLabel#keyHints { color: #5c6370; font-size: 10pt; }
QListView { font-size: 13pt; }
"""


class LiveWindow(QWidget):
    """The live screen of one workshop; ``open_workshop(id)`` starts or resumes its session.

    ``now`` is where the time comes from (the system clock; a simulated one in
    tests, which call :meth:`tick` instead of waiting). ``session_ended(id)``
    is emitted once the session has been ended.
    """

    session_ended = Signal(int)

    def __init__(self, store: Store, bus: ChangeBus, now: Clock = system_clock, parent=None):
        super().__init__(parent, Qt.Window)
        self.setObjectName("LiveWindow")
        self.setStyleSheet(_STYLE)
        self._store = store
        self._now = now
        self.workshop_id: int | None = None
        self.state: SessionState | None = None
        self._end_pressed_at = None
        # The screen's own undo history, apart from the main window's, on the one shared bus.
        self.history = EditHistory(self._undo_failed, self)
        self._edits = Edits(store, bus, self.history)
        self._failed = False
        bus.changed.connect(self._on_changed_elsewhere)
        self.projector: ProjectorWindow | None = None

        self.header = CurrentItemHeader()
        self.agenda = AgendaPanel()
        self.checkin = CheckInPanel(self._edits, now)
        self.notes = NotesPanel(self._edits, now)
        self.speakers = SpeakersPanel(self._edits, now)
        self.proposal = ProposalPanel(self._edits, now)
        self.proposal.hide()  # until Ctrl+D makes a proposal
        self.commitment = CommitmentPanel(self._edits)
        self.status_line = QLabel("")
        self.status_line.setObjectName("liveStatus")
        self.status_line.setTextFormat(Qt.PlainText)
        self.status_line.setWordWrap(True)
        self.key_hints = QLabel(
            self.tr(
                "Enter save note · Ctrl+1…8 kind · Ctrl+P attribute · Up edit last · "
                "Ctrl+Backspace delete last · Ctrl+K parking lot · Ctrl+D proposal · "
                "Ctrl+T commitment · "
                "Ctrl+Z undo · "
                "Ctrl+←/→ agenda · Ctrl+S queue · Ctrl+N next speaker · Ctrl+E end turn · "
                "Ctrl+Shift+L turn limit · Ctrl+Shift+F first-timers first · "
                "Ctrl+I check-in · Ctrl+W walk-in · F5 projector · Ctrl+Shift+E ×2 end session"
            )
        )
        self.key_hints.setObjectName("keyHints")
        self.key_hints.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.agenda, 3)
        left_layout.addWidget(self.checkin, 2)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.notes)
        splitter.addWidget(self.speakers)
        splitter.addWidget(self.proposal)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([360, 600, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.commitment)
        layout.addWidget(self.status_line)
        layout.addWidget(self.key_hints)

        for panel in (self.notes, self.speakers, self.checkin, self.commitment):
            panel.message.connect(self._tell)
        self.commitment.finished.connect(self.notes.focus_note)
        self.proposal.message.connect(self._tell)
        self.proposal.done.connect(self.notes.focus_note)
        self.proposal.decided.connect(self.refresh)  # agreed decisions reach the projector
        self.speakers.changed.connect(self.refresh)
        self.speakers.add.picked.connect(lambda _row: self.notes.focus_note())
        self.speakers.add.cancelled.connect(self.notes.focus_note)
        self.checkin.changed.connect(self._on_attendance)
        self.checkin.cancelled.connect(self.notes.focus_note)
        self._make_shortcuts()

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.resize(1360, 800)

    # -- keys ----------------------------------------------------------------------------

    def _make_shortcuts(self) -> None:
        bindings = [
            (KEY_NEXT_ITEM, self.next_item),
            (KEY_PREVIOUS_ITEM, self.previous_item),
            (KEY_ATTRIBUTE, self.notes.start_attribution),
            (KEY_DELETE_NOTE, self.notes.delete_last),
            (KEY_PARKING_LOT, self.notes.park_last),
            (KEY_ADD_SPEAKER, self.speakers.start_adding),
            (KEY_NEXT_SPEAKER, self.speakers.next_speaker),
            (KEY_END_TURN, self.speakers.end_turn),
            (KEY_TURN_LIMIT, self.speakers.cycle_limit),
            (KEY_FIRST_TIMERS, self.speakers.toggle_first_timers),
            (KEY_CHECK_IN, self.checkin.start),
            (KEY_WALK_IN, self.checkin.add_walk_in),
            (KEY_PROJECTOR, self.toggle_projector),
            (KEY_END_SESSION, self.end_session),
            (KEY_NOTES, self.notes.focus_note),
            (KEY_COMMITMENT, lambda: self.commitment.start(self.workshop_id)),
            (KEY_PROPOSAL, lambda: self.proposal.start_from_last_note(self.workshop_id)),
        ]
        for standard, action in ((QKeySequence.Undo, self._undo), (QKeySequence.Redo, self._redo)):
            bindings += [(key, action) for key in QKeySequence.keyBindings(standard)]
        for n, key in enumerate(KEY_KINDS):
            bindings.append((key, lambda kind=NOTE_KINDS[n]: self.notes.choose_kind(kind)))
        sequences = []
        for key, action in bindings:
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.WindowShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(action)
            sequences.append(key)
        keys_first = ScreenKeysFirst(sequences, self)
        for field in (
            self.notes.note_field,
            self.notes.attribute.field,
            self.speakers.add.field,
            self.checkin.field,
            self.commitment.field,
            *self.proposal.text_fields(),
        ):
            field.installEventFilter(keys_first)

    def _undo_failed(self, message: str) -> None:
        self._failed = True
        self._tell(message)

    def _undo(self) -> None:
        if not self.history.canUndo():
            self._tell(self.tr("Nothing to undo."))
            return
        text, self._failed = self.history.undoText(), False
        self.history.undo()
        if not self._failed:  # a refused undo has said why; don't cover it
            self._tell(self.tr("Undone: %1").replace("%1", text))

    def _redo(self) -> None:
        if self.history.canRedo():
            text, self._failed = self.history.redoText(), False
            self.history.redo()
            if not self._failed:
                self._tell(self.tr("Redone: %1").replace("%1", text))

    # -- the session -----------------------------------------------------------------------

    def open_workshop(self, workshop_id: int, on_error=None) -> bool:
        """Start the session of the workshop, or resume it where it was; False if refused.

        A refusal goes to ``on_error`` (the main window says it in a dialog before this
        screen opens), else to the status line; a bug is reported once, by the edit.
        """
        resumed = live.resume_info(self._store)
        done = self._edits.run(
            self,
            lambda: live.start_session(self._store, workshop_id, self._now()),
            changes=changed(WORKSHOP, workshop_id),  # in session: the main window shows it
            on_error=on_error or self._tell,
        )
        if not done:
            return False
        state = done.value
        self.workshop_id = workshop_id
        self.setWindowTitle(self.tr("Live — %1").replace("%1", state.title))
        self.checkin.show_workshop(workshop_id)
        self._share_present()
        self._show_state(state)
        if resumed is not None and resumed.workshop_id == workshop_id:
            self._tell(self.tr("Session resumed where it was."))
        else:
            self._tell("")
        self.notes.focus_note()
        self.timer.start()
        return True

    def refresh(self) -> None:
        """Read the session state again (after a write) and show it everywhere."""
        if self.workshop_id is None:
            return
        try:
            state = live.session_state(
                self._store,
                self.workshop_id,
                self._now(),
                first_timers_first=self.speakers.first_timers_first,
            )
        except FacilitatorError as exc:
            self._tell(str(exc))
            return
        self._show_state(state)

    def _show_state(self, state: SessionState) -> None:
        self.state = state
        self.header.show_state(state)
        self.agenda.show_state(state)
        self.speakers.show_state(state)
        self.notes.set_speaker(state.current_turn)
        self.notes.show_item(
            state.workshop_id, state.current_item.id if state.current_item else None
        )
        if self.projector is not None:
            self.projector.show_state(state)

    def tick(self) -> None:
        """Move every clock on to the injected clock's time (once a second)."""
        if self.state is None:
            return
        now = self._now()
        self.header.tick(now)
        self.agenda.tick(now)
        self.speakers.tick(now)
        if self.projector is not None and self.projector.isVisible():
            self.projector.tick(now)
        if self._end_pressed_at is not None and now - self._end_pressed_at > timedelta(
            seconds=END_CONFIRM_SECONDS
        ):
            self._end_pressed_at = None
            self._tell("")

    def item_elapsed_seconds(self) -> int:
        """The current item's elapsed time as the clock shows it now."""
        return self.header.item_elapsed(self._now())

    def _agenda_move(self, move) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        if self._edits.run(
            self,
            lambda: move(self._store, workshop_id, self._now()),
            changes=changed(WORKSHOP, workshop_id),  # the items' actual times
            on_error=self._tell,
        ):
            self._tell("")
            self.refresh()

    def next_item(self) -> None:
        self._agenda_move(live.next_item)

    def previous_item(self) -> None:
        self._agenda_move(live.previous_item)

    def end_session(self) -> None:
        """Ctrl+Shift+E twice within 3 seconds: the session ends (no dialog)."""
        if self.workshop_id is None:
            return
        now = self._now()
        pressed = self._end_pressed_at
        if pressed is None or now - pressed > timedelta(seconds=END_CONFIRM_SECONDS):
            self._end_pressed_at = now
            self._tell(self.tr("Press Ctrl+Shift+E again to end the session."))
            return
        self._end_pressed_at = None
        workshop_id = self.workshop_id
        if not self._edits.run(
            self,
            lambda: live.end_session(self._store, workshop_id, now),
            changes=changed(WORKSHOP, workshop_id),
            on_error=self._tell,
        ):
            return
        self.timer.stop()
        self.refresh()
        self._tell(self.tr("The session has ended."))
        self.session_ended.emit(workshop_id)

    # -- check-in ------------------------------------------------------------------------

    def _share_present(self) -> None:
        present = self.checkin.present_rows()
        self.speakers.set_people(present)
        self.notes.set_people(present)
        self.commitment.set_people(present)

    def _on_attendance(self) -> None:
        self._share_present()
        self.refresh()

    def _made_here(self, initiator) -> bool:
        """The screen's own edit (its panels show it already); an undo names nobody."""
        return isinstance(initiator, QWidget) and (
            initiator is self or self.isAncestorOf(initiator)
        )

    def _on_changed_elsewhere(self, kind: str, ids, initiator=None) -> None:
        """An attendee added or a name changed in the main window: check-in, the type-aheads
        and the speaker names follow without reopening the screen."""
        if self._made_here(initiator) or self.workshop_id is None or not self.isVisible():
            return
        ours = kind == WORKSHOP and (not ids or self.workshop_id in ids)
        if ours or kind in (PERSON, ORGANIZATION):
            self.checkin.show_workshop(self.workshop_id)
            self._share_present()
            self.refresh()

    # -- the projector -----------------------------------------------------------------------

    def toggle_projector(self) -> None:
        """F5: show the projector window (full screen on a second screen) or hide it."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.hide()
            return
        if self.projector is None:
            self.projector = ProjectorWindow()
        self.refresh()  # decisions may have been agreed since the last read
        if self.state is not None:
            self.projector.show_state(self.state)
        self.projector.present()
        self.activateWindow()  # the moderator goes on typing here

    # -- the status line -----------------------------------------------------------------------

    def _tell(self, message: str) -> None:
        self.status_line.setText(message)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.workshop_id is not None and not event.spontaneous():
            self.notes.focus_note()  # the note field has the keyboard when the screen opens

    def closeEvent(self, event) -> None:
        self.timer.stop()
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        super().closeEvent(event)
