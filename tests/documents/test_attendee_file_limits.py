"""Files built to exhaust the attendee reader, and files it used to read wrong: each one is
read right, or refused in well under a second with one line naming the file, the place and
the limit. Never a hang, a memory blow-up, a traceback or a value silently lost."""

from __future__ import annotations

import signal
import tracemalloc
from contextlib import contextmanager

import pytest

from facilitator.documents import attendee_files
from facilitator.documents.attendee_files import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    guess_columns,
    read_attendee_file,
)
from facilitator.errors import ValidationError
from facilitator.services.attendee_import import Field
from tests.data.attendees.crafted import (
    SHEET,
    deflated_size,
    inline,
    letter,
    ole_file,
    patch_entry,
    repeated,
    row,
    shared_strings,
    sheet,
    workbook,
)

HEADER = row(1, "Ad Soyad", "Kurum")
GULSEN = row(2, "Gülşen Öztürk", "Uludere Üniversitesi")


class TookTooLongError(AssertionError):
    pass


@contextmanager
def within(seconds: int):
    """Fail the test when the block runs longer (the old reader ran for half an hour)."""

    def expired(_signum, _frame):
        raise TookTooLongError(f"still reading after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def refused(path, seconds: int = 5) -> str:
    """The one-line message a file is refused with."""
    with within(seconds), pytest.raises(ValidationError) as caught:
        read_attendee_file(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


# -- workbooks that would hold the reader for minutes ----------------------------------------


def test_a_sheet_declaring_a_million_rows_and_columns_is_read_by_the_cells_it_holds(tmp_path):
    # 1.5 KB; openpyxl's read-only mode made up 17 billion empty cells from the dimension.
    path = workbook(
        tmp_path / "boyut.xlsx",
        sheet(
            HEADER + GULSEN + '<row r="1048576"><c r="XFD1048576" s="1"/></row>',
            before='<dimension ref="A1:XFD1048576"/>',
        ),
    )
    assert path.stat().st_size < 2048
    with within(5):
        table = read_attendee_file(path)
    assert table.headers == ("Ad Soyad", "Kurum")
    assert table.rows == (("Gülşen Öztürk", "Uludere Üniversitesi"),)
    assert table.row_numbers == (2,)


@pytest.fixture(scope="module")
def bomb_parts():
    """110 MB of XML that packs into a few hundred KB (built once: it takes a moment)."""
    head = f"{sheet(HEADER + GULSEN)[: -len('</sheetData></worksheet>')]}".encode()
    return [head, *repeated(b"<row/>", 110 * 1024 * 1024, chunk=16 * 1024 * 1024)], (
        b"</sheetData></worksheet>"
    )


def test_a_zip_bomb_sheet_is_refused_before_it_is_unpacked(tmp_path, bomb_parts):
    parts, tail = bomb_parts
    path = workbook(tmp_path / "bomba.xlsx", [*parts, tail], level=1)
    assert path.stat().st_size < 1024 * 1024
    assert refused(path) == (
        "bomba.xlsx is too large once unpacked: xl/worksheets/sheet1.xml would take 110 MB, "
        "and an attendee list needs at most 100 MB."
    )
    # The same bomb whose zip directory claims 100 KB: never more than that is unpacked,
    # and the check of what was unpacked shows the lie.
    patch_entry(path, SHEET, declared_size=100 * 1024)
    assert refused(path) == (
        "bomba.xlsx is not a readable Excel workbook (Bad CRC-32 for file "
        "'xl/worksheets/sheet1.xml')."
    )


def test_a_shared_texts_bomb_is_refused_before_it_is_unpacked(tmp_path, bomb_parts):
    parts, _tail = bomb_parts
    uses_one = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>')
    path = workbook(
        tmp_path / "metinler.xlsx",
        uses_one,
        shared=[b'<sst xmlns="x"><si><t>Ad Soyad</t></si>', *parts[1:], b"</sst>"],
        level=1,
    )
    assert refused(path) == (
        "metinler.xlsx is too large once unpacked: xl/sharedStrings.xml would take 110 MB, "
        "and an attendee list needs at most 100 MB."
    )


def test_a_part_packed_far_tighter_than_any_real_workbook_is_refused(tmp_path):
    padding = list(repeated(b" ", 8 * 1024 * 1024))
    assert 8 * 1024 * 1024 / deflated_size(padding) > 500
    path = workbook(tmp_path / "sıkışık.xlsx", [sheet(HEADER + GULSEN).encode(), *padding])
    assert refused(path) == (
        "sıkışık.xlsx is refused: xl/worksheets/sheet1.xml unpacks to "
        f"{(8 * 1024 * 1024 + len(sheet(HEADER + GULSEN))) // _packed(path, SHEET):,} times "
        "its packed size, and a real workbook stays under 100 times."
    )


def _packed(path, name):
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(name).compress_size


def test_shared_texts_the_sheet_does_not_use_are_never_read(tmp_path):
    # 400,000 shared texts (15 MB of XML): openpyxl made an object of each, for 13 s here.
    texts = ["Ad Soyad", "Kurum", "Gülşen Öztürk", "Uludere Üniversitesi"]
    texts += [f"başka bir sayfanın metni {n}" for n in range(400_000)]
    cells = "".join(
        f'<row r="{r}"><c r="A{r}" t="s"><v>{a}</v></c><c r="B{r}" t="s"><v>{b}</v></c></row>'
        for r, a, b in ((1, 0, 1), (2, 2, 3))
    )
    path = workbook(tmp_path / "paylaşılan.xlsx", sheet(cells), shared=shared_strings(texts))
    tracemalloc.start()
    try:
        with within(5):
            table = read_attendee_file(path)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert table.rows == (("Gülşen Öztürk", "Uludere Üniversitesi"),)
    assert peak < 5 * 1024 * 1024


def test_a_workbook_with_more_entries_than_the_budget_is_refused_naming_it(tmp_path, monkeypatch):
    # The real budget is 2,000,000 (some 7 s of a slow computer); a small one shows the rule.
    monkeypatch.setattr(attendee_files, "MAX_XML_ELEMENTS", 500)
    many = "".join(row(n, f"Katılımcı {n}", "Kurum") for n in range(3, 200))
    path = workbook(tmp_path / "kalabalık.xlsx", sheet(HEADER + GULSEN + many))
    assert refused(path) == (
        "kalabalık.xlsx holds more than 500 cells and other entries; an attendee list holds "
        "far fewer."
    )


class TenSecondsPerLookClock:
    """A computer so slow that ten seconds pass each time the reader looks at the time."""

    def __init__(self):
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 10.0
        return self.now


def test_a_workbook_slower_to_read_than_the_time_limit_is_refused_naming_it(tmp_path, monkeypatch):
    # The budget of entries keeps reading under 8 s here; a slower computer stops at 8 s.
    monkeypatch.setattr(attendee_files, "clock", TenSecondsPerLookClock())
    path = workbook(tmp_path / "yavaş.xlsx", sheet(HEADER + GULSEN))
    assert refused(path) == (
        "yavaş.xlsx takes more than 8 seconds to read; an attendee list reads in one or two. "
        "Save the attendee sheet alone, or as CSV, and import that."
    )


def test_a_zip_listing_more_parts_than_a_workbook_has_is_refused_before_it_is_opened(
    tmp_path, monkeypatch
):
    import zipfile

    monkeypatch.setattr(attendee_files, "MAX_ZIP_ENTRIES", 40)
    path = workbook(tmp_path / "parçalı.xlsx", sheet(HEADER + GULSEN))
    with zipfile.ZipFile(path, "a") as archive:
        for n in range(50):
            archive.writestr(f"xl/media/image{n}.png", b"")
    assert refused(path) == (
        "parçalı.xlsx packs more than 40 parts; an Excel workbook holds a few dozen."
    )


# -- workbooks whose values were lost or misread -----------------------------------------------


def test_a_merged_organization_cell_gives_its_value_to_every_row_it_covers(tmp_path):
    rows = (
        row(1, "Ad Soyad", "Kurum", "E-posta")
        + row(2, "Gülşen Öztürk", "Uludere Üniversitesi", "gulsen@uludere.edu.tr")
        + row(3, "Çiğdem Ilgaz", "", "cigdem@uludere.edu.tr")
        + row(4, "İsmail Işık", "", "ismail@uludere.edu.tr")
        + row(5, "Şule Çağlar", "ÇYGD", "sule@cygd.org.tr")
    )
    merged = '<mergeCells count="1"><mergeCell ref="B2:B4"/></mergeCells>'
    path = workbook(tmp_path / "birleşik.xlsx", sheet(rows, after=merged))
    with within(5):
        table = read_attendee_file(path)
    assert [r[1] for r in table.rows] == [
        "Uludere Üniversitesi",
        "Uludere Üniversitesi",
        "Uludere Üniversitesi",
        "ÇYGD",
    ]


def test_a_header_merged_over_two_rows_names_its_column_in_the_second(tmp_path):
    # "Ad Soyad" spans rows 1-2; "İletişim" spans C1:D1 above "E-posta" and "Telefon".
    rows = (
        row(1, "Ad Soyad", "Kurum", "İletişim")
        + row(2, C="E-posta", D="Telefon")
        + row(3, "Gülşen Öztürk", "Uludere", "gulsen@uludere.edu.tr", "0532")
    )
    merged = (
        '<mergeCells count="3"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/>'
        '<mergeCell ref="C1:D1"/></mergeCells>'
    )
    table = read_attendee_file(workbook(tmp_path / "iki satır.xlsx", sheet(rows, after=merged)))
    assert table.headers == ("Ad Soyad", "Kurum", "E-posta", "Telefon")
    assert guess_columns(table) == (Field.FULL_NAME, Field.ORGANIZATION, Field.EMAIL, Field.PHONE)
    assert table.rows == (("Gülşen Öztürk", "Uludere", "gulsen@uludere.edu.tr", "0532"),)


def test_formula_cells_without_a_saved_result_are_marked_and_saved_ones_read(tmp_path):
    from openpyxl import Workbook

    # A list made by a script: openpyxl writes formulas and no results.
    book = Workbook()
    sheet_ = book.active
    sheet_.append(["Ad", "Soyad", "Kurum", "E-posta"])
    sheet_.append(["Gülşen", "Öztürk", "Uludere", '=LOWER(A2)&"@uludere.edu.tr"'])
    path = tmp_path / "formül.xlsx"
    book.save(path)
    table = read_attendee_file(path)
    assert table.rows == (("Gülşen", "Öztürk", "Uludere", ""),)  # blank, but marked:
    assert table.formula_cells == frozenset({(2, 3)})

    # Saved by Excel or LibreOffice: the results are there and are read.
    saved = sheet(
        row(1, "Ad", "Soyad", "Kurum", "E-posta")
        + '<row r="2">'
        + inline("A2", "Gülşen")
        + inline("B2", "Öztürk")
        + inline("C2", "Uludere")
        + '<c r="D2" t="str"><f>LOWER(A2)&amp;"@uludere.edu.tr"</f>'
        + "<v>gülşen@uludere.edu.tr</v></c></row>"
    )
    table = read_attendee_file(workbook(tmp_path / "kaydedilmiş.xlsx", saved))
    assert table.rows == (("Gülşen", "Öztürk", "Uludere", "gülşen@uludere.edu.tr"),)
    assert table.formula_cells == frozenset()


def test_a_header_that_is_a_formula_without_its_result_is_refused_naming_the_cell(tmp_path):
    rows = (
        '<row r="1">'
        + inline("A1", "Ad Soyad")
        + '<c r="B1"><f>"Kur"&amp;"um"</f><v></v></c>'
        + inline("C1", "E-posta")
        + "</row>"
        + row(2, "Gülşen Öztürk", "Uludere", "gulsen@uludere.edu.tr")
    )
    path = workbook(tmp_path / "başlık.xlsx", sheet(rows))
    assert refused(path) == (
        "başlık.xlsx, sheet “Katılımcılar”, row 1, column B: the cell holds a formula whose "
        "result was never saved; open the file in Excel or LibreOffice, save it, and import "
        "it again."
    )


def test_a_value_beyond_the_column_limit_is_refused_naming_the_cell(tmp_path):
    far = letter(MAX_COLUMNS)  # the first column past the limit
    path = workbook(
        tmp_path / "geniş.xlsx",
        sheet(HEADER + GULSEN + f'<row r="3">{inline(f"{far}3", "gizli not")}</row>'),
    )
    assert refused(path) == (
        f"geniş.xlsx, sheet “Katılımcılar”, row 3, column {far}: a value beyond the first "
        f"{MAX_COLUMNS} columns; an attendee list has far fewer columns."
    )


def test_a_formatted_range_of_empty_cells_costs_next_to_nothing(tmp_path, monkeypatch):
    # Formatting A1:T50000 writes a million cells that hold nothing but a style.
    styled = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{letter(c)}{r}" s="1"/>' for c in range(20)) + "</row>"
        for r in range(3, 50_003)
    )
    path = workbook(tmp_path / "biçimli.xlsx", sheet(HEADER + GULSEN + styled), level=1)
    # They are not even counted against the budget of entries read.
    monkeypatch.setattr(attendee_files, "MAX_XML_ELEMENTS", 1000)
    with within(5):
        table = read_attendee_file(path)
    assert table.rows == (("Gülşen Öztürk", "Uludere Üniversitesi"),)


@pytest.mark.parametrize("shared", [False, True], ids=["inline", "shared"])
def test_a_cell_longer_than_excel_allows_is_refused_naming_it(tmp_path, shared):
    long_text = "ş" * (MAX_CELL_CHARS + 1)
    if shared:
        cells = '<row r="3"><c r="B3" t="s"><v>2</v></c></row>'
        shared_xml = shared_strings(["Ad Soyad", "Kurum", long_text])
        header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        path = workbook(tmp_path / "uzun.xlsx", sheet(header + GULSEN + cells), shared=shared_xml)
    else:
        path = workbook(tmp_path / "uzun.xlsx", sheet(HEADER + GULSEN + row(3, B=long_text)))
    assert refused(path) == (
        "uzun.xlsx, sheet “Katılımcılar”, row 3, column B: the cell holds more than 32,767 "
        "characters, more than Excel allows in one cell."
    )


# -- files that are not what they claim ------------------------------------------------------


def test_an_encrypted_zip_entry_is_refused_as_password_protected(tmp_path):
    path = workbook(tmp_path / "şifreli.xlsx", sheet(HEADER + GULSEN))
    patch_entry(path, SHEET, flags=0x1)
    assert refused(path) == (
        "şifreli.xlsx is protected by a password; open it in Excel, remove the password and "
        "save it again, or save it as CSV."
    )


def test_a_part_packed_with_a_method_python_cannot_unpack_is_refused_in_words(tmp_path):
    path = workbook(tmp_path / "deflate64.xlsx", sheet(HEADER + GULSEN))
    patch_entry(path, SHEET, method=9)  # Deflate64, as Windows packs large folders
    assert refused(path) == (
        "deflate64.xlsx is packed with a method this program cannot read (zip method 9); "
        "open it in Excel or LibreOffice and save it again as .xlsx."
    )


def test_a_password_protected_workbook_says_so(tmp_path):
    path = ole_file(tmp_path / "gizli.xlsx", "EncryptionInfo", "EncryptedPackage")
    assert refused(path) == (
        "gizli.xlsx is protected by a password; open it in Excel, remove the password and "
        "save it again, or save it as CSV."
    )


def test_an_old_excel_workbook_renamed_xlsx_says_what_it_is(tmp_path):
    path = ole_file(tmp_path / "eski.xlsx", "Workbook", "\x05SummaryInformation")
    assert refused(path) == "eski.xlsx is an old Excel workbook (.xls); save it as .xlsx or CSV."


def test_a_zip_that_is_not_a_workbook_says_so(tmp_path):
    import zipfile

    path = tmp_path / "belge.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    assert refused(path) == (
        "belge.xlsx is a zip archive but not an Excel workbook; choose a CSV or .xlsx file."
    )


