"""The one way to run work off the GUI thread: :class:`Worker` and its :class:`Job`.

Writing a PDF, a bundle or a backup, or reading and importing a spreadsheet,
runs on a worker thread while the window keeps answering. The result comes
back on the GUI thread through the job's signals (queued across threads):

- ``done(result)``: the work returned;
- ``failed(message)``: a refusal (:class:`~facilitator.errors.FacilitatorError`)
  or a problem of the environment (disk full), in plain words, already logged;
- ``crashed(exc)``: a bug, already logged with its traceback;
- ``cancelled()``: the work stopped because :meth:`Job.cancel` was called.

``finished`` follows each of them. Connect them to methods of a QObject that
lives in the GUI thread (the view that waits for the result): Qt then drops
the connection when that view goes, and a late result finds nobody, instead
of calling into a deleted window. The work runs in a copy of the caller's
``contextvars`` context, so the interface language (``i18n``) and anything
else held there travel with it. A worker changes nothing process-wide.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from facilitator import logs
from facilitator.errors import FacilitatorError


class Cancelled(Exception):  # noqa: N818 - a signal to stop, not an error
    """Raised inside a job's work (via :meth:`Job.check`) once it was asked to stop."""


class Job(QObject):
    """One piece of work on a worker thread; lives in the GUI thread."""

    done = Signal(object)
    failed = Signal(str)
    crashed = Signal(object)
    cancelled = Signal()
    progressed = Signal(object)
    finished = Signal()
    # Emitted on the worker thread and received by this object, which lives in
    # the GUI thread (a queued connection): the public signals above are then
    # emitted on the GUI thread, so whatever is connected to them runs there.
    _ended = Signal(str, object)
    _progress = Signal(object)

    def __init__(self, work: Callable[[Job], Any], context: str, parent: QObject):
        super().__init__(parent)
        self._work = work
        self.context = context  # what it does, for the log ("writing a bundle")
        self._stop = threading.Event()
        self._variables = contextvars.copy_context()
        self.thread_name: str | None = None  # the worker thread it ran on (for the log)
        self.running = True
        self._ended.connect(self._deliver)
        self._progress.connect(self.progressed)

    # -- called from the work, on the worker thread ---------------------------

    def report_progress(self, value: object) -> None:
        """Tell the GUI how far the work is (emitted as ``progressed``)."""
        self._progress.emit(value)

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the work was asked to stop."""
        if self._stop.is_set():
            raise Cancelled

    # -- called from the GUI --------------------------------------------------

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``cancelled`` follows if it does."""
        self._stop.set()

    def _execute(self) -> None:
        """On the worker thread: run the work and send how it ended to the GUI thread."""
        self.thread_name = threading.current_thread().name
        try:
            result = self._variables.run(self._work, self)
        except Cancelled:
            self._ended.emit("cancelled", None)
        except FacilitatorError as exc:
            self._ended.emit("failed", str(exc))
        except Exception as exc:  # logged with its traceback; the user gets plain words
            logs.log_unexpected(exc, self.context)
            if logs.is_bug(exc):
                self._ended.emit("crashed", exc)
            else:
                self._ended.emit("failed", logs.describe(exc))
        else:
            self._ended.emit("done", result)

    def _deliver(self, how: str, value: object) -> None:
        self.running = False
        if how == "done":
            self.done.emit(value)
        elif how == "failed":
            self.failed.emit(value)
        elif how == "crashed":
            self.crashed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._execute()


class Worker(QObject):
    """Runs jobs on its own threads (``threads`` at once; one keeps jobs in order)."""

    def __init__(self, parent: QObject | None = None, threads: int = 1):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._jobs: set[Job] = set()

    def submit(self, work: Callable[[Job], Any], context: str) -> Job:
        """Start ``work(job)``; connect to the returned job's signals at once.

        Signals cross to the GUI thread queued, so connecting right after
        ``submit`` never misses one.
        """
        job = Job(work, context, self)
        self._jobs.add(job)
        job.finished.connect(self._forget)
        self._pool.start(_Runnable(job))
        return job

    def _forget(self) -> None:
        job = self.sender()
        self._jobs.discard(job)
        job.deleteLater()

    @property
    def busy(self) -> bool:
        """True while a job submitted here has not yet told the GUI it finished."""
        return bool(self._jobs)

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the threads are idle (on quit: nothing is cut off half-way)."""
        return self._pool.waitForDone(timeout_ms)
