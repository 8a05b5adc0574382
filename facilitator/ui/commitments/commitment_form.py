"""The form of one commitment: what, who, which contribution and how much, phase, dates,
status and the decision it serves. Used inline (workshop tab, roadmap page), never modal.

The form only collects values; its owner saves them through the service and
shows a refusal with :meth:`CommitmentForm.show_error`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.models.enums import CommitmentStatus, ContributionType, QuantityUnit
from facilitator.ui.commitments.commitment_labels import (
    contribution_label,
    format_number,
    parse_quantity,
    short_day,
    status_label,
    unit_label,
)
from facilitator.ui.kit.autosave import error_label
from facilitator.ui.kit.validation import form_fields, recheck_on_edit


def parse_day(text: str) -> date | str | None:
    """A typed date ("31.12.2026", "31.12.26", "2026-12-31"); None when empty; the text
    itself when it is no date, so the caller can say so.

    Every typed date of the commitment and phase forms goes through here. A two-digit
    year is in this century ("31.12.26" is 2026, never 1926)."""
    text = text.strip()
    if not text:
        return None
    locale = QLocale()
    for fmt in (
        locale.dateFormat(QLocale.ShortFormat),
        "d.M.yyyy",
        "d.M.yy",
        "yyyy-MM-dd",
        "d/M/yyyy",
    ):
        # Qt reads "yy" as 1900–1999 unless given the century to start from.
        day = locale.toDate(text, fmt, 2000)
        if day.isValid():
            return date(day.year(), day.month(), day.day())
    return text


class CommitmentForm(QWidget):
    """Fields of a commitment with Save and Cancel.

    ``submitted(commitment_id or None, values)`` on Save (or Enter in a line);
    ``cancelled()`` on Cancel (or Esc).
    """

    submitted = Signal(object, dict)
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.commitment_id: int | None = None
        self._seen: dict = {}  # the values loaded, as the service takes them
        self._people: list = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.error = error_label()
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("What the organization will do"))
        self.organization = QComboBox()
        # Another organization: its people only, and nobody chosen yet.
        self.organization.currentIndexChanged.connect(lambda _i: self._fill_people(reset=True))
        self.person = QComboBox()
        self.kind = QComboBox()
        for kind in ContributionType:
            self.kind.addItem(contribution_label(kind), kind.value)
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", format_number(Decimal("12500")))
        )
        self.unit = QComboBox()
        self.unit.addItem("—", None)
        for unit in QuantityUnit:
            self.unit.addItem(unit_label(unit), unit.value)
        self.phase = QComboBox()
        self.start = QLineEdit()
        self.due = QLineEdit()
        example = short_day(date(2026, 12, 31))
        for field in (self.start, self.due):
            field.setPlaceholderText(self.tr("e.g. %1").replace("%1", example))
        self.status = QComboBox()
        for status in CommitmentStatus:
            self.status.addItem(status_label(status), status.value)
        self.decision = QComboBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        for line in (self.what, self.quantity, self.start, self.due):
            line.returnPressed.connect(self.submit)

        amount = QHBoxLayout()
        amount.addWidget(self.quantity, 1)
        amount.addWidget(self.unit, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel(self.tr("due")))
        dates.addWidget(self.due, 1)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("Organization"), self.organization)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Contribution"), self.kind)
        form.addRow(self.tr("Quantity"), amount)
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Start"), dates)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Serves decision"), self.decision)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        # A problem shown leaves once put right: an unreadable date when it reads, a
        # refusal of the service at the next edit (the service says again if need be).
        recheck_on_edit(self.error, form_fields(self), self._date_problem)
        # Dates, amounts and their placeholders uncut, in Turkish too.
        self.setMinimumWidth(380)

    # -- choices --------------------------------------------------------------------------

    def set_choices(self, organizations, people, phases, decisions) -> None:
        """``organizations``: (id, name) pairs; ``people``: rows with id, display_name and
        organization_id; ``phases``: rows with id and title; ``decisions``: id and label."""
        self._people = list(people)
        keep_org = self.organization.currentData()
        self.organization.blockSignals(True)
        self.organization.clear()
        self.organization.addItem(self.tr("(choose the organization)"), None)
        for org_id, name in organizations:
            self.organization.addItem(name, org_id)
        self._select(self.organization, keep_org)
        self.organization.blockSignals(False)
        self._fill_people()
        keep = self.phase.currentData()
        self.phase.clear()
        self.phase.addItem(self.tr("(no phase)"), None)
        for phase in phases:
            self.phase.addItem(phase.title, phase.id)
        self._select(self.phase, keep)
        keep = self.decision.currentData()
        self.decision.clear()
        self.decision.addItem(self.tr("(none)"), None)
        for choice in decisions:
            self.decision.addItem(choice.label, choice.id)
        self._select(self.decision, keep)

    def _fill_people(self, *, keep: int | None = None, reset: bool = False) -> None:
        if not reset and keep is None:
            keep = self.person.currentData()
        org_id = self.organization.currentData()
        self.person.clear()
        self.person.addItem(self.tr("(none)"), None)
        for person in self._people:
            if (org_id is not None and person.organization_id == org_id) or person.id == keep:
                self.person.addItem(person.display_name, person.id)
        self._select(self.person, keep)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    # -- loading --------------------------------------------------------------------------

    def start_new(self, **defaults) -> None:
        """An empty form for a new commitment (``defaults`` pre-fill fields by name)."""
        self.commitment_id = None
        self._seen = {}
        self.heading.setText(self.tr("New commitment"))
        self.error.hide()
        self.what.setText(defaults.get("title", ""))
        self._select(self.organization, defaults.get("organization_id"))
        self._fill_people(keep=defaults.get("person_id"), reset=True)
        self._select(self.kind, ContributionType(defaults.get("contribution_type", "other")).value)
        self.quantity.setText("")
        self._select(self.unit, None)
        self._select(self.phase, defaults.get("phase_id"))
        self.start.setText("")
        self.due.setText("")
        self._select(self.status, CommitmentStatus.PROPOSED.value)
        self._select(self.decision, defaults.get("proposal_id"))
        self.what.setFocus(Qt.OtherFocusReason)

    def load(self, row) -> None:
        """Show a commitment (a CommitmentRow) for editing."""
        self.commitment_id = row.id
        self.heading.setText(self.tr("Edit commitment"))
        self.error.hide()
        self.what.setText(row.title)
        self.what.setCursorPosition(0)
        self._select(self.organization, row.organization_id)
        self._fill_people(keep=row.person_id, reset=True)
        if row.person_id is not None and self.person.findData(row.person_id) < 0:
            self.person.addItem(row.person_name, row.person_id)
            self._select(self.person, row.person_id)
        self._select(self.kind, row.contribution_type.value)
        self.quantity.setText(format_number(row.quantity) if row.quantity is not None else "")
        self._select(self.unit, row.unit.value if row.unit is not None else None)
        if row.phase_id is not None and self.phase.findData(row.phase_id) < 0:
            self.phase.addItem(row.phase_title, row.phase_id)
        self._select(self.phase, row.phase_id)
        self.start.setText(short_day(row.start_date))
        self.due.setText(short_day(row.due_date))
        self._select(self.status, row.status.value)
        if row.proposal_id is not None and self.decision.findData(row.proposal_id) < 0:
            self.decision.addItem(row.decision_label, row.proposal_id)
        self._select(self.decision, row.proposal_id)
        self._seen = {
            "title": row.title,
            "organization_id": row.organization_id,
            "person_id": row.person_id,
            "contribution_type": row.contribution_type.value,
            "quantity": row.quantity,
            "unit": row.unit.value if row.unit is not None else None,
            "phase_id": row.phase_id,
            "start_date": row.start_date,
            "due_date": row.due_date,
            "status": row.status.value,
            "proposal_id": row.proposal_id,
        }

    # -- values ---------------------------------------------------------------------------

    def seen(self) -> dict:
        """The values of the commitment as loaded (empty for a new one): what the user saw,
        which the edit expects to find still stored."""
        return dict(self._seen)

    def values(self) -> dict | str:
        """The values as the service takes them, or a message when a date is unreadable."""
        days = {}
        for key, field, label in (
            ("start_date", self.start, self.tr("The start date")),
            ("due_date", self.due, self.tr("The due date")),
        ):
            day = parse_day(field.text())
            if isinstance(day, str):
                return (
                    self.tr("%1 “%2” is not a date; type it like %3.")
                    .replace("%1", label)
                    .replace("%2", day[:40])
                    .replace("%3", short_day(date(2026, 12, 31)))
                )
            days[key] = day
        quantity = parse_quantity(self.quantity.text())
        return {
            "title": self.what.text(),
            "organization_id": self.organization.currentData(),
            "person_id": self.person.currentData(),
            "contribution_type": self.kind.currentData(),
            "quantity": quantity,
            "unit": self.unit.currentData(),
            "phase_id": self.phase.currentData(),
            **days,
            "status": self.status.currentData(),
            "proposal_id": self.decision.currentData(),
        }

    def _date_problem(self) -> str:
        values = self.values()
        return values if isinstance(values, str) else ""

    def submit(self) -> None:
        values = self.values()
        if isinstance(values, str):
            self.show_error(values)
            return
        self.submitted.emit(self.commitment_id, values)

    def cancel(self) -> None:
        self.error.hide()
        self.cancelled.emit()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
