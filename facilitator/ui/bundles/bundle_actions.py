"""File menu: export the shown workshop as a bundle, import a bundle through its preview.

The preview says what importing would do — rows new to this database, rows
already here, and rows that differ between the two (changed here, in the
bundle, or both: without a record of the version imported last, which side
changed cannot be told) — and lets the user keep their own version or take
the bundle's for each differing row before anything is written. Every
differing row starts at "mine": nothing here is replaced unless the user
chooses "theirs" for it (one row at a time, or all at once). The file
questions and the preview sit behind ``ask…`` functions
that tests replace. Writing, reading and importing a bundle run on a worker
thread (a ``QThreadPool`` of one) while the status bar says what is under
way, so the window keeps answering; ``finished`` is emitted when an export or
import has ended, whichever way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator import logs
from facilitator.errors import FacilitatorError

if TYPE_CHECKING:
    from facilitator.services import bundles
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, SERIES, WORKSHOP
from facilitator.ui.kit.error_dialog import report_unexpected
from facilitator.ui.kit.last_folder import last_folder, remember_folder

_UNSAFE = '<>:"/\\|?*'

PREVIEW_COLUMN_KIND = 0
PREVIEW_COLUMN_NEW = 1
PREVIEW_COLUMN_SAME = 2
PREVIEW_COLUMN_CONFLICTS = 3

CONFLICT_COLUMN_ROW = 0
CONFLICT_COLUMN_CHANGES = 1
CONFLICT_COLUMN_CHOICE = 2


def _bundles():
    # The bundle code (zip, hashing, JSON, the ORM classes) loads when a bundle is made or read.
    from facilitator.services import bundles

    return bundles


def table_label(table: str) -> str:
    """The kind of row a bundle table holds, as a user says it."""
    labels = {
        "organization": QCoreApplication.translate("BundlePreview", "Organizations"),
        "person": QCoreApplication.translate("BundlePreview", "People"),
        "series": QCoreApplication.translate("BundlePreview", "Series"),
        "phase": QCoreApplication.translate("BundlePreview", "Phases"),
        "workshop": QCoreApplication.translate("BundlePreview", "Workshops"),
        "agenda_item": QCoreApplication.translate("BundlePreview", "Agenda items"),
        "participation": QCoreApplication.translate("BundlePreview", "Attendees"),
        "note": QCoreApplication.translate("BundlePreview", "Notes"),
        "speaker_turn": QCoreApplication.translate("BundlePreview", "Speaking turns"),
        "proposal": QCoreApplication.translate("BundlePreview", "Proposals"),
        "proposal_version": QCoreApplication.translate("BundlePreview", "Proposal versions"),
        "round": QCoreApplication.translate("BundlePreview", "Rounds"),
        "position": QCoreApplication.translate("BundlePreview", "Positions"),
        "round_count": QCoreApplication.translate("BundlePreview", "Round counts"),
        "commitment": QCoreApplication.translate("BundlePreview", "Commitments"),
    }
    return labels.get(table, table)


def field_label(name: str) -> str:
    labels = {
        "title": QCoreApplication.translate("BundlePreview", "title"),
        "name": QCoreApplication.translate("BundlePreview", "name"),
        "given_name": QCoreApplication.translate("BundlePreview", "given name"),
        "family_name": QCoreApplication.translate("BundlePreview", "family name"),
        "email": QCoreApplication.translate("BundlePreview", "e-mail"),
        "phone": QCoreApplication.translate("BundlePreview", "phone"),
        "text": QCoreApplication.translate("BundlePreview", "text"),
        "planned_start": QCoreApplication.translate("BundlePreview", "start"),
        "planned_end": QCoreApplication.translate("BundlePreview", "end"),
        "status": QCoreApplication.translate("BundlePreview", "status"),
    }
    return labels.get(name, name)


def suggested_file_name(title: str) -> str:
    name = "".join("-" if ch in _UNSAFE or ord(ch) < 32 else ch for ch in title)
    name = " ".join(name.split()).strip(" .")[:80]
    return f"{name or 'workshop'}{_bundles().SUFFIX}"


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


class BundlePreviewDialog(QDialog):
    """What importing a bundle would do, with keep mine / take theirs for each changed row."""

    def __init__(self, preview: bundles.ImportPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import workshop bundle"))
        self.resize(760, 560)
        heading = QLabel(self.tr("Workshop: %1").replace("%1", preview.workshop_title))
        heading.setTextFormat(Qt.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        conflict_counts: dict[str, int] = {}
        for conflict in preview.conflicts:
            conflict_counts[conflict.table] = conflict_counts.get(conflict.table, 0) + 1
        tables = [
            t
            for t in _bundles().TABLES
            if preview.new.get(t) or preview.same.get(t) or conflict_counts.get(t)
        ]
        self.summary = QTableWidget(len(tables), 4)
        self.summary.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("New"), self.tr("Already here"), self.tr("Different")]
        )
        for row, table in enumerate(tables):
            values = [
                table_label(table),
                str(preview.new.get(table, 0)),
                str(preview.same.get(table, 0)),
                str(conflict_counts.get(table, 0)),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.summary.setItem(row, column, item)
        _fixed_rows(self.summary)
        header = self.summary.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (PREVIEW_COLUMN_NEW, PREVIEW_COLUMN_SAME, PREVIEW_COLUMN_CONFLICTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)

        self.conflicts = QTableWidget(len(preview.conflicts), 3)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("What differs (mine → theirs)"), self.tr("Keep")]
        )
        self.choices: dict[str, QComboBox] = {}
        for row, conflict in enumerate(preview.conflicts):
            label = QTableWidgetItem(f"{table_label(conflict.table)}: {conflict.label}")
            self.conflicts.setItem(row, CONFLICT_COLUMN_ROW, label)
            changes = "; ".join(
                f"{field_label(d.field)}: {_short(d.mine)} → {_short(d.theirs)}"
                for d in conflict.differences
            )
            changed = QTableWidgetItem(changes)
            changed.setToolTip(
                "\n".join(
                    f"{field_label(d.field)}: {d.mine} → {d.theirs}" for d in conflict.differences
                )
            )
            self.conflicts.setItem(row, CONFLICT_COLUMN_CHANGES, changed)
            choice = QComboBox()
            choice.addItem(self.tr("Mine"), _bundles().KEEP_MINE)
            choice.addItem(self.tr("Theirs"), _bundles().TAKE_THEIRS)
            # Never the bundle's by default, whatever times it claims.
            choice.setCurrentIndex(choice.findData(_bundles().KEEP_MINE))
            self.conflicts.setCellWidget(row, CONFLICT_COLUMN_CHOICE, choice)
            self.choices[conflict.uuid] = choice
        _fixed_rows(self.conflicts)
        self.conflicts.setColumnWidth(CONFLICT_COLUMN_ROW, 220)
        self.conflicts.horizontalHeader().setSectionResizeMode(
            CONFLICT_COLUMN_CHANGES, QHeaderView.Stretch
        )
        self.conflicts.setColumnWidth(CONFLICT_COLUMN_CHOICE, 110)

        if preview.conflicts:
            conflict_text = self.tr(
                "These rows differ between this database and the bundle. For each, keep "
                "this database's version (mine) or take the bundle's (theirs). Nothing "
                "here is replaced unless you choose theirs:"
            )
        else:
            conflict_text = self.tr("No row differs from this database.")
        conflicts_label = QLabel(conflict_text)
        conflicts_label.setWordWrap(True)
        self.all_mine = QPushButton(self.tr("Keep &mine for all"))
        self.all_mine.clicked.connect(lambda: self._choose_all(_bundles().KEEP_MINE))
        self.all_theirs = QPushButton(self.tr("Take &theirs for all"))
        self.all_theirs.clicked.connect(lambda: self._choose_all(_bundles().TAKE_THEIRS))
        choose_all = QHBoxLayout()
        choose_all.addWidget(self.all_mine)
        choose_all.addWidget(self.all_theirs)
        choose_all.addStretch(1)
        nothing = not preview.total_new and not preview.conflicts
        note = QLabel(
            self.tr("Everything in the bundle is already here; importing changes nothing.")
            if nothing
            else self.tr("All of it is imported in one step, or nothing is.")
        )
        note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary, 2)
        layout.addWidget(conflicts_label)
        layout.addWidget(self.conflicts, 3)
        layout.addLayout(choose_all)
        self.conflicts.setVisible(bool(preview.conflicts))
        self.all_mine.setVisible(bool(preview.conflicts))
        self.all_theirs.setVisible(bool(preview.conflicts))
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _choose_all(self, choice: str) -> None:
        for combo in self.choices.values():
            combo.setCurrentIndex(combo.findData(choice))

    def chosen(self) -> dict[str, str]:
        """The choice for every differing row (each has one: "mine" unless changed)."""
        return {row_uuid: combo.currentData() for row_uuid, combo in self.choices.items()}


def _short(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= 40 else value[:39] + "…"


def _fixed_rows(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.verticalHeader().hide()


def ask_bundle_choices(parent: QWidget | None, preview: bundles.ImportPreview) -> dict | None:
    """Show the preview; the choices per changed row, or None when cancelled (tests replace)."""
    dialog = BundlePreviewDialog(preview, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.chosen()


class _JobSignals(QObject):
    """Lives in the GUI thread; a job emits through it (queued across threads)."""

    done = Signal(object)
    failed = Signal(str)
    crashed = Signal(object)  # an unexpected exception (a bug), already logged


class _Job(QRunnable):
    """One bundle step (write, read and check, import) off the GUI thread."""

    def __init__(self, work: Callable[[], object], signals: _JobSignals):
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except FacilitatorError as exc:
            self._signals.failed.emit(str(exc))
        except Exception as exc:  # logged with its traceback; the user gets plain words
            logs.log_unexpected(exc, "moving a workshop bundle")
            if logs.is_bug(exc):
                self._signals.crashed.emit(exc)
            else:
                self._signals.failed.emit(logs.describe(exc))
        else:
            self._signals.done.emit(result)


class BundleActions(QObject):
    """The two File menu actions and what they do for a main window."""

    finished = Signal()  # an export or import ended (done, failed or cancelled)

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy: QProgressBar | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)
        self.export_action = QAction(self.tr("&Export workshop bundle…"), window)
        self.export_action.triggered.connect(self.export_shown)
        self.import_action = QAction(self.tr("&Import workshop bundle…"), window)
        self.import_action.triggered.connect(self.import_bundle)
        self.import_action.setEnabled(not window.store.read_only)

    @property
    def busy(self) -> bool:
        """True while a bundle is being written, read or imported."""
        return self._busy is not None

    def wait(self) -> None:
        """Let a running step end (on quit: an import is never cut off half-way)."""
        self._pool.waitForDone()

    def _run(self, work, busy_text: str, title: str, on_done) -> None:
        """Run ``work`` on the worker; ``on_done(result)`` or an error message follows."""
        window = self._window
        self._busy = QProgressBar()
        self._busy.setRange(0, 0)  # moving, with no end known
        self._busy.setMaximumWidth(160)
        window.statusBar().showMessage(busy_text)
        window.statusBar().addPermanentWidget(self._busy)
        signals = _JobSignals(self)

        def end() -> None:
            window.statusBar().clearMessage()
            if self._busy is not None:
                window.statusBar().removeWidget(self._busy)
                self._busy.deleteLater()
                self._busy = None
            signals.deleteLater()

        def done(result) -> None:
            end()
            try:
                on_done(result)
            except FacilitatorError as exc:
                dialogs.tell_error(window, title, str(exc))
                self.finished.emit()

        def failed(message: str) -> None:
            end()
            dialogs.tell_error(window, title, message)
            self.finished.emit()

        def crashed(exc: BaseException) -> None:
            end()
            report_unexpected(exc, "moving a workshop bundle", parent=window, logged=True)
            self.finished.emit()

        signals.done.connect(done)
        signals.failed.connect(failed)
        signals.crashed.connect(crashed)
        self._pool.start(_Job(work, signals))

    def _shown_workshop(self) -> int | None:
        window = self._window
        if window._workshop_page is None or not window._showing("workshop_page"):
            return None
        return window.workshop_page.workshop_id

    def export_shown(self) -> None:
        workshop_id = self._shown_workshop()
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
        window = self._window
        title = self.tr("Import workshop bundle")
        if self.busy:
            return
        path = ask_open_bundle_path(window)
        if path is None:
            self.finished.emit()
            return
        remember_folder(path)
        store = window.store

        def imported(result) -> None:
            if result.created or result.updated:
                for kind in (ORGANIZATION, PERSON, SERIES):
                    window.bus.announce(kind)
                window.bus.announce(WORKSHOP, result.workshop_id)
            window.open_workshop(result.workshop_id)
            self.finished.emit()

        def previewed(preview) -> None:
            choices = ask_bundle_choices(window, preview)
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
