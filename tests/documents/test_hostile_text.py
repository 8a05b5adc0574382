"""Any text in any field: markup-like, entity-like, very long words, RTL, emoji — every
document still renders, and the text comes back out of the PDF exactly as typed, with
U+FFFD where the font has no glyph (never an empty box or a wrong character)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from facilitator.documents.agenda import write_agenda
from facilitator.documents.attendance import write_attendance
from facilitator.documents.escape import para_text
from facilitator.documents.fonts import FAMILY, has_glyph
from facilitator.documents.minutes import write_minutes
from facilitator.documents.roadmap import write_roadmap
from facilitator.documents.template import Branding, RenderOptions
from facilitator.services.document_data import (
    AgendaData,
    AgendaLine,
    AttendanceData,
    CommitmentLine,
    DecisionLine,
    MatrixLine,
    MinutesData,
    NextWorkshop,
    NoteLine,
    ParticipantLine,
    PhaseLine,
    RoadmapData,
    RoundLine,
    SeriesWorkshopLine,
    WorkshopHeader,
)
from tests.documents.pdf_text import (
    body_text,
    body_text_in_stream_order,
    qpdf_check,
    squeeze,
)

# qpdf and poppler-utils are required: test_pdf_documents fails without them.

MARKUP = [
    "<b>",
    "</i>",
    "<b>kalın",
    "&#305;",
    "&#x130;",
    "&amp;",
    "&lt;",
    "&nbsp;",
    "&bogus;",
    '<img src=x onerror="alert(1)">',
    '<img src="/etc/passwd"/>',
    "<font color=red>",
    "<para>",
    "</para>",
    "<br/>",
    "<a href='x'>",
    "]]>",
    "%s {0} {name}",
    "\\",
    "שלום עולם",
    "مرحبا",
    "☺ ☂ ★ ♥",
    "İĞÜŞÖÇ ığüşöç",
]
_CATEGORIES = ("Lu", "Ll", "Lt", "Lo", "Nd", "No", "Pc", "Pd", "Ps", "Pe", "Po", "Sm", "Sc", "So")


def _generated(ch: str) -> bool:
    # Any character of Unicode (no surrogates: they are not text) that is its own NFC
    # form; right-to-left text comes from the fixed samples in MARKUP, because a
    # reader extracts it in visual order.
    return unicodedata.normalize("NFC", ch) == ch and unicodedata.bidirectional(ch) not in _RTL


def _as_shown(text: str) -> str:
    """What a reader gets back: the text, with U+FFFD for each character the shipped
    font cannot draw and for everything beyond U+FFFF (never a wrong character)."""
    return "".join(
        ch if ch.isspace() or (ord(ch) <= 0xFFFF and has_glyph(ch, (FAMILY,))) else "\ufffd"
        for ch in text
    )


_RTL = {"R", "AL", "AN"}


def _appears(piece: str, body: str) -> bool:
    """``piece`` in ``body`` whole, or in two parts in order: a long cell split across a
    page break has the table's repeated header row between its parts."""
    if piece in body:
        return True
    if len(piece) < 30:
        return False
    for cut in range(3, len(piece) - 2):
        start = body.find(piece[:cut])
        if start >= 0 and body.find(piece[cut:], start + cut) >= 0:
            return True
    return False


letters = st.characters(categories=_CATEGORIES).filter(_generated)
words = st.text(letters, min_size=1, max_size=12)
long_word = st.text(st.sampled_from("abcçdefgğhıijklmnoöprsştuüvyz"), min_size=60, max_size=160)
fragment = st.one_of(st.sampled_from(MARKUP), words, long_word)
hostile = st.lists(fragment, min_size=1, max_size=4).map(" ".join)


def _header(t) -> WorkshopHeader:
    start = datetime(2026, 3, 14, 7, tzinfo=UTC)
    return WorkshopHeader(
        id=1,
        series_title=t[0],
        number=5,
        title=t[1],
        guiding_question=t[2],
        objectives=t[3],
        planned_start=start,
        planned_end=start + timedelta(hours=3),
        actual_start=start,
        actual_end=start + timedelta(hours=3, minutes=10),
        venue_name=t[4],
        venue_address=t[5],
        host=t[6],
        moderator=t[7],
        rapporteurs=(t[8],),
        status="held",
    )


