"""A corpus of hostile files given to the command line as a user would.

Every file is crafted here: databases that are not ours or are broken,
attendee lists (CSV and XLSX) built to exhaust or to mislead, and workshop
bundles with values out of range. Each is either refused — exit status 2, one
line on stderr, no traceback, the database exactly as it was — or, where the
file is fine after all, imported correctly.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from facilitator.store import Store
from tests.cli.test_cli import run
from tests.conftest import demo_database
from tests.data.attendees.crafted import workbook

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return demo_database(tmp_path_factory.mktemp("korpus") / "demo.db")


@pytest.fixture(scope="module")
def demo_bundle(template, tmp_path_factory) -> tuple[dict, dict]:
    """The manifest and data of the demo's workshop 5 (notes, commitments), as exported."""
    out = tmp_path_factory.mktemp("paket") / "demo.facilitator"
    done = run("--database", str(template), "bundle", "export", "5", "-o", str(out))
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as archive:
        return json.loads(archive.read("manifest.json")), json.loads(archive.read("data.json"))


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def assert_refused(result, expect: str | None = None) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    if expect:
        assert expect.lower() in lines[0].lower(), lines[0]


# -- database files ---------------------------------------------------------------------------


def _foreign(path: Path, revision: str | None) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    if revision is not None:
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    conn.commit()
    conn.close()


