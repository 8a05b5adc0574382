"""The app's own colours: one per meaning, for a light palette and for a dark one.

The interface draws with the system's palette (Qt follows the desktop's light or dark
mode); where a meaning needs a colour of its own — an error, a success, a warning,
a quiet hint, a heading, an accent, a highlighted cell or a banner — it is taken from
here, never written where it is used. Every text colour here reads at least 4.5:1
(WCAG AA) on the window and base colours of a light palette and of a dark one, and
every fill on its own text colour (``tests/ui/test_contrast.py`` checks them all and
that no colour is written anywhere else in ``facilitator/ui``). Success is green,
never red.

Use:

- a label: ``colours.show_in(label, Tone.MUTED)`` (follows the palette from then on);
- a style sheet of your own: ``colours.css(Tone.ERROR)`` gives ``#a31d1d`` (or the dark
  one), ``colours.fill_css(Fill.BANNER_ERROR)`` gives ``color: …; background: …;``;
  re-apply it from ``colours.follow_palette(widget, restyle)``;
- a model's ``ForegroundRole``/``BackgroundRole``: ``colours.colour(Tone.SUCCESS)``,
  ``colours.fill(Fill.TOTAL)`` (background, text), asked each time data() is called,
  so a view repaints right when the palette changes.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget


class Tone(Enum):
    """What a text's colour says."""

    ERROR = "error"  # a refusal, a problem: dark red / light red
    SUCCESS = "success"  # done, agreed, saved: green
    WARNING = "warning"  # due soon, over time, take care: amber / brown
    MUTED = "muted"  # hints, notes, empty states, done items: grey, still readable
    HEADING = "heading"  # section headings in a colour of their own
    ACCENT = "accent"  # links, keys to press, the one thing to notice: blue


# (light palette, dark palette): at least 4.5:1 on windows and bases from #e6e6e6 to
# #ffffff (light) and from #1e1e1e to #3c3c3c (dark).
_TEXT = {
    Tone.ERROR: ("#a31d1d", "#ff8f85"),
    Tone.SUCCESS: ("#1a6b34", "#6fd38f"),
    Tone.WARNING: ("#8a4600", "#ffb454"),
    Tone.MUTED: ("#555d69", "#b3bac5"),
    Tone.HEADING: ("#3a4250", "#d3d9e2"),
    Tone.ACCENT: ("#2c5688", "#9fc3f0"),
}


class Fill(Enum):
    """A coloured background and the text colour that goes on it."""

    BANNER_ERROR = "banner-error"  # a line that must not be missed: white on red
    BANNER_NOTICE = "banner-notice"  # a rehearsal, a read-only database: dark on amber
    TOTAL = "total"  # a subtotal row
    GRAND_TOTAL = "grand-total"  # the grand total row
    CELL_WARNING = "cell-warning"  # a cell that is due (a review date)
    CELL_ERROR = "cell-error"  # a cell that is overdue
    CHIP = "chip"  # a small label in the accent colour (the kind of a note)
    PANEL = "panel"  # a quiet panel set apart from the window (the live screen's keys)
    # A commitment's status: its bar on the roadmap, its chip in the legend and tables.
    STATUS_PROPOSED = "status-proposed"  # pale blue
    STATUS_COMMITTED = "status-committed"  # blue
    STATUS_IN_PROGRESS = "status-in-progress"  # amber
    STATUS_DONE = "status-done"  # green
    STATUS_DROPPED = "status-dropped"  # grey
    # A position in a consensus round, from full support to a block (the round grid's
    # cells, the distribution bar's segments): green, through grey and yellow, to red.
    POSITION_FULL_SUPPORT = "position-full-support"
    POSITION_SUPPORT = "position-support"
    POSITION_WEAK_SUPPORT = "position-weak-support"
    POSITION_NEUTRAL = "position-neutral"  # stand aside, abstain
    POSITION_RESERVATION = "position-reservation"
    POSITION_CONCERN = "position-concern"
    POSITION_OBJECTION = "position-objection"
    POSITION_BLOCK = "position-block"  # a veto, an objection to consent, a no, a red card
    # A sector's share of the dots on the ideas board (its bar segment, its legend chip):
    # ten hues told apart, also by readers with the commoner colour-vision deficiencies.
    SECTOR_COMPANY = "sector-company"  # blue
    SECTOR_NGO = "sector-ngo"  # orange
    SECTOR_FOUNDATION = "sector-foundation"  # green
    SECTOR_COOPERATIVE = "sector-cooperative"  # sky blue
    SECTOR_CHAMBER = "sector-chamber"  # purple
    SECTOR_UNIVERSITY = "sector-university"  # vermilion
    SECTOR_PUBLIC = "sector-public"  # bluish green
    SECTOR_MEDIA = "sector-media"  # pink
    SECTOR_INTERNATIONAL = "sector-international"  # yellow
    SECTOR_OTHER = "sector-other"  # grey


