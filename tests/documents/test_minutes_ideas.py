"""The minutes' "Fikirler ve öncelikler" / "Ideas and priorities" (issue 18, point 3): the
clusters with their ideas, each closed dot round with its totals, ranks (ties equal) and
dots by sector, the ideas whose support splits the sectors, and what was taken forward;
in the PDF (read back with pdftotext) and in the Word minutes (python-docx), in both
languages, in the same order."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from facilitator.documents.docx_minutes import write_minutes_docx
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.minutes import write_minutes
from facilitator.documents.minutes_versions import change_line
from facilitator.documents.template import RenderOptions
from facilitator.models import NoteKind
from facilitator.services import document_data as data
from facilitator.services import ideas, live
from facilitator.services.minutes_changes import changes_between
from facilitator.services.minutes_content import from_json, to_json
from facilitator.services.minutes_ideas import IdeaLine
from tests.documents.docx_text import body_text, first_row, headings, open_docx, repeats_header
from tests.documents.pdf_text import pdftotext

HEADING = {"tr": "Fikirler ve öncelikler", "en": "Ideas and priorities"}
CLUSTERS = (
    "Ortak projeler",
    "STK'ların kurumsal kapasitesi",
    "Çalışan gönüllülüğü",
    "Platformun işleyişi",
    "Görünürlük ve iletişim",
)
# The demo's dot round by cluster: rank, name, company, NGO, foundation, public, in all.
BY_CLUSTER = [
    ["1", "Ortak projeler", "9", "3", "3", "2", "17"],
    ["2", "STK'ların kurumsal kapasitesi\u00a0†", "2", "6", "4", "1", "13"],
    ["3=", "Çalışan gönüllülüğü", "7", "1", "2", "1", "11"],
    ["3=", "Platformun işleyişi", "5", "2", "3", "1", "11"],
    ["5", "Görünürlük ve iletişim", "3", "–", "–", "1", "4"],
]
SECTORS = {
    "tr": ["Şirket", "STK", "Vakıf", "Kamu kurumu"],
    "en": ["Company", "NGO", "Foundation", "Public body"],
}
HOSTILE = "<b>Ortak & “proje”</b> &amp; <unclosed"
NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def flat(text: str) -> str:
    return " ".join(text.split())


def _render(minutes, tmp_path, language: str, **options):
    pdf = tmp_path / f"tutanak-{language}.pdf"
    docx = tmp_path / f"tutanak-{language}.docx"
    write_minutes(pdf, minutes, RenderOptions(language=language, **options))
    write_minutes_docx(docx, minutes, RenderOptions(language=language, **options))
    return pdf, open_docx(docx)


def _outline(path) -> tuple[list[str], list[str]]:
    top: list[str] = []
    second: list[str] = []
    for item in PdfReader(str(path)).outline:
        if isinstance(item, list):
            second += [child.title for child in item if not isinstance(child, list)]
        else:
            top.append(item.title)
    return top[1:], second


@pytest.fixture
def fifth(demo):
    return data.minutes_data(demo.store, demo.workshop(5))


@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_demo_minutes_show_the_clusters_and_the_dot_totals_by_sector(fifth, tmp_path, language):
    pdf, doc = _render(fifth, tmp_path, language)
    labels = DocumentLabels(language)
    text = flat(pdftotext(pdf))
    word = flat(body_text(doc))
    assert text.count(HEADING[language]) == 1 and HEADING[language] in headings(doc, 1)
    for name in CLUSTERS:
        assert name in text and name in word
    for idea in (i for c in fifth.ideas.clusters for i in c.ideas):
        assert flat(idea.text) in text and flat(idea.text) in word
    round_title = labels.text("dot_round_n", n=1)
    assert round_title in headings(doc, 2)
    assert labels.text("dots_per_person", n=3) in text
    assert labels.text("voters_person", v=19, d=57) in word
    # The totals by cluster, each row as printed: rank (ties equal), dots by sector, in all.
    header = [labels.text("rank"), labels.text("cluster"), *SECTORS[language], labels.text("dots")]
    table = next(t for t in doc.tables if first_row(t) == header)
    assert repeats_header(table)
    assert [[c.text for c in row.cells] for row in table.rows[1:]] == BY_CLUSTER
    layout = [flat(line) for line in pdftotext(pdf, layout=True).splitlines()]
    for row in BY_CLUSTER:
        assert flat(" ".join(row)) in layout, row
    # The idea ranking ties three ideas at 2=, and marks the one the sectors split over.
    split = "Gönüllüleri karşılayacak STK koordinatörlerine destek\u00a0†"
    assert re.search(r"\b2= " + re.escape(flat(split)), text)
    assert len(re.findall(r"\b2= (?!:)", text)) == 3  # "2= :" opens the note on ties
    by_idea = next(
        t for t in doc.tables if first_row(t)[:2] == [labels.text("rank"), labels.text("idea")]
    )
    assert [row.cells[0].text for row in by_idea.rows].count("2=") == 3


@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_split_support_and_what_was_taken_forward_are_said_in_words(fifth, tmp_path, language):
    pdf, doc = _render(fifth, tmp_path, language)
    text = flat(pdftotext(pdf))
    word = flat(body_text(doc))
    if language == "tr":
        expected = [
            "Sektörlere göre ayrışan destek",
            "“STK'ların kurumsal kapasitesi” kümesi: Şirket 2 (%7) · STK 6 (%50)",
            "“Ortak projeler” kümesi → Karar 5/2 — İlk ortak proje: gönüllü eşleştirme programı",
            "fikri → Taahhüt — Gıda bankası için ayni destek (Öncü Gıda San. ve Tic. A.Ş.)",
        ]
    else:
        expected = [
            "Support that differs between sectors",
            "Cluster “STK'ların kurumsal kapasitesi”: Company 2 (7%) · NGO 6 (50%)",
            "Cluster “Ortak projeler” → Decision 5/2 — İlk ortak proje: gönüllü eşleştirme "
            "programı",
            "→ Commitment — Gıda bankası için ayni destek (Öncü Gıda San. ve Tic. A.Ş.)",
        ]
    for words in expected:
        assert words in text, words
        assert words in word, words


def test_the_section_stands_between_the_discussion_and_the_decisions_in_both_files(fifth, tmp_path):
    pdf, doc = _render(fifth, tmp_path, "tr")
    top, second = _outline(pdf)
    assert headings(doc, 1) == top
    assert headings(doc, 2) == second
    assert top.index("Görüşmeler") + 1 == top.index(HEADING["tr"])
    assert top.index(HEADING["tr"]) + 1 == top.index("Kararlar")
    start = second.index("Kümeler ve fikirler")
    assert second[start : start + 3] == [
        "Kümeler ve fikirler",
        "1. nokta oylaması",
        "Sonraki adımlara taşınanlar",
    ]
    assert headings(doc, 3).count("Kümelere göre") == 1
    assert headings(doc, 3).count("Fikirlere göre") == 1


def test_text_like_markup_in_an_idea_and_a_cluster_is_printed_as_typed(demo, tmp_path):
    workshop = demo.workshop(5)
    card = ideas.add_idea(demo.store, workshop, HOSTILE, now=NOW)
    ideas.create_cluster(demo.store, workshop, "Kurum <&> kümesi", [card.key])
    minutes = data.minutes_data(demo.store, workshop)
    pdf, doc = _render(minutes, tmp_path, "tr")
    text = pdftotext(pdf)
    word = body_text(doc)
    for typed in (HOSTILE, "Kurum <&> kümesi"):
        assert typed in text and typed in word
    assert "&amp;lt;" not in text and "&lt;" not in word.replace("&amp;", "")


def test_only_closed_dot_rounds_are_reported(demo, tmp_path):
    workshop = demo.workshop(5)
    ideas.open_dot_round(demo.store, workshop, budget=2, now=NOW, question="Açık kalan tur")
    minutes = data.minutes_data(demo.store, workshop)
    assert [r.number for r in minutes.ideas.rounds] == [1]
    pdf, doc = _render(minutes, tmp_path, "en")
    assert "Dot round 2" not in pdftotext(pdf) and "Açık kalan tur" not in body_text(doc)
    assert "Dot round 1" in headings(doc, 2)


def test_a_workshop_without_an_ideas_board_has_no_such_section(demo, tmp_path):
    fourth = demo.workshop(4)
    # A note of kind "idea" alone stays in the discussion: the board was not used.
    live.add_note(demo.store, fourth, "Gönüllü bankası kurulsun", kind=NoteKind.IDEA, now=NOW)
    minutes = data.minutes_data(demo.store, fourth)
    assert minutes.ideas is None
    for language in ("tr", "en"):
        pdf, doc = _render(minutes, tmp_path, language)
        assert HEADING[language] not in pdftotext(pdf)
        assert HEADING[language] not in headings(doc, 1)
        assert "Gönüllü bankası kurulsun" in pdftotext(pdf)


def test_anonymised_minutes_do_not_say_who_put_an_idea_forward(fifth, tmp_path):
    pdf, doc = _render(fifth, tmp_path, "tr", anonymise=True)
    assert "Öneren" not in pdftotext(pdf)
    tables = [first_row(t) for t in doc.tables]
    assert ["Fikir"] in tables and ["Fikir", "Öneren"] not in tables
    named, _ = _render(fifth, tmp_path, "tr")
    assert "Öneren" in pdftotext(named)


def test_a_minutes_version_keeps_the_section_as_it_was(fifth):
    assert fifth.ideas is not None
    assert from_json(to_json(fifth)) == replace(fifth, workshop=replace(fifth.workshop, status=""))


def test_a_draft_after_the_final_says_that_the_ideas_changed(fifth):
    added = IdeaLine("Mahalle gönüllü ağları", "", "")
    later = replace(
        fifth, ideas=replace(fifth.ideas, unclustered=(*fifth.ideas.unclustered, added))
    )
    lines = [change_line(c, DocumentLabels("tr")) for c in changes_between(fifth, later)]
    assert lines == ["Fikirler ve öncelikler: değişti"]
    gone = [
        change_line(c, DocumentLabels("en"))
        for c in changes_between(fifth, replace(fifth, ideas=None))
    ]
    assert gone == ["Ideas and priorities: removed"]
