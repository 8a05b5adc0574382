"""The sidebar keeps the width the user dragged it to, the next time the window opens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QSplitter, QWidget

from facilitator.ui.kit.remembered_splitter import remember_side_width


def _window(qtbot, settings) -> QSplitter:
    splitter = QSplitter(Qt.Horizontal)
    splitter.addWidget(QWidget())
    splitter.addWidget(QWidget())
    splitter.setSizes([200, 600])
    splitter.resize(806, 400)
    remember_side_width(splitter, settings, "main/sidebar")
    qtbot.addWidget(splitter)
    splitter.show()
    qtbot.waitExposed(splitter)
    return splitter


def _drag(qtbot, splitter: QSplitter, by: int) -> None:
    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(by // 2, 0))
    qtbot.mouseMove(handle, middle + QPoint(by, 0))
    qtbot.mouseRelease(handle, Qt.LeftButton, pos=middle + QPoint(by, 0))


def test_the_dragged_width_comes_back_next_time(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "geometry.ini"), QSettings.IniFormat)
    first = _window(qtbot, settings)
    assert abs(first.sizes()[0] - 200) <= 2  # nothing kept yet: the usual width
    _drag(qtbot, first, 120)
    dragged = first.sizes()[0]
    assert dragged > 260
    qtbot.waitUntil(lambda: settings.value("main/sidebar") is not None)
    first.close()

    again = QSettings(str(tmp_path / "geometry.ini"), QSettings.IniFormat)
    second = _window(qtbot, again)
    assert second.sizes()[0] == dragged
    assert sum(second.sizes()) == sum(first.sizes())


def test_a_width_kept_from_a_larger_screen_leaves_room_for_the_pages(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "geometry.ini"), QSettings.IniFormat)
    settings.setValue("main/sidebar", 5000)
    splitter = _window(qtbot, settings)
    assert 0 < splitter.sizes()[0] < sum(splitter.sizes())
    assert splitter.sizes()[1] > 0


def test_nothing_sensible_kept_leaves_the_usual_width(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "geometry.ini"), QSettings.IniFormat)
    settings.setValue("main/sidebar", "wide")
    assert abs(_window(qtbot, settings).sizes()[0] - 200) <= 2
