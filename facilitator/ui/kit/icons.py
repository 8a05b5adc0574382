"""Icons by what they mean, never by glyph: ``icon("delete")``, ``icon("export_pdf")``.

The glyphs are Phosphor's (MIT; the font ships inside qtawesome, MIT; the licence
text is in ``resources/icons/LICENSE-Phosphor.txt``). Screens name a meaning from
:data:`GLYPHS`; which glyph stands for it is decided here alone.

An icon takes its colours from the application's palette each time it is drawn
(button text; the disabled colour when its action is off; highlighted text when
its row is selected), so it stays readable in a dark palette and follows a
palette changed while the app runs. A meaning that is unknown, or a glyph the
installed font lacks, is logged and gives an empty icon: the app goes on without it.

The application's own icon (:func:`app_icon`) is drawn for the app:
``resources/icons/facilitator.svg``, with PNG sizes made by ``packaging/make_icons.py``.
"""

from __future__ import annotations

import functools
import logging
import os

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from facilitator.assets import resource_path

logger = logging.getLogger(__name__)

# qtawesome draws through QtPy: make it take the binding the app runs on, even where
# another Qt binding is installed too.
os.environ.setdefault("QT_API", "pyside6")

# Meaning → Phosphor glyph (qtawesome's "ph." prefix).
GLYPHS: dict[str, str] = {
    # editing
    "add": "plus",
    "delete": "trash",
    "edit": "pencil-simple",
    "duplicate": "copy",
    "undo": "arrow-counter-clockwise",
    "redo": "arrow-clockwise",
    "move_up": "arrow-up",
    "move_down": "arrow-down",
    "merge": "git-merge",
    "erase": "eraser",
    "close": "x",
    "refresh": "arrows-clockwise",
    # files and documents
    "folder": "folder-open",
    "save": "floppy-disk",
    "export_pdf": "file-pdf",
    "word": "file-text",
    "spreadsheet": "table",
    "calendar": "calendar",
    "email": "envelope-simple",
    "print": "printer",
    "preview": "eye",
    "minutes": "article",
    "attendance_sheet": "pen-nib",
    "import": "arrow-square-in",
    "export": "arrow-square-out",
    "bundle": "package",
    "backup": "archive",
    "restore": "clock-counter-clockwise",
    "database": "database",
    # states and steps
    "confirm": "check-circle",
    "done": "check-circle",
    "dropped": "x-circle",
    "reviewed": "eye",
    "invite": "paper-plane-tilt",
    "present": "check",
    "remove_person": "user-minus",
    "anonymise": "eye-slash",
    "finalise": "lock",
    "break": "coffee",
    "template": "layout",
    "image": "image",
    "branding": "palette",
    "funder": "bank",
    # places
    "workshop": "chalkboard-teacher",
    "series": "stack",
    "overview": "clipboard-text",
    "people": "users-three",
    "attendees": "users-three",
    "person": "user",
    "person_add": "user-plus",
    "organization": "buildings",
    "directory": "address-book",
    "agenda": "list-numbers",
    "notes": "note-pencil",
    "decisions": "check-square-offset",
    "commitments": "handshake",
    "roadmap": "path",
    "matrix": "grid-four",
    "indicators": "chart-bar",
    "privacy": "shield-check",
    "read_only": "lock-simple",
    # the live session
    "live": "broadcast",
    "rehearse": "repeat",
    "projector": "projector-screen",
    "main_window": "browsers",
    "start": "play",
    "pause": "pause",
    "stop": "stop",
    "next": "skip-forward",
    "timer": "timer",
    "speakers": "microphone",
    "check_in": "identification-badge",
    "proposal": "lightbulb",
    "round": "hand",
    "summary": "list-bullets",
    "qr_code": "qr-code",
    # the application
    "settings": "gear",
    "search": "magnifying-glass",
    "filter": "funnel",
    "help": "question",
    "keys": "keyboard",
    "about": "info",
    "language": "translate",
    "quit": "sign-out",
    "warning": "warning",
}

PREFIX = "ph"


def _colours() -> dict[str, str]:
    """The icon colours for the palette in force now, as qtawesome's options."""
    palette = QGuiApplication.palette()

    def name(group, role) -> str:
        # With its alpha: a disabled colour may be a translucent one.
        return palette.color(group, role).name(QColor.HexArgb)

    return {
        "color": name(QPalette.Active, QPalette.ButtonText),
        "color_disabled": name(QPalette.Disabled, QPalette.ButtonText),
        "color_selected": name(QPalette.Active, QPalette.HighlightedText),
    }


class _PaletteGlyph(QIconEngine):
    """A font glyph drawn in the palette's colours of the moment it is drawn."""

    def __init__(self, glyph: str):
        super().__init__()
        self._glyph = glyph

    def _icon(self) -> QIcon:
        import qtawesome

        return qtawesome.icon(self._glyph, **_colours())  # qtawesome caches per colours

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        self._icon().paint(painter, rect, Qt.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        return self._icon().pixmap(size, mode, state)

    def clone(self) -> QIconEngine:
        return _PaletteGlyph(self._glyph)

    def key(self) -> str:
        return "facilitator-glyph"


@functools.cache
def _glyph_exists(glyph: str) -> bool:
    try:
        import qtawesome

        qtawesome.charmap(glyph)
    except Exception:  # ImportError, or qtawesome's own for an unknown name
        logger.warning("Icon glyph %s is not available; shown without an icon", glyph)
        return False
    return True


def icon(name: str) -> QIcon:
    """The icon for a meaning (a key of :data:`GLYPHS`); an empty icon if there is none."""
    glyph = GLYPHS.get(name)
    if glyph is None:
        logger.warning("No icon is defined for %r; shown without an icon", name)
        return QIcon()
    if not _glyph_exists(f"{PREFIX}.{glyph}"):
        return QIcon()
    return QIcon(_PaletteGlyph(f"{PREFIX}.{glyph}"))


# The main window's actions (attribute → meaning); main_window.py applies them.
MAIN_WINDOW_ACTIONS = {
    "new_workshop_action": "add",
    "new_series_action": "series",
    "quit_action": "quit",
    "duplicate_action": "duplicate",
    "delete_workshop_action": "delete",
    "delete_series_action": "delete",
    "live_action": "live",
    "rehearse_action": "rehearse",
    "directory_action": "directory",
    "directory_button": "directory",
    "find_action": "search",
    "settings_action": "settings",
    "about_action": "about",
    "undo_action": "undo",
    "redo_action": "redo",
}


def decorate(owner, names: dict[str, str]) -> None:
    """Give each of ``owner``'s actions or buttons (attribute → meaning) its icon."""
    for attribute, name in names.items():
        getattr(owner, attribute).setIcon(icon(name))


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon_path(size: int | None = None):
    """The application icon's SVG source, or its PNG of ``size`` pixels."""
    if size is None:
        return resource_path("icons", "facilitator.svg")
    return resource_path("icons", f"facilitator-{size}.png")


@functools.cache
def app_icon() -> QIcon:
    """Facilitator's own icon, every size made from its SVG source."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        path = app_icon_path(size)
        if path.is_file():
            result.addFile(str(path), QSize(size, size))
    if result.isNull():
        logger.warning("The application icon is missing from %s", app_icon_path().parent)
    return result
