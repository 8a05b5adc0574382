"""What reading every page of the documents found, held in place: an agenda without items
says so instead of printing an empty table; the roadmap's footer names who issues it; a
short table is not split to keep the approval company when lines of text already do; the
minutes end with their closing line just above the approval."""

from __future__ import annotations

import pytest

from facilitator.documents.exports import export_document
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import RenderOptions
from facilitator.services import document_data as data
from tests.documents.docx_text import body_text, open_docx
from tests.documents.pdf_text import page_texts, squeeze

ADVISORY = "Danışma Kurulu toplantısı"


def _has(text: str, phrase: str) -> bool:
    return squeeze(phrase) in squeeze(text)


@pytest.mark.parametrize("language", ["tr", "en"])
def test_an_agenda_without_items_says_so(demo, tmp_path, language):
    workshop = demo.titles[ADVISORY]
    assert not data.agenda_data(demo.store, workshop).agenda  # planned, not yet timed
    words = DocumentLabels(language).text("no_agenda_items")
    options = RenderOptions(language=language)
    pdf, docx = tmp_path / "a.pdf", tmp_path / "a.docx"
    export_document(demo.store, "agenda", workshop, pdf, options)
    export_document(demo.store, "agenda", workshop, docx, options)
    (page,) = page_texts(pdf)
    assert _has(page, words)
    assert not _has(page, DocumentLabels(language).text("presenter"))  # no empty table
    assert words in body_text(open_docx(docx))
    assert not open_docx(docx).tables[1:]  # the details only


def test_every_roadmap_page_names_its_coordinator_in_the_footer(demo, tmp_path):
    path = tmp_path / "r.pdf"
    export_document(demo.store, "roadmap", demo.workshop(5), path, RenderOptions())
    coordinator = data.roadmap_data(demo.store, demo.series_id).coordinator
    assert coordinator
    pages = page_texts(path)
    assert len(pages) > 1
    for page in pages:
        assert _has(page, f"{coordinator} · Oluşturulma:")


@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_figures_table_stays_whole_and_the_minutes_close_above_the_approval(
    demo, tmp_path, language
):
    labels = DocumentLabels(language)
    path = tmp_path / "m.pdf"
    export_document(
        demo.store, "minutes", demo.titles[ADVISORY], path, RenderOptions(language=language)
    )
    pages = page_texts(path)
    minutes = data.minutes_data(demo.store, demo.titles[ADVISORY])
    sectors = {p.sector for p in minutes.participants if p.attendance == "present" and p.sector}
    assert len(sectors) >= 2
    # Every sector's row of the "In figures" table is on the page of its heading.
    (figures,) = [p for p in pages if _has(p, labels.text("figures"))]
    for sector in sectors:
        assert _has(figures, labels.enum("sector", sector)), sector
    last = squeeze(pages[-1])
    closing, approval = squeeze(labels.text("closing")), squeeze(labels.text("approval"))
    assert closing in last and last.index(closing) < last.rindex(approval)
