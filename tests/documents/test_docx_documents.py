"""The agenda handout and the attendance sheet in Word, hostile text in every Word document,
the branding in its header and footer, writing whole or not at all, and LibreOffice
opening all three and printing the same names (issue 16, point 3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from PIL import Image

from facilitator.documents.docx_agenda import write_agenda_docx
from facilitator.documents.docx_attendance import write_attendance_docx
from facilitator.documents.docx_minutes import write_minutes_docx
from facilitator.documents.exports import export_document
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.minutes_versions import VersionStamp
from facilitator.documents.template import Branding, DocumentError, RenderOptions
from facilitator.errors import ValidationError
from facilitator.services import document_data as data
from facilitator.services.document_data import (
    AgendaData,
    AgendaLine,
    AttendanceData,
    CommitmentLine,
    DecisionLine,
    MinutesData,
    NoteLine,
    ParticipantLine,
    RoundLine,
    WorkshopHeader,
)
from tests.documents.docx_text import (
    body_text,
    convert_to_pdf,
    first_row,
    footer_text,
    header_text,
    headings,
    open_docx,
    repeats_header,
    words,
)
from tests.documents.pdf_text import pdftotext

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"

# What a user may type or paste: markup, entities, control characters, a lone surrogate,
# non-characters, tabs and Windows line ends. Word files cannot hold most of them.
HOSTILE_NAME = "Ayşe <b>Öz&amp;</b>\x00\x07 Güç\x1b[31m\ud800\ufffe"
HOSTILE_NAME_SHOWN = "Ayşe <b>Öz&amp;</b> Güç[31m"
HOSTILE_ORG = 'İş & <Güç> "Derneği"\x0b'
HOSTILE_ORG_SHOWN = 'İş & <Güç> "Derneği"'
HOSTILE_NOTE = "Çay\tocağı <script>alert('ı')</script> &nbsp;\r\nikinci satır\x85"
HOSTILE_TITLE = "Karar <i>önerisi</i> & ]]> <![CDATA[x]]>"


def _header(title: str = "Çalıştay <&> “İzmir”\x01") -> WorkshopHeader:
    start = datetime(2026, 3, 14, 7, tzinfo=UTC)
    return WorkshopHeader(
        id=1, series_title="Seri & <Bursa>", number=2, title=title,
        guiding_question="Nasıl <birlikte> & neden?", objectives="Amaç\x00lar",
        planned_start=start, planned_end=start + timedelta(hours=3),
        actual_start=start, actual_end=start + timedelta(hours=3), venue_name="Yer <1>",
        venue_address="Adres & 2", host=HOSTILE_ORG, moderator=HOSTILE_NAME,
        rapporteurs=("Raportör\x08 Işık",), status="held", time_zone="Europe/Istanbul",
    )  # fmt: skip


def _participant(name: str, org: str, attendance: str = "present") -> ParticipantLine:
    return ParticipantLine(
        name=name, organization=org, sector="ngo", role="participant", position="Üye <x>",
        invitation="confirmed", attendance=attendance, email="a&b@örnek.org", phone="+90\x1f 1",
    )  # fmt: skip


def _hostile_minutes() -> MinutesData:
    header = _header()
    item = AgendaLine(
        id=1, position=1, title="Gündem <maddesi> & 1", kind="discussion", planned_minutes=30,
        planned_start=header.planned_start,
        planned_end=header.planned_start + timedelta(minutes=30),
        actual_start=None, actual_end=None, presenter=HOSTILE_NAME, goal="Amaç\x0c",
    )  # fmt: skip
    decision = DecisionLine(
        label="2/1", title=HOSTILE_TITLE, text="Öneri & <metin>", agenda_item=item.title,
        method="consent", voice="person",
        rounds=(RoundLine(1, "consent", "person", (("no_objection", 3), ("objection", 1)),
                          ((HOSTILE_NAME, "objection", "Gerekçe <b>\x02"),)),),
        outcome="agreed", statement="Sonuç & <metin>", override_reason="",
        review_date=date(2026, 9, 30),
    )  # fmt: skip
    commitment = CommitmentLine(
        title="Taahhüt <&>", organization=HOSTILE_ORG, person=HOSTILE_NAME,
        contribution_type="financial", quantity=Decimal("1500.5"), unit="TRY", phase_id=None,
        phase="", start_date=None, due_date=date(2026, 12, 31), status="committed", absent=True,
    )  # fmt: skip
    return MinutesData(
        workshop=header,
        participants=(
            _participant(HOSTILE_NAME, HOSTILE_ORG),
            _participant("Ümit Çağlar", ""),
            _participant("Gelmeyen <Kişi>", HOSTILE_ORG, "absent"),
        ),
        agenda=(item,),
        notes=(
            NoteLine(1, "point", HOSTILE_NOTE, HOSTILE_NAME, header.planned_start),
            NoteLine(None, "concern", "Kaygı & <endişe>", "", header.planned_start),
        ),
        decisions=(decision,),
        commitments=(commitment,),
        next_workshop=None,
    )


def test_hostile_text_is_kept_readable_in_every_word_document(tmp_path):
    minutes = _hostile_minutes()
    disclaimer = "Destek <AB> & “fon”\x00\nikinci satır"
    options = RenderOptions(branding=Branding(disclaimer=disclaimer))
    stamp = VersionStamp(1, False, datetime(2026, 3, 15, 9, tzinfo=UTC))
    write_minutes_docx(tmp_path / "tutanak.docx", minutes, options, stamp)
    handout = AgendaData(minutes.workshop, minutes.agenda)
    write_agenda_docx(tmp_path / "gündem.docx", handout, options)
    sheet = AttendanceData(minutes.workshop, minutes.participants[:2])
    write_attendance_docx(tmp_path / "liste.docx", sheet, options)

    doc = open_docx(tmp_path / "tutanak.docx")
    text = words(body_text(doc))
    for shown in (
        HOSTILE_NAME_SHOWN, HOSTILE_ORG_SHOWN, "Çay ocağı <script>alert('ı')</script> &nbsp;",
        "ikinci satır", "Karar 2/1 — Karar <i>önerisi</i> & ]]> <![CDATA[x]]>",
        "Çalıştay <&> “İzmir”", "Gerekçe <b>", "Taahhüt <&>", "Gelmeyen <Kişi>",
        "Kaygı & <endişe>", "a&b@örnek.org", DocumentLabels("tr").quantity(1500.5, "TRY"),
    ):  # fmt: skip
        assert shown in text, shown
    assert "\x00" not in text and "\x07" not in text and "\ufffe" not in text
    assert f"{HOSTILE_NAME_SHOWN} *" in text  # in the name of someone not present
    assert "* Toplantıda bulunmayan kişi adına" in text
    assert headings(doc, 1)[0] == "Katılımcılar"
    assert "Çalıştay <&> “İzmir”" in header_text(doc)
    assert "Destek <AB> & “fon”\nikinci satır" in footer_text(doc)  # its line break kept
    for name in ("gündem.docx", "liste.docx"):
        other = open_docx(tmp_path / name)
        assert HOSTILE_NAME_SHOWN in words(body_text(other))
        assert "Çalıştay <&> “İzmir”" in body_text(other)


def test_the_agenda_handout_in_word_has_the_timed_agenda(demo, tmp_path):
    workshop = demo.titles[WORKSHOP_5]
    path = tmp_path / "Gündem.DOCX"  # any case of the ending
    result = export_document(demo.store, "agenda", workshop, path, RenderOptions(language="en"))
    assert result.pages is None and result.path == path
    doc = open_docx(path)
    agenda = data.agenda_data(demo.store, workshop).agenda
    table = next(t for t in doc.tables if repeats_header(t))
    assert first_row(table) == ["Time", "Item", "Type", "Presenter", "Duration"]
    assert len(table.rows) == len(agenda) + 1
    for row, item in zip(table.rows[1:], agenda, strict=True):
        assert row.cells[1].text.startswith(item.title)
        assert row.cells[4].text == f"{item.planned_minutes} min"
    assert headings(doc, 1) == ["Agenda items"]
    assert doc.core_properties.language == "en-GB"
    assert "TASLAK" not in header_text(doc) and "DRAFT" not in header_text(doc)


def test_the_attendance_sheet_in_word_lists_every_attendee_then_blank_rows(demo, tmp_path):
    workshop = demo.titles[WORKSHOP_5]
    path = tmp_path / "liste.docx"
    options = RenderOptions(language="tr", landscape=True)
    export_document(demo.store, "attendance", workshop, path, options)
    doc = open_docx(path)
    attendees = data.attendance_data(demo.store, workshop).attendees
    (table,) = doc.tables
    assert repeats_header(table)
    assert first_row(table) == ["No", "Ad soyad", "Kurum", "Görev", "İmza"]
    names = [row.cells[1].text for row in table.rows[1:]]
    blanks = len(names) - len(attendees)
    assert blanks >= 3  # the PDF's blank rows (filling its last page), less Word's margin
    assert names == [p.name for p in attendees] + [""] * blanks
    numbers = [row.cells[0].text for row in table.rows[1:]]
    assert numbers == [str(n) for n in range(1, len(names) + 1)]
    section = doc.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    # Every row is tall enough to sign in.
    heights = [row._tr.trPr.find(qn("w:trHeight")) for row in table.rows[1:]]
    assert all(h is not None and int(h.get(qn("w:val"))) >= 400 for h in heights)


def _logo(path, size, colour):
    Image.new("RGB", size, colour).save(path)
    return str(path)


def test_the_branding_logos_and_disclaimer_are_in_the_header_and_footer(demo, tmp_path):
    branding = Branding(
        organization_logo=_logo(tmp_path / "kurum logosu.png", (240, 80), (20, 90, 160)),
        funder_logo=_logo(tmp_path / "fon.jpg", (300, 100), (200, 160, 0)),
        disclaimer="Bu yayın AB desteğiyle hazırlanmıştır.",
        accent="#8b1f3a",
    )
    path = tmp_path / "tutanak.docx"
    export_document(
        demo.store, "minutes", demo.titles[WORKSHOP_5], path, RenderOptions(branding=branding)
    )
    doc = open_docx(path)
    header = doc.sections[0].header
    pictures = header._element.findall(".//" + qn("pic:pic"))
    assert len(pictures) == 2
    assert "Bu yayın AB desteğiyle hazırlanmıştır." in footer_text(doc)
    assert str(doc.styles["Heading 1"].font.color.rgb) == "8B1F3A"

    bad = tmp_path / "logo.png"
    bad.write_text("bu bir resim değil", encoding="utf-8")
    target = tmp_path / "yok.docx"
    with pytest.raises(ValidationError, match=r"logo\.png"):
        export_document(
            demo.store, "agenda", demo.titles[WORKSHOP_5], target,
            RenderOptions(branding=Branding(organization_logo=str(bad))),
        )  # fmt: skip
    assert not target.exists()


def test_a_failed_write_leaves_the_earlier_file_as_it_was(demo, tmp_path, monkeypatch):
    import docx.document

    folder = tmp_path / "belgeler"
    folder.mkdir()
    path = folder / "gündem.docx"
    path.write_bytes(b"the earlier file")

    def disk_full(self, stream):
        stream.write(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", disk_full)
    with pytest.raises(DocumentError, match="No space left on device"):
        export_document(demo.store, "agenda", demo.titles[WORKSHOP_5], path, RenderOptions())
    assert path.read_bytes() == b"the earlier file"
    assert [p.name for p in folder.iterdir()] == ["gündem.docx"]  # no half file beside it


@pytest.mark.slow
def test_libreoffice_opens_the_three_word_documents_and_prints_the_same_names(demo, tmp_path):
    workshop = demo.titles[WORKSHOP_5]
    branding = Branding(
        organization_logo=_logo(tmp_path / "logo.png", (240, 80), (20, 90, 160)),
        disclaimer="Bu yayın AB desteğiyle hazırlanmıştır.",
    )
    options = RenderOptions(branding=branding)
    files = [tmp_path / f"{what}.docx" for what in ("minutes", "agenda", "attendance")]
    for path in files:
        export_document(demo.store, path.stem, workshop, path, options)
    result = convert_to_pdf(files, tmp_path)
    assert result.returncode == 0, result.stderr
    texts = {path.stem: pdftotext(tmp_path / f"{path.stem}.pdf") for path in files}

    minutes = data.minutes_data(demo.store, workshop)
    pages = [words(page) for page in texts["minutes"].split("\f") if page.strip()]
    assert len(pages) > 1
    for page in pages:  # the draft's mark and the footer on every page
        assert "TASLAK" in page and "Taslak v1 ·" in page
    every = " ".join(pages)
    for person in minutes.participants:
        assert person.name in every
    for decision in minutes.decisions:
        assert f"Karar {decision.label}" in every
    assert "Bu yayın AB desteğiyle hazırlanmıştır." in every
    assert f"Sayfa {len(pages)} / {len(pages)}" in pages[-1]  # Word's page fields, updated
    # The approval is never alone on the last page: the next workshop keeps with it.
    assert "Onay" in pages[-1] and "Bir sonraki çalıştay" in pages[-1]

    agenda = words(texts["agenda"])
    for item in data.agenda_data(demo.store, workshop).agenda:
        assert item.title in agenda
    sheet = words(texts["attendance"])
    for person in data.attendance_data(demo.store, workshop).attendees:
        assert person.name in sheet


@pytest.mark.slow
def test_the_word_sheet_fills_the_pages_the_pdf_fills_and_no_page_only_with_blank_rows(
    demo, tmp_path
):
    """Word lays out its own pages: the sheet has as many pages as the PDF, and its last
    page still holds names (a few blank rows never spill onto a page of their own)."""
    branding = Branding(
        organization_logo=_logo(tmp_path / "logo.png", (240, 80), (20, 90, 160)),
        funder_logo=_logo(tmp_path / "amblem.png", (90, 60), (0, 51, 153)),
        disclaimer="Bu yayın AB desteğiyle hazırlanmıştır.\nİçerik yazarların sorumluluğundadır.",
        funded_by="Avrupa Birliği tarafından finanse edilmektedir",
        project_reference="Proje No: 2024-1-TR01",
        consent="6698 sayılı KVKK kapsamında adınız ve imzanız yalnızca katılımın "
        "belgelenmesi amacıyla işlenir.",
    )
    cases = {
        "w5-portrait": (demo.workshop(5), RenderOptions(branding=branding)),
        "w6-landscape": (demo.workshop(6), RenderOptions(branding=branding, landscape=True)),
        "w6-portrait": (demo.workshop(6), RenderOptions()),
    }
    files = []
    for name, (workshop, options) in cases.items():
        export_document(demo.store, "attendance", workshop, tmp_path / f"{name}.pdf", options)
        export_document(demo.store, "attendance", workshop, tmp_path / f"{name}.docx", options)
        files.append(tmp_path / f"{name}.docx")
    converted = tmp_path / "word"
    converted.mkdir()
    result = convert_to_pdf(files, converted)
    assert result.returncode == 0, result.stderr
    for name, (workshop, _options) in cases.items():
        printed = [p for p in pdftotext(tmp_path / f"{name}.pdf").split("\f") if p.strip()]
        pages = [p for p in pdftotext(converted / f"{name}.pdf").split("\f") if p.strip()]
        assert len(pages) == len(printed), name
        names = [p.name for p in data.attendance_data(demo.store, workshop).attendees]
        assert any(person in words(pages[-1]) for person in names), name
