"""Other organizers' changes on a shared server, in this window: LISTEN/NOTIFY → the bus.

On a PostgreSQL server every commit names the tables it changed
(``store/notify.py``). Here they become the same announcements a local edit makes,
with no initiator, so the sidebar, the pages and the live screen read again within a
fraction of a second of another client's commit. The listener also tells when the
connection to the server is lost and when it is back: the window shows a banner and
the store refuses edits meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from facilitator.services.changes import changes_of_tables
from facilitator.store import Store
from facilitator.store.notify import ChangeListener
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.colours import Fill, Tone

COALESCE_MS = 250  # well within the second in which others' changes must show


class RemoteChanges(QObject):
    """Feeds ``bus`` with other clients' commits on ``store``'s server."""

    connection_changed = Signal(bool)  # False: lost; True: back
    _tables = Signal(object)  # from the listener's thread
    _connected = Signal(bool)

    def __init__(self, store: Store, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self._bus = bus
        # Commits arriving together (an import, a room full of phones) are read once.
        self._waiting: set[str] = set()
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(COALESCE_MS)
        self._batch.timeout.connect(self._flush)
        self._tables.connect(self._collect, Qt.QueuedConnection)
        self._connected.connect(self.connection_changed, Qt.QueuedConnection)
        self.listener = ChangeListener(store, self._tables.emit, self._connected.emit)
        self.listener.start()

    def _collect(self, tables) -> None:
        self._waiting |= set(tables)
        if not self._batch.isActive():
            self._batch.start()

    def _flush(self) -> None:
        tables, self._waiting = self._waiting, set()
        changes = changes_of_tables(tables)
        for change in changes:
            self._bus.changed.emit(change.kind, change.ids, None)

    def stop(self) -> None:
        self.listener.stop()


class ServerLink(QObject):
    """A main window's link to a shared server: the other clients' changes on its bus, and
    above its pages a banner while the server cannot be reached (meanwhile every edit is
    refused at once; nothing shown is lost, since nothing unsaved is shown)."""

    def __init__(self, window: QMainWindow, body: QWidget):
        super().__init__(window)
        self._window = window
        self.banner = QLabel(
            self.tr(
                "The connection to the database server is lost: changes cannot be saved "
                "until it is back. Facilitator reconnects by itself."
            )
        )
        self.banner.setWordWrap(True)
        colours.follow_palette(
            self.banner,
            lambda: self.banner.setStyleSheet(
                colours.fill_css(Fill.BANNER_ERROR) + " padding: 6px; font-weight: bold;"
            ),
        )
        self.banner.hide()
        self.holder = QWidget()
        column = QVBoxLayout(self.holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(body, 1)
        self.remote = RemoteChanges(window.store, window.bus, self)
        self.remote.connection_changed.connect(self._connection_changed)

    @classmethod
    def attach(cls, window: QMainWindow, body: QWidget) -> ServerLink:
        return cls(window, body)

    def _connection_changed(self, connected: bool) -> None:
        self.banner.setVisible(not connected)
        if connected:
            self._window.statusBar().showMessage(
                self.tr("Connected to the database server again."), 8000
            )

    def follow(self, live_window) -> None:
        """The live screen (maximized over this window) says it too, on its status line."""
        import shiboken6

        def tell(connected: bool) -> None:
            if shiboken6.isValid(live_window):
                if connected:
                    live_window.tell(self.tr("Connected to the database server again."))
                else:
                    live_window.tell(self.banner.text(), Tone.ERROR)

        self.remote.connection_changed.connect(tell)
        if not self.remote.listener.connected:
            tell(False)

    def stop(self) -> None:
        self.remote.stop()
