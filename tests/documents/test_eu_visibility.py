"""Documents for an EU-funded project: the funder's emblem with its "funded by" statement
and the project reference at the top of every page, each in the document's language, and
the attendance sheet EU reporting asks for: the columns chosen, e-mail only where the
attendee consented, gender and photo consent filled in by each attendee, and the
personal-data text (KVKK / GDPR) above the signatures."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PIL import Image

from facilitator.documents.attendance import DEFAULT_COLUMNS, row_cells, sheet_columns
from facilitator.documents.exports import export_document
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import Branding, RenderOptions
from facilitator.errors import ValidationError
from facilitator.services import directory
from facilitator.services import document_data as data
from tests.documents.docx_text import body_text as docx_body
from tests.documents.docx_text import first_row, header_text, open_docx
from tests.documents.pdf_text import page_texts, squeeze

FUNDED_TR = "Avrupa Birliği tarafından finanse edilmektedir"
FUNDED_EN = "Funded by the European Union"
REFERENCE = "Proje No: 2024-1-TR01-KA220-ADU-000123456"
CONSENT_TR = (
    "6698 sayılı KVKK kapsamında adınız, kurumunuz ve imzanız yalnızca katılımın "
    "belgelenmesi amacıyla işlenir.\nFotoğraf izni vermeyenlerin görüntüsü yayımlanmaz."
)
CONSENT_EN = "Under the GDPR your name and signature are processed only to document attendance."
EVERY_COLUMN = ("name", "organization", "position", "email", "gender", "photo", "signature")


@pytest.fixture
def emblem(tmp_path) -> str:
    path = tmp_path / "emblem.png"
    Image.new("RGB", (60, 40), (0, 51, 153)).save(path)
    return str(path)


@pytest.fixture
def eu(emblem) -> Branding:
    return Branding(
        funder_logo=emblem,
        funded_by=FUNDED_TR,
        funded_by_en=FUNDED_EN,
        project_reference=REFERENCE,
        consent=CONSENT_TR,
        consent_en=CONSENT_EN,
    )


def has(text: str, phrase: str) -> bool:
    """Whether ``phrase`` is in ``text``, compared without white space (as PDFs read back)."""
    return squeeze(phrase) in squeeze(text)


def held(demo) -> int:
    return demo.workshop(1)


def test_every_page_names_the_funding_and_the_project_in_the_documents_language(demo, eu, tmp_path):
    for language, statement, other in (("tr", FUNDED_TR, FUNDED_EN), ("en", FUNDED_EN, FUNDED_TR)):
        options = RenderOptions(language=language, branding=eu)
        for what in ("minutes", "agenda", "attendance", "roadmap"):
            path = tmp_path / f"{what}-{language}.pdf"
            export_document(demo.store, what, held(demo), path, options)
            pages = page_texts(path)
            for number, page in enumerate(pages, start=1):
                assert has(page, statement), (what, language, number)
                assert has(page, REFERENCE), (what, language, number)
                assert not has(page, other), (what, language, number)
            # The statement stands at the top of the first page, before the reference.
            first = squeeze(pages[0])
            assert first.index(squeeze(statement)) < first.index(squeeze(REFERENCE))


def test_the_word_documents_carry_the_statement_and_reference_in_their_header(demo, eu, tmp_path):
    for language, statement in (("tr", FUNDED_TR), ("en", FUNDED_EN)):
        options = RenderOptions(language=language, branding=eu)
        for what in ("minutes", "agenda", "attendance"):
            path = tmp_path / f"{what}-{language}.docx"
            export_document(demo.store, what, held(demo), path, options)
            header = header_text(open_docx(path))
            assert statement in header and REFERENCE in header, (what, language)


def test_without_a_statement_nothing_is_printed_in_its_place(demo, tmp_path):
    path = tmp_path / "plain.pdf"
    export_document(demo.store, "minutes", held(demo), path, RenderOptions())
    text = page_texts(path)[0]
    assert not has(text, FUNDED_TR) and not has(text, "Proje No")


def test_the_sheet_prints_the_columns_chosen_and_the_consent_text_above_them(demo, eu, tmp_path):
    workshop = held(demo)
    sheet = data.attendance_data(demo.store, workshop)
    consented = [p for p in sheet.attendees if p.email]
    assert consented, "the demo has attendees who share their e-mail"
    options = RenderOptions(language="tr", branding=eu, columns=EVERY_COLUMN)
    path = tmp_path / "sheet.pdf"
    export_document(demo.store, "attendance", workshop, path, options)
    page = page_texts(path)[0]
    for header in ("Kurum", "Görev", "E-posta", "Cinsiyet", "Fotoğraf kullanım izni", "İmza"):
        assert has(page, header)
    assert has(page, "☐ Evet") and has(page, "☐ Hayır")
    first = squeeze(page)
    consent_at = first.index(squeeze("Kişisel verilerin korunması"))
    name_at = first.index(squeeze("Ad soyad"))
    assert consent_at < name_at < first.index(squeeze(sheet.attendees[0].name))
    assert has(page, CONSENT_TR.split("\n")[1])
    lines = [line.strip() for text in page_texts(path) for line in text.splitlines()]
    labels = DocumentLabels("tr")
    # Every address is printed whole, or broken before its "@" or after a dot: never
    # inside a word.
    for person in consented:
        (cell,) = row_cells(("email",), person, labels, 60)
        pieces = cell.split("\n")
        assert "".join(pieces) == person.email
        for before, after in pairwise(pieces):
            assert before.endswith(".") or after.startswith("@"), cell
        assert all(any(piece in line for line in lines) for piece in pieces), cell

    # Name, institution, signature only: no e-mail, no consent text in English's place.
    options = RenderOptions(language="en", branding=eu, columns=("organization", "signature"))
    path = tmp_path / "short.pdf"
    export_document(demo.store, "attendance", workshop, path, options)
    page = page_texts(path)[0]
    assert has(page, "Organization") and has(page, "Signature")
    assert not has(page, "E-mail") and not has(page, "Position") and not has(page, "Photos")
    assert not has(page, consented[0].email.split("@")[0])
    assert has(page, CONSENT_EN) and not has(page, "KVKK")


def test_an_email_is_printed_only_for_those_who_agreed_to_share_it(demo, tmp_path):
    workshop = held(demo)
    sheet = data.attendance_data(demo.store, workshop)
    people = {p.full_name: p for p in directory.list_people(demo.store)}
    withheld = [people[p.name] for p in sheet.attendees if p.name in people and not p.email]
    shared = [p for p in sheet.attendees if p.email]
    assert shared
    options = RenderOptions(columns=("email",))
    path = tmp_path / "sheet.docx"
    export_document(demo.store, "attendance", workshop, path, options)
    text = docx_body(open_docx(path))
    for line in shared:
        assert line.email.split("@")[0] in text
    for person in withheld:
        if person.email:  # known to the directory, but not to be printed
            assert person.email.split("@")[0] not in text, person.full_name


def test_the_word_sheet_has_the_same_columns_and_consent_text(demo, eu, tmp_path):
    options = RenderOptions(language="tr", branding=eu, columns=EVERY_COLUMN)
    path = tmp_path / "sheet.docx"
    export_document(demo.store, "attendance", held(demo), path, options)
    doc = open_docx(path)
    table = doc.tables[-1]
    assert first_row(table) == [
        "No",
        "Ad soyad",
        "Kurum",
        "Görev",
        "E-posta",
        "Cinsiyet (K / E / diğer)",
        "Fotoğraf kullanım izni",
        "İmza",
    ]
    text = docx_body(doc)
    assert text.index("Kişisel verilerin korunması") < text.index("Ad soyad")
    assert "Fotoğraf izni vermeyenlerin görüntüsü yayımlanmaz." in text


def test_columns_are_checked_and_printed_in_one_order():
    assert sheet_columns(None) == DEFAULT_COLUMNS
    assert sheet_columns(["signature", "Email ", "organization"]) == (
        "name",
        "organization",
        "email",
        "signature",
    )
    with pytest.raises(ValidationError, match="“telefon”"):
        sheet_columns(["name", "telefon"])


def test_long_statements_stay_in_the_header_beside_a_wide_emblem(demo, tmp_path):
    from pypdf import PdfReader

    wide = tmp_path / "wide.png"
    Image.new("RGB", (400, 60), (0, 51, 153)).save(wide)
    statement = (
        "Bu proje Avrupa Birliği ve Türkiye Cumhuriyeti tarafından ortaklaşa finanse "
        "edilmektedir; içerik yalnızca yürütücü kurumun sorumluluğundadır"
    )
    branding = Branding(
        organization_logo=str(wide),
        funder_logo=str(wide),
        funded_by=statement,
        project_reference=REFERENCE,
    )
    path = tmp_path / "wide.pdf"
    export_document(demo.store, "minutes", held(demo), path, RenderOptions(branding=branding))
    page = PdfReader(str(path)).pages[0]
    height = float(page.mediabox.height)
    mm = 72 / 25.4
    placed: list[tuple[str, float, float]] = []

    def visit(text, _cm, tm, _font, _size):
        if text.strip():
            placed.append((text.strip(), tm[4], tm[5]))

    page.extract_text(visitor_text=visit)
    funding = [p for p in placed if p[0] in statement or p[0] == REFERENCE]
    assert " ".join(p[0] for p in funding if p[0] != REFERENCE).startswith("Bu proje")
    assert any(p[0] == REFERENCE for p in funding)
    # Wrapped right of the organization's logo (16 mm margin, 50 mm logo), above the
    # header's rule (27 mm down from the top of the page), never over the logos.
    for text, x, y in funding:
        assert x >= (16 + 50) * mm, text
        assert y >= height - 25 * mm, text
