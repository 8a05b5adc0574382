"""Every modal question the app asks, behind a small ``ask…()``/``tell…()`` function.

Tests replace these functions (monkeypatch) instead of clicking real modal
dialogs. The live screen never calls any of them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent, title, question, QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes
    )
    return answer == QMessageBox.Yes


def tell_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.Normal, text)
    value = value.strip()
    return value if ok and value else None
