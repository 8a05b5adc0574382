"""Starting the GUI: open the database first, then Qt, translators, settings and the window.

A workshop bundle given on the command line (a double-click in the file manager) or
sent by the system as a file-open event (macOS) opens its import preview once the
window is shown. ``check_start`` starts as usual, says when the window was first
painted and quits: the frozen build's smoke test and the start-up benchmark use it.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
    qVersion,
)
from PySide6.QtWidgets import QApplication, QLabel

from facilitator import APP_NAME, __version__, i18n, logs, paths
from facilitator.assets import resource_path
from facilitator.errors import DamagedDatabaseError, DatabaseLockedError, FacilitatorError
from facilitator.store import Store
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.error_dialog import ErrorReporter
from facilitator.ui.kit.gui_collector import collect_on_gui_thread
from facilitator.ui.kit.icons import app_icon
from facilitator.ui.kit.remembered_splitter import remember_side_width
from facilitator.ui.kit.screen_fit import resize_within_screen
from facilitator.ui.main_window import MainWindow

LANGUAGE_KEY = "interface/language"
SIDEBAR_KEY = "main/sidebar"  # in the geometry settings: the sidebar's width in pixels
logger = logging.getLogger(__name__)


def _ini(path) -> QSettings:
    # A folder that cannot be created only means settings are not kept between runs.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.IniFormat)


def open_settings() -> QSettings:
    """Settings live in an INI file under the config folder (redirected in tests)."""
    return _ini(paths.settings_file())


def open_geometry() -> QSettings:
    """Window geometry, kept apart from the settings."""
    return _ini(paths.geometry_file())


class Translators:
    """The app's and Qt's own translators for one language, installed on the application."""

    def __init__(self, app: QApplication):
        self._app = app
        self._installed: list[QTranslator] = []

    def remove_all(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()

    def use(self, language: str) -> None:
        self.remove_all()
        i18n.set_language(language)
        QLocale.setDefault(
            QLocale(
                QLocale.Turkish if language == "tr" else QLocale.English,
                QLocale.Turkey if language == "tr" else QLocale.UnitedKingdom,
            )
        )
        qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        candidates = [
            (f"qtbase_{language}", qt_dir),
            (f"facilitator_{language}", str(resource_path("translations"))),
        ]
        for name, folder in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)


# Python hands its lock to another thread after this long (its default: 5 ms).
# While a worker churns through a 5,000-row import, the window then gets its
# turn within about a millisecond instead of after several intervals.
SWITCH_INTERVAL = 0.001


def settle_interpreter() -> None:
    """How this process shares Python between the window and its workers: set once, by
    the application, after the start page is shown (never by a dialog, never for a while).

    What exists by then (Qt's and SQLAlchemy's modules, the window) lives as long as
    the process: frozen out of the garbage collector, a full collection no longer walks
    some 100,000 objects and holds every thread meanwhile. Automatic collection stays
    off: the GUI thread collects on its timer (``kit/gui_collector.py``).
    """
    sys.setswitchinterval(SWITCH_INTERVAL)
    gc.collect()
    gc.freeze()


class Application:
    """Holds the store, settings, translators and the current main window.

    ``settle`` (the real program sets it; tests leave it off) applies
    :func:`settle_interpreter` and starts the automatic backups once the start page
    is shown.
    """

    settle = False

    def __init__(self, app: QApplication, store: Store, *, now=None):
        self.app = app
        self.store = store
        self._now = now
        app.setWindowIcon(app_icon())  # every window's, the live screen's and projector's too
        # Garbage is collected on this thread only: never a widget destroyed by a worker.
        collect_on_gui_thread(app)
        self.settings = open_settings()
        self.translators = Translators(app)
        self.language = str(self.settings.value(LANGUAGE_KEY, i18n.DEFAULT_LANGUAGE))
        if self.language not in i18n.LANGUAGES:
            self.language = i18n.DEFAULT_LANGUAGE
        self.translators.use(self.language)
        self.window: MainWindow | None = None
        self.backups = None  # BackupScheduler, once start_backups() ran
        self.check_start = False  # say when the window was first painted, then quit
        self.first_painted_at: float | None = None  # epoch seconds
        self._bundles: list[Path] = []  # to import once the window is shown, one at a time
        self._shown = False

    def build_window(self) -> MainWindow:
        window = MainWindow(self.store, language=self.language, now=self._now)
        window.language_change_requested.connect(self.change_language)
        window.bundle_actions.finished.connect(self._next_bundle)
        if self.store.read_only:
            window.setWindowTitle(
                QCoreApplication.translate("Application", "Facilitator (read-only)")
            )
            notice = QLabel(
                QCoreApplication.translate(
                    "Application", "Read-only: another Facilitator is using this database"
                )
            )
            colours.show_in(notice, Tone.ERROR, "font-weight: bold;")
            window.statusBar().addPermanentWidget(notice)
        if self.backups is not None:
            window.bus.saved.connect(self.backups.note_change)
        geometry_settings = open_geometry()
        geometry = geometry_settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        else:
            resize_within_screen(window, 1280, 800)
        # The sidebar as wide as the user last dragged it (saved as they drag).
        remember_side_width(window.splitter, geometry_settings, SIDEBAR_KEY)
        self.window = window
        return window

    def save_geometry(self) -> None:
        if self.window is not None:
            settings = open_geometry()
            settings.setValue("main/geometry", self.window.saveGeometry())
            settings.sync()

    def start(self, live_workshop_id: int | None = None) -> MainWindow:
        """Show the window with its sidebar first; the start page fills in right after.

        With ``live_workshop_id`` the live screen of that workshop opens at once;
        otherwise a session left running (e.g. by a crash) is offered for resuming.
        """
        window = self.build_window()

        def then():
            self.first_painted_at = time.time()
            window.open_start_page()
            if self.check_start:
                self._report_start(window)
                return
            self._shown = True
            if self.settle:
                self.settle = False
                QTimer.singleShot(0, settle_interpreter)  # in the first idle moment
                # After the first paint: a backup that is due never holds the window back.
                QTimer.singleShot(0, self.start_backups)
            if live_workshop_id is not None:
                window.open_live_for(live_workshop_id)
            else:
                QTimer.singleShot(0, window.offer_resume)
            if self._bundles:  # brought to import: no offer of the demo series meanwhile
                self._next_bundle()
            else:
                QTimer.singleShot(0, window.offer_demo)

        window.when_first_painted(then)
        window.show()
        return window

    def _report_start(self, window: MainWindow) -> None:
        """``--check-start``: one line on stdout with the moment of the first paint, then quit."""
        if sys.stdout is not None:  # none for a windowed program on Windows
            print(
                f"main window shown at {self.first_painted_at:.3f} ({window.windowTitle()})",
                flush=True,
            )
        QCoreApplication.exit(0)

    def open_bundle(self, path: str | Path) -> None:
        """Show the import preview of the bundle at ``path``: now if the window is shown and
        no other bundle is moving, else as soon as it is."""
        self._bundles.append(Path(path))
        if self._shown and self.window is not None and not self.window.bundle_actions.busy:
            self._next_bundle()

    def _next_bundle(self) -> None:
        if self._bundles and self.window is not None:
            self.window.bundle_actions.import_file(self._bundles.pop(0))

    def start_backups(self) -> None:
        """Automatic backups of the database file, on a worker thread (ui/backup_scheduler.py)."""
        if self.store.path is None or self.store.read_only or self.backups is not None:
            return
        from facilitator.ui.database.backup_scheduler import BackupScheduler

        store = self.store
        self.backups = BackupScheduler(store.path, writes=lambda: store.write_count)
        self.backups.failed.connect(self._backup_failed)
        if self.window is not None:
            self.window.bus.saved.connect(self.backups.note_change)
        self.backups.start()

    def finish_backups(self) -> None:
        """On quit: a last backup when something changed, then wait for it."""
        if self.backups is not None:
            self.backups.finish()

    def _backup_failed(self, message: str) -> None:
        text = QCoreApplication.translate("Application", "Automatic backup failed: %1")
        logger.warning("Automatic backup failed: %s", message)
        if self.window is not None:
            self.window.statusBar().showMessage(text.replace("%1", message), 15000)

    def change_language(self, language: str) -> None:
        """Switch the interface language now: rebuild the window in the new language."""
        self.settings.setValue(LANGUAGE_KEY, language)
        self.settings.sync()
        self.language = language
        self.translators.use(language)
        old = self.window
        workshop_id = old.current_workshop_id() if old is not None else None
        # An open live screen belongs to the old window (its change bus, its history): it
        # closes the normal way, the session goes on, and Ctrl+L resumes it in the new one.
        live_id = None
        if old is not None and old.live_window is not None and old.live_window.isVisible():
            live_id = old.live_window.workshop_id
            old.close_live_screen()
        self.save_geometry()
        window = self.build_window()
        window.show()
        if workshop_id is not None:
            window.open_workshop(workshop_id)
        else:
            window.open_start_page()
        if live_id is not None:
            window.tell_live_closed_in_session(live_id)
        if old is not None:
            old.hide()
            old.deleteLater()


class FileOpenEvents(QObject):
    """Files the system asks the application to open (macOS: a double-click in the Finder
    arrives as a ``QFileOpenEvent``, also before the window exists) go to ``open_file``."""

    def __init__(self, open_file, parent=None):
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.FileOpen:
            path = event.file()
            if path:
                self._open_file(path)
                return True
        return False


def offer_choice(database, argv, problem: FacilitatorError) -> Store | None:
    """Damaged: offer the newest verified backup (ui/restore_dialog.py); held by another
    Facilitator: offer read-only (ui/lock_dialog.py). None when the user quits."""
    from facilitator.ui.database.lock_dialog import open_or_read_only
    from facilitator.ui.database.restore_dialog import open_or_restore

    opening = open_or_restore if isinstance(problem, DamagedDatabaseError) else open_or_read_only
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(app_icon())
    translators = Translators(app)
    language = str(open_settings().value(LANGUAGE_KEY, i18n.DEFAULT_LANGUAGE))
    translators.use(language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)
    try:
        return opening(database)
    except FacilitatorError as exc:
        if sys.stderr is not None:
            print(f"facilitator: error: {exc}", file=sys.stderr)
        if not isinstance(exc, type(problem)):  # declining is that problem again: no box
            from facilitator.ui.kit import dialogs

            dialogs.tell_error(None, APP_NAME, str(exc))
        return None
    finally:
        translators.remove_all()


def delete_all_windows(app: QApplication) -> None:
    """Destroy every window while Python is still whole.

    Windows left to PySide6's own clean-up are destroyed during interpreter
    shutdown, when a Python event filter on the application can no longer run:
    the process then dies with a segmentation fault on quit.
    """
    for widget in app.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def run(
    database=None,
    argv=None,
    *,
    errors_in_window: bool = False,
    live=None,
    bundle=None,
    check_start: bool = False,
) -> int:
    """Open the database, then the window; returns the process exit status.

    A database that cannot be used is reported on stderr; started without a
    console (``facilitator-gui``), the message is shown in a window too. What
    happens is logged (``facilitator.logs``); an exception nobody caught is
    logged with its traceback and told in one dialog (ui/error_dialog.py).

    ``bundle``: a workshop bundle whose import preview opens once the window is
    shown. ``check_start``: quit once the start page is shown, after one line on
    stdout saying when the window was first painted; a database that cannot be
    opened is then only told on stderr (no dialog waits for an answer).
    """
    logs.setup_logging(running_on=f"Qt {qVersion()}")
    try:
        store = Store.open(database, lock=True)
    except (DamagedDatabaseError, DatabaseLockedError) as problem:
        logger.warning("The database cannot be opened as it is: %s", problem)
        if check_start:
            _tell_stderr(problem)
            return 2
        store = offer_choice(database, argv, problem)
        if store is None:
            return 2
    except FacilitatorError as exc:
        logger.warning("The database cannot be opened: %s", exc)
        _tell_stderr(exc)
        if errors_in_window and not check_start:
            from PySide6.QtWidgets import QMessageBox

            app = QApplication.instance() or QApplication(sys.argv[:1])
            box = QMessageBox(QMessageBox.Critical, APP_NAME, str(exc))
            box.setTextFormat(Qt.PlainText)
            box.exec()
            del app
        return 2
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("facilitator")
    if live is not None:
        from facilitator.services import workshops

        try:
            workshops.get_workshop(store, live)
        except FacilitatorError as exc:
            print(f"facilitator: error: {exc}", file=sys.stderr)
            store.close()
            return 2
    reporter = ErrorReporter.of(app)
    reporter.install()
    file_opens = None
    try:
        facilitator = Application(app, store)
        if sys.platform == "darwin":  # the only system whose Qt sends QFileOpenEvent
            # (elsewhere the file comes as an argument): a filter on the application sees
            # every event of every widget, through Python.
            file_opens = FileOpenEvents(facilitator.open_bundle)
            app.installEventFilter(file_opens)
        if bundle is not None:
            facilitator.open_bundle(bundle)
        facilitator.check_start = check_start
        facilitator.settle = not check_start
        facilitator.start(live)
        if not check_start:  # a check leaves the window's place as the user left it
            app.aboutToQuit.connect(facilitator.save_geometry)
        app.aboutToQuit.connect(facilitator.finish_backups)
        return app.exec()
    finally:
        if file_opens is not None:
            app.removeEventFilter(file_opens)
        reporter.uninstall()
        delete_all_windows(app)
        store.close()
        logging.getLogger("facilitator").info("Facilitator closed")


def _tell_stderr(problem: Exception) -> None:
    if sys.stderr is not None:
        print(f"facilitator: error: {problem}", file=sys.stderr)
