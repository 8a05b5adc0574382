"""Automatic backups while the app runs, always on a worker thread so the window never waits.

When they happen: on start when the newest backup is older than 12 hours,
every 30 minutes while there have been changes, and on quit when something
changed since the last backup. A change is either the ChangeBus ``saved``
signal or, with ``writes``, a different count of committed write
transactions (``Store.write_count``) than at the last backup: the live screen
writes notes without announcing them, and they count too.
The work itself is :func:`facilitator.store.backups.backup_and_rotate`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from facilitator import logs
from facilitator.errors import FacilitatorError
from facilitator.store import backups

PERIOD_MS = int(backups.PERIOD.total_seconds() * 1000)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it (queued across threads)."""

    done = Signal(object, str)  # Backup, reason
    failed = Signal(str, str)  # message in plain words, reason
    crashed = Signal(object, str)  # the exception of a bug (already logged), reason


class _BackupJob(QRunnable):
    def __init__(self, database: Path, reason: str, moment: datetime, relay: _Relay):
        super().__init__()
        self._database = database
        self._reason = reason
        self._moment = moment
        self._relay = relay

    def run(self) -> None:
        try:
            made = backups.backup_and_rotate(self._database, self._reason, now=self._moment)
        except FacilitatorError as exc:
            self._relay.failed.emit(str(exc), self._reason)
        except Exception as exc:  # a worker must never die silently
            logs.log_unexpected(exc, f"making the {self._reason} backup")
            if logs.is_bug(exc):
                self._relay.crashed.emit(exc, self._reason)
            else:  # disk full, a folder gone …: what to do about it, in plain words
                self._relay.failed.emit(logs.describe(exc), self._reason)
        else:
            self._relay.done.emit(made, self._reason)


class BackupScheduler(QObject):
    """Decides when to back up the open database file and runs each backup off the GUI thread."""

    backed_up = Signal(object)  # the Backup made
    failed = Signal(str)

    def __init__(
        self,
        database: Path,
        *,
        now: Callable[[], datetime] = backups.utc_now,
        pool: QThreadPool | None = None,
        period_ms: int = PERIOD_MS,
        writes: Callable[[], int] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.database = Path(database)
        self._now = now
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._changed = False
        self._writes = writes
        self._writes_at_backup = writes() if writes is not None else 0
        self._running = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.crashed.connect(self._on_crashed)
        self._timer = QTimer(self)
        self._timer.setInterval(period_ms)
        self._timer.timeout.connect(self.tick)

    @property
    def has_unsaved_changes(self) -> bool:
        """True when something was written since the last backup started."""
        if self._changed:
            return True
        return self._writes is not None and self._writes() != self._writes_at_backup

    @property
    def busy(self) -> bool:
        """True while a backup is running on the worker thread."""
        return self._running > 0

    def start(self) -> None:
        """Back up now if the newest backup is over 12 hours old; then check every 30 minutes."""
        if backups.backup_is_due(self.database, now=self._now()):
            self._submit("open")
        self._timer.start()

    def note_change(self) -> None:
        """Connected to ChangeBus.saved: the database has changed since the last backup."""
        self._changed = True

    def tick(self) -> None:
        """The 30-minute timer: back up when there were changes and none is running."""
        if self.has_unsaved_changes and self._running == 0:
            self._submit("periodic")

    def finish(self, timeout_ms: int = 30000) -> None:
        """On quit: back up when something changed, and wait for running backups to end."""
        self._timer.stop()
        if self.has_unsaved_changes:
            self._submit("quit")
        self._pool.waitForDone(timeout_ms)

    def _submit(self, reason: str) -> None:
        self._changed = False
        if self._writes is not None:
            self._writes_at_backup = self._writes()
        self._running += 1
        self._pool.start(_BackupJob(self.database, reason, self._now(), self._relay))

    def _on_done(self, made, _reason: str) -> None:
        self._running -= 1
        self.backed_up.emit(made)

    def _on_crashed(self, exc: BaseException, reason: str) -> None:
        from facilitator.ui.kit.error_dialog import report_unexpected

        self._on_failed(
            QCoreApplication.translate(
                "BackupScheduler", "an error in Facilitator stopped it; the details are in the log"
            ),
            reason,
        )
        report_unexpected(exc, f"making the {reason} backup", logged=True)

    def _on_failed(self, message: str, _reason: str) -> None:
        self._running -= 1
        self._changed = True  # not backed up: try again at the next tick
        self.failed.emit(message)
