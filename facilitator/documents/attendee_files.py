"""Attendee lists as files: read CSV and XLSX the way real tools write them, write CSV and XLSX.

Reading takes what Excel, LibreOffice, Google Forms and registration sites
produce: UTF-8 with or without a byte-order mark, Windows-1254 (Excel's "CSV"
on Turkish Windows), UTF-16 with a mark (Excel's "Unicode text"); ``;``,
``,`` or tab between cells (sniffed, quotes respected, Excel's ``sep=``
line understood); the first sheet with data of an ``.xlsx`` workbook. The
encoding is detected honestly — valid UTF-8 first, else Windows-1254 — and a
file that is neither, mixes both, or is not text at all is refused with a
message naming the file and the line. Merged cells give their value to every
cell they cover; a formula whose result was never saved is marked, not read
as blank.

Whatever a file holds, reading it stays within the MAX_* limits below (time
and memory alike): a file that would need more is refused with one line
naming the limit, and the place in the file when there is one. Blank rows
(Excel's ";;;") cost nothing and count for nothing.

Writing makes CSV in UTF-8 with a byte-order mark (so Excel shows ğ ş ı İ
right), every cell in quotes and every cell that could start a formula
neutralised, and XLSX where every text stays text. ``openpyxl`` is imported
only when a workbook is read or written, never at start-up.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import io
import os
import posixpath
import re
import struct
import tempfile
import time as clock
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from xml.parsers import expat

from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.services.attendee_import import (
    ColumnMapping,
    Field,
    column_letter,
    formula_without_value,
    is_honorific,
)
from facilitator.text import search_key

MAX_ROWS = 10_000  # attendees of one workshop; a longer file is not an attendee list
MAX_BYTES = 64 * 1024 * 1024  # a workbook on disk; it is unpacked part by part, never whole
MAX_CSV_BYTES = 32 * 1024 * 1024  # a CSV file is held in memory while it is read
MAX_LINES = 1_048_576  # rows, blank ones included: as many as Excel itself can show
MAX_COLUMNS = 200  # a value further right is refused, never dropped
MAX_CELL_CHARS = 32_767  # Excel's own limit for the text of one cell
MAX_PART_BYTES = 100 * 1024 * 1024  # one unpacked sheet or table of shared texts
MAX_SMALL_PART_BYTES = 10 * 1024 * 1024  # the workbook's index, styles and relationships
MAX_RATIO = 100  # unpacked size / packed size of a part (checked above 1 MB)
MAX_XML_ELEMENTS = 2_000_000  # cells and other entries read from one workbook: bounds the time
MAX_SECONDS = 8  # reading a workbook: a slower computer than measured stops here
MAX_ZIP_ENTRIES = 5_000  # a workbook holds a few dozen packed parts

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
CP1254 = "cp1254"
UTF16 = "utf-16"
SEPARATORS = (";", "\t", ",")  # preferred in this order when the counts tie
_HEADER_SEARCH_ROWS = 10  # how far down a header row is looked for
_SNIFF_LINES = 50  # lines the separator is guessed from
_SNIFF_SCAN = 100_000  # lines read at most to find them

_XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or an encrypted .xlsx


@dataclass(frozen=True)
class SpreadsheetTable:
    """The cells of a CSV file or of a workbook's sheet, as text, and how the file was read."""

    file_name: str
    kind: str  # "csv" or "xlsx"
    encoding: str | None  # a Python codec name (UTF8, UTF8_BOM, CP1254, UTF16); None for xlsx
    separator: str | None  # None for xlsx, and for a CSV of one column
    sheet: str | None  # the sheet read from a workbook
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # may be shorter or longer than the headers; none blank
    row_numbers: tuple[int, ...]  # each row's number as the spreadsheet shows it
    # (row number, 0-based column) of cells holding a formula whose result was never
    # saved: they read as blank, and the import refuses them where a field is read.
    formula_cells: frozenset[tuple[int, int]] = frozenset()


def _error(path: Path, message: str, **values) -> ValidationError:
    """A ValidationError whose (already translated) message names the file."""
    return ValidationError(message.format(file=path.name, **values))


def _cell_error(
    path: Path, sheet: str | None, row: int, column: int, problem: str
) -> ValidationError:
    """A ValidationError naming the file (and sheet), the row and the column of one cell."""
    if sheet is None:
        place = translate("Errors", "{file}, row {row}, column {column}")
    else:
        place = translate("Errors", "{file}, sheet “{sheet}”, row {row}, column {column}")
    place = place.format(file=path.name, sheet=sheet, row=row, column=column_letter(column))
    return ValidationError(f"{place}: {problem}")


def _too_many_rows(path: Path) -> ValidationError:
    return _error(
        path,
        translate(
            "Errors",
            "{file} has more than {limit} rows; an attendee list of one workshop is expected.",
        ),
        limit=f"{MAX_ROWS:,}",
    )


def _too_many_lines(path: Path) -> ValidationError:
    return _error(
        path,
        translate(
            "Errors",
            "{file} has more than {limit} rows, blank ones included: more than Excel "
            "itself can show.",
        ),
        limit=f"{MAX_LINES:,}",
    )


def _beyond_columns() -> str:
    return translate(
        "Errors",
        "a value beyond the first {limit} columns; an attendee list has far fewer columns.",
    ).format(limit=MAX_COLUMNS)


def _too_long() -> str:
    return translate(
        "Errors",
        "the cell holds more than {limit} characters, more than Excel allows in one cell.",
    ).format(limit=f"{MAX_CELL_CHARS:,}")


def _too_big(path: Path, size: int, limit: int) -> ValidationError:
    return _error(
        path,
        translate(
            "Errors",
            "{file} is {size} MB; an attendee list is far smaller (at most {limit} MB).",
        ),
        size=f"{size / 1024 / 1024:.1f}",
        limit=limit // 1024 // 1024,
    )


