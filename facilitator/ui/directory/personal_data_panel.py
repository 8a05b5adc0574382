"""Personal data on the person page: export a person's data, anonymise them, the retention view.

The panel sits under the person form of the directory (``directory_page.py``).
What its buttons do is in ``personal_data_actions.py``; the retention view is
``retention_dialog.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton

from facilitator.store import Store
from facilitator.ui.directory import retention_dialog
from facilitator.ui.directory.personal_data_actions import anonymise, export_person
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import EditHistory


class PersonalDataPanel(QGroupBox):
    """Export and anonymise buttons for the person shown, and the retention view."""

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        *,
        now=None,
        parent=None,
        history: EditHistory | None = None,
    ):
        super().__init__(parent)
        self.setTitle(self.tr("Personal data"))
        self._store = store
        self._bus = bus
        self._history = history
        self._edits = Edits(store, bus, history)
        self._now = now or (lambda: datetime.now(UTC))
        self.person_id: int | None = None
        self.display_name = ""
        self.export_button = QPushButton(icon("export"), self.tr("E&xport data…"))
        self.export_button.setToolTip(
            self.tr("Everything kept about this person, as a JSON file to hand to them")
        )
        self.export_button.clicked.connect(self.export)
        self.anonymise_button = QPushButton(icon("anonymise"), self.tr("A&nonymise…"))
        self.anonymise_button.setToolTip(
            self.tr("Replace name and contact details with a placeholder, for good")
        )
        self.anonymise_button.clicked.connect(self.anonymise)
        self.retention_button = QPushButton(icon("privacy"), self.tr("Re&tention…"))
        self.retention_button.setToolTip(
            self.tr("People not seen in any workshop for more than a number of years")
        )
        self.retention_button.clicked.connect(self.show_retention)
        # Two to a row: three side by side are wider than the person form on a laptop,
        # which then cuts their words ("erileri dışa aktar").
        layout = QGridLayout(self)
        layout.addWidget(self.export_button, 0, 0)
        layout.addWidget(self.anonymise_button, 0, 1)
        layout.addWidget(self.retention_button, 1, 0)
        layout.setColumnStretch(2, 1)
        self.set_person(None, "")

    def set_person(self, person_id: int | None, display_name: str) -> None:
        self.person_id = person_id
        self.display_name = display_name
        self.export_button.setEnabled(person_id is not None)
        self.anonymise_button.setEnabled(person_id is not None and not self._store.read_only)

    def export(self) -> Path | None:
        if self.person_id is None:
            return None
        return export_person(self, self._store, self.person_id, self.display_name)

    def anonymise(self) -> bool:
        if self.person_id is None:
            return False
        return anonymise(self, self._edits, self.person_id, self.display_name)

    def show_retention(self) -> None:
        retention_dialog.open_retention(self, self._store, self._bus, self._now, self._history)
