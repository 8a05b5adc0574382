"""The Documents menu of the main window and what its actions do.

Minutes, roadmap, agenda handout and attendance sheet open the export dialog
(options, preview, save); the calendar invitation is written straight away, in
the language picked with the file type of the save dialog;
e-mail drafts open the minutes' dialog in drafts mode. After a live session
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
from facilitator.ui.kit.last_folder import last_folder, remember_folder


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
        self.menu.addSeparator()
        self.calendar_action = self._add(self.tr("&Calendar invitation…"), self.save_calendar)
        self.email_action = self._add(self.tr("&E-mail drafts…"), lambda: self.open("email"))
        for action, name in (
            (self.minutes_action, "minutes"),
            (self.roadmap_action, "roadmap"),
            (self.agenda_action, "agenda"),
            (self.attendance_action, "attendance_sheet"),
            (self.calendar_action, "calendar"),
            (self.email_action, "email"),
        ):
            action.setIcon(icons.icon(name))
        self.offer_button: QPushButton | None = None
        self.dialog = None

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
