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
