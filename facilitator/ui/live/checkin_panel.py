"""Check-in during the session: type to find an attendee, Enter toggles present, add a walk-in.

The attendee list is read once when the screen opens and updated row by row
after each check-in; filtering as the user types is Turkish-aware ("isik"
finds "Işık").
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.errors import FacilitatorError
from facilitator.models.enums import Attendance
from facilitator.services import live
from facilitator.services.live import Clock
from facilitator.ui.kit.changes import PERSON, WORKSHOP, changed
from facilitator.ui.kit.operations import Edits
from facilitator.ui.live.item_models import people_model
from facilitator.ui.live.keys import KEY_CHECK_IN, KEY_WALK_IN, key_text
from facilitator.ui.live.type_ahead import TypeAhead

# Taking someone off the present list forgets their arrival time: Enter must come twice.
CHECK_OUT_CONFIRM_SECONDS = 3


def split_name(text: str) -> tuple[str, str]:
    """'Ayşe Nur Yılmaz' → ('Ayşe Nur', 'Yılmaz'): the last word is the family name."""
    words = text.split()
    if len(words) < 2:
        return (words[0] if words else "", "")
    return " ".join(words[:-1]), words[-1]


def add_walk_in_named(edits: Edits, initiator, workshop_id: int, typed: str, now: Clock, on_error):
    """The typed "Given Family" as a new person attending the workshop, present now: one
    edit, announced for the workshop and the directory. The row, or None (no name typed,
    or refused: said through ``on_error``)."""
    given, family = split_name(typed)
    if not given:
        return None
    store = edits.store
    done = edits.run(
        initiator,
        lambda: live.add_walk_in(store, workshop_id, given, family, now=now()),
        changes=lambda row: (changed(WORKSHOP, workshop_id), changed(PERSON, row.person_id)),
        on_error=on_error,
    )
    return done.value if done else None


class CheckInPanel(QWidget):
    """Who is present. ``message(text)`` goes to the status line; ``changed()`` after a write."""

    message = Signal(str)
    changed = Signal()
    cancelled = Signal()

    def __init__(self, edits: Edits, now: Clock, parent=None):
        super().__init__(parent)
        self._edits = edits
        self._store = edits.store
        self._now = now
        self.workshop_id: int | None = None
        self._rows: list = []
        self._check_out_asked = None  # (participation id, when) of the first Enter
        title = QLabel(self.tr("Check-in"))
        title.setObjectName("panelTitle")
        self.counts = QLabel("")
        self.search = TypeAhead(
            people_model(self),
            self.tr("%1: find an attendee, Enter: present / not; %2: walk-in")
            .replace("%1", key_text(KEY_CHECK_IN))
            .replace("%2", key_text(KEY_WALK_IN)),
            5,
            empty_text=lambda typed: self.tr(
                "No attendee matches “%1”. Enter adds them as a walk-in."
            ).replace("%1", typed),
        )
        self.search.picked.connect(self.toggle)
        self.search.unknown.connect(lambda _typed: self.add_walk_in())
        self.search.cancelled.connect(self.cancelled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.counts)
        layout.addStretch(1)
        edits.bus.changed.connect(self._on_changed)

    @property
    def field(self):
        return self.search.field

    def show_workshop(self, workshop_id: int) -> None:
        self.workshop_id = workshop_id
        self._set_rows(live.find_attendees(self._store, workshop_id))

    def present_rows(self) -> list:
        return [r for r in self._rows if r.attendance is Attendance.PRESENT]

    def attendee_rows(self) -> list:
        """Every attendee of the workshop as last read (notes, the queue and commitments
        offer them all, present first)."""
        return list(self._rows)

    def _on_changed(self, kind: str, ids, initiator=None) -> None:
        """Another panel of the same screen marked someone present or added a walk-in (the
        screen skips its own edits): read the attendees again and say so (``changed``)."""
        if (
            kind != WORKSHOP
            or self.workshop_id is None
            or initiator is None
            or initiator is self
            or not isinstance(initiator, QWidget)
            or initiator is self.window()  # the screen's own moves: it reads them itself
            or initiator.window() is not self.window()
            or (ids and self.workshop_id not in ids)
        ):
            return
        try:
            self._set_rows(live.find_attendees(self._store, self.workshop_id))
        except FacilitatorError as exc:
            self.message.emit(str(exc))
            return
        self.changed.emit()

    def _set_rows(self, rows) -> None:
        self._rows = list(rows)
        self.search.set_rows(self._rows)
        present = len(self.present_rows())
        self.counts.setText(
            self.tr("%1 present of %n attendee(s)", None, len(self._rows)).replace(
                "%1", str(present)
            )
        )

    def _replace(self, row) -> None:
        rows = [r for r in self._rows if r.id != row.id]
        if len(rows) == len(self._rows):
            rows.append(row)  # a walk-in: sorted by the next read; shown at the end meanwhile
        else:
            rows = [row if r.id == row.id else r for r in self._rows]
        self._set_rows(rows)

    def start(self) -> None:
        self.search.start()

    def toggle(self, row) -> None:
        """Enter on an attendee: present if they were not, not present if they were."""
        present = row.attendance is not Attendance.PRESENT
        if not present and not self._confirmed_check_out(row):
            self.message.emit(
                self.tr("%1 is checked in. Press Enter again to mark them not present.").replace(
                    "%1", row.display_name
                )
            )
            return  # the search stays as typed: a second Enter picks the same person
        done = self._edits.run(
            self,
            lambda: live.set_present(self._store, row.id, present, self._now()),
            changes=changed(WORKSHOP, self.workshop_id),  # the main window's Attendees tab
            on_error=self.message.emit,
        )
        if not done:
            return
        updated = done.value
        self._replace(updated)
        self.field.setText("")
        self.message.emit(
            (
                self.tr("%1 is present.") if present else self.tr("%1 is no longer marked present.")
            ).replace("%1", updated.display_name)
        )
        self.changed.emit()

    def _confirmed_check_out(self, row) -> bool:
        asked, self._check_out_asked = self._check_out_asked, None
        now = self._now()
        if (
            asked is not None
            and asked[0] == row.id
            and (now - asked[1]).total_seconds() <= CHECK_OUT_CONFIRM_SECONDS
        ):
            return True
        self._check_out_asked = (row.id, now)
        return False

    def add_walk_in(self) -> None:
        """Ctrl+Shift+I: the typed "Given Family" becomes a new person, present now."""
        if self.workshop_id is None:
            return
        if not split_name(self.field.text())[0]:
            self.message.emit(self.tr("Type the walk-in's name in the check-in field first."))
            self.start()
            return
        row = add_walk_in_named(
            self._edits, self, self.workshop_id, self.field.text(), self._now, self.message.emit
        )
        if row is None:
            return
        self._replace(row)
        self.field.setText("")
        self.message.emit(
            self.tr("%1 added as a walk-in, present.").replace("%1", row.display_name)
        )
        self.changed.emit()
