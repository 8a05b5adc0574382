"""The live screen stays readable on a dark palette: its own colours follow the palette, and
every one of them keeps a contrast of at least 4.5:1 against the window (WCAG AA)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import PROJECTOR
from facilitator.ui.live.item_models import CLOCK_TONES
from facilitator.ui.live.style import _COLOURS


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# Window colours of common palettes: Fusion light and Windows light; Fusion dark, KDE Breeze
# dark and the GNOME dark window.
LIGHT_WINDOWS = ("#efefef", "#f0f0f0", "#ffffff")
DARK_WINDOWS = ("#2d2d2d", "#31363b", "#353535", "#242424")
TEXT_ROLES = ("muted", "mode", "status", "hints", "accent")


@pytest.mark.parametrize(("dark", "windows"), [(False, LIGHT_WINDOWS), (True, DARK_WINDOWS)])
def test_every_colour_of_the_screen_reads_on_its_palette(dark, windows):
    for window in windows:
        for role in TEXT_ROLES:
            ratio = contrast(_COLOURS[dark][role], window)
            assert ratio >= 4.5, f"{role} on {window}: {ratio:.2f}"


@pytest.mark.parametrize(("dark", "windows"), [(False, LIGHT_WINDOWS), (True, DARK_WINDOWS)])
def test_every_clock_colour_reads_on_its_palette(dark, windows):
    for window in windows:
        for status, tone in CLOCK_TONES.items():
            ratio = contrast(colours.css(tone, dark), window)
            assert ratio >= 4.5, f"{status} clock on {window}: {ratio:.2f}"


def test_the_projector_reads_from_the_back_of_the_room():
    """The projector is dark on any desktop: its type and its clocks read on it."""
    for name in ("text", "quiet", "next", "warning", "over"):
        ratio = contrast(PROJECTOR[name], PROJECTOR["background"])
        assert ratio >= 4.5, f"{name} on the projector: {ratio:.2f}"


def test_the_screen_follows_a_dark_palette(qtbot, open_screen):
    win = open_screen()
    assert _COLOURS[False]["status"] in win.styleSheet()
    app = QApplication.instance()
    before = app.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.Window, QColor("#2d2d2d"))
    dark.setColor(QPalette.WindowText, QColor("#e8e8e8"))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: _COLOURS[True]["status"] in win.styleSheet())
        assert _COLOURS[False]["status"] not in win.styleSheet()
    finally:
        app.setPalette(before)
    qtbot.waitUntil(lambda: _COLOURS[False]["status"] in win.styleSheet())


def test_the_screen_opens_no_larger_than_the_screen_it_is_on(qtbot, store, bus, clock):
    from facilitator.ui.live import LiveWindow

    win = LiveWindow(store, bus, now=clock)
    qtbot.addWidget(win)
    room = win.screen().availableGeometry()
    assert 0 < win.width() <= room.width() and 0 < win.height() <= room.height()


def test_the_screen_fits_a_laptop_of_1280_by_720_in_session_and_with_its_keys(open_screen):
    """The next item wraps under the current one rather than widen the screen, the session
    clock keeps its line (the zone notice under it), and the keys panel takes the hint
    line's place."""
    win = open_screen()
    next_item = win.header.next_label.text()
    assert "Gönüllülük kültürü: şirketlerin deneyimleri" in next_item
    assert win.header.session_clock.text()
    need = win.minimumSizeHint()
    assert need.width() <= 1280 - 24 and need.height() <= 720, need
    win.show_keys()
    assert win.keys_panel.isVisible() and not win.key_hints.isVisible()
    need = win.minimumSizeHint()
    assert need.width() <= 1280 - 24 and need.height() <= 720, need
    win.hide_keys()
    assert win.key_hints.isVisible()
