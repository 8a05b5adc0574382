"""When another Facilitator already has the database open: who has it, and read-only or quit.

The store's lock (facilitator/store/lock.py) names the holder: the computer,
the process and since when. The user may look at the data read-only (every
write is then refused by the store) or quit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import DatabaseLockedError
from facilitator.store import Store
from facilitator.store.lock import Holder
from facilitator.ui.kit import dialogs, icons
from facilitator.ui.kit.timefmt import clock, long_date


class LockDialog(QDialog):
    """Names the Facilitator that holds the database and offers read-only or quit."""

    def __init__(self, database: Path, holder: Holder | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database in use"))
        self.setMinimumWidth(520)

        icon, heading = dialogs.warning_heading(
            self.tr("This database is already open in another Facilitator."),
        )

        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        since = ""
        if holder is not None and holder.since is not None:
            # When another program opened the file: the computer's zone, not a workshop's.
            since = f"{long_date(holder.since, '')} {clock(holder.since, '')}"
        rows = [
            ("file", self.tr("File:"), str(database)),
            ("host", self.tr("Computer:"), holder.host if holder else "?"),
            ("pid", self.tr("Process:"), str(holder.pid) if holder else "?"),
            ("since", self.tr("Open since:"), since or "?"),
        ]
        for key, caption, value in rows:
            label = QLabel(value)
            label.setTextFormat(Qt.PlainText)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addRow(caption, label)
            self.values[key] = label

        advice = QLabel(
            self.tr(
                "Only one Facilitator at a time may change a database. You can open it "
                "read-only to look at it, or quit and close the other one first."
            )
        )
        advice.setWordWrap(True)

        body = QVBoxLayout()
        body.addWidget(heading)
        body.addLayout(form)
        body.addWidget(advice)

        buttons = QDialogButtonBox()
        self.read_only_button: QPushButton = buttons.addButton(
            self.tr("Open &read-only"), QDialogButtonBox.AcceptRole
        )
        self.quit_button: QPushButton = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.RejectRole
        )
        self.read_only_button.setAutoDefault(False)
        icons.decorate(self, {"read_only_button": "read_only", "quit_button": "quit"})
        self.quit_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(body, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)


def ask_open_read_only(parent: QWidget | None, database: Path, holder: Holder | None) -> bool:
    """Show the dialog; True when the user chose read-only. Tests replace this function."""
    return LockDialog(database, holder, parent).exec() == QDialog.Accepted


def open_or_read_only(location, *, open_store=Store.open) -> Store:
    """Open the database holding its lock; when another Facilitator has it, offer read-only.

    Raises the original :class:`DatabaseLockedError` when the user quits.
    """
    try:
        return open_store(location, lock=True)
    except DatabaseLockedError as locked:
        from facilitator.store.health import database_path

        if not ask_open_read_only(None, database_path(location), locked.holder):
            raise
        return open_store(location, read_only=True)
