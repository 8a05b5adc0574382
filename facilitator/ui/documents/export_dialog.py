"""Exporting a document: options, a preview of the PDF, then Save (or e-mail drafts).

The dialog gathers the document's data once (a quick read), renders the PDF
on a worker thread (``kit/workers.py``, so in the interface language) into a
temporary folder while a busy bar shows, and previews it with QtPdf. Every change of an option
renders again; a render that was overtaken is ignored. Save copies the
previewed file to where the user chooses; "Save as Word" writes the same
content (for minutes, the same version) as an editable .docx on the worker
thread; "Open folder" shows it. The file and folder questions and opening a
folder sit behind module functions the tests replace.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import logs
from facilitator.documents.email_drafts import (
    Sender,
    safe_file_name,
    usable_address,
    write_email_drafts,
)
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.minutes_versions import VersionStamp
from facilitator.documents.safe_write import write_bytes_atomically
from facilitator.documents.template import Branding, RenderOptions
from facilitator.errors import FacilitatorError
from facilitator.services import document_data as data
from facilitator.services import minutes_record
from facilitator.store import Store
from facilitator.ui.documents.minutes_versions_bar import MinutesVersionsBar
from facilitator.ui.documents.sheet_columns import SheetColumnsRow
from facilitator.ui.kit.error_dialog import report_unexpected
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.labels import language_label
from facilitator.ui.kit.last_folder import last_folder, remember_folder
from facilitator.ui.kit.screen_fit import resize_within_screen
from facilitator.ui.kit.workers import Worker

MINUTES, ROADMAP, AGENDA, ATTENDANCE, EMAIL = "minutes", "roadmap", "agenda", "attendance", "email"
_DOCUMENT_LABEL = {
    MINUTES: "minutes",
    ROADMAP: "roadmap",
    AGENDA: "agenda_handout",
    ATTENDANCE: "attendance_sheet",
    EMAIL: "minutes",
}
WORD_KINDS = (MINUTES, AGENDA, ATTENDANCE)  # also saved as an editable Word document


_NAMES_SHOWN = 40  # recipients named in the dialog; more are counted


def ask_save_pdf_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Ask where to save a PDF (a modal file dialog; tests replace this function)."""
    pdf = QCoreApplication.translate("ExportDialog", "PDF document (*.pdf)")
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), pdf)
    if not path:
        return None
    result = Path(path)
    return result if result.suffix.lower() == ".pdf" else result.with_name(result.name + ".pdf")


