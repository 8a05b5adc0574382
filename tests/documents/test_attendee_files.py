"""Reading attendee lists as real tools write them, refusing broken ones precisely, and writing
CSV and XLSX that Excel opens right and that cannot smuggle in a formula."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.documents.attendee_files import (
    CP1254,
    MAX_ROWS,
    UTF8,
    UTF8_BOM,
    UTF16,
    guess_columns,
    neutralise,
    read_attendee_file,
    write_attendee_file,
    write_csv,
    write_xlsx,
)
from facilitator.errors import ValidationError
from facilitator.services.attendee_import import Field

DATA = Path(__file__).resolve().parents[1] / "data" / "attendees"

F = Field


def test_excel_csv_on_turkish_windows_is_read_as_windows_1254_with_semicolons():
    table = read_attendee_file(DATA / "excel_tr_cp1254.csv")
    assert (table.kind, table.encoding, table.separator) == ("csv", CP1254, ";")
    assert table.headers == ("Sıra", "Adı Soyadı", "Kurumu", "Görevi", "E-posta", "Cep Telefonu")
    assert table.row_numbers == (2, 3, 4, 5, 6)
    # The quoted cells keep the separator inside them; ğ ş ı İ ö ü ç arrive intact.
    assert table.rows[1][2] == "Işık Lösemili Çocuklar Vakfı; Bursa Temsilciliği"
    assert table.rows[3][3] == "Bölüm Başkanı; Sosyal Hizmet"
    assert table.rows[2][1] == "ŞULE ÇAĞLAR"
    assert guess_columns(table) == (None, F.FULL_NAME, F.ORGANIZATION, F.POSITION, F.EMAIL, F.PHONE)


def test_a_google_forms_export_with_a_bom_keeps_commas_inside_quotes_and_ignores_extras():
    table = read_attendee_file(DATA / "form_responses_utf8_bom.csv")
    assert (table.encoding, table.separator) == (UTF8_BOM, ",")
    assert table.headers[0] == "Zaman damgası"  # no BOM glued to the first header
    assert table.rows[0][4] == "Kurumsal İletişim, Sürdürülebilirlik Uzmanı"
    assert table.rows[1][3] == "Sağlıklı Gelecek Eğitim Vakfı, Bursa"
    # Timestamp and consent columns are left unmapped.
    assert guess_columns(table) == (None, F.FULL_NAME, F.EMAIL, F.ORGANIZATION, F.POSITION, None)


def test_an_english_tab_separated_export_maps_title_to_the_honorific():
    table = read_attendee_file(DATA / "registration_en_tab.txt")
    assert (table.encoding, table.separator) == (UTF8, "\t")
    assert table.rows[2][:3] == ("Prof. Dr.", "Ahmet Kemal", "Şimşek")
    assert guess_columns(table) == (
        F.HONORIFIC,
        F.GIVEN_NAME,
        F.FAMILY_NAME,
        F.ORGANIZATION,
        F.POSITION,
        F.EMAIL,
        F.PHONE,
    )


def test_excel_unicode_text_is_read_as_utf16():
    table = read_attendee_file(DATA / "excel_unicode_text_utf16.txt")
    assert (table.encoding, table.separator) == (UTF16, "\t")
    assert table.rows[1] == (
        "İsmail",
        "Işık",
        "Işık Lösemili Çocuklar Vakfı",
        "ismail.isik@isikvakfi.org.tr",
    )
    # "Ad" beside "Soyad" is the given name, not the full name.
    assert guess_columns(table) == (F.GIVEN_NAME, F.FAMILY_NAME, F.ORGANIZATION, F.EMAIL)


def test_a_workbook_is_read_from_its_header_row_below_the_title_line():
    table = read_attendee_file(DATA / "attendees.xlsx")
    assert (table.kind, table.encoding, table.separator) == ("xlsx", None, None)
    assert table.sheet == "Katılımcılar"
    assert table.headers[:3] == ("Sıra No", "Ad", "Soyad")
    assert table.row_numbers == (4, 5, 6, 7)  # as Excel numbers them
    # A phone typed as a number comes back as its digits, not "5321112233.0".
    assert table.rows[0][7] == "5321112233"
    assert table.rows[1][1:4] == ("Şule", "Çağlar", "Çağdaş Yaşam Gönüllüleri Derneği")
    columns = guess_columns(table)
    # "Unvan" holds "Prof. Dr." here, and "Görev" holds the job: Unvan is the honorific.
    assert columns[4] is F.HONORIFIC and columns[5] is F.POSITION


def test_unvan_alone_holding_job_titles_is_the_position(tmp_path):
    path = tmp_path / "unvan.csv"
    path.write_text(
        "Ad Soyad;Unvanı\nGülşen Öztürk;Genel Müdür\nİsmail Işık;Proje Koordinatörü\n",
        encoding="utf-8",
    )
    assert guess_columns(read_attendee_file(path)) == (F.FULL_NAME, F.POSITION)


def test_excels_sep_line_chooses_the_separator_and_is_not_a_row(tmp_path):
    path = tmp_path / "sep.csv"
    path.write_bytes("sep=,\r\nAd Soyad,Kurum\r\nGülşen Öztürk,Uludere\r\n".encode("cp1254"))
    table = read_attendee_file(path)
    assert table.separator == ","
    assert table.headers == ("Ad Soyad", "Kurum")
    assert table.rows == (("Gülşen Öztürk", "Uludere"),)


def test_headers_match_whatever_their_case_and_punctuation(tmp_path):
    path = tmp_path / "başlıklar.csv"
    path.write_text(
        "ADI SOYADI;KURUM / KURULUŞ ADI;E-MAIL;TEL.;Eposta\nGülşen Öztürk;Uludere;g@u.edu.tr;1;\n",
        encoding="utf-8",
    )
    # The second e-mail column is left for the user rather than mapped twice.
    assert guess_columns(read_attendee_file(path)) == (
        F.FULL_NAME,
        F.ORGANIZATION,
        F.EMAIL,
        F.PHONE,
        None,
    )


# -- malformed files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.csv", "empty.csv is empty."),
        ("header_only.csv", "header_only.csv has a header row but no attendees below it."),
        ("binary_garbage.csv", "binary_garbage.csv is not a text file"),
        (
            "mixed_encodings.csv",
            "mixed_encodings.csv mixes encodings: line 2 is UTF-8 but line 3 is not",
        ),
        ("utf16_without_bom.csv", "utf16_without_bom.csv looks like UTF-16 text without a byte"),
        (
            "not_utf8_nor_cp1254.csv",
            "not_utf8_nor_cp1254.csv is neither UTF-8 nor Windows-1254 text: line 2 has the "
            "byte 0x81",
        ),
        (
            "unclosed_quote.csv",
            "unclosed_quote.csv, row 3, column B: a quote opens here and is never closed.",
        ),
        ("not_really.xlsx", "not_really.xlsx is not an Excel workbook"),
        ("old_format.xls", "old_format.xls is an old Excel workbook (.xls)"),
        ("damaged.xlsx", "damaged.xlsx is not a readable Excel workbook"),
    ],
)
def test_a_broken_file_is_refused_with_a_message_naming_file_and_place(name, expected):
    with pytest.raises(ValidationError) as caught:
        read_attendee_file(DATA / name)
    assert str(caught.value).startswith(expected)
    assert "\n" not in str(caught.value)


def test_a_missing_file_is_a_readable_error(tmp_path):
    with pytest.raises(ValidationError, match=r"cannot read yok\.csv"):
        read_attendee_file(tmp_path / "yok.csv")


def test_a_10_mb_list_is_refused_for_its_length(tmp_path):
    path = tmp_path / "on megabayt.csv"
    line = "Gülşen Öztürk;Çağdaş Yaşam Gönüllüleri Derneği;gulsen.ozturk@uludere.edu.tr;{n}\r\n"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Ad Soyad;Kurum;E-posta;No\r\n")
        n = 0
        while fh.tell() < 10 * 1024 * 1024:
            fh.write(line.format(n=n))
            n += 1
    assert path.stat().st_size >= 10 * 1024 * 1024
    with pytest.raises(ValidationError) as caught:
        read_attendee_file(path)
    assert str(caught.value) == (
        f"on megabayt.csv has more than {MAX_ROWS:,} rows; an attendee list of one workshop "
        "is expected."
    )


def test_a_10_mb_cell_behind_an_unclosed_quote_names_where_the_quote_opens(tmp_path):
    path = tmp_path / "tek hücre.csv"
    path.write_bytes(
        b'Ad Soyad;Kurum\r\nG\xc3\xbcl\xc5\x9fen \xc3\x96zt\xc3\xbcrk;"Uludere '
        + b"x" * (10 * 1024 * 1024)
        + b"\r\n"
    )
    with pytest.raises(ValidationError) as caught:
        read_attendee_file(path)
    assert str(caught.value) == (
        "tek hücre.csv, row 2, column B: a quote opens here and is never closed."
    )


# -- writing -----------------------------------------------------------------------------

HEADERS = ("Ad", "Soyad", "Kurum", "Telefon")
ROWS = (
    ("Gülşen", "Öztürk", "Çağdaş Yaşam Gönüllüleri Derneği", "+90 532 111 22 33"),
    ('=HYPERLINK("http://kötü.example")', "@SUM(A1)", "-2+3", "\tgizli"),
    ("İsmail", "Işık", 'Öncü Gıda "Tarım"; San. A.Ş.', "\r=1"),
)


def test_csv_is_utf8_with_a_bom_semicolons_and_crlf_as_excel_reads_it(tmp_path):
    path = tmp_path / "katılımcılar.csv"
    write_csv(path, HEADERS, ROWS)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    # Every cell in quotes: a separator inside a value never splits it, whatever the
    # separator the program opening the file assumes.
    assert text.startswith('"Ad";"Soyad";"Kurum";"Telefon"\r\n')
    assert '"Gülşen";"Öztürk";"Çağdaş Yaşam Gönüllüleri Derneği";"\'+90 532 111 22 33"\r\n' in text


def test_csv_cells_that_would_start_a_formula_begin_with_a_quote(tmp_path):
    path = tmp_path / "formül.csv"
    write_csv(path, HEADERS, ROWS)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        cells = list(csv.reader(fh, delimiter=";"))
    assert cells[2] == ['\'=HYPERLINK("http://kötü.example")', "'@SUM(A1)", "'-2+3", "'\tgizli"]
    assert cells[3] == ["İsmail", "Işık", 'Öncü Gıda "Tarım"; San. A.Ş.', "'\r=1"]
    for row in cells:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


HIDDEN_FORMULAS = [
    "  =1+1",  # spaces first
    '\u00a0=HYPERLINK("http://kötü.example")',  # a no-break space
    "\u3000=1+1",  # an ideographic space
    " \n\t=1+1",  # a line break and a tab
    "\u200b=1+1",  # a zero-width space
    "＝1+1",  # full-width signs, which LibreOffice takes for the ASCII ones
    "＋90 532 111 22 33",
    "－2+3",
    "＠SUM(A1)",
    " \u3000＝1",
]


@pytest.mark.parametrize("value", HIDDEN_FORMULAS)
def test_formula_signs_behind_blanks_or_in_full_width_are_neutralised_and_read_back(
    tmp_path, value
):
    path = tmp_path / "gizli formül.csv"
    write_csv(path, ("Ad Soyad", "Kurum"), [("Gülşen Öztürk", value)])
    with path.open(encoding="utf-8-sig", newline="") as fh:
        cells = list(csv.reader(fh, delimiter=";"))
    assert cells[1] == ["Gülşen Öztürk", "'" + value]
    assert read_attendee_file(path).rows == (("Gülşen Öztürk", value),)


def test_every_csv_cell_is_quoted_so_a_comma_separator_splits_no_value(tmp_path):
    # LibreOffice set to split on commas: an unquoted "Uludere,=1+1" became a formula.
    path = tmp_path / "virgül.csv"
    write_csv(path, ("Kurum", "Ad Soyad"), [("Uludere,=1+1", "Gülşen Öztürk")])
    text = path.read_bytes()[3:].decode("utf-8")
    assert text == '"Kurum";"Ad Soyad"\r\n"Uludere,=1+1";"Gülşen Öztürk"\r\n'
    with path.open(encoding="utf-8-sig", newline="") as fh:
        by_comma = list(csv.reader(fh, delimiter=","))
    assert by_comma[1] == ['Uludere,=1+1;"Gülşen Öztürk"']  # one cell, garbled but inert
    assert not any(c.lstrip().startswith("=") for row in by_comma for c in row)
    assert read_attendee_file(path).rows == (("Uludere,=1+1", "Gülşen Öztürk"),)


def test_neutralise_leaves_ordinary_text_alone():
    assert neutralise("Gülşen") == "Gülşen"
    assert neutralise("a=b") == "a=b"
    assert neutralise("") == ""
    assert neutralise("+90") == "'+90"
    assert neutralise("  Gülşen = Öztürk") == "  Gülşen = Öztürk"
    assert neutralise("\u3000") == "\u3000"


def test_reading_our_csv_back_gives_the_original_values(tmp_path):
    path = tmp_path / "geri.csv"
    write_csv(path, HEADERS, ROWS)
    table = read_attendee_file(path)
    assert (table.encoding, table.separator) == (UTF8_BOM, ";")
    assert table.headers == HEADERS
    assert table.rows == ROWS


def test_xlsx_keeps_every_value_as_text_never_a_formula(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "katılımcılar.xlsx"
    write_xlsx(path, HEADERS, ROWS, sheet_title="Katılımcılar: 5/2026")
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "Katılımcılar  5 2026"  # characters Excel forbids are replaced
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    formula_cell = sheet["A3"]
    assert formula_cell.value == '=HYPERLINK("http://kötü.example")'
    assert formula_cell.data_type == "s"
    assert [c.data_type for c in sheet[3]] == ["s"] * 4
    assert sheet["C4"].value == 'Öncü Gıda "Tarım"; San. A.Ş.'
    # And the workbook reads back as the same table.
    table = read_attendee_file(path)
    assert table.rows[0] == ROWS[0]


def test_a_file_name_without_csv_or_xlsx_is_refused_and_nothing_is_written(tmp_path):
    folder = tmp_path / "dışa aktarım"
    folder.mkdir()
    with pytest.raises(ValidationError, match=r"katılımcılar\.pdf: the file name must end"):
        write_attendee_file(folder / "katılımcılar.pdf", HEADERS, ROWS)
    assert list(folder.iterdir()) == []


def test_an_unwritable_place_is_a_readable_error_and_leaves_no_temporary_file(
    unwritable_location,
):
    with pytest.raises(ValidationError, match="cannot write"):
        write_csv(unwritable_location.with_suffix(".csv"), HEADERS, ROWS)


def test_a_failed_export_leaves_the_previous_file_untouched(tmp_path, monkeypatch):
    folder = tmp_path / "dışa aktarım"
    folder.mkdir()
    path = folder / "önceki.csv"
    path.write_bytes(b"eski")

    def broken_replace(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("facilitator.documents.attendee_files.os.replace", broken_replace)
    with pytest.raises(ValidationError, match="No space left on device"):
        write_csv(path, HEADERS, ROWS)
    assert path.read_bytes() == b"eski"
    assert [p.name for p in folder.iterdir()] == ["önceki.csv"]


# Any text a person could type, Turkish letters, separators, quotes and line breaks included.
# (A value that itself starts with a quote before a formula sign is read back without
# that quote: it cannot be told from a neutralised one.)
_cell = st.text(
    alphabet=st.sampled_from(list("aAçÇğĞıIiİöÖşŞüÜ 0123456789;,\t\"'\n.-+=@()&<>＝\u3000\u00a0")),
    max_size=12,
).filter(lambda c: not (c.startswith("'") and neutralise(c[1:]) != c[1:]))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.tuples(st.text("AaŞşİı", min_size=1, max_size=6), _cell, _cell), min_size=1)
)
def test_any_table_survives_a_csv_round_trip(tmp_path, rows):
    path = tmp_path / "gidiş dönüş.csv"
    headers = ("Ad Soyad", "Kurum", "Not")
    write_csv(path, headers, rows)
    table = read_attendee_file(path)
    assert table.separator == ";"
    assert [tuple(r) + ("",) * (3 - len(r)) for r in table.rows] == [tuple(r) for r in rows]
