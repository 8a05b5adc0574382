"""Attendee lists as files: read CSV and XLSX the way real tools write them, write CSV and XLSX.

Reading takes what Excel, LibreOffice, Google Forms and registration sites
produce: UTF-8 with or without a byte-order mark, Windows-1254 (Excel's "CSV"
on Turkish Windows), UTF-16 with a mark (Excel's "Unicode text"); ``;``,
``,`` or tab between cells (sniffed, quotes respected, Excel's ``sep=``
line understood); the first sheet with data of an ``.xlsx`` workbook. The
encoding is detected honestly — valid UTF-8 first, else Windows-1254 — and a
file that is neither, mixes both, or is not text at all is refused with a
message naming the file and the line.

Writing makes CSV in UTF-8 with a byte-order mark (so Excel shows ğ ş ı İ
right) with cells that would start a formula neutralised, and XLSX where
every text stays text. ``openpyxl`` is imported only when a workbook is read
or written, never at start-up.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.services.attendee_import import (
    ColumnMapping,
    Field,
    column_letter,
    is_honorific,
)
from facilitator.text import search_key

MAX_ROWS = 10_000  # attendees of one workshop; a longer file is not an attendee list
MAX_BYTES = 64 * 1024 * 1024  # never read more than this into memory

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
CP1254 = "cp1254"
UTF16 = "utf-16"
SEPARATORS = (";", "\t", ",")  # preferred in this order when the counts tie
_HEADER_SEARCH_ROWS = 10  # how far down a header row is looked for

_XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or an encrypted .xlsx
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # as the csv module counts lines


@dataclass(frozen=True)
class SpreadsheetTable:
    """The cells of a CSV file or of a workbook's sheet, as text, and how the file was read."""

    file_name: str
    kind: str  # "csv" or "xlsx"
    encoding: str | None  # a Python codec name (UTF8, UTF8_BOM, CP1254, UTF16); None for xlsx
    separator: str | None  # None for xlsx, and for a CSV of one column
    sheet: str | None  # the sheet read from a workbook
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # may be shorter or longer than the headers
    row_numbers: tuple[int, ...]  # each row's number as the spreadsheet shows it


def _error(path: Path, message: str, **values) -> ValidationError:
    """A ValidationError whose (already translated) message names the file."""
    return ValidationError(message.format(file=path.name, **values))


# -- reading -----------------------------------------------------------------------------


