"""The Commitments tab on a laptop's screen and in a dark desktop: every column in sight,
amounts and dates whole, long titles cut with their whole text in a tooltip, and the
empty states and the overdue heading readable (issue 17)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from facilitator.ui.commitments.commitment_table_model import (
    CARRIED_DUE,
    CARRIED_ORGANIZATION,
    CARRIED_WHAT,
    MADE_DECISION,
    MADE_ORGANIZATION,
    MADE_PERSON,
    MADE_PHASE,
    MADE_QUANTITY,
    MADE_WHAT,
)
from facilitator.ui.commitments.commitments_tab import CommitmentsTab
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.colours import Fill, Tone
from facilitator.ui.kit.undo import EditHistory
from tests.ui.screen_checks import contrast, dark_palette

# What the tab gets on a 1366-pixel screen beside a 290-pixel sidebar.
LAPTOP_TAB = 1040


@pytest.fixture
def tab(qtbot, store, demo):
    widget = CommitmentsTab(
        store, ChangeBus(), EditHistory(lambda _message: None), today=lambda: date(2027, 1, 16)
    )
    qtbot.addWidget(widget)
    widget.resize(LAPTOP_TAB, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _needs(view, index) -> int:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    return view.itemDelegateForIndex(index).sizeHint(option, index).width()


def _columns_in_sight(view) -> bool:
    header = view.horizontalHeader()
    right = max(
        header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(header.count())
    )
    return right <= view.viewport().width()


def test_every_column_is_in_sight_and_amounts_and_dates_are_whole(qtbot, tab, demo):
    tab.show_workshop(demo.workshop(5))
    made_text = {MADE_ORGANIZATION, MADE_WHAT, MADE_PHASE, MADE_PERSON, MADE_DECISION}
    carried_text = {CARRIED_ORGANIZATION, CARRIED_WHAT}
    for view, text_columns in ((tab.made_view, made_text), (tab.carried_view, carried_text)):
        assert _columns_in_sight(view)
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                text = index.data()
                cut = _needs(view, index) > view.columnWidth(column)
                if text and cut:  # only a long title or name, and it reads whole on hover
                    assert column in text_columns, (text, column)
                    assert index.data(Qt.ToolTipRole) == text
    quantities = [tab.made.index(row, MADE_QUANTITY) for row in range(tab.made.rowCount())]
    hours = next(i for i in quantities if i.data() == "200 volunteer hours")
    assert _needs(tab.made_view, hours) <= tab.made_view.columnWidth(MADE_QUANTITY)
    # The title of what was committed gets the largest share of what is left.
    widths = [tab.made_view.columnWidth(c) for c in range(tab.made.columnCount())]
    assert widths[MADE_WHAT] == max(widths)
    # A narrower window: the columns follow.
    tab.resize(LAPTOP_TAB - 120, 700)
    qtbot.waitUntil(lambda: _columns_in_sight(tab.made_view))
    assert tab.made_view.columnWidth(MADE_WHAT) < widths[MADE_WHAT]


def test_the_overdue_heading_and_the_empty_states_read_in_a_dark_desktop(qtbot, qapp, tab, demo):
    tab.show_workshop(demo.workshop(6))  # nothing made yet; two carried over are overdue
    light = qapp.palette()

    def colour_of(label):
        label.ensurePolished()
        return label.palette().color(label.foregroundRole())

    try:
        qapp.setPalette(dark_palette())
        window = dark_palette().color(QPalette.Window)
        qtbot.waitUntil(lambda: colour_of(tab.empty) == colours.colour(Tone.MUTED, True))
        assert "overdue" in tab.carried_title.text()
        assert colour_of(tab.carried_title) == colours.colour(Tone.ERROR, True)
        assert tab.carried_title.font().bold()
        for label in (tab.empty, tab.carried_title):
            assert contrast(colour_of(label), window) >= 4.5, label.text()
        overdue = tab.carried.index(0, CARRIED_DUE)
        assert "overdue" in overdue.data()
        background, text = colours.fill(Fill.CELL_ERROR, True)
        assert overdue.data(Qt.BackgroundRole) == background
        assert overdue.data(Qt.ForegroundRole) == text
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: colour_of(tab.carried_title) == colours.colour(Tone.ERROR, False))
