"""Small dialogs that collect what is needed to create a workshop, person or organization.

Each is reached through an ``ask_new_…()`` function that returns plain values
(or None when cancelled), so tests can replace it. The new-person form, larger, lives in
:mod:`facilitator.ui.kit.person_form` and is reached here too (``ask_new_person``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.models.enums import Sector
from facilitator.services import directory
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.person_form import NewPersonDialog, ask_new_person, sector_combo
from facilitator.ui.kit.timefmt import from_local, zone_choice_text
from facilitator.ui.kit.validation import form_fields, recheck_on_edit


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        colours.show_in(self.problem, Tone.ERROR)
        self.problem.hide()
        self._rechecking = False
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def problem_text(self) -> str:
        return ""

    def _accept_if_valid(self) -> None:
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            if not self._rechecking:
                self._rechecking = True
                # Said once, a problem leaves as soon as it is put right (or gives way to
                # the next one), not at the next click on OK.
                recheck_on_edit(self.problem, form_fields(self), self.problem_text)
            return
        self.accept()


class NewWorkshopDialog(_FormDialog):
    """Title, series, date and times of a new workshop (or of a copy).

    The times are typed in the zone the workshop will be held in: ``zone_of(series_id)``
    (where its series met last, else this computer's; a copy's is its original's).
    """

    def __init__(
        self,
        series_choices,
        parent=None,
        *,
        zone_of: Callable[[int | None], str],
        title="",
        series_id=None,
        day=None,
        start=time(10, 0),
        end=time(13, 0),
        heading=None,
    ):
        super().__init__(heading or self.tr("New workshop"), parent)
        self.title = QLineEdit(title)
        self.series = QComboBox()
        self.series.addItem(self.tr("(no series)"), None)
        for sid, label in series_choices:
            self.series.addItem(label, sid)
        index = self.series.findData(series_id)
        self.series.setCurrentIndex(max(index, 0))
        self.day = QDateEdit(QDate(day or (date.today() + timedelta(days=14))))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        self.end.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addStretch(1)
        self._zone_of = zone_of
        self.zone = QLabel()
        self.form.addRow(self.tr("&Title"), self.title)
        self.form.addRow(self.tr("&Series"), self.series)
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow(self.tr("T&ime"), times)
        self.form.addRow(self.tr("Time zone"), self.zone)
        self.series.currentIndexChanged.connect(self._show_zone)
        self.day.dateChanged.connect(self._show_zone)
        self._show_zone()

    def time_zone(self) -> str:
        """The zone the times are typed in: the one the workshop gets."""
        return self._zone_of(self.series.currentData())

    def _show_zone(self, *_args) -> None:
        day = self.day.date().toPython()
        zone = self.time_zone()
        self.zone.setText(
            zone_choice_text(zone, from_local(day, self.start.time().toPython(), zone))
        )

    def problem_text(self) -> str:
        if not self.title.text().strip():
            return self.tr("Give the workshop a title.")
        if self.end.time() <= self.start.time():
            return self.tr("The workshop must end after it starts.")
        return ""

    def values(self) -> dict:
        day = self.day.date().toPython()
        zone = self.time_zone()
        return {
            "title": self.title.text().strip(),
            "series_id": self.series.currentData(),
            "planned_start": from_local(day, self.start.time().toPython(), zone),
            "planned_end": from_local(day, self.end.time().toPython(), zone),
            "time_zone": zone,
        }


class NewOrganizationDialog(_FormDialog):
    """Name and sector (for "other", in its own words) of a new organization."""

    def __init__(self, parent=None):
        super().__init__(self.tr("New organization"), parent)
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.sector = sector_combo()
        self.sector_other = QLineEdit()
        self.city = QLineEdit()
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Short name"), self.short_name)
        self.form.addRow(self.tr("S&ector"), self.sector)
        self.form.addRow(self.tr("Other sector"), self.sector_other)
        self.form.addRow(self.tr("&City"), self.city)
        self.sector.currentIndexChanged.connect(self._show_other)
        self.name.textChanged.connect(self._guess_sector)
        self._sector_chosen = False  # the sector follows the name until one is chosen
        self.sector.activated.connect(lambda _i: setattr(self, "_sector_chosen", True))
        self._show_other()

    def _guess_sector(self, name: str) -> None:
        guessed = directory.guess_sector(name)
        if guessed is not None and not self._sector_chosen:
            self.sector.setCurrentIndex(self.sector.findData(guessed.value))

    def _show_other(self, *_args) -> None:
        self.form.setRowVisible(self.sector_other, self.sector.currentData() == Sector.OTHER)

    def problem_text(self) -> str:
        return "" if self.name.text().strip() else self.tr("Enter the organization's name.")

    def values(self) -> dict:
        sector = self.sector.currentData()
        return {
            "name": self.name.text().strip(),
            "short_name": self.short_name.text().strip(),
            "sector": sector,
            "sector_other": self.sector_other.text().strip() if sector == Sector.OTHER else "",
            "city": self.city.text().strip(),
        }


def ask_new_workshop(parent, series_choices, **initial) -> dict | None:
    dialog = NewWorkshopDialog(series_choices, parent, **initial)
    return dialog.values() if dialog.exec() == QDialog.Accepted else None


def ask_new_organization(parent) -> dict | None:
    dialog = NewOrganizationDialog(parent)
    return dialog.values() if dialog.exec() == QDialog.Accepted else None


__all__ = [
    "NewOrganizationDialog",
    "NewPersonDialog",
    "NewWorkshopDialog",
    "ask_new_organization",
    "ask_new_person",
    "ask_new_workshop",
]
