"""The import preview: how the file was read, the column mapping, every row's fate, then import.

The dialog shows the detected encoding and separator, one combo box per column
of the file saying which field it holds (changing one rebuilds the preview),
and a table of every row: new person, matched to someone in the directory,
already attending, repeated in the file, or an error with its reason. A new
person told apart from a namesake by another e-mail says so, with a mark. Import
is possible only when no row has an error; it runs on a worker
(``kit.workers``: one transaction, all rows or none) with a progress bar
while the window stays responsive, and can be cancelled, which writes
nothing. The preview is built on that worker too, and the file is read on
one (:func:`read_without_freezing`).

The table of rows is ``import_preview_model``.

Reached through :func:`ask_import_attendees` (tests replace it); the caller
makes the returned result one edit of its window (undo, announcement).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator import logs
from facilitator.documents.attendee_files import (
    CP1254,
    UTF8,
    UTF8_BOM,
    UTF16,
    SpreadsheetTable,
    guess_columns,
    read_attendee_file,
)
from facilitator.errors import ConflictError, FacilitatorError
from facilitator.services.attendee_import import (
    DirectoryIndex,
    Field,
    ImportCancelledError,
    ImportPreview,
    ImportResult,
    RowStatus,
    apply_import,
    column_name,
    load_directory,
    make_preview,
)
from facilitator.store import Store
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.error_dialog import report_unexpected
from facilitator.ui.kit.fitted_columns import fit_columns
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.labels import fill
from facilitator.ui.kit.last_folder import last_folder, remember_folder
from facilitator.ui.kit.workers import Cancelled, Job, Worker
from facilitator.ui.workshop.import_preview_model import (
    COLUMN_DETAILS,
    COLUMN_EMAIL,
    COLUMN_NAME,
    COLUMN_ORGANIZATION,
    COLUMN_POSITION,
    ImportPreviewModel,
)

# The order of the fields in every mapping combo box, after "(ignore)".
MAPPABLE_FIELDS = (
    Field.FULL_NAME,
    Field.HONORIFIC,
    Field.GIVEN_NAME,
    Field.FAMILY_NAME,
    Field.ORGANIZATION,
    Field.POSITION,
    Field.EMAIL,
    Field.PHONE,
)


class ImportDialog(QDialog):
    """Preview of an attendee import with an editable column mapping; imports on a worker."""

    imported = Signal(object)  # ImportResult, once the import has been committed
    preview_updated = Signal()  # a preview for the current mapping is shown

    def __init__(
        self,
        store: Store,
        workshop_id: int | None,  # None: into the directory only
        table: SpreadsheetTable,
        parent: QWidget | None = None,
        *,
        directory: DirectoryIndex | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.table = table
        self.directory = directory  # read by the preview's job when None
        self.columns = list(guess_columns(table))
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._worker = Worker(self)  # one thread: a preview and an import never overlap
        self._import_job: Job | None = None
        self._preview_job: Job | None = None
        self._generation = 0  # of the mapping; a preview of an older one is not shown
        self._close_when_stopped = False

        title = (
            self.tr("Import attendees — %1")
            if workshop_id is not None
            else self.tr("Import people into the directory — %1")
        )
        self.setWindowTitle(title.replace("%1", table.file_name))
        self.resize(1100, 680)

        self.source_label = QLabel(self._source_text())
        self.source_label.setTextFormat(Qt.RichText)
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mapping_combos: list[QComboBox] = []
        mapping = QWidget()
        grid = QGridLayout(mapping)
        grid.setContentsMargins(0, 0, 0, 0)
        per_row = 4
        for index, header in enumerate(table.headers):
            combo = QComboBox()
            combo.setObjectName(f"mapping_{index}")
            combo.addItem(self.tr("(ignore)"), None)
            for value in MAPPABLE_FIELDS:
                combo.addItem(self._field_text(value), value.value)
            combo.setCurrentIndex(max(combo.findData(self._column_value(index)), 0))
            combo.currentIndexChanged.connect(
                lambda _i, index=index, combo=combo: self._mapping_changed(index, combo)
            )
            label = QLabel(column_name(table.headers, index))
            label.setBuddy(combo)
            label.setToolTip(header)
            grid.addWidget(label, (index // per_row) * 2, index % per_row)
            grid.addWidget(combo, (index // per_row) * 2 + 1, index % per_row)
            self.mapping_combos.append(combo)
        grid.setRowStretch(((len(table.headers) + per_row - 1) // per_row) * 2, 1)
        scroll = QScrollArea()
        scroll.setWidget(mapping)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        rows_needed = (len(table.headers) + per_row - 1) // per_row
        scroll.setMaximumHeight(min(rows_needed, 3) * 2 * (self.fontMetrics().height() + 14) + 8)

        self.problems_label = QLabel()
        self.problems_label.setTextFormat(Qt.RichText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.problems_label.hide()

        self.errors_only = QCheckBox(self.tr("Show only rows with &errors"))
        self.errors_only.toggled.connect(self._show_rows)

        self.model = ImportPreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        vertical = self.view.verticalHeader()
        # Fixed row heights: a long file must not measure every row.
        vertical.setSectionResizeMode(QHeaderView.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        # Every column in sight: the row number, status and phone as wide as their values,
        # the texts sharing the rest (cut with "…", whole in their tooltips).
        fit_columns(
            self.view,
            {
                COLUMN_DETAILS: 3,
                COLUMN_NAME: 2,
                COLUMN_ORGANIZATION: 2,
                COLUMN_POSITION: 1,
                COLUMN_EMAIL: 2,
            },
        )

        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.PlainText)
        self.counts_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.PlainText)
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(icon("import"), self.tr("&Import"))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.Close)
        self.close_button.hide()
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        mapping_title = QLabel(self.tr("<b>Columns</b> — what each column of the file holds:"))
        layout.addWidget(mapping_title)
        layout.addWidget(scroll)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.errors_only)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

        # The first preview starts from the event loop, once the dialog is built and
        # shown: a worker started now would compete with that for the interpreter.
        self.import_button.setEnabled(False)
        self.counts_label.setText(self.tr("Updating the preview…"))
        QTimer.singleShot(0, self, self.rebuild)

    # -- texts -----------------------------------------------------------------------

    def _field_text(self, value: Field) -> str:
        return {
            Field.FULL_NAME: self.tr("Full name"),
            Field.HONORIFIC: self.tr("Honorific"),
            Field.GIVEN_NAME: self.tr("Given name"),
            Field.FAMILY_NAME: self.tr("Family name"),
            Field.ORGANIZATION: self.tr("Organization"),
            Field.POSITION: self.tr("Position"),
            Field.EMAIL: self.tr("E-mail"),
            Field.PHONE: self.tr("Phone"),
        }[value]

    def encoding_text(self) -> str:
        return {
            UTF8: self.tr("UTF-8"),
            UTF8_BOM: self.tr("UTF-8 with byte-order mark"),
            CP1254: self.tr("Windows-1254 (Turkish)"),
            UTF16: self.tr("UTF-16"),
        }.get(self.table.encoding or "", self.table.encoding or "")

    def separator_text(self) -> str:
        return {
            ";": self.tr("semicolon (;)"),
            ",": self.tr("comma (,)"),
            "\t": self.tr("tab"),
        }.get(self.table.separator or "", self.tr("none (one column)"))

    def _source_text(self) -> str:
        t = self.table
        if t.kind == "xlsx":
            how = self.tr("Excel workbook, sheet “%1”").replace("%1", t.sheet or "")
        else:
            how = (
                self.tr("Encoding: %1 · Separator: %2")
                .replace("%1", self.encoding_text())
                .replace("%2", self.separator_text())
            )
        rows = self.tr("%n row(s) below the header", None, len(t.rows))
        return f"<b>{_escape(t.file_name)}</b><br>{_escape(how)} · {_escape(rows)}"

    def _column_value(self, index: int) -> str | None:
        value = self.columns[index]
        return value.value if value is not None else None

    # -- preview ---------------------------------------------------------------------

    def _mapping_changed(self, index: int, combo: QComboBox) -> None:
        data = combo.currentData()
        self.columns[index] = Field(data) if data else None
        self.rebuild()

    def rebuild(self) -> None:
        """Preview again with the current mapping, on the worker.

        While one preview is being built, a newer mapping waits for it to end;
        only the preview of the current mapping is ever shown.
        """
        self._generation += 1
        self.import_button.setEnabled(False)
        self.counts_label.setText(self.tr("Updating the preview…"))
        if self._preview_job is None:
            self._start_preview()

    def is_updating(self) -> bool:
        return self._preview_job is not None

    def _start_preview(self) -> None:
        store, workshop_id, directory = self.store, self.workshop_id, self.directory
        table, columns, generation = self.table, tuple(self.columns), self._generation

        def build(_job: Job) -> tuple[ImportPreview, DirectoryIndex]:
            index = directory if directory is not None else load_directory(store, workshop_id)
            return make_preview(index, table, columns), index

        job = self._worker.submit(build, "building the import preview")
        # Bound methods, not lambdas (kit/workers.py): the job carries its generation.
        job.setProperty("generation", generation)
        job.done.connect(self._job_preview_built)
        job.failed.connect(self._job_preview_failed)
        job.crashed.connect(self._job_preview_crashed)
        job.finished.connect(self._job_preview_finished)
        self._preview_job = job

    def _job_preview_built(self, built) -> None:
        self._preview_built(self.sender().property("generation"), *built)

    def _job_preview_failed(self, message: str) -> None:
        self._preview_failed(self.sender().property("generation"), message)

    def _job_preview_crashed(self, exc: BaseException) -> None:
        self._preview_crashed(self.sender().property("generation"), exc)

    def _job_preview_finished(self) -> None:
        self._preview_finished(self.sender().property("generation"))

    def _preview_built(self, generation: int, preview: ImportPreview, directory) -> None:
        self.directory = directory
        if generation != self._generation:
            return
        self.preview = preview
        self._show_rows()
        self._show_counts()

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.counts_label.setText("")
            self.problems_label.setText(_escape(message))
            self.problems_label.show()

    def _preview_crashed(self, generation: int, exc: BaseException) -> None:
        self._preview_failed(
            generation, self.tr("The preview could not be made because of an error in Facilitator.")
        )
        report_unexpected(exc, "building the import preview", parent=self, logged=True)

    def _preview_finished(self, generation: int) -> None:
        self._preview_job = None
        if generation != self._generation:
            self._start_preview()  # the mapping changed meanwhile
            return
        self._update_import_button()
        self.preview_updated.emit()

    def _show_rows(self) -> None:
        if self.preview is None:
            return
        rows = self.preview.rows
        if self.errors_only.isChecked():
            rows = tuple(r for r in rows if r.status is RowStatus.ERROR)
        self.model.set_rows(list(rows))

    def _show_counts(self) -> None:
        preview = self.preview
        counts = preview.counts
        parts = [
            self.tr("To import: %1").replace("%1", str(preview.to_import)),
            self.tr("New: %1").replace("%1", str(counts[RowStatus.NEW])),
            self.tr("Matched: %1").replace("%1", str(counts[RowStatus.MATCHED])),
            self.tr("Already attending: %1").replace("%1", str(counts[RowStatus.ATTENDING])),
            self.tr("Repeated in the file: %1").replace("%1", str(counts[RowStatus.DUPLICATE])),
            self.tr("Errors: %1").replace("%1", str(counts[RowStatus.ERROR])),
            self.tr("New organizations: %1").replace("%1", str(preview.new_organizations)),
        ]
        namesakes = sum(
            1 for r in preview.rows if r.status is RowStatus.NEW and (r.namesake or r.namesake_row)
        )
        if namesakes:
            parts.append(
                self.tr("Told apart from a namesake by e-mail: %1").replace("%1", str(namesakes))
            )
        self.counts_label.setText(" · ".join(parts))
        if preview.problems:
            self.problems_label.setText("<br>".join(_escape(p) for p in preview.problems))
            self.problems_label.show()
        elif counts[RowStatus.ERROR]:
            explanation = self.tr(
                "Nothing is imported while any row has an error. Correct the file or the "
                "column mapping. First error:"
            )
            first = next(r.error for r in preview.rows if r.status is RowStatus.ERROR)
            self.problems_label.setText(f"{_escape(explanation)}<br><b>{_escape(first)}</b>")
            self.problems_label.show()
        else:
            self.problems_label.hide()
        self._update_import_button()

    def _update_import_button(self) -> None:
        self.import_button.setEnabled(
            self.preview is not None
            and self.preview.can_import
            and self._import_job is None
            and self._preview_job is None
            and self.import_result is None
        )

    # -- importing -------------------------------------------------------------------

    def is_importing(self) -> bool:
        return self._import_job is not None

    def start_import(self) -> None:
        """Write the previewed rows on the worker; the mapping is frozen meanwhile."""
        if (
            self.preview is None
            or not self.preview.can_import
            or self._import_job is not None
            or self._preview_job is not None
        ):
            return
        for combo in self.mapping_combos:
            combo.setEnabled(False)
        self.import_button.setEnabled(False)
        self.result_label.hide()
        self.progress.setRange(0, max(self.preview.to_import, 1))
        self.progress.setValue(0)
        self.progress.show()
        store, preview = self.store, self.preview
        outcome: dict[str, bool] = {}  # how a refusal came, told by the job to the GUI

        def write(job: Job) -> ImportResult:
            try:
                return apply_import(
                    store,
                    preview,
                    progress=lambda done, total: job.report_progress((done, total)),
                    cancelled=lambda: job.stop_requested,
                )
            except ImportCancelledError:
                raise Cancelled from None  # rolled back: nothing was written
            except ConflictError:
                outcome["directory_changed"] = True
                raise
            except FacilitatorError:
                outcome["refused"] = True
                raise

        job = self._worker.submit(write, "importing attendees")
        self._import_outcome = outcome
        job.progressed.connect(self._job_progressed)
        job.done.connect(self._succeeded)
        job.failed.connect(self._job_failed)
        job.crashed.connect(self._import_crashed)
        job.cancelled.connect(self._cancelled)
        job.finished.connect(self._import_finished)
        self._import_job = job

    def _job_progressed(self, value: tuple[int, int]) -> None:
        self._progressed(*value)

    def _job_failed(self, message: str) -> None:
        self._failed(message, self._import_outcome)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, result: ImportResult) -> None:
        self.import_result = result
        self.progress.setValue(self.progress.maximum())
        self.result_label.setText(
            fill(
                self.tr("Imported: %1, %2 from the directory, %3 skipped; %4."),
                self.tr("%n new person(s)", None, result.created),
                result.matched,
                result.skipped,
                self.tr("%n new organization(s)", None, result.organizations_created),
            )
        )
        self.result_label.show()
        self.import_button.hide()
        self.imported.emit(result)

    def _failed(self, message: str, outcome: dict[str, bool]) -> None:
        self.progress.hide()
        if outcome.get("directory_changed"):
            # Show what importing would do now, so the user decides again.
            self.directory = None
            self.rebuild()
        if not outcome.get("refused") and not outcome.get("directory_changed"):
            # The environment (a full disk, a lost connection), in its plain words.
            message = self._nothing_written(message)
        self.result_label.setText(message)
        self.result_label.show()

    def _import_crashed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.result_label.setText(self._nothing_written(logs.describe(exc)))
        self.result_label.show()
        report_unexpected(exc, "importing attendees", parent=self, logged=True)

    def _nothing_written(self, reason: str) -> str:
        return self.tr("The import failed and nothing was written: %1").replace("%1", reason)

    def _cancelled(self) -> None:
        self.progress.hide()
        self.result_label.setText(self.tr("Cancelled: nothing was imported."))
        self.result_label.show()

    def _import_finished(self) -> None:
        self._import_job = None
        if self.import_result is None:
            for combo in self.mapping_combos:
                combo.setEnabled(True)
            self.cancel_button.setEnabled(True)
            if self._preview_job is None and self.preview is not None:
                self._show_counts()
        else:
            # Shown only now that the job has ended, so closing never outlives it.
            self.cancel_button.hide()
            self.close_button.show()
            self.close_button.setDefault(True)
            self.close_button.setFocus()
        if self._close_when_stopped:
            self._close_when_stopped = False
            if self.import_result is not None:
                self.accept()
            else:
                super().reject()

    def done(self, result: int) -> None:
        if self._worker.busy:  # never leave a running job behind
            self._worker.cancel_all()
            self._worker.wait()
        super().done(result)

    def reject(self) -> None:
        """Cancel (or Escape, or closing the window): stop a running import first."""
        if self._import_job is not None:
            self._close_when_stopped = True
            self.cancel_button.setEnabled(False)
            self._import_job.cancel()
            return
        if self.import_result is not None:
            self.accept()  # the import happened; closing is not cancelling it
            return
        super().reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ask_open_path(parent: QWidget | None) -> Path | None:
    """Ask which file to import (a modal file dialog; tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import attendees"),
        str(last_folder()),
        QCoreApplication.translate(
            "ImportDialog", "Attendee lists (*.csv *.xlsx *.txt);;All files (*)"
        ),
    )
    if not path:
        return None
    remember_folder(Path(path))
    return Path(path)


