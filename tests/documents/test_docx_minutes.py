"""The minutes as an editable Word document (issue 16, point 3): the content and the order
of the PDF, real Word styles, the draft's mark on every page, the final's SHA-256."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from docx.enum.section import WD_ORIENT
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from facilitator.documents.docx_minutes import write_minutes_docx
from facilitator.documents.exports import export_document
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.minutes import write_minutes
from facilitator.documents.minutes_versions import VersionStamp
from facilitator.documents.template import RenderOptions
from facilitator.services import agenda, commitments, minutes_record
from facilitator.services import document_data as data
from tests.documents.docx_text import (
    body_text,
    convert_to_pdf,
    first_row,
    footer_text,
    header_text,
    headings,
    open_docx,
    paragraphs,
    repeats_header,
    words,
)

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"
WORKSHOP_6 = "Platformun ilk ortak projesi: gönüllü eşleştirme"  # not held yet


def _export(store, workshop, path, language="tr", **how):
    export_document(store, "minutes", workshop, path, RenderOptions(language=language), **how)
    return open_docx(path)


def _outline(path) -> tuple[list[str], list[str]]:
    """The PDF's bookmarks of level 0 (without the document's own) and of level 1."""
    top: list[str] = []
    second: list[str] = []
    for item in PdfReader(str(path)).outline:
        if isinstance(item, list):
            second += [child.title for child in item if not isinstance(child, list)]
        else:
            top.append(item.title)
    return top[1:], second


def test_every_participant_decision_and_turkish_letter_is_in_the_word_minutes(demo, tmp_path):
    workshop = demo.titles[WORKSHOP_5]
    doc = _export(demo.store, workshop, tmp_path / "tutanak.docx")
    text = words(body_text(doc))
    minutes = data.minutes_data(demo.store, workshop)
    assert minutes.participants and minutes.decisions and minutes.notes
    for person in minutes.participants:  # present in the table, absent and excused listed
        assert person.name in text
    for decision in minutes.decisions:
        assert f"Karar {decision.label} — {decision.title}" in headings(doc, 2)
    for note in minutes.notes:
        assert words(note.text) in text
    assert WORKSHOP_5 in text
    assert set("ğşıİöüç") <= set(text)
    # Notes are bullets of Word's List Bullet style; round tallies under Heading 3.
    bullet = next(p for p in doc.paragraphs if p.text.startswith(minutes.notes[0].text[:30]))
    assert bullet.style.name == "List Bullet"
    assert "1. tur" in headings(doc, 3)
    props = doc.core_properties
    assert props.title == f"Tutanak: {WORKSHOP_5}"
    assert props.language == "tr-TR" and props.author == "Yeşilova Grup"  # the coordinator


def test_every_table_with_a_header_row_repeats_it_on_each_page(demo, tmp_path):
    doc = _export(demo.store, demo.titles[WORKSHOP_5], tmp_path / "tutanak.docx")
    headed = [t for t in doc.tables if repeats_header(t)]
    firsts = [first_row(t) for t in headed]
    assert ["Ad soyad", "Görev", "Rol", "İletişim"] in firsts
    assert ["No", "Madde", "Sunan", "Planlanan saat", "Gerçekleşen saat"] in firsts
    assert ["Kurum", "Taahhüt", "Katkı", "Miktar", "Bitiş", "Durum"] in firsts
    assert ["Tutum", "Sayı", ""] in firsts
    # A round's tally stays on one page: every row keeps with the next but the last.
    tally = next(t for t in headed if first_row(t) == ["Tutum", "Sayı", ""])
    assert _keeps(tally) == [True] * (len(tally.rows) - 1) + [None]
    # With reasons stated under it, the tally keeps with them too (the demo's consent round).
    stated = [t for t in headed if first_row(t) == ["Tutum", "Sayı", ""] and _keeps(t)[-1]]
    assert stated and all(_keeps(t) == [True] * len(t.rows) for t in stated)
    # The approval keeps what precedes it (the next workshop) on its page.
    body = list(doc.element.body.iterchildren())
    approval = next(n for n, e in enumerate(body) if e.xpath("string(.)") == "Onay")
    before = Paragraph(body[approval - 1], doc)
    assert before.text and before.paragraph_format.keep_with_next
    # The others are label/value details (the workshop's, a decision's, a dot round's) and
    # the signatures, which have no header row.
    for table in doc.tables:
        if not repeats_header(table):
            labels = [row.cells[0].text for row in table.rows]
            details = {"Tarih", "Öneri", "Nokta hakkı"}
            assert details & set(labels) or labels[0] == "Moderatör"


def _keeps(table) -> list:
    return [row.cells[0].paragraphs[0].paragraph_format.keep_with_next for row in table.rows]


def test_the_word_minutes_have_the_sections_of_the_pdf_in_the_same_order(demo, tmp_path):
    workshop = demo.titles[WORKSHOP_5]
    for language in ("tr", "en"):
        pdf = tmp_path / f"minutes-{language}.pdf"
        export_document(demo.store, "minutes", workshop, pdf, RenderOptions(language=language))
        doc = _export(demo.store, workshop, tmp_path / f"minutes-{language}.docx", language)
        top, second = _outline(pdf)
        assert headings(doc, 1) == top
        assert headings(doc, 2) == second
        assert len(top) >= 8 and len(second) >= 5


def _long_minutes(minutes):
    """The demo's minutes with ten times as many notes: long enough for a summary."""
    notes = tuple(
        replace(note, text=f"{note.text} ({n})", id=note.id * 100 + n)
        for n in range(10)
        for note in minutes.notes
    )
    return replace(minutes, notes=notes)