def _only_version_table(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.commit()
    conn.close()


def _other_app_id(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1095779412")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _demo_with(template: Path, change):
    def build(path: Path) -> None:
        shutil.copy(template, path)
        change(path)

    return build


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _zero_first_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(b"\0" * 4096 + data[4096:])


def _garble_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = bytes((i * 37 + 11) % 256 for i in range(8192))
    path.write_bytes(bytes(data))


def _revision(revision: str):
    def change(path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
        conn.close()

    return change


DATABASES = {
    "empty-file": (lambda p: p.write_bytes(b""), "empty"),
    "random-bytes": (lambda p: p.write_bytes(bytes(range(256)) * 64), "not an SQLite file"),
    "text-file": (lambda p: p.write_text("Ad;Soyad\nAyşe;Öz\n", encoding="utf-8"), "not"),
    "header-then-garbage": (lambda p: p.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000), None),
    "foreign-empty-version": (lambda p: _foreign(p, None), "not a Facilitator database"),
    "foreign-with-0001": (lambda p: _foreign(p, "0001"), "not a Facilitator database"),
    "only-version-table": (_only_version_table, "not a Facilitator database"),
    "other-application-id": (_other_app_id, "another application"),
    "folder": (lambda p: p.mkdir(), "folder"),
    "fifo": (lambda p: os.mkfifo(p), "not a regular file"),
    "dangling-link": (lambda p: p.symlink_to(p.with_name("yok.db")), "does not exist"),
}
DEMO_DAMAGE = {
    "truncated": (_truncate, None),
    "first-page-zeroed": (_zero_first_page, None),
    "garbled-middle": (_garble_middle, "damaged"),
    "revision-0000": (_revision("0000"), "not a Facilitator database"),
    "revision-of-another-app": (_revision("ae1027a6acf"), "not a Facilitator database"),
}


def _snapshot(path: Path):
    if path.is_symlink() or not path.exists():
        return ("absent", os.path.lexists(path))
    if path.is_dir():
        return ("folder", sorted(p.name for p in path.iterdir()))
    if not path.is_file():
        return ("special",)
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", [*DATABASES, *DEMO_DAMAGE])
def test_a_hostile_database_file_is_refused_and_untouched(name, template, tmp_path):
    db = tmp_path / "hedef.db"
    if name in DATABASES:
        build, expect = DATABASES[name]
        build(db)
    else:
        change, expect = DEMO_DAMAGE[name]
        _demo_with(template, change)(db)
    before = _snapshot(db)
    names_before = sorted(p.name for p in tmp_path.iterdir())
    for command in (
        ("list", "workshops"),
        ("export", "agenda", "1", "-o", str(tmp_path / "a.pdf")),
    ):
        result = run("--database", str(db), *command)
        assert_refused(result, expect)
        assert _snapshot(db) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == names_before, "nothing beside it"


def test_a_database_in_memory_keeps_nothing_and_is_refused(tmp_path):
    assert_refused(run("--database", "sqlite://", "demo"), "in memory")


def test_backup_of_a_device_or_a_foreign_file_is_refused(template, tmp_path):
    assert_refused(run("--database", "/dev/null", "backup", "-o", str(tmp_path / "y.db")))
    foreign = tmp_path / "başka.db"
    _foreign(foreign, "0001")
    assert_refused(run("--database", str(foreign), "backup", "-o", str(tmp_path / "y.db")))
    assert not (tmp_path / "y.db").exists()


# -- attendee lists ------------------------------------------------------------------------


def _xlsx(sheet_xml: str, *, shared: str | None = None) -> bytes:
    """A minimal one-sheet .xlsx, written by the tests' one workbook writer."""
    buffer = io.BytesIO()
    workbook(buffer, sheet_xml, shared=shared)
    return buffer.getvalue()


SHEET = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main">{dimension}<sheetData>{rows}</sheetData></worksheet>'
)


def _row(number: int, *cells: str) -> str:
    columns = "ABCDEFGH"
    inner = "".join(
        f'<c r="{columns[i]}{number}" t="inlineStr"><is><t>{value}</t></is></c>'
        for i, value in enumerate(cells)
    )
    return f'<row r="{number}">{inner}</row>'


HEADER = _row(1, "Ad", "Soyad", "E-posta", "Kurum")


def _dimension_bomb(path: Path) -> None:
    rows = HEADER + _row(2, "Ayşe", "Öztürk", "ayse@ornek.org.tr", "Işık Vakfı")
    dimension = '<dimension ref="A1:XFD1048576"/>'
    path.write_bytes(_xlsx(SHEET.format(dimension=dimension, rows=rows)))


def _zip_bomb(path: Path) -> None:
    """A sheet of about 400 MB of empty rows, compressed to well under a megabyte."""
    buffer = io.BytesIO()
    base_bytes = _xlsx(SHEET.format(dimension="", rows=HEADER))
    opening = SHEET.split("{rows}")[0].format(dimension="").encode() + HEADER.encode()
    with (
        zipfile.ZipFile(io.BytesIO(base_bytes)) as base,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for item in base.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                archive.writestr(item.filename, base.read(item.filename))
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(opening)
            chunk = b"<row/>" * 100_000
            for _ in range(700):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    path.write_bytes(buffer.getvalue())


def _shared_strings_bomb(path: Path) -> None:
    strings = "<si><t>" + "ş" * 1000 + "</t></si>"
    count = 200_000
    shared = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">'
        + strings * count
        + "</sst>"
    )
    path.write_bytes(_xlsx(SHEET.format(dimension="", rows=HEADER), shared=shared))


def _formula_without_value(path: Path) -> None:
    row = (
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Ayşe</t></is></c><c r="B2" t="inlineStr"><is>'
        '<t>Öztürk</t></is></c><c r="C2" t="str"><f>LOWER("AYSE@ORNEK.ORG")</f></c>'
        '<c r="D2" t="inlineStr"><is><t>Işık Vakfı</t></is></c></row>'
    )
    path.write_bytes(_xlsx(SHEET.format(dimension="", rows=HEADER + row)))


def _encrypted_entry(path: Path) -> None:
    data = bytearray(_xlsx(SHEET.format(dimension="", rows=HEADER)))
    # Set the "encrypted" bit (bit 0 of the general purpose flag) in every header.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := data.find(signature, start)) != -1:
            data[found + offset] |= 0x01
            start = found + 4
    path.write_bytes(bytes(data))


def _unsupported_compression(path: Path) -> None:
    data = bytearray(_xlsx(SHEET.format(dimension="", rows=HEADER)))
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (found := data.find(signature, start)) != -1:
            data[found + offset : found + offset + 2] = (99).to_bytes(2, "little")  # AES
            start = found + 4
    path.write_bytes(bytes(data))


def _csv(text: str, encoding: str = "utf-8"):
    return lambda path: path.write_bytes(text.encode(encoding))


ATTENDEE_HEADER = "Ad;Soyad;E-posta;Kurum\n"
ONE = "Ayşe;Öztürk;ayse@ornek.org.tr;Işık Vakfı\n"

ATTENDEE_FILES = {
    # name: (file name, builder, expected: None = refused, or the people created)
    "csv-blank-rows-around-one": (
        "boş.csv",
        _csv(ATTENDEE_HEADER + ";;;\n" * 10_000 + ONE + ";;;\r\n" * 10_000),
        1,
    ),
    "csv-5mb-cell": (
        "dev.csv",
        _csv(ATTENDEE_HEADER + "Ayşe;" + "ö" * 2_600_000 + ";a@b.org;X\n"),
        None,
    ),
    "csv-binary": ("ikili.csv", lambda p: p.write_bytes(bytes(range(256)) * 40), None),
    "csv-empty": ("boş.csv", _csv(""), None),
    "csv-header-only": ("başlık.csv", _csv(ATTENDEE_HEADER), None),
    "csv-nul-bytes": ("nul.csv", _csv(ATTENDEE_HEADER + "Ay\0şe;Öz;a@b.org;X\n"), None),
    "csv-too-many-rows": (
        "çok.csv",
        _csv(ATTENDEE_HEADER + "".join(f"K{i};S;k{i}@ornek.org;X\n" for i in range(10_001))),
        None,
    ),
    "csv-script-address": (
        "adres.csv",
        _csv(ATTENDEE_HEADER + "Ali;Veli;<script>@x.org;X\n"),
        None,
    ),
    "csv-dotted-address": (
        "nokta.csv",
        _csv(ATTENDEE_HEADER + "Ali;Veli;.ali@example.org;X\n"),
        None,
    ),
    "csv-same-person-two-addresses": (
        "iki.csv",
        _csv(ATTENDEE_HEADER + "Ali;Veli;ali@bir.org;X\nAli;Veli;ali@iki.org;X\n"),
        2,
    ),
    "csv-windows-1254": ("eski.csv", _csv(ATTENDEE_HEADER + ONE, "cp1254"), 1),
    "csv-zip-in-disguise": (
        "zip.csv",
        lambda p: p.write_bytes(_xlsx(SHEET.format(dimension="", rows=HEADER))),
        None,
    ),
    "xlsx-dimension-bomb": ("boyut.xlsx", _dimension_bomb, 1),
    "xlsx-zip-bomb": ("bomba.xlsx", _zip_bomb, None),
    "xlsx-shared-strings-bomb": ("dizgi.xlsx", _shared_strings_bomb, None),
    "xlsx-formula-without-value": ("formül.xlsx", _formula_without_value, None),
    "xlsx-encrypted-entry": ("şifreli.xlsx", _encrypted_entry, None),
    "xlsx-unsupported-compression": ("sıkıştırma.xlsx", _unsupported_compression, None),
    "xlsx-not-a-zip": ("metin.xlsx", _csv(ATTENDEE_HEADER + ONE), None),
    "xlsx-ole-container": (
        "parola.xlsx",
        lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096),
        None,
    ),
    "xlsx-empty-zip": ("boş.xlsx", lambda p: zipfile.ZipFile(p, "w").close(), None),
}