def ask_import_attendees(
    parent: QWidget | None, store: Store, workshop_id: int | None, path: str | Path
) -> ImportResult | None:
    """Read the file, show the preview modally; the result when something was imported."""
    try:
        table = read_without_freezing(parent, path)
        if table is None:  # a bug, already reported
            return None
        dialog = ImportDialog(store, workshop_id, table, parent)
    except FacilitatorError as exc:
        dialogs.tell_error(
            parent, QCoreApplication.translate("ImportDialog", "Import attendees"), str(exc)
        )
        return None
    try:
        dialog.exec()
        return dialog.import_result
    finally:
        dialog.deleteLater()


class _ReadOutcome(QObject):
    """Receives how a file reading ended (bound slots, as kit/workers.py asks)."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.ended: dict = {}

    def done(self, table) -> None:
        self.ended["table"] = table

    def failed(self, message: str) -> None:
        self.ended["failed"] = message

    def crashed(self, exc: BaseException) -> None:
        self.ended["crashed"] = exc


def read_without_freezing(parent: QWidget | None, path: str | Path) -> SpreadsheetTable | None:
    """:func:`read_attendee_file` on a worker; the window keeps painting meanwhile.

    A reading that takes longer than a moment shows a busy indicator. A file
    that cannot be read raises :class:`FacilitatorError` here, on the GUI
    thread, in plain words (the reader's, or the environment's: already
    logged). A bug is logged and reported, and None is returned.
    """
    worker = Worker()
    job = worker.submit(lambda _job: read_attendee_file(path), "reading an attendee file")
    outcome = _ReadOutcome(worker)
    job.done.connect(outcome.done)
    job.failed.connect(outcome.failed)
    job.crashed.connect(outcome.crashed)
    ended = outcome.ended
    loop = QEventLoop()
    job.finished.connect(loop.quit)  # queued: a quick finish still ends the loop below
    busy = QProgressDialog(
        QCoreApplication.translate("ImportDialog", "Reading %1…").replace("%1", Path(path).name),
        "",
        0,
        0,
        parent,
    )
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModal)
    busy.setMinimumDuration(400)
    try:
        loop.exec()
        worker.wait()
    finally:
        busy.reset()
        busy.deleteLater()
        worker.deleteLater()
    if "failed" in ended:
        raise FacilitatorError(ended["failed"])
    if "crashed" in ended:
        report_unexpected(ended["crashed"], "reading an attendee file", parent=parent, logged=True)
        return None
    return ended["table"]


def import_attendees(
    parent: QWidget | None, store: Store, workshop_id: int | None
) -> ImportResult | None:
    """Ask for a file, then preview and import it (what the Attendees tab's button does;
    ``workshop_id`` None: into the directory only, as the empty directory offers)."""
    path = ask_open_path(parent)
    if path is None:
        return None
    return ask_import_attendees(parent, store, workshop_id, path)
