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
        # Only SQLite counts other connections' commits; on a database server every
        # question answers "maybe": the caller reads again and compares what it shows.
        self._conn = store.engine.connect() if store.engine.dialect.name == "sqlite" else None
        self._last = self._version() if self._conn is not None else 0

    def _version(self) -> int:
        version = self._conn.exec_driver_sql("PRAGMA data_version").scalar()
        self._conn.rollback()  # never hold a read snapshot between two questions
        return int(version)

    def changed(self) -> bool:
        if self._conn is None:
            return True
        version = self._version()
        if version == self._last:
            return False
        self._last = version
        return True

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
