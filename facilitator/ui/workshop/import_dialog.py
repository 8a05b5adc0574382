"""The import preview: how the file was read, the column mapping, every row's fate, then import.

The dialog shows the detected encoding and separator, one combo box per column
of the file saying which field it holds (changing one rebuilds the preview),
and a table of every row: new person, matched to someone in the directory,
already attending, repeated in the file, or an error with its reason. A new
person told apart from a namesake by another e-mail says so, with a mark. Import
is possible only when no row has an error; it runs on a worker thread (one
transaction, all rows or none) with a progress bar while the window stays
responsive, and can be cancelled, which writes nothing.

Reached through :func:`ask_import_attendees` (tests replace it); the caller
announces the change (``ChangeBus``) with the ids in the returned result.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
    QStyle,
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
    PreviewRow,
    RowStatus,
    apply_import,
    column_name,
    load_directory,
    make_preview,
)
from facilitator.store import Store
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.error_dialog import report_unexpected
from facilitator.ui.kit.last_folder import last_folder, remember_folder

COLUMN_ROW = 0
COLUMN_STATUS = 1
COLUMN_DETAILS = 2
COLUMN_NAME = 3
COLUMN_ORGANIZATION = 4
COLUMN_POSITION = 5
COLUMN_EMAIL = 6
COLUMN_PHONE = 7
COLUMN_COUNT = 8

STATUS_ROLE = Qt.UserRole + 1  # the row's RowStatus

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


class ImportPreviewModel(QAbstractTableModel):
    """The preview's rows, one per row of the file; columns are the COLUMN_* constants."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._headers = {
            COLUMN_ROW: self.tr("Row"),
            COLUMN_STATUS: self.tr("Status"),
            COLUMN_NAME: self.tr("Name"),
            COLUMN_ORGANIZATION: self.tr("Organization"),
            COLUMN_POSITION: self.tr("Position"),
            COLUMN_EMAIL: self.tr("E-mail"),
            COLUMN_PHONE: self.tr("Phone"),
            COLUMN_DETAILS: self.tr("Details"),
        }
        self._status_text = {
            RowStatus.NEW: self.tr("New"),
            RowStatus.MATCHED: self.tr("Matched"),
            RowStatus.ATTENDING: self.tr("Already attending"),
            RowStatus.DUPLICATE: self.tr("Repeated"),
            RowStatus.ERROR: self.tr("Error"),
        }
        self._icons: dict | None = None  # from the style, once there is one to ask

    def _icon(self, r: PreviewRow):
        if self._icons is None:
            style = QApplication.style()
            error = style.standardIcon(QStyle.SP_MessageBoxCritical)
            note = style.standardIcon(QStyle.SP_MessageBoxInformation)
            self._icons = {
                RowStatus.ERROR: error,
                RowStatus.ATTENDING: note,
                RowStatus.DUPLICATE: note,
                None: note,
            }
        if r.namesake or r.namesake_row is not None or r.email_not_saved:
            return self._icons[None]  # worth a look, though nothing stops the import
        return self._icons.get(r.status)

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def status_text(self, status: RowStatus) -> str:
        return self._status_text[status]

    def details(self, r: PreviewRow) -> str:
        if r.status is RowStatus.ERROR:
            return r.reason
        if r.status is RowStatus.DUPLICATE:
            return self.tr("Same person as row %1; skipped").replace("%1", str(r.duplicate_of))
        if r.status is RowStatus.ATTENDING:
            return self.tr("%1 already attends; skipped").replace("%1", r.matched_name)
        text = (
            self.tr("Matched to %1").replace("%1", r.matched_name)
            if r.status is RowStatus.MATCHED
            else self.tr("New person")
        )
        if r.namesake_row is not None:
            text += " · " + self.tr(
                "not the person of row %1, who has the same name and another e-mail"
            ).replace("%1", str(r.namesake_row))
        elif r.namesake:
            text += " · " + self.tr(
                "not %1 of the directory, who has the same name and another e-mail"
            ).replace("%1", r.namesake)
        if r.email_not_saved:
            text += " · " + self.tr("the directory has no e-mail for them; this one is not added")
        if r.new_organization:
            text += " · " + self.tr("new organization")
        return text

    def _text(self, r: PreviewRow, column: int) -> str:
        if column == COLUMN_ROW:
            return str(r.row_number)
        if column == COLUMN_STATUS:
            return self._status_text[r.status]
        if column == COLUMN_NAME:
            if r.status is RowStatus.ERROR:
                # The row as it is in the file, so the user recognises it.
                return " | ".join(c.strip() for c in r.cells if c.strip())
            return r.display_name
        if column == COLUMN_ORGANIZATION:
            return r.organization
        if column == COLUMN_POSITION:
            return r.position
        if column == COLUMN_EMAIL:
            return r.email
        if column == COLUMN_PHONE:
            return r.phone
        return self.details(r)

    # -- Qt --------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._text(r, column)
        if role == Qt.ToolTipRole:
            return r.error if r.status is RowStatus.ERROR else self._text(r, column)
        if role == Qt.DecorationRole and column == COLUMN_STATUS:
            return self._icon(r)
        if role == Qt.TextAlignmentRole and column == COLUMN_ROW:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == STATUS_ROLE:
            return r.status.value
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self._headers[section]
        return section + 1


_SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005


@contextmanager
def gui_kept_responsive() -> Iterator[None]:
    """While a worker thread churns through thousands of rows, keep the GUI thread's turns short.

    Two things measured during a 5,000-row import held the window for 70–240 ms:

    * a full garbage collection walks every object in the process (PySide6 and
      SQLAlchemy alone hold some 70,000) and holds every thread meanwhile.
      Freezing the heap that exists when the job starts keeps collections to
      the job's own objects; afterwards the heap goes back to the collector.
    * the GUI thread waiting for the interpreter lock: under load it got it back
      only after several switch intervals. A shorter interval for the job's
      duration costs the job a little and keeps the waits in milliseconds.

    Both are process-wide settings, so each is changed only when nobody changed
    it already, and put back only by whoever changed it.
    """
    froze = not gc.get_freeze_count()
    if froze:
        gc.freeze()
    interval = sys.getswitchinterval()
    shortened = interval > _SWITCH_INTERVAL
    if shortened:
        sys.setswitchinterval(_SWITCH_INTERVAL)
    try:
        yield
    finally:
        if shortened:
            sys.setswitchinterval(interval)
        if froze:
            gc.unfreeze()


class PreviewThread(QThread):
    """Reads the directory (when not read yet) and builds a preview off the GUI thread."""

    built = Signal(int, object, object)  # generation, ImportPreview, DirectoryIndex
    failed = Signal(int, str)
    crashed = Signal(object)  # an unexpected exception (a bug), already logged

    def __init__(
        self,
        store: Store,
        workshop_id: int,
        directory: DirectoryIndex | None,
        table: SpreadsheetTable,
        columns: tuple,
        generation: int,
        parent=None,
    ):
        super().__init__(parent)
        self._args = (store, workshop_id, directory, table, columns)
        self.generation = generation

    def run(self) -> None:
        store, workshop_id, directory, table, columns = self._args
        try:
            with gui_kept_responsive():
                if directory is None:
                    directory = load_directory(store, workshop_id)
                preview = make_preview(directory, table, columns)
        except FacilitatorError as exc:  # written for users
            self.failed.emit(self.generation, str(exc))
        except Exception as exc:  # logged with its traceback; the user gets plain words
            logs.log_unexpected(exc, "building the import preview")
            if logs.is_bug(exc):
                self.failed.emit(
                    self.generation,
                    self.tr("The preview could not be made because of an error in Facilitator."),
                )
                self.crashed.emit(exc)
            else:
                self.failed.emit(self.generation, logs.describe(exc))
        else:
            self.built.emit(self.generation, preview, directory)


