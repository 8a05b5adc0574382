"""The manual never drifts from the keys: every key of the live screen, of its panels and
of the main window's menus is written, as the app writes it, on the manual's pages in
both languages.

A key is "written" when it stands in backticks exactly as the screen shows it (``key_text``:
"Ctrl+→", "Ctrl+Shift+E ×2"), so a key renamed, added or moved in the code fails here
until the live page and the printable sheet say the same.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from facilitator.assets import resource_path
from facilitator.models import DecisionMethod
from facilitator.services import consensus
from facilitator.ui.app import Translators
from facilitator.ui.decisions.decision_labels import value_key
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.live import LiveWindow
from facilitator.ui.live.keys import key_text
from facilitator.ui.live.screen_keys import key_table
from tests.ui.conftest import NOW

LANGUAGES = ("en", "tr")
LIVE_PAGES = ("live.md", "shortcuts.md")
LETTER_METHODS = (DecisionMethod.CONSENT, DecisionMethod.MAJORITY, DecisionMethod.COUNTS)


def written_keys(language: str, page: str) -> set[str]:
    """Everything the page writes in backticks."""
    text = resource_path("help", language, page).read_text(encoding="utf-8")
    return set(re.findall(r"`([^`\n]+)`", text))


def missing_from(keys, language: str, page: str) -> list[str]:
    written = written_keys(language, page)
    return [key for key in keys if key not in written]


def open_live_screen(qtbot, demo) -> LiveWindow:
    """The live screen of the 6th demo workshop, as the moderator opens it."""
    win = LiveWindow(demo.store, ChangeBus(), now=lambda: NOW)
    qtbot.addWidget(win)
    assert win.open_workshop(demo.workshop(6))
    return win


@pytest.fixture
def live_screen(qtbot, demo):
    win = open_live_screen(qtbot, demo)
    yield win
    win.close()


@pytest.fixture(params=LANGUAGES)
def interface_language(request, qapp):
    """The interface in each language, as the app sets it up."""
    locale = QLocale()
    translators = Translators(qapp)
    translators.use(request.param)
    yield request.param
    translators.remove_all()
    QLocale.setDefault(locale)


def test_every_key_of_the_live_screen_is_on_the_live_page_and_the_sheet(live_screen):
    labels = [entry.label for entry in key_table(live_screen)]
    assert len(labels) >= 30 and "Ctrl+→" in labels and "Ctrl+Shift+E ×2" in labels
    for language in LANGUAGES:
        for page in LIVE_PAGES:
            missing = missing_from(labels, language, page)
            assert not missing, f"help/{language}/{page} does not name {missing}"


def test_the_panels_keys_are_on_the_live_page_in_the_interface_language(
    qtbot, demo, interface_language
):
    win = open_live_screen(qtbot, demo)
    try:
        panel_keys = [key for key, _ in win.proposal.key_rows() + win.board.key_rows()]
    finally:
        win.close()
    # The outcome letters are the interface's own: O A W D in English, F D G E in Turkish.
    outcome = next(key for key in panel_keys if key.count("·") == 3 and len(key) == 13)
    assert outcome == ("O · A · W · D" if interface_language == "en" else "F · D · G · E")
    missing = missing_from(panel_keys, interface_language, "live.md")
    assert not missing, f"help/{interface_language}/live.md does not name {missing}"


def test_the_position_letters_of_each_method_are_on_both_pages(interface_language):
    """Consent, majority and cards take a letter per position, translated (E H Ç for
    evet, hayır, çekimser): each page names the letters of its own language."""
    lines = [
        " ".join(value_key(method, value) for value in consensus.scale(method))
        for method in LETTER_METHODS
    ]
    assert lines[1] == ("Y N A" if interface_language == "en" else "E H Ç")
    for page in LIVE_PAGES:
        missing = missing_from(lines, interface_language, page)
        assert not missing, f"help/{interface_language}/{page} does not name {missing}"


def menu_shortcuts(window) -> dict[str, str]:
    """Every shortcut of every action in the main window's menus (and their submenus),
    written as the manual writes keys, with the action it belongs to."""
    found: dict[str, str] = {}

    def walk(menu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            for key in action.shortcuts():
                found[key_text(key)] = action.text().replace("&", "")

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu())
    return found


def test_every_menu_shortcut_of_the_main_window_is_on_the_sheet(window):
    shortcuts = menu_shortcuts(window)
    assert {"Ctrl+L", "Ctrl+Shift+R", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"} <= set(shortcuts)
    for language in LANGUAGES:
        missing = missing_from(shortcuts, language, "shortcuts.md")
        named = {key: shortcuts[key] for key in missing}
        assert not missing, f"help/{language}/shortcuts.md does not name {named}"
