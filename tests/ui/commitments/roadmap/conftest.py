"""What the roadmap, matrix and indicators tests share: a roadmap page of the demo series
(the shared ``demo`` fixture of tests/conftest.py)."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from facilitator.ui.commitments.roadmap_view import RoadmapView
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.undo import EditHistory

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def english_locale():
    """Amounts and dates as the English interface writes them, whatever ran before."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def bus():
    return ChangeBus()


@pytest.fixture
def history():
    """The window's edit history; ``history.errors`` holds the refusals it showed."""
    errors = []
    stack = EditHistory(errors.append)
    stack.errors = errors
    return stack


@pytest.fixture
def page(qtbot, store, bus, history, demo):
    """The roadmap page of the demo series, shown at 1400 × 700, on TODAY."""
    view = RoadmapView(store, bus, history, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show_series(demo.series_id)
    view.show()
    qtbot.waitExposed(view)
    return view


def bar_of(page, title):
    """The timeline bar of the commitment with this title."""
    return next(b for b in page.view.timeline().bars if b.bar.commitment.title == title)
