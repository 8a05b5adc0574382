"""The main window's sidebar on a laptop: nothing cut without a way to read it whole, and the
width the user dragged it to kept for the next start; the read-only notice readable in a
light and a dark desktop (issue 17)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from facilitator.store import Store
from facilitator.ui.app import SIDEBAR_KEY, Application, open_geometry
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Tone
from facilitator.ui.series.series_tree_model import COLUMN_TITLE
from tests.conftest import demo_database
from tests.ui.conftest import start_window
from tests.ui.screen_checks import contrast, dark_palette


def _drag(qtbot, splitter, by: int) -> None:
    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(by // 2, 0))
    qtbot.mouseMove(handle, middle + QPoint(by, 0))
    qtbot.mouseRelease(handle, Qt.LeftButton, pos=middle + QPoint(by, 0))


def test_every_workshop_title_cut_in_the_sidebar_reads_whole_in_its_tooltip(demo_window):
    tree, model = demo_window.tree, demo_window.tree_model
    assert tree.isHeaderHidden()  # no heading to be cut in a narrow sidebar
    cut = 0
    for group in range(model.rowCount()):
        series = model.index(group, COLUMN_TITLE)
        assert series.data(Qt.ToolTipRole) == series.data()
        for row in range(model.rowCount(series)):
            index = model.index(row, COLUMN_TITLE, series)
            text = index.data()
            if tree.fontMetrics().horizontalAdvance(text) + 8 > tree.visualRect(index).width():
                cut += 1
            assert text.split(". ", 1)[-1] in index.data(Qt.ToolTipRole)
    assert cut  # the demo's titles are long: some are cut at the usual width


def test_the_sidebar_keeps_the_width_it_was_dragged_to(qtbot, qapp, store, demo, answers):
    first = Application(qapp, store)
    window = start_window(qtbot, first)
    window.resize(1300, window.height())  # a laptop's width (the tests' screen is smaller)
    qtbot.waitUntil(lambda: window.splitter.width() > 1200)
    usual = window.splitter.sizes()[0]
    _drag(qtbot, window.splitter, 100)
    dragged = window.splitter.sizes()[0]
    assert dragged > usual + 60
    qtbot.waitUntil(lambda: open_geometry().value(SIDEBAR_KEY) is not None)
    assert int(open_geometry().value(SIDEBAR_KEY)) == dragged
    first.save_geometry()
    window.close()
    first.translators.remove_all()

    second = Application(qapp, store)
    try:
        again = start_window(qtbot, second)
        qtbot.waitUntil(lambda: abs(again.splitter.sizes()[0] - dragged) <= 2)
        # A narrower window takes its room from the pages, not from the sidebar.
        again.resize(1300, again.height())
        qtbot.waitUntil(lambda: again.splitter.width() > 1200)
        pages = again.splitter.sizes()[1]
        again.resize(1240, again.height())
        qtbot.waitUntil(lambda: again.splitter.sizes()[1] < pages)
        assert abs(again.splitter.sizes()[0] - dragged) <= 2
    finally:
        second.window.close()
        second.translators.remove_all()


def test_the_read_only_notice_reads_in_light_and_dark(qtbot, qapp, tmp_path, answers):
    store = Store.open(demo_database(tmp_path / "held.db"), read_only=True)
    application = Application(qapp, store)
    light = qapp.palette()
    try:
        window = application.build_window()
        qtbot.addWidget(window)
        notice = next(
            label
            for label in window.statusBar().findChildren(QLabel)
            if "salt okunur" in label.text().lower()
        )

        def shown():
            notice.ensurePolished()
            return notice.palette().color(notice.foregroundRole())

        assert shown() == colours.colour(Tone.ERROR, False)
        assert notice.font().bold()
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: shown() == colours.colour(Tone.ERROR, True))
        assert contrast(shown(), dark_palette().color(QPalette.Window)) >= 4.5
    finally:
        qapp.setPalette(light)
        application.translators.remove_all()
        store.close()
