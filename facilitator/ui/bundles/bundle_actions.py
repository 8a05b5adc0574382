"""File menu: export the shown workshop as a bundle, import a bundle through its preview.

``import_file`` imports a bundle the app was asked to open (a double-click in the
file manager) through the same preview, without the file question.

The preview (``bundle_preview_dialog.py``) says what importing would do and
lets the user keep their own version or take the bundle's for each differing
row before anything is written. The file questions and the preview sit
behind ``ask…`` functions that tests replace. Writing, reading and importing
a bundle run on a worker thread (``kit/workers.py``, one at a time) while the
status bar says what is under way, so the window keeps answering; errors
come back in the interface language. ``finished`` is emitted when an export
or import has ended, whichever way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressBar, QWidget

from facilitator.errors import FacilitatorError
from facilitator.ui.bundles import bundle_preview_dialog
from facilitator.ui.kit import dialogs, icons
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, SERIES, WORKSHOP, changed
from facilitator.ui.kit.error_dialog import report_unexpected
from facilitator.ui.kit.last_folder import last_folder, remember_folder
from facilitator.ui.kit.workers import Worker


def _bundles():
    # The bundle code (zip, hashing, JSON, the ORM classes) loads when a bundle is made or read.
    from facilitator.services import bundles

    return bundles


def _read_only_message() -> str:
    # The store's own words for a write refused on a database open read-only.
    from facilitator.i18n import translate

    return translate(
        "Errors",
        "The database is open read-only because another Facilitator is using it; "
        "nothing was changed.",
    )


def suggested_file_name(title: str) -> str:
    from facilitator.documents.email_drafts import safe_file_name

    return safe_file_name(title if title.strip() else "workshop", _bundles().SUFFIX)


def _filter() -> str:
    return QCoreApplication.translate("BundleActions", "Workshop bundle (*.facilitator)")


def ask_save_bundle_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write the bundle (a modal file dialog; tests replace this)."""
    path, _chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BundleActions", "Export workshop bundle"),
        str(suggested),
        _filter(),
    )
    if not path:
        return None
    result = Path(path)
    if result.suffix.lower() != _bundles().SUFFIX:
        result = result.with_name(result.name + _bundles().SUFFIX)
    return result


def ask_open_bundle_path(parent: QWidget | None) -> Path | None:
    """Which bundle to import (a modal file dialog; tests replace this)."""
    path, _chosen = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BundleActions", "Import workshop bundle"),
        str(last_folder()),
        _filter(),
    )
    return Path(path) if path else None