# (background, text) for (light palette, dark palette): at least 4.5:1 each.
_FILLS = {
    Fill.BANNER_ERROR: (("#b3261e", "#ffffff"), ("#b3261e", "#ffffff")),
    Fill.BANNER_NOTICE: (("#f2c230", "#101114"), ("#f2c230", "#101114")),
    Fill.TOTAL: (("#e3ecf5", "#1a1f26"), ("#2e3a48", "#f0f3f7")),
    Fill.GRAND_TOTAL: (("#cfdbe9", "#1a1f26"), ("#3a4a5c", "#ffffff")),
    Fill.CELL_WARNING: (("#fde3c8", "#6e3000"), ("#5a3a14", "#ffe2bd")),
    Fill.CELL_ERROR: (("#fbe0dd", "#7d1616"), ("#5c2320", "#ffd9d4")),
    Fill.CHIP: (("#3d5a80", "#ffffff"), ("#3d5a80", "#ffffff")),
    Fill.PANEL: (("#f4f6f9", "#1a1f26"), ("#2b2f36", "#f0f3f7")),
    Fill.STATUS_PROPOSED: (("#8fa9c9", "#1f2933"), ("#8fa9c9", "#1f2933")),
    Fill.STATUS_COMMITTED: (("#3d5a80", "#ffffff"), ("#4a6d9c", "#ffffff")),
    Fill.STATUS_IN_PROGRESS: (("#e09f3e", "#1f2933"), ("#e09f3e", "#1f2933")),
    Fill.STATUS_DONE: (("#3fa877", "#0b1a12"), ("#3fa877", "#0b1a12")),
    Fill.STATUS_DROPPED: (("#a89a9f", "#1f2933"), ("#a89a9f", "#1f2933")),
    Fill.POSITION_FULL_SUPPORT: (("#1a6b34", "#ffffff"), ("#1a6b34", "#ffffff")),
    Fill.POSITION_SUPPORT: (("#4c9f4f", "#101114"), ("#4c9f4f", "#101114")),
    Fill.POSITION_WEAK_SUPPORT: (("#8cbf5a", "#101114"), ("#8cbf5a", "#101114")),
    Fill.POSITION_NEUTRAL: (("#a0a4ab", "#101114"), ("#a0a4ab", "#101114")),
    Fill.POSITION_RESERVATION: (("#e0b020", "#101114"), ("#e0b020", "#101114")),
    Fill.POSITION_CONCERN: (("#e88a2a", "#101114"), ("#e88a2a", "#101114")),
    Fill.POSITION_OBJECTION: (("#b8431c", "#ffffff"), ("#b8431c", "#ffffff")),
    Fill.POSITION_BLOCK: (("#9c1c1c", "#ffffff"), ("#9c1c1c", "#ffffff")),
    Fill.SECTOR_COMPANY: (("#3566a8", "#ffffff"), ("#5b8fd6", "#101114")),
    Fill.SECTOR_NGO: (("#e69f00", "#101114"), ("#e69f00", "#101114")),
    Fill.SECTOR_FOUNDATION: (("#2f7d4f", "#ffffff"), ("#4fae74", "#101114")),
    Fill.SECTOR_COOPERATIVE: (("#56b4e9", "#101114"), ("#56b4e9", "#101114")),
    Fill.SECTOR_CHAMBER: (("#7b4f96", "#ffffff"), ("#a682c0", "#101114")),
    Fill.SECTOR_UNIVERSITY: (("#c25400", "#ffffff"), ("#e07a1f", "#101114")),
    Fill.SECTOR_PUBLIC: (("#009e73", "#101114"), ("#009e73", "#101114")),
    Fill.SECTOR_MEDIA: (("#cc79a7", "#101114"), ("#cc79a7", "#101114")),
    Fill.SECTOR_INTERNATIONAL: (("#f0e442", "#101114"), ("#f0e442", "#101114")),
    Fill.SECTOR_OTHER: (("#9aa0a8", "#101114"), ("#9aa0a8", "#101114")),
}

