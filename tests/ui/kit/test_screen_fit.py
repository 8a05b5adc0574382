"""A window asked to be taller than the screen opens whole on it, frame included."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from facilitator.ui.kit.screen_fit import fit_within_screen, resize_within_screen


def test_a_window_taller_than_the_screen_opens_whole_on_it_with_its_frame(qtbot):
    room = QApplication.primaryScreen().availableGeometry()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    resize_within_screen(dialog, room.width() + 20, room.height() + 100)
    dialog.show()
    qtbot.waitExposed(dialog)
    frame = dialog.frameGeometry()
    assert frame.width() <= room.width()
    assert frame.height() <= room.height()


def test_a_window_that_fits_keeps_its_usual_size(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    resize_within_screen(dialog, 420, 300)
    assert (dialog.width(), dialog.height()) == (420, 300)


def test_a_shown_window_made_too_large_is_cut_to_the_screen(qtbot):
    room = QApplication.primaryScreen().availableGeometry()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(room.width() * 2, room.height() * 2)
    fit_within_screen(dialog)
    assert dialog.frameGeometry().height() <= room.height()
    assert dialog.frameGeometry().width() <= room.width()