def test_long_word_minutes_open_with_the_summary_as_the_pdf_does(demo, tmp_path):
    minutes = _long_minutes(data.minutes_data(demo.store, demo.titles[WORKSHOP_5]))
    stamp = VersionStamp(4, False, datetime(2026, 3, 20, 9, tzinfo=UTC))
    options = RenderOptions(language="en")
    write_minutes(tmp_path / "long.pdf", minutes, options, stamp)
    write_minutes_docx(tmp_path / "long.docx", minutes, options, stamp)
    doc = open_docx(tmp_path / "long.docx")
    top, _second = _outline(tmp_path / "long.pdf")
    assert headings(doc, 1) == top
    assert top[0] == DocumentLabels("en").text("summary")
    text = words(body_text(doc))
    for decision in minutes.decisions:
        assert f"Decision {decision.label} — {decision.title}: " in text


def test_a_draft_says_so_at_the_top_of_every_page_and_the_final_gives_its_hash(demo, tmp_path):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    draft = _export(store, workshop, tmp_path / "taslak.docx")
    assert "TASLAK" in header_text(draft)
    assert "Taslak v1 ·" in footer_text(draft) and "Sayfa" in footer_text(draft)
    assert "Tutanak taslağı" in body_text(draft)
    # One section: its header is the header of every page.
    assert len(draft.sections) == 1 and not draft.sections[0].different_first_page_header_footer

    final, _changed = minutes_record.finalize(store, workshop)
    done = _export(store, workshop, tmp_path / "final.docx", "en", version="final")
    assert "DRAFT" not in header_text(done) and "TASLAK" not in header_text(done)
    assert f"Final v{final.row.number} ·" in footer_text(done)
    assert final.row.sha256 in words(body_text(done))

    target = next(
        c for c in commitments.commitments_of_workshop(store, workshop) if c.status.value != "done"
    )
    commitments.update_commitment(store, target.id, status="done")
    again = _export(store, workshop, tmp_path / "v3.docx", version="draft")  # sent: a draft asked
    assert f"Kesinleşmiş {final.row.number}. sürümden bu yana değişenler" in headings(again, 1)
    changed = [p for p in paragraphs(again) if "→ Tamamlandı" in p.text]
    assert changed and changed[0].style.name == "List Bullet"
    assert "TASLAK" in header_text(again)


