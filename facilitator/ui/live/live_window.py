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
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

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
from facilitator.ui.live.keys import (
    KEY_ADD_SPEAKER,
    KEY_ATTRIBUTE,
    KEY_CHECK_IN,
    KEY_COMMITMENT,
    KEY_DELETE_NOTE,
    KEY_EDIT_LAST,
    KEY_END_SESSION,
    KEY_END_TURN,
    KEY_FIRST_TIMERS,
    KEY_HELP,
    KEY_HIDE,
    KEY_KINDS,
    KEY_MAIN_WINDOW,
    KEY_NEXT_ITEM,
    KEY_NEXT_SPEAKER,
    KEY_NOTES,
    KEY_PARKING_LOT,
    KEY_PREVIOUS_ITEM,
    KEY_PROJECTOR,
    KEY_PROPOSAL,
    KEY_SAVE_NOTE,
    KEY_TURN_LIMIT,
    KEY_WALK_IN,
    KEYS_QUESTION,
    KeysPanel,
    LiveKey,
    hint_line,
    key_text,
    keys_close,
    keys_quit,
)
from facilitator.ui.live.notes_panel import NotesPanel
from facilitator.ui.live.projector_window import ProjectorWindow
from facilitator.ui.live.proposal_panel import ProposalPanel
from facilitator.ui.live.speakers_panel import SpeakersPanel
from facilitator.ui.live.type_ahead import ScreenKeysFirst

