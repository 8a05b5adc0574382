"""Details of the minutes' layout a reader notices: the approval block's two signature
lines level with each other whoever is missing, and an objection kept with its tally."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader

from facilitator.documents.minutes import write_minutes
from facilitator.documents.template import RenderOptions
from tests.documents.test_hostile_text import _documents


def _heights_of(path, word: str) -> list[float]:
    """The heights (points from the page foot) of text pieces starting with ``word`` on
    the last page."""
    found = []
    page = PdfReader(str(path)).pages[-1]

    def visit(text, cm, tm, _font, _size):
        if text.strip().startswith(word):
            found.append(round(tm[5] * cm[3] + tm[4] * cm[1] + cm[5], 1))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize(
    ("moderator", "rapporteurs"),
    [("Ayşe Yılmaz", ()), ("", ("Cem Öz",)), ("Ayşe Yılmaz", ("Cem Öz", "Bir Çok Uzun " * 12))],
)
def test_signature_lines_are_level_whoever_is_missing(tmp_path, moderator, rapporteurs):
    _write, minutes, _shown = _documents(["Kısa"] * 31)["minutes"]
    header = dataclasses.replace(minutes.workshop, moderator=moderator, rapporteurs=rapporteurs)
    minutes = dataclasses.replace(minutes, workshop=header)
    path = tmp_path / "minutes.pdf"
    write_minutes(path, minutes, RenderOptions(language="tr"))
    heights = _heights_of(path, "İmza")
    assert len(heights) == 2 and heights[0] == heights[1]


def test_a_stated_objection_stays_on_the_page_of_its_tally(tmp_path):
    """A longer note pushes the round down the page line by line; at every length the
    stated reason is on the page of its tally, above all where it first moves on."""
    texts = ["Kısa"] * 31
    texts[30] = "GEREKÇE itiraz gerekçesi"
    placed: dict[int, tuple[list[int], list[int]]] = {}

    def reason_page(lines: int) -> list[int]:
        """Render with a note of ``lines`` + 1 lines; remember where tally and reason are."""
        texts[18] = "\n".join(["Not satırı"] * (lines + 1))
        _write, minutes, _shown = _documents(texts)["minutes"]
        path = tmp_path / f"minutes-{lines}.pdf"
        write_minutes(path, minutes, RenderOptions(language="tr"))
        pages = [page.extract_text() for page in PdfReader(str(path)).pages]
        tally = [n for n, text in enumerate(pages) if "Kenarda duruyorum" in text]
        reason = [n for n, text in enumerate(pages) if "GEREKÇE" in text]
        placed[lines] = (tally, reason)
        return reason

    # The first length that moves the reason to a later page, found by halving.
    low, high = 30, 60
    first = reason_page(low)
    assert reason_page(high) != first, "the note never pushes the reason to the next page"
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if reason_page(middle) != first else (middle, high)
    for lines in (low - 2, low - 1, high + 1):  # around the move, beside low and high
        reason_page(lines)
    for lines, (tally, reason) in sorted(placed.items()):
        assert len(reason) == 1 and tally == reason, (lines, tally, reason)


def test_parked_topics_are_not_called_a_car_park(tmp_path):
    from facilitator.services.document_data import NoteLine

    _write, minutes, _shown = _documents(["Kısa"] * 31)["minutes"]
    parked = NoteLine(None, "parking_lot", "Bütçe konusu", "", minutes.notes[0].noted_at)
    minutes = dataclasses.replace(minutes, notes=(*minutes.notes, parked))
    path = tmp_path / "minutes.pdf"
    write_minutes(path, minutes, RenderOptions(language="tr"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())
    assert "Sonraya bırakılan konular" in text and "Park alanı" not in text
