"""The room on their phones, run from the live screen: the server on a thread of its own.

Started by a key and off by default, it listens on this computer's address on the
local network (the room's port, or another free one when that is taken). What phones
write reaches every open window through the change broadcast, and the room stops with
the session, with the live screen, or on the key again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Qt, Signal

from facilitator.errors import FacilitatorError
from facilitator.room import network
from facilitator.room.app import RoomConfig
from facilitator.room.server import DEFAULT_PORT, RoomServer, lan_address
from facilitator.services import room as room_service
from facilitator.store import Store
from facilitator.ui.kit.changes import IDEA, PROPOSAL, WORKSHOP, ChangeBus, changed
from facilitator.ui.kit.labels import interface_labels


@dataclass(frozen=True)
class RoomAddress:
    """Where phones join: what the "how to connect" screen shows."""

    url: str  # http://192.168.1.20:8765/
    code: str  # the room code (the open idea box)
    network: str | None  # the Wi-Fi's name, when the system says it
    port_moved: bool = False  # the room's usual port was taken: another one is used

    @property
    def join_url(self) -> str:
        """The link of the projector's QR code: the page, with the room code."""
        return f"{self.url}?c={self.code}"


class RoomControl(QObject):
    """Starts and stops the room of the live screen's workshop."""

    started = Signal(object)  # RoomAddress
    address_changed = Signal(object)  # RoomAddress: the network's name, read after start
    stopped = Signal()
    message = Signal(str)  # for the status line
    _phone_wrote = Signal()  # from the server's thread, handled on the window's
    _position_again = Signal(str, str, str, str)
    _session_ended = Signal()
    _network_read = Signal(object, str)  # (the server it was read for, the name)

    def __init__(self, store: Store, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self._store = store
        self._bus = bus
        self._server: RoomServer | None = None
        self.workshop_id: int | None = None
        self.address: RoomAddress | None = None
        self._phone_wrote.connect(self._announce, Qt.QueuedConnection)
        self._position_again.connect(self._tell_position_again, Qt.QueuedConnection)
        self._session_ended.connect(self.stop, Qt.QueuedConnection)
        self._network_read.connect(self._network_known, Qt.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self, workshop_id: int, host: str | None = None) -> RoomAddress:
        """Open the room (raises FacilitatorError in plain words when it cannot)."""
        if self._server is not None:
            return self.address
        config = RoomConfig(
            self._store,
            workshop_id,
            on_change=self._phone_wrote.emit,
            on_position_again=self._position_again.emit,
            on_session_end=self._session_ended.emit,
        )
        host = host or lan_address()
        moved = False
        try:
            server = RoomServer(config, host, DEFAULT_PORT)
        except FacilitatorError:  # the room's port is taken (another program): any free one
            server = RoomServer(config, host, 0)
            moved = server.port != DEFAULT_PORT
        server.start()
        self._server = server
        self.workshop_id = workshop_id
        code = room_service.room_settings(self._store, workshop_id).code
        self.address = RoomAddress(server.url, code, None, moved)
        # The network's name comes from a system tool that may take a second or more:
        # asked beside the window, shown when it answers.
        threading.Thread(
            target=lambda: self._network_read.emit(server, network.network_name() or ""),
            name="room-network-name",
            daemon=True,
        ).start()
        self.started.emit(self.address)
        return self.address

    def _network_known(self, server, name: str) -> None:
        if server is not self._server or not name or self.address is None:
            return  # closed (or opened again) meanwhile, or the system cannot say
        self.address = replace(self.address, network=name)
        self.address_changed.emit(self.address)

    def stop(self) -> None:
        if self._server is None:
            return
        server, self._server = self._server, None
        server.stop()
        self.address = None
        self.stopped.emit()

    def _tell_position_again(self, voter: str, method: str, before: str, after: str) -> None:
        words = interface_labels()
        self.message.emit(
            self.tr("%1 gave a position again from their phone: %2 (was %3).")
            .replace("%1", voter)
            .replace("%2", words.position(method, after))
            .replace("%3", words.position(method, before))
        )

    def _announce(self) -> None:
        if self.workshop_id is None:
            return
        for change in (
            changed(PROPOSAL),
            changed(WORKSHOP, self.workshop_id),
            changed(IDEA, self.workshop_id),
        ):
            self._bus.changed.emit(change.kind, change.ids, None)