def read_attendee_file(path: str | Path) -> SpreadsheetTable:
    """Read a CSV or XLSX attendee list; raise ValidationError naming file, row and column."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise _error(path, translate("Errors", "{file} is a folder, not a file."))
        if size > MAX_BYTES:
            raise _error(
                path,
                translate(
                    "Errors",
                    "{file} is {size} MB; an attendee list is far smaller (at most {limit} MB).",
                ),
                size=f"{size / 1024 / 1024:.1f}",
                limit=MAX_BYTES // 1024 // 1024,
            )
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise _error(
            path, translate("Errors", "cannot read {file}: {reason}"), reason=exc.strerror or exc
        ) from exc
    if size == 0:
        raise _error(path, translate("Errors", "{file} is empty."))
    if head.startswith(_OLE_MAGIC):
        raise _error(
            path,
            translate(
                "Errors",
                "{file} is an old Excel workbook (.xls) or a password-protected one; "
                "save it as .xlsx without a password, or as CSV.",
            ),
        )
    if head.startswith(_ZIP_MAGIC):
        return _read_xlsx(path)
    if path.suffix.lower() in _XLSX_SUFFIXES:
        raise _error(
            path,
            translate(
                "Errors", "{file} is not an Excel workbook, although its name ends in .xlsx."
            ),
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _error(
            path, translate("Errors", "cannot read {file}: {reason}"), reason=exc.strerror or exc
        ) from exc
    text, encoding = _decode(path, data)
    return _read_csv_text(path, text, encoding)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in; refuses anything not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(UTF16), UTF16
        except UnicodeDecodeError as exc:
            raise _error(
                path,
                translate(
                    "Errors",
                    "{file} starts like UTF-16 text but is not valid UTF-16 (byte {offset}).",
                ),
                offset=exc.start,
            ) from exc
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            text, encoding = data.decode(UTF8_BOM), UTF8_BOM
        except UnicodeDecodeError as exc:
            raise _error(
                path,
                translate(
                    "Errors",
                    "{file} is marked as UTF-8 but line {line} is not UTF-8; "
                    "save it again as UTF-8.",
                ),
                line=_line_of(data, exc.start),
            ) from exc
        _refuse_binary(path, data)
        return text, encoding
    if b"\x00" in data[:4096]:
        sample = data[:4096]
        if sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4:
            raise _error(
                path,
                translate(
                    "Errors",
                    "{file} looks like UTF-16 text without a byte-order mark; "
                    "save it as CSV in UTF-8.",
                ),
            )
    try:
        text, encoding = data.decode(UTF8), UTF8
    except UnicodeDecodeError as utf8_error:
        _refuse_binary(path, data)
        _refuse_mixed(path, data)
        try:
            text, encoding = data.decode(CP1254), CP1254
        except UnicodeDecodeError as exc:
            raise _error(
                path,
                translate(
                    "Errors",
                    "{file} is neither UTF-8 nor Windows-1254 text: line {line} has the byte "
                    "0x{byte:02X}; save it again as CSV in UTF-8.",
                ),
                line=_line_of(data, exc.start),
                byte=data[exc.start],
            ) from utf8_error
    _refuse_binary(path, data)
    return text, encoding


def _refuse_binary(path: Path, data: bytes) -> None:
    """Refuse data that is not text: NUL bytes, or many control characters."""
    if b"\x00" in data:
        raise _error(
            path,
            translate(
                "Errors",
                "{file} is not a text file: it holds binary data (line {line}); "
                "choose a CSV or .xlsx file.",
            ),
            line=_line_of(data, data.index(b"\x00")),
        )
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(3, len(sample) // 1000):
        raise _error(
            path,
            translate(
                "Errors",
                "{file} is not a text file: it holds binary data; choose a CSV or .xlsx file.",
            ),
        )


def _refuse_mixed(path: Path, data: bytes) -> None:
    """Refuse a file whose lines are partly UTF-8 and partly another encoding."""
    utf8_line = other_line = None
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode(UTF8)
        except UnicodeDecodeError:
            other_line = other_line or number
        else:
            utf8_line = utf8_line or number
        if utf8_line and other_line:
            raise _error(
                path,
                translate(
                    "Errors",
                    "{file} mixes encodings: line {utf8} is UTF-8 but line {other} is not; "
                    "save it again as CSV in UTF-8.",
                ),
                utf8=utf8_line,
                other=other_line,
            )


def _split_quoted(line: str, separator: str) -> list[str]:
    """Cells of one physical line, respecting quotes (used to locate quoting problems)."""
    cells, current, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            cells.append("".join(current))
            current = []
            continue
        current.append(ch)
    cells.append("".join(current))
    return cells


def _sniff_separator(lines: list[str]) -> str | None:
    """The separator that splits the first lines into the same number of cells most often.

    The most common width counts, not the first line's: a title line may sit
    above the headers.
    """
    # Only the start of each line: one huge cell must not keep the sniffer from seeing.
    sample = "\n".join(line[:4096] for line in lines[:50])
    best: tuple | None = None
    for rank, separator in enumerate(SEPARATORS):
        try:
            records = [r for r in csv.reader(io.StringIO(sample), delimiter=separator) if r]
        except csv.Error:
            continue
        if len(lines) > 50 and len(records) > 1:
            records.pop()  # the last line of the sample may be cut inside a quoted cell
        widths = Counter(len(r) for r in records)
        width, agreeing = max(widths.items(), key=lambda item: (item[1], item[0]))
        if width < 2:
            continue
        score = (agreeing / len(records), width, -rank)
        if best is None or score > best[0]:
            best = (score, separator)
    return best[1] if best else None


def _unneutralise(cell: str) -> str:
    # Our own export (and other careful tools) put a quote before a leading = + - @;
    # reading it back gives the original value.
    if len(cell) > 1 and cell[0] == "'" and cell[1] in _FORMULA_START:
        return cell[1:]
    return cell


def _read_csv_text(path: Path, text: str, encoding: str) -> SpreadsheetTable:
    lines = _LINE_BREAK.split(text)
    separator = None
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        separator = lines[0].strip()[4]  # Excel's hint line; Excel does not show it as a row
        text = text.split("\n", 1)[1] if "\n" in text else ""
        lines = lines[1:]
    if not any(line.strip() for line in lines):
        raise _error(path, translate("Errors", "{file} is empty."))
    if separator is None:
        separator = _sniff_separator([line for line in lines if line.strip()])
    delimiter = separator or "\x1f"  # one column: a separator that never occurs

    records: list[list[str]] = []
    filled = 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        line_before = reader.line_num
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _quote_error(path, exc, lines, line_before, len(records) + 1, delimiter) from exc
        records.append([_unneutralise(c) for c in record])
        filled += bool(record)
        if filled > MAX_ROWS + 1:
            raise _error(
                path,
                translate(
                    "Errors",
                    "{file} has more than {limit} rows; an attendee list of one workshop "
                    "is expected.",
                ),
                limit=f"{MAX_ROWS:,}",
            )
    return _table(path, "csv", encoding, separator, None, records)


def _quote_error(
    path: Path, exc: csv.Error, lines: list[str], line_before: int, row: int, delimiter: str
) -> ValidationError:
    message = str(exc)
    line_index = line_before  # the 0-based index of the record's first physical line
    first_line = lines[line_index] if line_index < len(lines) else ""
    if "unexpected end of data" in message or "field larger than field limit" in message:
        cells = _split_quoted(first_line, delimiter)
        column = next(
            (i for i, c in enumerate(cells) if c.count('"') % 2 == 1), max(len(cells) - 1, 0)
        )
        return _error(
            path,
            translate(
                "Errors",
                "{file}, row {row}, column {column}: a quote opens here and is never closed.",
            ),
            row=row,
            column=column_letter(column),
        )
    return _error(
        path,
        translate(
            "Errors", "{file}, row {row}: the quotes are not where CSV expects them ({detail})."
        ),
        row=row,
        detail=message,
    )


def _table(
    path: Path,
    kind: str,
    encoding: str | None,
    separator: str | None,
    sheet: str | None,
    records: list[list[str]],
) -> SpreadsheetTable:
    """Headers and the rows below them, each with its number in the file.

    The header row is the first of the top rows with two or more headers this
    module knows (a title line often sits above it), else the first non-blank row.
    """
    numbered = [(n, r) for n, r in enumerate(records, start=1)]
    filled = [i for i, (_n, r) in enumerate(numbered) if any(c.strip() for c in r)]
    if not filled:
        raise _error(path, translate("Errors", "{file} is empty."))
    first = next(
        (
            i
            for i in filled[:_HEADER_SEARCH_ROWS]
            if sum(header_key(c) in _KIND_OF_KEY for c in numbered[i][1]) >= 2
        ),
        filled[0],
    )
    headers = tuple(c.strip() for c in numbered[first][1])
    below = numbered[first + 1 :]
    while below and not any(c.strip() for c in below[-1][1]):
        below.pop()
    if not below:
        raise _error(
            path,
            translate("Errors", "{file} has a header row but no attendees below it."),
        )
    return SpreadsheetTable(
        file_name=path.name,
        kind=kind,
        encoding=encoding,
        separator=separator,
        sheet=sheet,
        headers=headers,
        rows=tuple(tuple(r) for _n, r in below),
        row_numbers=tuple(n for n, _r in below),
    )


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path) -> SpreadsheetTable:
    from openpyxl import load_workbook  # heavy: only when a workbook is read

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise _error(
            path,
            translate("Errors", "{file} is not a readable Excel workbook ({reason})."),
            reason=exc,
        ) from exc
    try:
        for sheet in workbook.worksheets:
            records: list[list[str]] = []
            filled = 0
            try:
                for values in sheet.iter_rows(min_row=1, values_only=True):
                    cells = [_cell_text(v) for v in values]
                    while cells and not cells[-1].strip():
                        cells.pop()
                    records.append(cells)
                    if cells:
                        filled += 1
                        if filled > MAX_ROWS + 1:
                            raise _error(
                                path,
                                translate(
                                    "Errors",
                                    "{file} has more than {limit} rows; an attendee list of one "
                                    "workshop is expected.",
                                ),
                                limit=f"{MAX_ROWS:,}",
                            )
            except ValidationError:
                raise
            except Exception as exc:  # malformed sheet XML
                raise _error(
                    path,
                    translate("Errors", "{file} is not a readable Excel workbook ({reason})."),
                    reason=exc,
                ) from exc
            if filled:
                return _table(path, "xlsx", None, None, sheet.title, records)
    finally:
        workbook.close()
    raise _error(path, translate("Errors", "{file} is empty."))


# -- which column holds what --------------------------------------------------------------


def header_key(header: str) -> str:
    """A header folded Turkish-aware, with dotless ı as i and without spaces or punctuation."""
    return "".join(ch for ch in search_key(header).replace("ı", "i") if ch.isalnum())


_TITLE = "title"  # "Unvan" / "Title": an honorific or a job title, decided by the values
_NAME = "name"  # "Ad" / "Name": a given name beside a family-name column, else a full name

_HEADERS: dict[object, tuple[str, ...]] = {
    Field.FULL_NAME: (
        "Ad Soyad",
        "Adı Soyadı",
        "Ad Soyadı",
        "Adı ve Soyadı",
        "Ad ve Soyad",
        "Adınız Soyadınız",
        "Adınız ve Soyadınız",
        "İsim Soyisim",
        "İsim Soyad",
        "Katılımcı",
        "Katılımcı Adı",
        "Katılımcı Adı Soyadı",
        "Full name",
        "Name and surname",
        "Name surname",
        "Participant",
        "Participant name",
        "Attendee",
        "Attendee name",
        "Your name",
    ),
    _NAME: ("Ad", "Adı", "Adınız", "İsim", "İsmi", "İsminiz", "Name"),
    Field.GIVEN_NAME: ("First name", "Firstname", "Given name", "Forename"),
    Field.FAMILY_NAME: (
        "Soyad",
        "Soyadı",
        "Soyadınız",
        "Soyisim",
        "Soyismi",
        "Last name",
        "Lastname",
        "Family name",
        "Surname",
    ),
    Field.HONORIFIC: (
        "Hitap",
        "Akademik unvan",
        "Akademik unvanı",
        "Honorific",
        "Salutation",
        "Prefix",
    ),
    _TITLE: ("Unvan", "Unvanı", "Unvanınız", "Ünvan", "Ünvanı", "Title"),
    Field.ORGANIZATION: (
        "Kurum",
        "Kurumu",
        "Kurumunuz",
        "Kurum adı",
        "Kuruluş",
        "Kuruluşu",
        "Kuruluşunuz",
        "Kuruluş adı",
        "Kurum/Kuruluş",
        "Kurum / Kuruluş adı",
        "Çalıştığı kurum",
        "Çalıştığınız kurum",
        "Temsil ettiği kurum",
        "Temsil ettiğiniz kurum",
        "Şirket",
        "Şirketi",
        "Firma",
        "Firma adı",
        "Organizasyon",
        "Organization",
        "Organisation",
        "Organization name",
        "Company",
        "Company name",
        "Institution",
        "Affiliation",
        "Employer",
    ),
    Field.POSITION: (
        "Görev",
        "Görevi",
        "Göreviniz",
        "Görev unvanı",
        "Pozisyon",
        "Pozisyonu",
        "Pozisyonunuz",
        "Meslek",
        "Mesleği",
        "Position",
        "Job title",
        "Job",
        "Occupation",
    ),
    Field.EMAIL: (
        "E-posta",
        "Eposta",
        "E-posta adresi",
        "E-posta adresiniz",
        "Elektronik posta",
        "Mail",
        "Mail adresi",
        "E-mail",
        "Email",
        "E-mail address",
        "Email address",
    ),
    Field.PHONE: (
        "Telefon",
        "Telefonu",
        "Telefon no",
        "Telefon numarası",
        "Telefon numaranız",
        "Tel",
        "Tel no",
        "Cep",
        "Cep telefonu",
        "Cep tel",
        "GSM",
        "Phone",
        "Phone number",
        "Mobile",
        "Mobile phone",
        "Telephone",
    ),
}
_KIND_OF_KEY = {header_key(h): kind for kind, headers in _HEADERS.items() for h in headers}


def guess_columns(table: SpreadsheetTable) -> ColumnMapping:
    """The field each column most likely holds, from its header (and, for "Unvan", its values)."""
    kinds = [_KIND_OF_KEY.get(header_key(h)) for h in table.headers]
    has_family = Field.FAMILY_NAME in kinds
    has_position = Field.POSITION in kinds
    result: list[Field | None] = []
    for index, kind in enumerate(kinds):
        if kind == _NAME:
            kind = Field.GIVEN_NAME if has_family else Field.FULL_NAME
        elif kind == _TITLE:
            values = [r[index].strip() for r in table.rows if index < len(r) and r[index].strip()]
            honorifics = sum(1 for v in values if is_honorific(v))
            if has_position or (values and honorifics * 2 >= len(values)):
                kind = Field.HONORIFIC
            else:
                kind = Field.POSITION
        # The first column of a kind takes it; a second one is left for the user to map.
        result.append(kind if kind is not None and kind not in result else None)
    return tuple(result)


# -- writing -----------------------------------------------------------------------------


def neutralise(cell: str) -> str:
    """A cell made safe for spreadsheets: one starting a formula gets a leading quote."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then replace: never a half-written file."""
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise _error(
            path, translate("Errors", "cannot write {file}: {reason}"), reason=exc.strerror or exc
        ) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # mkstemp makes the file private (0600); a saved list gets the usual mode.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise _error(
            path, translate("Errors", "cannot write {file}: {reason}"), reason=exc.strerror or exc
        ) from exc