def _documents(t):
    start = datetime(2026, 3, 14, 7, tzinfo=UTC)
    header = _header(t)
    person = ParticipantLine(
        name=t[9], organization=t[10], sector="ngo", role="participant", position=t[11],
        invitation="confirmed", attendance="present", email=t[12], phone=t[13],
    )  # fmt: skip
    away = ParticipantLine(
        name=t[14], organization=t[10], sector="ngo", role="participant", position="",
        invitation="invited", attendance="absent", email="", phone="",
    )  # fmt: skip
    item = AgendaLine(
        id=1, position=1, title=t[15], kind="discussion", planned_minutes=30,
        planned_start=start, planned_end=start + timedelta(minutes=30), actual_start=start,
        actual_end=start + timedelta(minutes=35), presenter=t[16], goal=t[17],
    )  # fmt: skip
    note = NoteLine(agenda_item_id=1, kind="concern", text=t[18], speaker=t[19], noted_at=start)
    loose = NoteLine(agenda_item_id=None, kind="idea", text=t[20], speaker="", noted_at=start)
    decision = DecisionLine(
        label="5/1", title=t[21], text=t[22], agenda_item=t[15], method="consent",
        voice="organization",
        rounds=(RoundLine(1, "consent", "organization",
                          (("no_objection", 3), ("objection", 1), ("stand_aside", 0)),
                          ((t[7], "objection", t[30]),)),),
        outcome="agreed", statement=t[23], override_reason=t[24], review_date=date(2026, 9, 1),
        workshop_title=t[1],
    )  # fmt: skip
    commitment = CommitmentLine(
        title=t[25], organization=t[26], person=t[27], contribution_type="financial",
        quantity=Decimal("1234.50"), unit="TRY", phase_id=1, phase=t[28], start_date=None,
        due_date=date(2026, 12, 31), status="committed",
    )  # fmt: skip
    nxt = NextWorkshop(6, t[29], start + timedelta(days=60), start + timedelta(days=60, hours=3),
                       t[4])  # fmt: skip
    minutes = MinutesData(header, (person, away), (item,), (note, loose), (decision,),
                          (commitment,), nxt)  # fmt: skip
    roadmap = RoadmapData(
        series_id=1, title=t[0], coordinator=t[6], description=t[3],
        workshops=(SeriesWorkshopLine(5, t[1], start, "held"),),
        phases=(PhaseLine(1, t[28], date(2026, 12, 31), t[30]),),
        commitments=(commitment,), decisions=(decision,), matrix_types=("financial",),
        matrix=(MatrixLine(t[26], ((1, (("TRY", Decimal("1234.50")),)),), 1),
                MatrixLine("", ((1, (("TRY", Decimal("1234.50")),)),), 1)),
    )  # fmt: skip
    return {
        "minutes": (write_minutes, minutes, [t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7],
                                             t[8], t[9], t[10], t[11], t[12], t[13], t[14],
                                             t[15], t[16], t[18], t[19], t[20], t[21], t[22],
                                             t[23], t[24], t[25], t[26], t[27], t[29], t[30]]),
        "agenda": (write_agenda, AgendaData(header, (item,)),
                   [t[1], t[2], t[4], t[5], t[15], t[16], t[17]]),
        "attendance": (write_attendance, AttendanceData(header, (person,)),
                       [t[1], t[9], t[10], t[11]]),
        "roadmap": (write_roadmap, roadmap, [t[0], t[3], t[6], t[21], t[23], t[25], t[26],
                                             t[28], t[30]]),
    }  # fmt: skip


@settings(
    max_examples=12,
    deadline=None,
    # Each example renders four PDFs; shrinking a failure would take minutes,
    # and the failing texts are readable as generated.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(hostile, min_size=31, max_size=31), lang=st.sampled_from(["tr", "en"]))
def test_hostile_text_renders_and_comes_back(tmp_path, texts, lang):
    branding = Branding(disclaimer=texts[2])
    for name, (write, value, shown) in _documents(texts).items():
        path = tmp_path / f"{name}.pdf"
        pages = write(path, value, RenderOptions(language=lang, branding=branding))
        assert pages >= 1
        assert qpdf_check(path).returncode == 0
        body = squeeze(body_text_in_stream_order(path))
        for text in shown:
            expected = squeeze(_as_shown(unicodedata.normalize("NFC", text)))
            assert _appears(expected, body), (name, text)


@pytest.mark.parametrize("text", MARKUP)
def test_escape_shows_markup_as_typed(text):
    from reportlab.platypus import Paragraph

    from facilitator.documents.styles import make_styles

    styles = make_styles()
    paragraph = Paragraph(para_text(text), styles.body)
    paragraph.wrap(300, 1000)
    shown = "".join(
        "".join(getattr(frag, "text", "") for frag in line.words)
        if hasattr(line, "words")
        else " ".join(line[1])
        for line in paragraph.blPara.lines
    )
    assert squeeze(shown) == squeeze(text)


def test_control_characters_are_dropped_not_fatal(tmp_path):
    texts = ["a\x00b\x07c\x1bd\ud800e\ufffe" for _ in range(31)]
    for name, (write, value, _shown) in _documents(texts).items():
        path = tmp_path / f"{name}.pdf"
        write(path, value, RenderOptions())
        assert "abcde" in squeeze(body_text(path))


def test_letters_the_bold_and_italic_faces_lack_fall_back_to_the_regular_face(tmp_path):
    from facilitator.documents.fonts import ITALIC

    rare = next(ch for ch in "ⵉⴰⵣⴳ" if has_glyph(ch, (FAMILY,)) and not has_glyph(ch, (ITALIC,)))
    texts = [f"Ad{rare}soyad" for _ in range(31)]
    write, value, _shown = _documents(texts)["minutes"]
    path = tmp_path / "minutes.pdf"
    write(path, value, RenderOptions())
    body = body_text(path)
    assert "\x00" not in body
    # Every place the text is shown keeps the letter, the speaker and the stated reason
    # (italic) and the decision heading (bold) too; "Ad soyad" is a column's own heading.
    shown = body.count("soyad") - body.count("Ad soyad")
    assert shown >= 30 and body.count(f"Ad{rare}soyad") == shown


def test_characters_the_font_lacks_read_back_as_the_replacement_character(tmp_path):
    texts = ["Toplantı 😀 中文 sonra 𐌀 devam"] * 31
    for name, (write, value, _shown) in _documents(texts).items():
        path = tmp_path / f"{name}.pdf"
        write(path, value, RenderOptions())
        body = body_text(path)
        # Emoji and CJK (no glyph) and an old-italic letter beyond U+FFFF (which reportlab
        # would garble) each become one U+FFFD; the text around them is intact.
        assert "Toplantı \ufffd \ufffd\ufffd sonra \ufffd devam" in body, name
        assert "ὠ" not in body