@pytest.mark.parametrize("name", ATTENDEE_FILES)
def test_a_hostile_attendee_list_is_refused_or_imported_right(name, template, tmp_path):
    file_name, build, expected = ATTENDEE_FILES[name]
    db = tmp_path / "hedef.db"
    shutil.copy(template, db)
    source = tmp_path / file_name
    build(source)
    before = dump(db)
    result = run("--database", str(db), "import", "attendees", "1", str(source))
    if expected is None:
        assert_refused(result)
        assert dump(db) == before
        return
    assert result.returncode == 0, result.stderr
    # Everyone in these files is new to the demo's directory.
    assert result.stdout.splitlines()[-1] == f"created {expected}, matched 0, skipped 0"


# -- workshop bundles ----------------------------------------------------------------------


def _bundle(manifest: dict, data: dict, *, raw_data: bytes | None = None) -> bytes:
    body = raw_data if raw_data is not None else json.dumps(data, ensure_ascii=False).encode()
    manifest = json.loads(json.dumps(manifest))
    manifest["checksums"]["data.json"] = hashlib.sha256(body).hexdigest()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", body)
    return buffer.getvalue()


def _edit(table: str, field: str, value):
    def change(manifest: dict, data: dict) -> bytes:
        data = json.loads(json.dumps(data))
        data["tables"][table][0][field] = value
        return _bundle(manifest, data)

    return change


def _raw_text(manifest: dict, data: dict) -> bytes:
    text = json.dumps(data, ensure_ascii=True)
    first_note = data["tables"]["note"][0]["text"]
    text = text.replace(json.dumps(first_note, ensure_ascii=True)[1:-1], "\\ud800 yar\\u0131m", 1)
    return _bundle(manifest, data, raw_data=text.encode())