# Ending the session is the one action that cannot be undone: press its key twice within this.
END_CONFIRM_SECONDS = 3

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
QFrame#keysPanel { background: #f4f6f9; }
QLabel#keyName { font-weight: bold; }
QListView { font-size: 13pt; }
"""


class LiveWindow(QWidget):
    """The live screen of one workshop; ``open_workshop(id)`` starts or resumes its session.

    ``now`` is where the time comes from (the system clock; a simulated one in
    tests, which call :meth:`tick` instead of waiting). ``session_ended(id)``
    is emitted once the session has been ended; ``closed_in_session(id)`` when the
    screen closes on a session still running (it stays in session, to be resumed);
    ``main_window_requested`` and ``quit_requested`` ask the main window to come to the
    front, or to quit the whole application (Ctrl+Q here is Ctrl+Q there).
    """

    session_ended = Signal(int)
    closed_in_session = Signal(int)
    main_window_requested = Signal()
    quit_requested = Signal()

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
        self.keys = self._key_table()
        self.key_hints = QLabel(hint_line(self.keys))
        self.key_hints.setTextFormat(Qt.PlainText)
        self.key_hints.setObjectName("keyHints")
        self.key_hints.setWordWrap(True)
        self.keys_panel = KeysPanel()
        self.keys_panel.set_keys(self.keys)
        self.keys_panel.hide()  # until F1 or ?
        self.keys_panel.hide_requested.connect(self.hide_keys)
        self.keys_button = self._bar_button(
            self.tr("Keys"), key_text(KEY_HELP), self.tr("Every key of this screen"), self.show_keys
        )
        self.main_button = self._bar_button(
            self.tr("Main window"),
            key_text(KEY_MAIN_WINDOW),
            self.tr("Brings the main window to the front; this screen stays open."),
            self.main_window_requested,
        )
        self.close_button = self._bar_button(
            self.tr("Close live screen"),
            key_text(keys_close()[0]),
            self.tr(
                "Closes this screen only: the workshop stays in session and the main "
                "window offers to resume it (Ctrl+L)."
            ),
            self.close,
        )

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
        layout.addWidget(self.keys_panel)
        bar = QHBoxLayout()
        bar.addWidget(self.status_line, 1)
        for button in (self.keys_button, self.main_button, self.close_button):
            bar.addWidget(button, 0, Qt.AlignBottom)
        layout.addLayout(bar)
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

    def _key_table(self) -> list[LiveKey]:
        """Every key of the screen, in the order the hint line and the keys panel list them."""
        bound = LiveKey.bound
        kinds = [
            (key, lambda kind=kind: self.notes.choose_kind(kind))
            for key, kind in zip(KEY_KINDS, NOTE_KINDS, strict=True)
        ]
        undo = QKeySequence.keyBindings(QKeySequence.Undo)
        redo = QKeySequence.keyBindings(QKeySequence.Redo)
        return [
            LiveKey(key_text(KEY_SAVE_NOTE), self.tr("save note")),
            LiveKey(f"{key_text(KEY_KINDS[0])}…{len(KEY_KINDS)}", self.tr("kind"), tuple(kinds)),
            bound(KEY_ATTRIBUTE, self.tr("attribute"), self.notes.start_attribution),
            LiveKey(key_text(KEY_EDIT_LAST), self.tr("edit last")),
            bound(KEY_DELETE_NOTE, self.tr("delete last"), self.notes.delete_last),
            bound(KEY_PARKING_LOT, self.tr("parking lot"), self.notes.park_last),
            bound(KEY_NOTES, self.tr("note field"), self.notes.focus_note),
            bound(
                KEY_PROPOSAL,
                self.tr("proposal"),
                lambda: self.proposal.start_from_last_note(self.workshop_id),
            ),
            bound(
                KEY_COMMITMENT,
                self.tr("commitment"),
                lambda: self.commitment.start(self.workshop_id),
            ),
            bound(undo, self.tr("undo"), self._undo),
            bound(redo, self.tr("redo"), self._redo),
            bound(KEY_NEXT_ITEM, self.tr("next item"), self.next_item),
            bound(KEY_PREVIOUS_ITEM, self.tr("previous item"), self.previous_item),
            bound(KEY_ADD_SPEAKER, self.tr("queue"), self.speakers.start_adding),
            bound(KEY_NEXT_SPEAKER, self.tr("next speaker"), self.speakers.next_speaker),
            bound(KEY_END_TURN, self.tr("end turn"), self.speakers.end_turn),
            bound(KEY_TURN_LIMIT, self.tr("turn limit"), self.speakers.cycle_limit),
            bound(
                KEY_FIRST_TIMERS,
                self.tr("first-timers first"),
                self.speakers.toggle_first_timers,
            ),
            bound(KEY_CHECK_IN, self.tr("check-in"), self.checkin.start),
            bound(KEY_WALK_IN, self.tr("walk-in"), self.checkin.add_walk_in),
            bound(KEY_PROJECTOR, self.tr("projector"), self.toggle_projector),
            bound(
                KEY_END_SESSION,
                self.tr("end session"),
                self.end_session,
                label=f"{key_text(KEY_END_SESSION)} ×2",
            ),
            bound(KEY_MAIN_WINDOW, self.tr("main window"), self.main_window_requested.emit),
            bound(keys_close(), self.tr("close this screen (stays in session)"), self.close),
            bound(keys_quit(), self.tr("quit Facilitator"), self.quit_requested.emit),
            LiveKey(
                f"{key_text(KEY_HELP)} / ?",
                self.tr("all keys"),
                ((KEY_HELP, self.toggle_keys), *((key, self._question) for key in KEYS_QUESTION)),
            ),
            bound(KEY_HIDE, self.tr("cancel · hide the keys"), self.hide_keys),
        ]

    def _make_shortcuts(self) -> None:
        sequences = []
        for entry in self.keys:
            for key, action in entry.bindings:
                shortcut = QShortcut(key, self)
                shortcut.setContext(Qt.WindowShortcut)
                shortcut.setAutoRepeat(False)
                shortcut.activated.connect(action)
                if key == KEY_HIDE:
                    # Esc is the fields' own (cancel) unless the keys panel is showing.
                    self._hide_shortcut = shortcut
                    shortcut.setEnabled(False)
                elif key not in KEYS_QUESTION:  # a text field keeps "?" as text
                    sequences.append(key)
        keys_first = ScreenKeysFirst(sequences, self)
        for field in (
            self.notes.note_field,
            self.notes.attribute.field,
            self.speakers.add.field,
            self.checkin.field,
            self.commitment.field,
            self.commitment.due,
            *self.proposal.text_fields(),
        ):
            field.installEventFilter(keys_first)

    def _bar_button(self, text: str, key: str, tip: str, action) -> QPushButton:
        """A small button beside the status line; never the focus (typing goes on)."""
        button = QPushButton(f"{text} ({key})")
        button.setFocusPolicy(Qt.NoFocus)
        button.setToolTip(tip)
        button.clicked.connect(action)
        return button

    # -- the keys panel ------------------------------------------------------------------

    def show_keys(self) -> None:
        """F1: every key of the screen, in a panel inside it; the focus stays where it is."""
        self.keys_panel.show()
        self._hide_shortcut.setEnabled(True)

    def hide_keys(self) -> None:
        self.keys_panel.hide()
        self._hide_shortcut.setEnabled(False)

    def toggle_keys(self) -> None:
        if self.keys_panel.isVisible():
            self.hide_keys()
        else:
            self.show_keys()

    def _question(self) -> None:
        """ "?" shows the keys, unless a text field has the focus (then it is typed there)."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
            return
        self.show_keys()

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
        """Closing the screen (Ctrl+W, its button, quitting) never ends the session."""
        was_open = self.isVisible()
        self.timer.stop()
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        super().closeEvent(event)
        state = self.state
        if was_open and state is not None and state.session_ended_at is None:
            self.closed_in_session.emit(self.workshop_id)
