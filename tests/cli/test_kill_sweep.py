"""kill -9 at many moments of every command that writes: the path holds the old or the new.

Each command is first timed once; then it is started again and again, each
time killed (SIGKILL) at another moment spread over that run. After each kill
the database path must hold either the content it had before or the content
the command makes, ``facilitator check`` must pass on it, and running the
command again must succeed.
"""

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.store import Store
from tests.cli.test_cli import REPO_ROOT, run
from tests.conftest import demo_database

pytestmark = pytest.mark.slow

KILLS = 11


def _env() -> dict:
    env = dict(os.environ)
    env.pop("FACILITATOR_DATABASE", None)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "facilitator", *args]


def timed_run(args: list[str]) -> float:
    started = time.monotonic()
    done = subprocess.run(args, env=_env(), cwd=REPO_ROOT, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return time.monotonic() - started


def killed_at(args: list[str], delay: float) -> None:
    proc = subprocess.Popen(
        args, env=_env(), cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


def moments(duration: float) -> list[float]:
    """KILLS moments spread evenly over the run, start-up included."""
    return [duration * (i + 0.5) / KILLS for i in range(KILLS)]


VOLATILE = {"uuid", "created_at", "updated_at", "given_at", "consent_at", "arrived_at"}


def content(path: Path) -> dict[str, list] | None:
    """Every row of ``path``, without what differs between two runs of one command (UUIDs,
    timestamps); None when there is no database or it holds no row yet."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(path)  # rolls back a hot journal, replays a WAL: as SQLite would
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
        ]
        found = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            kept = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE)
            found[table] = sorted(
                conn.execute(f'SELECT {kept} FROM "{table}"').fetchall(), key=repr
            )
        return found if any(found.values()) else None
    finally:
        conn.close()


def assert_healthy(db: Path) -> None:
    checked = run("--database", str(db), "check")
    assert checked.returncode == 0, checked.stderr


def sweep(db: Path, args: list[str], reset, *, new_state=None) -> list[str]:
    """Kill ``args`` at KILLS moments; after each, the path is old or new; returns outcomes."""
    reset()
    old = content(db)
    duration = timed_run(args)
    new = content(db) if new_state is None else new_state()
    assert new != old, "the command changed nothing: the sweep would prove nothing"
    outcomes = []
    for delay in moments(duration):
        reset()
        killed_at(args, delay)
        now = content(db)
        assert now in (old, new), f"killed at {delay:.2f}s: neither the old nor the new content"
        outcomes.append("new" if now == new and new != old else "old")
        if now is not None:
            assert_healthy(db)
        again = subprocess.run(args, env=_env(), cwd=REPO_ROOT, capture_output=True, timeout=300)
        assert again.returncode == 0, again.stderr.decode("utf-8", "replace")
        assert content(db) == new
    return outcomes


def _remove(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def test_demo_on_a_new_file_killed_anywhere(home, tmp_path):
    db = tmp_path / "yeni.db"
    sweep(db, _command("--database", str(db), "demo"), lambda: _remove(db))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("şablon")
    return demo_database(folder / "demo.db")


def _copy_from(template: Path, db: Path):
    def reset():
        _remove(db)
        db.write_bytes(template.read_bytes())

    return reset


def _attendee_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Ad", "Soyad", "E-posta", "Kurum"])
        for i in range(rows):
            writer.writerow([f"Katılımcı{i}", "Öztürk", f"kisi{i}@ornek.org.tr", f"Kurum {i % 40}"])
    return path


# The import writes every row in one transaction; 3,000 attendees (with their people and
# 40 organizations) keep that transaction long enough for kills to land in it, and the
# sweep, which runs the import about 20 times, in time. (10,000, the most a list may have,
# took five minutes on a busy two-core machine.)
ATTENDEES = 3_000


def test_import_of_many_attendees_killed_anywhere(home, tmp_path, demo_template):
    db = tmp_path / "içe.db"
    file = _attendee_csv(tmp_path / "katılımcılar.csv", ATTENDEES)
    reset = _copy_from(demo_template, db)
    args = _command("--database", str(db), "import", "attendees", "1", str(file))

    def new_state():
        state = content(db)
        assert len(state["participation"]) >= ATTENDEES
        return state

    sweep(db, args, reset, new_state=new_state)


def test_bundle_import_killed_anywhere(home, tmp_path, demo_template):
    bundle = tmp_path / "paket.facilitator"
    done = run("--database", str(demo_template), "bundle", "export", "1", "-o", str(bundle))
    assert done.returncode == 0, done.stderr
    db = tmp_path / "hedef.db"  # a moderator's new laptop: the import creates the database
    sweep(db, _command("--database", str(db), "bundle", "import", str(bundle)), lambda: _remove(db))


def test_backup_killed_anywhere_leaves_no_half_file_under_the_name(home, tmp_path, demo_template):
    db = tmp_path / "asıl.db"
    db.write_bytes(demo_template.read_bytes())
    original = content(db)
    output = tmp_path / "yedek.db"
    args = _command("--database", str(db), "backup", "-o", str(output))
    duration = timed_run(args)
    for delay in moments(duration):
        output.unlink()
        killed_at(args, delay)
        assert content(db) == original
        if output.exists():  # a backup under its name is a whole, verified one
            assert content(output) == original
            assert_healthy(output)
            output.unlink()
        again = subprocess.run(args, env=_env(), cwd=REPO_ROOT, capture_output=True, timeout=300)
        assert again.returncode == 0, again.stderr.decode("utf-8", "replace")
        assert content(output) == original


def test_restore_killed_anywhere(home, tmp_path, demo_template):
    db = tmp_path / "asıl.db"
    empty = tmp_path / "boş-yedek.db"
    Store.open(empty).close()
    big = tmp_path / "büyük.db"
    big.write_bytes(demo_template.read_bytes())
    conn = sqlite3.connect(big)  # about 20 MB, so the copy itself takes a while
    conn.execute("UPDATE series SET description = ?", ("ç" * 10_000_000,))
    conn.commit()
    conn.close()

    def reset():
        _remove(db)
        db.write_bytes(big.read_bytes())
        for kept in tmp_path.glob("asıl.db.replaced-*"):
            kept.unlink()

    args = _command("--database", str(db), "restore", str(empty))
    outcomes = sweep(db, args, reset, new_state=lambda: content(empty))
    assert not list(tmp_path.glob("asıl.db.restoring-*"))
    assert "old" in outcomes
