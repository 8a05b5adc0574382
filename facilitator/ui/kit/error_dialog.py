"""Unexpected errors in the GUI: logged with their traceback, told in one plain dialog.

Once :meth:`ErrorReporter.install` has run, every exception nobody caught — in
a slot, an overridden Qt method, a worker thread — reaches the application's
:class:`ErrorReporter` through ``sys.excepthook`` or ``threading.excepthook``.
It logs the exception (``facilitator.logs``) and shows :class:`ErrorDialog`:
what happened in plain words, where the log file is, and "Copy details"
for whoever supports the user; the traceback itself is never the message.
While that dialog is open, further errors are counted in it, not stacked.

Code that catches an unexpected exception itself (a page that failed to
load, a worker that must report back) calls :func:`report_unexpected`. An
environment problem (the database is locked, the disk is full) is told in
plain words; a bug also gets the dialog. The dialog is shown through
``dialogs.tell_unexpected``, which tests replace.

:class:`FailurePanel` is what a page shows instead of its fields when what it
names could not be loaded.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator import APP_NAME, logs
from facilitator.ui.kit import dialogs

# The same error again this soon after its dialog was closed is only logged: an error in
# painting would otherwise bring the dialog back the moment it closes.
QUIET_SECONDS = 3.0


@dataclass
class ErrorReport:
    """What the dialog says about one unexpected error (and how often it happened)."""

    bug: bool
    heading: str
    message: str
    details: str
    log_file: Path | None
    signature: tuple = ()
    count: int = 1
    _listeners: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def repeated(self) -> None:
        self.count += 1
        for listener in list(self._listeners):
            listener()

    def on_repeat(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)


def _signature(exc: BaseException) -> tuple:
    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    where = (frames[-1].filename, frames[-1].lineno) if frames else ()
    return (type(exc).__qualname__, *where)


def make_report(exc: BaseException, details: str) -> ErrorReport:
    """The words for ``exc``, in the current language (build it in the GUI thread)."""
    bug = logs.is_bug(exc)
    safe = QCoreApplication.translate(
        "ErrorDialog", "Everything saved before it is safe in the database."
    )
    if bug:
        heading = QCoreApplication.translate("ErrorDialog", "Something went wrong in Facilitator")
        message = (
            QCoreApplication.translate(
                "ErrorDialog", "What you just did may not have been completed."
            )
            + " "
            + safe
            + "\n\n"
            + QCoreApplication.translate(
                "ErrorDialog",
                "If this happens again, press “Copy details” and send them to whoever "
                "supports Facilitator for you.",
            )
        )
    else:
        heading = QCoreApplication.translate("ErrorDialog", "This could not be done")
        message = logs.describe(exc) + "\n\n" + safe
    return ErrorReport(
        bug=bug,
        heading=heading,
        message=message,
        details=details,
        log_file=logs.log_file(),
        signature=_signature(exc),
    )


class ErrorDialog(QDialog):
    """The one dialog for an unexpected error: plain words, the log file, "Copy details"."""

    def __init__(self, report: ErrorReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(APP_NAME)
        self.setMinimumWidth(520)
        icon, heading = dialogs.warning_heading(report.heading, critical=report.bug)
        self.message = QLabel(report.message)
        self.message.setTextFormat(Qt.PlainText)
        self.message.setWordWrap(True)
        if report.log_file is not None:
            where = (
                self.tr("The details were written to the log file:") + "\n" + str(report.log_file)
            )
        else:
            where = self.tr(
                "The details could not be written to a log file; “Copy details” keeps them.",
            )
        self.log_label = QLabel(where)
        self.log_label.setTextFormat(Qt.PlainText)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.repeats = QLabel()
        self.repeats.setTextFormat(Qt.PlainText)
        self.repeats.hide()

        buttons = QDialogButtonBox()
        self.copy_button: QPushButton = buttons.addButton(
            self.tr("&Copy details"), QDialogButtonBox.ActionRole
        )
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button: QPushButton = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.RejectRole
        )
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)

        body = QVBoxLayout()
        body.addWidget(heading)
        body.addWidget(self.message)
        body.addWidget(self.log_label)
        body.addWidget(self.repeats)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(body, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        report.on_repeat(self._show_count)
        self._show_count()

    def _show_count(self) -> None:
        if self.report.count > 1:
            text = self.tr("This happened %1 times.").replace("%1", str(self.report.count))
            self.repeats.setText(text)
            if self.repeats.isHidden():
                self.repeats.show()
                self.adjustSize()  # room for the new line

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report.details)
        self.copy_button.setText(self.tr("Copied ✓"))


class ErrorReporter(QObject):
    """Logs every unexpected exception and shows one dialog at a time; one per application.

    Found with :meth:`of`; ``install()`` makes it ``sys.excepthook`` and
    ``threading.excepthook``. Errors from other threads are shown from the GUI thread.
    """

    _from_thread = Signal(object, str)  # exception, details

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("facilitatorErrorReporter")
        self.current: ErrorReport | None = None  # the report whose dialog is open
        self._closed_at: dict[tuple, float] = {}
        self._previous: tuple | None = None
        self._from_thread.connect(self._show_from_thread, Qt.QueuedConnection)

    @classmethod
    def of(cls, app: QCoreApplication | None = None) -> ErrorReporter | None:
        """The application's reporter (made on first use); None without an application."""
        app = app or QCoreApplication.instance()
        if app is None:
            return None
        found = app.findChild(cls, "facilitatorErrorReporter")
        return found if found is not None else cls(app)

    # -- hooks -------------------------------------------------------------------------

    @property
    def installed(self) -> bool:
        return self._previous is not None

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(self, exc_type, exc, tb) -> None:
        if exc is None or not issubclass(exc_type, Exception):
            # Ctrl+C, SystemExit …: what Python does with them by default.
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc.__traceback__ = tb
        self.report(exc, "running the window (an exception nobody caught)")

    def thread_excepthook(self, args) -> None:
        if args.exc_value is None or not issubclass(args.exc_type, Exception):
            threading.__excepthook__(args)
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_value, f"running the thread {name}")

    # -- reporting ---------------------------------------------------------------------

    def report(
        self,
        exc: BaseException,
        context: str,
        *,
        parent: QWidget | None = None,
        logged: bool = False,
        dialog: bool = True,
    ) -> str:
        """Log ``exc`` (unless ``logged``) and show the dialog (unless ``dialog`` is False);
        returns what happened in plain words. Never raises; safe from any thread."""
        try:
            if not logged:
                logs.log_unexpected(exc, context)
            if dialog:
                text = logs.details(exc, context)
                if threading.current_thread() is threading.main_thread():
                    self._show(exc, text, parent)
                else:
                    self._from_thread.emit(exc, text)
            return logs.describe(exc)
        except Exception:  # the reporter itself must never be what brings the app down
            with contextlib.suppress(Exception):
                sys.__excepthook__(type(exc), exc, exc.__traceback__)
            return ""

    def _show_from_thread(self, exc: BaseException, text: str) -> None:
        self._show(exc, text, None)

    def _show(self, exc: BaseException, text: str, parent: QWidget | None) -> None:
        if self.current is not None:
            self.current.repeated()
            return
        signature = _signature(exc)
        closed = self._closed_at.get(signature)
        if closed is not None and time.monotonic() - closed < QUIET_SECONDS:
            return
        report = make_report(exc, text)
        self.current = report
        try:
            if parent is None:
                app = QApplication.instance()
                parent = (app.activeModalWidget() or app.activeWindow()) if app else None
            dialogs.tell_unexpected(parent, report)
        finally:
            self.current = None
            self._closed_at[signature] = time.monotonic()