def _retitled(manifest: dict, data: dict) -> bytes:
    manifest = json.loads(json.dumps(manifest))
    manifest["workshop"]["title"] = "Başka bir çalıştay"
    return _bundle(manifest, data)


def _wrong_checksum(manifest: dict, data: dict) -> bytes:
    good = _bundle(manifest, data)
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        body = archive.read("data.json")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", archive_manifest(good))
        archive.writestr("data.json", body.replace(b"\xc3\xa7", b"c", 1))
    return buffer.getvalue()


def archive_manifest(bundle: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        return archive.read("manifest.json")


def _flagged(offsets):
    def change(manifest: dict, data: dict) -> bytes:
        raw = bytearray(_bundle(manifest, data))
        for signature, offset, value in offsets:
            start = 0
            while (found := raw.find(signature, start)) != -1:
                if value is None:
                    raw[found + offset] |= 0x01
                else:
                    raw[found + offset : found + offset + 2] = value.to_bytes(2, "little")
                start = found + 4
        return bytes(raw)

    return change


BUNDLES = {
    "not-a-zip": lambda m, d: b"PK\x03\x04 bu bir paket degil",
    "empty": lambda m, d: b"",
    "no-manifest": lambda m, d: _only_entry("data.json", b"{}"),
    "manifest-not-json": lambda m, d: _only_entry("manifest.json", b"{not json"),
    "wrong-checksum": _wrong_checksum,
    "date-year-9999": _edit("workshop", "planned_start", "9999-12-31T23:00:00+00:00"),
    "date-year-0001": _edit("workshop", "planned_end", "0001-01-01T00:00:00+00:00"),
    "planned-minutes-2-53": _edit("agenda_item", "planned_minutes", 2**53),
    "title-with-nul": _edit("workshop", "title", "Çalıştay\u0000"),
    "title-with-escape": _edit("workshop", "title", "Çalıştay \u001b[2J"),
    "lone-surrogate": _raw_text,
    "future-update": _edit("person", "updated_at", "9999-01-01T00:00:00+00:00"),
    "manifest-title-mismatch": _retitled,
    "encrypted-entries": _flagged([(b"PK\x03\x04", 6, None), (b"PK\x01\x02", 8, None)]),
    "unsupported-compression": _flagged([(b"PK\x03\x04", 8, 99), (b"PK\x01\x02", 10, 99)]),
    "bad-email": _edit("person", "email", "=HYPERLINK(1)@x.org"),
}


def _only_entry(name: str, body: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, body)
    return buffer.getvalue()


def _with_quantity(manifest: dict, data: dict) -> bytes:
    text = json.dumps(data, ensure_ascii=False)
    with_quantity = [c for c in data["tables"]["commitment"] if c.get("quantity") is not None]
    if not with_quantity:
        pytest.fail("the demo bundle carries no commitment with a quantity to make hostile")
    old = json.dumps(with_quantity[0]["quantity"])
    marker = f'"quantity":{old}' if f'"quantity":{old}' in text else f'"quantity": {old}'
    return _bundle(manifest, data, raw_data=text.replace(marker, '"quantity": 1e400', 1).encode())


BUNDLES["quantity-1e400"] = _with_quantity


@pytest.fixture
def empty_database(tmp_path) -> Path:
    """A Facilitator database with nothing in it: every row of a bundle is new there, so a
    hostile value must be caught by the checks, not by a conflict with a row already here."""
    db = tmp_path / "hedef.db"
    Store.open(db).close()
    return db


def test_the_unaltered_bundle_imports_into_an_empty_database(demo_bundle, empty_database, tmp_path):
    manifest, data = demo_bundle
    file = tmp_path / "paket.facilitator"
    file.write_bytes(_bundle(manifest, data))
    result = run("--database", str(empty_database), "bundle", "import", str(file))
    assert result.returncode == 0, result.stderr
    assert "created" in result.stdout and "created 0" not in result.stdout


@pytest.mark.parametrize("name", BUNDLES)
def test_a_hostile_bundle_is_refused_and_changes_nothing(
    name, demo_bundle, empty_database, tmp_path
):
    manifest, data = demo_bundle
    db = empty_database
    file = tmp_path / "paket.facilitator"
    file.write_bytes(BUNDLES[name](manifest, data))
    before = dump(db)
    result = run("--database", str(db), "bundle", "import", str(file))
    assert_refused(result)
    assert dump(db) == before
