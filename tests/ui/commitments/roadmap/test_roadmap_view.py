"""The series page's roadmap, contribution matrix and indicators, on the demo series."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from facilitator.models import CommitmentStatus, QuantityUnit
from facilitator.services import commitments, roadmap, series
from facilitator.ui.commitments.commitment_labels import status_colour
from facilitator.ui.commitments.commitments_tab import CommitmentsTab
from facilitator.ui.commitments.matrix_view import COLUMN_TOTAL, MatrixView
from facilitator.ui.commitments.timeline_scene import (
    LABEL_WIDTH,
    MONTHS_SCALE,
    QUARTERS_SCALE,
    bar_tooltip,
)
from facilitator.ui.series.indicators_view import IndicatorsView
from tests.ui.commitments.roadmap.conftest import TODAY, bar_of
from tests.ui.keys import type_text

TRY_UNIT, HOURS_UNIT = QuantityUnit.TRY, QuantityUnit.VOLUNTEER_HOURS


def colour(bar) -> str:
    """The colour the bar is painted in on screen, read from the view's pixels."""
    view = bar.scene().views()[0]
    view.centerOn(bar)  # clear of the names' column on the left
    QApplication.processEvents()
    box = view.mapFromScene(bar.sceneBoundingRect()).boundingRect()
    image = view.viewport().grab().toImage()
    # In the part of the bar in sight, right of the names' column, just under its border.
    left = max(box.left(), LABEL_WIDTH + 10)
    right = min(box.right(), image.width() - 10)
    return image.pixelColor((left + right) // 2, box.top() + 1).name()


def test_the_timeline_draws_a_bar_per_commitment_from_start_to_due(page):
    scene = page.view.timeline()
    assert len(scene.bars) == 12
    assert page.summary.text() == "12 commitments of 7 organizations"
    funding = bar_of(page, "Platformun ilk yıl giderlerine katkı")
    rect = funding.sceneBoundingRect()
    # 01.04.2026–31.12.2026: 30+31+30+31+31+30+31+30+31 = 275 days at 4 px a day.
    assert rect.x() == pytest.approx(scene.x_of(date(2026, 4, 1)))
    assert rect.width() == pytest.approx(275 * MONTHS_SCALE)
    protocol = bar_of(page, "İş birliği protokolü taslağını hazırlamak")
    # 16.03.2026 is 16 days before 01.04.2026; 16.03–30.04 is 46 days.
    assert rect.x() - protocol.sceneBoundingRect().x() == pytest.approx(16 * MONTHS_SCALE)
    assert protocol.sceneBoundingRect().width() == pytest.approx(46 * MONTHS_SCALE)
    # Same organization (Yeşilova), overlapping dates: two rows of one lane.
    assert protocol.sceneBoundingRect().y() != rect.y()
    assert [lane.name for lane in scene.lanes][-1] == "Yeşilova Grup"
    # Coloured by status, with a line for today and three phase bands.
    assert colour(funding) == status_colour(CommitmentStatus.COMMITTED).name()
    assert colour(protocol) == status_colour(CommitmentStatus.DONE).name()
    today_x = scene.today_line.mapToScene(scene.today_line.line().p1()).x()
    assert today_x == pytest.approx(scene.x_of(TODAY) + MONTHS_SCALE / 2)
    assert len(scene.bands) == 3


def test_zooming_to_quarters_and_with_ctrl_wheel_rescales_the_bars(qtbot, page):
    funding = bar_of(page, "Platformun ilk yıl giderlerine katkı")
    qtbot.mouseClick(page.quarters_button, Qt.LeftButton)
    assert page.quarters_button.isChecked()
    assert funding.sceneBoundingRect().width() == pytest.approx(275 * QUARTERS_SCALE)
    before = page.view.timeline().scale
    viewport = page.view.viewport()
    event = QWheelEvent(
        QPointF(300, 100),
        QPointF(viewport.mapToGlobal(QPoint(300, 100))),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.NoButton,
        Qt.ControlModifier,
        Qt.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    scale = page.view.timeline().scale
    assert scale == pytest.approx(before * 1.25**2)
    assert funding.sceneBoundingRect().width() == pytest.approx(275 * scale)
    qtbot.mouseClick(page.months_button, Qt.LeftButton)
    assert funding.sceneBoundingRect().width() == pytest.approx(275 * MONTHS_SCALE)


def test_a_click_on_a_bar_opens_its_form_and_a_saved_edit_recolours_it(qtbot, store, page, history):
    venue = bar_of(page, "Platform toplantılarına ücretsiz mekân")
    page.view.centerOn(venue)  # clear of the names' column, which takes no clicks
    point = page.view.mapFromScene(venue.sceneBoundingRect().center())
    qtbot.mouseClick(page.view.viewport(), Qt.LeftButton, pos=point)
    assert page.form.isVisible()
    assert page.form.what.text() == "Platform toplantılarına ücretsiz mekân"
    page.form.status.setCurrentIndex(page.form.status.findData("done"))
    page.form.submit()
    assert commitments.get_commitment(store, venue.commitment_id).status is CommitmentStatus.DONE
    # The same words as for an edit in the workshop's Commitments tab (one shared edit).
    assert history.undoText() == "Edit commitment “Platform toplantılarına ücretsiz mekân”"
    recoloured = bar_of(page, "Platform toplantılarına ücretsiz mekân")
    assert colour(recoloured) == status_colour(CommitmentStatus.DONE).name()
    history.undo()
    back = bar_of(page, "Platform toplantılarına ücretsiz mekân")
    assert colour(back) == status_colour(CommitmentStatus.IN_PROGRESS).name()


def test_enter_on_the_selected_bar_opens_its_form(qtbot, page):
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key_Down)
    selected = page.view.selected_bar()
    assert selected is page.view.timeline().bars[0]
    qtbot.keyClick(page.view, Qt.Key_Down)
    assert page.view.selected_bar() is page.view.timeline().bars[1]
    qtbot.keyClick(page.view, Qt.Key_Return)
    assert page.form.isVisible()
    assert page.form.commitment_id == page.view.timeline().bars[1].commitment_id


def test_phases_are_added_in_date_order_and_undone(qtbot, store, page, history, demo):
    page.phases.new_button.click()
    type_text(page.phases.title, "Değerlendirme & <rapor>")
    type_text(page.phases.target, "30.09.2026")
    qtbot.keyClick(page.phases.target, Qt.Key_Return)
    titles = [p.title for p in roadmap.list_phases(store, demo.series_id)]
    assert titles[1] == "Değerlendirme & <rapor>"  # between 30.06.2026 and 31.12.2026
    assert "Değerlendirme & <rapor>" in page.phases.list.item(1).text()
    assert len(page.view.timeline().bands) == 4
    page.phases.target.setText("31.13.2026")
    page.phases.save_button.click()
    assert "is not a date" in page.phases.error.text()
    history.undo()
    assert len(roadmap.list_phases(store, demo.series_id)) == 3
    assert page.phases.list.count() == 3


def test_a_commitment_made_and_reviewed_in_workshops_shows_on_the_roadmap_and_in_the_matrix(
    qtbot, store, bus, history, page, demo, qtmodeltester
):
    """Made at the 6th workshop's tab: one more bar, the matrix totals change; reviewed as done
    at the 6th, a commitment of the 5th turns green on the timeline."""
    series_id = demo.series_id
    matrix = MatrixView(store, bus)
    qtbot.addWidget(matrix)
    matrix.show_series(series_id)
    matrix.show()  # a hidden matrix waits until it is shown to read again
    qtmodeltester.check(matrix.model)
    total_row = matrix.model.rowCount() - 1
    before = matrix.model.data(matrix.model.index(total_row, COLUMN_TOTAL))
    # Twelve on the roadmap, the one dropped left out of the matrix; never one sum.
    assert before.startswith("11 — TRY 250,000 · €15,000 · 224 volunteer hours")
    tab = CommitmentsTab(store, bus, history, today=lambda: date(2027, 1, 16))
    qtbot.addWidget(tab)
    tab.show_workshop(demo.workshop(6))
    tab.start_new()
    type_text(tab.form.what, "Eşleştirme etkinliğine ikram")
    tab.form.organization.setCurrentIndex(tab.form.organization.findText("Villa Zeytin"))
    tab.form.kind.setCurrentIndex(tab.form.kind.findData("in_kind"))
    type_text(tab.form.quantity, "12500.50")
    tab.form.unit.setCurrentIndex(tab.form.unit.findData("TRY"))
    type_text(tab.form.start, "16.01.2027")
    type_text(tab.form.due, "15.02.2027")
    tab.form.submit()
    scene = page.view.timeline()
    assert len(scene.bars) == 13
    new = bar_of(page, "Eşleştirme etkinliğine ikram")
    # 16.01.–15.02.2027 = 31 days.
    assert new.sceneBoundingRect().width() == pytest.approx(31 * scene.scale)
    assert new.sceneBoundingRect().x() == pytest.approx(scene.x_of(date(2027, 1, 16)))
    total_row = matrix.model.rowCount() - 1
    after = matrix.model.data(matrix.model.index(total_row, COLUMN_TOTAL))
    # TRY 250,000 + TRY 12,500.50 = TRY 262,500.50, and 12 commitments (in English here).
    assert after.startswith("12 — TRY 262,500.50 · €15,000")
    # Review a carried-over commitment as done at the 6th workshop.
    row = tab.carried.row_of_id(bar_of(page, "Gıda bankası için ayni destek").commitment_id)
    tab.carried_view.selectRow(row)
    tab.done_button.click()
    food = bar_of(page, "Gıda bankası için ayni destek")
    assert colour(food) == status_colour(CommitmentStatus.DONE).name()
    assert food.bar.commitment.reviewed_workshop_number == 6


def test_the_matrix_filters_by_phase_and_status(qtbot, store, bus, demo):
    matrix = MatrixView(store, bus)
    qtbot.addWidget(matrix)
    matrix.show_series(demo.series_id)
    matrix.phase.setCurrentIndex(matrix.phase.findText("Yaygınlaştırma"))
    # Venue (Villa Zeytin), communication and EU co-financing (TKSSA): 2 organizations.
    assert [r.label for r in matrix.matrix.organizations] == [
        "Türkiye Kurumsal Sosyal Sorumluluk Ağı",
        "Villa Zeytin",
    ]
    matrix.statuses[CommitmentStatus.PROPOSED].setChecked(False)
    assert [r.label for r in matrix.matrix.organizations] == ["Villa Zeytin"]
    matrix.statuses[CommitmentStatus.IN_PROGRESS].setChecked(False)
    assert matrix.model.rowCount() == 0
    assert not matrix.empty.isHidden()


def test_the_indicators_show_the_series_figures(qtbot, store, bus, demo):
    view = IndicatorsView(store, bus)
    qtbot.addWidget(view)
    view.show_series(demo.series_id)
    assert view.figures["workshops"].text() == "5 of 6"
    assert view.figures["participants"].text() == "23"
    assert view.figures["participations"].text() == "83"
    assert view.figures["organizations"].text() == "12"
    assert view.by_sector.item(0, 0).text() == "Company"
    assert (view.by_sector.item(0, 1).text(), view.by_sector.item(0, 2).text()) == ("5", "30")
    assert view.by_status.item(0, 1).text() == "3"


def test_the_series_page_has_the_roadmap_matrix_and_indicators_tabs(qtbot, demo_window, store):
    main = next(s for s in series.list_series(store) if s.workshop_count >= 6)
    page = demo_window.series_page
    page.show_series(main.id)
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert {"Yol haritası", "Katkı matrisi", "Göstergeler"} <= set(names)  # Turkish by default
    page.tabs.setCurrentWidget(page.roadmap)
    assert len(page.roadmap.view.timeline().bars) == 12
    page.tabs.setCurrentWidget(page.indicators)  # a tab reads its series when chosen
    assert page.indicators.figures["participants"].text() == "23"


@pytest.fixture
def turkish_locale():
    from PySide6.QtCore import QLocale

    from facilitator import i18n

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Turkish, QLocale.Turkey))
    with i18n.using_language("tr"):  # the Turkish interface: its locale and its words
        yield
    QLocale.setDefault(before)