# -- reading -----------------------------------------------------------------------------


def read_attendee_file(path: str | Path) -> SpreadsheetTable:
    """Read a CSV or XLSX attendee list; raise ValidationError naming file, row and column.

    Whatever the file holds, reading it stays within the limits above (MAX_*): a
    file that would need more is refused with a message naming the limit, so
    no file can hold the application for long or fill its memory.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise _error(path, translate("Errors", "{file} is a folder, not a file."))
        if size > MAX_BYTES:
            raise _too_big(path, size, MAX_BYTES)
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise _error(
            path, translate("Errors", "cannot read {file}: {reason}"), reason=exc.strerror or exc
        ) from exc
    if size == 0:
        raise _error(path, translate("Errors", "{file} is empty."))
    if head.startswith(_OLE_MAGIC):
        raise _ole_error(path)
    if head.startswith(_ZIP_MAGIC):
        return _read_xlsx(path)
    if path.suffix.lower() in _XLSX_SUFFIXES:
        raise _error(
            path,
            translate(
                "Errors", "{file} is not an Excel workbook, although its name ends in .xlsx."
            ),
        )
    if size > MAX_CSV_BYTES:
        raise _too_big(path, size, MAX_CSV_BYTES)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _error(
            path, translate("Errors", "cannot read {file}: {reason}"), reason=exc.strerror or exc
        ) from exc
    return _read_csv(path, data, _detect_encoding(path, data))


def _ole_error(path: Path) -> ValidationError:
    """What an OLE compound file is: an encrypted .xlsx, an old .xls, or something else."""
    try:
        data = path.read_bytes()  # at most MAX_BYTES, checked before
    except OSError:
        data = b""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return _encrypted(path)
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return _error(
            path,
            translate("Errors", "{file} is an old Excel workbook (.xls); save it as .xlsx or CSV."),
        )
    return _error(
        path,
        translate(
            "Errors",
            "{file} is an old Excel workbook (.xls) or a password-protected one; "
            "save it as .xlsx without a password, or as CSV.",
        ),
    )


def _encrypted(path: Path) -> ValidationError:
    return _error(
        path,
        translate(
            "Errors",
            "{file} is protected by a password; open it in Excel, remove the password and "
            "save it again, or save it as CSV.",
        ),
    )


# -- CSV -----------------------------------------------------------------------------------


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _undecodable_at(data: bytes, encoding: str) -> int | None:
    """The offset of the first byte that is not ``encoding``, or None; the text is never
    held whole (a megabyte at a time)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    step = 1 << 20
    for start in range(0, len(data), step):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(data[start : start + step], final=start + step >= len(data))
        except UnicodeDecodeError as exc:
            return max(start - pending + exc.start, 0)
    return None


