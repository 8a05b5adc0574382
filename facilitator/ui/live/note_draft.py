"""The note being typed on the live screen, kept in a file until it is saved, so a screen
closed or killed in the middle of a sentence gives the sentence back when it reopens.

Every change of the field replaces the draft file (written beside, then renamed: a
reader never finds half a draft); saving the note empties the field and deletes the
file. The file lives in the state folder, one per database and workshop, so a rehearsal
copy keeps its drafts apart from the workshop's.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit

from facilitator import paths
from facilitator.errors import FacilitatorError
from facilitator.services import live
from facilitator.store import Store

log = logging.getLogger(__name__)


def draft_path(database: str, workshop_id: int) -> Path:
    key = hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
    return paths.state_dir() / "drafts" / f"note-{key}-{workshop_id}.txt"


def _saved_already(store: Store, workshop_id: int, text: str) -> bool:
    try:
        last = live.last_note(store, workshop_id)
    except FacilitatorError:
        return False
    return last is not None and last.text == text.strip()


class NoteDraft(QObject):
    """Keeps ``field``'s text in a file for the workshop shown (see :meth:`follow`) while
    it is a new note (``is_new_note()``)."""

    def __init__(self, field: QLineEdit, database: str, is_new_note=lambda: True, parent=None):
        super().__init__(parent)
        self._field = field
        self._database = database
        self._is_new_note = is_new_note  # a note being corrected is not a draft
        self._path: Path | None = None
        field.textChanged.connect(self._keep)

    def follow(self, store: Store, workshop_id: int) -> str:
        """Keep drafts for this workshop from now on; returns the draft left by a screen
        that closed before its note was saved ("" when there is none)."""
        self._path = draft_path(self._database, workshop_id)
        try:
            left = self._path.read_text("utf-8")
        except FileNotFoundError:
            return ""
        except (OSError, UnicodeDecodeError):
            log.warning("cannot read the note draft %s", self._path, exc_info=True)
            return ""
        if left and _saved_already(store, workshop_id, left):
            # Killed after the note was saved, before the field was emptied: not a draft.
            self.discard()
            return ""
        return left

    def discard(self) -> None:
        """Forget the draft (it turned out to be saved already)."""
        if self._path is not None:
            self._keep("")

    def _keep(self, text: str) -> None:
        path = self._path
        if path is None:
            return
        try:
            if not text or not self._is_new_note():
                path.unlink(missing_ok=True)
                return
            path.parent.mkdir(parents=True, exist_ok=True)
            part = path.with_name(path.name + ".part")
            # No fsync: the file must outlive the process (a crash, kill -9), which the
            # system's cache already ensures; a sync per keystroke would slow the typing.
            part.write_text(text, "utf-8")
            os.replace(part, path)
        except OSError:  # a draft that cannot be kept must not stop the typing
            log.warning("cannot keep the note draft %s", path, exc_info=True)
