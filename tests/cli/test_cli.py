"""The command line, run as a user runs it: ``python -m facilitator`` in a subprocess."""

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import facilitator
from facilitator.services.demo import SERIES_WORKSHOPS
from facilitator.store import SCHEMA_HEAD, Store
from tests.conftest import demo_database

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
DEMO_TITLES = {title for _number, title, *_ in SERIES_WORKSHOPS}
LINE = re.compile(r"(\d+)\t(\d{4}-\d{2}-\d{2})\t(.+)")


def run(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)  # FACILITATOR_HOME is already the test's temporary home
    env.pop("FACILITATOR_DATABASE", None)
    env["TZ"] = "Europe/Istanbul"
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO_ROOT,
        timeout=120,
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_demo_listing(output: str) -> None:
    lines = output.splitlines()
    assert len(lines) >= 6
    parsed = []
    for line in lines:
        match = LINE.fullmatch(line)
        assert match, f"not 'id<TAB>YYYY-MM-DD<TAB>title': {line!r}"
        parsed.append(match.groups())
    titles = {title for _id, _date, title in parsed}
    assert titles >= DEMO_TITLES
    assert ("2026-03-14", "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası") in {
        (date, title) for _id, date, title in parsed
    }
    dates = [date for _id, date, _title in parsed]
    assert dates == sorted(dates)
    assert len({workshop_id for workshop_id, _d, _t in parsed}) == len(parsed)


def test_version_prints_the_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"facilitator {facilitator.__version__}"


def test_demo_then_list_workshops_prints_one_tab_separated_line_per_workshop(tmp_path):
    db = tmp_path / "demo veri.db"
    loaded = run("--database", str(db), "demo")
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.startswith("Loaded the demo")

    listed = run("--database", str(db), "list", "workshops")
    assert listed.returncode == 0, listed.stderr
    assert listed.stderr == ""
    assert_demo_listing(listed.stdout)


def test_loading_the_demo_again_says_so_and_changes_nothing(tmp_path, dump_database):
    db = tmp_path / "demo.db"
    assert run("--database", str(db), "demo").returncode == 0
    before = dump_database(db)
    again = run("--database", str(db), "demo")
    assert again.returncode == 0
    assert "already loaded" in again.stdout
    assert dump_database(db) == before


def test_the_database_made_by_the_command_line_is_wal_at_the_head_with_foreign_keys(tmp_path):
    db = tmp_path / "demo.db"
    assert run("--database", str(db), "demo").returncode == 0

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SCHEMA_HEAD,)
        ]
        targets = {row[2] for row in conn.execute("PRAGMA foreign_key_list(participation)")}
        assert targets == {"workshop", "person", "organization"}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_the_facilitator_database_variable_works_like_the_option(tmp_path, home):
    db = tmp_path / "ortam değişkeni.db"
    env = {"FACILITATOR_DATABASE": str(db)}
    assert run("demo", env_extra=env).returncode == 0
    listed = run("list", "workshops", env_extra=env)
    assert listed.returncode == 0, listed.stderr
    assert_demo_listing(listed.stdout)
    assert db.is_file()
    assert not (home / "data" / "facilitator.db").exists()


def test_the_option_wins_over_the_variable(tmp_path):
    chosen = tmp_path / "seçilen.db"
    ignored = tmp_path / "yok sayılan.db"
    result = run(
        "--database", str(chosen), "demo", env_extra={"FACILITATOR_DATABASE": str(ignored)}
    )
    assert result.returncode == 0
    assert chosen.is_file()
    assert not ignored.exists()


def test_without_a_location_the_default_database_in_the_home_folder_is_used(home):
    assert run("demo").returncode == 0
    listed = run("list", "workshops")
    assert listed.returncode == 0
    assert_demo_listing(listed.stdout)
    assert (home / "data" / "facilitator.db").is_file()


def test_a_sqlite_url_is_accepted_as_the_database(tmp_path):
    db = tmp_path / "adres.db"
    assert run("--database", f"sqlite:///{db}", "demo").returncode == 0
    listed = run("--database", str(db), "list", "workshops")
    assert_demo_listing(listed.stdout)


def test_list_workshops_on_a_mistyped_path_creates_nothing(tmp_path):
    missing = tmp_path / "yok" / "yeni.db"
    result = run("--database", str(missing), "list", "workshops")
    assert_one_line_error(result, "no database", "yeni.db")
    assert not missing.parent.exists()


def test_list_workshops_on_an_empty_database_prints_nothing(tmp_path):
    empty = tmp_path / "boş.db"
    Store.open(empty).close()
    result = run("--database", str(empty), "list", "workshops")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_console_that_cannot_show_turkish_gets_question_marks_not_a_crash(tmp_path):
    database = demo_database(tmp_path / "demo.db")
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--database", str(database), "list", "workshops"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
        timeout=60,
    )
    assert result.returncode == 0
    assert b"Bursa Sosyal Sorumluluk Platformu" in result.stdout


# -- bad input ---------------------------------------------------------------------------


def assert_one_line_error(result: subprocess.CompletedProcess, *words: str) -> str:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("facilitator: error: ")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


def test_a_text_file_given_as_database_is_a_one_line_error_and_untouched(tmp_path):
    db = tmp_path / "katılımcılar.csv"
    db.write_text("Ad;Soyad\nGülşen;Öztürk\n", encoding="utf-8")
    before = sha256(db)
    result = run("--database", str(db), "list", "workshops")
    assert_one_line_error(result, str(db), "not an SQLite file")
    assert sha256(db) == before


def test_a_corrupt_database_is_a_one_line_error_and_untouched(tmp_path):
    db = demo_database(tmp_path / "bozuk.db")
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : 3 * page] = b"\xff" * (2 * page)
    db.write_bytes(bytes(data))
    before = sha256(db)

    result = run("--database", str(db), "list", "workshops")

    assert_one_line_error(result, str(db), "damaged")
    assert sha256(db) == before


def test_a_database_from_a_newer_version_is_a_one_line_error(tmp_path):
    db = demo_database(tmp_path / "yeni.db")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = sha256(db)
    result = run("--database", str(db), "list", "workshops")
    assert_one_line_error(result, "newer version")
    assert sha256(db) == before


def test_an_unwritable_location_is_a_one_line_error_and_creates_nothing(unwritable_location):
    result = run("--database", str(unwritable_location), "list", "workshops")
    assert_one_line_error(result)
    assert not unwritable_location.exists()
    assert (
        not unwritable_location.parent.exists() or list(unwritable_location.parent.iterdir()) == []
    )


def test_an_unknown_command_is_refused_by_the_parser():
    result = run("liste")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_the_app_refuses_a_bad_database_before_opening_a_window(tmp_path):
    """`facilitator --database X` (the GUI) on a file that is not SQLite: one line, status 2."""
    bad = tmp_path / "katılımcılar.csv"
    bad.write_text("Ad Soyad;Kurum\nAyşe Yılmaz;LÖSEV\n", encoding="utf-8")
    before = bad.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--database", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a Facilitator database" in result.stderr
    assert bad.read_bytes() == before
