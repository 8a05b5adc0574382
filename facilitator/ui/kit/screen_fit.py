"""Windows open no larger than the screen they are on: a 1366×768 laptop shows every
button of a window whose usual size is taller.

The room is the screen's available geometry (without the task bar) less the window's
frame: the title bar and borders the window manager adds around it. Before a window
is first shown Qt does not know its frame yet, so a generous one is assumed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

# A title bar and borders, as most desktops draw them (and a little more), for a window
# not shown yet.
ASSUMED_FRAME = QSize(16, 48)


def frame_of(widget: QWidget) -> QSize:
    """How much wider and taller the window is with its frame than without."""
    outside, inside = widget.frameGeometry(), widget.geometry()
    known = QSize(outside.width() - inside.width(), outside.height() - inside.height())
    if widget.isVisible() and (known.width() > 0 or known.height() > 0):
        return known
    return ASSUMED_FRAME


def room_for(widget: QWidget) -> QSize:
    """The largest size ``widget`` can have with its frame on its screen."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        return QSize(16777215, 16777215)
    room, frame = screen.availableGeometry(), frame_of(widget)
    return QSize(room.width() - frame.width(), room.height() - frame.height())


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Give ``widget`` its usual size, cut to the room its screen has (without the task
    bar and the window's frame)."""
    room = room_for(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))


def fit_within_screen(widget: QWidget) -> None:
    """Cut ``widget``'s present size to the room its screen has (e.g. in ``showEvent``
    of a dialog that sizes itself)."""
    resize_within_screen(widget, widget.width(), widget.height())
