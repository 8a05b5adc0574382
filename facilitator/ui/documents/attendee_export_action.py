"""Export a workshop's attendees to CSV or XLSX: ask where, write, say so if it fails.

The Attendees tab calls :func:`export_attendees`; the file question sits behind
:func:`ask_save_path` so tests can answer it. A list of a few hundred rows
is written in well under a second, so it is written on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from facilitator.documents.attendee_files import write_attendee_file
from facilitator.errors import FacilitatorError
from facilitator.services.attendee_export import attendee_table
from facilitator.services.workshops import get_workshop
from facilitator.store import Store
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.last_folder import last_folder, remember_folder


def suggested_file_name(workshop_title: str) -> str:
    """A file name from the workshop title that every file system accepts."""
    from facilitator.documents.email_drafts import safe_file_name

    label = QCoreApplication.translate("AttendeeExport", "Attendees")
    name = f"{label} - {workshop_title}" if workshop_title.strip() else label
    return safe_file_name(name, ".xlsx", limit=120)


def ask_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save (a modal file dialog; tests replace this function).

    The ending follows the chosen type when the user typed none.
    """
    xlsx = QCoreApplication.translate("AttendeeExport", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("AttendeeExport", "CSV, UTF-8 (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AttendeeExport", "Export attendees"),
        str(suggested),
        f"{xlsx};;{csv}",
    )
    if not path:
        return None
    result = Path(path)
    if result.suffix.lower() not in (".csv", ".xlsx"):
        result = result.with_name(result.name + (".csv" if chosen == csv else ".xlsx"))
    return result


def export_attendees(parent: QWidget | None, store: Store, workshop_id: int) -> Path | None:
    """Ask for a file and write the attendees there; the path written, or None."""
    title = QCoreApplication.translate("AttendeeExport", "Export attendees")
    try:
        workshop = get_workshop(store, workshop_id)
        path = ask_save_path(parent, last_folder() / suggested_file_name(workshop.title))
        if path is None:
            return None
        remember_folder(path)
        table = attendee_table(store, workshop_id)
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            write_attendee_file(path, table.headers, table.rows, sheet_title=table.sheet_title)
        finally:
            QApplication.restoreOverrideCursor()
    except FacilitatorError as exc:
        dialogs.tell_error(parent, title, str(exc))
        return None
    return path