def test_a_sheet_declaring_entities_is_refused_before_any_is_expanded(tmp_path):
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "hahahahaha">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    )
    path = workbook(tmp_path / "kahkaha.xlsx", laughs + sheet(HEADER + row(2, "&b;", "x")))
    assert refused(path) == (
        "kahkaha.xlsx is not a readable Excel workbook (it declares a document type)."
    )


# -- CSV -------------------------------------------------------------------------------------


def test_excels_blank_rows_do_not_count_towards_the_row_limit(tmp_path):
    path = tmp_path / "boşluklar.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("Ad Soyad;Kurum;E-posta;Telefon\r\n")
        fh.write(";;;\r\n" * 10_000)
        fh.write("Gülşen Öztürk;Uludere Üniversitesi;gulsen@uludere.edu.tr;0532\r\n")
        fh.write(";;;\r\n" * 10_000)
    with within(5):
        table = read_attendee_file(path)
    assert table.separator == ";"
    assert table.rows == (
        ("Gülşen Öztürk", "Uludere Üniversitesi", "gulsen@uludere.edu.tr", "0532"),
    )
    assert table.row_numbers == (10_002,)


def test_rows_beyond_what_excel_can_show_are_refused_naming_the_limit(tmp_path, monkeypatch):
    # The real limit is Excel's 1,048,576 rows, blank ones included.
    monkeypatch.setattr(attendee_files, "MAX_LINES", 1000)
    path = tmp_path / "satır satır.csv"
    path.write_bytes(b"Ad Soyad;Kurum\n" + b"\n" * 1500 + "Gülşen Öztürk;Uludere\n".encode())
    assert refused(path) == (
        "satır satır.csv has more than 1,000 rows, blank ones included: more than Excel "
        "itself can show."
    )


