"""Windows open no larger than the screen they are on: a 1366×768 laptop shows every
button of a window whose usual size is taller."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Give ``widget`` its usual size, cut to the room its screen has (without the task bar)."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    widget.resize(width, height)