class BundleActions(QObject):
    """The two File menu actions and what they do for a main window."""

    finished = Signal()  # an export or import ended (done, failed or cancelled)

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._worker = Worker(self)
        self._busy: QProgressBar | None = None
        self._title = ""
        self._on_done = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)
        self.export_action = QAction(self.tr("&Export workshop bundle…"), window)
        self.export_action.triggered.connect(self.export_shown)
        self.import_action = QAction(self.tr("&Import workshop bundle…"), window)
        self.import_action.triggered.connect(self.import_bundle)
        self.import_action.setEnabled(not window.store.read_only)
        self.export_action.setIcon(icons.icon("export"))
        self.import_action.setIcon(icons.icon("import"))

    @property
    def busy(self) -> bool:
        """True while a bundle is being written, read or imported."""
        return self._busy is not None

    def wait(self) -> None:
        """Let a running step end (on quit: an import is never cut off half-way)."""
        self._worker.wait()

    def _run(self, work, busy_text: str, title: str, on_done) -> None:
        """Run ``work`` on the worker; ``on_done(result)`` or an error message follows."""
        window = self._window
        self._busy = QProgressBar()
        self._busy.setRange(0, 0)  # moving, with no end known
        self._busy.setMaximumWidth(160)
        window.statusBar().showMessage(busy_text)
        window.statusBar().addPermanentWidget(self._busy)
        self._title, self._on_done = title, on_done  # one step at a time (``busy``)
        job = self._worker.submit(lambda _job: work(), "moving a workshop bundle")
        # Bound methods, not lambdas: a lambda connected to a job's signal has crashed
        # the process when the finished job was deleted.
        job.done.connect(self._job_done)
        job.failed.connect(self._job_failed)
        job.crashed.connect(self._job_crashed)

    def _end(self) -> None:
        window = self._window
        window.statusBar().clearMessage()
        if self._busy is not None:
            window.statusBar().removeWidget(self._busy)
            self._busy.deleteLater()
            self._busy = None

    def _job_done(self, result) -> None:
        self._end()
        self._on_done(result)

    def _job_failed(self, message: str) -> None:
        self._end()
        dialogs.tell_error(self._window, self._title, message)
        self.finished.emit()

    def _job_crashed(self, exc: BaseException) -> None:
        self._end()
        report_unexpected(exc, "moving a workshop bundle", parent=self._window, logged=True)
        self.finished.emit()

    def export_shown(self) -> None:
        workshop_id = self._window.current_workshop_id()
        if workshop_id is None:
            self.finished.emit()
            return
        self.export(workshop_id)

    def export(self, workshop_id: int) -> None:
        """Ask where, then write the bundle on the worker; ``finished`` follows."""
        window = self._window
        title = self.tr("Export workshop bundle")
        if self.busy:
            return  # the status bar says what is under way
        try:
            from facilitator.services.workshops import get_workshop  # not at start-up

            workshop = get_workshop(window.store, workshop_id)
        except FacilitatorError as exc:
            dialogs.tell_error(window, title, str(exc))
            self.finished.emit()
            return
        path = ask_save_bundle_path(window, last_folder() / suggested_file_name(workshop.title))
        if path is None:
            self.finished.emit()
            return
        remember_folder(path)
        store = window.store

        def written(_result) -> None:
            window.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(path)), 10000)
            self.finished.emit()

        self._run(
            lambda: _bundles().export_bundle(store, workshop_id, path),
            self.tr("Writing the bundle %1…").replace("%1", path.name),
            title,
            written,
        )

    def import_bundle(self) -> None:
        """Ask for a bundle, read it on the worker, show its preview, import it on the worker."""
        if self.busy:
            return
        path = ask_open_bundle_path(self._window)
        if path is None:
            self.finished.emit()
            return
        remember_folder(path)
        self.import_file(path)

    def import_file(self, path: str | Path) -> None:
        """The import of ``path`` without asking for it (a bundle opened from the file manager).

        The same steps as File → Import: read on the worker, the preview, the import. A
        file that is missing or not a bundle is told in the usual error dialog; so is a
        database open read-only. Does nothing while a bundle is moving: wait for
        ``finished`` (the application queues the files it is asked to open).
        """
        window = self._window
        title = self.tr("Import workshop bundle")
        path = Path(path)
        if self.busy:
            return
        if window.store.read_only:  # the import would be refused after its preview
            dialogs.tell_error(window, title, _read_only_message())
            self.finished.emit()
            return
        store = window.store

        def imported(result) -> None:
            if result.created or result.updated:
                # Written on the worker, not through Edits.run: told to every view here.
                window.edits.announce(
                    [changed(kind) for kind in (ORGANIZATION, PERSON, SERIES)]
                    + [changed(WORKSHOP, result.workshop_id)]
                )
            window.open_workshop(result.workshop_id)
            self.finished.emit()

        def previewed(preview) -> None:
            choices = bundle_preview_dialog.ask_bundle_choices(window, preview)
            if choices is None:
                self.finished.emit()
                return
            self._run(
                lambda: _bundles().apply_import(store, preview, choices),
                self.tr("Importing %1…").replace("%1", path.name),
                title,
                imported,
            )

        self._run(
            lambda: _bundles().preview_import(store, path),
            self.tr("Reading %1…").replace("%1", path.name),
            title,
            previewed,
        )
