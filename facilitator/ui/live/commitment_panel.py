"""Ctrl+T on the live screen: the last note becomes a commitment, without a dialog.

The panel opens under the notes showing the note; the moderator types the
organization (type-ahead among the organizations of the people present, or a
person's name to find theirs) and presses Enter. Esc closes it. The
commitment is one step of the screen's edit history, so Ctrl+Z takes it back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.errors import FacilitatorError
from facilitator.services import commitments, live
from facilitator.text import sort_key
from facilitator.ui.commitments.commitment_undo import creation_undo
from facilitator.ui.kit.changes import COMMITMENT, changed
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.undo import Undo
from facilitator.ui.live.type_ahead import TypeAhead


@dataclass(frozen=True)
class OrganizationChoice:
    """An organization represented in the room, with who represents it."""

    id: int
    name: str
    people: str


def organization_choices(present_rows) -> list[OrganizationChoice]:
    """The organizations of the attendees present, in Turkish order."""
    names: dict[int, str] = {}
    people: dict[int, list[str]] = {}
    for row in present_rows:
        if row.organization_id is None:
            continue
        names[row.organization_id] = row.organization_name
        people.setdefault(row.organization_id, []).append(row.full_name)
    return sorted(
        (OrganizationChoice(org_id, names[org_id], ", ".join(people[org_id])) for org_id in names),
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
        lambda c: f"{c.name} {c.people}",
        parent,
    )


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
        self.title = QLabel(self.tr("Commitment from the last note"))
        self.title.setObjectName("panelTitle")
        self.note = QLabel()
        self.note.setTextFormat(Qt.PlainText)
        self.note.setWordWrap(True)
        self.search = TypeAhead(
            _organizations_model(self),
            self.tr("Type the organization that commits, Enter: record; Esc: cancel"),
            5,
        )
        self.search.picked.connect(self.record)
        self.search.cancelled.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.search)
        self.hide()

    @property
    def field(self):
        return self.search.field

    def set_people(self, present_rows) -> None:
        """The people present now: their organizations are the choices."""
        self.search.set_rows(organization_choices(present_rows))

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
        self.note.setText("“" + _short(note.text) + "”")
        self.field.setText("")
        self.show()
        self.search.start()
        if not self.search.model.total_count():
            self.message.emit(
                self.tr("No organization is represented by the people present; check them in.")
            )

    def record(self, choice: OrganizationChoice) -> None:
        """Enter on an organization: the commitment is recorded, one undoable step."""
        note_id, workshop_id = self.note_id, self.workshop_id
        if note_id is None:
            return

        def undo_of(row) -> Undo:
            # Changed elsewhere since (the Commitments tab, the roadmap): the undo is refused
            # (StaleEditError) and the later work is kept, not deleted with it.
            text = self.tr("commitment of %1").replace("%1", row.organization_name)
            return Undo(text, *creation_undo(self._store, row.id), workshop_id=workshop_id)

        done = self._edits.run(
            self,
            lambda: commitments.commitment_from_note(self._store, note_id, choice.id),
            changes=lambda row: changed(COMMITMENT, row.id),
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

    def cancel(self) -> None:
        self._close()
        self.message.emit("")

    def _close(self) -> None:
        self.note_id = None
        self.field.setText("")
        self.hide()
        self.finished.emit()