def write_csv(
    path: str | Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    separator: str = ";",
) -> None:
    """CSV in UTF-8 with a byte-order mark and CRLF line ends, as Excel reads it.

    ``;`` by default: Excel on Turkish (and most European) Windows splits on it.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    for row in rows:
        writer.writerow([neutralise(c or "") for c in row])
    path = Path(path)
    _write_atomically(path, buffer.getvalue().encode(UTF8_BOM))


def _sheet_title(title: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()
    return cleaned[:31] or "Sheet1"


def write_xlsx(
    path: str | Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    sheet_title: str = "Attendees",
) -> None:
    """An .xlsx workbook of one sheet: bold frozen header, a filter, every value kept as text."""
    from openpyxl import Workbook  # heavy: only when a workbook is written
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(sheet_title)
    widths = [len(h) for h in headers]
    for row_index, row in enumerate([headers, *rows], start=1):
        for column_index, value in enumerate(row, start=1):
            text = ILLEGAL_CHARACTERS_RE.sub("", value or "")
            if not text:
                continue
            cell = sheet.cell(row=row_index, column=column_index, value=text)
            # openpyxl stores text beginning with "=" as a formula; it is text here.
            cell.data_type = "s"
            if row_index == 1:
                cell.font = Font(bold=True)
            if column_index <= len(widths):
                widths[column_index - 1] = max(widths[column_index - 1], len(text))
    for column_index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column_index)].width = min(width + 2, 60)
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    _write_atomically(Path(path), buffer.getvalue())


def write_attendee_file(
    path: str | Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    sheet_title: str = "Attendees",
) -> None:
    """Write CSV or XLSX, chosen by the file name's ending."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_csv(path, headers, rows)
    elif suffix == ".xlsx":
        write_xlsx(path, headers, rows, sheet_title=sheet_title)
    else:
        raise _error(path, translate("Errors", "{file}: the file name must end in .csv or .xlsx."))
