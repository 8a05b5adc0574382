"""Starting the app from the command line: ``--check-start``, and a bundle to open."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import facilitator
from facilitator import cli
from facilitator.cli_gui import take_bundle_argument
from facilitator.services.demo import load_demo
from facilitator.store import Store

REPO_ROOT = Path(__file__).resolve().parents[2]
SHOWN = re.compile(r"main window shown at (\d+\.\d{3}) \((.+)\)")


def start(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # FACILITATOR_HOME: the test's home
    env.pop("FACILITATOR_DATABASE", None)
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO_ROOT,
        timeout=120,
    )


@pytest.mark.slow
def test_check_start_says_when_the_window_was_shown_and_quits(tmp_path, home):
    database = tmp_path / "çalıştay.db"
    store = Store.open(database)
    load_demo(store)
    store.close()
    before = time.time()
    result = start("--check-start", "--database", str(database))
    after = time.time()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    match = SHOWN.fullmatch(lines[0])
    assert match, lines[0]
    assert before <= float(match.group(1)) <= after
    assert match.group(2) == "Facilitator"
    # Started as usual: the log names the version, Python and Qt; and the check left
    # the window's place as it was (none saved).
    log = (home / "logs" / "facilitator.log").read_text(encoding="utf-8")
    started = re.findall(r"INFO facilitator \S+ Facilitator (\S+) started \((.*)\)", log)
    assert len(started) == 1, log  # one line says it
    (version, details), *_ = started
    assert version == facilitator.__version__
    assert re.fullmatch(r"Python \d+\.\d+\.\d+, Qt \d+\.\d+\.\d+, \S.*", details)
    assert not (home / "state" / "window.ini").exists()


@pytest.mark.slow
def test_check_start_creates_the_default_database_like_a_first_start(home):
    result = start("--check-start")
    assert result.returncode == 0, result.stderr
    assert SHOWN.fullmatch(result.stdout.strip())
    assert (home / "data" / "facilitator.db").exists()


@pytest.mark.slow
def test_check_start_on_a_database_that_cannot_be_opened_fails_with_its_message(tmp_path):
    bad = tmp_path / "liste.db"
    bad.write_text("Ad;Kurum\n", encoding="utf-8")
    result = start("--check-start", "--database", str(bad))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "not a Facilitator database" in result.stderr


@pytest.mark.slow
def test_check_start_on_a_database_in_use_fails_instead_of_asking(tmp_path):
    """Another Facilitator holds the file: the app would ask whether to open it read-only;
    a check cannot answer, so it says why and ends."""
    database = tmp_path / "paylaşılan.db"
    holder = Store.open(database, lock=True)
    try:
        result = start("--check-start", "--database", str(database))
    finally:
        holder.close()
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("facilitator: error: ")


@pytest.mark.parametrize(
    ("argv", "rest", "bundle"),
    [
        (["x.facilitator"], [], "x.facilitator"),
        (
            ["/home/ayşe/Masaüstü/5. Çalıştay.FACILITATOR"],
            [],
            "/home/ayşe/Masaüstü/5. Çalıştay.FACILITATOR",
        ),
        (["--database", "a.db", "x.Facilitator"], ["--database", "a.db"], "x.Facilitator"),
        (["--database=a.db", "x.facilitator"], ["--database=a.db"], "x.facilitator"),
        (["--data", "a.db", "x.facilitator"], ["--data", "a.db"], "x.facilitator"),
        (["--live", "3", "x.facilitator"], ["--live", "3"], "x.facilitator"),
        (["x.facilitator", "--check-start"], ["--check-start"], "x.facilitator"),
        (["--", "-x.facilitator"], [], "-x.facilitator"),
        # A database whose file name ends like a bundle is still the option's value.
        (["--database", "y.facilitator"], ["--database", "y.facilitator"], None),
        # The commands keep their own arguments.
        (["bundle", "import", "x.facilitator"], ["bundle", "import", "x.facilitator"], None),
        (["demo"], ["demo"], None),
        (
            ["export", "minutes", "1", "-o", "m.facilitator"],
            ["export", "minutes", "1", "-o", "m.facilitator"],
            None,
        ),
        (["notes.txt"], ["notes.txt"], None),
        ([], [], None),
    ],
)
def test_only_a_first_bare_argument_ending_in_facilitator_is_a_bundle(argv, rest, bundle):
    assert take_bundle_argument(argv) == (rest, bundle)


def test_a_bundle_argument_starts_the_app_with_it_on_the_chosen_database(monkeypatch, tmp_path):
    import facilitator.ui.app

    started = []
    monkeypatch.setattr(facilitator.ui.app, "run", lambda **kw: started.append(kw) or 0)
    database = str(tmp_path / "a.db")
    assert cli.main(["--database", database, "Gelen.FACILITATOR"]) == 0
    assert started == [
        {
            "database": database,
            "errors_in_window": False,
            "live": None,
            "bundle": "Gelen.FACILITATOR",
            "check_start": False,
        }
    ]


@pytest.mark.parametrize("argv", [["x.facilitator", "demo"], ["--check-start", "demo"]])
def test_a_bundle_or_the_check_cannot_go_with_a_command(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    assert "is for the app, not for a command" in capsys.readouterr().err


def test_a_file_that_is_not_a_bundle_is_still_refused_as_a_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["notlar.txt"])
    assert "invalid choice: 'notlar.txt'" in capsys.readouterr().err


class _MissingLibrary:
    """A finder that fails the app's GUI module as the loader does without libGL."""

    def find_spec(self, name, path=None, target=None):
        if name == "facilitator.ui.app":
            raise ImportError(
                "libGL.so.1: cannot open shared object file: No such file or directory"
            )
        return None


def test_a_missing_system_library_is_named_in_one_line(monkeypatch, capsys):
    monkeypatch.delitem(sys.modules, "facilitator.ui.app", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_MissingLibrary(), *sys.meta_path])
    assert cli.main(["--check-start"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("facilitator: error: the app cannot start: a library of the system")
    assert "libGL.so.1" in err and "README.md" in err
