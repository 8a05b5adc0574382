"""The new-person form: who they are, how to reach them, and the organization they work for.

Opened from the name typed to find someone (the Attendees tab's "Create «…»"), it
starts with that name split into honorific, given and family name
(:func:`facilitator.services.directory.prefill_person`). The organization is found
by typing part of its name (:class:`~facilitator.ui.kit.filter_combo.FilterComboBox`);
a name that is no organization yet makes a new one on the spot, with its sector
(guessed from the name: "… Kooperatifi" is a cooperative) and, for "other", its own
words. Nothing is written here: :func:`ask_new_person` returns the values, and the
caller makes them one edit (tests replace it).

The values are checked by the services' own rules before the form closes (an e-mail
address is checked by email-validator, syntax only); a problem is said under the
form, and goes away as soon as it is fixed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.models.enums import Sector
from facilitator.services import directory
from facilitator.text import name_key
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.filter_combo import FilterComboBox
from facilitator.ui.kit.labels import sector_label


def sector_combo() -> QComboBox:
    """Every sector, in the order lists and tallies use."""
    combo = QComboBox()
    for sector in Sector:
        combo.addItem(sector_label(sector), sector.value)
    return combo


class NewPersonDialog(QDialog):
    """Name, position, e-mail, phone and organization (existing or new) of a new person."""

    def __init__(self, organization_choices, parent: QWidget | None = None, *, typed: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New person"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self._organizations = {name_key(name): oid for oid, name in organization_choices}
        start = directory.prefill_person(typed)
        self.honorific = QLineEdit(start["honorific"])
        self.given_name = QLineEdit(start["given_name"])
        self.family_name = QLineEdit(start["family_name"])
        self.position = QLineEdit()
        self.organization = FilterComboBox(keep_typed=True)
        for oid, name in organization_choices:
            self.organization.add_choice(name, oid)
        self.organization.setCurrentIndex(-1)
        self.organization.lineEdit().setPlaceholderText(
            self.tr("Type to find it; a new name creates it")
        )
        self.sector = sector_combo()
        self.sector_other = QLineEdit()
        self.sector_other.setPlaceholderText(self.tr("e.g. Neighbourhood association"))
        self.new_organization_note = QLabel(
            self.tr("New: added to the directory with this person.")
        )
        self.new_organization_note.setTextFormat(Qt.PlainText)
        self.email = QLineEdit(start["email"])
        self.email.setPlaceholderText("ad.soyad@example.org")
        self.phone = QLineEdit()

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Honorific"), self.honorific)
        self.form.addRow(self.tr("&Given name"), self.given_name)
        self.form.addRow(self.tr("&Family name"), self.family_name)
        organization_box = QWidget()  # the note stays under the field it is about
        box = QVBoxLayout(organization_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.organization)
        box.addWidget(self.new_organization_note)
        organization_label = QLabel(self.tr("&Organization"))
        organization_label.setBuddy(self.organization)
        self.form.addRow(organization_label, organization_box)
        self.form.addRow(self.tr("Se&ctor"), self.sector)
        self.form.addRow(self.tr("Other sector"), self.sector_other)
        self.form.addRow(self.tr("&Position"), self.position)
        self.form.addRow(self.tr("&E-mail"), self.email)
        self.form.addRow(self.tr("Pho&ne"), self.phone)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        colours.show_in(self.problem, Tone.ERROR)
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("C&reate"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.organization.editTextChanged.connect(self._show_organization)
        self.sector.currentIndexChanged.connect(self._show_organization)
        for field in (self.given_name, self.family_name, self.honorific, self.position):
            field.textChanged.connect(self._recheck)
        for field in (self.email, self.phone, self.sector_other):
            field.textChanged.connect(self._recheck)
        self.organization.editTextChanged.connect(self._recheck)
        self._guessed_for = None
        self._sector_chosen = False
        self.sector.activated.connect(lambda _i: setattr(self, "_sector_chosen", True))
        self._show_organization()
        # The first thing left to fill in has the focus: usually the organization.
        first = next(
            (f for f in (self.given_name, self.family_name) if not f.text()), self.organization
        )
        first.setFocus()

    # -- the organization --------------------------------------------------------------

    def organization_text(self) -> str:
        return " ".join(self.organization.currentText().split())

    def organization_id(self) -> int | None:
        """The existing organization named, None when there is none or it is new."""
        return self._organizations.get(name_key(self.organization_text()))

    def is_new_organization(self) -> bool:
        text = self.organization_text()
        return bool(text) and self.organization_id() is None

    def _show_organization(self, *_args) -> None:
        new = self.is_new_organization()
        if new:
            name = self.organization_text()
            if self._guessed_for != name and not self._sector_chosen:
                self._guessed_for = name  # the sector follows the name until one is chosen
                guessed = directory.guess_sector(name)
                if guessed is not None:
                    self.sector.setCurrentIndex(self.sector.findData(guessed.value))
        other = new and self.sector.currentData() == Sector.OTHER.value
        self.new_organization_note.setVisible(new)
        self.form.setRowVisible(self.sector, new)
        self.form.setRowVisible(self.sector_other, other)
        if self.isVisible():  # rows shown: the form grows to show them whole
            self._fit_height()

    def _fit_height(self) -> None:
        layout = self.layout()
        layout.activate()
        hint = layout.totalSizeHint()
        width = max(self.width(), hint.width())
        height = max(self.height(), hint.height(), layout.totalHeightForWidth(width))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_height()

    # -- checking and the values -------------------------------------------------------

    def person_values(self) -> dict:
        return {
            "honorific": self.honorific.text().strip(),
            "given_name": self.given_name.text().strip(),
            "family_name": self.family_name.text().strip(),
            "position": self.position.text().strip(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "organization_id": self.organization_id(),
        }

    def organization_values(self) -> dict | None:
        if not self.is_new_organization():
            return None
        sector = self.sector.currentData()
        return {
            "name": self.organization_text(),
            "sector": sector,
            "sector_other": self.sector_other.text().strip()
            if sector == Sector.OTHER.value
            else "",
        }

    def values(self) -> dict:
        """The person's fields, and ``new_organization`` when they work for a new one."""
        values = self.person_values()
        organization = self.organization_values()
        if organization is not None:
            values["new_organization"] = organization
        return values

    def problem_text(self) -> str:
        """What keeps the person from being created, in the services' words ("" if nothing)."""
        try:
            directory.check_person_values(self.person_values())
            organization = self.organization_values()
            if organization is not None:
                directory.check_organization_values(organization)
        except FacilitatorError as exc:
            return str(exc)
        return ""

    def _recheck(self, *_args) -> None:
        # Once a problem is shown, it goes as soon as it is fixed (or says the next one).
        if self.problem.isVisible():
            problem = self.problem_text()
            self.problem.setText(problem)
            self.problem.setVisible(bool(problem))

    def _accept_if_valid(self) -> None:
        self.organization.settle()
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()


def ask_new_person(parent, organization_choices, typed: str = "") -> dict | None:
    """The new person's values (see :meth:`NewPersonDialog.values`), None when cancelled."""
    dialog = NewPersonDialog(organization_choices, parent, typed=typed)
    return dialog.values() if dialog.exec() == QDialog.Accepted else None
