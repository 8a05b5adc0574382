"""The sidebar's statuses and the indicators' note read well in a light and a dark desktop
(issue 17 point 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from facilitator.models.enums import WorkshopStatus
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.colours import Tone
from facilitator.ui.series.indicators_view import IndicatorsView
from facilitator.ui.series.series_tree_model import COLUMN_STATUS
from tests.ui.screen_checks import contrast, dark_palette

DONE = (WorkshopStatus.HELD, WorkshopStatus.MINUTES_SENT)


def _done_statuses(window):
    model = window.tree_model
    found = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, COLUMN_STATUS, parent)
            foreground = index.data(Qt.ForegroundRole)
            if foreground is not None:
                found.append(foreground)
    return found


def test_held_workshops_read_quieter_but_still_clearly_in_the_sidebar(qtbot, qapp, demo_window):
    light = qapp.palette()
    quiet = _done_statuses(demo_window)
    assert len(quiet) == 6  # the held workshops and those whose minutes went out
    for colour in quiet:
        assert colour == colours.colour(Tone.MUTED)
        assert contrast(colour, light.color(QPalette.Base)) >= 4.5
    try:
        qapp.setPalette(dark_palette())
        for colour in _done_statuses(demo_window):
            assert contrast(colour, dark_palette().color(QPalette.Base)) >= 4.5
    finally:
        qapp.setPalette(light)


def test_the_indicators_note_is_muted_and_readable_light_and_dark(qtbot, qapp, store, demo):
    view = IndicatorsView(store, ChangeBus())
    qtbot.addWidget(view)
    view.show_series(demo.series_id)
    view.show()
    qtbot.waitExposed(view)

    def shown():
        view.note.ensurePolished()
        return view.note.palette().color(view.note.foregroundRole())

    light = qapp.palette()
    assert shown() == colours.colour(Tone.MUTED, False)
    try:
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: shown() == colours.colour(Tone.MUTED, True))
        assert contrast(shown(), dark_palette().color(QPalette.Window)) >= 4.5
    finally:
        qapp.setPalette(light)
