"""Every modal question the app asks, behind a small ``ask…()``/``tell…()`` function.

Tests replace these functions (monkeypatch) instead of clicking real modal
dialogs. The live screen never calls any of them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget


def _box(parent, icon, title: str, text: str, buttons) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.PlainText)  # questions quote user text, never markup
    return box


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    box = _box(parent, QMessageBox.Question, title, question, QMessageBox.Yes | QMessageBox.No)
    box.setDefaultButton(QMessageBox.Yes)
    return box.exec() == QMessageBox.Yes


def tell_error(parent: QWidget | None, title: str, message: str) -> None:
    _box(parent, QMessageBox.Warning, title, message, QMessageBox.Ok).exec()


def tell_unexpected(parent: QWidget | None, report) -> None:
    """The one dialog for an unexpected error (ui/error_dialog.py), shown until closed."""
    from facilitator.ui.kit.error_dialog import ErrorDialog

    dialog = ErrorDialog(report, parent)
    dialog.exec()
    dialog.deleteLater()


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.Normal, text)
    value = value.strip()
    return value if ok and value else None


def warning_heading(text: str, *, critical: bool = False) -> tuple:
    """The large icon (a warning, or a critical error) and the bold first line of a
    dialog that warns before a choice."""
    picture = QLabel()
    show_warning_icon(picture, critical=critical)
    picture.setAlignment(Qt.AlignTop)
    return picture, heading_label(text)


def heading_label(text: str) -> QLabel:
    """The bold first line of a warning, a little larger than the text under it."""
    heading = QLabel(text)
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    heading.setFont(font)
    heading.setWordWrap(True)
    return heading


def show_warning_icon(picture: QLabel, *, critical: bool = False) -> None:
    """Put the style's large warning (or critical error) icon on ``picture``."""
    # QStyle brings a dozen enumerations that Python builds when it is first named:
    # named when a warning is shown, not while the main window and its pages start.
    from PySide6.QtWidgets import QStyle

    icon = QStyle.SP_MessageBoxCritical if critical else QStyle.SP_MessageBoxWarning
    picture.setPixmap(picture.style().standardIcon(icon).pixmap(48, 48))