class ImportThread(QThread):
    """Runs :func:`apply_import` off the GUI thread; reports through queued signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # ImportResult
    failed = Signal(str, bool)  # message, whether the directory changed meanwhile
    crashed = Signal(object)  # an unexpected exception (a bug), already logged
    cancelled = Signal()

    def __init__(self, store: Store, preview: ImportPreview, parent=None):
        super().__init__(parent)
        self._store = store
        self._preview = preview
        self._stop = threading.Event()

    def request_cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            with gui_kept_responsive():
                result = apply_import(
                    self._store,
                    self._preview,
                    progress=self.progressed.emit,
                    cancelled=self._stop.is_set,
                )
        except ImportCancelledError:
            self.cancelled.emit()
        except ConflictError as exc:
            self.failed.emit(str(exc), True)
        except FacilitatorError as exc:
            self.failed.emit(str(exc), False)
        except Exception as exc:  # logged with its traceback; the user gets plain words
            logs.log_unexpected(exc, "importing attendees")
            self.failed.emit(
                self.tr("The import failed and nothing was written: %1").replace(
                    "%1", logs.describe(exc)
                ),
                False,
            )
            if logs.is_bug(exc):
                self.crashed.emit(exc)
        else:
            self.succeeded.emit(result)


class ImportDialog(QDialog):
    """Preview of an attendee import with an editable column mapping; imports on a worker."""

    imported = Signal(object)  # ImportResult, once the import has been committed
    preview_updated = Signal()  # a preview for the current mapping is shown

    def __init__(
        self,
        store: Store,
        workshop_id: int,
        table: SpreadsheetTable,
        parent: QWidget | None = None,
        *,
        directory: DirectoryIndex | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.table = table
        self.directory = directory  # read on the preview thread when None
        self.columns = list(guess_columns(table))
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._thread: ImportThread | None = None
        self._preview_thread: PreviewThread | None = None
        self._generation = 0  # of the mapping; a preview of an older one is not shown
        self._close_when_stopped = False

        self.setWindowTitle(self.tr("Import attendees — %1").replace("%1", table.file_name))
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
        horizontal = self.view.horizontalHeader()
        horizontal.setStretchLastSection(True)
        for column, width in (
            (COLUMN_ROW, 50),
            (COLUMN_STATUS, 140),
            (COLUMN_DETAILS, 300),
            (COLUMN_NAME, 220),
            (COLUMN_ORGANIZATION, 220),
            (COLUMN_POSITION, 150),
            (COLUMN_EMAIL, 200),
        ):
            self.view.setColumnWidth(column, width)

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
        self.import_button = QPushButton(self.tr("&Import"))
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
        rows = self.tr("%1 rows below the header").replace("%1", str(len(t.rows)))
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
        """Preview again with the current mapping, on a worker thread.

        While one preview is being built, a newer mapping waits for it to end;
        only the preview of the current mapping is ever shown.
        """
        self._generation += 1
        self.import_button.setEnabled(False)
        self.counts_label.setText(self.tr("Updating the preview…"))
        if self._preview_thread is None:
            self._start_preview()

    def is_updating(self) -> bool:
        return self._preview_thread is not None

    def _start_preview(self) -> None:
        thread = PreviewThread(
            self.store,
            self.workshop_id,
            self.directory,
            self.table,
            tuple(self.columns),
            self._generation,
            self,
        )
        thread.built.connect(self._preview_built)
        thread.failed.connect(self._preview_failed)
        thread.crashed.connect(self._crashed)
        thread.finished.connect(self._preview_finished)
        self._preview_thread = thread
        thread.start()

    def _preview_built(self, generation: int, preview: ImportPreview, directory) -> None:
        self.directory = directory
        if generation != self._generation:
            return
        self.preview = preview
        self._show_rows()
        self._show_counts()

    def _crashed(self, exc: BaseException) -> None:
        report_unexpected(exc, "importing attendees", parent=self, logged=True)

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.counts_label.setText("")
            self.problems_label.setText(_escape(message))
            self.problems_label.show()

    def _preview_finished(self) -> None:
        thread, self._preview_thread = self._preview_thread, None
        if thread is not None:
            thread.deleteLater()
            if thread.generation != self._generation:
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
            and self._thread is None
            and self._preview_thread is None
            and self.import_result is None
        )

    # -- importing -------------------------------------------------------------------

    def is_importing(self) -> bool:
        return self._thread is not None

    def start_import(self) -> None:
        """Write the previewed rows on a worker thread; the mapping is frozen meanwhile."""
        if (
            self.preview is None
            or not self.preview.can_import
            or self._thread is not None
            or self._preview_thread is not None
        ):
            return
        for combo in self.mapping_combos:
            combo.setEnabled(False)
        self.import_button.setEnabled(False)
        self.result_label.hide()
        self.progress.setRange(0, max(self.preview.to_import, 1))
        self.progress.setValue(0)
        self.progress.show()
        thread = ImportThread(self.store, self.preview, self)
        thread.progressed.connect(self._progressed)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        thread.crashed.connect(self._crashed)
        thread.cancelled.connect(self._cancelled)
        thread.finished.connect(self._thread_finished)
        self._thread = thread
        thread.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, result: ImportResult) -> None:
        self.import_result = result
        self.progress.setValue(self.progress.maximum())
        self.result_label.setText(
            self.tr(
                "Imported: %1 new people, %2 from the directory, %3 skipped; %4 new organizations."
            )
            .replace("%1", str(result.created))
            .replace("%2", str(result.matched))
            .replace("%3", str(result.skipped))
            .replace("%4", str(result.organizations_created))
        )
        self.result_label.show()
        self.import_button.hide()
        self.imported.emit(result)

    def _failed(self, message: str, directory_changed: bool) -> None:
        self.progress.hide()
        if directory_changed:
            # Show what importing would do now, so the user decides again.
            self.directory = None
            self.rebuild()
        self.result_label.setText(message)
        self.result_label.show()

    def _cancelled(self) -> None:
        self.progress.hide()
        self.result_label.setText(self.tr("Cancelled: nothing was imported."))
        self.result_label.show()

    def _thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.deleteLater()
        if self.import_result is None:
            for combo in self.mapping_combos:
                combo.setEnabled(True)
            self.cancel_button.setEnabled(True)
            if self._preview_thread is None and self.preview is not None:
                self._show_counts()
        else:
            # Shown only now that the thread has ended, so closing never outlives it.
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
        if self._thread is not None:  # never leave a running thread behind
            self._thread.request_cancel()
            self._thread.wait()
        if self._preview_thread is not None:
            self._preview_thread.wait()
        super().done(result)

    def reject(self) -> None:
        """Cancel (or Escape, or closing the window): stop a running import first."""
        if self._thread is not None:
            self._close_when_stopped = True
            self.cancel_button.setEnabled(False)
            self._thread.request_cancel()
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
    parent: QWidget | None, store: Store, workshop_id: int, path: str | Path
) -> ImportResult | None:
    """Read the file, show the preview modally; the result when something was imported."""
    try:
        table = read_without_freezing(parent, path)
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


class _ReadThread(QThread):
    """Reads an attendee file off the GUI thread (a large workbook takes seconds)."""

    def __init__(self, path: str | Path, parent=None):
        super().__init__(parent)
        self.path = path
        self.table: SpreadsheetTable | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.table = read_attendee_file(self.path)
        except BaseException as exc:  # handed to the GUI thread, raised there
            self.error = exc


def read_without_freezing(parent: QWidget | None, path: str | Path) -> SpreadsheetTable:
    """:func:`read_attendee_file` on a worker thread; the window keeps painting meanwhile.

    A reading that takes longer than a moment shows a busy indicator. Errors are
    raised here, on the GUI thread, as the reader raised them.
    """
    reader = _ReadThread(path)
    loop = QEventLoop()
    reader.finished.connect(loop.quit)  # queued: a quick finish still ends the loop below
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
    reader.start()
    try:
        loop.exec()
        reader.wait()
    finally:
        busy.reset()
        busy.deleteLater()
    reader.deleteLater()
    if reader.error is not None:
        raise reader.error
    return reader.table


def import_attendees(parent: QWidget | None, store: Store, workshop_id: int) -> ImportResult | None:
    """Ask for a file, then preview and import it (what the Attendees tab's button does)."""
    path = ask_open_path(parent)
    if path is None:
        return None
    return ask_import_attendees(parent, store, workshop_id, path)
