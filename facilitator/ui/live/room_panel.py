"""The room on the live screen: where phones join, the idea box, and the ideas waiting.

Shown while the room is open (``room_control.py``). Ideas sent from phones wait here
and reach the board (and the projector) only once the moderator approves them: Enter
approves the one selected, Del rejects it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.services import room as room_service
from facilitator.services.live import Clock
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import IDEA, changed
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.operations import Edits
from facilitator.ui.live.proxy_dialog import ProxyDialog
from facilitator.ui.live.room_control import RoomAddress

ROOM_IDEA_ROLE = Qt.UserRole + 1


class RoomPanel(QWidget):
    """Address and code of the room, the idea box's switch, the queue of ideas."""

    message = Signal(str)

    def __init__(self, edits: Edits, now: Clock, parent=None):
        super().__init__(parent)
        self._edits = edits
        self._store = edits.store
        self._now = now
        self.workshop_id: int | None = None
        title = QLabel(self.tr("Room on phones"))
        title.setObjectName("panelTitle")
        self.address = QLabel("")
        self.address.setTextFormat(Qt.PlainText)
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextSelectableByMouse)
        # Windows asks once whether Facilitator may take connections: without "private
        # networks" allowed, no phone reaches the laptop.
        self.firewall = QLabel(
            self.tr(
                "Windows may ask whether Facilitator may use the network: allow it on "
                "private networks, or no phone can connect."
            )
        )
        self.firewall.setWordWrap(True)
        self.firewall.setVisible(sys.platform.startswith("win"))
        self.moved = QLabel("")
        colours.show_in(self.moved, Tone.WARNING)
        self.moved.setWordWrap(True)
        self.moved.hide()
        self.idea_box = QCheckBox(self.tr("Idea box open"))
        self.idea_box.toggled.connect(self._open_box)
        self.queue = QListWidget()
        self.queue.setWordWrap(True)
        self.queue.itemActivated.connect(lambda _item: self.approve())
        self.approve_button = QPushButton(self.tr("Approve (Enter)"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button = QPushButton(self.tr("Reject (Del)"))
        self.reject_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        self.proxies_button = QPushButton(self.tr("Proxies…"))
        self.proxies_button.clicked.connect(self.edit_proxies)
        self.waiting = QLabel("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.address)
        layout.addWidget(self.firewall)
        layout.addWidget(self.moved)
        layout.addWidget(self.idea_box)
        layout.addWidget(self.waiting)
        layout.addWidget(self.queue, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.proxies_button, 0, Qt.AlignLeft)
        edits.bus.changed.connect(self._on_changed)

    def show_room(self, workshop_id: int, address: RoomAddress) -> None:
        self.workshop_id = workshop_id
        network = (
            self.tr("Wi-Fi: %1").replace("%1", address.network) + " · " if address.network else ""
        )
        self.address.setText(
            network + address.url + " · " + self.tr("room code %1").replace("%1", address.code)
        )
        # Badges printed earlier point to the usual port: they would not open this room.
        self.moved.setText(
            self.tr(
                "Another program uses the room's usual port, so name badges printed before "
                "do not open this room: print them again (Documents menu) while it is open, "
                "or close that program and open the room again."
            )
        )
        self.moved.setVisible(address.port_moved)
        self.reload()

    def reload(self) -> None:
        if self.workshop_id is None:
            return
        try:
            settings = room_service.room_settings(self._store, self.workshop_id)
            waiting = room_service.waiting_ideas(self._store, self.workshop_id)
        except FacilitatorError as exc:
            self.message.emit(str(exc))
            return
        blocked = self.idea_box.blockSignals(True)
        self.idea_box.setChecked(settings.idea_box_open)
        self.idea_box.blockSignals(blocked)
        chosen = self.queue.currentItem().data(ROOM_IDEA_ROLE) if self.queue.currentItem() else None
        self.queue.clear()
        for idea in waiting:
            text = f"{idea.text} — {idea.sender}" if idea.sender else idea.text
            item = QListWidgetItem(text)
            item.setData(ROOM_IDEA_ROLE, idea.id)
            self.queue.addItem(item)
            if idea.id == chosen:
                self.queue.setCurrentItem(item)
        if self.queue.currentItem() is None and self.queue.count():
            self.queue.setCurrentRow(0)
        self.waiting.setText(self.tr("%n idea(s) waiting", None, len(waiting)))
        has = bool(waiting)
        self.approve_button.setEnabled(has)
        self.reject_button.setEnabled(has)

    def edit_proxies(self) -> None:
        if self.workshop_id is not None:
            ProxyDialog(self._edits, self.workshop_id, self).exec()

    def _open_box(self, is_open: bool) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        done = self._edits.run(
            self,
            lambda: room_service.open_idea_box(self._store, workshop_id, is_open),
            on_error=self.message.emit,
        )
        if done:
            self.message.emit(
                self.tr("The idea box is open: phones can send ideas.")
                if is_open
                else self.tr("The idea box is closed.")
            )
        self.reload()

    def _selected(self) -> int | None:
        item = self.queue.currentItem()
        return item.data(ROOM_IDEA_ROLE) if item is not None else None

    def approve(self) -> None:
        idea_id, workshop_id = self._selected(), self.workshop_id
        if idea_id is None or workshop_id is None:
            return
        done = self._edits.run(
            self,
            lambda: room_service.approve(self._store, idea_id, now=self._now()),
            changes=changed(IDEA, workshop_id),
            on_error=self.message.emit,
        )
        if done:
            self.message.emit(self.tr("On the board: %1").replace("%1", done.value.text))
        self.reload()

    def reject(self) -> None:
        idea_id = self._selected()
        if idea_id is None:
            return
        done = self._edits.run(
            self,
            lambda: room_service.reject(self._store, idea_id, now=self._now()),
            on_error=self.message.emit,
        )
        if done:
            self.message.emit(self.tr("The idea stays off the board."))
        self.reload()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and self.queue.hasFocus():
            self.reject()
            return
        super().keyPressEvent(event)

    def _on_changed(self, kind: str, _ids, initiator=None) -> None:
        if kind == IDEA and initiator is not self and self.isVisible():
            self.reload()