def report_unexpected(
    exc: BaseException,
    context: str,
    *,
    parent: QWidget | None = None,
    inline: bool = False,
    logged: bool = False,
) -> str:
    """Log an exception that was caught but not expected, and tell the user.

    ``context`` says what the app was doing ("showing workshop 12"), for the
    log. A bug always gets the one error dialog. An environment problem gets it
    too, unless ``inline``: then the caller shows the returned plain words
    where the failure happened (a page's error state, a status line).
    Returns what happened in plain words.

    Without the app's reporter installed (``run()`` installs it) the exception goes
    to whatever ``sys.excepthook`` is instead — Python's prints it; pytest-qt's
    fails the test — rather than to a modal dialog nobody would close.
    """
    reporter = ErrorReporter.of()
    show = not inline or logs.is_bug(exc)
    if reporter is None or not reporter.installed:
        if not logged:
            logs.log_unexpected(exc, context)
        if show:
            with contextlib.suppress(Exception):
                sys.excepthook(type(exc), exc, exc.__traceback__)
        return logs.describe(exc)
    return reporter.report(exc, context, parent=parent, logged=logged, dialog=show)


class FailurePanel(QWidget):
    """What a page shows instead of its fields when what it names could not be loaded:
    a heading, the reason in plain words, and "Try again"."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Its icon is drawn when a failure is first shown (dialogs.show_warning_icon).
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignTop)
        self.heading = dialogs.heading_label("")
        self.heading.setTextFormat(Qt.PlainText)
        self.message = QLabel()
        self.message.setTextFormat(Qt.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.retry_button = QPushButton(QCoreApplication.translate("ErrorDialog", "&Try again"))
        self.retry_button.clicked.connect(self.retry_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        body = QVBoxLayout()
        body.addWidget(self.heading)
        body.addWidget(self.message)
        body.addLayout(buttons)
        # A column of reading width, not a line across the whole page.
        column = QWidget()
        column.setMaximumWidth(640)
        top = QHBoxLayout(column)
        top.addWidget(self.icon_label)
        top.addLayout(body, 1)
        row = QHBoxLayout()
        row.addWidget(column, 1)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_failure(self, heading: str, message: str) -> None:
        if self.icon_label.pixmap().isNull():
            dialogs.show_warning_icon(self.icon_label)
        self.heading.setText(heading)
        self.message.setText(message)


def content_or_failure(
    page: QWidget, widgets: list[QWidget], retry
) -> tuple[QWidget, FailurePanel, QStackedWidget]:
    """Lay out ``page``: its ``widgets`` in a column (the last one stretching), or in their
    place the :class:`FailurePanel` whose "Try again" calls ``retry``."""
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets[:-1]:
        layout.addWidget(widget)
    layout.addWidget(widgets[-1], 1)
    failure = FailurePanel()
    failure.retry_requested.connect(retry)
    stack = QStackedWidget()
    stack.addWidget(content)
    stack.addWidget(failure)
    QVBoxLayout(page).addWidget(stack)
    return content, failure, stack


def load_failure_message(exc: BaseException, context: str, parent: QWidget | None) -> str:
    """Plain words for a page that could not load what it names.

    A FacilitatorError carries its own words; anything else is logged, a bug also
    gets the error dialog, and the words say what happened without the raw text.
    """
    from facilitator.errors import FacilitatorError

    if isinstance(exc, FacilitatorError) and not logs.is_bug(exc):
        return str(exc)
    message = report_unexpected(exc, context, parent=parent, inline=True)
    if logs.is_bug(exc):
        return QCoreApplication.translate(
            "ErrorDialog",
            "An error in Facilitator stopped this from loading; it is not something you did. "
            "Nothing was changed.",
        )
    return message
