"""Name badges with room codes: who gets one, in which order, eight a page, and the QR code
drawn on each card read back from the PDF and compared with the attendee's own link."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import segno
from pypdf import PdfReader
from pypdf.generic import ContentStream
from sqlalchemy import func, select

from facilitator.documents import badges as badge_sheet
from facilitator.documents.badges import badge_url, write_badges
from facilitator.errors import FacilitatorError
from facilitator.models import Attendance, Invitation, RoomToken
from facilitator.services import attendees
from facilitator.services import room as room_service
from tests.documents.pdf_text import fonts_without_file, squeeze

BASE = "http://192.168.1.20:8765/"
LONG_GIVEN = "Ayşegül Gülşen Çağla İpek Şebnem"
LONG_FAMILY = "Karaosmanoğlu-Öztürkoğlu Işıkçıoğulları"

# (given, family, organization), in the Turkish order of family, then given name: C Ç I
# (dotless) İ K Ö S Ü. Entered in another order below.
EXPECTED = [
    ("Ayşe", "Cömert", "Çağdaş Yaşam Gönüllüleri Derneği"),
    ("Şule", "Çağlar", ""),
    ("Çiğdem", "Ilgaz", "Işık Lösemili Çocuklar Vakfı"),
    ("İsmail", "Işık", "İpekyolu Lojistik"),
    ("Gül", "İnce", "Uludere Üniversitesi"),
    (LONG_GIVEN, LONG_FAMILY, "Ölçüt & <Kalite> Derneği Türkiye Şubesi"),
    ("Gülşen", "Öztürk", "Öncü Gıda San. ve Tic. A.Ş."),
    ("Tom & <Jerry>", "Smith <&> Sons", "Şehir Gönüllüleri Koordinasyon Merkezi"),
    ("Oğuz", "Ünal", "İpekyolu Lojistik"),
]


def full_name(given: str, family: str) -> str:
    return f"{given} {family}"


@pytest.fixture
def workshop(store, make_workshop, make_person, make_org):
    """A workshop of nine expected attendees, one who declined and one recorded absent."""

    def make(language: str = "tr") -> int:
        w = make_workshop("Bursa <platform> & yol haritası", language=language)
        organizations = {}
        for given, family, org in [*EXPECTED[4:], *EXPECTED[:4]]:
            organization_id = None
            if org:
                if org not in organizations:
                    organizations[org] = make_org(org).id
                organization_id = organizations[org]
            person = make_person(given, family, organization_id=organization_id)
            attendees.add_attendee(store, w.id, person.id, invitation=Invitation.CONFIRMED)
        declined = make_person("Zeki", "Aksoy")
        attendees.add_attendee(store, w.id, declined.id, invitation=Invitation.DECLINED)
        absent = make_person("Ali", "Acar")
        attendees.add_attendee(store, w.id, absent.id, attendance=Attendance.ABSENT)
        return w.id

    return make


def raw_pages(path: Path) -> list[str]:
    """Each page's text in the order it was drawn (``pdftotext -raw``)."""
    count = len(PdfReader(str(path)).pages)
    return [
        subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, count + 1)
    ]


def drawn_codes(path: Path) -> list[tuple[tuple[tuple[int, ...], ...], tuple[float, ...]]]:
    """Every QR code drawn in the PDF, in drawing order: its modules (rows top to bottom,
    1 dark), read back from the filled squares, and its box with the quiet zone
    (page, left, bottom, right, top)."""
    reader = PdfReader(str(path))
    codes = []
    for page_number, page in enumerate(reader.pages, 1):
        module = origin = None
        squares: list[tuple[int, int, int]] = []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"cm" and float(operands[0]) != 1:
                module = float(operands[0])
                origin = (float(operands[4]), float(operands[5]))
                squares = []
            elif operator == b"re" and module is not None:
                x, y, w, h = (float(v) for v in operands)
                assert (x, y, w, h) == (int(x), int(y), int(w), 1), "a square off the module grid"
                squares.append((int(x), int(y), int(w)))
            elif operator in (b"f", b"f*") and module is not None:
                size = max(y for _x, y, _w in squares) + 1
                rows = [[0] * size for _ in range(size)]
                for x, y, w in squares:
                    for column in range(x, x + w):
                        rows[size - 1 - y][column] = 1
                quiet = badge_sheet.QUIET_ZONE * module
                box = (
                    page_number,
                    origin[0] - quiet,
                    origin[1] - quiet,
                    origin[0] + size * module + quiet,
                    origin[1] + size * module + quiet,
                )
                codes.append((tuple(tuple(r) for r in rows), box))
                module = None
    return codes


