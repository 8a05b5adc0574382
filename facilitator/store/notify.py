"""Other clients' commits on a PostgreSQL server, as they happen: LISTEN/NOTIFY.

Every unit of work on a server names the tables it changed on one channel when it
commits (:meth:`Store._announce`). A :class:`ChangeListener` holds one connection of its
own listening on that channel, on a thread of its own, and hands each other client's
tables to a callback; its own commits (same store origin) are left out, the app already
knows them.

The listener is also how the app learns that the server is gone: when its connection
breaks it reports the connection lost, tries again every few seconds, and once back
reports it found, and that everything may have changed (notifications sent meanwhile
are lost with the connection).
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable

from facilitator.store.store import CHANGES_CHANNEL, Store, server_connect_args

log = logging.getLogger(__name__)

EVERYTHING = frozenset({"*"})  # what the callback is given after a reconnection
RETRY_SECONDS = 2.0
WAKE_SECONDS = 0.25  # how often the thread looks whether it should stop


class ChangeListener:
    """Listens for other clients' commits on ``store``'s server.

    ``on_tables(frozenset[str])`` is called (on the listener's thread) with the tables
    another client changed, or :data:`EVERYTHING`; ``on_connected(bool)`` when the
    connection to the server is lost or back.
    """

    def __init__(
        self,
        store: Store,
        on_tables: Callable[[frozenset[str]], None],
        on_connected: Callable[[bool], None] | None = None,
    ):
        if not store.on_server:
            raise ValueError("only a database on a server sends notifications")
        self._store = store
        self._on_tables = on_tables
        self._on_connected = on_connected or (lambda _up: None)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = True
        self._listening = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="server-changes", daemon=True)
        self._thread.start()

    def wait_listening(self, timeout: float) -> bool:
        """Block until the first LISTEN is in place (tests, and the first window)."""
        return self._listening.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    # -- the thread ------------------------------------------------------------------

    def _connect(self):
        import psycopg

        engine = self._store.engine
        # Exactly what the engine connects with (SSL, service, several hosts, options…).
        args, params = engine.dialect.create_connect_args(engine.url)
        params = {**params, **server_connect_args(engine.url)}
        params["application_name"] = "Facilitator (changes)"
        conn = psycopg.connect(*args, autocommit=True, **params)
        conn.execute(f'LISTEN "{CHANGES_CHANNEL}"')
        return conn

    def _set_connected(self, up: bool) -> None:
        if up != self.connected:
            self.connected = up
            self._store.connection_lost = not up  # edits are refused at once meanwhile
            self._on_connected(up)

    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception as exc:  # the server is away: said once, tried again
                log.info("no connection for the change notifications: %s", exc)
                self._set_connected(False)
                self._stop.wait(RETRY_SECONDS)
                continue
            self._listening.set()
            was_down = not self.connected
            self._set_connected(True)  # also after a first try that failed
            if not first or was_down:
                self._on_tables(EVERYTHING)  # what was sent meanwhile is lost
            first = False
            try:
                self._listen(conn)
            except Exception as exc:
                log.info("the change notifications' connection broke: %s", exc)
                self._set_connected(False)
            finally:
                with contextlib.suppress(Exception):  # already broken
                    conn.close()

    def _listen(self, conn) -> None:
        while not self._stop.is_set():
            for notice in conn.notifies(timeout=WAKE_SECONDS, stop_after=64):
                tables = self._tables_of(notice.payload)
                if tables:
                    self._on_tables(tables)
            # A server that went away is noticed even when nobody writes.
            conn.execute("SELECT 1")

    def _tables_of(self, payload: str) -> frozenset[str] | None:
        try:
            data = json.loads(payload)
            if data.get("origin") == self._store.origin:
                return None  # this client's own commit
            return frozenset(str(t) for t in data.get("tables", ()))
        except (ValueError, AttributeError, TypeError):
            return EVERYTHING  # a payload not understood: read everything again
