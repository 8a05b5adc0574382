"""Attendee files built by the tests: workbooks written as raw XML (odd, hostile or huge), and
the zip surgery that makes a part lie about itself.

Nothing here is a fixture file: each test builds what it needs in its temporary folder.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET = "xl/worksheets/sheet1.xml"
SHARED = "xl/sharedStrings.xml"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(reference: str, text: str) -> str:
    """A cell holding text, as openpyxl writes it."""
    return f'<c r="{reference}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def row(number: int, *cells: str, **columns: str) -> str:
    """A row of inline texts: ``row(2, "Gülşen Öztürk", "Uludere")`` or ``row(2, D="x")``."""
    xml = "".join(inline(f"{letter(i)}{number}", text) for i, text in enumerate(cells) if text)
    xml += "".join(inline(f"{column}{number}", text) for column, text in columns.items())
    return f'<row r="{number}">{xml}</row>'


def letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet(rows: str, *, before: str = "", after: str = "") -> str:
    """A worksheet: ``before`` goes ahead of the cells (a dimension), ``after`` behind them
    (merged ranges)."""
    return f'<worksheet xmlns="{MAIN}">{before}<sheetData>{rows}</sheetData>{after}</worksheet>'


def workbook(
    path: Path,
    sheet_xml: str | bytes | Iterable[bytes],
    *,
    shared: str | bytes | Iterable[bytes] | None = None,
    styles: str | None = None,
    title: str = "Katılımcılar",
    date1904: bool = False,
    level: int = 6,
    zip64: bool = False,
) -> Path:
    """A minimal .xlsx of one sheet; a part given as chunks of bytes is streamed in (one of
    2 GB or more needs ``zip64``)."""
    relationships = (
        f'<Relationship Id="rId1" Type="{OFFICE}/worksheet" Target="worksheets/sheet1.xml"/>'
    )
    if shared is not None:
        relationships += (
            f'<Relationship Id="rId2" Type="{OFFICE}/sharedStrings" Target="sharedStrings.xml"/>'
        )
    if styles is not None:
        relationships += f'<Relationship Id="rId3" Type="{OFFICE}/styles" Target="styles.xml"/>'
    kinds = {"/xl/workbook.xml": "sheet.main", "/" + SHEET: "worksheet"}
    if shared is not None:
        kinds["/" + SHARED] = "sharedStrings"
    if styles is not None:
        kinds["/xl/styles.xml"] = "styles"
    overrides = "".join(
        f'<Override PartName="{name}" ContentType="application/'
        f'vnd.openxmlformats-officedocument.spreadsheetml.{kind}+xml"/>'
        for name, kind in kinds.items()
    )
    parts: dict[str, object] = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
            f'Type="{OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}">'
            f'<workbookPr date1904="{int(date1904)}"/><sheets>'
            f'<sheet name="{escape(title)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{RELS}">{relationships}</Relationships>'
        ),
        SHEET: sheet_xml,
    }
    if shared is not None:
        parts[SHARED] = shared
    if styles is not None:
        parts["xl/styles.xml"] = styles
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, content in parts.items():
            if isinstance(content, str | bytes):
                archive.writestr(name, content)
                continue
            with archive.open(name, "w", force_zip64=zip64) as fh:
                for chunk in content:
                    fh.write(chunk)
    return path


def repeated(unit: bytes, total: int, chunk: int = 4 * 1024 * 1024) -> Iterable[bytes]:
    """``unit`` again and again, ``total`` bytes in all, a few megabytes at a time."""
    block = unit * max(chunk // len(unit), 1)
    written = 0
    while written + len(block) <= total:
        yield block
        written += len(block)
    yield unit * ((total - written) // len(unit))


def shared_strings(texts: Iterable[str]) -> Iterable[bytes]:
    yield f'<sst xmlns="{MAIN}">'.encode()
    for text in texts:
        yield f"<si><t>{escape(text)}</t></si>".encode()
    yield b"</sst>"


def patch_entry(
    path: Path,
    name: str,
    *,
    declared_size: int | None = None,
    method: int | None = None,
    flags: int | None = None,
) -> None:
    """Make the zip's own records say something else about one part (a lying size, a
    compression method, the encryption flag), in its local header and its directory entry."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    if declared_size is not None and info.file_size >= 0xFFFFFFFF:
        raise ValueError("a Zip64 entry keeps its sizes elsewhere")
    local = info.header_offset
    at = data.find(b"PK\x01\x02")
    while data[at + 46 : at + 46 + len(encoded)] != encoded:
        at = data.find(b"PK\x01\x02", at + 4)
    for offset, directory in ((local, False), (at, True)):
        shift = 2 if directory else 0  # the directory entry has "version made by" first
        if flags is not None:
            data[offset + 6 + shift : offset + 8 + shift] = flags.to_bytes(2, "little")
        if method is not None:
            data[offset + 8 + shift : offset + 10 + shift] = method.to_bytes(2, "little")
        if declared_size is not None:
            data[offset + 22 + shift : offset + 26 + shift] = declared_size.to_bytes(4, "little")
    path.write_bytes(bytes(data))


def deflated_size(chunks: Iterable[bytes]) -> int:
    """How small deflate makes these bytes (to check that a test's bomb is one)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return sum(len(compressor.compress(c)) for c in chunks) + len(compressor.flush())


def ole_file(path: Path, *streams: str) -> Path:
    """A compound file (what .xls and password-protected .xlsx are) naming these streams."""
    names = b"".join(s.encode("utf-16-le") + b"\0\0" for s in streams)
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + names + bytes(1024))
    return path
