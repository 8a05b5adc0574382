"""The decision register of a series: numbers, search (Turkish-aware), filters, due reviews."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from facilitator.models import Outcome
from facilitator.services import proposals
from facilitator.ui.decisions.register_page import (
    COLUMN_NUMBER,
    COLUMN_OUTCOME,
    COLUMN_REVIEW,
    COLUMN_TITLE,
    DUE,
    RegisterPage,
    RegisterTableModel,
)
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import PROPOSAL, ChangeBus
from facilitator.ui.kit.colours import Tone
from tests.ui.keys import type_text
from tests.ui.screen_checks import MINIMUM_CONTRAST, contrast, dark_palette

TODAY = date(2026, 11, 22)  # after the review date of 5/1 (30.09.2026), before 5/2's
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture
def page(qtbot, store, demo):
    bus = ChangeBus()
    widget = RegisterPage(store, bus, today=lambda: TODAY)
    widget.bus_for_test = bus
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show_series(demo.series_id)
    widget.show()
    return widget


def _column(page, column) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_register_lists_the_decisions_with_stable_numbers(page, qtmodeltester):
    qtmodeltester.check(page.model)
    assert _column(page, COLUMN_NUMBER) == ["5/1", "5/2"]
    assert _column(page, COLUMN_TITLE) == [
        "Platformun kuruluş biçimi",
        "İlk ortak proje: gönüllü eşleştirme programı",
    ]
    assert _column(page, COLUMN_OUTCOME) == ["Agreed", "Agreed with reservations"]
    assert page.summary.text() == "2 decisions · 1 due for review"


def test_due_review_dates_are_highlighted(page):
    due = page.model.index(0, COLUMN_REVIEW)
    later = page.model.index(1, COLUMN_REVIEW)
    assert due.data() == "30.09.2026 (due)"
    assert due.data(Qt.BackgroundRole).color() == colours.fill(DUE)[0]
    assert due.data(Qt.ForegroundRole).color() == colours.fill(DUE)[1]
    assert later.data() == "16.01.2027"
    assert later.data(Qt.BackgroundRole) is None


def test_the_due_date_and_the_outcomes_read_on_a_dark_palette(qapp, page):
    original = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        due = page.model.index(0, COLUMN_REVIEW)
        background = due.data(Qt.BackgroundRole).color()
        assert background == colours.fill(DUE, True)[0]
        assert contrast(due.data(Qt.ForegroundRole).color(), background) >= MINIMUM_CONTRAST
        base = dark_palette().color(QPalette.Base)
        for row in range(page.model.rowCount()):  # agreed: green, readable on the dark base
            shown = page.model.index(row, COLUMN_OUTCOME).data(Qt.ForegroundRole).color()
            assert shown.name() == colours.text_pairs()[Tone.SUCCESS][1]
            assert contrast(shown, base) >= MINIMUM_CONTRAST
    finally:
        qapp.setPalette(original)


def test_search_is_turkish_aware(qtbot, page):
    page.search.setFocus()
    type_text(page.search, "EŞLEŞTİRME")
    assert _column(page, COLUMN_NUMBER) == ["5/2"]
    page.search.clear()
    type_text(page.search, "eslestirme")  # typed without Turkish letters
    assert _column(page, COLUMN_NUMBER) == ["5/2"]
    page.search.clear()
    type_text(page.search, "kuruluş")
    assert _column(page, COLUMN_NUMBER) == ["5/1"]
    page.search.clear()
    type_text(page.search, "yok böyle bir karar")
    assert page.model.rowCount() == 0
    assert "No decision matches" in page.summary.text()


def test_filters_by_outcome_and_workshop(page, store, demo):
    page.outcome.setCurrentIndex(page.outcome.findData(Outcome.AGREED_WITH_RESERVATIONS))
    page.outcome.activated.emit(page.outcome.currentIndex())
    assert _column(page, COLUMN_NUMBER) == ["5/2"]
    page.outcome.setCurrentIndex(0)
    page.outcome.activated.emit(0)
    page.workshop.setCurrentIndex(page.workshop.findData(demo.workshop(5)))
    page.workshop.activated.emit(page.workshop.currentIndex())
    assert _column(page, COLUMN_NUMBER) == ["5/1", "5/2"]
    other = next(
        page.workshop.itemData(i)
        for i in range(1, page.workshop.count())
        if page.workshop.itemData(i) != demo.workshop(5)
    )
    page.workshop.setCurrentIndex(page.workshop.findData(other))
    page.workshop.activated.emit(page.workshop.currentIndex())
    assert page.model.rowCount() == 0


def test_a_new_decision_appears_when_announced(page, store, demo):
    p = proposals.create_proposal(
        store, demo.workshop(5), "Yıllık <rapor> & değerlendirme", "Metin"
    )
    p = proposals.set_outcome(store, p.id, Outcome.AGREED, now=NOW, reason="Oda onayladı")
    page.bus_for_test.announce(PROPOSAL, p.id)
    assert _column(page, COLUMN_NUMBER) == ["5/1", "5/2", "5/3"]
    assert _column(page, COLUMN_TITLE)[-1] == "Yıllık <rapor> & değerlendirme"


def test_the_model_passes_the_model_tester_empty_and_full(qtmodeltester, page):
    model = RegisterTableModel()
    qtmodeltester.check(model)
    model.set_rows([page.model.row_at(0)])
    qtmodeltester.check(model)


def test_a_due_review_date_is_shown_whole_in_turkish(qapp, qtbot, store, demo):
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFont, QFontMetrics

    from facilitator.ui.app import Translators

    locale = QLocale()
    translators = Translators(qapp)
    translators.use("tr")
    try:
        widget = RegisterPage(store, ChangeBus(), today=lambda: TODAY)
        qtbot.addWidget(widget)
        widget.resize(1200, 500)
        widget.show_series(demo.series_id)
        widget.show()
        qtbot.waitExposed(widget)
        text = widget.model.index(0, COLUMN_REVIEW).data()
        assert text == "30.09.2026 (zamanı geldi)"
        font = QFont(widget.view.font())
        font.setBold(True)
        needed = QFontMetrics(font).horizontalAdvance(text)
        assert widget.view.columnWidth(COLUMN_REVIEW) > needed + 8  # not cut to "zamanı ge…"
        right_edge = widget.view.columnViewportPosition(COLUMN_REVIEW) + widget.view.columnWidth(
            COLUMN_REVIEW
        )
        assert right_edge <= widget.view.viewport().width()
    finally:
        translators.remove_all()
        QLocale.setDefault(locale)
