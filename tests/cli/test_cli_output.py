"""What the command line prints: escaped user text, one line per error, the log for bugs;
and ``bundle import`` on a laptop that has no database yet."""

import sqlite3

import pytest

from facilitator import cli, logs, paths
from tests.cli.test_cli import run

pytestmark = pytest.mark.slow


def test_a_title_with_terminal_escapes_is_listed_escaped(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "kaçış.db")
    conn = sqlite3.connect(db)  # written before this version refused such titles
    conn.execute(
        "UPDATE workshop SET title = ? WHERE id = 1", ("Başlık\x1b[2J\x1b]0;ele geçirildi\x07\r\n",)
    )
    conn.commit()
    conn.close()
    result = run("--database", str(db), "list", "workshops")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\r" not in result.stdout
    first = next(line for line in result.stdout.splitlines() if line.startswith("1\t"))
    assert first.endswith("Başlık\\x1b[2J\\x1b]0;ele geçirildi\\x07\\r\\n")
    assert len(first.split("\t")) == 3


def test_a_file_name_with_a_newline_gives_a_one_line_error(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "satır.db")
    weird = tmp_path / "iki\nsatır\u202e.csv"
    result = run("--database", str(db), "import", "attendees", "1", str(weird))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "iki\\nsatır\\u202e.csv" in result.stderr


def test_argparse_errors_escape_what_was_typed(tmp_path):
    result = run("list", "work\x1bshops")
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "work\\x1bshops" in result.stderr


def test_an_unexpected_error_is_one_plain_line_and_its_traceback_is_logged(
    demo_copy, home, tmp_path, monkeypatch, capsys
):
    db = demo_copy(tmp_path / "hata.db")

    def broken(_store):
        raise KeyError("planned_start")

    monkeypatch.setattr("facilitator.services.workshops.list_workshops", broken)
    code = cli.main(["--database", str(db), "list", "workshops"])
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "KeyError" not in err and "planned_start" not in err
    log = paths.log_dir() / logs.LOG_FILE_NAME
    assert str(log) in err
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'planned_start'" in logged


def test_bundle_import_creates_the_database_on_a_new_laptop(demo_copy, tmp_path):
    source = demo_copy(tmp_path / "düzenleyen.db")
    bundle = tmp_path / "çalıştay.facilitator"
    assert (
        run("--database", str(source), "bundle", "export", "5", "-o", str(bundle)).returncode == 0
    )
    laptop = tmp_path / "yeni dizüstü" / "facilitator.db"
    result = run("--database", str(laptop), "bundle", "import", str(bundle))
    assert result.returncode == 0, result.stderr
    listing = run("--database", str(laptop), "list", "workshops")
    assert listing.returncode == 0
    # The workshop, and the two earlier ones whose commitments were reviewed at it (the
    # bundle carries what its rows refer to: those commitments name where they were made).
    numbered = [line.split("\t")[2] for line in listing.stdout.splitlines()]
    assert len(numbered) == 3
    assert "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası" in numbered


def test_a_refused_bundle_on_a_new_laptop_leaves_no_database_behind(tmp_path):
    bogus = tmp_path / "bozuk.facilitator"
    bogus.write_bytes(b"PK\x03\x04 bozuk")
    laptop = tmp_path / "dizüstü.db"
    result = run("--database", str(laptop), "bundle", "import", str(bogus))
    assert result.returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["bozuk.facilitator"]


@pytest.mark.parametrize(
    "command", [["list", "workshops"], ["export", "agenda", "1", "-o", "x.pdf"]]
)
def test_commands_other_than_demo_and_bundle_import_never_create_a_database(tmp_path, command):
    db = tmp_path / "yok.db"
    result = run("--database", str(db), *command)
    assert result.returncode == 2 and "there is no database" in result.stderr
    assert not db.exists()


def test_a_backup_named_like_sqlites_own_files_is_refused(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "asıl.db")
    result = run("--database", str(db), "backup", "-o", str(tmp_path / "asıl.db-journal"))
    assert result.returncode == 2 and "choose another file name" in result.stderr
    assert not (tmp_path / "asıl.db-journal").exists()


def test_a_repeated_column_is_refused_instead_of_dropping_its_values(
    demo_copy, tmp_path, dump_database
):
    db = demo_copy(tmp_path / "liste.db")
    file = tmp_path / "iki sütun.csv"
    file.write_text("Ad;Soyad;E-posta;E-posta\nAli;Veli;a@ornek.org;b@ornek.org\n", "utf-8")
    before = dump_database(db)
    result = run("--database", str(db), "import", "attendees", "1", str(file))
    assert result.returncode == 2
    assert "C (E-posta) and D (E-posta)" in result.stderr
    assert dump_database(db) == before


def test_a_reader_that_goes_away_gets_no_error_text(demo_copy, tmp_path):
    import subprocess
    import sys

    from tests.cli.test_cli import REPO_ROOT

    db = demo_copy(tmp_path / "boru.db")
    listing = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "--database", str(db), "check"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    listing.stdout.close()  # like `| head -0`
    _out, err = listing.communicate(timeout=60)
    assert err == b"", err
