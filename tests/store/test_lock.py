"""One Facilitator per database file: real processes, the holder, stale locks, read-only."""

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.errors import DatabaseLockedError, StoreError
from facilitator.services import directory, workshops
from facilitator.store import Store
from facilitator.store.lock import InstanceLock, current_holder, lock_path
from tests.cli.test_cli import run

REPO_ROOT = Path(__file__).resolve().parents[2]

# Holds the database until the test closes its stdin (or kills it); it never outlives the test.
HOLDER = """
import sys
from facilitator.store import Store
store = Store.open(sys.argv[1], lock=True)
print("ready", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def demo_db(demo_copy, tmp_path) -> Path:
    return demo_copy(tmp_path / "ortak çalıştay.db")


@pytest.fixture
def holder_process(demo_db):
    """Another process that has the database open (as the app does), until the test ends."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    assert process.stdout.readline().strip() == "ready"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=30)
    process.stdin.close()
    process.stdout.close()


def test_a_second_process_is_refused_with_the_holders_details(demo_db, holder_process):
    with pytest.raises(DatabaseLockedError) as info:
        Store.open(demo_db, lock=True)
    holder = info.value.holder
    assert holder.pid == holder_process.pid
    assert holder.host == socket.gethostname()
    assert holder.since is not None
    message = str(info.value)
    assert str(holder_process.pid) in message and socket.gethostname() in message
    assert "\n" not in message
    assert current_holder(demo_db) == holder


def test_after_kill_9_the_stale_lock_is_taken_over(demo_db, holder_process):
    with pytest.raises(DatabaseLockedError):
        Store.open(demo_db, lock=True)
    os.kill(holder_process.pid, signal.SIGKILL)
    holder_process.wait(timeout=30)
    assert lock_path(demo_db).exists(), "a crash leaves its lock file behind"
    assert current_holder(demo_db) is None, "...but it is recognised as stale"

    store = Store.open(demo_db, lock=True)
    try:
        assert store._lock.took_over.pid == holder_process.pid
        assert current_holder(demo_db).pid == os.getpid()
        directory.create_organization(store, "Öncü Gıda")
    finally:
        store.close()
    assert not lock_path(demo_db).exists(), "closing gives the file up"
    assert current_holder(demo_db) is None


def test_read_only_opening_works_while_held_and_refuses_writes(demo_db, holder_process):
    before = demo_db.read_bytes()
    store = Store.open(demo_db, read_only=True)
    try:
        assert len(workshops.list_workshops(store)) >= 6
        with pytest.raises(StoreError, match="read-only"):
            directory.create_organization(store, "Işık Vakfı")
        # even a write that bypasses the services is refused by SQLite itself
        with pytest.raises(StoreError), store.session() as session:
            session.connection().exec_driver_sql("DELETE FROM organization")
    finally:
        store.close()
    assert demo_db.read_bytes() == before
    assert current_holder(demo_db).pid == holder_process.pid, "the holder keeps its lock"


@pytest.mark.slow
def test_writing_commands_are_refused_while_held_and_reading_ones_work(
    demo_db, holder_process, tmp_path
):
    refused = run("--database", str(demo_db), "demo")
    assert refused.returncode == 2
    assert "in use by another Facilitator" in refused.stderr
    assert f"process {holder_process.pid}" in refused.stderr

    backup = tmp_path / "kopya.db"
    assert run("--database", str(demo_db), "backup", "-o", str(backup)).returncode == 0
    restore = run("--database", str(demo_db), "restore", str(backup))
    assert restore.returncode == 2 and "in use" in restore.stderr

    listing = run("--database", str(demo_db), "list", "workshops")
    assert listing.returncode == 0 and len(listing.stdout.splitlines()) >= 6
    assert run("--database", str(demo_db), "check").returncode == 0


def test_the_lock_is_taken_again_after_a_clean_close(tmp_path):
    path = tmp_path / "sırayla.db"
    first = Store.open(path, lock=True)
    with pytest.raises(DatabaseLockedError):
        InstanceLock.acquire(path)  # the same process, a second opening: refused too
    first.close()
    second = Store.open(path, lock=True)
    second.close()


def test_a_refused_opening_leaves_the_holders_lock_file_intact(demo_db, holder_process):
    before = lock_path(demo_db).read_bytes()
    for _ in range(3):
        with pytest.raises(DatabaseLockedError):
            Store.open(demo_db, lock=True)
    assert lock_path(demo_db).read_bytes() == before


def test_a_symlink_to_the_database_shares_its_lock_and_its_backups(tmp_path):
    from facilitator.store import backups

    real = tmp_path / "asıl" / "çalıştay.db"
    real.parent.mkdir()
    link = tmp_path / "kısayol.db"
    first = Store.open(real, lock=True)
    try:
        link.symlink_to(real)
        with pytest.raises(DatabaseLockedError):
            Store.open(link, lock=True)  # the same file under another name: still one at a time
        assert current_holder(link).pid == os.getpid()
        made = backups.make_backup(real, "manual")
        assert [b.path for b in backups.list_backups(link)] == [made.path]
    finally:
        first.close()
    Store.open(link, lock=True).close()