def test_amounts_read_and_written_the_turkish_way(turkish_locale):
    from decimal import Decimal

    from facilitator.ui.commitments.commitment_labels import (
        format_quantity,
        format_sums,
        parse_quantity,
    )

    # As the documents write them: formal Turkish writes the lira "TL".
    assert format_quantity(Decimal("1234.50"), "TRY") == "1.234,50 TL"
    assert format_quantity(Decimal("15000"), "EUR") == "15.000 €"
    assert format_sums(((TRY_UNIT, Decimal("12500")), (HOURS_UNIT, Decimal("40")))) == (
        "12.500 TL · 40 gönüllü saati"
    )
    assert parse_quantity("12.500,50") == Decimal("12500.50")
    assert parse_quantity("12,5") == Decimal("12.5")
    assert parse_quantity("1.234.567") == Decimal("1234567")
    assert parse_quantity("on bin") == "on bin"  # the service says it is not a number
    assert parse_quantity("  ") is None


def test_user_text_that_looks_like_markup_is_shown_as_typed(qtbot, store, page, demo):
    fifth = demo.workshop(5)
    org = commitments.commitments_of_workshop(store, fifth)[0].organization_id
    commitments.create_commitment(
        store,
        "<b>Kalın</b> & <i>eğik</i> değil",
        org,
        workshop_id=fifth,
        start_date=date(2026, 5, 1),
        due_date=date(2026, 9, 1),
    )
    page.reload()
    bar = bar_of(page, "<b>Kalın</b> & <i>eğik</i> değil")
    tip = bar_tooltip(bar.bar)
    assert "&lt;b&gt;Kalın&lt;/b&gt; &amp; &lt;i&gt;eğik&lt;/i&gt; değil" in tip
    assert "<b>" not in tip


