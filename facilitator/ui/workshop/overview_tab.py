"""The Overview tab of a workshop: every field of the workshop, saved as each is left.

Each save runs through ``Edits.run`` (``kit/operations.py``): one undoable step,
announced on the bus. A change made elsewhere, or undone, is shown again.

The form names its workshop only once that workshop's values are in it: a
load that fails leaves the tab empty and disabled, never showing one
workshop's fields while saving to another.

Its day and times are shown and typed in the workshop's own zone (chosen here):
11:00 typed for an Istanbul workshop is 08:00 UTC on any computer. Another zone for
a workshop not started yet keeps its planned clock times; once its session started,
its times are facts and another zone only shows them on other clocks.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import NotFoundError
from facilitator.models.enums import WorkshopStatus
from facilitator.services import listing
from facilitator.store import Store
from facilitator.ui.kit.autosave import AutoSaveForm, PlainTextEdit, error_label
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, SERIES, WORKSHOP, ChangeBus, changed
from facilitator.ui.kit.filter_combo import FilterComboBox
from facilitator.ui.kit.labels import language_label, status_label
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.timefmt import clock, from_local, to_local
from facilitator.ui.kit.undo import EditHistory, Undo
from facilitator.ui.kit.validation import form_fields, recheck_on_edit
from facilitator.ui.kit.zone_chooser import ZoneChooser


class OverviewTab(QWidget):
    """Edits the workshop's details: series, number, title, question, time, place, people."""

    def __init__(self, store: Store, bus: ChangeBus, history: EditHistory, parent=None):
        super().__init__(parent)
        self._store = store
        self._edits = Edits(store, bus, history)
        self._workshop_id: int | None = None
        self._zone = ""  # the workshop's, as stored: its day and times are shown in it

        self.series = QComboBox()
        self.number = QSpinBox()
        self.number.setRange(0, 9999)
        self.number.setSpecialValueText("—")
        self.title = QLineEdit()
        self.guiding_question = PlainTextEdit()
        self.guiding_question.setTabChangesFocus(True)
        self.guiding_question.setFixedHeight(60)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.time_zone = ZoneChooser()
        self.zone_hint = QLabel()
        self.zone_hint.setWordWrap(True)
        self.zone_hint.setTextFormat(Qt.PlainText)
        self.venue_name = QLineEdit()
        self.venue_address = QLineEdit()
        # Found by typing part of a name (short names and organizations too), Turkish-aware.
        self.host = FilterComboBox()
        self.moderator = FilterComboBox()
        self.language = QComboBox()
        for code in ("tr", "en"):
            self.language.addItem(language_label(code), code)
        self.status = QComboBox()
        for status in WorkshopStatus:
            self.status.addItem(status_label(status), status.value)
        self.objectives = PlainTextEdit()
        self.objectives.setTabChangesFocus(True)

        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(QLabel(self.tr("from")))
        when.addWidget(self.start)
        when.addWidget(QLabel(self.tr("to")))
        when.addWidget(self.end)
        when.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Se&ries"), self.series)
        form.addRow(self.tr("Num&ber in series"), self.number)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("Guiding &question"), self.guiding_question)
        when_label = QLabel(self.tr("Da&y and time"))
        when_label.setBuddy(self.date)
        form.addRow(when_label, when)
        zone_label = QLabel(self.tr("Time zone"))
        zone_label.setBuddy(self.time_zone)
        form.addRow(zone_label, self.time_zone)
        form.addRow("", self.zone_hint)
        form.addRow(self.tr("&Venue"), self.venue_name)
        form.addRow(self.tr("Venue address"), self.venue_address)
        form.addRow(self.tr("Host organi&zation"), self.host)
        form.addRow(self.tr("&Moderator"), self.moderator)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("S&tatus"), self.status)
        form.addRow(self.tr("Ob&jectives"), self.objectives)

        self.error = error_label()
        self.fields = inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.error)
        column.addLayout(form)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.form = AutoSaveForm(self._save, self.error, self)
        self.form.bind_combo("series_id", self.series)
        self.form.bind_spin("number", self.number, none_at_minimum=True)
        self.form.bind_line("title", self.title)
        self.form.bind_text("guiding_question", self.guiding_question)
        for editor in (self.date, self.start, self.end):
            self.form.bind_custom(
                "schedule", self._read_schedule, self._write_schedule, editor.editingFinished
            )
        self.form.bind_custom(
            "time_zone", self.time_zone.zone, self._write_zone, self.time_zone.chosen
        )
        self.form.bind_line("venue_name", self.venue_name)
        self.form.bind_line("venue_address", self.venue_address)
        self.form.bind_combo("host_id", self.host)
        self.form.bind_combo("moderator_id", self.moderator)
        self.form.bind_combo("language", self.language)
        self.form.bind_combo("status", self.status)
        self.form.bind_text("objectives", self.objectives)
        # A refusal ("Title cannot be empty.") leaves at the next edit of a field, the one
        # refused or another; the stored value put back after it is no edit, so the
        # refusal shows again once that value is back.
        recheck_on_edit(self.error, form_fields(self.fields))
        self.form.failed.connect(self._show_refusal)
        bus.changed.connect(self._on_changed)

    def _show_refusal(self, _field: str, message: str) -> None:
        if message:
            self.error.setText(message)
            self.error.show()

    # -- schedule: one date, two times, saved together ------------------------------

    def _read_schedule(self):
        day = self.date.date().toPython()
        # Typed on the clocks of the workshop's zone, whatever this computer's.
        start = from_local(day, self.start.time().toPython(), self._zone)
        end = from_local(day, self.end.time().toPython(), self._zone)
        stored = self.form.stored("schedule")
        if stored is not None and start != stored[0] and end <= start:
            # Moving the start past the end moves the end too, keeping the duration.
            end = start + (stored[1] - stored[0])
        return (start, end)

    def _write_schedule(self, value) -> None:
        if value is None:
            return
        start, end = (to_local(v, self._zone) for v in value)
        self.date.setDate(QDate(start.year, start.month, start.day))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))

    def _write_zone(self, value) -> None:
        schedule = self.form.stored("schedule")
        at = schedule[0] if schedule is not None else None
        if at is None:
            self.time_zone.setEditText(value or "")
            return
        self.time_zone.set_zone(value, at)

    # -- loading and saving ------------------------------------------------------------

    def _fill_choices(self) -> None:
        # Everything is read before any combo changes: a failed read leaves them as they were.
        series_rows = listing.series_titles(self._store)
        organizations = listing.organization_choices(self._store)
        people = listing.person_choices(self._store)
        self.series.clear()
        self.series.addItem(self.tr("(no series)"), None)
        for row in series_rows:
            self.series.addItem(row.title, row.id)
        self.host.clear()
        self.host.add_choice(self.tr("(none)"), None)
        for row in organizations:
            self.host.add_choice(row.name, row.id, row.short_name)
        self.moderator.clear()
        self.moderator.add_choice(self.tr("(none)"), None)
        for row in people:
            label = row.display_name
            if row.organization_name:
                label += f" — {row.organization_name}"
            self.moderator.add_choice(label, row.id, row.email)

    @property
    def workshop_id(self) -> int | None:
        return self._workshop_id

    def show_workshop(self, workshop_id: int) -> None:
        """Fill the form with the workshop's values; only then does the tab edit it.

        Raises what the services raise; the tab is then left empty and disabled.
        """
        self.clear()
        row = listing.get_workshop(self._store, workshop_id)
        self._fill_choices()
        self._load(row)
        self._workshop_id = workshop_id
        self.fields.setEnabled(True)

    def clear(self) -> None:
        """No workshop: the fields are emptied and nothing can be edited."""
        # Disabled first, while the form still names its workshop: a field left this way
        # saves to the workshop it was typed for.
        self.fields.setEnabled(False)
        self._workshop_id = None
        self.form.load(dict.fromkeys(self._FIELDS))
        self.zone_hint.clear()
        for combo in (self.series, self.host, self.moderator):
            combo.clear()

    _FIELDS = (
        "series_id",
        "number",
        "title",
        "guiding_question",
        "schedule",
        "time_zone",
        "venue_name",
        "venue_address",
        "host_id",
        "moderator_id",
        "language",
        "status",
        "objectives",
    )

    def refresh_choices(self) -> None:
        """New or renamed series, organizations or people appear in the choices; the
        fields are shown again only where they differ (what is being typed stays)."""
        if self._workshop_id is not None:
            row = listing.get_workshop(self._store, self._workshop_id)
            self._fill_choices()
            self._load(row, only_changed=True, choices=True)

    def reload(self) -> None:
        if self._workshop_id is None:
            return
        self._load(listing.get_workshop(self._store, self._workshop_id))

    def _load(
        self, row: listing.WorkshopRow, *, only_changed: bool = False, choices: bool = False
    ) -> None:
        """``only_changed``: only fields whose stored value differs; ``choices``: the
        choice lists were filled again, so their selections are shown again too."""
        zone_moved = row.time_zone != self._zone
        self._zone = row.time_zone  # before the schedule is written: it is shown in it
        self._show_zone_hint(row)
        values = {
            "series_id": row.series_id,
            "number": row.number,
            "title": row.title,
            "guiding_question": row.guiding_question,
            "schedule": (row.planned_start, row.planned_end),
            "time_zone": row.time_zone,
            "venue_name": row.venue_name,
            "venue_address": row.venue_address,
            "host_id": row.host_id,
            "moderator_id": row.moderator_id,
            "language": row.language,
            "status": row.status.value,
        } | {"objectives": row.objectives}
        if only_changed:
            values = {
                f: v
                for f, v in values.items()
                # The same instants on another zone's clocks are shown again too.
                if v != self.form.stored(f)
                or (zone_moved and f in ("schedule", "time_zone"))
                or (choices and f in ("series_id", "host_id", "moderator_id"))
            }
            if not values:
                return
        self.form.load(values)

    def _show_zone_hint(self, row: listing.WorkshopRow) -> None:
        """One line on what another zone does: keep the planned clock times, or (once the
        session started) only show the recorded times on other clocks."""
        if row.started:
            text = self.tr(
                "The session has started: its times are kept as recorded; another zone "
                "only shows them on other clocks."
            )
        else:
            text = self.tr("Another zone keeps the planned clock times (%1 stays %1).").replace(
                "%1", clock(row.planned_start, row.time_zone)
            )
        self.zone_hint.setText(text)

    def _field_label(self, field: str) -> str:
        return {
            "series_id": self.tr("series"),
            "number": self.tr("number in series"),
            "title": self.tr("title"),
            "guiding_question": self.tr("guiding question"),
            "schedule": self.tr("date and time"),
            "time_zone": self.tr("time zone"),
            "venue_name": self.tr("venue"),
            "venue_address": self.tr("venue address"),
            "host_id": self.tr("host organization"),
            "moderator_id": self.tr("moderator"),
            "language": self.tr("language"),
            "status": self.tr("status"),
            "objectives": self.tr("objectives"),
        }[field]

    @staticmethod
    def _changes(field: str, value) -> dict:
        if field == "schedule":
            return {"planned_start": value[0], "planned_end": value[1]}
        return {field: value}

    def _save(self, field: str, value, old):
        """Write one field (``kit.operations``); what the edit returns (None: not written,
        and the form puts the stored value back, with the refusal shown)."""
        workshop_id = self._workshop_id
        if workshop_id is None:  # nothing shown: no edit may land anywhere
            self._edits.refuse(self, self.tr("No workshop is open."), on_error=self.form.refuse)
            return None
        if field == "moderator_id":
            return self._save_moderator(workshop_id, value, old)
        from facilitator.services import workshops  # maps the ORM: not before the first edit

        store = self._store
        new_changes, old_changes = self._changes(field, value), self._changes(field, old)
        seen = dict(old_changes)  # what the form showed: changed by another user, refused
        if field == "series_id":
            # A move to another series takes that series' next number; undo puts the
            # old number back with the old series.
            old_changes["number"] = listing.get_workshop(store, workshop_id).number
        if field == "time_zone":
            # Another zone may move the planned times (kept on the clock): undo puts the
            # old zone back with the old instants, exactly.
            before = listing.get_workshop(store, workshop_id)
            old_changes["planned_start"] = before.planned_start
            old_changes["planned_end"] = before.planned_end

        def undoable(row: listing.WorkshopRow) -> Undo:
            if field == "series_id":
                new_changes["number"] = row.number
            if field == "time_zone":
                new_changes["planned_start"] = row.planned_start
                new_changes["planned_end"] = row.planned_end
            return Undo(
                self.tr("Change the %1").replace("%1", self._field_label(field)),
                # Each carries the values it expects: a change made elsewhere meanwhile is kept.
                undo=lambda: workshops.update_workshop(
                    store, workshop_id, expect=new_changes, **old_changes
                ),
                redo=lambda: workshops.update_workshop(
                    store, workshop_id, expect=old_changes, **new_changes
                ),
                workshop_id=workshop_id,
            )

        done = self._edits.run(
            self,
            lambda: workshops.update_workshop(store, workshop_id, seen=seen, **new_changes),
            changes=changed(WORKSHOP, workshop_id),
            undo=undoable,
            on_error=self.form.refuse,
        )
        if not done:
            return None  # refused (said by the form) or a bug (reported in its dialog)
        if field in ("series_id", "time_zone"):
            # The number it took in its new series; the times on the new zone's clocks.
            self.reload()
        return done

    def _save_moderator(self, workshop_id: int, person_id: int | None, old: int | None):
        """The moderator, and with them the moderator role among the attendees (added if
        they were not one): one edit, one step of the history."""
        from facilitator.services import attendees  # maps the ORM: not before the first edit

        store = self._store
        taken: list = []

        def undoable(change: attendees.ModeratorChange) -> Undo:
            def undo() -> None:
                taken[:] = attendees.undo_moderator(store, change)

            return Undo(
                self.tr("Change the %1").replace("%1", self._field_label("moderator_id")),
                undo=undo,
                redo=lambda: attendees.redo_moderator(store, change, taken),
                workshop_id=workshop_id,
            )

        return self._edits.run(
            self,
            lambda: attendees.set_moderator(
                store, workshop_id, person_id, seen={"moderator_id": old}
            ),
            changes=changed(WORKSHOP, workshop_id),
            undo=undoable,
            on_error=self.form.refuse,
        )

    def _on_changed(self, kind: str, ids: tuple, initiator=None) -> None:
        if initiator is self or self._workshop_id is None:
            return
        if kind == WORKSHOP and (not ids or self._workshop_id in ids):
            # Changed elsewhere, undone or redone: only the fields that differ are shown
            # again, so an attendee checked in meanwhile never resets a field being typed in.
            try:
                row = listing.get_workshop(self._store, self._workshop_id)
            except NotFoundError:  # deleted meanwhile: the page shows that
                return
            self._load(row, only_changed=True)
        elif kind in (PERSON, ORGANIZATION, SERIES):
            # New or renamed series, organizations or people appear in the choices.
            try:
                self.refresh_choices()
            except NotFoundError:  # the workshop was deleted meanwhile: the page shows that
                return
