"""Text reads well in light and in dark: every colour the interface draws text with comes
from the palette or from ``facilitator/ui/kit/colours.py``, whose colours read at least
4.5:1 (WCAG AA) on the window and base colours of light and dark palettes.

The screens themselves are measured too (labels and table cells, light and dark) by
the screen walk (``test_screens.py``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Fill, Tone
from tests.ui.screen_checks import MINIMUM_CONTRAST, contrast, dark_palette

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "facilitator" / "ui"

# The windows and bases of light and dark desktops a colour must read on: Qt's Fusion
# palettes (the tests' and the screen walk's), GNOME's Adwaita, Windows 11, macOS, and
# a little beyond each for themes not listed.
LIGHT_BACKGROUNDS = ["#ffffff", "#f7f7f7", "#f6f5f4", "#efefef", "#ececec", "#e6e6e6"]
DARK_BACKGROUNDS = ["#1e1e1e", "#202020", "#242424", "#2a2a2a", "#323232", "#353535", "#3c3c3c"]


def test_the_contrast_formula_is_wcags():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1)


@pytest.mark.parametrize("tone", list(Tone), ids=lambda t: t.value)
def test_every_text_colour_reads_on_light_and_dark_windows(tone):
    light, dark = colours.text_pairs()[tone]
    faint = [
        (light, background, round(contrast(QColor(light), QColor(background)), 2))
        for background in LIGHT_BACKGROUNDS
        if contrast(QColor(light), QColor(background)) < MINIMUM_CONTRAST
    ] + [
        (dark, background, round(contrast(QColor(dark), QColor(background)), 2))
        for background in DARK_BACKGROUNDS
        if contrast(QColor(dark), QColor(background)) < MINIMUM_CONTRAST
    ]
    assert faint == []


@pytest.mark.parametrize("kind", list(Fill), ids=lambda f: f.value)
def test_every_fill_reads_with_its_own_text(kind):
    for background, text in colours.fill_pairs()[kind]:
        assert contrast(QColor(background), QColor(text)) >= MINIMUM_CONTRAST, (background, text)


def test_the_palettes_window_and_base_both_carry_every_colour(qapp):
    """Against the palettes themselves, as the screens have them."""
    light = qapp.style().standardPalette()
    dark = dark_palette()
    assert not colours.is_dark(light)
    assert colours.is_dark(dark)
    for palette in (light, dark):
        for role in (QPalette.Window, QPalette.Base, QPalette.AlternateBase):
            background = palette.color(role)
            for tone in Tone:
                ratio = contrast(colours.colour(tone, palette), background)
                assert ratio >= MINIMUM_CONTRAST, (tone, background.name(), ratio)


def test_success_is_never_red():
    for light_or_dark in colours.text_pairs()[Tone.SUCCESS]:
        success = QColor(light_or_dark)
        assert 90 <= success.hslHue() <= 170, light_or_dark  # green


def test_a_label_changes_colour_when_the_desktop_turns_dark_and_back(qtbot, qapp):
    original = qapp.palette()
    label = QLabel("Kaydedildi")
    qtbot.addWidget(label)
    colours.show_in(label, Tone.SUCCESS, "font-weight: bold;")
    label.show()
    qtbot.waitExposed(label)

    def shown() -> str:
        label.ensurePolished()
        return label.palette().color(label.foregroundRole()).name()

    assert shown() == colours.text_pairs()[Tone.SUCCESS][0]
    try:
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: shown() == colours.text_pairs()[Tone.SUCCESS][1])
        assert label.font().bold()
        colours.show_in(label, Tone.ERROR)  # a later tone replaces the first one
        assert shown() == colours.text_pairs()[Tone.ERROR][1]
    finally:
        qapp.setPalette(original)
    qtbot.waitUntil(lambda: shown() == colours.text_pairs()[Tone.ERROR][0])
    assert QApplication.palette().color(QPalette.Window) == original.color(QPalette.Window)


# -- no colour written anywhere else --------------------------------------------------------

# Files that still write colours of their own, each to be moved to kit/colours.py (or to
# the palette). The list only shrinks: a file not on it that writes a colour fails the
# test, and so does a file on it that no longer does (take it off the list).
TO_CONVERT: set[str] = set()

_HEX = re.compile(r"(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
_CSS = re.compile(
    r"(?<![\w-])(?:color|background(?:-color)?|border(?:-color)?)\s*:\s*"
    r"(?!palette\(|transparent|none|0\b|\{|%\(|inherit)[#a-zA-Z]"
)
_QT_NAMES = {
    "white", "black", "red", "green", "blue", "cyan", "magenta", "yellow", "gray",
    "darkGray", "lightGray", "darkRed", "darkGreen", "darkBlue", "darkCyan",
    "darkMagenta", "darkYellow",
}  # fmt: skip
_COLOUR_CALLS = {"QColor", "QBrush", "QPen", "fromRgb", "fromRgbF", "fromHsl", "fromHsv"}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def hard_coded_colours(path: Path) -> list[str]:
    """Where ``path`` writes a colour itself: '#rrggbb' in a string, a style sheet's
    ``color: white``, ``QColor("…")``/``QColor(r, g, b)``, ``Qt.white``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if _HEX.search(node.value) or _CSS.search(node.value):
                found.append(f"{node.lineno}: {node.value.strip()[:60]!r}")
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in _COLOUR_CALLS and node.args and isinstance(node.args[0], ast.Constant):
                found.append(f"{node.lineno}: {name}({node.args[0].value!r})")
        elif (
            isinstance(node, ast.Attribute)
            and node.attr in _QT_NAMES
            and isinstance(node.value, (ast.Name, ast.Attribute))
            and (getattr(node.value, "id", "") == "Qt" or getattr(node.value, "attr", "") in (
                "Qt", "GlobalColor"
            ))
        ):  # fmt: skip
            found.append(f"{node.lineno}: Qt.{node.attr}")
    by_line: dict[int, str] = {}
    for entry in found:  # one entry a line (a QColor("#…") is also a '#…' string)
        line = int(entry.split(":")[0])
        by_line[line] = max(by_line.get(line, ""), entry, key=len)
    return [by_line[line] for line in sorted(by_line)]


def _colours_by_file() -> dict[str, list[str]]:
    every = {}
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative == "facilitator/ui/kit/colours.py":
            continue
        found = hard_coded_colours(path)
        if found:
            every[relative] = found
    return every


def test_the_scan_finds_each_way_of_writing_a_colour(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""A docstring may say #b00020."""\n'
        'a = "color: #666;"\n'
        'b = QColor("white")\n'
        "c = QColor(10, 20, 30)\n"
        "d = Qt.darkRed\n"
        'e = "background: white; padding: 4px"\n'
        'f = f"color: {colour};"\n'
        'g = "color: palette(bright-text);"\n'
        'h = "Karar #12 ve &#39;"\n',
        encoding="utf-8",
    )
    assert [line.split(":")[0] for line in hard_coded_colours(sample)] == ["2", "3", "4", "5", "6"]


def test_no_colour_is_written_outside_the_colours_module():
    every = _colours_by_file()
    new = {path: lines for path, lines in every.items() if path not in TO_CONVERT}
    assert new == {}, (
        "colours written in place: take them from facilitator/ui/kit/colours.py "
        "(a Tone, a Fill) or from the palette"
    )
    converted = sorted(TO_CONVERT - set(every))
    assert converted == [], "these write no colour of their own now: take them off TO_CONVERT"
