"""Icons by meaning: every meaning draws a glyph in the palette's colours, an unknown one
gives an empty icon without stopping anything, and the application icon is made whole
from its SVG by the packaging script."""

from __future__ import annotations

import logging
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer

from facilitator.assets import resource_path
from facilitator.ui.kit import icons

ROOT = Path(__file__).resolve().parents[3]


def ink(pixmap) -> set[str]:
    """The opaque colours a drawn icon uses (its anti-aliased edges left out)."""
    image = pixmap.toImage().convertToFormat(QImage.Format_ARGB32)
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.fixture
def palette(qapp):
    """Set the application's palette for a test; the original comes back after."""
    original = QPalette(qapp.palette())
    yield lambda new: qapp.setPalette(new)
    qapp.setPalette(original)


def dark_palette() -> QPalette:
    dark = QPalette()
    for role, colour in (
        (QPalette.Window, "#202124"),
        (QPalette.WindowText, "#e8eaed"),
        (QPalette.Button, "#2b2c2f"),
        (QPalette.ButtonText, "#e8eaed"),
        (QPalette.Base, "#18191b"),
        (QPalette.Text, "#e8eaed"),
        (QPalette.Highlight, "#8ab4f8"),
        (QPalette.HighlightedText, "#202124"),
    ):
        dark.setColor(QPalette.Active, role, QColor(colour))
        dark.setColor(QPalette.Inactive, role, QColor(colour))
    dark.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#6f7378"))
    return dark


def test_every_meaning_draws_a_glyph(qapp):
    for name in icons.GLYPHS:
        icon = icons.icon(name)
        assert not icon.isNull(), name
        image = icon.pixmap(QSize(24, 24)).toImage()
        drawn = sum(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24))
        assert drawn > 255 * 10, f"{name} draws (next to) nothing"


def test_an_unknown_meaning_gives_an_empty_icon_and_a_warning(qapp, caplog):
    with caplog.at_level(logging.WARNING, logger="facilitator.ui.kit.icons"):
        icon = icons.icon("no-such-meaning")
    assert isinstance(icon, QIcon)
    assert icon.isNull()
    assert "no-such-meaning" in caplog.text


def test_a_glyph_the_font_lacks_gives_an_empty_icon(qapp, monkeypatch, caplog):
    monkeypatch.setitem(icons.GLYPHS, "vanished", "no-such-glyph-in-phosphor")
    with caplog.at_level(logging.WARNING, logger="facilitator.ui.kit.icons"):
        assert icons.icon("vanished").isNull()
    assert "no-such-glyph-in-phosphor" in caplog.text


def test_icons_follow_the_palette_light_dark_and_disabled(qapp, palette):
    light = QPalette(qapp.palette())
    light.setColor(QPalette.Active, QPalette.ButtonText, QColor("#101010"))
    light.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#a0a0a0"))
    palette(light)
    delete = icons.icon("delete")  # made once, drawn in whatever palette is in force
    assert ink(delete.pixmap(QSize(32, 32))) == {"#101010"}
    assert ink(delete.pixmap(QSize(32, 32), QIcon.Disabled)) == {"#a0a0a0"}

    palette(dark_palette())  # the system switched to dark while the app runs
    assert ink(delete.pixmap(QSize(32, 32))) == {"#e8eaed"}
    assert ink(delete.pixmap(QSize(32, 32), QIcon.Disabled)) == {"#6f7378"}
    assert ink(delete.pixmap(QSize(32, 32), QIcon.Selected)) == {"#202124"}


def test_the_glyph_licence_ships_beside_the_icons():
    text = resource_path("icons", "LICENSE-Phosphor.txt").read_text(encoding="utf-8")
    assert "Phosphor Icons" in text
    assert "Permission is hereby granted, free of charge" in text


def drawn_from_svg(size: int) -> QImage:
    renderer = QSvgRenderer(str(icons.app_icon_path()))
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format_ARGB32)


def test_every_png_size_is_made_from_the_svg_as_it_is_now():
    assert QSvgRenderer(str(icons.app_icon_path())).defaultSize() == QSize(512, 512)
    for size in icons.APP_ICON_SIZES:
        image = QImage(str(icons.app_icon_path(size))).convertToFormat(QImage.Format_ARGB32)
        assert (image.width(), image.height()) == (size, size), size
        assert image.pixelColor(0, 0).alpha() == 0  # a rounded square: clear corners
        # The same picture as the SVG draws today (rerun packaging/make_icons.py if not).
        fresh = drawn_from_svg(size)
        step = max(1, size // 32)
        for x in range(0, size, step):
            for y in range(0, size, step):
                a, b = image.pixelColor(x, y), fresh.pixelColor(x, y)
                assert abs(a.red() - b.red()) + abs(a.alpha() - b.alpha()) <= 6, (size, x, y)


def test_the_ico_and_icns_hold_the_sizes_desktops_ask_for():
    from PIL import Image

    with Image.open(resource_path("icons", "facilitator.ico")) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    data = resource_path("icons", "facilitator.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    with Image.open(resource_path("icons", "facilitator.icns")) as icns:
        assert (512, 512, 1) in icns.info["sizes"]


def test_the_application_icon_has_every_size(qapp):
    icon = icons.app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(icons.APP_ICON_SIZES)


def test_the_desktop_file_names_the_icon():
    desktop = ROOT / "packaging" / "facilitator.desktop"
    assert "Icon=facilitator\n" in desktop.read_text(encoding="utf-8")


def test_icons_are_sharp_on_a_scaled_screen(qapp):
    """At 150 % an icon is drawn with the screen's pixels, not a 16-pixel one stretched."""
    pixmap = icons.icon("agenda").pixmap(QSize(16, 16), 1.5)
    assert (pixmap.width(), pixmap.height()) == (24, 24)
    assert pixmap.deviceIndependentSize().toSize() == QSize(16, 16)