def ask_save_docx_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Ask where to save a Word document (a modal file dialog; tests replace this function)."""
    word = QCoreApplication.translate("ExportDialog", "Word document (*.docx)")
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), word)
    if not path:
        return None
    result = Path(path)
    return result if result.suffix.lower() == ".docx" else result.with_name(result.name + ".docx")


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """Ask for a folder (a modal folder dialog; tests replace this function)."""
    path = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(path) if path else None


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _writer(kind: str):
    if kind in (MINUTES, EMAIL):
        from facilitator.documents.minutes import write_minutes

        return write_minutes
    if kind == ROADMAP:
        from facilitator.documents.roadmap import write_roadmap

        return write_roadmap
    if kind == AGENDA:
        from facilitator.documents.agenda import write_agenda

        return write_agenda
    from facilitator.documents.attendance import write_attendance

    return write_attendance


def _word_writer(kind: str):
    if kind == MINUTES:
        from facilitator.documents.docx_minutes import write_minutes_docx

        return write_minutes_docx
    if kind == AGENDA:
        from facilitator.documents.docx_agenda import write_agenda_docx

        return write_agenda_docx
    from facilitator.documents.docx_attendance import write_attendance_docx

    return write_attendance_docx


class ExportDialog(QDialog):
    """Options, preview and saving of one document of a workshop or series."""

    preview_ready = Signal(int)  # pages of the preview now shown
    render_failed = Signal(str)
    saved = Signal(str)  # the file (or the drafts' folder) written

    def __init__(
        self,
        store: Store,
        kind: str,
        *,
        workshop_id: int | None = None,
        series_id: int | None = None,
        language: str = "tr",
        branding: Branding | None = None,
        edits=None,
        agenda_only: bool = False,
        sender: Sender | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.workshop_id = workshop_id
        self.branding = branding or Branding()
        self.mail_sender = sender or Sender()
        # Who issues the document: Author and footer (the roadmap names its coordinator).
        self._organizer = (
            data.organizer_of(store, workshop_id)
            if workshop_id is not None and kind != ROADMAP
            else ""
        )
        # Minutes print a version (the bar chooses it); an agenda-only draft of a workshop
        # not held yet has none, and says what it is.
        self.agenda_only = agenda_only and kind == MINUTES
        self.versions: MinutesVersionsBar | None = None
        self.stamp: VersionStamp | None = None
        if self.agenda_only:
            self.value = minutes_record.agenda_only(store, workshop_id)
            self.stamp = VersionStamp(0, False, datetime.now(UTC), agenda_only=True)
        elif kind in (MINUTES, EMAIL):
            self.versions = MinutesVersionsBar(store, workshop_id, edits, self)
            self.value, self.stamp = self.versions.printed()
        else:
            self.value = self._gather(store, kind, workshop_id, series_id)
        self._title = self._subject_title()
        self.setWindowTitle(self._window_title())
        self._temp = QTemporaryDir()
        self._worker = Worker(self)  # one render at a time, in order
        self._generation = 0
        self.preview_path: Path | None = None
        self.saved_path: Path | None = None

        self.language = QComboBox()
        for code in ("tr", "en"):
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.anonymise = QCheckBox(self.tr("&No attribution (the Chatham House rule)"))
        self.anonymise.setToolTip(self.tr("Notes are listed without the speakers' names."))
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Portrait"), False)
        self.orientation.addItem(self.tr("Landscape"), True)
        language_label_widget = QLabel(self.tr("&Language"))
        language_label_widget.setBuddy(self.language)
        orientation_label = QLabel(self.tr("&Orientation"))
        orientation_label.setBuddy(self.orientation)
        options = QHBoxLayout()
        options.addWidget(language_label_widget)
        options.addWidget(self.language)
        options.addSpacing(16)
        options.addWidget(self.anonymise)
        options.addWidget(orientation_label)
        options.addWidget(self.orientation)
        options.addStretch(1)
        self.anonymise.setVisible(kind in (MINUTES, EMAIL))
        for widget in (orientation_label, self.orientation):
            widget.setVisible(kind == ATTENDANCE)
        self.columns = SheetColumnsRow(self)
        self.columns.setVisible(kind == ATTENDANCE)

        self.recipients_label = QLabel()
        self.recipients_label.setTextFormat(Qt.PlainText)
        self.recipients_label.setWordWrap(True)
        self.recipients: tuple[data.Recipient, ...] = ()
        self.left_out: tuple[data.Recipient, ...] = ()
        if kind == EMAIL:
            self._show_recipients()
        self.recipients_label.setVisible(kind == EMAIL)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy, with no known end
        self.busy.setMaximumWidth(160)
        self.status = QLabel()
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)

        self.save_button = QPushButton(
            self.tr("&Write e-mail drafts…") if kind == EMAIL else self.tr("&Save the PDF…")
        )
        self.save_button.setIcon(icon("email" if kind == EMAIL else "export_pdf"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.word_button = QPushButton(self.tr("Save as &Word…"), self)
        self.word_button.setIcon(icon("word"))
        self.word_button.setToolTip(
            self.tr("The same document as an editable Word file (.docx), for corrections")
        )
        self.word_button.setVisible(kind in WORD_KINDS)
        self.word_button.clicked.connect(self.save_word)
        # Not "&Finalise…" of the minutes' versions: one Alt key each.
        self.open_folder_button = QPushButton(self.tr("Open fold&er"))
        self.open_folder_button.setIcon(icon("folder"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.show_folder)
        close = QPushButton(icon("close"), self.tr("Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(close, QDialogButtonBox.RejectRole)
        buttons.rejected.connect(self.reject)
        # Action roles: saving keeps the dialog open for "Open folder" or another language.
        buttons.addButton(self.save_button, QDialogButtonBox.ActionRole)
        if kind in WORD_KINDS:
            buttons.addButton(self.word_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ActionRole)

        footer = QHBoxLayout()
        footer.addWidget(self.busy)
        footer.addWidget(self.status, 1)
        footer.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.columns)
        if self.versions is not None:
            layout.addWidget(self.versions)
            self.versions.changed.connect(self._version_changed)
        layout.addWidget(self.recipients_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        resize_within_screen(self, 820, 900)

        self.language.currentIndexChanged.connect(self.render)
        self.anonymise.toggled.connect(self.render)
        self.orientation.currentIndexChanged.connect(self.render)
        self.columns.changed.connect(self.render)
        self.render()

    # -- data --------------------------------------------------------------------------

    @staticmethod
    def _gather(store, kind, workshop_id, series_id):
        if kind in (MINUTES, EMAIL):
            return data.minutes_data(store, workshop_id)
        if kind == AGENDA:
            return data.agenda_data(store, workshop_id)
        if kind == ATTENDANCE:
            return data.attendance_data(store, workshop_id)
        if series_id is None:
            series_id = data.series_of_workshop(store, workshop_id)
        return data.roadmap_data(store, series_id)

    def _subject_title(self) -> str:
        if self.kind == ROADMAP:
            return self.value.title
        return self.value.workshop.title

    def _window_title(self) -> str:
        return {
            MINUTES: self.tr("Minutes"),
            ROADMAP: self.tr("Roadmap"),
            AGENDA: self.tr("Agenda handout"),
            ATTENDANCE: self.tr("Attendance sheet"),
            EMAIL: self.tr("E-mail drafts"),
        }[self.kind]

    def _show_recipients(self) -> None:
        """Who gets a draft, and who is left out because their address cannot be used."""
        found = data.email_recipients(self.store, self.workshop_id)
        self.recipients = tuple(r for r in found if usable_address(r.email))
        self.left_out = tuple(r for r in found if not usable_address(r.email))
        shown = [r.name or r.email for r in self.recipients[:_NAMES_SHOWN]]
        names = ", ".join(shown)
        if len(self.recipients) > _NAMES_SHOWN:
            rest = len(self.recipients) - _NAMES_SHOWN
            names += " " + self.tr("and %1 more").replace("%1", str(rest))
        if not self.recipients:
            lines = [self.tr("No attendee of this workshop has an e-mail address.")]
        elif len(self.recipients) == 1:
            lines = [self.tr("A draft will be written for %1.").replace("%1", names)]
        else:
            lines = [
                self.tr(
                    "Drafts will be written for %n attendee(s): %1", "", len(self.recipients)
                ).replace("%1", names)
            ]
        if self.left_out:
            left = ", ".join(f"{r.name} <{r.email}>" for r in self.left_out)
            lines.append(
                self.tr("Left out, the e-mail address cannot be used: %1").replace("%1", left)
            )
        self.recipients_label.setText("\n".join(lines))

    def options(self) -> RenderOptions:
        return RenderOptions(
            language=self.language.currentData(),
            branding=self.branding,
            landscape=bool(self.orientation.currentData()) and self.kind == ATTENDANCE,
            anonymise=self.anonymise.isChecked() and self.kind in (MINUTES, EMAIL),
            organizer=self._organizer,
            columns=self.columns.columns() if self.kind == ATTENDANCE else (),
        )

    def suggested_name(self, suffix: str = ".pdf") -> str:
        labels = DocumentLabels(self.language.currentData())
        return safe_file_name(f"{labels.text(_DOCUMENT_LABEL[self.kind])} - {self._title}", suffix)

    # -- rendering ---------------------------------------------------------------------

    def render(self) -> None:
        """Render the preview with the current options (off the GUI thread)."""
        self._generation += 1
        generation = self._generation
        path = Path(self._temp.path()) / f"preview-{generation}.pdf"
        write, value, options = self._write_function(), self.value, self.options()

        def work(_job, _folder=self._temp):
            # The job holds the preview folder: a dialog dropped while it renders (closed
            # hidden, without done()) must not remove the folder being written in.
            return write(path, value, options)

        job = self._worker.submit(work, "rendering a document")
        # Bound methods, not lambdas: a lambda connected to a job's signal has crashed
        # the process when the finished job was deleted.
        job.setProperty("generation", generation)
        job.setProperty("path", str(path))
        job.done.connect(self._job_rendered)
        job.failed.connect(self._job_failed)
        job.crashed.connect(self._job_crashed)
        self.busy.show()
        self.save_button.setEnabled(False)
        self.word_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the preview…"))

    def _job_rendered(self, pages: int) -> None:
        job = self.sender()
        self._on_rendered(job.property("generation"), Path(job.property("path")), pages)

    def _job_failed(self, message: str) -> None:
        self._on_failed(self.sender().property("generation"), message)

    def _job_crashed(self, exc: BaseException) -> None:
        self._on_crashed(self.sender().property("generation"), exc)

    def _on_rendered(self, generation: int, path: Path, pages: int) -> None:
        if generation != self._generation:
            return  # overtaken by a newer render
        self.busy.hide()
        self.document.close()
        self.document.load(str(path))
        self.preview_path = path
        self.save_button.setEnabled(True)
        self.word_button.setEnabled(True)
        self.status.setText(self.tr("%n page(s)", "", pages))
        self.preview_ready.emit(pages)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self.status.setText(message)
        self.render_failed.emit(message)

    def _on_crashed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return  # logged; a newer render is under way
        self._on_failed(
            generation, self.tr("The preview could not be made because of an error in Facilitator.")
        )
        report_unexpected(exc, "rendering a document", parent=self, logged=True)

    def _write_function(self):
        """The writer of the preview: minutes with the stamp of the version they print."""
        write = _writer(self.kind)
        if self.kind not in (MINUTES, EMAIL):
            return write
        stamp = self.stamp
        return lambda path, value, options: write(path, value, options, stamp)

    def _version_changed(self) -> None:
        """Another version chosen, the minutes finalised or the deadline set: print again."""
        try:
            self.value, self.stamp = self.versions.printed()
        except FacilitatorError as exc:
            self.status.setText(str(exc))
            self.save_button.setEnabled(False)
            self.word_button.setEnabled(False)
            return
        self.render()

    def _saved_bytes(self) -> bytes:
        """The PDF to save. Minutes of the current content are recorded as a version first
        (numbered now), and written again when that version's stamp differs from the
        preview's (another client numbered one meanwhile, or the day turned)."""
        if self.versions is None or not self._record_version():
            return self.preview_path.read_bytes()
        path = Path(self._temp.path()) / "recorded.pdf"
        self._write_function()(path, self.value, self.options())
        self.render()  # the preview shows what was saved
        return path.read_bytes()

    def _record_version(self) -> bool:
        """Record the minutes' current content as a version (numbered now, as saving does);
        True when that version prints otherwise than the preview, whose value and stamp it
        then takes."""
        value, stamp = self.versions.record()
        if value == self.value and self._prints_alike(stamp, self.stamp):
            return False
        self.value, self.stamp = value, stamp
        return True

    def _prints_alike(self, one: VersionStamp, other: VersionStamp | None) -> bool:
        """Two stamps print the same: same version, same day where the workshop is."""
        if other is None:
            return False
        labels = DocumentLabels(self.language.currentData(), self.value.workshop.time_zone)
        same_day = labels.short_date(one.date) == labels.short_date(other.date)
        return same_day and replace(one, date=other.date) == other

    # -- saving ------------------------------------------------------------------------

    def save(self) -> Path | None:
        if self.preview_path is None:
            return None
        if self.kind == EMAIL:
            return self._write_drafts()
        path = ask_save_pdf_path(self, self.windowTitle(), last_folder() / self.suggested_name())
        if path is None:
            return None
        remember_folder(path)
        try:
            write_bytes_atomically(path, self._saved_bytes())
        except FacilitatorError as exc:
            self.status.setText(str(exc))
            return None
        except OSError as exc:  # the preview itself could not be read back
            logs.log_unexpected(exc, "saving the PDF")
            self.status.setText(logs.describe(exc))
            return None
        return self._saved(path, self.tr("Saved to %1").replace("%1", str(path)))

    def save_word(self) -> None:
        """Write the previewed document as a Word file where the user chooses, on the worker
        thread (the minutes of the current content recorded as a version first, as Save
        does: the .docx is the version the preview shows)."""
        if self.preview_path is None or self.kind not in WORD_KINDS:
            return
        suggested = last_folder() / self.suggested_name(".docx")
        path = ask_save_docx_path(self, self.windowTitle(), suggested)
        if path is None:
            return
        remember_folder(path)
        if self.versions is not None:
            try:
                if self._record_version():
                    self.render()  # the preview shows what is saved
            except FacilitatorError as exc:
                self.status.setText(str(exc))
                return
        write, value, options = _word_writer(self.kind), self.value, self.options()
        stamp = (self.stamp,) if self.kind == MINUTES else ()  # the version the preview shows
        job = self._worker.submit(
            lambda _job: write(path, value, options, *stamp), "writing a Word document"
        )
        job.setProperty("path", str(path))
        job.done.connect(self._word_written)
        job.failed.connect(self._word_failed)
        job.crashed.connect(self._word_crashed)
        self.busy.show()
        self.word_button.setEnabled(False)
        self.status.setText(self.tr("Writing the Word document…"))

    def _word_written(self, _result) -> None:
        path = Path(self.sender().property("path"))
        self.busy.hide()
        self.word_button.setEnabled(True)
        self._saved(path, self.tr("Saved to %1").replace("%1", str(path)))

    def _word_failed(self, message: str) -> None:
        self.busy.hide()
        self.word_button.setEnabled(True)
        self.status.setText(message)

    def _word_crashed(self, exc: BaseException) -> None:
        self._word_failed(
            self.tr("The Word document could not be written because of an error in Facilitator.")
        )
        report_unexpected(exc, "writing a Word document", parent=self, logged=True)

    def _write_drafts(self) -> Path | None:
        if not self.recipients:
            self.status.setText(self.tr("No attendee of this workshop has an e-mail address."))
            return None
        folder = ask_folder(self, self.tr("Folder for the e-mail drafts"), last_folder())
        if folder is None:
            return None
        try:
            pdf_bytes = self._saved_bytes()
            written = write_email_drafts(
                folder,
                self.recipients,
                self.value.workshop,
                folder / self.suggested_name(),
                self.language.currentData(),
                pdf_bytes=pdf_bytes,
                sender=self.mail_sender,
                stamp=self.stamp,
            )
        except FacilitatorError as exc:
            self.status.setText(str(exc))
            return None
        except OSError as exc:  # the preview itself could not be read back
            logs.log_unexpected(exc, "writing the e-mail drafts")
            self.status.setText(logs.describe(exc))
            return None
        remember_folder(folder / "x")
        message = self.tr("Wrote %n e-mail draft(s) to %1", "", len(written)).replace(
            "%1", str(folder)
        )
        return self._saved(folder / "x", message, folder=folder)

    def _saved(self, path: Path, message: str, *, folder: Path | None = None) -> Path:
        self.saved_path = folder or path
        self._saved_folder = folder or path.parent
        self.status.setText(message)
        self.open_folder_button.setEnabled(True)
        self.saved.emit(str(self.saved_path))
        return self.saved_path

    def show_folder(self) -> None:
        if self.saved_path is not None:
            open_folder(self._saved_folder)

    def done(self, result: int) -> None:
        # No render may report to a dialog that is gone.
        self._worker.wait()
        self.document.close()
        super().done(result)
