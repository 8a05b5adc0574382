"""Page craft, read page by page as a recipient reads the PDFs: every document of the demo
and of a large workshop (150 people in 30 organizations, 1,500 notes, 40 decisions), in
Turkish and English, with and without branding.

The approval block never stands alone on the last page; each decision's heading and its
review date share a page; a page the participants continue on names the organization of
its first row; no page of the sign-in sheet holds only blank rows, and its last page is
filled with them; no page ends with a heading.

Each document is rendered once for the module and read back with poppler's
``pdftohtml -xml`` (text, position, bold), which reads 80 pages in a fraction of a second.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from facilitator.documents.agenda import write_agenda
from facilitator.documents.attendance import WALK_IN_ROWS, write_attendance
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.minutes import write_minutes
from facilitator.documents.roadmap import write_roadmap
from facilitator.documents.styles import make_styles
from facilitator.documents.template import Branding, DocumentTemplate, RenderOptions
from facilitator.services import document_data as data
from facilitator.services import listing
from facilitator.store import Store
from tests.conftest import demo_database
from tests.documents.large_workshop import large_workshop

pytestmark = pytest.mark.slow

WRITERS = {
    "minutes": write_minutes,
    "agenda": write_agenda,
    "attendance": write_attendance,
    "roadmap": write_roadmap,
}
APPROVAL = {"tr": "Onay", "en": "Approval"}
REVIEW_DATE = {"tr": "Gözden geçirme tarihi", "en": "Review date"}
NAME = {"tr": "Ad soyad", "en": "Name"}
CONTINUED = {"tr": "(devam)", "en": "(continued)"}
DECISION = re.compile(r"^(Karar|Decision) \d+/\d+")
# Held workshops of the demo whose minutes are read: the branded ones of workshops 4 and 5
# once left the approval alone on the last page; then the EU project's advisory board.
DEMO_MINUTES = ("w4", "w5", "advisory")
ADVISORY = "Danışma Kurulu toplantısı"
ZOOM = 2  # pdftohtml's scale: sizes to half a point


@dataclass(frozen=True)
class Piece:
    """A run of text in a page's body: where it is drawn (points from the page's top
    left) and whether it is bold throughout."""

    y: float  # the middle of its line
    x: float
    text: str
    bold: bool
    size: float
    opens_bold: bool = False  # its first words are bold ("<b>Kurum</b> (devam)")


@dataclass
class Rendered:
    path: Path
    pages: list[list[Piece]]  # body text only (no header, footer, disclaimer), top down
    value: object  # the data rendered
    options: RenderOptions


def _frame(options: RenderOptions):
    """The page template a document of ``options`` is laid out in."""
    return DocumentTemplate(
        BytesIO(),
        labels=DocumentLabels(options.language),
        styles=make_styles(),
        branding=options.branding,
        title="",
        subject="",
        author="",
        is_landscape=options.landscape,
    )


def body_pieces(path: Path, options: RenderOptions) -> list[list[Piece]]:
    """Each page's body text, top down and left to right: what lies between the running
    header and the footer (with its disclaimer) of the page template."""
    frame = _frame(options)
    top, bottom = frame.topMargin - 2, frame.pagesize[1] - frame.bottomMargin + 2
    xml = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-q", "-stdout", "-zoom", str(ZOOM), str(path)],
        capture_output=True,
        check=True,
    ).stdout
    root = ET.fromstring(xml)
    pages = []
    sizes: dict[str, float] = {}  # a font is declared on the first page that uses it
    for page in root.iter("page"):
        sizes.update({f.get("id"): float(f.get("size")) / ZOOM for f in page.iter("fontspec")})
        found = []
        for element in page.iter("text"):
            text = "".join(element.itertext()).strip()
            middle = (float(element.get("top")) + float(element.get("height")) / 2) / ZOOM
            if not text or not top < middle < bottom:
                continue
            bold = "".join("".join(b.itertext()) for b in element.iter("b")).strip() == text
            opens = not (element.text or "").strip() and len(element) and element[0].tag == "b"
            x = float(element.get("left")) / ZOOM
            size = sizes.get(element.get("font"), 0)
            found.append(Piece(middle, x, text, bold, size, bold or bool(opens)))
        pages.append(sorted(found, key=lambda p: (p.y, p.x)))
    return pages


def lines(page: list[Piece]) -> list[list[Piece]]:
    """The pieces of a page grouped in lines (a table's row of cells is one line)."""
    grouped: list[list[Piece]] = []
    for piece in page:
        if grouped and abs(grouped[-1][0].y - piece.y) < 3:
            grouped[-1].append(piece)
        else:
            grouped.append([piece])
    return [sorted(line, key=lambda p: p.x) for line in grouped]


def is_heading(line: list[Piece]) -> bool:
    """A line in a heading's type: bold throughout, 9.5 points or more."""
    return all(p.bold and p.size >= 9.5 for p in line)


def said(line: list[Piece]) -> str:
    return " ".join(p.text for p in line)


class Documents:
    """The documents of the demo and of the large workshop, each rendered when first asked
    for and kept for the module."""

    def __init__(self, folder: Path):
        self.folder = folder
        store = Store.open(demo_database(folder / "demo.db"))
        try:
            listed = listing.list_workshops(store)
            main = next(w.series_id for w in listed if w.number == 6)
            ids = {f"w{w.number}": w.id for w in listed if w.series_id == main}
            ids["advisory"] = next(w.id for w in listed if w.title == ADVISORY)
            series = {
                "main": main,
                "eu": next(w.series_id for w in listed if w.id == ids["advisory"]),
            }
            self.demo = {
                ("minutes", key): data.minutes_data(store, ids[key]) for key in DEMO_MINUTES
            }
            for key in ("w5", "w6", "advisory"):
                self.demo["agenda", key] = data.agenda_data(store, ids[key])
                self.demo["attendance", key] = data.attendance_data(store, ids[key])
            for key, series_id in series.items():
                self.demo["roadmap", key] = data.roadmap_data(store, series_id)
        finally:
            store.close()
        self.large = large_workshop(organizations=30)
        logo = folder / "logo.png"
        Image.new("RGB", (240, 80), (20, 90, 160)).save(logo)
        self.branding = Branding(
            organization_logo=str(logo),
            funder_logo=str(logo),
            disclaimer="Bu yayın Avrupa Birliği'nin mali desteği ile hazırlanmıştır.\n"
            "İçeriğin sorumluluğu yalnızca Kent Gönüllüleri Derneği'ne aittir.",
            disclaimer_en="Funded by the European Union.\n"
            "Views and opinions expressed are those of the author(s) only.",
            funded_by="Avrupa Birliği tarafından finanse edilmektedir",
            funded_by_en="Funded by the European Union",
            project_reference="Proje No: 2024-1-TR01-KA220-ADU-000123456",
            consent="6698 sayılı KVKK kapsamında adınız, kurumunuz ve imzanız yalnızca bu "
            "toplantıya katılımın belgelenmesi ve fon sağlayıcıya raporlanması amacıyla "
            "işlenir; üçüncü kişilerle paylaşılmaz.\nFotoğraf izni vermeyenlerin görüntüsü "
            "yayımlanmaz.",
            consent_en="Under the GDPR your name, organization and signature are processed "
            "only to document attendance and report to the funder.",
        )
        self._done: dict[tuple, Rendered] = {}

    def render(self, document: str, source, lang: str, branded: bool, landscape=False):
        key = (document, source, lang, branded, landscape)
        if key not in self._done:
            value = getattr(self.large, document) if source == "large" else self.demo[source]
            name = "-".join(
                str(k) for part in key for k in (part if isinstance(part, tuple) else (part,))
            )
            path = self.folder / f"{name}.pdf"
            branding = self.branding if branded else Branding()
            options = RenderOptions(language=lang, branding=branding, landscape=landscape)
            WRITERS[document](path, value, options)
            self._done[key] = Rendered(path, body_pieces(path, options), value, options)
        return self._done[key]


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> Documents:
    return Documents(tmp_path_factory.mktemp("page-craft"))


def _id(value) -> str:
    if isinstance(value, tuple):
        return "-".join(map(str, value))
    return {True: "branded", False: "plain"}.get(value, str(value))


# -- what every page must show ------------------------------------------------------------


def no_page_ends_with_a_heading(rendered: Rendered) -> None:
    for n, page in enumerate(rendered.pages):
        last = lines(page)[-1]
        assert not is_heading(last), f"page {n + 1} of {rendered.path.name} ends with {said(last)}"


def approval_has_company(rendered: Rendered) -> None:
    """The approval block's page holds other content above it."""
    lang = rendered.options.language
    page = rendered.pages[-1]
    approval = [p for p in page if p.text == APPROVAL[lang] and p.bold]
    assert approval, f"the approval is not on the last page of {rendered.path.name}"
    assert [p for p in page if p.y < approval[0].y], (
        f"the approval stands alone on the last page of {rendered.path.name}"
    )


def decisions_with_their_review_dates(rendered: Rendered) -> None:
    """Each decision's heading ("Karar 5/3 — …") is on the page of its review date."""
    review = REVIEW_DATE[rendered.options.language]
    dated = {d.label for d in rendered.value.decisions if d.review_date is not None}
    reading = [
        (n, line)
        for n, page in enumerate(rendered.pages)
        for line in lines(page)
        if (DECISION.match(line[0].text) and is_heading(line)) or line[0].text.startswith(review)
    ]
    seen = set()
    for k, (page, line) in enumerate(reading):
        if not DECISION.match(line[0].text):
            continue
        label = line[0].text.split()[1]
        seen.add(label)
        if label in dated:
            # its review date: the first one after its heading (no other decision between)
            page_of_date, after = reading[k + 1]
            assert after[0].text.startswith(review), f"no review date after {said(line)}"
            assert page_of_date == page, (
                f"{said(line)} on page {page + 1}, its review date on page {page_of_date + 1}"
            )
    assert dated <= seen


def participants_named_on_every_page(rendered: Rendered) -> int:
    """A page the participants' table continues on opens with an organization's row: the
    organization of the person in the first row under it. Returns how many pages say
    "(devam)"."""
    lang = rendered.options.language
    organization_of = {p.name: p.organization for p in rendered.value.participants}
    continued = 0
    for n, page in enumerate(rendered.pages[1:], start=2):
        rows = lines(page)
        if not rows or rows[0][0].text != NAME[lang]:
            continue  # the participants do not run on to this page
        opening, person = rows[1], rows[2]
        assert opening[0].opens_bold, f"page {n} of {rendered.path.name} starts with {said(person)}"
        first = next(name for name in organization_of if name.startswith(person[0].text))
        assert said(opening).startswith(organization_of[first]), (said(opening), first)
        continued += CONTINUED[lang] in said(opening)
    return continued


# -- the documents ----------------------------------------------------------------------------

MINUTES = [("large", "tr", True), ("large", "en", False)] + [
    (("minutes", key), lang, branded)
    for key in DEMO_MINUTES
    for lang in ("tr", "en")
    for branded in (False, True)
]


@pytest.mark.parametrize(("source", "lang", "branded"), MINUTES, ids=_id)
def test_minutes_read_page_by_page(documents, source, lang, branded):
    rendered = documents.render("minutes", source, lang, branded)
    approval_has_company(rendered)
    decisions_with_their_review_dates(rendered)
    continued = participants_named_on_every_page(rendered)
    if source == "large":
        assert continued  # 135 people fill pages: some organization runs on to the next
    no_page_ends_with_a_heading(rendered)


ATTENDANCE = [
    (source, lang, branded, landscape)
    for source, lang, branded in [
        ("large", "tr", True),
        ("large", "en", False),
        (("attendance", "w6"), "tr", False),
        (("attendance", "w6"), "en", True),
        (("attendance", "advisory"), "tr", True),
    ]
    for landscape in (False, True)
]


@pytest.mark.parametrize(("source", "lang", "branded", "landscape"), ATTENDANCE, ids=_id)
def test_the_sign_in_sheet_fills_its_last_page_and_no_page_only_with_blank_rows(
    documents, source, lang, branded, landscape
):
    rendered = documents.render("attendance", source, lang, branded, landscape)
    names = {p.name for p in rendered.value.attendees}
    for n, page in enumerate(rendered.pages):
        assert {p.text for p in page} & names, f"page {n + 1} holds only blank rows"
    numbers = [int(p.text) for p in rendered.pages[-1] if p.text.isdigit()]
    # Blank rows for walk-ins: at least three, and to the page's foot.
    assert max(numbers) >= len(names) + min(3, (WALK_IN_ROWS + 1) // 2)
    # The blank rows run to the foot of the last page: no room for another one is left
    # (a row is 23 points high; the number sits in its middle).
    frame = _frame(rendered.options)
    foot = frame.pagesize[1] - frame.bottomMargin
    assert foot - max(p.y for p in rendered.pages[-1]) < 23 + 12
    no_page_ends_with_a_heading(rendered)


OTHERS = [
    (document, "large", lang, branded)
    for document in ("agenda", "roadmap")
    for lang, branded in (("tr", True), ("en", False))
] + [
    (key[0], key, lang, branded)
    for key in [("agenda", "w5"), ("agenda", "advisory"), ("roadmap", "main"), ("roadmap", "eu")]
    for lang in ("tr", "en")
    for branded in (False, True)
]


@pytest.mark.parametrize(("document", "source", "lang", "branded"), OTHERS, ids=_id)
def test_agenda_and_roadmap_read_page_by_page(documents, document, source, lang, branded):
    rendered = documents.render(document, source, lang, branded)
    no_page_ends_with_a_heading(rendered)
    if document == "roadmap":
        phases_with_their_commitments(rendered)


def phases_with_their_commitments(rendered: Rendered) -> None:
    """A phase's heading (and description) is on the page of its first commitments, or of
    the line saying it has none: never alone at a page's foot."""
    lang = rendered.options.language
    starts = {"tr": ("Kurum", "Taahhüt verilmedi."), "en": ("Organization", "No commitments")}
    described = {" ".join(p.description.split()) for p in rendered.value.phases}
    titles = {p.title for p in rendered.value.phases}
    found = 0
    for n, page in enumerate(rendered.pages):
        rows = lines(page)
        for k, row in enumerate(rows):
            if not (is_heading(row) and any(said(row).startswith(t) for t in titles)):
                continue
            found += 1
            after = [r for r in rows[k + 1 :] if not any(said(r) in d for d in described)]
            assert after and after[0][0].text.startswith(starts[lang]), (
                f"page {n + 1}: the phase {said(row)} is not followed by its commitments"
            )
    assert found == len(titles)


def test_the_agenda_handout_names_every_column_and_says_agenda_once(documents):
    for lang, (agenda, kind) in (("tr", ("Gündem", "Tür")), ("en", ("Agenda", "Type"))):
        rendered = documents.render("agenda", ("agenda", "w5"), lang, False)
        texts = [said(line) for page in rendered.pages for line in lines(page)]
        assert texts.count(agenda) == 1, texts
        header = next(
            line
            for line in lines(rendered.pages[0])
            if any(p.text in ("Madde", "Item") for p in line)
        )
        assert kind in [p.text for p in header]


def test_an_advisory_board_meeting_is_not_called_a_workshop(documents):
    """The EU project's advisory board meeting is the first of its series, yet not
    "1. çalıştay"; the training after it is not "2. çalıştay", and the minutes call it the
    next meeting, not the next workshop. Workshop 5 of the main series still is one."""
    words = {
        "tr": ("1. çalıştay", "2. çalıştay", "Bir sonraki toplantı", "5. çalıştay"),
        "en": ("Workshop 1", "Workshop 2", "Next meeting", "Workshop 5"),
    }
    for lang, (first, second, next_meeting, fifth) in words.items():
        text = ""
        for document in ("minutes", "agenda", "attendance"):
            rendered = documents.render(document, (document, "advisory"), lang, False)
            text += " ".join(p.text for page in rendered.pages for p in page) + " "
        assert ADVISORY in text
        assert first not in text and second not in text
        assert next_meeting in text
        main = documents.render("minutes", ("minutes", "w5"), lang, False)
        assert fifth in " ".join(p.text for page in main.pages for p in page)


def test_wrapped_notes_hang_under_their_text_and_names_stay_whole(documents, tmp_path):
    minutes = documents.demo["minutes", "w5"]
    speaker = "Prof. Dr. Rüya Küçükosmanoğlu"
    long = "Gönüllü eşleştirme programının ilk yılı Bursa ile sınırlı tutulmalı; " * 3
    notes = tuple(
        dataclasses.replace(note, text=long + "x" * n, speaker=speaker)
        for n, note in enumerate(minutes.notes[:12])
    )
    path = tmp_path / "notlar.pdf"
    options = RenderOptions(language="tr")
    write_minutes(path, dataclasses.replace(minutes, notes=notes), options)
    bullets = wrapped = 0
    notes_seen = False
    for page in body_pieces(path, options):
        rows = lines(page)
        for k, row in enumerate(rows):
            notes_seen = notes_seen or said(row) == "Görüşmeler"
            if not notes_seen:
                continue
            # A speaker's name is on one line: never "Prof. Dr. Rüya" / "Küçükosmanoğlu".
            if "Küçükosmanoğlu" in said(row) or "Rüya" in said(row):
                assert speaker in " ".join(said(row).split()), said(row)
            if row[0].text.startswith("•") and k + 1 < len(rows):
                bullets += 1
                follower = rows[k + 1]
                if (
                    not follower[0].text.startswith("•")
                    and follower[0].size == row[-1].size
                    and follower[0].y - row[0].y < 14  # the next line of the same note
                ):
                    # A wrapped line starts under the note's text, right of the bullet.
                    assert follower[0].x > row[0].x + 5, (said(row), said(follower))
                    wrapped += 1
    assert bullets >= len(notes) and wrapped >= len(notes)


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_a_short_sheet_ends_on_its_names_page_when_a_few_blank_rows_fit(documents, lang):
    """Eight people on a landscape page in every column, under the consent text: not six
    of them, an empty half page, and the other two on a second page of blank rows."""
    every = ("name", "organization", "position", "email", "gender", "photo", "signature")
    options = RenderOptions(
        language=lang, branding=documents.branding, landscape=True, columns=every
    )
    value = documents.demo[("attendance", "advisory")]
    path = documents.folder / f"short-sheet-{lang}.pdf"
    assert write_attendance(path, value, options) == 1
    (page,) = body_pieces(path, options)
    names = {p.name for p in value.attendees}
    assert names <= {p.text for p in page}
    numbers = [int(p.text) for p in page if p.text.isdigit()]
    assert max(numbers) >= len(names) + 3
