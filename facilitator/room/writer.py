"""The phones' writes, on one thread, as many as are waiting in one commit.

A storm of 150 votes, each its own transaction, waits 150 times for the disk (every
commit is synced) and for SQLite's write lock. Here the writes that arrive together
share one unit of work: each in a savepoint of its own, so a refused one (a closed
round, a position out of the scale) leaves nothing and the others stand, and one
commit makes them all durable. Every phone is answered only after that commit.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future

from sqlalchemy.exc import DBAPIError, IntegrityError

from facilitator.errors import ConflictError, StoreError
from facilitator.i18n import translate
from facilitator.store import Store
from facilitator.store.store import is_environment_error

MAX_BATCH = 64  # writes in one commit at most


class GroupWriter:
    """Runs ``call()`` for each write submitted, batched into commits, on its own thread."""

    def __init__(self, store: Store):
        self._store = store
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="room-writes", daemon=True)
        self._thread.start()

    def submit(self, call: Callable[[], object]) -> Future:
        future: Future = Future()
        self._queue.put((call, future))
        return future

    async def run(self, call: Callable[[], object]):
        """The write's result once it is committed (or its refusal)."""
        return await asyncio.wrap_future(self.submit(call))

    def close(self) -> None:
        """Finish the writes already submitted, then stop."""
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            batch = [item]
            closing = False
            while len(batch) < MAX_BATCH:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    closing = True
                    break
                batch.append(more)
            self._write(batch)
            if closing:
                return

    def _write(self, batch: list) -> None:
        done = []
        try:
            with self._store.transaction() as session, self._store.sharing(session):
                session.connection()  # the write lock now, not inside the first write
                for call, future in batch:
                    if not future.set_running_or_notify_cancel():
                        continue
                    savepoint = session.begin_nested()
                    try:
                        result = call()
                        savepoint.commit()
                    except Exception as exc:  # this write only: nothing of it stays
                        savepoint.rollback()
                        future.set_exception(_told(exc))
                    else:
                        done.append((future, result))
        except Exception as exc:  # the commit (or the lock) failed: none of them is stored
            failure = _told(exc)
            for _call, future in batch:
                if not future.done():
                    future.set_exception(failure)
            for future, _result in done:
                future.set_exception(failure)
            return
        for future, result in done:
            future.set_result(result)


def _told(exc: Exception) -> Exception:
    """A database failure in the words the phones' answers use (the services' own
    translation is skipped inside a shared unit of work); anything else as it is."""
    if isinstance(exc, IntegrityError):
        return ConflictError(
            translate("Errors", "The change was refused by the database: {reason}").format(
                reason=str(exc.orig).splitlines()[0] if exc.orig else ""
            )
        )
    if isinstance(exc, DBAPIError) and is_environment_error(exc):
        return StoreError(
            translate("Errors", "The database could not be used: {reason}").format(
                reason=str(exc.orig).splitlines()[0] if exc.orig else ""
            )
        )
    return exc
