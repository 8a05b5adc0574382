"""What the personal-data buttons do: export a person's data as JSON, anonymise a person.

The person page (``personal_data_panel.py``) and the retention view
(``retention_dialog.py``) both use them. Anonymising cannot be undone, so it
asks first and is not put on the undo history. The file question sits behind
:func:`ask_json_path` so tests can answer it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from facilitator.errors import FacilitatorError
from facilitator.services import personal_data
from facilitator.store import Store
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.changes import PERSON, changed
from facilitator.ui.kit.last_folder import last_folder, remember_folder
from facilitator.ui.kit.operations import Edits


def ask_json_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the person's data (a modal file dialog; tests replace this)."""
    path, _chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PersonalDataPanel", "Export personal data"),
        str(suggested),
        QCoreApplication.translate("PersonalDataPanel", "JSON file (*.json)"),
    )
    if not path:
        return None
    result = Path(path)
    return result if result.suffix.lower() == ".json" else result.with_name(result.name + ".json")


def suggested_file_name(display_name: str) -> str:
    from facilitator.documents.email_drafts import safe_file_name

    label = QCoreApplication.translate("PersonalDataPanel", "Personal data")
    name = f"{label} - {display_name}" if display_name.strip() else label
    return safe_file_name(name, ".json", limit=120)


def export_person(parent, store: Store, person_id: int, display_name: str) -> Path | None:
    """Ask for a file and write the person's data there as JSON; the path written, or None."""
    title = QCoreApplication.translate("PersonalDataPanel", "Export personal data")
    try:
        path = ask_json_path(parent, last_folder() / suggested_file_name(display_name))
        if path is None:
            return None
        remember_folder(path)
        text = personal_data.person_data_json(store, person_id)
        try:
            path.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            dialogs.tell_error(
                parent,
                title,
                QCoreApplication.translate("PersonalDataPanel", "Cannot write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
    except FacilitatorError as exc:
        dialogs.tell_error(parent, title, str(exc))
        return None
    return path


def anonymise(parent, edits: Edits, person_id: int, display_name: str) -> bool:
    """Ask, then anonymise the person; True when done."""
    title = QCoreApplication.translate("PersonalDataPanel", "Anonymise person")
    question = QCoreApplication.translate(
        "PersonalDataPanel",
        "Anonymise %1? Their name and contact details are replaced by “%2” for good; their "
        "notes, positions, ideas, dots and commitments stay under that name. This cannot be "
        "undone. "
        "Backups made before now still hold the old details.",
    )
    placeholder = personal_data.placeholder_name(person_id)
    store = edits.store
    question = question.replace("%1", display_name).replace("%2", placeholder)
    remains = personal_data.what_may_remain(store)  # on a database server: said before
    if not dialogs.ask_yes_no(parent, title, f"{question} {remains}" if remains else question):
        return False

    def anonymise_person() -> tuple[str, str] | None:
        """What is left to tell: the old values still in the file (to erase again), or
        what may stay on a database server; None when they are gone."""
        try:
            result = personal_data.anonymise_person(store, person_id)
        except personal_data.EraseIncompleteError as exc:
            return _IN_THE_FILE, str(exc)  # anonymised: only erasing is still to do
        if result.remains:
            return _ON_THE_SERVER, result.remains
        return None

    done = edits.run(
        parent, anonymise_person, changes=changed(PERSON, person_id), error_title=title
    )
    if not done:
        return False
    if done.value is not None:
        where, message = done.value
        if where == _ON_THE_SERVER:
            anonymised = QCoreApplication.translate("PersonalDataPanel", "%1 is anonymised.")
            dialogs.tell_error(parent, title, f"{anonymised.replace('%1', placeholder)} {message}")
        else:
            _erase_until_done(parent, edits, title, message)
    return True


_IN_THE_FILE = "file"
_ON_THE_SERVER = "server"


def _erase_until_done(parent, edits: Edits, title: str, problem: str) -> None:
    """Say the old values are still in the file and offer to erase them again, until done."""
    again = QCoreApplication.translate(
        "PersonalDataPanel", "%1\n\nTry to erase the old details again now?"
    )
    store = edits.store

    def erase() -> str | None:
        """The problem still left, else None (erased)."""
        try:
            personal_data.erase_old_values(store)
        except personal_data.EraseIncompleteError as exc:
            return str(exc)
        return None

    while dialogs.ask_yes_no(parent, title, again.replace("%1", problem)):
        done = edits.run(parent, erase, error_title=title)
        if done is None:
            return  # refused or a bug: already told
        if done.value is None:
            return
        problem = done.value
    dialogs.tell_error(
        parent,
        title,
        QCoreApplication.translate(
            "PersonalDataPanel",
            "The old details stay in the database file until they are erased: close the "
            "program reading the file, then choose Anonymise for this person again.",
        ),
    )