def test_a_hidden_matrix_reads_again_when_it_is_shown(qtbot, store, bus, demo):
    from facilitator.services import directory
    from facilitator.ui.kit.changes import COMMITMENT

    series_id = demo.series_id
    matrix = MatrixView(store, bus)
    qtbot.addWidget(matrix)
    matrix.show_series(series_id)  # read once, then hidden behind another tab
    total = matrix.model.rowCount() - 1
    assert matrix.model.data(matrix.model.index(total, COLUMN_TOTAL)).startswith("11 — ")
    villa = next(o for o in directory.list_organizations(store) if o.name == "Villa Zeytin")
    row = commitments.create_commitment(
        store, "Kahve molası ikramı", villa.id, workshop_id=demo.workshop(6)
    )
    bus.announce(COMMITMENT, row.id)
    assert matrix.model.data(matrix.model.index(total, COLUMN_TOTAL)).startswith("11 — ")
    matrix.show()
    total = matrix.model.rowCount() - 1
    assert matrix.model.data(matrix.model.index(total, COLUMN_TOTAL)).startswith("12 — ")


def test_undoing_a_phase_edit_after_a_change_elsewhere_is_refused_and_keeps_it(
    qtbot, store, page, history, demo
):
    """The title was changed on the roadmap, then the target date in another window: Ctrl+Z
    would put the old date back over theirs, so it is refused and said."""
    page.phases.list.setCurrentRow(0)
    phase_id = page.phases.current_id()
    before = roadmap.phase_values(store, phase_id)
    page.phases.title.setText("Kuruluş ve tanışma")
    page.save_phase()
    roadmap.update_phase(store, phase_id, target_date=date(2026, 7, 15))  # elsewhere
    history.undo()
    assert roadmap.phase_values(store, phase_id) == {
        **before,
        "title": "Kuruluş ve tanışma",
        "target_date": date(2026, 7, 15),
    }
    assert page.phases.list.item(0).text().startswith("15/07/2026 — Kuruluş ve tanışma")
    assert history.errors == [
        "This was changed elsewhere since (Target date); undoing or redoing would overwrite "
        "the newer value, so nothing was changed."
    ]


def test_undoing_a_new_phase_changed_elsewhere_since_keeps_it(qtbot, store, page, history, demo):
    page.phases.new_button.click()
    type_text(page.phases.title, "Değerlendirme")
    page.save_phase()
    phases = roadmap.list_phases(store, demo.series_id)
    added = next(p for p in phases if p.title == "Değerlendirme")
    roadmap.update_phase(store, added.id, description="Raporlama dahil")  # elsewhere
    history.undo()
    assert [p.title for p in roadmap.list_phases(store, demo.series_id)][-1] == "Değerlendirme"
    assert page.phases.list.count() == 4
    assert history.errors[0].startswith("This was changed elsewhere since (Description)")
