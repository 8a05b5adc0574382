"""Typing as a user does, Turkish letters included.

``QTest.keyClicks`` maps characters to key codes through an ASCII table and
aborts on ğ, ş, ı …; a real keyboard sends key events that carry the text, as
these helpers do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Send one key press and release per character, each carrying its text."""
    for ch in text:
        key = Qt.Key_Space if ch == " " else (ord(ch.upper()) if ch.isascii() else Qt.Key_unknown)
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.NoModifier, ch))
    QApplication.processEvents()


def replace_text(qtbot, widget, text: str) -> None:
    """Focus the field, select what is there (Ctrl+A) and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key_A, Qt.ControlModifier)
    type_text(widget, text)


def leave(qtbot, widget) -> None:
    """Press Tab: the field loses focus, as when the user moves on."""
    qtbot.keyClick(widget, Qt.Key_Tab)


def type_date_time(qtbot, editor, digits: str) -> None:
    """Click into the first section of a date or time editor and type digits (e.g. "14032027")."""
    editor.setFocus()
    editor.setSelectedSection(editor.sectionAt(0))
    for ch in digits:
        qtbot.keyClick(editor, ch)
