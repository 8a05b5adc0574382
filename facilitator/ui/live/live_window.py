"""The moderator's live screen: agenda and clocks, quick notes, speakers, check-in, projector.

Keyboard first and never modal: every action has a key, every refusal and confirmation
appears in the status line at the bottom. Opening the screen never changes the record; it
holds the workshop's lease (one live screen per workshop across the clients of a database
server: lease_keeper.py). The session starts with its own key (a warning first when the
workshop is not today), ends with a summary in place of the notes, and can be reopened
(undoably). A rehearsal runs this screen on a throw-away copy, marked as such here and on
the projector. The clocks tick each second, computed from the recorded times (a reopened
screen shows them as before a crash). Each panel lives in its own module; this window builds
them, holds the keys and reads the state after each write.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.services import live
from facilitator.services.live import Clock, SessionState, system_clock
from facilitator.store import Store
from facilitator.ui.help.help_window import show_help
from facilitator.ui.kit import icons
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, WORKSHOP, ChangeBus, changed
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.screen_fit import resize_within_screen
from facilitator.ui.kit.timefmt import full_date, to_local
from facilitator.ui.kit.undo import EditHistory, Undo
from facilitator.ui.live.agenda_panel import AgendaPanel, CurrentItemHeader
from facilitator.ui.live.checkin_panel import CheckInPanel
from facilitator.ui.live.commitment_panel import CommitmentPanel
from facilitator.ui.live.idea_board import IdeaBoard
from facilitator.ui.live.keys import (
    KEY_END_SESSION,
    KEY_HELP,
    KEY_MAIN_WINDOW,
    KEY_MINUTES,
    KEY_REOPEN_SESSION,
    KEY_START_SESSION,
    KeysPanel,
    hint_line,
    key_text,
    keys_close,
)
from facilitator.ui.live.lease_keeper import LeaseKeeper
from facilitator.ui.live.note_draft import NoteDraft
from facilitator.ui.live.notes_panel import NotesPanel
from facilitator.ui.live.projector_window import ProjectorWindow
from facilitator.ui.live.proposal_panel import ProposalPanel
from facilitator.ui.live.room_control import RoomControl
from facilitator.ui.live.room_panel import RoomPanel
from facilitator.ui.live.screen_keys import bar_button, key_table, make_shortcuts
from facilitator.ui.live.speakers_panel import SpeakersPanel
from facilitator.ui.live.style import live_style
from facilitator.ui.live.summary_panel import SummaryPanel

# Ending the session takes its key twice within this many seconds; starting it on another
# day than planned within the second (the warning is longer to read).
END_CONFIRM_SECONDS = 3
START_CONFIRM_SECONDS = 20
# While the ideas board is shown, the agenda's column and the speakers' keep these shares
# of the width (their words still readable at 1366 pixels); the board takes the rest.
BOARD_LEFT_PERCENT = 24
BOARD_SPEAKERS_PERCENT = 19


class LiveWindow(QWidget):
    """The live screen of one workshop; ``open_workshop(id)`` starts or resumes its session.

    ``now`` is where the time comes from (the system clock; a simulated one in tests, which
    call :meth:`tick` instead of waiting). ``session_ended(id)`` is emitted once the session
    has been ended; ``closed_in_session(id)`` when the screen closes on a session still
    running (it stays in session, to be resumed); ``main_window_requested`` and
    ``quit_requested`` ask the main window to come to the front, or to quit the whole
    application (Ctrl+Q here is Ctrl+Q there); ``minutes_requested(id)`` asks for the
    minutes of the ended session; ``closed`` is emitted whenever the screen closes.

    With ``rehearsal=True`` the screen runs on a rehearsal copy (``store`` is the copy): it
    says so at the top and on the projector, starts without the date warning, offers no
    minutes and takes no lease (the copy is this Facilitator's alone).
    """

    session_ended = Signal(int)
    closed_in_session = Signal(int)
    main_window_requested = Signal()
    quit_requested = Signal()
    minutes_requested = Signal(int)
    closed = Signal()

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        now: Clock = system_clock,
        parent=None,
        *,
        rehearsal: bool = False,
    ):
        super().__init__(parent, Qt.Window)
        self.setObjectName("LiveWindow")
        self._dark: bool | None = None
        self._follow_palette()
        self._store = store
        self._now = now
        self.rehearsal = rehearsal
        self.workshop_id: int | None = None
        self.state: SessionState | None = None
        self._end_pressed_at = None
        self._start_pressed_at = None
        self._summary_shown = False
        self._sizes_in_session: list[int] = []
        self._note_placeholder: str | None = None
        self._sizes_before_board: list[int] | None = None
        # The screen's own undo history, apart from the main window's, on the one shared bus.
        self.history = EditHistory(self._undo_failed, self)
        self._edits = Edits(store, bus, self.history)
        self._failed = False
        bus.changed.connect(self._on_changed_elsewhere)
        self.projector: ProjectorWindow | None = None
        self.lease = LeaseKeeper(store, now, self, tell=self._tell_error, enabled=not rehearsal)

        self.header = CurrentItemHeader()
        self.agenda = AgendaPanel()
        self.checkin = CheckInPanel(self._edits, now)
        # The room on their phones (Ctrl+R), off by default; its panel shows while it is on.
        self.room = RoomControl(store, bus, self)
        self.room_panel = RoomPanel(self._edits, now)
        self.room_panel.hide()
        self.room.started.connect(self._room_started)
        self.room.address_changed.connect(self._room_address_changed)
        self.room.stopped.connect(self._room_stopped)
        self.room.message.connect(self.tell)
        self.notes = NotesPanel(self._edits, now)
        database = str(store.path) if store.path is not None else store.display_name
        self._draft = NoteDraft(
            self.notes.note_field, database, lambda: not self.notes.editing, self
        )
        self.speakers = SpeakersPanel(self._edits, now)
        self.board = IdeaBoard(self._edits, now)
        # The centre of the screen: the notes, or the ideas board (Ctrl+B).
        self.centre = QStackedWidget()
        self.centre.addWidget(self.notes)
        self.centre.addWidget(self.board)
        self.proposal = ProposalPanel(self._edits, now)
        self.proposal.hide()  # until Ctrl+D makes a proposal
        self.commitment = CommitmentPanel(self._edits)
        self.summary = SummaryPanel()
        self.summary.hide()  # until the session ends
        self.rehearsal_banner = QLabel(
            self.tr("REHEARSAL — nothing done here reaches the workshop; closing discards it.")
        )
        self.rehearsal_banner.setObjectName("rehearsalBanner")
        self.rehearsal_banner.setWordWrap(True)
        self.rehearsal_banner.setVisible(rehearsal)
        self.status_line = QLabel("")
        self.status_line.setObjectName("liveStatus")
        self.status_line.setTextFormat(Qt.PlainText)
        self.status_line.setWordWrap(True)
        self.keys = key_table(self)
        self.key_hints = QLabel(hint_line(self.keys))
        self.key_hints.setTextFormat(Qt.PlainText)
        self.key_hints.setObjectName("keyHints")
        self.key_hints.setWordWrap(True)
        self.keys_panel = KeysPanel()
        self.keys_panel.set_keys(self.keys, self.proposal.key_rows() + self.board.key_rows())
        self.keys_panel.hide()  # until F1 or ?
        self.keys_panel.hide_requested.connect(self.hide_keys)
        self.keys_button = bar_button(
            self.tr("Keys"), key_text(KEY_HELP), self.tr("Every key of this screen"), self.show_keys
        )
        self.main_button = bar_button(
            self.tr("Main window"),
            key_text(KEY_MAIN_WINDOW),
            self.tr("Brings the main window to the front; this screen stays open."),
            self.main_window_requested,
        )
        self.close_button = bar_button(
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
        left_layout.addWidget(self.agenda, 4)
        left_layout.addWidget(self.checkin, 2)
        left_layout.addWidget(self.room_panel, 3)
        splitter = self.splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.centre)
        splitter.addWidget(self.speakers)
        splitter.addWidget(self.proposal)
        splitter.addWidget(self.summary)  # in place of notes and speakers once ended
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setStretchFactor(4, 6)  # the summary, once ended: most of a wider screen
        splitter.setSizes([360, 600, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.rehearsal_banner)
        layout.addWidget(self.lease.notice)  # taken over by another organizer
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.commitment)
        layout.addWidget(self.keys_panel)
        bar = QHBoxLayout()
        bar.addWidget(self.status_line, 1)
        buttons = (self.keys_button, self.main_button, self.close_button)
        for button, icon in zip(buttons, ("keys", "main_window", "close"), strict=True):
            button.setIcon(icons.icon(icon))
            bar.addWidget(button, 0, Qt.AlignBottom)
        layout.addLayout(bar)
        layout.addWidget(self.key_hints)

        for panel in (self.notes, self.speakers, self.checkin, self.commitment, self.room_panel):
            panel.message.connect(self._tell)
        self.commitment.finished.connect(self.focus_centre)
        self.proposal.message.connect(self._tell)
        self.board.message.connect(self._tell)
        self.board.refused.connect(self._tell_error)
        self.board.shown_changed.connect(self._board_to_projector)
        self.board.proposal_made.connect(
            lambda row: self.proposal.show_proposal(self.workshop_id, row)
        )
        self.board.commitment_requested.connect(
            lambda key, text: self.commitment.start_for_idea(self.workshop_id, key, text)
        )
        self.proposal.done.connect(self.focus_centre)
        self.proposal.decided.connect(self.refresh)  # agreed decisions reach the projector
        self.speakers.changed.connect(self.refresh)
        self.speakers.add.picked.connect(lambda _row: self.focus_centre())
        self.speakers.add.cancelled.connect(self.focus_centre)
        self.checkin.changed.connect(self._on_attendance)
        self.checkin.cancelled.connect(self.focus_centre)
        make_shortcuts(self)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        resize_within_screen(self, 1360, 800)

    # -- the keys panel ------------------------------------------------------------------

    def show_keys(self) -> None:
        """F1: every key, in a panel in place of the hint line; the focus stays where it is."""
        self.keys_panel.show()
        self.key_hints.hide()
        self._hide_shortcut.setEnabled(True)

    def hide_keys(self) -> None:
        self.keys_panel.hide()
        self.key_hints.show()
        self._hide_shortcut.setEnabled(False)

    def toggle_keys(self) -> None:
        """F1 shows the keys; F1 again, the manual's page for this screen."""
        if not self.keys_panel.isVisible():
            return self.show_keys()
        self.hide_keys()
        show_help(self, "live")

    def _question(self) -> None:
        """ "?" shows the keys, unless a text field has the focus (then it is typed there)."""
        fields = QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox
        if not isinstance(QApplication.focusWidget(), fields):
            self.show_keys()

    def _undo_failed(self, message: str) -> None:
        self._failed = True
        self._tell_error(message)

    def _undo(self) -> None:
        if not self.history.canUndo():
            self._tell(self.tr("Nothing to undo."))
            return
        text, self._failed = self.history.undoText(), False
        self.history.undo()
        if not self._failed:  # a refused undo has said why; don't cover it
            self._tell_done(self.tr("Undone: %1").replace("%1", text))

    def _redo(self) -> None:
        if self.history.canRedo():
            text, self._failed = self.history.redoText(), False
            self.history.redo()
            if not self._failed:
                self._tell_done(self.tr("Redone: %1").replace("%1", text))

    # -- the session -----------------------------------------------------------------------

    def open_workshop(self, workshop_id: int, on_error=None) -> bool:
        """Show the workshop's session as it stands; False if it cannot be read.

        Nothing of the record is written: a session not yet started waits for its key, one in
        session is resumed where it was, an ended one shows its summary. A refusal (an unknown
        workshop, its live screen open on another computer) goes to ``on_error`` (the main
        window says it in a dialog before this screen opens), else to the status line.
        """
        try:
            state = live.session_state(self._store, workshop_id, self._now())
        except FacilitatorError as exc:
            (on_error or self._tell_error)(str(exc))
            return False
        if not self.lease.take(workshop_id, on_error or self._tell_error):
            return False
        self.workshop_id = workshop_id
        title = self.tr("Rehearsal — %1") if self.rehearsal else self.tr("Live — %1")
        self.setWindowTitle(title.replace("%1", state.title))
        self.checkin.show_workshop(workshop_id)
        self._share_present()
        self._show_state(state)
        if state.in_session:
            self._tell_done(self.tr("Session resumed where it was."))
        elif not state.ended:
            self._tell(
                self.tr("The session has not started. %1 starts it.").replace(
                    "%1", key_text(KEY_START_SESSION)
                )
            )
        left = self._draft.follow(self._store, workshop_id)
        if left and state.in_session and not self.notes.note_field.text():
            self.notes.note_field.setText(left)
            self._tell(self.tr("The note you were typing is back: Enter saves it."))
        if not state.ended:
            self.focus_centre()
        else:
            self.summary.body.setFocus()
        self.timer.start()
        return True

    def _twice(self, pressed_at, now, seconds: int = END_CONFIRM_SECONDS) -> bool:
        return pressed_at is not None and now - pressed_at <= timedelta(seconds=seconds)

    def start_session(self) -> None:
        """Ctrl+Shift+B: the session starts, with its first agenda item. On another day than
        planned (not in a rehearsal) the key is pressed twice, the first press naming the day.
        """
        state = self.state
        if state is None or self.workshop_id is None:
            return
        if state.in_session:
            self._tell(self.tr("The session is already running."))
            return
        if state.ended:
            self._tell(
                self.tr("The session has ended. %1 reopens it.").replace(
                    "%1", key_text(KEY_REOPEN_SESSION)
                )
            )
            return
        now = self._now()
        # Today as the venue's clocks say: the workshop's zone, not this computer's.
        zone = state.time_zone
        planned_day = to_local(state.planned_start, zone).date()
        other_day = not self.rehearsal and planned_day != to_local(now, zone).date()
        if other_day and not self._twice(self._start_pressed_at, now, START_CONFIRM_SECONDS):
            self._start_pressed_at = now
            self._tell(
                self.tr(
                    "This workshop is planned for %1, not today. Press %2 again within %3 "
                    "seconds to start the real session anyway; to try the screen out, close "
                    "it and rehearse instead (Live menu)."
                )
                .replace("%1", full_date(state.planned_start, zone))
                .replace("%2", key_text(KEY_START_SESSION))
                .replace("%3", str(START_CONFIRM_SECONDS))
            )
            return
        self._start_pressed_at = None
        workshop_id = self.workshop_id
        if self._edits.run(
            self,
            lambda: live.start_session(self._store, workshop_id, now),
            changes=changed(WORKSHOP, workshop_id),  # in session: the main window shows it
            on_error=self._tell_error,
        ):
            self.refresh()
            self._tell_done(self.tr("The session has started."))
            self.focus_centre()

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
            self._tell_error(str(exc))
            return
        self._show_state(state)

    def _show_state(self, state: SessionState) -> None:
        self.state = state
        ended = state.ended
        if ended != self._summary_shown:
            self._swap_summary(ended)
        self._open_note_field(state.in_session)
        self.header.show_state(state)
        self.agenda.show_state(state)
        self.speakers.show_state(state)
        self.notes.set_speaker(state.current_turn)
        self.board.set_speaker(state.current_turn)
        current_item_id = state.current_item.id if state.current_item else None
        self.notes.show_item(state.workshop_id, current_item_id, state.time_zone)
        self.proposal.follow_item(current_item_id)
        self.commitment.follow_item(current_item_id)
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
        pending = (
            ("_end_pressed_at", END_CONFIRM_SECONDS),
            ("_start_pressed_at", START_CONFIRM_SECONDS),
        )
        for name, seconds in pending:  # a first press expires, and its message with it
            pressed = getattr(self, name)
            if pressed is not None and not self._twice(pressed, now, seconds):
                setattr(self, name, None)
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
            on_error=self._tell_error,
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
        if not self._twice(self._end_pressed_at, now):
            self._end_pressed_at = now
            self._tell(
                self.tr("Press %1 again to end the session.").replace(
                    "%1", key_text(KEY_END_SESSION)
                )
            )
            return
        self._end_pressed_at = None
        workshop_id = self.workshop_id
        if not self._edits.run(
            self,
            lambda: live.end_session(self._store, workshop_id, now),
            changes=changed(WORKSHOP, workshop_id),
            on_error=self._tell_error,
        ):
            return
        self.refresh()
        self._tell_done(self.tr("The session has ended."))
        self.session_ended.emit(workshop_id)

    def _swap_summary(self, ended: bool) -> None:
        """The summary takes the place (and the width) of the notes and speakers once the
        session has ended; they come back, as wide as they were, when it is reopened (in
        the screen's usual proportions when it opened on an ended session)."""
        total = sum(self.splitter.sizes()) or self.splitter.width()
        if ended:
            self._show_summary()
            # Sizes read before the screen was first laid out are not the user's.
            self._sizes_in_session = self.splitter.sizes() if self.isVisible() else []
            had_focus = self.centre.isAncestorOf(QApplication.focusWidget())
            self.proposal.hide()
            self.centre.hide()
            self.speakers.hide()
            self.summary.show()
            left = total * 2 // 5
            self.splitter.setSizes([left, 0, 0, 0, total - left])
            if had_focus or QApplication.focusWidget() is None:
                self.summary.body.setFocus()  # the keyboard stays on the screen
        else:
            self.summary.hide()
            self.centre.show()
            self.speakers.show()
            sizes = self._sizes_in_session
            if not sizes or abs(sum(sizes) - total) > 8:  # another width since
                left, notes = total * 3 // 11, total * 5 // 11
                sizes = [left, notes, total - left - notes, 0, 0]
            self.splitter.setSizes(sizes)
        self._summary_shown = ended

    def _open_note_field(self, in_session: bool) -> None:
        """Notes are taken in session only: before it they would belong to no item, after it
        they would land under "other notes" (the Notes tab takes notes afterwards). The field
        keeps the focus either way, so the screen's keys work from it."""
        field = self.notes.note_field
        if self._note_placeholder is None:
            self._note_placeholder = field.placeholderText()
        field.setReadOnly(not in_session)
        field.setPlaceholderText(
            self._note_placeholder
            if in_session
            else self.tr("Start first: %1").replace("%1", key_text(KEY_START_SESSION))
        )

    def _summary_keys(self) -> str:
        reopen = self.tr("%1: reopen the session").replace("%1", key_text(KEY_REOPEN_SESSION))
        close = self.tr("%1: close this screen").replace("%1", key_text(keys_close()[0]))
        if self.rehearsal:
            return f"{reopen} · {close}"
        minutes = self.tr("%1: the minutes").replace("%1", key_text(KEY_MINUTES))
        return f"{minutes} · {reopen} · {close}"

    def _show_summary(self) -> None:
        if self.workshop_id is None:
            return
        try:
            summary = live.session_summary(self._store, self.workshop_id, self._now())
        except FacilitatorError as exc:
            self._tell_error(str(exc))
            return
        self.summary.show_summary(summary, self._summary_keys())

    def reopen_session(self) -> None:
        """Ctrl+Shift+O: an ended session is back in session, where it stopped (undoable)."""
        state = self.state
        if state is None or self.workshop_id is None:
            return
        if not state.ended:
            self._tell(self.tr("The session is not ended."))
            return
        workshop_id, store = self.workshop_id, self._store
        reopened = []

        def reopen():
            reopened[:] = [live.reopen_session(store, workshop_id, self._now())]
            return reopened[0]

        done = self._edits.run(
            self,
            reopen,
            changes=changed(WORKSHOP, workshop_id),
            undo=Undo(
                self.tr("Reopen the session"),
                undo=lambda: live.undo_reopen(store, reopened[0]),
                redo=reopen,
                after=self.refresh,
                workshop_id=workshop_id,
            ),
            on_error=self._tell_error,
        )
        if done:
            self.refresh()
            self._tell_done(self.tr("The session is open again: go on where it stopped."))
            self.focus_centre()

    def request_minutes(self) -> None:
        """Ctrl+Shift+T, once the session has ended: the minutes (the export, in front)."""
        state = self.state
        if state is None or not state.ended:
            self._tell(self.tr("The minutes come once the session has ended."))
            return
        if self.rehearsal:
            self._tell(self.tr("A rehearsal has no minutes: nothing of it is kept."))
            return
        self.minutes_requested.emit(state.workshop_id)

    # -- check-in ------------------------------------------------------------------------

    def _share_present(self) -> None:
        # Every attendee (present first): attributing someone not yet checked in marks them.
        rows = self.checkin.attendee_rows()
        self.speakers.set_people(rows)
        self.notes.set_people(rows)
        self.commitment.set_people(rows)
        self.board.set_people(rows)

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

    # -- the ideas board ---------------------------------------------------------------------

    @property
    def board_shown(self) -> bool:
        return self.centre.currentWidget() is self.board

    def toggle_board(self) -> None:
        """Ctrl+B: the ideas board in place of the notes, or the notes again."""
        if self.workshop_id is None or self._summary_shown:
            return
        sizes = self.splitter.sizes()
        if self.board_shown:
            self.centre.setCurrentWidget(self.notes)
            before, self._sizes_before_board = self._sizes_before_board, None
            if before is not None and sum(before) == sum(sizes):
                self.splitter.setSizes(before)
            self.notes.focus_note()
        else:
            self.board.show_workshop(self.workshop_id)
            self.centre.setCurrentWidget(self.board)
            # The board's cards and bars take the width the agenda and the speakers can
            # spare (both keep working by their keys; the splitter gives it back).
            self._sizes_before_board = sizes
            total = sum(sizes[:3])
            left = total * BOARD_LEFT_PERCENT // 100
            speakers = total * BOARD_SPEAKERS_PERCENT // 100
            self.splitter.setSizes([left, total - left - speakers, speakers, *sizes[3:]])
            self.board.focus_entry()
        self._board_to_projector()

    def focus_centre(self) -> None:
        """The keyboard back where typing goes: the idea field or the note field."""
        if self.board_shown:
            self.board.focus_entry()
        else:
            self.notes.focus_note()

    def _board_to_projector(self) -> None:
        projector = self.projector
        if projector is None:
            return
        if self.board_shown and self.board.board is not None:
            projector.show_board(self.board.board, self.board.dots.results)
        else:
            projector.show_board(None, None)

    # -- the projector -----------------------------------------------------------------------

    def toggle_room(self) -> None:
        """Ctrl+R: open the room to the phones on this computer's network, or close it."""
        if self.room.running:
            self.room.stop()
        elif self.workshop_id is not None:
            try:
                self.room.start(self.workshop_id)
            except FacilitatorError as exc:
                self._tell_error(str(exc))

    def toggle_join_screen(self) -> None:
        """Ctrl+J: the projector's "how to connect" screen (the room opens first)."""
        if not self.room.running:
            self.toggle_room()
            if not self.room.running:
                return
        if self.projector is None or not self.projector.isVisible():
            self.toggle_projector()
        shown = self.projector.connect_shown
        self.projector.show_connect(None if shown else self.room.address)

    def _room_started(self, address) -> None:
        self.room_panel.show_room(self.workshop_id, address)
        self.room_panel.show()
        self._tell_done(
            self.tr("The room is open at %1, room code %2 (Ctrl+J shows how to join).")
            .replace("%1", address.url)
            .replace("%2", address.code)
        )

    def _room_address_changed(self, address) -> None:
        self.room_panel.show_room(self.workshop_id, address)
        if self.projector is not None and self.projector.connect_shown:
            self.projector.show_connect(address)

    def _room_stopped(self) -> None:
        self.room_panel.hide()
        if self.projector is not None:
            self.projector.show_connect(None)
        self.tell(self.tr("The room is closed: phones no longer reach it."))

    def toggle_projector(self) -> None:
        """F5: show the projector window (full screen on a second screen) or hide it."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.hide()
            return
        if self.projector is None:
            self.projector = ProjectorWindow(rehearsal=self.rehearsal)
        self.refresh()  # decisions may have been agreed since the last read
        if self.state is not None:
            self.projector.show_state(self.state)
        self._board_to_projector()
        self.projector.present()
        self.activateWindow()  # the moderator goes on typing here

    # -- the status line -----------------------------------------------------------------------

    def tell(self, message: str, tone: Tone | None = None) -> None:
        """Say something in the status line (the main window tells a resumed rehearsal):
        plain, or in ``tone``'s colour (style.py): a refusal in the error colour, what
        was done in the success colour, never red."""
        self.status_line.setText(message)
        self.status_line.setProperty("tone", tone.value if tone is not None else "")
        self.status_line.style().unpolish(self.status_line)
        self.status_line.style().polish(self.status_line)

    _tell = tell

    def _tell_error(self, message: str) -> None:
        self.tell(message, Tone.ERROR)

    def _tell_done(self, message: str) -> None:
        self.tell(message, Tone.SUCCESS)

    def _follow_palette(self) -> None:
        dark = self.palette().color(QPalette.Window).lightness() < 128
        if dark != self._dark:
            self._dark = dark
            self.setStyleSheet(live_style(dark))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.ApplicationPaletteChange, QEvent.PaletteChange):
            self._follow_palette()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.workshop_id is not None and not event.spontaneous():
            # The note field has the keyboard when the screen opens; the summary once ended.
            if self._summary_shown:
                self.summary.body.setFocus()
            else:
                self.focus_centre()

    def closeEvent(self, event) -> None:
        """Closing the screen (Ctrl+W, its button, quitting) never ends the session."""
        was_open = self.isVisible()
        self.timer.stop()
        self.lease.release()
        self.room.stop()
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        super().closeEvent(event)
        state = self.state
        if was_open and not self.rehearsal and state is not None and state.in_session:
            self.closed_in_session.emit(self.workshop_id)
        if was_open:
            self.closed.emit()
