"""Proxies in the room: the moderator lets one attendee's badge also carry another's voice.

The one carried then appears on the carrier's phone as a second set of choices ("For:
…"), in every round and dot vote, until the moderator takes it back here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from facilitator.errors import FacilitatorError
from facilitator.services import attendees
from facilitator.services import room as room_service
from facilitator.ui.kit.filter_combo import FilterComboBox
from facilitator.ui.kit.operations import Edits

CARRIER_ROLE = Qt.UserRole + 1


class ProxyDialog(QDialog):
    """Who carries whose voice; add one, or take one back."""

    def __init__(self, edits: Edits, workshop_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proxies in the room"))
        self._edits = edits
        self._store = edits.store
        self._workshop_id = workshop_id
        self.carrier = FilterComboBox()
        self.carried = FilterComboBox()
        try:
            rows = attendees.list_attendees(self._store, workshop_id)
        except FacilitatorError as exc:  # the workshop is gone, the database busy: said
            rows = []
            self._unreadable = str(exc)
        else:
            self._unreadable = ""
        for row in rows:
            label = row.display_name
            if row.organization_name:
                label += f" — {row.organization_name}"
            for combo in (self.carrier, self.carried):
                combo.add_choice(label, row.person_id, row.organization_name)
        self.add_button = QPushButton(self.tr("Let carry"))
        self.add_button.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("Badge of"), self.carrier)
        form.addRow(self.tr("also carries the voice of"), self.carried)
        self.error = QLabel("")
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.list = QListWidget()
        self.remove_button = QPushButton(self.tr("Take back"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("A badge carrying another voice shows a second set of choices."))
        )
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignRight)
        layout.addWidget(buttons)
        self.error.setText(self._unreadable)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        try:
            found = room_service.proxies(self._store, self._workshop_id)
        except FacilitatorError as exc:
            self.error.setText(str(exc))
            found = []
        for proxy in found:
            item = QListWidgetItem(
                self.tr("%1 carries the voice of %2")
                .replace("%1", proxy.name)
                .replace("%2", proxy.carried_name)
            )
            item.setData(CARRIER_ROLE, proxy.person_id)
            self.list.addItem(item)
        self.remove_button.setEnabled(self.list.count() > 0)

    def _set(self, carrier: int | None, carried: int | None) -> bool:
        if carrier is None:
            return False
        done = self._edits.run(
            self,
            lambda: room_service.set_proxy(self._store, self._workshop_id, carrier, carried),
            on_error=self.error.setText,
        )
        if done:
            self.error.clear()
            self.reload()
        return bool(done)

    def add(self) -> bool:
        return self._set(self.carrier.currentData(), self.carried.currentData())

    def remove(self) -> bool:
        """Take back the proxy chosen in the list (the only one, when there is one)."""
        item = self.list.currentItem()
        if item is None and self.list.count() == 1:
            item = self.list.item(0)
        if item is None:
            self.error.setText(self.tr("Choose the proxy to take back."))
            return False
        return self._set(item.data(CARRIER_ROLE), None)
