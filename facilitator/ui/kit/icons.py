"""Icons by what they mean, never by glyph: ``icon("delete")``, ``icon("export_pdf")``.

The glyphs are Phosphor's (MIT; the licence text is in
``resources/icons/LICENSE-Phosphor.txt``), from the Phosphor font that the
qtawesome package ships and keeps up to date. Screens name a meaning from
:data:`GLYPHS`; which glyph stands for it is decided here alone.

The font is drawn here rather than through qtawesome's Python: importing that
pulls in QtPy, which imports every Qt module it wraps (about 0.4 s at start-up,
for nothing the app uses).

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
import importlib.util
import json
import logging
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from facilitator.assets import resource_path

logger = logging.getLogger(__name__)

# Meaning → Phosphor glyph name.
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
    "ideas": "cards",
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
    "manual": "book-open",
    "back": "arrow-left",
    "forward": "arrow-right",
    "keys": "keyboard",
    "about": "info",
    "language": "translate",
    "quit": "sign-out",
    "warning": "warning",
}


@functools.cache
def _phosphor() -> tuple[str, dict[str, str]] | None:
    """The Phosphor font's family (loaded once) and its glyph names → hexadecimal codes."""
    spec = importlib.util.find_spec("qtawesome")  # finds the package, runs none of it
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    fonts = Path(folders[0]) / "fonts" if folders else None
    fonts_found = fonts is not None and fonts.is_dir()
    ttf = sorted(fonts.glob("phosphor-[0-9]*.ttf")) if fonts_found else []
    charmap = sorted(fonts.glob("phosphor-charmap-*.json")) if fonts_found else []
    if not ttf or not charmap:
        logger.warning("The Phosphor icon font (package qtawesome) is missing: no icons")
        return None
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(ttf[-1])))
    if not families:
        logger.warning("The icon font %s cannot be loaded: no icons", ttf[-1])
        return None
    return families[0], json.loads(charmap[-1].read_text(encoding="utf-8"))


def _colour(mode) -> QColor:
    """The ink for an icon in ``mode``, from the palette in force now."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Disabled:
        return palette.color(QPalette.Disabled, QPalette.ButtonText)
    if mode == QIcon.Selected:
        return palette.color(QPalette.Active, QPalette.HighlightedText)
    return palette.color(QPalette.Active, QPalette.ButtonText)


class _PaletteGlyph(QIconEngine):
    """A font glyph drawn in the palette's colours of the moment it is drawn."""

    def __init__(self, family: str, char: str):
        super().__init__()
        self._family = family
        self._char = char

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        font = QFont(self._family)
        # 7/8 of the box, as qtawesome does: the glyphs carry their own bearing.
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.save()
        painter.setRenderHint(QPainter.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(_colour(mode))
        painter.drawText(rect, Qt.AlignCenter, self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:
        # Sharp at 150 % and 200 %: drawn at the device's pixels, not scaled up.
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.transparent)
        pixmap.setDevicePixelRatio(scale)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _PaletteGlyph(self._family, self._char)

    def key(self) -> str:
        return "facilitator-glyph"


@functools.cache
def _char(glyph: str) -> str | None:
    font = _phosphor()
    if font is None:
        return None
    code = font[1].get(glyph)
    if code is None:
        logger.warning("Icon glyph %s is not in the icon font; shown without an icon", glyph)
        return None
    return chr(int(code, 16))


def icon(name: str) -> QIcon:
    """The icon for a meaning (a key of :data:`GLYPHS`); an empty icon if there is none."""
    glyph = GLYPHS.get(name)
    if glyph is None:
        logger.warning("No icon is defined for %r; shown without an icon", name)
        return QIcon()
    char = _char(glyph)
    if char is None:
        return QIcon()
    return QIcon(_PaletteGlyph(_phosphor()[0], char))


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
    "manual_action": "manual",
    "shortcuts_action": "keys",
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
