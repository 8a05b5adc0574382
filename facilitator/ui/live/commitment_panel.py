"""Ctrl+T on the live screen: the last note becomes a commitment, without a dialog.

The panel opens under the notes showing the note; the moderator types the
organization (type-ahead among the organizations of the people present, or a
person's name to find theirs), and may Tab to the contribution type (1–8 or its
first letters) and to the due date ("30.06.2027", "3 ay", "6 hafta"); Enter
records from any field, Esc closes it. Both start from a default the panel names
(:mod:`facilitator.ui.live.commitment_defaults`). The commitment is one step of
the screen's edit history, so Ctrl+Z takes it back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from facilitator.errors import FacilitatorError
from facilitator.models.enums import ContributionType
from facilitator.services import commitments, ideas, live
from facilitator.services.live import checkin
from facilitator.text import sort_key
from facilitator.ui.commitments.commitment_labels import contribution_label
from facilitator.ui.commitments.commitment_undo import creation_undo
from facilitator.ui.kit.changes import COMMITMENT, IDEA, changed
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.undo import Undo
from facilitator.ui.live.commitment_defaults import (
    DueDefault,
    default_due,
    default_type,
    parse_due,
)
from facilitator.ui.live.type_ahead import TypeAhead


@dataclass(frozen=True)
class OrganizationChoice:
    """An organization represented in the room, with who represents it."""

    id: int
    name: str
    people: str
    short_name: str = ""  # "BBB": found by it too


def organization_choices(rows) -> list[OrganizationChoice]:
    """The organizations of the attendees expected (present or not yet checked in; not who
    declined or is recorded absent), in Turkish order."""
    names: dict[int, tuple[str, str]] = {}
    people: dict[int, list[str]] = {}
    for row in rows:
        if row.organization_id is None or not checkin.expected(row):
            continue
        names[row.organization_id] = (row.organization_name, row.organization_short_name)
        people.setdefault(row.organization_id, []).append(row.full_name)
    return sorted(
        (
            OrganizationChoice(org_id, name, ", ".join(people[org_id]), short)
            for org_id, (name, short) in names.items()
        ),
        key=lambda c: sort_key(c.name),
    )


def _organizations_model(parent=None) -> RowTableModel:
    return RowTableModel(
        [
            Column(
                QCoreApplication.translate("Live", "Organization"),
                lambda c: f"{c.name} — {c.people}" if c.people else c.name,
            )
        ],
        lambda c: f"{c.name} {c.short_name} {c.people}",
        parent,
    )


def _day_text(day) -> str:
    return day.strftime("%d.%m.%Y")  # as typed back: 30.06.2027


_DIGITS = {Qt.Key_1 + i: i for i in range(len(ContributionType))}


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CommitmentPanel(QWidget):
    """Turns the last note into a commitment of the organization typed.

    ``message(text)`` goes to the status line; ``finished()`` when the panel
    closes (saved or cancelled), so the note field takes the keyboard again.
    """

    message = Signal(str)
    finished = Signal()

    def __init__(self, edits: Edits, parent=None):
        super().__init__(parent)
        self._edits = edits
        self._store = edits.store
        self.workshop_id: int | None = None
        self.note_id: int | None = None
        self.idea_key: str | None = None  # a card or cluster of the ideas board (T there)
        self._current_item: int | None = None  # the screen's current agenda item
        self.title = QLabel(self.tr("Commitment from the last note"))
        self.title.setObjectName("panelTitle")
        self.note = QLabel()
        self.note.setTextFormat(Qt.PlainText)
        self.note.setWordWrap(True)
        self.search = TypeAhead(
            _organizations_model(self),
            self.tr("Type the organization that commits, Enter: record; Esc: cancel"),
            5,
            empty_text=lambda typed: self.tr(
                "No organization of this workshop's attendees matches “%1”. The one that "
                "commits must be represented here: add its person first (Ctrl+Shift+I)."
            ).replace("%1", typed),
        )
        self.search.picked.connect(self.record)
        self.search.cancelled.connect(self.cancel)
        self.kind = QComboBox()
        for kind in ContributionType:
            self.kind.addItem(contribution_label(kind), kind)
        self.kind.setToolTip(self.tr("1–8 or the first letters choose the contribution type"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("30.06.2027, 3 months or empty"))
        self.due.setMaximumWidth(self.due.fontMetrics().horizontalAdvance("0") * 22)
        self.due_reason = QLabel()
        self.due_reason.setObjectName("dueReason")
        self.due_reason.setTextFormat(Qt.PlainText)
        self.due_reason.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.due_reason.setMinimumHeight(self.due.sizeHint().height())
        self._due_default: DueDefault | None = None
        # The reason names the default only while the date shown is that default.
        self.due.textEdited.connect(lambda _text: self.due_reason.setText(""))
        for field in (self.search.field, self.kind, self.due):
            field.installEventFilter(self)
        fields = QGridLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(QLabel(self.tr("Organization")), 0, 0)
        fields.addWidget(QLabel(self.tr("Contribution (Tab; 1–8)")), 0, 1)
        fields.addWidget(QLabel(self.tr("Due (Tab)")), 0, 2, 1, 2)
        fields.addWidget(self.search, 1, 0, Qt.AlignTop)
        fields.addWidget(self.kind, 1, 1, Qt.AlignTop)
        fields.addWidget(self.due, 1, 2, Qt.AlignTop)
        fields.addWidget(self.due_reason, 1, 3, Qt.AlignTop)
        fields.setColumnStretch(0, 3)
        fields.setColumnStretch(3, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(fields)
        self.hide()

    @property
    def field(self):
        return self.search.field

    def set_people(self, rows) -> None:
        """The attendees: the organizations of those expected are the choices."""
        self.search.set_rows(organization_choices(rows))

    def follow_item(self, item_id: int | None) -> None:
        """The current agenda item changed: the panel never stays open on a note of another
        item. It closes unless an organization is being typed (then Enter or Esc ends it)."""
        previous, self._current_item = self._current_item, item_id
        if item_id == previous or self.isHidden() or self.note_id is None:
            return
        if self.field.text().strip():
            return
        self._close()
        self.message.emit(self.tr("The commitment panel closed: the agenda item changed."))

    def start(self, workshop_id: int | None) -> None:
        """Ctrl+T: open on the last note of the workshop, ready to type the organization."""
        if workshop_id is None:
            return
        try:
            note = live.last_note(self._store, workshop_id)
        except FacilitatorError as exc:
            self.message.emit(str(exc))
            return
        if note is None:
            self.message.emit(self.tr("No note yet: type the commitment as a note, then Ctrl+T."))
            return
        self.workshop_id = workshop_id
        self.note_id = note.id
        self.idea_key = None
        self.title.setText(self.tr("Commitment from the last note"))
        self.note.setText("“" + _short(note.text) + "”")
        self.field.setText("")
        self._set_defaults(workshop_id, note.text)
        self.show()
        self.search.start()
        if not self.search.model.total_count():
            self.message.emit(self.tr("No organization is represented by the attendees."))

    def start_for_idea(self, workshop_id: int | None, key: str, text: str) -> None:
        """T on the ideas board: a commitment of the card or cluster ``key`` (``text``
        its words), which keeps the link to it."""
        if workshop_id is None:
            return
        self.workshop_id = workshop_id
        self.note_id = None
        self.idea_key = key
        self.title.setText(self.tr("Commitment from the ideas board"))
        self.note.setText("“" + _short(text) + "”")
        self.field.setText("")
        self._set_defaults(workshop_id, text)
        self.show()
        self.search.start()
        if not self.search.model.total_count():
            self.message.emit(self.tr("No organization is represented by the attendees."))

    def _set_defaults(self, workshop_id: int, note_text: str) -> None:
        try:
            kind = default_type(self._store, workshop_id, note_text)
            self._due_default = default_due(self._store, workshop_id)
        except FacilitatorError as exc:
            self.message.emit(str(exc))
            kind, self._due_default = ContributionType.OTHER, None
        self.kind.setCurrentIndex(self.kind.findData(kind))
        due = self._due_default
        if due is None:
            self.due.setText("")
            self.due_reason.setText("")
        else:
            self.due.setText(_day_text(due.day))
            self.due_reason.setText(
                self.tr("next workshop (No. %1)").replace("%1", str(due.next_number or ""))
                if due.next_workshop
                else self.tr("3 months after this workshop")
            )

    @property
    def chosen_type(self) -> ContributionType:
        return ContributionType(self.kind.currentData())

    def _fields(self) -> list[QWidget]:
        return [self.search.field, self.kind, self.due]

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.KeyPress or watched not in self._fields():
            return False
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeypadModifier
        if key in (Qt.Key_Tab, Qt.Key_Backtab):
            fields = self._fields()
            step = -1 if key == Qt.Key_Backtab or modifiers & Qt.ShiftModifier else 1
            target = fields[(fields.index(watched) + step) % len(fields)]
            target.setFocus(Qt.TabFocusReason if step > 0 else Qt.BacktabFocusReason)
            if isinstance(target, QLineEdit):
                target.selectAll()
            return True
        if watched is self.search.field:
            return False  # Enter and Esc are the type-ahead's (record, cancel)
        if key in (Qt.Key_Return, Qt.Key_Enter) and modifiers == Qt.NoModifier:
            choice = self.search.chosen()
            if choice is None:
                self.message.emit(self.tr("Type the organization that commits first."))
                self.search.start()
            else:
                self.record(choice)
            return True
        if key == Qt.Key_Escape:
            self.cancel()
            return True
        if watched is self.kind and key in _DIGITS and modifiers == Qt.NoModifier:
            self.kind.setCurrentIndex(_DIGITS[key])
            return True
        return False

    def record(self, choice: OrganizationChoice) -> None:
        """Enter: the commitment is recorded with the type and date shown, one undoable step."""
        note_id, workshop_id, idea_key = self.note_id, self.workshop_id, self.idea_key
        if note_id is None and idea_key is None:
            return
        workshop_day = self._due_default.workshop_day if self._due_default else None
        try:
            due = parse_due(self.due.text(), workshop_day)
        except ValueError:
            self.message.emit(
                self.tr(
                    "The due date “%1” is not a date: type 30.06.2027, 3 months or 6 weeks."
                ).replace("%1", self.due.text())
            )
            self.due.setFocus(Qt.OtherFocusReason)
            self.due.selectAll()
            return
        kind = self.chosen_type

        def undo_of(row) -> Undo:
            # Changed elsewhere since (the Commitments tab, the roadmap): the undo is refused
            # (StaleEditError) and the later work is kept, not deleted with it.
            text = self.tr("commitment of %1").replace("%1", row.organization_name)
            return Undo(text, *creation_undo(self._store, row.id), workshop_id=workshop_id)

        if idea_key is not None:
            make, undo_of = self._from_idea(workshop_id, idea_key, choice.id, kind, due)
        else:

            def make():
                return commitments.commitment_from_note(
                    self._store, note_id, choice.id, contribution_type=kind, due_date=due
                )

        done = self._edits.run(
            self,
            make,
            changes=lambda row: (
                (changed(COMMITMENT, row.id), changed(IDEA, workshop_id))
                if idea_key is not None
                else changed(COMMITMENT, row.id)
            ),
            undo=undo_of,
            on_error=self.message.emit,
        )
        if not done:
            return
        row = done.value
        self._close()
        self.message.emit(
            self.tr("Commitment recorded: %1 — %2")
            .replace("%1", row.organization_name)
            .replace("%2", _short(row.title, 50))
        )

    def _from_idea(self, workshop_id: int, key: str, org_id: int, kind, due):
        """(make, undo_of) of a commitment promoted from the ideas board: undo deletes it
        (the card's link goes with it), redo promotes the card again."""
        store = self._store

        def make():
            return ideas.promote_to_commitment(
                store, workshop_id, key, org_id, contribution_type=kind, due_date=due
            )

        def undo_of(row) -> Undo:
            state = {"id": row.id, "expect": commitments.commitment_values(store, row.id)}

            def undo() -> None:
                commitments.delete_commitment(store, state["id"], expect=state["expect"])

            def redo() -> None:
                state["id"] = make().id
                state["expect"] = commitments.commitment_values(store, state["id"])

            text = self.tr("commitment of %1").replace("%1", row.organization_name)
            return Undo(text, undo, redo, workshop_id=workshop_id)

        return make, undo_of

    def cancel(self) -> None:
        self._close()
        self.message.emit("")

    def _close(self) -> None:
        self.note_id = None
        self.idea_key = None
        self.field.setText("")
        self.hide()
        self.finished.emit()
