"""The Documents menu of the main window and what its actions do.

Minutes, roadmap, agenda handout and attendance sheet open the export dialog
(options, preview, save); the calendar invitation is written straight away, in
the language picked with the file type of the save dialog;
e-mail drafts open the minutes' dialog in drafts mode. Name badges with room codes
are written on a worker thread to where the user chooses, each code pointing to this
computer's address on the room's port. After a live session
ends the status bar offers to export its minutes (a button, never a modal
question over the live screen).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from facilitator.errors import FacilitatorError
from facilitator.ui.kit import dialogs, icons
from facilitator.ui.kit.error_dialog import report_unexpected
from facilitator.ui.kit.last_folder import last_folder, remember_folder
from facilitator.ui.kit.workers import Worker


def _sender():
    """The sender in the settings (read when a document asks: the e-mail machinery it
    needs is imported then, not at start-up)."""
    from facilitator.ui.settings.sender_settings import load_sender

    return load_sender()


def ask_save_ics_path(
    parent: QWidget | None, suggested: Path, language: str
) -> tuple[Path, str] | None:
    """Ask where to save the invitation and in which language (a modal file dialog; tests
    replace this function). The language is chosen with the file type, one per language,
    the interface language first selected."""
    filters = {
        "tr": QCoreApplication.translate(
            "DocumentActions", "Calendar invitation in Turkish (*.ics)"
        ),
        "en": QCoreApplication.translate(
            "DocumentActions", "Calendar invitation in English (*.ics)"
        ),
    }
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DocumentActions", "Save the calendar invitation"),
        str(suggested),
        ";;".join(filters.values()),
        filters.get(language, filters["tr"]),
    )
    if not path:
        return None
    chosen_language = next((code for code, text in filters.items() if text == chosen), language)
    result = Path(path)
    if result.suffix.lower() != ".ics":
        result = result.with_name(result.name + ".ics")
    return result, chosen_language


def run_dialog(dialog) -> None:
    """Show an export dialog modally (tests replace this function to drive it)."""
    dialog.exec()


class DocumentActions(QObject):
    """The "Documents" menu for a main window: documents of the shown workshop or series."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.menu = QMenu(self.tr("Doc&uments"), window)
        self.minutes_action = self._add(self.tr("&Minutes…"), lambda: self.open("minutes"))
        self.roadmap_action = self._add(self.tr("&Roadmap…"), lambda: self.open("roadmap"))
        self.agenda_action = self._add(self.tr("&Agenda handout…"), lambda: self.open("agenda"))
        self.attendance_action = self._add(
            self.tr("A&ttendance sheet…"), lambda: self.open("attendance")
        )
        self.badges_action = self._add(self.tr("Name &badges with room codes…"), self.save_badges)
        self.menu.addSeparator()
        self.calendar_action = self._add(self.tr("&Calendar invitation…"), self.save_calendar)
        self.email_action = self._add(self.tr("&E-mail drafts…"), lambda: self.open("email"))
        for action, name in (
            (self.minutes_action, "minutes"),
            (self.roadmap_action, "roadmap"),
            (self.agenda_action, "agenda"),
            (self.attendance_action, "attendance_sheet"),
            (self.badges_action, "qr_code"),
            (self.calendar_action, "calendar"),
            (self.email_action, "email"),
        ):
            action.setIcon(icons.icon(name))
        self.offer_button: QPushButton | None = None
        self.dialog = None
        self._worker = Worker(self)  # the badges: one sheet at a time
        self.badges_job = None  # the sheet being written, if any
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._worker.wait)

    def _add(self, text: str, slot) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # -- what is shown -----------------------------------------------------------------

    def shown_workshop(self) -> int | None:
        return self._window.current_workshop_id()

    def shown_series(self) -> int | None:
        return self._window.current_series_id()

    def update(self) -> None:
        """Enable what applies to the page on screen."""
        on_workshop = self.shown_workshop() is not None
        for action in (
            self.minutes_action,
            self.agenda_action,
            self.attendance_action,
            self.calendar_action,
            self.email_action,
        ):
            action.setEnabled(on_workshop)
        # The badges issue tokens to attendees who have none: a read-only database cannot.
        self.badges_action.setEnabled(on_workshop and not self._window.store.read_only)
        self.roadmap_action.setEnabled(on_workshop or self.shown_series() is not None)

    # -- actions -----------------------------------------------------------------------

    def _agenda_only_asked(self, workshop_id: int) -> bool | None:
        """Minutes of a workshop not held yet: only a draft of its agenda, if asked for
        (``None``: not asked for, nothing to open; ``False``: it was held)."""
        from facilitator.services import minutes_record

        if minutes_record.status(self._window.store, workshop_id).held:
            return False
        question = self.tr(
            "This workshop has not been held yet, so it has no minutes. Make a draft with its "
            "details and agenda only?"
        )
        if not dialogs.ask_yes_no(self._window, self.tr("Minutes"), question):
            return None
        return True

    def _branding(self):
        from facilitator.ui.settings.branding_settings import load_branding

        return load_branding()

    def open(self, kind: str, workshop_id: int | None = None):
        """The export dialog for ``kind`` of ``workshop_id`` (default: the one shown)."""
        from facilitator.ui.documents.export_dialog import ExportDialog

        window = self._window
        series_id = None
        if workshop_id is None:
            workshop_id = self.shown_workshop()
            if workshop_id is None and kind == "roadmap":
                series_id = self.shown_series()
            if workshop_id is None and series_id is None:
                return None
        try:
            agenda_only = kind == "minutes" and self._agenda_only_asked(workshop_id)
            if agenda_only is None:
                return None
            self.dialog = ExportDialog(
                window.store,
                kind,
                workshop_id=workshop_id,
                series_id=series_id,
                language=window.language,
                branding=self._branding(),
                edits=getattr(window, "edits", None),
                agenda_only=agenda_only,
                sender=_sender(),
                parent=window,
            )
        except FacilitatorError as exc:
            dialogs.tell_error(window, self.tr("Cannot make the document"), str(exc))
            return None
        run_dialog(self.dialog)
        return self.dialog

    def save_calendar(self) -> Path | None:
        from facilitator.documents.calendar import write_calendar
        from facilitator.documents.email_drafts import safe_file_name
        from facilitator.services.document_data import agenda_data

        window = self._window
        workshop_id = self.shown_workshop()
        if workshop_id is None:
            return None
        try:
            agenda = agenda_data(window.store, workshop_id)
            answer = ask_save_ics_path(
                window,
                last_folder() / safe_file_name(agenda.workshop.title, ".ics"),
                window.language,
            )
            if answer is None:
                return None
            path, language = answer
            remember_folder(path)
            sender = _sender()
            organizer = (sender.name, sender.email) if sender.email else None
            write_calendar(path, agenda, language, organizer=organizer)
        except FacilitatorError as exc:
            dialogs.tell_error(window, self.tr("Cannot save the invitation"), str(exc))
            return None
        window.statusBar().showMessage(self.tr("Saved to %1").replace("%1", str(path)), 8000)
        return path

    def save_badges(self) -> Path | None:
        """Ask where, then write the shown workshop's name badges on the worker thread, each
        with the QR code of its attendee's link into the room: the room open now on the live
        screen, else this computer's address on the room's usual port; the status bar says
        when they are written, and where the codes point. The path asked for."""
        from facilitator.documents.email_drafts import safe_file_name
        from facilitator.services.workshops import get_workshop
        from facilitator.ui.documents import export_dialog

        window = self._window
        workshop_id = self.shown_workshop()
        if workshop_id is None or self.badges_job is not None:
            return None
        title = self.tr("Name badges with room codes")
        try:
            workshop = get_workshop(window.store, workshop_id)
        except FacilitatorError as exc:
            dialogs.tell_error(window, self.tr("Cannot make the badges"), str(exc))
            return None
        name = self.tr("Name badges")  # not inside the f-string: lupdate would not see it
        suggested = safe_file_name(f"{name} - {workshop.title}", ".pdf")
        path = export_dialog.ask_save_pdf_path(window, title, last_folder() / suggested)
        if path is None:
            return None
        remember_folder(path)
        store = window.store
        open_room = window.room_url(workshop_id)  # the room open now, wherever it listens

        def work(_job):
            from facilitator.documents.badges import room_address, write_badges
            from facilitator.room.server import DEFAULT_PORT, lan_address

            address = open_room or room_address(lan_address(), DEFAULT_PORT)
            return write_badges(store, workshop_id, path, address), path, address

        job = self._worker.submit(work, "writing name badges")
        job.done.connect(self._badges_written)  # bound methods: see BundleActions._run
        job.failed.connect(self._badges_failed)
        job.crashed.connect(self._badges_crashed)
        self.badges_job = job
        window.statusBar().showMessage(self.tr("Writing the name badges…"))
        return path

    def _badges_written(self, result) -> None:
        count, path, address = result
        self.badges_job = None
        message = self.tr("Saved %n name badge(s) to %1; their codes point to %2", "", count)
        message = message.replace("%1", str(path)).replace("%2", address)
        self._window.statusBar().showMessage(message, 15000)

    def _badges_failed(self, message: str) -> None:
        self.badges_job = None
        self._window.statusBar().clearMessage()
        dialogs.tell_error(self._window, self.tr("Cannot make the badges"), message)

    def _badges_crashed(self, exc: BaseException) -> None:
        self.badges_job = None
        self._window.statusBar().clearMessage()
        report_unexpected(exc, "writing name badges", parent=self._window, logged=True)

    # -- after a live session ----------------------------------------------------------

    def offer_minutes(self, workshop_id: int) -> None:
        """A status-bar button to export the minutes of the session that just ended."""
        self.withdraw_offer()
        button = QPushButton(icons.icon("export_pdf"), self.tr("Export the minutes…"))
        button.setToolTip(self.tr("The live session has ended: export its minutes as a PDF."))
        button.clicked.connect(lambda: self._take_offer(workshop_id))
        self._window.statusBar().addPermanentWidget(button)
        self.offer_button = button

    def _take_offer(self, workshop_id: int) -> None:
        self.withdraw_offer()
        self.open("minutes", workshop_id)

    def withdraw_offer(self) -> None:
        if self.offer_button is not None:
            self._window.statusBar().removeWidget(self.offer_button)
            self.offer_button.deleteLater()
            self.offer_button = None