def test_an_agenda_only_draft_says_what_it_is(demo, tmp_path):
    workshop = demo.titles[WORKSHOP_6]
    for title in ("Açılış ve tanışma", "Eşleştirme ölçütleri: İŞKUR & <gönüllüler>"):
        agenda.add_item(demo.store, workshop, title)
    doc = _export(demo.store, workshop, tmp_path / "gündem taslağı.docx", agenda_only=True)
    assert "TASLAK — YALNIZCA GÜNDEM" in header_text(doc)
    assert "Taslak: yalnızca gündem" in footer_text(doc)
    assert "Bu çalıştay henüz yapılmadı" in body_text(doc)
    text = words(body_text(doc))
    assert "Açılış ve tanışma" in text and "Eşleştirme ölçütleri: İŞKUR & <gönüllüler>" in text
    assert "Katılımcılar" not in headings(doc, 1) and "Gündem" in headings(doc, 1)


def test_landscape_minutes_are_landscape_in_word_too(demo, tmp_path):
    minutes = data.minutes_data(demo.store, demo.titles[WORKSHOP_5])
    stamp = VersionStamp(1, False, datetime.now(UTC) - timedelta(days=1))
    path = tmp_path / "yatay.docx"
    write_minutes_docx(path, minutes, RenderOptions(landscape=True), stamp)
    section = open_docx(path).sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height


def test_the_next_meeting_is_called_by_its_kind_as_in_the_pdf(demo, tmp_path):
    minutes = data.minutes_data(demo.store, demo.titles[WORKSHOP_5])
    start = datetime(2026, 6, 1, 7, tzinfo=UTC)
    board = data.NextWorkshop(7, "Danışma Kurulu toplantısı", start, start + timedelta(hours=2), "")
    minutes = replace(minutes, next_workshop=board)
    stamp = VersionStamp(2, False, datetime(2026, 3, 20, 9, tzinfo=UTC))
    write_minutes(tmp_path / "kurul.pdf", minutes, RenderOptions(), stamp)
    write_minutes_docx(tmp_path / "kurul.docx", minutes, RenderOptions(), stamp)
    doc = open_docx(tmp_path / "kurul.docx")
    top, _second = _outline(tmp_path / "kurul.pdf")
    assert headings(doc, 1) == top
    assert "Bir sonraki toplantı" in top
    text = body_text(doc)
    assert "Danışma Kurulu toplantısı" in text and "7. çalıştay" not in text


@pytest.mark.slow
def test_a_word_page_that_continues_an_organization_names_it(tmp_path):
    """Word repeats only a table's first rows: each organization's people are a table of
    their own, its organization row repeated on every page it runs onto, as the PDF's
    "(devam)" row does. Read through LibreOffice, page by page."""
    import re
    import subprocess

    from tests.documents.large_workshop import large_workshop

    minutes = large_workshop(organizations=30).minutes
    path = tmp_path / "büyük.docx"
    write_minutes_docx(path, minutes, RenderOptions(), VersionStamp(1, False, datetime.now(UTC)))
    result = convert_to_pdf([path], tmp_path)
    assert result.returncode == 0, result.stderr
    people = {p.name: p.organization for p in minutes.participants if p.attendance == "present"}
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "büyük.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    continued = 0
    for page in text.split("\f"):
        # The body's first lines, after the running header; a table row's first cell.
        cells = [re.split(r"\s{2,}", line.strip())[0] for line in page.splitlines()]
        cells = [cell for cell in cells if cell]
        header = next((n for n, cell in enumerate(cells) if cell.startswith("Tutanak —")), 0)
        cells = cells[header + 1 : header + 3]
        if len(cells) == 2 and cells[1] in people:
            # A page opening on a person: the row above names their organization.
            assert cells[0].startswith(people[cells[1]]), cells
            continued += 1
    assert continued >= 2  # the participants run over several pages
