"""The live screen's key table and its shortcuts, apart from the window that holds them.

:func:`key_table` lists every key of the screen in the order the hint line and the keys
panel (F1) show them, each with what it does; :func:`make_shortcuts` binds them on the
window and lets them through its text fields. The words are the window's own (context
"LiveWindow").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from facilitator.ui.kit.labels import NOTE_KINDS
from facilitator.ui.live.keys import (
    KEY_ADD_SPEAKER,
    KEY_ATTRIBUTE,
    KEY_BOARD,
    KEY_CHECK_IN,
    KEY_COMMITMENT,
    KEY_DELETE_NOTE,
    KEY_EDIT_LAST,
    KEY_END_SESSION,
    KEY_END_TURN,
    KEY_FIRST_TIMERS,
    KEY_HELP,
    KEY_HIDE,
    KEY_JOIN,
    KEY_KINDS,
    KEY_MAIN_WINDOW,
    KEY_MINUTES,
    KEY_NEXT_ITEM,
    KEY_NEXT_SPEAKER,
    KEY_NOTES,
    KEY_PARKING_LOT,
    KEY_PREVIOUS_ITEM,
    KEY_PROJECTOR,
    KEY_PROPOSAL,
    KEY_REOPEN_SESSION,
    KEY_ROOM,
    KEY_SAVE_NOTE,
    KEY_START_SESSION,
    KEY_TURN_LIMIT,
    KEY_WALK_IN,
    KEYS_QUESTION,
    LiveKey,
    key_text,
    keys_close,
    keys_quit,
)
from facilitator.ui.live.type_ahead import ScreenKeysFirst

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


def key_table(win) -> list[LiveKey]:
    """Every key of the live screen ``win``, in the order the hint line and the keys panel
    list them."""
    bound = LiveKey.bound
    kinds = [
        (key, lambda kind=kind: win.notes.choose_kind(kind))
        for key, kind in zip(KEY_KINDS, NOTE_KINDS, strict=True)
    ]
    undo = QKeySequence.keyBindings(QKeySequence.Undo)
    redo = QKeySequence.keyBindings(QKeySequence.Redo)
    return [
        LiveKey(key_text(KEY_SAVE_NOTE), translate("LiveWindow", "save note")),
        LiveKey(
            f"{key_text(KEY_KINDS[0])}…{len(KEY_KINDS)}",
            translate("LiveWindow", "kind"),
            tuple(kinds),
        ),
        bound(
            KEY_ATTRIBUTE,
            translate("LiveWindow", "attribute"),
            win.notes.start_attribution,
        ),
        LiveKey(key_text(KEY_EDIT_LAST), translate("LiveWindow", "edit last")),
        bound(
            KEY_DELETE_NOTE,
            translate("LiveWindow", "delete last"),
            win.notes.delete_last,
        ),
        bound(
            KEY_PARKING_LOT,
            translate("LiveWindow", "parking lot"),
            win.notes.park_last,
        ),
        bound(KEY_NOTES, translate("LiveWindow", "note field"), win.focus_centre),
        bound(KEY_BOARD, translate("LiveWindow", "ideas board / notes"), win.toggle_board),
        bound(
            KEY_PROPOSAL,
            translate("LiveWindow", "proposal"),
            lambda: win.proposal.start_from_last_note(win.workshop_id),
        ),
        bound(
            KEY_COMMITMENT,
            translate("LiveWindow", "commitment"),
            lambda: win.commitment.start(win.workshop_id),
        ),
        bound(undo, translate("LiveWindow", "undo"), win._undo),
        bound(redo, translate("LiveWindow", "redo"), win._redo),
        bound(KEY_NEXT_ITEM, translate("LiveWindow", "next item"), win.next_item),
        bound(
            KEY_PREVIOUS_ITEM,
            translate("LiveWindow", "previous item"),
            win.previous_item,
        ),
        bound(
            KEY_ADD_SPEAKER,
            translate("LiveWindow", "queue"),
            win.speakers.start_adding,
        ),
        bound(
            KEY_NEXT_SPEAKER,
            translate("LiveWindow", "next speaker"),
            win.speakers.next_speaker,
        ),
        bound(
            KEY_END_TURN,
            translate("LiveWindow", "end turn"),
            win.speakers.end_turn,
        ),
        bound(
            KEY_TURN_LIMIT,
            translate("LiveWindow", "turn limit"),
            win.speakers.cycle_limit,
        ),
        bound(
            KEY_FIRST_TIMERS,
            translate("LiveWindow", "first-timers first"),
            win.speakers.toggle_first_timers,
        ),
        bound(KEY_CHECK_IN, translate("LiveWindow", "check-in"), win.checkin.start),
        bound(
            KEY_WALK_IN,
            translate("LiveWindow", "walk-in"),
            win.checkin.add_walk_in,
        ),
        bound(
            KEY_PROJECTOR,
            translate("LiveWindow", "projector"),
            win.toggle_projector,
        ),
        bound(KEY_ROOM, translate("LiveWindow", "room on phones"), win.toggle_room),
        bound(KEY_JOIN, translate("LiveWindow", "how to join (projector)"), win.toggle_join_screen),
        bound(
            KEY_START_SESSION,
            translate("LiveWindow", "start the session"),
            win.start_session,
        ),
        bound(
            KEY_END_SESSION,
            translate("LiveWindow", "end session"),
            win.end_session,
            label=f"{key_text(KEY_END_SESSION)} ×2",
        ),
        bound(
            KEY_REOPEN_SESSION,
            translate("LiveWindow", "reopen the ended session"),
            win.reopen_session,
        ),
        bound(
            KEY_MINUTES,
            translate("LiveWindow", "minutes of the ended session"),
            win.request_minutes,
        ),
        bound(
            KEY_MAIN_WINDOW,
            translate("LiveWindow", "main window"),
            win.main_window_requested.emit,
        ),
        bound(
            keys_close(),
            translate("LiveWindow", "close this screen (stays in session)"),
            win.close,
        ),
        bound(
            keys_quit(),
            translate("LiveWindow", "quit Facilitator"),
            win.quit_requested.emit,
        ),
        LiveKey(
            f"{key_text(KEY_HELP)} / ?",
            translate("LiveWindow", "all keys · again: the manual"),
            ((KEY_HELP, win.toggle_keys), *((key, win._question) for key in KEYS_QUESTION)),
        ),
        bound(
            KEY_HIDE,
            translate("LiveWindow", "cancel · hide the keys"),
            win.hide_keys,
        ),
    ]


def make_shortcuts(win) -> None:
    """Bind the table's keys on ``win``; its text fields let them through."""
    sequences = []
    for entry in win.keys:
        for key, action in entry.bindings:
            shortcut = QShortcut(key, win)
            shortcut.setContext(Qt.WindowShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(action)
            if key == KEY_HIDE:
                # Esc is the fields' own (cancel) unless the keys panel is showing.
                win._hide_shortcut = shortcut
                shortcut.setEnabled(False)
            elif key not in KEYS_QUESTION:  # a text field keeps "?" as text
                sequences.append(key)
    keys_first = ScreenKeysFirst(sequences, win)
    for field in (
        win.notes.note_field,
        win.notes.attribute.field,
        win.speakers.add.field,
        win.checkin.field,
        win.commitment.field,
        win.commitment.due,
        *win.proposal.text_fields(),
        *win.board.text_fields(),
    ):
        field.installEventFilter(keys_first)


def bar_button(text: str, key: str, tip: str, action) -> QPushButton:
    """A small button beside the status line; never the focus (typing goes on)."""
    button = QPushButton(f"{text} ({key})")
    button.setFocusPolicy(Qt.NoFocus)
    button.setToolTip(tip)
    button.clicked.connect(action)
    return button