def as_tuples(matrix) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(1 if v else 0 for v in row) for row in matrix)


def test_nine_attendees_make_two_pages_in_turkish_order(store, workshop, tmp_path):
    workshop_id = workshop("tr")
    out = tmp_path / "yaka kartları.pdf"
    assert write_badges(store, workshop_id, out, BASE) == 9
    assert len(PdfReader(str(out)).pages) == 2
    pages = raw_pages(out)
    names = [squeeze(full_name(g, f)) for g, f, _o in EXPECTED]
    first, second = squeeze(pages[0]), squeeze(pages[1])
    # Eight on the first page, row by row in Turkish order, each with its institution
    # after its name; the ninth on the second page.
    at = [first.index(name) for name in names[:8]]
    assert at == sorted(at)
    for (_g, _f, org), start in zip(EXPECTED[:8], at, strict=True):
        if org:
            assert squeeze(org) in first[start:]
    assert names[8] in second and all(name not in second for name in names[:8])
    assert squeeze(EXPECTED[8][2]) in second
    for absent in ("ZekiAksoy", "AliAcar"):  # declined and absent: no badge
        assert absent not in first + second
    # Markup and Turkish letters come out as typed; the long name whole, no word cut in two.
    assert "Tom&<Jerry>Smith<&>Sons" in first
    assert "Ölçüt&<Kalite>Derneği" in first
    assert len(full_name(LONG_GIVEN, LONG_FAMILY)) >= 60
    assert squeeze(full_name(LONG_GIVEN, LONG_FAMILY)) in first
    for word in full_name(LONG_GIVEN, LONG_FAMILY).split():
        assert word in pages[0]
    hint = squeeze("Telefonunuzla okutun: oylamaya ve fikir kutusuna katılın")
    assert first.count(hint) == 8 and second.count(hint) == 1
    assert "Sayfa 1 / 2" in pages[0] and "Sayfa 2 / 2" in pages[1]
    assert fonts_without_file(out) == []


def test_an_english_workshop_has_english_badges(store, workshop, tmp_path):
    out = tmp_path / "badges.pdf"
    write_badges(store, workshop("en"), out, BASE)
    text = squeeze("".join(raw_pages(out)))
    assert text.count(squeeze("Scan with your phone: join the voting and the idea box")) == 9
    assert "Page1of2" in text and "Telefonunuzla" not in text
    assert PdfReader(str(out)).trailer["/Root"]["/Lang"] == "en"


def test_each_code_holds_its_attendees_own_link(store, workshop, tmp_path):
    workshop_id = workshop("tr")
    out = tmp_path / "kartlar.pdf"
    write_badges(store, workshop_id, out, BASE)
    issued = room_service.issue_badges(store, workshop_id)  # the same tokens, kept
    assert [b.name for b in issued] == [full_name(g, f) for g, f, _o in EXPECTED]
    codes = drawn_codes(out)
    assert len(codes) == 9
    for badge, (modules, _box) in zip(issued, codes, strict=True):
        url = f"{BASE}j#t={badge.token}"
        assert badge_url(BASE, badge.token) == url
        assert modules == as_tuples(segno.make(url, error="m").matrix)
        holder = room_service.identify(store, workshop_id, badge.token)
        assert holder is not None and holder.person_id == badge.person_id
    # Each code, with its quiet zone, inside its own card (row by row, eight a page).
    for n, (_modules, (page, left, bottom, right, top)) in enumerate(codes):
        card = badge_sheet.layout(issued, BASE)[n]
        assert page == card.page
        assert card.x < left < right < card.x + badge_sheet.CARD_WIDTH
        assert card.y < bottom < top < card.y + badge_sheet.CARD_HEIGHT
        assert right - left >= 35 * badge_sheet.MM  # large enough to scan from a table


