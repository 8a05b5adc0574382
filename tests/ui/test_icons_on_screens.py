"""Icons where a user looks for them: every menu command, the workshop's tabs, the key
buttons, and the application's own icon on every window, the live screen's and the
projector's included."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette

from tests.ui.conftest import start_window


def menu_commands(window):
    """(menu, command) for every command of the menu bar, submenus included."""
    found = []

    def walk(menu, title):
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{title} › {action.text()}")
            elif not action.isSeparator() and not action.isCheckable():
                found.append((title, action))

    for top in window.menuBar().actions():
        walk(top.menu(), top.text())
    return found


def drawn(icon: QIcon, mode=QIcon.Normal) -> QImage:
    return icon.pixmap(QSize(16, 16), mode).toImage().convertToFormat(QImage.Format_ARGB32)


def darkest_ink(image: QImage) -> int:
    """The lightness of the most opaque pixel of a drawn glyph."""
    best = max(
        ((image.pixelColor(x, y).alpha(), image.pixelColor(x, y).lightness()))
        for x in range(image.width())
        for y in range(image.height())
    )
    return best[1]


def test_every_menu_command_has_an_icon(demo_window):
    commands = menu_commands(demo_window)
    assert len(commands) >= 20
    missing = [f"{menu} › {action.text()}" for menu, action in commands if action.icon().isNull()]
    assert not missing, missing
    # …and each is a drawing, not an empty square.
    for menu, action in commands:
        image = drawn(action.icon())
        assert any(image.pixelColor(x, y).alpha() > 128 for x in range(16) for y in range(16)), (
            f"{menu} › {action.text()}"
        )


def test_the_empty_page_buttons_and_the_directory_button_have_icons(
    qtbot, facilitator_app, answers
):
    answers.yes_no = [False]  # no demo: the empty page
    window = start_window(qtbot, facilitator_app)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.empty_page)
    page = window.empty_page
    assert not page.new_workshop_button.icon().isNull()
    assert not page.new_series_button.icon().isNull()
    assert not window.directory_button.icon().isNull()


def test_every_tab_of_the_workshop_page_has_an_icon(qtbot, demo_window):
    page = demo_window.workshop_page
    for index in range(page.tabs.count()):  # before the later tabs are built
        assert not page.tabs.tabIcon(index).isNull(), page.tabs.tabText(index)
    qtbot.waitUntil(page.tabs_ready)
    icons = [page.tabs.tabIcon(index) for index in range(page.tabs.count())]
    assert page.tabs.count() == 7
    assert all(not icon.isNull() for icon in icons)
    # Seven tabs, seven different pictures.
    assert len({drawn(icon).bits().tobytes() for icon in icons}) == 7


def test_icons_turn_light_in_a_dark_palette_and_back(qapp, demo_window):
    undo = demo_window.undo_action.icon()
    original = QPalette(qapp.palette())
    dark = QPalette(original)
    for group in (QPalette.Active, QPalette.Inactive):
        dark.setColor(group, QPalette.Window, QColor("#202124"))
        dark.setColor(group, QPalette.ButtonText, QColor("#e8eaed"))
        dark.setColor(group, QPalette.WindowText, QColor("#e8eaed"))
    try:
        assert darkest_ink(drawn(undo)) < 100
        qapp.setPalette(dark)
        assert darkest_ink(drawn(undo)) > 200  # light ink on the dark menus
    finally:
        qapp.setPalette(original)
    assert darkest_ink(drawn(undo)) < 100


def test_every_window_shows_the_application_icon(qtbot, qapp, demo, demo_window):
    assert not qapp.windowIcon().isNull()
    key = qapp.windowIcon().cacheKey()
    assert demo_window.windowIcon().cacheKey() == key
    demo_window.open_live_for(demo.workshop(6))
    live_screen = demo_window.live_window
    qtbot.addWidget(live_screen)
    qtbot.waitExposed(live_screen)
    assert live_screen.windowIcon().cacheKey() == key
    live_screen.toggle_projector()
    assert live_screen.projector.windowIcon().cacheKey() == key
    for button in (live_screen.keys_button, live_screen.main_button, live_screen.close_button):
        assert not button.icon().isNull(), button.text()
    live_screen.close()