# A sector's fill, by the sector's value ("company", "ngo", …; models.enums.Sector).
SECTOR_FILLS = {
    "company": Fill.SECTOR_COMPANY,
    "ngo": Fill.SECTOR_NGO,
    "foundation": Fill.SECTOR_FOUNDATION,
    "cooperative": Fill.SECTOR_COOPERATIVE,
    "chamber": Fill.SECTOR_CHAMBER,
    "university": Fill.SECTOR_UNIVERSITY,
    "public": Fill.SECTOR_PUBLIC,
    "media": Fill.SECTOR_MEDIA,
    "international": Fill.SECTOR_INTERNATIONAL,
    "other": Fill.SECTOR_OTHER,
}

# The projector's screen is dark whatever the desktop's palette (light type on near-black
# reads best from the back of a room): its own colours, each text one at least 4.5:1 on
# its background (``tests/ui/live/test_live_style.py``).
# A QR code is dark on light whatever the theme (a scanner reads nothing else reliably).
QR_CODE = {"dark": "#000000", "light": "#ffffff"}

PROJECTOR = {
    "background": "#101114",
    "text": "#ffffff",
    "quiet": "#b9c0cc",  # the workshop's title, the decisions' heading
    "next": "#d0d4da",  # who speaks next
    "rule": "#3a3d44",  # the line above the decisions (not text)
    "warning": "#ffb454",  # a clock nearing its planned time
    "over": "#ff6b6b",  # a clock past it
}


# Where a colour is asked for: a palette (the application's when None), or True/False
# for a dark or a light one, as a widget that follows the palette has worked out.
Palette = QPalette | bool | None


def is_dark(palette: Palette = None) -> bool:
    """Whether ``palette`` (the application's by default) is a dark one."""
    if isinstance(palette, bool):
        return palette
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.Window).lightness() < 128


def colour(tone: Tone, palette: Palette = None) -> QColor:
    """The text colour of ``tone`` for ``palette`` (the application's by default)."""
    return QColor(_TEXT[tone][is_dark(palette)])


def css(tone: Tone, palette: Palette = None) -> str:
    """The colour of ``tone`` as a style sheet writes it (``#a31d1d``)."""
    return _TEXT[tone][is_dark(palette)]


def fill(kind: Fill, palette: Palette = None) -> tuple[QColor, QColor]:
    """The background of ``kind`` and the text colour that goes on it."""
    background, text = _FILLS[kind][is_dark(palette)]
    return QColor(background), QColor(text)


def fill_css(kind: Fill, palette: Palette = None) -> str:
    """``color: …; background: …;`` for a style sheet."""
    background, text = _FILLS[kind][is_dark(palette)]
    return f"color: {text}; background: {background};"


def text_pairs() -> dict[Tone, tuple[str, str]]:
    """Every text colour, (light, dark): for the contrast test."""
    return dict(_TEXT)


def fill_pairs() -> dict[Fill, tuple[tuple[str, str], tuple[str, str]]]:
    """Every fill, ((background, text) light, (background, text) dark): for the test."""
    return dict(_FILLS)


class _PaletteFollower(QObject):
    """Calls ``restyle`` when the application's palette turns from light to dark or back."""

    _EVENTS = (QEvent.ApplicationPaletteChange, QEvent.PaletteChange, QEvent.ThemeChange)

    def __init__(self, widget: QWidget, restyle: Callable[[], None]):
        super().__init__(widget)
        self._restyle = restyle
        self._dark = is_dark()
        widget.installEventFilter(self)
        # Qt passes no palette down to a widget with a style sheet inside a window (a
        # label shown in a tone): the application tells of the change instead.
        app = QGuiApplication.instance()
        if app is not None:
            app.paletteChanged.connect(self._check)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in self._EVENTS:
            self._check()
        return False

    def _check(self) -> None:
        # Only a change of mode restyles: a style sheet set by restyle() changes the
        # widget's palette too, and must not call it again.
        if is_dark() != self._dark:
            self._dark = is_dark()
            self._restyle()


def follow_palette(widget: QWidget, restyle: Callable[[], None]) -> None:
    """Call ``restyle`` now and whenever the palette turns light or dark (the desktop's
    mode changed), for as long as ``widget`` lives."""
    restyle()
    _PaletteFollower(widget, restyle)


def show_in(label: QLabel, tone: Tone | None, extra: str = "") -> None:
    """Give ``label`` the colour of ``tone`` (None: the palette's own), with ``extra`` style
    (e.g. ``"font-weight: bold;"``), now and after the palette changes."""
    follower = label.findChild(_PaletteFollower, "colours")
    if follower is not None:
        follower.deleteLater()
        follower.setParent(None)
        label.removeEventFilter(follower)

    def restyle() -> None:
        colour_part = f"color: {css(tone)};" if tone is not None else ""
        label.setStyleSheet(f"{colour_part} {extra}".strip())

    restyle()
    _PaletteFollower(label, restyle).setObjectName("colours")
