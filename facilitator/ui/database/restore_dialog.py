"""What the app does when its database file is damaged: say so, and offer the newest backup.

The damaged file is never written to. When the user accepts, it is renamed
beside itself under a timestamped name and the newest verified backup is put
in its place; then the database is opened as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import DamagedDatabaseError
from facilitator.store import Store, backups
from facilitator.ui.kit import dialogs, icons
from facilitator.ui.kit.timefmt import clock, long_date

DAMAGED_LABEL = "damaged"


class RestoreDialog(QDialog):
    """Tells that the database is damaged and offers to restore the newest verified backup."""

    def __init__(
        self,
        database: Path,
        problem: str,
        backup: backups.Backup | None,
        kept_as: Path | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Damaged database"))
        self.setMinimumWidth(560)

        icon, heading = dialogs.warning_heading(
            self.tr("The database file is damaged and cannot be used safely."),
            critical=True,
        )

        texts = [
            self.tr("File: %1").replace("%1", str(database)),
            self.tr("Nothing has been written to it."),
            self.tr("Details: %1").replace("%1", problem),
        ]
        if backup is not None:
            # A backup is this computer's event, not a workshop's: the computer's zone.
            taken = backup.taken_at
            texts.append(
                self.tr("The newest verified backup is from %1 at %2.")
                .replace("%1", long_date(taken, ""))
                .replace("%2", clock(taken, ""))
            )
            texts.append(
                self.tr(
                    "Restoring puts that backup in place of the damaged file; changes made "
                    "after it was taken are not in it. The damaged file is kept in the same "
                    "folder as %1."
                ).replace("%1", kept_as.name if kept_as is not None else "")
            )
        else:
            texts.append(self.tr("There is no verified backup of this file to restore."))
        body = QVBoxLayout()
        body.addWidget(heading)
        self.labels: list[QLabel] = []
        for text in texts:
            label = QLabel(text)
            label.setTextFormat(Qt.PlainText)  # paths and reasons are shown as they are
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            body.addWidget(label)
            self.labels.append(label)

        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = buttons.addButton(
                self.tr("&Restore the backup"), QDialogButtonBox.AcceptRole
            )
            self.restore_button.setDefault(True)
            self.restore_button.setIcon(icons.icon("restore"))
        self.quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.RejectRole)
        self.quit_button.setIcon(icons.icon("quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(body, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)


def ask_restore(
    parent: QWidget | None,
    database: Path,
    problem: str,
    backup: backups.Backup | None,
    kept_as: Path | None,
) -> bool:
    """Show the dialog; True when the user chose to restore. Tests replace this function."""
    dialog = RestoreDialog(database, problem, backup, kept_as, parent)
    return dialog.exec() == QDialog.Accepted


def _open_holding_lock(location) -> Store:
    return Store.open(location, lock=True)


def open_or_restore(
    location, *, now: Callable[[], datetime] = backups.utc_now, open_store=_open_holding_lock
) -> Store:
    """Open the database; when it is damaged, offer the newest verified backup.

    Raises the original :class:`DamagedDatabaseError` when the user declines
    (or there is no backup), and :class:`StoreError` when restoring fails.
    """
    try:
        return open_store(location)
    except DamagedDatabaseError as damaged:
        from facilitator.store.health import database_path

        database = database_path(location)
        backup = backups.newest_verified_backup(database)
        moment = now()
        kept_as = backups.aside_path(database, DAMAGED_LABEL, moment)
        if not ask_restore(None, database, str(damaged), backup, kept_as):
            raise
        if backup is None:  # the dialog offers no restore then
            raise
        from facilitator.store.lock import InstanceLock

        held = InstanceLock.acquire(database)  # not while another Facilitator has it open
        try:
            backups.restore_backup(database, backup.path, label=DAMAGED_LABEL, now=moment)
        finally:
            held.release()
        return open_store(location)
