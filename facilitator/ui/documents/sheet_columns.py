"""The attendance sheet's columns, chosen in its export dialog and remembered.

The name is always printed; institution, position, e-mail, gender, photo consent and
signature are ticked (see :func:`facilitator.documents.attendance.sheet_columns`). The
choice is kept in the settings file, so the next sheet starts from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from facilitator import paths
from facilitator.documents.attendance import COLUMNS, DEFAULT_COLUMNS, sheet_columns
from facilitator.errors import ValidationError

_KEY = "documents/attendance_columns"


def _labels() -> dict[str, str]:
    # One Alt key each, none taken by the rest of the export dialog.
    return {
        "organization": QCoreApplication.translate("SheetColumns", "Organi&zation"),
        "position": QCoreApplication.translate("SheetColumns", "Posi&tion"),
        "email": QCoreApplication.translate("SheetColumns", "E-&mail"),
        "gender": QCoreApplication.translate("SheetColumns", "&Gender"),
        "photo": QCoreApplication.translate("SheetColumns", "P&hoto consent"),
        "signature": QCoreApplication.translate("SheetColumns", "Signat&ure"),
    }


def _settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.IniFormat)


def remembered_columns() -> tuple[str, ...]:
    """The columns chosen last time; the default set when none (or no valid one) was kept."""
    value = _settings().value(_KEY, "")
    names = value if isinstance(value, list) else str(value or "").split(",")
    try:
        return sheet_columns(names)
    except ValidationError:  # a hand-edited settings file: start from the default
        return DEFAULT_COLUMNS


class SheetColumnsRow(QWidget):
    """ "Columns: [x] Organization [x] Position [ ] E-mail …" for the attendance sheet."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        chosen = remembered_columns()
        self.boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Columns:")))
        for key, text in _labels().items():
            box = QCheckBox(text)
            box.setChecked(key in chosen)
            box.toggled.connect(self._toggled)
            self.boxes[key] = box
            row.addWidget(box)
        row.addStretch(1)
        self.boxes["email"].setToolTip(
            self.tr("Printed only for attendees who agreed to share their contact details")
        )
        self.boxes["gender"].setToolTip(self.tr("Filled in by each attendee"))
        self.boxes["photo"].setToolTip(self.tr("Each attendee ticks yes or no"))

    def columns(self) -> tuple[str, ...]:
        """The columns ticked, in print order, the name first."""
        return tuple(key for key in COLUMNS if key == "name" or self._ticked(key))

    def _ticked(self, key: str) -> bool:
        box = self.boxes.get(key)
        return box is not None and box.isChecked()

    def _toggled(self) -> None:
        _settings().setValue(_KEY, ",".join(self.columns()))
        self.changed.emit()
