"""Whether anyone committed to the database since we last looked.

SQLite counts the commits made by every other connection (``PRAGMA data_version``);
a watch keeps one connection of its own for asking, so it sees the commits of the
window, of the room's phones and of any other process on the same file alike.
"""

from __future__ import annotations

from facilitator.store.store import Store


class ChangeWatch:
    """Ask :meth:`changed` as often as needed: one cheap query, no rows read."""

    def __init__(self, store: Store):
        if store.engine.dialect.name != "sqlite":
            raise NotImplementedError("watching for changes needs SQLite here")
        self._conn = store.engine.connect()
        self._last = self._version()

    def _version(self) -> int:
        version = self._conn.exec_driver_sql("PRAGMA data_version").scalar()
        self._conn.rollback()  # never hold a read snapshot between two questions
        return int(version)

    def changed(self) -> bool:
        version = self._version()
        if version == self._last:
            return False
        self._last = version
        return True

    def close(self) -> None:
        self._conn.close()