@pytest.mark.parametrize(
    ("cell", "column"),
    [
        (b"x" * (5 * 1024 * 1024), "B"),  # past the csv module's own limit
        (b"y" * (MAX_CELL_CHARS + 1), "B"),  # under it, over Excel's
        (b'"' + b"z" * (200_000) + b'"', "B"),  # quoted, and the quote closes
        (b"Uludere;" + b"w" * (200_000), "C"),  # in a later column than it seems
    ],
    ids=["5 MB", "32,768", "quoted", "third column"],
)
def test_a_cell_longer_than_excel_allows_is_named_for_what_it_is(tmp_path, cell, column):
    path = tmp_path / "uzun hücre.csv"
    path.write_bytes(b"Ad Soyad;Kurum;Not\r\nG\xc3\xbcl\xc5\x9fen;" + cell + b"\r\n")
    assert refused(path) == (
        f"uzun hücre.csv, row 2, column {column}: the cell holds more than 32,767 characters, "
        "more than Excel allows in one cell."
    )


def test_a_csv_value_beyond_the_column_limit_is_refused_and_blank_ones_are_trimmed(tmp_path):
    blank_tail = ";" * (MAX_COLUMNS + 50)
    path = tmp_path / "sütunlar.csv"
    path.write_text(
        f"Ad Soyad;Kurum{blank_tail}\r\nGülşen Öztürk;Uludere{blank_tail}\r\n", encoding="utf-8"
    )
    table = read_attendee_file(path)
    assert table.rows == (("Gülşen Öztürk", "Uludere") + ("",) * (MAX_COLUMNS - 2),)

    far = ";" * MAX_COLUMNS + "gizli"
    path.write_text(
        f"Ad Soyad;Kurum\r\nGülşen Öztürk;Uludere\r\nİsmail Işık{far}\r\n", encoding="utf-8"
    )
    assert refused(path) == (
        f"sütunlar.csv, row 3, column {letter(MAX_COLUMNS)}: a value beyond the first "
        f"{MAX_COLUMNS} columns; an attendee list has far fewer columns."
    )
