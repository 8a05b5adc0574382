"""``facilitator import attendees`` and ``export attendees``, run as a user runs them."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.models import Sector
from facilitator.services import attendees, directory, workshops
from facilitator.store import Store
from tests.conftest import ISTANBUL

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA = REPO_ROOT / "tests" / "data" / "attendees"


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ)  # FACILITATOR_HOME is already the test's temporary home
    env.pop("FACILITATOR_DATABASE", None)
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO_ROOT,
        timeout=timeout,
    )


@pytest.fixture
def seeded(tmp_path) -> tuple[Path, int]:
    """A database file with a small directory and one workshop; closed before the CLI runs."""
    from datetime import datetime

    path = tmp_path / "çalıştay.db"
    store = Store.open(path)
    try:
        cygd = directory.create_organization(
            store, "Çağdaş Yaşam Gönüllüleri Derneği", short_name="ÇYGD", sector=Sector.NGO
        )
        oncu = directory.create_organization(store, "Öncü Gıda San. ve Tic. A.Ş.")
        directory.create_organization(store, "Uludere Üniversitesi")
        directory.create_person(store, "Şule", "Çağlar", organization_id=cygd.id)
        umit = directory.create_person(
            store, "Ümit", "Doğan", email="umit.dogan@oncu.com.tr", organization_id=oncu.id
        )
        start = datetime(2026, 3, 14, 10, 0, tzinfo=ISTANBUL)
        workshop = workshops.create_workshop(
            store, "Platformun işleyiş modeli", start, start.replace(hour=13)
        )
        attendees.add_attendee(store, workshop.id, umit.id, invitation="confirmed")
    finally:
        store.close()
    return path, workshop.id


def attendee_names(db: Path, workshop_id: int) -> list[str]:
    store = Store.open(db)
    try:
        return [a.display_name for a in attendees.list_attendees(store, workshop_id)]
    finally:
        store.close()


def assert_one_line_error(result: subprocess.CompletedProcess, expected_start: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("facilitator: error: " + expected_start), lines[0]
    assert "Traceback" not in result.stderr


def test_importing_an_excel_csv_prints_created_matched_skipped(seeded):
    db, workshop_id = seeded
    result = run("--database", str(db), "import", "attendees", str(workshop_id),
                 str(DATA / "excel_tr_cp1254.csv"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith("excel_tr_cp1254.csv (Windows-1254, semicolon): 5 rows")
    assert lines[-1] == "created 3, matched 1, skipped 1"
    assert attendee_names(db, workshop_id) == [
        "Şule Çağlar",
        "Ümit Doğan",
        "Doç. Dr. Çiğdem Ilgaz",
        "İsmail Işık",
        "Prof. Dr. Gülşen Öztürk",
    ]


def test_importing_a_workbook(seeded):
    db, workshop_id = seeded
    result = run("--database", str(db), "import", "attendees", str(workshop_id),
                 str(DATA / "attendees.xlsx"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("attendees.xlsx (sheet Katılımcılar): 4 rows")
    assert result.stdout.splitlines()[-1] == "created 3, matched 1, skipped 0"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bad_email.csv", "bad_email.csv, row 4, column C (E-posta): “ayse.yilmaz@” is not"),
        ("ragged_rows.csv", "ragged_rows.csv, row 3, column D: the row has 4 cells"),
        ("unclosed_quote.csv", "unclosed_quote.csv, row 3, column B: a quote opens here"),
        ("mixed_encodings.csv", "mixed_encodings.csv mixes encodings: line 2 is UTF-8"),
        ("binary_garbage.csv", "binary_garbage.csv is not a text file"),
        ("empty.csv", "empty.csv is empty."),
        ("no_name_column.csv", "no_name_column.csv: no column holds the names"),
    ],
)
def test_bad_input_is_one_precise_line_status_2_and_changes_nothing(
    seeded, dump_database, name, expected
):
    db, workshop_id = seeded
    before = dump_database(db)
    result = run("--database", str(db), "import", "attendees", str(workshop_id), str(DATA / name))
    assert_one_line_error(result, expected)
    assert dump_database(db) == before


def test_an_unknown_workshop_is_an_error_and_changes_nothing(seeded, dump_database):
    db, _workshop_id = seeded
    before = dump_database(db)
    result = run("--database", str(db), "import", "attendees", "999",
                 str(DATA / "excel_tr_cp1254.csv"))  # fmt: skip
    assert_one_line_error(result, "The workshop #999 no longer exists.")
    assert dump_database(db) == before


def test_export_to_csv_is_utf8_with_bom_in_turkish_and_neutralised(seeded, tmp_path):
    db, workshop_id = seeded
    assert run("--database", str(db), "import", "attendees", str(workshop_id),
               str(DATA / "excel_tr_cp1254.csv")).returncode == 0  # fmt: skip
    out = tmp_path / "katılımcılar.csv"
    result = run("--database", str(db), "export", "attendees", str(workshop_id), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote 5 attendees to {out}"
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header = rows[0]
    assert header[:3] == ["Unvan", "Ad", "Soyad"]  # --lang tr is the default
    by_family = {r[2]: r for r in rows[1:]}
    assert by_family["Ilgaz"][:3] == ["Doç. Dr.", "Çiğdem", "Ilgaz"]
    assert by_family["Ilgaz"][6] == "'+90 224 294 00 00"  # a leading + is neutralised
    assert by_family["Doğan"][7:] == ["Katılımcı", "Onayladı", "Bilinmiyor"]
    assert by_family["Işık"][3] == "Işık Lösemili Çocuklar Vakfı; Bursa Temsilciliği"


def test_export_to_xlsx_in_english_and_import_it_into_another_workshop(seeded, tmp_path):
    from openpyxl import load_workbook

    db, workshop_id = seeded
    assert run("--database", str(db), "import", "attendees", str(workshop_id),
               str(DATA / "excel_tr_cp1254.csv")).returncode == 0  # fmt: skip
    out = tmp_path / "attendees.xlsx"
    result = run("--database", str(db), "export", "attendees", str(workshop_id),
                 "-o", str(out), "--lang", "en")  # fmt: skip
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]][:3] == ["Honorific", "Given name", "Family name"]
    assert sheet.max_row == 6

    store = Store.open(db)
    try:
        start = workshops.get_workshop(store, workshop_id).planned_start
        sixth = workshops.create_workshop(store, "6. Çalıştay", start.replace(year=2027),
                                          start.replace(year=2027, hour=15))  # fmt: skip
    finally:
        store.close()
    again = run("--database", str(db), "import", "attendees", str(sixth.id), str(out))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == "created 0, matched 5, skipped 0"


def test_export_refuses_a_file_name_it_cannot_write_and_writes_nothing(seeded, tmp_path):
    db, workshop_id = seeded
    out = tmp_path / "katılımcılar.pdf"
    result = run("--database", str(db), "export", "attendees", str(workshop_id), "-o", str(out))
    assert_one_line_error(result, f"{out}: the file name must end in .csv or .xlsx")
    assert not out.exists()


def test_the_commands_do_not_load_qt(seeded, tmp_path):
    db, workshop_id = seeded
    probe = (
        "import sys\n"
        "from facilitator.cli import main\n"
        "db, workshop, path = sys.argv[1:]\n"
        "code = main(['--database', db, 'import', 'attendees', workshop, path])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(db), str(workshop_id), str(DATA / "attendees.xlsx")],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


# -- hostile and lossy files -----------------------------------------------------------------


def _zip_bomb(path: Path) -> Path:
    from tests.data.attendees.crafted import repeated, row, sheet, workbook

    head = sheet(row(1, "Ad Soyad", "Kurum") + row(2, "Gülşen Öztürk", "Uludere"))
    head, tail = head.split("</sheetData>")
    return workbook(
        path,
        [head.encode(), *repeated(b"<row/>", 110 * 1024 * 1024), f"</sheetData>{tail}".encode()],
        level=1,
    )


def _unsaved_formula(path: Path) -> Path:
    from tests.data.attendees.crafted import inline, row, sheet, workbook

    return workbook(
        path,
        sheet(
            row(1, "Ad Soyad", "Kurum", "E-posta")
            + f'<row r="2">{inline("A2", "Çiğdem Ilgaz")}{inline("B2", "Uludere")}'
            + '<c r="C2"><f>LOWER(A2)&amp;"@uludere.edu.tr"</f><v></v></c></row>'
        ),
    )


def _long_cell(path: Path) -> Path:
    path.write_bytes(
        b"Ad Soyad;Kurum\r\nG\xc3\xbcl\xc5\x9fen;" + b"x" * (5 * 1024 * 1024) + b"\r\n"
    )
    return path


def _password(path: Path) -> Path:
    from tests.data.attendees.crafted import ole_file

    return ole_file(path, "EncryptionInfo", "EncryptedPackage")


@pytest.mark.parametrize(
    ("make", "name", "expected"),
    [
        (
            _zip_bomb,
            "bomba.xlsx",
            "bomba.xlsx is too large once unpacked: xl/worksheets/sheet1.xml would take 110 MB, "
            "and an attendee list needs at most 100 MB.",
        ),
        (
            _unsaved_formula,
            "formül.xlsx",
            "formül.xlsx, sheet “Katılımcılar”, row 2, column C (E-posta): the cell holds a "
            "formula whose result was never saved;",
        ),
        (
            _long_cell,
            "uzun.csv",
            "uzun.csv, row 2, column B: the cell holds more than 32,767 characters",
        ),
        (_password, "şifreli.xlsx", "şifreli.xlsx is protected by a password;"),
    ],
    ids=["zip bomb", "unsaved formula", "5 MB cell", "password"],
)
def test_hostile_or_lossy_files_are_one_line_status_2_and_change_nothing(
    seeded, dump_database, tmp_path, make, name, expected
):
    db, workshop_id = seeded
    path = make(tmp_path / name)
    before = dump_database(db)
    result = run("--database", str(db), "import", "attendees", str(workshop_id), str(path))
    assert_one_line_error(result, expected)
    assert dump_database(db) == before


def test_a_workbook_declaring_a_million_rows_imports_its_one_attendee_at_once(seeded, tmp_path):
    from tests.data.attendees.crafted import row, sheet, workbook

    db, workshop_id = seeded
    path = workbook(
        tmp_path / "boyut.xlsx",
        sheet(
            row(1, "Ad Soyad", "Kurum")
            + row(2, "Gülşen Öztürk", "Uludere Üniversitesi")
            + '<row r="1048576"><c r="XFD1048576" s="1"/></row>',
            before='<dimension ref="A1:XFD1048576"/>',
        ),
    )
    started = time.perf_counter()
    result = run("--database", str(db), "import", "attendees", str(workshop_id), str(path),
                 timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert time.perf_counter() - started < 30  # the old reader took half an hour
    assert result.stdout.splitlines()[-1] == "created 1, matched 0, skipped 0"
    assert "Gülşen Öztürk" in attendee_names(db, workshop_id)
