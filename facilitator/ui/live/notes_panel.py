"""Quick notes: the note field, the kind of the next note, attribution, and the feed.

Enter saves a note through the live service and appends the row it returns to
the feed; the feed is read again only when the agenda item changes. Editing,
deleting and parking the last note are edits of the screen's own history
(``kit.operations``), so Ctrl+Z undoes them; every write is announced on the
bus, so the main window's open views follow.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.models.enums import NoteKind
from facilitator.services import live
from facilitator.services.live import Clock, NoteRow, TurnRow, checkin
from facilitator.services.live import notes as live_notes
from facilitator.ui.kit.changes import NOTE, WORKSHOP, changed
from facilitator.ui.kit.labels import note_kind_label
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import Undo
from facilitator.ui.kit.wrapped_list import WrappedListView
from facilitator.ui.live.checkin_panel import add_walk_in_named
from facilitator.ui.live.item_models import NoteFeedModel, people_model
from facilitator.ui.live.type_ahead import TypeAhead

# The note field never gets narrower than this many average characters (at 1366×768 the
# proposal panel takes its width from the speakers, not from the note being typed).
NOTE_FIELD_CHARS = 36

# The feed shows the latest notes of the item; older ones stay in the minutes.
FEED_LIMIT = 500


def _excerpt(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _values(row: NoteRow) -> dict:
    """What an undo or redo expects a note to hold still."""
    return {
        "text": row.text,
        "kind": row.kind,
        "speaker_id": row.speaker_id,
        "agenda_item_id": row.agenda_item_id,
    }


class NotesPanel(QWidget):
    """Type, press Enter: the note is saved and shown. ``message(text)`` goes to the status line."""

    message = Signal(str)

    def __init__(self, edits: Edits, now: Clock, parent=None):
        super().__init__(parent)
        self._edits = edits
        self._store = edits.store
        self._now = now
        self.workshop_id: int | None = None
        self.item_id: int | None = None
        self.kind = NoteKind.POINT
        self._speaker: TurnRow | None = None
        self._attributed = None  # an AttendeeRow chosen with Ctrl+P, for the next note
        self._editing: NoteRow | None = None
        self._kind_before_edit = NoteKind.POINT

        self.kind_label = QLabel()
        self.kind_label.setObjectName("noteKind")
        self.kind_label.setMinimumWidth(130)
        self.kind_label.setAlignment(Qt.AlignCenter)
        self.note_field = QLineEdit()
        self.note_field.setObjectName("noteField")
        self.note_field.setPlaceholderText(
            self.tr("Type a note and press Enter (Up: edit the last note)")
        )
        self.note_field.installEventFilter(self)
        self.who_label = QLabel()
        self.who_label.setTextFormat(Qt.PlainText)  # user text, never markup
        self.who_label.setObjectName("noteSpeaker")
        self.mode_label = QLabel()
        self.mode_label.setObjectName("noteMode")
        self.mode_label.hide()

        self.attribute = TypeAhead(
            people_model(self),
            self.tr("Attribute the next note to… (Enter picks, Esc cancels)"),
            empty_text=lambda typed: self.tr(
                "No attendee matches “%1”. Enter adds them as a walk-in."
            ).replace("%1", typed),
        )
        self.attribute.picked.connect(self._attribute_to)
        self.attribute.unknown.connect(self._attribute_to_walk_in)
        self.attribute.cancelled.connect(self._cancel_attribution)
        self.attribute.hide()

        self.feed = NoteFeedModel(self)
        # Whole notes, wrapped, the newest in view; quick with hundreds of notes.
        self.feed_view = WrappedListView()
        self.feed_view.setModel(self.feed)
        self.feed_view.setFocusPolicy(Qt.NoFocus)
        self.feed_view.setAlternatingRowColors(True)

        title = QLabel(self.tr("Notes of this item"))
        title.setObjectName("panelTitle")
        entry = QHBoxLayout()
        entry.addWidget(self.kind_label)
        entry.addWidget(self.note_field, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.feed_view, 1)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.who_label)
        layout.addWidget(self.attribute)
        layout.addLayout(entry)
        self._show_kind()
        self._show_who()

    # -- what the panel is about -----------------------------------------------------

    def show_item(self, workshop_id: int, item_id: int | None, time_zone: str) -> None:
        """Show the notes of an agenda item (read once; new notes are appended), their
        times in ``time_zone`` (the workshop's)."""
        self.feed.set_time_zone(time_zone)
        if workshop_id == self.workshop_id and item_id == self.item_id and self.feed.rowCount():
            return
        self.workshop_id = workshop_id
        self.item_id = item_id
        self.feed.set_rows(live.notes_of_item(self._store, workshop_id, item_id, limit=FEED_LIMIT))
        self._keep_newest_in_view()

    def set_speaker(self, turn: TurnRow | None) -> None:
        self._speaker = turn
        self._show_who()

    def set_people(self, rows) -> None:
        """Who a note can be attributed to: every attendee, present first, then the others
        expected; who declined or is recorded absent last (still found, marked so)."""
        self.attribute.set_rows(checkin.by_presence(list(rows)))

    def _keep_newest_in_view(self) -> None:
        """The newest note stays in view: after each save, on reading and on showing."""
        if self.feed.rowCount():
            self.feed_view.scrollToBottom()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Measured once styled (the screen's style sheet makes the field's font larger).
        self.note_field.setMinimumWidth(
            self.note_field.fontMetrics().averageCharWidth() * NOTE_FIELD_CHARS
        )
        self._keep_newest_in_view()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._keep_newest_in_view()  # rows rewrap at the new width

    def focus_note(self) -> None:
        self.note_field.setFocus(Qt.OtherFocusReason)

    # -- kind and attribution ----------------------------------------------------------

    def choose_kind(self, kind: NoteKind) -> None:
        self.kind = NoteKind(kind)
        self._show_kind()
        self.focus_note()

    def _show_kind(self) -> None:
        self.kind_label.setText(note_kind_label(self.kind))
        self.kind_label.setToolTip(self.tr("Kind of the next note: Ctrl+1 … Ctrl+8"))

    def start_attribution(self) -> None:
        self.attribute.show()
        self.attribute.start()

    def _attribute_to(self, row) -> None:
        self._attributed = row
        self.attribute.field.setText("")
        self.attribute.hide()
        self._show_who()
        self.focus_note()

    def _attribute_to_walk_in(self, typed: str) -> None:
        """Enter on a name nobody matches: a walk-in, present now, to whom the next note goes."""
        if self.workshop_id is None:
            return
        row = add_walk_in_named(
            self._edits, self, self.workshop_id, typed, self._now, self.message.emit
        )
        if row is None:
            return
        self._attribute_to(row)
        self.message.emit(
            self.tr("%1 added as a walk-in, present.").replace("%1", row.display_name)
        )

    def _cancel_attribution(self) -> None:
        self._attributed = None
        self.attribute.hide()
        self._show_who()
        self.focus_note()

    def _speaker_id(self) -> int | None:
        if self._attributed is not None:
            return self._attributed.person_id
        return self._speaker.person_id if self._speaker is not None else None

    def _show_who(self) -> None:
        if self._attributed is not None:
            text = self.tr("Next note by: %1 (Ctrl+P: someone else)").replace(
                "%1", self._attributed.display_name
            )
        elif self._speaker is not None:
            text = self.tr("Next note by the speaker: %1 (Ctrl+P: someone else)").replace(
                "%1", self._speaker.name
            )
        else:
            text = self.tr("Next note: nobody in particular (Ctrl+P: attribute it)")
        self.who_label.setText(text)

    # -- keys in the note field ----------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if watched is not self.note_field or event.type() != QEvent.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() in (
            Qt.NoModifier,
            Qt.KeypadModifier,
        ):
            self.save()
            return True
        if key == Qt.Key_Up and not self.note_field.text() and self._editing is None:
            self.edit_last()
            return True
        if key == Qt.Key_Escape:
            if self._editing is not None:
                self.cancel_edit()
            elif self._attributed is not None:
                self._cancel_attribution()
            else:
                self.note_field.setText("")
            return True
        return False

    # -- notes -------------------------------------------------------------------------

    def _run(self, do, undo=None):
        """One write of a note through the screen's edits; a refusal goes to the status line."""
        return self._edits.run(
            self,
            do,
            # Notes only: views of the workshop's other records do not read again (and
            # a form half typed in the main window is not refreshed under the user).
            changes=changed(NOTE, self.workshop_id),
            undo=undo,
            on_error=self.message.emit,
        )

    def save(self) -> None:
        """Enter: save the typed note (or the edit of the last one) and show it."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        text = self.note_field.text()
        if not text.strip():
            return
        if self._editing is not None:
            self._save_edit(text)
            return
        kind, speaker_id = self.kind, self._speaker_id()

        def undo_of(result) -> Undo | None:
            row, marked = result
            if marked is None:
                return None  # a note is taken back with Ctrl+Shift+Backspace, as always
            state = {}

            def undo() -> None:  # the note goes and the attendance is as it was
                state["snapshot"] = live_notes.delete_note_unmarking(
                    self._store, self._by_uuid(row.uuid), marked, expect=_values(row)
                )

            def redo() -> None:
                live_notes.restore_note_marking(self._store, state["snapshot"], marked)

            return self._undo(
                self.tr("note by %1 (marked present)").replace("%1", marked.name), undo, redo
            )

        done = self._edits.run(
            self,
            lambda: live_notes.add_note_marking_present(
                self._store, workshop_id, text, kind=kind, speaker_id=speaker_id, now=self._now()
            ),
            # Notes only, unless someone was marked present: views of the workshop's other
            # records do not read again (a form half typed in the main window stays).
            changes=lambda result: (
                (changed(NOTE, workshop_id), changed(WORKSHOP, workshop_id))
                if result[1] is not None
                else changed(NOTE, workshop_id)
            ),
            undo=undo_of,
            on_error=self.message.emit,
        )
        if not done:
            return
        row, marked = done.value
        self._show_note(row)
        self.note_field.setText("")  # also forgets the field's own undo
        self._attributed = None
        self.kind = NoteKind.POINT
        self._show_kind()
        self._show_who()
        self.message.emit(
            self.tr("%1 is now marked present — Ctrl+Z takes the note back.").replace(
                "%1", marked.name
            )
            if marked is not None
            else ""
        )

    def _show_note(self, row: NoteRow) -> None:
        if row.agenda_item_id == self.item_id:
            self.feed.put(row)
            if row.id == self.feed.last().id:
                self._keep_newest_in_view()
            else:
                self.feed_view.scrollTo(self.feed.index(self.feed.row_of_id(row.id), 0))

    def _read_again(self) -> None:
        """After an undo or redo (made or refused): the feed shows the notes as stored."""
        if self.workshop_id is None:
            return
        try:
            rows = live.notes_of_item(self._store, self.workshop_id, self.item_id, limit=FEED_LIMIT)
        except FacilitatorError as exc:
            self.message.emit(str(exc))
            return
        self.feed.set_rows(rows)
        self._keep_newest_in_view()

    def _undo(self, text: str, undo, redo) -> Undo:
        return Undo(text, undo, redo, after=self._read_again, workshop_id=self.workshop_id)

    def _last_shown(self) -> NoteRow | None:
        """The latest note in the feed: the keys act on what the moderator sees, never on a
        note of another item."""
        return self.feed.last() if self.workshop_id is not None else None

    def _by_uuid(self, uuid: str) -> int:
        # A deleted note brought back by undo may have a new id; its uuid never changes.
        return live.note_id_of(self._store, uuid)

    @property
    def editing(self) -> bool:
        """The field holds the last note being corrected (Up), not a new note."""
        return self._editing is not None

    def edit_last(self) -> None:
        """Up in the empty field: load the last note of this item to edit it."""
        note = self._last_shown()
        if note is None:
            self.message.emit(self.tr("There is no note to edit yet."))
            return
        self._editing = note
        self._kind_before_edit = self.kind
        self.kind = note.kind
        self._show_kind()
        self.note_field.setText(note.text)
        self.mode_label.setText(self.tr("Editing the last note — Enter saves, Esc cancels"))
        self.mode_label.show()

    def cancel_edit(self) -> None:
        self._editing = None
        self.note_field.setText("")
        self.kind = self._kind_before_edit
        self._kind_before_edit = NoteKind.POINT
        self._show_kind()
        self.mode_label.hide()

    def _save_edit(self, text: str) -> None:
        before = self._editing
        values = {"text": text, "kind": self.kind}
        if self._attributed is not None:  # Ctrl+P while editing: the note changes hands
            values["speaker_id"] = self._attributed.person_id
        old = {"text": before.text, "kind": before.kind, "speaker_id": before.speaker_id}
        workshop_id = self.workshop_id

        def undo_of(result) -> Undo:
            row, marked = result
            # Each expects what the other left: a change made elsewhere since is kept.
            new = {"text": row.text, "kind": row.kind, "speaker_id": row.speaker_id}
            if marked is None:
                return self._undo(
                    self.tr("edit note"),
                    lambda: live.edit_note(
                        self._store, self._by_uuid(before.uuid), expect=new, **old
                    ),
                    lambda: live.edit_note(
                        self._store, self._by_uuid(before.uuid), expect=old, **new
                    ),
                )
            return self._undo(  # the note and the attendance, together
                self.tr("note by %1 (marked present)").replace("%1", marked.name),
                lambda: live_notes.edit_note_unmarking(
                    self._store, self._by_uuid(before.uuid), marked, expect=new, **old
                ),
                lambda: live_notes.edit_note_unmarking(
                    self._store, self._by_uuid(before.uuid), marked, expect=old, again=True, **new
                ),
            )

        done = self._edits.run(
            self,
            lambda: live_notes.edit_note_marking_present(
                self._store, before.id, now=self._now(), **values
            ),
            # Notes only, unless someone was marked present (as for a new note).
            changes=lambda result: (
                (changed(NOTE, workshop_id), changed(WORKSHOP, workshop_id))
                if result[1] is not None
                else changed(NOTE, workshop_id)
            ),
            undo=undo_of,
            on_error=self.message.emit,
        )
        if not done:
            return
        row, marked = done.value
        self._show_note(row)
        self._kind_before_edit = NoteKind.POINT
        self.cancel_edit()
        self._attributed = None
        self._show_who()
        self.message.emit(
            self.tr("Note changed; %1 is now marked present — Ctrl+Z takes back both.").replace(
                "%1", marked.name
            )
            if marked is not None
            else self.tr("Note changed — Ctrl+Z to undo.")
        )

    def delete_last(self) -> None:
        """Delete the last note of this item; Ctrl+Z brings it back."""
        note = self._last_shown()
        if note is None:
            self.message.emit(self.tr("There is no note to delete."))
            return

        def undo_of(snapshot) -> Undo:
            state = {"snapshot": snapshot}

            def undo() -> None:
                row = live.restore_note(self._store, state["snapshot"])
                state["expect"] = _values(row)

            def redo() -> None:  # refused when the note was changed since it came back
                state["snapshot"] = live.delete_note(
                    self._store, self._by_uuid(note.uuid), expect=state["expect"]
                )

            return self._undo(self.tr("delete note"), undo, redo)

        if not self._run(lambda: live.delete_note(self._store, note.id), undo_of):
            return
        if self._editing is not None and self._editing.id == note.id:
            self.cancel_edit()
        self.feed.drop(note.id)
        self.message.emit(
            self.tr("Note deleted: “%1” — Ctrl+Z to undo.").replace("%1", _excerpt(note.text))
        )

    def park_last(self) -> None:
        """Send the last note of this item to the parking lot; Ctrl+Z takes it back."""
        note = self._last_shown()
        if note is None:
            self.message.emit(self.tr("There is no note to send to the parking lot."))
            return
        parked = {"kind": NoteKind.PARKING_LOT}
        undo = self._undo(  # each refused when the kind was changed elsewhere since
            self.tr("parking lot"),
            lambda: live.edit_note(
                self._store, self._by_uuid(note.uuid), expect=parked, kind=note.kind
            ),
            lambda: live.send_to_parking_lot(
                self._store, self._by_uuid(note.uuid), expect={"kind": note.kind}
            ),
        )
        done = self._run(lambda: live.send_to_parking_lot(self._store, note.id), undo)
        if not done:
            return
        self._show_note(done.value)
        self.message.emit(self.tr("Note sent to the parking lot — Ctrl+Z to undo."))
