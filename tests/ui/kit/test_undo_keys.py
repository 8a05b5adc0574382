"""Ctrl+Z reaches the window's history from a text field with nothing of its own to undo:
a one-line field and a several-line one alike; a field being typed in keeps its own undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.kit.undo import UndoKeysToWindow


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    qtbot.addWidget(main)
    body = QWidget()
    layout = QVBoxLayout(body)
    main.line, main.lines = QLineEdit(), QPlainTextEdit()
    layout.addWidget(main.line)
    layout.addWidget(main.lines)
    main.setCentralWidget(body)
    main.undone = []
    undo = QAction("Undo", main)
    undo.setShortcut(QKeySequence.Undo)
    undo.triggered.connect(lambda: main.undone.append(True))
    main.addAction(undo)
    UndoKeysToWindow(main)  # on each text field once it takes the focus
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    return main


@pytest.mark.parametrize("field", ["line", "lines"])
def test_an_untouched_field_passes_ctrl_z_to_the_window(qtbot, window, field):
    widget = getattr(window, field)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key_Z, Qt.ControlModifier)
    assert window.undone == [True]


@pytest.mark.parametrize("field", ["line", "lines"])
def test_a_field_being_typed_in_keeps_its_own_undo(qtbot, window, field):
    widget = getattr(window, field)
    widget.setFocus()
    qtbot.keyClicks(widget, "taslak")
    qtbot.keyClick(widget, Qt.Key_Z, Qt.ControlModifier)
    assert window.undone == []
    text = widget.text() if field == "line" else widget.toPlainText()
    assert text == ""
