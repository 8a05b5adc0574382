"""Column headers wrap only between words: a narrow column gets a smaller header rather
than "Duratio/n" or "Communicat/ion" split over two lines."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from facilitator.documents.agenda import write_agenda
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.roadmap import write_roadmap
from facilitator.documents.template import RenderOptions
from facilitator.models.enums import ContributionType
from facilitator.services.document_data import MatrixLine
from tests.documents.pdf_text import pdftotext
from tests.documents.test_hostile_text import _documents


def _lines(path) -> list[str]:
    return [line.strip() for line in pdftotext(path).splitlines()]


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_matrix_headers_of_every_contribution_type_stay_whole(tmp_path, lang):
    _write, roadmap, _shown = _documents(["Kurum"] * 31)["roadmap"]
    kinds = tuple(k.value for k in ContributionType)
    cells = tuple((1, (("TRY", Decimal("10")),)) for _k in kinds)
    roadmap = dataclasses.replace(
        roadmap,
        matrix_types=kinds,
        matrix=(MatrixLine("Kurum", cells, len(kinds)), MatrixLine("", cells, len(kinds))),
    )
    path = tmp_path / "roadmap.pdf"
    write_roadmap(path, roadmap, RenderOptions(language=lang))
    words = {w for line in _lines(path) for w in line.split()}
    labels = DocumentLabels(lang)
    for kind in kinds:
        for word in labels.enum("contribution_short", kind).split():
            assert word in words, word


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_agenda_duration_header_stays_whole(tmp_path, lang):
    _write, agenda, _shown = _documents(["Gündem"] * 31)["agenda"]
    path = tmp_path / "agenda.pdf"
    write_agenda(path, agenda, RenderOptions(language=lang))
    assert DocumentLabels(lang).text("duration") in _lines(path)
