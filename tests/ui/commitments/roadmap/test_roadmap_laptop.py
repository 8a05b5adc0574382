"""The roadmap on a laptop's screen and in a dark desktop: it leaves the sidebar room, its
summary and legend wrap instead of being cut, and the timeline takes the palette's colours
(issue 17)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from facilitator.models import CommitmentStatus
from facilitator.ui.commitments.commitment_labels import status_fill
from facilitator.ui.commitments.timeline_scene import HEADER_HEIGHT, LABEL_WIDTH
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Fill, Tone
from tests.ui.commitments.roadmap.conftest import bar_of
from tests.ui.screen_checks import contrast, dark_palette

# A 1280-pixel screen less a 200-pixel sidebar and the window's and page's margins.
LAPTOP_PAGE = 1280 - 200 - 60


def _whole(label: QLabel) -> bool:
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    return label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_the_roadmap_fits_beside_the_sidebar_on_a_1280_pixel_screen(qtbot, page):
    assert page.minimumSizeHint().width() <= LAPTOP_PAGE
    page.resize(page.minimumSizeHint().width(), 700)
    QApplication.processEvents()
    # The count of commitments is read whole, and every part of the legend shows.
    assert page.summary.text() == "12 commitments of 7 organizations"
    assert _whole(page.summary)
    legend = page.legend
    for part in legend.findChildren(QLabel):
        place = QRect(part.mapTo(legend, QPoint(0, 0)), part.size())
        assert legend.rect().contains(place), part.text()
        assert not part.text() or _whole(part), part.text()
    # A phase cut by the narrow panel is read whole in its tooltip.
    first = page.phases.list.item(0)
    assert first.toolTip() == first.text()
    assert "Platformun kuruluşu" in first.toolTip()


def _pixel(view, x: float, y: float) -> str:
    view.viewport().repaint()
    QApplication.processEvents()
    return view.viewport().grab().toImage().pixelColor(int(x), int(y)).name()


def test_the_timeline_turns_dark_with_the_desktop_and_back(qtbot, qapp, page):
    view = page.view
    light = qapp.palette()
    header, _text = colours.fill(Fill.PANEL, False)
    assert _pixel(view, LABEL_WIDTH / 2, 4) == header.name()
    assert _pixel(view, LABEL_WIDTH - 3, HEADER_HEIGHT + 3) == light.color(QPalette.Base).name()
    done = page.legend.chips[CommitmentStatus.DONE]
    try:
        qapp.setPalette(dark_palette())
        dark_header, header_text = colours.fill(Fill.PANEL, True)
        qtbot.waitUntil(lambda: _pixel(view, LABEL_WIDTH / 2, 4) == dark_header.name())
        # The names' column is the dark base; the names are the palette's text on it.
        assert _pixel(view, LABEL_WIDTH - 3, HEADER_HEIGHT + 3) == "#2a2a2a"
        scene = view.timeline()
        assert scene.colours.text.name() == "#f0f0f0"
        assert scene.colours.today == colours.colour(Tone.ERROR, True)
        assert contrast(header_text, dark_header) >= 4.5
        assert contrast(scene.colours.phase_text, dark_header) >= 4.5
        # Each bar in its status's dark fill, with that fill's own text colour.
        food = bar_of(page, "Gıda bankası için ayni destek")
        background, text = status_fill(food.bar.commitment.status, True)
        assert contrast(background, text) >= 4.5
        done.ensurePolished()
        assert done.palette().color(done.foregroundRole()) == status_fill("done", True)[1]
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: _pixel(view, LABEL_WIDTH / 2, 4) == header.name())
