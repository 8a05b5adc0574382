"""F1 on the live screen: the keys in a panel inside the screen; F1 again, the manual's page
about the live screen beside it (issue 21)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator import help as manual
from facilitator.i18n import current_language
from facilitator.ui.help.help_window import help_window


def test_f1_shows_the_keys_then_f1_again_opens_the_live_screens_manual_page(qtbot, open_screen):
    win = open_screen()
    qtbot.keyClick(win, Qt.Key_F1)
    assert win.keys_panel.isVisible()
    qtbot.keyClick(win, Qt.Key_F1)
    assert not win.keys_panel.isVisible()
    page = help_window(win)
    qtbot.waitUntil(page.isVisible)
    assert page.page == "live"
    assert page.title() == {"tr": "Canlı ekran", "en": "Live screen"}[current_language()]
    assert page.title() == manual.page_title(current_language(), "live")