def test_printing_again_keeps_the_codes_and_a_revoked_one_is_replaced(store, workshop, tmp_path):
    workshop_id = workshop("tr")
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    write_badges(store, workshop_id, first, BASE)
    write_badges(store, workshop_id, second, BASE)
    assert [m for m, _b in drawn_codes(first)] == [m for m, _b in drawn_codes(second)]
    from datetime import UTC, datetime

    before = room_service.issue_badges(store, workshop_id)
    lost = before[0]
    room_service.revoke(store, workshop_id, lost.person_id, datetime.now(UTC))
    third = tmp_path / "3.pdf"
    write_badges(store, workshop_id, third, "http://10.0.0.5:9000")  # no slash: one is added
    again = room_service.issue_badges(store, workshop_id)
    assert again[0].person_id == lost.person_id and again[0].token != lost.token
    assert again[1:] == before[1:]
    modules = [m for m, _b in drawn_codes(third)]
    url = f"http://10.0.0.5:9000/j#t={again[0].token}"
    assert modules[0] == as_tuples(segno.make(url, error="m").matrix)
    assert modules[0] != drawn_codes(first)[0][0]


def test_a_workshop_with_nobody_expected_writes_nothing(
    store, make_workshop, make_person, tmp_path
):
    w = make_workshop("Boş <salon> & çalıştay")
    declined = make_person("Zeki", "Aksoy")
    attendees.add_attendee(store, w.id, declined.id, invitation=Invitation.DECLINED)
    folder = tmp_path / "kartlar"
    folder.mkdir()
    out = folder / "boş.pdf"
    with pytest.raises(FacilitatorError) as caught:
        write_badges(store, w.id, out, BASE)
    assert "Nobody is expected at “Boş <salon> & çalıştay”" in str(caught.value)
    assert "add the attendees first" in str(caught.value)
    assert list(folder.iterdir()) == []  # no file, nor a temporary one beside it


def test_a_wrong_file_name_or_address_is_refused_before_any_token(store, workshop, tmp_path):
    workshop_id = workshop("tr")
    folder = tmp_path / "kartlar"
    folder.mkdir()
    with pytest.raises(FacilitatorError, match=r"must end in \.pdf"):
        write_badges(store, workshop_id, folder / "kartlar.docx", BASE)
    with pytest.raises(FacilitatorError, match="does not exist"):
        write_badges(store, workshop_id, folder / "yok" / "kartlar.pdf", BASE)
    with pytest.raises(FacilitatorError, match="http://"):
        write_badges(store, workshop_id, folder / "kartlar.pdf", "192.168.1.20:8765")
    with pytest.raises(FacilitatorError, match="not a port"):
        badge_sheet.room_address("192.168.1.20", 70000)
    assert badge_sheet.room_address("fe80::1", 8765) == "http://[fe80::1]:8765/"
    assert list(folder.iterdir()) == []
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(RoomToken)) == 0


def test_a_name_too_long_for_any_size_is_cut_with_an_ellipsis(
    store, make_workshop, make_person, tmp_path
):
    w = make_workshop()
    person = make_person("Ad " * 39, ("Soyadıuzunbirkelime" * 7)[:120])
    attendees.add_attendee(store, w.id, person.id)
    out = tmp_path / "uzun.pdf"
    assert write_badges(store, w.id, out, BASE) == 1
    text = raw_pages(out)[0]
    assert "…" in text and "Telefonunuzla" in text
    assert len(drawn_codes(out)) == 1
