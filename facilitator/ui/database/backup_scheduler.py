"""Automatic backups while the app runs, always on a worker thread so the window never waits.

Backups run one at a time on the scheduler's own worker (``kit/workers.py``).

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

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from facilitator.store import backups
from facilitator.ui.kit.workers import Worker

PERIOD_MS = int(backups.PERIOD.total_seconds() * 1000)


class BackupScheduler(QObject):
    """Decides when to back up the open database file and runs each backup off the GUI thread."""

    backed_up = Signal(object)  # the Backup made
    failed = Signal(str)

    def __init__(
        self,
        database: Path,
        *,
        now: Callable[[], datetime] = backups.utc_now,
        period_ms: int = PERIOD_MS,
        writes: Callable[[], int] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.database = Path(database)
        self._now = now
        self._worker = Worker(self)
        self._changed = False
        self._writes = writes
        self._writes_at_backup = writes() if writes is not None else 0
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
        return self._worker.busy

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
        if self.has_unsaved_changes and not self.busy:
            self._submit("periodic")

    def finish(self, timeout_ms: int = 30000) -> None:
        """On quit: back up when something changed, and wait for running backups to end."""
        self._timer.stop()
        if self.has_unsaved_changes:
            self._submit("quit")
        self.wait(timeout_ms)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the running backups have ended; False if they have not within the time."""
        return self._worker.wait(timeout_ms)

    def _submit(self, reason: str) -> None:
        self._changed = False
        if self._writes is not None:
            self._writes_at_backup = self._writes()
        database, moment = self.database, self._now()
        job = self._worker.submit(
            lambda _job: backups.backup_and_rotate(database, reason, now=moment),
            f"making the {reason} backup",
        )
        # Bound methods, not lambdas: a lambda connected to a job's signal has crashed
        # the process when the finished job was deleted.
        job.setProperty("reason", reason)
        job.done.connect(self.backed_up)
        job.failed.connect(self._on_failed)
        job.crashed.connect(self._on_crashed)

    def _on_crashed(self, exc: BaseException) -> None:
        from facilitator.ui.kit.error_dialog import report_unexpected

        reason = self.sender().property("reason")
        self._on_failed(
            QCoreApplication.translate(
                "BackupScheduler", "an error in Facilitator stopped it; the details are in the log"
            ),
        )
        report_unexpected(exc, f"making the {reason} backup", logged=True)

    def _on_failed(self, message: str) -> None:
        self._changed = True  # not backed up: try again at the next tick
        self.failed.emit(message)
