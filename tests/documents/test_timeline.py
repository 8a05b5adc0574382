"""The roadmap's timeline: labels of phases close together never overlap and no leader
line runs through another phase's label; a legend says what dots and diamonds are."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from facilitator.documents.fonts import BOLD
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.roadmap import timeline, timeline_drawing, write_roadmap
from facilitator.documents.styles import make_styles
from facilitator.documents.template import RenderOptions
from facilitator.services.document_data import PhaseLine, RoadmapData, SeriesWorkshopLine
from tests.documents.pdf_text import pdftotext

CLOSE = [  # eight phases in six months, two on one day
    ("Görüşmeler (mülakatlar)", date(2026, 11, 30)),
    ("Karşılaştırmalı rapor", date(2026, 12, 31)),
    ("Çalışma ziyaretleri", date(2027, 1, 31)),
    ("7 bölgede eğitimler", date(2027, 3, 31)),
    ("İzleme ve değerlendirme raporu", date(2027, 4, 15)),
    ("Politika önerileri belgesi", date(2027, 4, 30)),
    ("Kapanış etkinliği (İstanbul)", date(2027, 5, 15)),
    ("Aynı gün aşaması", date(2027, 5, 15)),
]


def _roadmap(phases) -> RoadmapData:
    workshops = tuple(
        SeriesWorkshopLine(n, f"Çalıştay {n}", datetime(2026, 10 + n, 8, 7, tzinfo=UTC), "held")
        for n in (1, 2)
    )
    lines = tuple(PhaseLine(n, title, day, "") for n, (title, day) in enumerate(phases))
    return RoadmapData(1, "Seri", "Koordinatör", "", workshops, lines, (), ())


def _boxes(drawing):
    """Each phase label (title and date) as (x, left, right, bottom, top) in points."""
    from reportlab.graphics.shapes import String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    strings = [s for s in drawing.contents if isinstance(s, String)]
    titles = [s for s in strings if s.fontName == BOLD]
    boxes = []
    for title in titles:
        width = stringWidth(title.text, BOLD, title.fontSize)
        left = {"start": title.x, "middle": title.x - width / 2}.get(
            title.textAnchor, title.x - width
        )
        boxes.append((title.x, left, left + width, title.y - 12, title.y + 8))
    return boxes


def _large_roadmap() -> RoadmapData:
    """Twelve phases a quarter apart, with titles long enough to cover a neighbour's
    diamond from either side (the large workshop's series)."""
    from tests.documents.large_workshop import large_workshop

    return large_workshop(organizations=30).roadmap


@pytest.mark.parametrize("lang", ["tr", "en"])
@pytest.mark.parametrize("source", ["close", "large"])
def test_close_phases_get_labels_that_neither_overlap_nor_are_crossed(lang, source):
    from reportlab.graphics.shapes import Line

    roadmap = _roadmap(CLOSE) if source == "close" else _large_roadmap()
    drawing = timeline_drawing(roadmap, DocumentLabels(lang), make_styles(), 480)
    boxes = _boxes(drawing)
    assert len(boxes) == len([p for p in roadmap.phases if p.target_date])
    for n, (_x, a1, b1, lo1, hi1) in enumerate(boxes):
        for _x2, a2, b2, lo2, hi2 in boxes[n + 1 :]:
            overlap = a1 < b2 and a2 < b1 and lo1 < hi2 and lo2 < hi1
            assert not overlap
    leaders = [
        item
        for item in drawing.contents
        if isinstance(item, Line) and item.x1 == item.x2 and item.y2 - item.y1 > 8
    ]
    for line in leaders:
        for x, left, right, bottom, top in boxes:
            if x == line.x1:
                continue  # its own label
            through = left + 1 < line.x1 < right - 1 and bottom < line.y2 and line.y1 < top
            assert not through


def test_the_timeline_has_a_legend(tmp_path):
    for lang, words in (("tr", ("Çalıştay", "Aşama")), ("en", ("Workshop", "Phase"))):
        path = tmp_path / f"roadmap-{lang}.pdf"
        write_roadmap(path, _roadmap(CLOSE), RenderOptions(language=lang))
        text = pdftotext(path)
        assert all(word in text for word in words)


def test_phases_too_close_to_label_are_numbered_with_a_key(tmp_path):
    """Twelve phases a quarter apart on a five-year axis: the diamonds carry numbers and a
    table under the timeline names each phase with its date."""
    roadmap = _large_roadmap()
    drawn = timeline(roadmap, DocumentLabels("tr"), make_styles(), 480)
    assert [number for number, _title, _date in drawn.key] == [str(n) for n in range(1, 13)]
    path = tmp_path / "yol.pdf"
    write_roadmap(path, roadmap, RenderOptions())
    text = " ".join(pdftotext(path).split())
    assert "12 Aşama 12: Kalıcılık 28.12.2028" in text
    # Room enough: no key, the titles beside their diamonds.
    assert timeline(_roadmap(CLOSE), DocumentLabels("tr"), make_styles(), 480).key == []
