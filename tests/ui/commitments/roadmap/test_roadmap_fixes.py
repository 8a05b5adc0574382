"""The roadmap page as the review of issue #6 left it: dates with two-digit years, overdue bars,
titles and clicks clear of the names' column, the form's organization and person, the series
page reading only the tab in sight, and the matrix's filters."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from facilitator.services import commitments, directory, roadmap, workshops
from facilitator.ui.commitments.commitment_form import CommitmentForm, parse_day
from facilitator.ui.commitments.commitments_tab import CommitmentsTab
from facilitator.ui.commitments.matrix_view import MatrixView
from facilitator.ui.commitments.timeline_scene import HEADER_HEIGHT, LABEL_WIDTH, bar_tooltip
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Tone
from facilitator.ui.series.series_page import SeriesPage
from tests.ui.commitments.roadmap.conftest import bar_of


@pytest.mark.parametrize(
    "locale",
    [QLocale(QLocale.Turkish, QLocale.Turkey), QLocale(QLocale.English, QLocale.UnitedStates)],
)
def test_a_two_digit_year_is_this_century(locale):
    QLocale.setDefault(locale)
    assert parse_day("31.12.26") == date(2026, 12, 31)
    assert parse_day("1.2.27") == date(2027, 2, 1)
    assert parse_day("31.12.2026") == date(2026, 12, 31)
    assert parse_day("2026-12-31") == date(2026, 12, 31)
    assert parse_day("31.13.26") == "31.13.26"  # no date: the form says so


def test_a_due_date_typed_with_two_digits_is_saved_in_this_century(qtbot, store, page):
    venue = bar_of(page, "Platform toplantılarına ücretsiz mekân")
    page.edit_commitment(venue.commitment_id)
    page.form.due.setText("31.12.27")
    page.form.submit()
    assert commitments.get_commitment(store, venue.commitment_id).due_date == date(2027, 12, 31)
    page.phases.title.setText("Yaygınlaştırma")
    page.phases.target.setText("30.6.28")
    page.save_phase()
    phases = {p.title: p.target_date for p in roadmap.list_phases(store, page.series_id)}
    assert phases["Yaygınlaştırma"] == date(2028, 6, 30)


def test_overdue_commitments_are_marked_on_the_timeline(page):
    # On 22.11.2026 the in-kind food bank support (due 31.10.2026) is open and past due.
    food = bar_of(page, "Gıda bankası için ayni destek")
    assert food.bar.commitment.overdue
    assert "overdue" in bar_tooltip(food.bar)
    done = bar_of(page, "İş birliği protokolü taslağını hazırlamak")
    assert not done.bar.commitment.overdue
    assert "overdue" not in bar_tooltip(done.bar)
    legend = page.legend.overdue_label
    assert legend.isVisible() and "Overdue" in legend.text()
    # The frame is red where the bar is in sight.
    view = page.view
    view.centerOn(food)
    QApplication.processEvents()
    box = view.mapFromScene(food.sceneBoundingRect()).boundingRect()
    image = view.viewport().grab().toImage()
    x = max(box.left(), int(LABEL_WIDTH) + 10) + 5
    assert image.pixelColor(x, box.top() + 1).name() == colours.css(Tone.ERROR)


def test_a_bar_running_under_the_names_shows_its_title_from_their_edge(qtbot, page):
    funding = bar_of(page, "Platformun ilk yıl giderlerine katkı")
    view = page.view
    # Scroll so the bar starts 200 px left of the names' column's edge.
    left = funding.sceneBoundingRect().left()
    view.horizontalScrollBar().setValue(round(left + 200 - LABEL_WIDTH))
    view.viewport().repaint()
    QApplication.processEvents()
    assert funding.shown_text.startswith("Platformun")
    # The names' column is opaque: no bar colour shows through it.
    image = view.viewport().grab().toImage()
    y = view.mapFromScene(funding.sceneBoundingRect().center()).y()
    base = view.palette().color(QPalette.Base).name()
    assert image.pixelColor(int(LABEL_WIDTH) - 20, y).name() == base


def test_a_click_on_an_organizations_name_opens_no_bar_hidden_under_it(qtbot, page):
    funding = bar_of(page, "Platformun ilk yıl giderlerine katkı")
    view = page.view
    view.horizontalScrollBar().setValue(round(funding.sceneBoundingRect().left() + 200))
    QApplication.processEvents()
    y = view.mapFromScene(funding.sceneBoundingRect().center()).y()
    assert isinstance(view.itemAt(QPoint(115, y)), type(funding))  # a bar is under the names
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=QPoint(115, y))
    assert not page.form.isVisible()
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=QPoint(600, int(HEADER_HEIGHT) - 5))
    assert not page.form.isVisible()


def test_the_roadmap_form_is_wide_enough_for_its_fields(qtbot, page):
    venue = bar_of(page, "Platform toplantılarına ücretsiz mekân")
    page.edit_commitment(venue.commitment_id)
    QApplication.processEvents()
    form = page.form
    assert form.width() >= 380
    assert form.due.width() >= form.due.fontMetrics().horizontalAdvance("31/12/2026") + 8
    legend = page.legend  # whole, on as many lines as it takes
    for part in legend.findChildren(QLabel):
        place = QRect(part.mapTo(legend, QPoint(0, 0)), part.size())
        assert legend.rect().contains(place), part.text()


def test_choosing_another_organization_clears_the_person(qtbot, store, demo):
    people = directory.list_people(store)
    orgs = {o.name: o.id for o in directory.list_organizations(store)}
    form = CommitmentForm()
    qtbot.addWidget(form)
    form.set_choices([(i, n) for n, i in orgs.items()], people, [], [])
    marmara = orgs["Marmara Tekstil A.Ş."]
    mert = next(p for p in people if p.organization_id == marmara)
    form.start_new(organization_id=marmara, person_id=mert.id)
    assert form.person.currentData() == mert.id
    form.organization.setCurrentIndex(form.organization.findData(orgs["Villa Zeytin"]))
    assert form.person.currentData() is None
    assert form.person.findData(mert.id) < 0  # only Villa Zeytin's people to choose from
    # A new form does not keep the last one's person.
    form.start_new(organization_id=orgs["Villa Zeytin"])
    assert form.person.currentData() is None


def test_the_series_page_reads_only_the_tab_in_sight(qtbot, store, bus, history, demo):
    page = SeriesPage(store, bus, history=history)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.roadmap)
    page.show_series(demo.series_id)
    assert len(page.roadmap.view.timeline().bars) == 12
    assert page.matrix.matrix is None  # not read until its tab is chosen
    page.tabs.setCurrentWidget(page.matrix)
    assert "Marmara Tekstil A.Ş." in [r.label for r in page.matrix.matrix.organizations]


def test_the_matrix_filters_the_commitments_without_a_phase(qtbot, store, bus, demo):
    series_id = demo.series_id
    villa = next(o for o in directory.list_organizations(store) if o.name == "Villa Zeytin")
    commitments.create_commitment(store, "Aşamasız katkı", villa.id, workshop_id=demo.workshop(6))
    matrix = MatrixView(store, bus)
    qtbot.addWidget(matrix)
    matrix.show_series(series_id)
    index = matrix.phase.findText("(no phase)")
    assert index > 0
    matrix.phase.setCurrentIndex(index)
    # The demo's nine commitments all have a phase: only the new one is left.
    assert [r.label for r in matrix.matrix.organizations] == ["Villa Zeytin"]
    assert matrix.matrix.total.total.count == 1


def test_the_matrix_fits_1400_pixels_without_scrolling(qtbot, store, bus, demo):
    matrix = MatrixView(store, bus)
    qtbot.addWidget(matrix)
    matrix.resize(1400, 700)
    matrix.show_series(demo.series_id)
    matrix.show()
    qtbot.waitExposed(matrix)
    assert not matrix.table.horizontalScrollBar().isVisible()


def test_a_workshop_outside_any_series_says_it_has_nothing_to_carry_over(
    qtbot, store, bus, history, make_workshop
):
    workshop = make_workshop()
    tab = CommitmentsTab(store, bus, history)
    qtbot.addWidget(tab)
    tab.show_workshop(workshop.id)
    assert "not part of a series" in tab.carried_empty.text()
    assert workshops.get_workshop(store, workshop.id).series_id is None


def test_a_commitment_made_straight_on_the_roadmap_gets_a_bar_and_is_undone(
    qtbot, store, page, history
):
    page.new_button.click()
    form = page.form
    assert form.isVisible() and form.commitment_id is None
    # Every agreed decision of the series can be served, not just one workshop's.
    assert form.decision.findText("5/2 İlk ortak proje: gönüllü eşleştirme programı") > 0
    form.what.setText("Yaz okulu için <burs> & ulaşım")
    villa = next(o for o in directory.list_organizations(store) if o.name == "Villa Zeytin")
    form.organization.setCurrentIndex(form.organization.findData(villa.id))
    form.start.setText("1.6.27")
    form.due.setText("31.8.27")
    form.submit()
    assert not form.isVisible()
    bar = bar_of(page, "Yaz okulu için <burs> & ulaşım")
    assert (bar.bar.start, bar.bar.end) == (date(2027, 6, 1), date(2027, 8, 31))
    row = commitments.get_commitment(store, bar.commitment_id)
    assert (row.workshop_id, row.series_id) == (None, page.series_id)
    assert page.summary.text() == "13 commitments of 7 organizations"
    history.undo()
    assert len(page.view.timeline().bars) == 12
    history.redo()
    assert len(page.view.timeline().bars) == 13


def test_a_new_commitment_without_an_organization_is_refused_with_a_message(qtbot, page):
    page.new_button.click()
    page.form.what.setText("Kurumsuz taahhüt")
    page.form.submit()
    assert page.form.isVisible()
    assert "organization" in page.form.error.text()
    assert len(page.view.timeline().bars) == 12
