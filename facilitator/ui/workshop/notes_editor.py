"""The panel beside the notes: one note's fields to correct, a new note taken on paper, or
the agenda item to move several notes to.

It only holds values; the Notes tab writes them (``save_requested``) and
decides what changed. Ctrl+Enter saves, Esc puts back what is stored.
"""

from __future__ import annotations

import enum
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.services.live.notes import NOTE_LENGTH
from facilitator.services.live.rows import NoteRow
from facilitator.services.note_register import NoteRegister
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.labels import NOTE_KINDS, note_kind_label
from facilitator.ui.kit.timefmt import from_local, to_local
from facilitator.ui.workshop.notes_tree_model import other_notes_title

TIME_FORMAT = "dd.MM.yyyy HH:mm"


class Mode(enum.Enum):
    NOTHING = "nothing"
    EDIT = "edit"  # one note
    NEW = "new"  # a note taken on paper
    MOVE = "move"  # several notes: only their agenda item


def local_minute(value: datetime, time_zone: str) -> tuple:
    """A time as the editor shows it (in the workshop's zone, to the minute): what
    "unchanged" means."""
    local = to_local(value, time_zone)
    return (local.year, local.month, local.day, local.hour, local.minute)


class NoteEditor(QWidget):
    """Fields of a note: agenda item, time (in the workshop's zone), kind, speaker, text."""

    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = Mode.NOTHING
        self.note: NoteRow | None = None
        self.time_zone = ""  # the workshop's (set with its choices): the time is typed in it
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("noteEditorHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.item = QComboBox()
        self.item.setPlaceholderText(self.tr("Choose an agenda item"))
        self.time = QDateTimeEdit()
        self.time.setDisplayFormat(TIME_FORMAT)
        self.time.setCalendarPopup(True)
        self.kind = QComboBox()
        for kind in NOTE_KINDS:
            self.kind.addItem(note_kind_label(kind), kind)
        self.speaker = QComboBox()
        self.speaker.setMinimumContentsLength(16)
        self.speaker.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.item.setMinimumContentsLength(16)
        self.item.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The note as it goes into the minutes"))
        self.text.setToolTip(
            self.tr(
                "At most %1 characters. Ctrl+Enter saves, Esc puts back what is stored."
            ).replace("%1", str(NOTE_LENGTH))
        )

        self.save_button = QPushButton(icon("save"), self.tr("Sa&ve"))
        self.save_button.setDefault(False)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button = QPushButton(self.tr("Put &back"))
        self.cancel_button.setToolTip(self.tr("Forget the changes not yet saved (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_requested)

        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Agenda &item:"), self.item)
        form.addRow(self.tr("Ti&me:"), self.time)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("S&peaker:"), self.speaker)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.text_label = QLabel(self.tr("Te&xt:"))
        self.text_label.setBuddy(self.text)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 100)
        layout.addStretch(1)  # keeps the fields at the top while the text is hidden
        layout.addLayout(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_requested)
        escape = QShortcut(QKeySequence(Qt.Key_Escape), self)
        escape.setContext(Qt.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel_requested)
        self.show_nothing()

    # -- choices ---------------------------------------------------------------------

    def set_choices(self, register: NoteRegister | None) -> None:
        """The agenda items and the attendees of the workshop shown, and its zone."""
        self.item.clear()
        self.speaker.clear()
        self.time_zone = register.time_zone if register is not None else ""
        if register is None:
            return
        for item in register.items:
            self.item.addItem(item.label, item.id)
        self.item.addItem(other_notes_title(), None)
        self.speaker.addItem(self.tr("— nobody in particular —"), None)
        for speaker in register.speakers:
            self.speaker.addItem(speaker.label, speaker.person_id)

    def _choose(self, combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    # -- modes -----------------------------------------------------------------------

    def _enable(self, *, fields: bool, item: bool) -> None:
        for widget in (self.time, self.kind, self.speaker, self.text, self.text_label):
            widget.setEnabled(fields)
        self.item.setEnabled(item)
        self.save_button.setEnabled(item)
        self.cancel_button.setEnabled(item)
        # Moving several notes: only the item is asked; another note's values would mislead.
        moving = item and not fields
        for widget in (self.time, self.kind, self.speaker):
            self.form.setRowVisible(widget, not moving)
        self.text_label.setVisible(not moving)
        self.text.setVisible(not moving)

    def show_nothing(self) -> None:
        self.mode, self.note = Mode.NOTHING, None
        self.heading.setText(
            self.tr(
                "Select a note to correct it, or several to move them to another agenda "
                "item. A note taken on paper: Add a note."
            )
        )
        self.text.setPlainText("")
        self._enable(fields=False, item=False)

    def show_note(self, note: NoteRow) -> None:
        self.mode, self.note = Mode.EDIT, note
        self.heading.setText(self.tr("Correct the note"))
        self._choose(self.item, note.agenda_item_id)
        self._set_time(note.noted_at)
        self._choose(self.kind, note.kind)
        if note.speaker_id is not None and self.speaker.findData(note.speaker_id) < 0:
            # No longer an attendee: still shown as the speaker the note names.
            self.speaker.addItem(note.speaker_name, note.speaker_id)
        self._choose(self.speaker, note.speaker_id)
        self.text.setPlainText(note.text)
        self.save_button.setText(self.tr("Sa&ve"))
        self._enable(fields=True, item=True)

    def show_new(self, item_id: int | None, at: datetime) -> None:
        self.mode, self.note = Mode.NEW, None
        self.heading.setText(self.tr("A note taken on paper"))
        self._choose(self.item, item_id)
        self._set_time(at)
        self._choose(self.kind, NOTE_KINDS[0])
        self._choose(self.speaker, None)
        self.text.setPlainText("")
        self.save_button.setText(self.tr("Sa&ve the new note"))
        self._enable(fields=True, item=True)

    def show_several(self, count: int, item_id: int | None, all_on_one: bool) -> None:
        """Several notes selected; ``all_on_one``: they are all on ``item_id``."""
        self.mode, self.note = Mode.MOVE, None
        self.heading.setText(
            self.tr("%n note(s) selected: choose the agenda item to move them to.", None, count)
        )
        if item_id is None and not all_on_one:
            self.item.setCurrentIndex(-1)  # notes of several items: nothing chosen for them
        else:
            self._choose(self.item, item_id)
        self.text.setPlainText("")
        self.save_button.setText(self.tr("&Move the notes"))
        self._enable(fields=False, item=True)

    # -- values ----------------------------------------------------------------------

    def _set_time(self, value: datetime) -> None:
        local = to_local(value, self.time_zone)
        self.time.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def noted_at(self) -> datetime:
        shown = self.time.dateTime()
        return from_local(shown.date().toPython(), shown.time().toPython(), self.time_zone)

    def values(self) -> dict:
        """What the fields hold, in the service's terms."""
        return {
            "text": self.text.toPlainText(),
            "kind": self.kind.currentData(),
            "speaker_id": self.speaker.currentData(),
            "agenda_item_id": self.item.currentData(),
            "noted_at": self.noted_at(),
        }

    def changes(self) -> dict:
        """The fields that differ from the note shown (its time compared to the minute)."""
        note = self.note
        if note is None:
            return {}
        values = self.values()
        changed = {
            key: values[key]
            for key in ("text", "kind", "speaker_id", "agenda_item_id")
            if values[key] != getattr(note, key)
        }
        if local_minute(values["noted_at"], self.time_zone) != local_minute(
            note.noted_at, self.time_zone
        ):
            changed["noted_at"] = values["noted_at"]
        return changed

    def is_dirty(self) -> bool:
        """Typed in and not saved: a note's corrections, or a new note's text."""
        if self.mode is Mode.EDIT:
            return bool(self.changes())
        return self.mode is Mode.NEW and bool(self.text.toPlainText().strip())

    def set_values(self, values: dict) -> None:
        """Put back what was typed (after the choices were read again)."""
        self._choose(self.item, values["agenda_item_id"])
        self._set_time(values["noted_at"])
        self._choose(self.kind, values["kind"])
        self._choose(self.speaker, values["speaker_id"])
        if self.text.toPlainText() != values["text"]:
            self.text.setPlainText(values["text"])

    def focus_text(self) -> None:
        self.text.setFocus(Qt.OtherFocusReason)
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