def _detect_encoding(path: Path, data: bytes) -> str:
    """The encoding of a CSV file; refuses anything that is not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        offset = _undecodable_at(data, UTF16)
        if offset is not None:
            raise _error(
                path,
                translate(
                    "Errors",
                    "{file} starts like UTF-16 text but is not valid UTF-16 (byte {offset}).",
                ),
                offset=offset,
            )
        return UTF16
    if data.startswith(b"\xef\xbb\xbf"):
        offset = _undecodable_at(data, UTF8_BOM)
        if offset is not None:
            raise _error(
                path,
                translate(
                    "Errors",
                    "{file} is marked as UTF-8 but line {line} is not UTF-8; "
                    "save it again as UTF-8.",
                ),
                line=_line_of(data, offset),
            )
        _refuse_binary(path, data)
        return UTF8_BOM
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
    _refuse_binary(path, data)
    if _undecodable_at(data, UTF8) is None:
        return UTF8
    _refuse_mixed(path, data)
    offset = _undecodable_at(data, CP1254)
    if offset is not None:
        raise _error(
            path,
            translate(
                "Errors",
                "{file} is neither UTF-8 nor Windows-1254 text: line {line} has the byte "
                "0x{byte:02X}; save it again as CSV in UTF-8.",
            ),
            line=_line_of(data, offset),
            byte=data[offset],
        )
    return CP1254


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


# A character written in UTF-8 with two to four bytes.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _refuse_mixed(path: Path, data: bytes) -> None:
    """Refuse a file whose lines are partly UTF-8 and partly another encoding.

    Called for data that is not UTF-8 as a whole. Only lines that hold a UTF-8
    sequence are looked at, so a long Windows-1254 file costs one scan.
    """
    first_bad = _undecodable_at(data, UTF8)
    if first_bad is None:
        return
    other_line = _line_of(data, first_bad)
    position = 0
    while True:
        match = _UTF8_SEQUENCE.search(data, position)
        if match is None:
            return
        start = data.rfind(b"\n", 0, match.start()) + 1
        end = data.find(b"\n", match.end())
        end = len(data) if end < 0 else end
        try:
            data[start:end].decode(UTF8)
        except UnicodeDecodeError:
            position = end + 1
            continue
        raise _error(
            path,
            translate(
                "Errors",
                "{file} mixes encodings: line {utf8} is UTF-8 but line {other} is not; "
                "save it again as CSV in UTF-8.",
            ),
            utf8=_line_of(data, start),
            other=other_line,
        )


def _text_stream(data: bytes, encoding: str) -> io.TextIOWrapper:
    # Decoded a little at a time, never as one string: the file may be large.
    return io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")


def _head_lines(data: bytes, encoding: str) -> tuple[list[str], bool]:
    """The first line, then lines with content, each cut to 4,096 characters; and whether
    the text goes on.

    Enough to see the ``sep=`` line and _SNIFF_LINES lines with content. Blank
    lines (Excel's ";;;") are skipped, but no further than _SNIFF_SCAN lines, and
    a line is read a piece at a time: a line of megabytes is never held whole.
    """
    stream = _text_stream(data, encoding)
    lines: list[str] = []
    with_content = scanned = 0
    while with_content < _SNIFF_LINES and scanned < _SNIFF_SCAN:
        piece = line = stream.readline(65536)
        if not line:
            return lines, False
        scanned += 1
        while len(piece) == 65536 and not piece.endswith(("\r", "\n")):
            piece = stream.readline(65536)  # the rest of a long line
        if line.strip(" \t;,\r\n"):
            with_content += 1
        elif scanned > 1:
            continue
        lines.append(line.rstrip("\r\n")[:4096])
    return lines, True


def _sniff_separator(lines: list[str], truncated: bool) -> str | None:
    """The separator that splits the first lines into the same number of cells most often.

    The most common width counts, not the first line's: a title line may sit
    above the headers. Lines of separators alone (Excel's blank rows) say
    little, so lines with content are preferred.
    """
    content = [line for line in lines if line.strip(" \t;,")] or lines
    sample = "\n".join(content[:_SNIFF_LINES])
    best: tuple | None = None
    for rank, separator in enumerate(SEPARATORS):
        try:
            records = [r for r in csv.reader(io.StringIO(sample), delimiter=separator) if r]
        except csv.Error:
            continue
        if not records:
            continue
        if truncated and len(records) > 1:
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
    # Our own export (and other careful tools) put a quote before a value a spreadsheet
    # would take for a formula; reading it back gives the original value.
    if len(cell) > 1 and cell[0] == "'" and _starts_formula(cell[1:]):
        return cell[1:]
    return cell


def _read_csv(path: Path, data: bytes, encoding: str) -> SpreadsheetTable:
    head, more = _head_lines(data, encoding)
    separator = None
    skip = 0
    if head and head[0].strip().lower().startswith("sep=") and len(head[0].strip()) == 5:
        separator = head[0].strip()[4]  # Excel's hint line; Excel does not show it as a row
        skip = 1
    if separator is None:
        separator = _sniff_separator([line for line in head[skip:] if line.strip()], more)
    delimiter = separator or "\x1f"  # one column: a separator that never occurs

    stream = _text_stream(data, encoding)
    for _ in range(skip):
        stream.readline()
    kept: list[tuple[int, list[str]]] = []
    number = 0
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    while True:
        line_before = reader.line_num
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _csv_error(
                path, data, encoding, exc, skip + line_before, number + 1, delimiter
            ) from exc
        number += 1
        if number > MAX_LINES:
            raise _too_many_lines(path)
        if not any(cell.strip() for cell in record):
            continue  # a blank row, often Excel's ";;;"
        if len(record) > MAX_COLUMNS:
            beyond = next((i for i in range(MAX_COLUMNS, len(record)) if record[i].strip()), None)
            if beyond is not None:
                raise _cell_error(path, None, number, beyond, _beyond_columns())
            del record[MAX_COLUMNS:]
        for index, cell in enumerate(record):
            if len(cell) > MAX_CELL_CHARS:
                raise _cell_error(path, None, number, index, _too_long())
        kept.append((number, [_unneutralise(c) for c in record]))
        if len(kept) > MAX_ROWS + 1:
            raise _too_many_rows(path)
    return _table(path, "csv", encoding, separator, None, kept)


def _csv_error(
    path: Path,
    data: bytes,
    encoding: str,
    exc: csv.Error,
    line_index: int,
    row: int,
    delimiter: str,
) -> ValidationError:
    """A true message for what stopped the csv module, at the row and column it happened.

    ``line_index`` is the 0-based physical line where the row begins.
    """
    message = str(exc)
    if "unexpected end of data" in message or "field larger than field limit" in message:
        stream = _text_stream(data, encoding)
        for _ in range(line_index):
            stream.readline()
        column, problem = _locate_csv_problem(stream.read(), delimiter)
        if problem == "long":
            return _cell_error(path, None, row, column, _too_long())
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


def _locate_csv_problem(text: str, delimiter: str) -> tuple[int, str]:
    """Which cell of the row starting ``text`` is too long, or opens a quote never closed.

    Walks the cells as CSV defines them: a cell starting with a quote runs to
    the next quote that is not doubled; any other cell to the next separator
    or line end. Returns (0-based column, "long" or "unclosed").
    """
    end_of_cell = re.compile("[" + re.escape(delimiter) + "\r\n]")
    position, column = 0, 0
    while True:
        if text.startswith('"', position):
            search = position + 1
            while True:
                closing = text.find('"', search)
                if closing < 0:
                    return column, "unclosed"
                if text.startswith('"', closing + 1):
                    search = closing + 2
                    continue
                break
            if closing - position - 1 > MAX_CELL_CHARS:
                return column, "long"
            found = end_of_cell.search(text, closing + 1)
        else:
            found = end_of_cell.search(text, position)
            end = found.start() if found else len(text)
            if end - position > MAX_CELL_CHARS:
                return column, "long"
        if found is None or found.group() != delimiter:
            return column, "unclosed"  # the csv module stopped for another reason
        position, column = found.end(), column + 1


def _table(
    path: Path,
    kind: str,
    encoding: str | None,
    separator: str | None,
    sheet: str | None,
    kept: list[tuple[int, list[str]]],
    formula_cells: frozenset[tuple[int, int]] = frozenset(),
) -> SpreadsheetTable:
    """Headers and the rows below them, each with its number in the file.

    ``kept`` holds the rows that are not blank, with their numbers. The header
    row is the one of the top rows with the most headers this module knows, two
    at least (a title line often sits above it, and a header of two rows has its
    most precise words in the second), else the first row.
    """
    if not kept:
        raise _error(path, translate("Errors", "{file} is empty."))
    known = [
        sum(header_key(c) in _KIND_OF_KEY for c in cells)
        for _number, cells in kept[:_HEADER_SEARCH_ROWS]
    ]
    first = known.index(max(known)) if max(known) >= 2 else 0
    header_number, header_cells = kept[first]
    for column in range(len(header_cells)):
        if (header_number, column) in formula_cells:
            raise _cell_error(path, sheet, header_number, column, formula_without_value())
    headers = tuple(c.strip() for c in header_cells)
    below = kept[first + 1 :]
    if not below:
        raise _error(
            path,
            translate("Errors", "{file} has a header row but no attendees below it."),
        )
    numbers = {n for n, _cells in below}
    return SpreadsheetTable(
        file_name=path.name,
        kind=kind,
        encoding=encoding,
        separator=separator,
        sheet=sheet,
        headers=headers,
        rows=tuple(tuple(r) for _n, r in below),
        row_numbers=tuple(n for n, _r in below),
        formula_cells=frozenset(c for c in formula_cells if c[0] in numbers),
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


# -- XLSX ----------------------------------------------------------------------------------
#
# A workbook is read with the standard library's expat, part by part and a
# piece at a time, rather than through openpyxl: openpyxl trusts the sheet's
# declared dimension (a 2 KB file claiming A1:XFD1048576 kept it busy for half
# an hour), reads every shared text into objects first (a 1.5 MB table of
# texts took 3 GB), and its read-only mode gives neither merged cells nor
# formulas without a saved result. Here every part's unpacked size is checked
# before it is opened, the elements read are counted against one budget for
# the whole workbook, only the shared texts the sheet uses are kept, and merged
# ranges are applied to the rows read. openpyxl serves only for date formats.

_MAIN_NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",  # "strict" Office Open XML
)
_WORKSHEET_TYPE = "/worksheet"
_SHARED_STRINGS_TYPE = "/sharedStrings"
_STYLES_TYPE = "/styles"
_OFFICE_DOCUMENT_TYPE = "/officeDocument"
# What may stand between a sheet's cells and its merged ranges (ECMA-376 order);
# anything else after the cells means there are no merged ranges to read.
_BEFORE_MERGES = frozenset(
    (
        "sheetCalcPr",
        "sheetProtection",
        "protectedRanges",
        "scenarios",
        "autoFilter",
        "sortState",
        "dataConsolidate",
        "customSheetViews",
        "mergeCells",
    )
)
# The elements the reader acts on, by expat's "namespace}name", as small numbers.
_C, _V, _T, _IS, _F, _RPH, _ROW, _SHEET_DATA, _MERGE_CELL, _MERGE_CELLS, _SI, _BEFORE = range(12)
_TAG_OF_NAME = {
    "c": _C,
    "v": _V,
    "t": _T,
    "is": _IS,
    "f": _F,
    "rPh": _RPH,
    "row": _ROW,
    "sheetData": _SHEET_DATA,
    "mergeCell": _MERGE_CELL,
    "mergeCells": _MERGE_CELLS,
    "si": _SI,
    **{name: _BEFORE for name in _BEFORE_MERGES if name != "mergeCells"},
}
_TAGS = {
    f"{namespace}}}{name}" if namespace else name: tag
    for namespace in (*_MAIN_NAMESPACES, "")
    for name, tag in _TAG_OF_NAME.items()
}
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")  # how Excel writes characters XML cannot hold
_CELL_REFERENCE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")


class _StopReadingError(Exception):
    """Raised inside an XML handler: everything needed from the part has been read."""


# Cells and rows that hold nothing and are there only for their style: a formatted
# range writes millions of them. With their "r" attribute they tell nothing else, so
# they are cut out of the bytes (by a regular expression, in C) before expat makes a
# Python call for each; one that this misses is simply parsed.
_EMPTY_CELL = re.compile(rb'<c r="[^"<>]*"[^<>/]*/>')
_EMPTY_ROW = re.compile(rb'<row r="[^"<>]*"[^<>/]*(?:/>|>\s*</row>)')


def _without_empty(chunks):
    """The chunks of a sheet's XML without empty cells and rows.

    A chunk is cut at its last "<" when the tag there is not complete, so that
    no element is split between two chunks (a tag longer than 64 KB is left as it is).
    """
    carry = b""
    for chunk in chunks:
        data = carry + chunk
        cut = data.rfind(b"<")
        if cut < 0 or data.find(b">", cut) >= 0 or len(data) - cut > 65536:
            carry = b""
        else:
            carry, data = data[cut:], data[:cut]
        yield _EMPTY_ROW.sub(b"", _EMPTY_CELL.sub(b"", data))
    if carry:
        yield _EMPTY_ROW.sub(b"", _EMPTY_CELL.sub(b"", carry))


def _no_shared_texts() -> str:
    return translate("Errors", "the sheet uses shared texts the workbook does not hold")


def _unescape(text: str) -> str:
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def _column_of(reference: str) -> int:
    """The 0-based column of a cell reference such as "AB12" (-1 when it has no letters)."""
    number = 0
    for ch in reference:
        code = ord(ch) | 32  # lower case
        if 97 <= code <= 122:
            number = number * 26 + code - 96
        else:
            break
    return number - 1


def _number_text(raw: str) -> str:
    try:
        value = float(raw) if ("." in raw or "e" in raw or "E" in raw) else int(raw)
    except ValueError:
        return raw
    return _cell_text(value)


def _iso_text(raw: str) -> str:
    try:
        return _cell_text(datetime.fromisoformat(raw.strip().removesuffix("Z")))
    except ValueError:
        return raw


def _zip_directory_size(path: Path) -> tuple[int, int] | None:
    """(entries, bytes) of a zip file's directory as its end record declares them.

    Read before ``zipfile`` builds an object for every entry: a 64 MB file could
    declare a million of them.
    """
    with path.open("rb") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        tail_length = min(size, 22 + 65535)
        fh.seek(size - tail_length)
        tail = fh.read(tail_length)
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) - at < 22:
            return None
        _sig, _d, _cd, _here, entries, directory, _offset, _comment = struct.unpack(
            "<4s4H2LH", tail[at : at + 22]
        )
        if entries == 0xFFFF or directory == 0xFFFFFFFF:  # Zip64: the real figures are elsewhere
            locator = tail[at - 20 : at] if at >= 20 else b""
            if not locator.startswith(b"PK\x06\x07"):
                return None
            record_offset = struct.unpack("<4sLQL", locator)[2]
            fh.seek(record_offset)
            record = fh.read(56)
            if len(record) < 56 or not record.startswith(b"PK\x06\x06"):
                return None
            fields = struct.unpack("<4sQ2H2L4Q", record)
            entries, directory = fields[7], fields[8]
    return entries, directory


class _XlsxReader:
    """One workbook, read within the limits: its sheets in order until one holds rows."""

    def __init__(self, path: Path, archive: zipfile.ZipFile):
        from openpyxl.styles.numbers import (  # heavy: only when a workbook is read
            BUILTIN_FORMATS,
            is_date_format,
            is_timedelta_format,
        )
        from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

        self._formats = (BUILTIN_FORMATS, is_date_format, is_timedelta_format)
        self._from_excel = from_excel
        self._epochs = (WINDOWS_EPOCH, MAC_EPOCH)
        self.path = path
        self.archive = archive
        self.elements = 0  # read so far, in every part
        self.deadline = clock.monotonic() + MAX_SECONDS
        self._names: dict[str, str] = {}  # expat's "namespace}name" → the local name, or ""
        self._infos = {info.filename: info for info in archive.infolist()}

    # -- parts -------------------------------------------------------------------------

    def damaged(self, reason) -> ValidationError:
        return _error(
            self.path,
            translate("Errors", "{file} is not a readable Excel workbook ({reason})."),
            reason=reason,
        )

    def _info(self, name: str) -> zipfile.ZipInfo | None:
        info = self._infos.get(name)
        if info is None:  # part names are case-insensitive in a package
            lowered = name.lower()
            info = next((i for n, i in self._infos.items() if n.lower() == lowered), None)
        return info

    def _check(self, info: zipfile.ZipInfo, limit: int) -> None:
        """Refuse a part before it is unpacked: encrypted, packed oddly, or too large."""
        if info.flag_bits & 0x1:
            raise _encrypted(self.path)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _error(
                self.path,
                translate(
                    "Errors",
                    "{file} is packed with a method this program cannot read (zip method "
                    "{method}); open it in Excel or LibreOffice and save it again as .xlsx.",
                ),
                method=info.compress_type,
            )
        if info.file_size > limit:
            raise _error(
                self.path,
                translate(
                    "Errors",
                    "{file} is too large once unpacked: {part} would take {size} MB, and an "
                    "attendee list needs at most {limit} MB.",
                ),
                part=info.filename,
                size=f"{info.file_size / 1024 / 1024:,.0f}",
                limit=limit // 1024 // 1024,
            )
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _error(
                self.path,
                translate(
                    "Errors",
                    "{file} is refused: {part} unpacks to {ratio} times its packed size, "
                    "and a real workbook stays under {limit} times.",
                ),
                part=info.filename,
                ratio=f"{info.file_size // max(info.compress_size, 1):,}",
                limit=MAX_RATIO,
            )

    def local(self, name: str) -> str:
        """The local name of an element of the spreadsheet namespaces ("" for any other)."""
        local = self._names.get(name)
        if local is None:
            namespace, _sep, rest = name.rpartition("}")
            local = rest if namespace in _MAIN_NAMESPACES or not namespace else ""
            self._names[name] = local
        return local

    def count(self) -> None:
        self.elements += 1
        if self.elements > MAX_XML_ELEMENTS:
            raise self.too_many_elements()

    def parse(
        self, name: str, limit: int, start, end=None, text=None, *, sheet: bool = False
    ) -> bool:
        """Feed one part to expat with these handlers; False when the part is missing.

        A ``sheet`` loses its empty cells and rows on the way (see _without_empty).
        """
        info = self._info(name)
        if info is None:
            return False
        self._check(info, limit)
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.buffer_size = 65536

        def no_declarations(*_args):
            raise self.damaged(translate("Errors", "it declares a document type"))

        parser.StartDoctypeDeclHandler = no_declarations
        parser.EntityDeclHandler = no_declarations
        parser.StartElementHandler = start
        if end is not None:
            parser.EndElementHandler = end
        if text is not None:
            parser.CharacterDataHandler = text
        try:
            with self.archive.open(info) as fh:
                chunks = iter(lambda: fh.read(65536), b"")
                for chunk in _without_empty(chunks) if sheet else chunks:
                    if clock.monotonic() > self.deadline:
                        raise self.too_slow()
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except _StopReadingError:
            pass
        except ValidationError:
            raise
        except Exception as exc:  # damaged XML or zip data, of many kinds
            raise self.damaged(exc) from exc
        return True

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Id → (type, part name) of the relationships of ``part`` ("" for the package)."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        found: dict[str, tuple[str, str]] = {}

        def start(name, attrs):
            self.count()
            if name.endswith("}Relationship") or name == "Relationship":
                if attrs.get("TargetMode") == "External":
                    return
                target = attrs.get("Target", "")
                if target.startswith("/"):
                    target = target.lstrip("/")
                else:
                    target = posixpath.normpath(posixpath.join(folder, target))
                found[attrs.get("Id", "")] = (attrs.get("Type", ""), target)

        self.parse(rels_name, MAX_SMALL_PART_BYTES, start)
        return found

    # -- the workbook ------------------------------------------------------------------

    def read(self) -> SpreadsheetTable:
        package = self.relationships("")
        workbook = next(
            (t for kind, t in package.values() if kind.endswith(_OFFICE_DOCUMENT_TYPE)),
            "xl/workbook.xml",
        )
        sheets: list[tuple[str, str]] = []
        date1904 = []

        def start(name, attrs):
            self.count()
            local = self.local(name)
            if local == "sheet":
                rid = next((v for k, v in attrs.items() if k.endswith("}id")), "")
                sheets.append((attrs.get("name", ""), rid))
            elif local == "workbookPr":
                date1904.append(attrs.get("date1904", "0").lower() in ("1", "true"))

        if not self.parse(workbook, MAX_SMALL_PART_BYTES, start):
            raise _error(
                self.path,
                translate(
                    "Errors",
                    "{file} is a zip archive but not an Excel workbook; choose a CSV or "
                    ".xlsx file.",
                ),
            )
        related = self.relationships(workbook)
        self.epoch = self._epochs[1] if any(date1904) else self._epochs[0]
        self.shared_strings = next(
            (t for kind, t in related.values() if kind.endswith(_SHARED_STRINGS_TYPE)), None
        )
        styles = next((t for kind, t in related.values() if kind.endswith(_STYLES_TYPE)), None)
        self.date_styles, self.timedelta_styles = self.read_styles(styles)
        for title, rid in sheets:
            kind, part = related.get(rid, ("", ""))
            if not kind.endswith(_WORKSHEET_TYPE):
                continue  # a chart sheet, or a sheet the package does not hold
            kept, formulas = self.read_sheet(part, title)
            if kept:
                return _table(self.path, "xlsx", None, None, title, kept, frozenset(formulas))
        raise _error(self.path, translate("Errors", "{file} is empty."))

    def read_styles(self, part: str | None) -> tuple[frozenset[int], frozenset[int]]:
        """Which cell styles show a number as a date (and which of those as a duration)."""
        if part is None:
            return frozenset(), frozenset()
        builtin, is_date, is_duration = self._formats
        custom: dict[int, str] = {}
        formats: list[int] = []
        in_cell_formats = []

        def start(name, attrs):
            self.count()
            local = self.local(name)
            try:
                if local == "numFmt":
                    custom[int(attrs.get("numFmtId", "-1"))] = attrs.get("formatCode", "")
                elif local == "cellXfs":
                    in_cell_formats.append(True)
                elif local == "xf" and in_cell_formats:
                    formats.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                formats.append(0)

        def end(name):
            if self.local(name) == "cellXfs":
                in_cell_formats.clear()

        self.parse(part, MAX_SMALL_PART_BYTES, start, end)
        dates, durations = set(), set()
        for index, format_id in enumerate(formats):
            code = custom.get(format_id, builtin.get(format_id))
            if code and is_date(code):
                dates.add(index)
                if is_duration(code):
                    durations.add(index)
        return frozenset(dates), frozenset(durations)

    # -- a sheet -----------------------------------------------------------------------

    def too_many_elements(self) -> ValidationError:
        return _error(
            self.path,
            translate(
                "Errors",
                "{file} holds more than {limit} cells and other entries; an attendee "
                "list holds far fewer.",
            ),
            limit=f"{MAX_XML_ELEMENTS:,}",
        )

    def too_slow(self) -> ValidationError:
        return _error(
            self.path,
            translate(
                "Errors",
                "{file} takes more than {limit} seconds to read; an attendee list reads in "
                "one or two. Save the attendee sheet alone, or as CSV, and import that.",
            ),
            limit=MAX_SECONDS,
        )

    def read_sheet(
        self, part: str, title: str
    ) -> tuple[list[tuple[int, list[str]]], set[tuple[int, int]]]:
        """The rows of a sheet holding something, with their numbers, merged ranges applied,
        and the cells holding a formula without a saved result.

        The handlers run once per element of what may be millions: they keep their
        state in closure variables and do next to nothing for an empty cell.
        """
        path = self.path
        tags = _TAGS
        budget = MAX_XML_ELEMENTS - self.elements
        seen = 0
        rows: list[tuple[int, dict[int, object]]] = []
        by_number: dict[int, dict[int, object]] = {}
        numbers: list[int] = []  # of the rows read, in order, once the cells are read
        formulas: set[tuple[int, int]] = set()
        fills = 0
        in_data = after_data = False
        depth = 0  # below the worksheet, counted once the cells are read
        row = 0
        cells: dict[int, object] | None = None  # the row being read: column → value
        column = -1  # of the last cell read, unless last_reference says otherwise
        last_reference: str | None = None  # read only when a cell without one follows
        in_cell = has_v = has_f = in_is = collecting = False
        cell_attributes: dict[str, str] = {}
        phonetic = length = 0
        buffer: list[str] = []
        raw_limit = MAX_CELL_CHARS * 7  # an escaped character (_x000D_) takes seven
        date_styles = {str(s) for s in self.date_styles}  # as the "s" attribute says them
        columns: dict[str, int] = {}  # "AB" → 27: cell references repeat their letters

        def column_of(reference: str) -> int:
            letters = reference.rstrip("0123456789")
            at = columns.get(letters)
            if at is None:
                at = _column_of(letters)
                if len(letters) <= 3:  # at most 18,278 of them
                    columns[letters] = at
            return at

        def previous_column() -> int:
            return column_of(last_reference) if last_reference is not None else column

        def start(name, attrs):
            nonlocal seen, in_cell, has_v, has_f, in_is, collecting, cell_attributes
            nonlocal phonetic, length, row, cells, column, last_reference, in_data, depth
            seen += 1
            if seen > budget:
                raise self.too_many_elements()
            tag = tags.get(name)
            if in_cell:
                if tag == _V:
                    has_v = collecting = True
                elif tag == _T:
                    collecting = in_is and not phonetic
                elif tag == _IS:
                    in_is = True
                elif tag == _RPH:
                    phonetic += 1
                elif tag == _F:
                    has_f = True
            elif tag == _C:
                if cells is not None:
                    in_cell = True
                    cell_attributes = attrs  # read when the cell turns out to hold something
                    has_v = has_f = in_is = False
                    phonetic = length = 0
                    if buffer:
                        buffer.clear()
            elif tag == _ROW:
                if in_data:
                    number = attrs.get("r")
                    try:
                        row = int(float(number)) if number else row + 1
                    except (ValueError, OverflowError):
                        raise self.damaged(
                            translate("Errors", "row number {value}").format(
                                value=repr(number[:20])
                            )
                        ) from None
                    cells = {}
                    column, last_reference = -1, None
            elif after_data:
                depth += 1
                if depth == 1 and tag != _BEFORE and tag != _MERGE_CELLS:
                    raise _StopReadingError  # past the place of merged ranges
                if tag == _MERGE_CELL:
                    merge(attrs.get("ref", ""))
            elif tag == _SHEET_DATA:
                in_data = True

        def end(name):
            nonlocal in_cell, collecting, phonetic, in_is, cells, in_data, after_data, depth
            tag = tags.get(name)
            if in_cell:
                if tag == _C:
                    in_cell = collecting = False
                    finish_cell()
                elif tag in (_V, _T):
                    collecting = False
                elif tag == _RPH:
                    phonetic -= 1
                elif tag == _IS:
                    in_is = False
            elif tag == _ROW:
                if cells:
                    finish_row()
                cells = None
            elif after_data:
                depth -= 1
                if tag == _MERGE_CELLS:
                    raise _StopReadingError
            elif tag == _SHEET_DATA and in_data:
                in_data, after_data = False, True
                numbers.extend(sorted(by_number))

        def text(data):
            nonlocal length
            if collecting:
                length += len(data)
                if length > raw_limit:
                    reference = cell_attributes.get("r")
                    at = column_of(reference) if reference else previous_column() + 1
                    raise _cell_error(path, title, row, at, _too_long())
                buffer.append(data)

        def finish_cell():
            nonlocal column, last_reference
            reference = cell_attributes.get("r")
            if not (has_v or has_f or buffer):
                # An empty cell, there for its style: its place is worked out only if needed.
                if reference is not None:
                    last_reference = reference
                else:
                    column, last_reference = previous_column() + 1, None
                return
            at = column_of(reference) if reference is not None else previous_column() + 1
            if at < 0:
                raise self.damaged(
                    translate("Errors", "cell reference {value}").format(value=repr(reference[:20]))
                )
            column, last_reference = at, None
            raw = "".join(buffer)
            kind = cell_attributes.get("t")
            # A formula's result is saved in <v>; an empty <v> is an empty text only when
            # the cell says it holds text (t="str"): openpyxl and others write <v/>.
            unsaved = has_f and (not has_v or (raw == "" and kind != "str"))
            value: object
            if unsaved:
                value = ""
            elif kind is None or kind == "n":
                style = cell_attributes.get("s")
                if raw.isdigit() and raw[0] != "0" and style not in date_styles:
                    value = raw  # a whole number, as most numbers in a list are
                else:
                    value = self.number(raw.strip(), style) if raw.strip() else ""
            elif kind == "s":
                try:
                    value = int(raw) if raw.strip() else ""
                except ValueError:
                    raise self.damaged(
                        translate("Errors", "shared text number {value}").format(
                            value=repr(raw[:20])
                        )
                    ) from None
            elif kind == "b":
                value = "TRUE" if raw.strip() in ("1", "true") else "FALSE"
            elif kind == "d":
                value = _iso_text(raw)
            else:  # inlineStr, str (a formula's text), e (an error such as #N/A)
                value = _unescape(raw)
            if value == "" and not unsaved:
                return
            if at >= MAX_COLUMNS:
                raise _cell_error(path, title, row, at, _beyond_columns())
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise _cell_error(path, title, row, at, _too_long())
            cells[at] = value
            if unsaved:
                formulas.add((row, at))

        def finish_row():
            if row in by_number:  # the same row twice: damaged, but keep every value
                by_number[row].update(cells)
                return
            by_number[row] = cells
            rows.append((row, cells))
            if len(rows) > MAX_ROWS + 1:
                raise _too_many_rows(path)

        def merge(reference: str):
            nonlocal fills
            corners = [_CELL_REFERENCE.fullmatch(r) for r in reference.split(":")]
            if len(corners) != 2 or not all(corners):
                return  # one cell, or a reference Excel would not write
            (c1, r1), (c2, r2) = ((_column_of(m[1]), int(m[2])) for m in corners)
            value = by_number.get(r1, {}).get(c1, "")
            unsaved = (r1, c1) in formulas
            if value == "" and not unsaved:
                return
            last_column = min(c2, MAX_COLUMNS - 1)
            low = bisect.bisect_left(numbers, r1)
            high = bisect.bisect_right(numbers, r2)
            for number in numbers[low:high]:
                covered = by_number[number]
                for at in range(c1, last_column + 1):
                    fills += 1
                    if fills > len(numbers) * MAX_COLUMNS:
                        raise self.damaged(translate("Errors", "merged ranges overlap"))
                    # Excel shows the first cell's value all over the range.
                    covered[at] = value
                    if unsaved:
                        formulas.add((number, at))

        try:
            self.parse(part, MAX_PART_BYTES, start, end, text, sheet=True)
        finally:
            self.elements += seen
        if not numbers:
            numbers.extend(sorted(by_number))
        return self.resolve(rows, formulas, title)

    def number(self, raw: str, style: str | None) -> str:
        if style and style.isdigit() and int(style) in self.date_styles:
            try:
                value = float(raw)
                return _cell_text(
                    self._from_excel(
                        value, self.epoch, timedelta=int(style) in self.timedelta_styles
                    )
                )
            except (ValueError, OverflowError):
                return raw
        return _number_text(raw)

    def resolve(
        self,
        rows: list[tuple[int, dict[int, object]]],
        formulas: set[tuple[int, int]],
        title: str,
    ) -> tuple[list[tuple[int, list[str]]], set[tuple[int, int]]]:
        """Rows as lists of text: shared texts looked up, blank rows left out."""
        needed = {v for _n, cells in rows for v in cells.values() if type(v) is int}
        texts = self.read_shared_strings(needed) if needed else {}
        kept: list[tuple[int, list[str]]] = []
        for number, cells in sorted(rows, key=lambda item: item[0]):
            values = [""] * (max(cells) + 1)
            for column, value in cells.items():
                if type(value) is int:
                    value = texts[value]
                    if value is None or len(value) > MAX_CELL_CHARS:
                        raise _cell_error(self.path, title, number, column, _too_long())
                values[column] = value
            while values and not values[-1].strip() and (number, len(values) - 1) not in formulas:
                values.pop()
            if any(v.strip() for v in values) or any((number, c) in formulas for c in cells):
                kept.append((number, values))
        return kept, formulas

    def read_shared_strings(self, needed: set[int]) -> dict[int, str | None]:
        """The shared texts the sheet uses, and no other: the table may be far larger.

        A text too long for a cell is None, refused where a cell uses it.
        """
        if self.shared_strings is None:
            raise self.damaged(_no_shared_texts())
        tags = _TAGS
        budget = MAX_XML_ELEMENTS - self.elements
        seen = 0
        last = max(needed)
        found: dict[int, str | None] = {}
        index = -1
        keep = collecting = False
        phonetic = length = 0
        parts: list[str] = []
        raw_limit = MAX_CELL_CHARS * 7

        def start(name, attrs):
            nonlocal seen, index, keep, collecting, phonetic, length
            seen += 1
            if seen > budget:
                raise self.too_many_elements()
            tag = tags.get(name)
            if tag == _SI:
                index += 1
                keep = index in needed
                length = 0
                if parts:
                    parts.clear()
            elif tag == _T:
                collecting = keep and not phonetic
            elif tag == _RPH:
                phonetic += 1

        def end(name):
            nonlocal collecting, phonetic
            tag = tags.get(name)
            if tag == _SI:
                if keep:
                    found[index] = _unescape("".join(parts)) if length <= raw_limit else None
                if index >= last:
                    raise _StopReadingError
            elif tag == _T:
                collecting = False
            elif tag == _RPH:
                phonetic -= 1

        def text(data):
            nonlocal length
            if collecting:
                length += len(data)
                if length <= raw_limit:
                    parts.append(data)

        try:
            present = self.parse(self.shared_strings, MAX_PART_BYTES, start, end, text)
        finally:
            self.elements += seen
        if not present:
            raise self.damaged(_no_shared_texts())
        missing = needed - found.keys()
        if missing:
            raise self.damaged(
                translate("Errors", "the sheet uses shared text {n}, which is missing").format(
                    n=min(missing)
                )
            )
        return found


def _read_xlsx(path: Path) -> SpreadsheetTable:
    try:
        directory = _zip_directory_size(path)
    except OSError as exc:
        raise _error(
            path, translate("Errors", "cannot read {file}: {reason}"), reason=exc.strerror or exc
        ) from exc
    if directory is not None and (
        directory[0] > MAX_ZIP_ENTRIES or directory[1] > MAX_ZIP_ENTRIES * 1024
    ):
        raise _error(
            path,
            translate(
                "Errors",
                "{file} packs more than {limit} parts; an Excel workbook holds a few dozen.",
            ),
            limit=f"{MAX_ZIP_ENTRIES:,}",
        )
    try:
        archive = zipfile.ZipFile(path)
    except Exception as exc:  # not a zip after all, or a damaged one, of many kinds
        raise _error(
            path,
            translate("Errors", "{file} is not a readable Excel workbook ({reason})."),
            reason=exc,
        ) from exc
    with archive:
        return _XlsxReader(path, archive).read()


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


def repeated_columns(table: SpreadsheetTable) -> list[tuple[int, int]]:
    """Pairs (first, later) of columns whose headers name the same field, the later one
    holding values: :func:`guess_columns` maps only the first, so without a choice of the
    user (the preview's mapping) the later column's values would be left out."""
    first_of: dict[object, int] = {}
    repeated = []
    for index, header in enumerate(table.headers):
        kind = _KIND_OF_KEY.get(header_key(header))
        if kind is None:
            continue
        if kind not in first_of:
            first_of[kind] = index
            continue
        if any(index < len(row) and row[index].strip() for row in table.rows):
            repeated.append((first_of[kind], index))
    return repeated


# -- writing -----------------------------------------------------------------------------


# What makes Excel or LibreOffice read a cell as a formula when it comes first: the
# ASCII signs and their full-width (Japanese, Chinese input) and small forms, which
# LibreOffice also takes for them.
_FORMULA_SIGNS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212")
# Invisible characters a spreadsheet skips before that sign, besides str.isspace() ones.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def _starts_formula(cell: str) -> bool:
    """Whether a spreadsheet could take the cell for a formula: it starts with a tab or a
    carriage return, or its first character that is not blank is a formula sign."""
    if cell.startswith(("\t", "\r")):
        return True
    for ch in cell:
        if ch.isspace() or ch in _INVISIBLE:
            continue  # spaces, NBSP, U+3000, tabs, line breaks
        return ch in _FORMULA_SIGNS
    return False


def neutralise(cell: str) -> str:
    """A cell made safe for spreadsheets: one that could start a formula gets a leading quote."""
    return "'" + cell if _starts_formula(cell) else cell


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

    ``;`` by default: Excel on Turkish (and most European) Windows splits on it. Every
    cell is quoted, so a separator or a line break inside a value never splits it,
    whichever separator the program opening the file assumes.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
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
