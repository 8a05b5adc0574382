"""Decisions read in light and in dark: outcomes in the success or error colour, each
position on its own fill with its own text colour, the outcome column whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QColor, QPalette

from facilitator.models import DecisionMethod
from facilitator.services import consensus
from facilitator.ui.decisions.decision_labels import value_fill
from facilitator.ui.decisions.decisions_tab import COLUMN_OUTCOME, DecisionsTab
from facilitator.ui.decisions.distribution_bar import DistributionBar
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.undo import EditHistory
from tests.ui.screen_checks import MINIMUM_CONTRAST, contrast, dark_palette

NOW = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)


@pytest.fixture
def decided(qtbot, store, demo):
    """The demo's 5th workshop in the Decisions tab, its second decision (5/2) shown."""
    tab = DecisionsTab(store, ChangeBus(), EditHistory(lambda _message: None), now=lambda: NOW)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show_workshop(demo.workshop(5))
    tab.show()
    qtbot.waitExposed(tab)
    tab.list.selectRow(1)
    return tab


@pytest.fixture
def dark(qapp):
    original = qapp.palette()
    qapp.setPalette(dark_palette())
    yield dark_palette()
    qapp.setPalette(original)


def test_agreed_with_reservations_shows_whole_in_the_proposal_list(decided):
    text = decided.model.index(1, COLUMN_OUTCOME).data()
    assert text == "Agreed with reservations"
    needed = decided.list.fontMetrics().horizontalAdvance(text)
    assert decided.list.columnWidth(COLUMN_OUTCOME) >= needed + 8


def test_an_agreed_decision_reads_green_in_light_and_in_dark(qtbot, qapp, decided):
    label = decided.outcome_box.outcome_now
    assert label.text().startswith("Decision 5/2: Agreed with reservations")

    def shown() -> QColor:
        label.ensurePolished()
        return label.palette().color(label.foregroundRole())

    light, dark = colours.text_pairs()[Tone.SUCCESS]
    assert shown().name() == light
    original = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: shown().name() == dark)
        window = dark_palette().color(QPalette.Window)
        assert contrast(shown(), window) >= MINIMUM_CONTRAST
    finally:
        qapp.setPalette(original)
    qtbot.waitUntil(lambda: shown().name() == light)


@pytest.mark.parametrize("method", list(DecisionMethod), ids=lambda m: m.value)
def test_every_position_reads_on_its_own_fill(method):
    for value in consensus.scale(method):
        for palette in (False, True):
            background, text = colours.fill(value_fill(method, value), palette)
            assert contrast(background, text) >= MINIMUM_CONTRAST, (method, value, palette)


def test_the_distribution_bar_paints_each_position_in_its_fill(qtbot, dark):
    bar = DistributionBar()
    qtbot.addWidget(bar)
    bar.resize(400, 32)
    bar.set_tally(DecisionMethod.CONSENT, (("no_objection", 3), ("objection", 1)))
    bar.show()
    qtbot.waitExposed(bar)
    picture = bar.grab().toImage()
    for x, value in ((6, "no_objection"), (394, "objection")):
        background, _text = colours.fill(value_fill(DecisionMethod.CONSENT, value))
        assert picture.pixelColor(x, 6).name() == background.name(), value
