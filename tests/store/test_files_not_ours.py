"""Data safety, round 2, at the store: journals, restores, creation, foreign files, the lock.

Every case builds its own hostile file and checks what a user would see: the
data intact, or a one-line refusal that leaves the file exactly as it was.
"""

import errno
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from facilitator.errors import StoreError
from facilitator.store import Store, backups, sqlite_file
from facilitator.store.lock import InstanceLock, lock_path
from facilitator.store.schema import APPLICATION_ID
from tests.conftest import demo_database


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def leave_hot_journal(db: Path) -> None:
    """Switch ``db`` to rollback-journal mode and die in the middle of a big change.

    The child deletes every note and renames every workshop with a one-page
    cache, so changed pages reach the file before the commit that never comes.
    """
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE workshop SET title = 'YARIM KALDI'\")\n"
        "c.execute('DELETE FROM note')\n"
        "c.execute('DELETE FROM participation')\n"
        "os._exit(0)\n"
    )
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", script, str(db)], check=True)
    assert sqlite_file.has_hot_journal(db), "the child left no hot journal"


# -- 1. a hot rollback journal is SQLite's recovery state, not damage ---------------


def test_a_hot_journal_is_rolled_back_and_the_pair_kept_aside(home, tmp_path):
    db = demo_database(tmp_path / "günlük.db")
    before = counts(db)
    assert before["note"] > 0
    leave_hot_journal(db)

    store = Store.open(db, create=False)
    try:
        with store.session() as s:
            titles = s.execute(text("SELECT title FROM workshop")).scalars().all()
    finally:
        store.close()
    assert "YARIM KALDI" not in titles
    assert counts(db) == before
    kept = sorted(tmp_path.glob("günlük.db.before-recovery-*"))
    assert {p.name.endswith("-journal") for p in kept} == {True, False}, "db and journal kept"
    assert not sqlite_file.has_hot_journal(db)


def test_verifying_a_database_with_a_hot_journal_reports_it_healthy(home, tmp_path):
    db = demo_database(tmp_path / "sağlıklı.db")
    before = counts(db)
    leave_hot_journal(db)
    verified = backups.verify_database_file(db)
    assert verified.ok, verified.problem
    assert counts(db) == before


def test_a_database_kept_aside_keeps_its_journal(tmp_path):
    db = tmp_path / "yan.db"
    db.write_bytes(b"x")
    (tmp_path / "yan.db-journal").write_bytes(b"j")
    (tmp_path / "yan.db-wal").write_bytes(b"w")
    aside = backups.move_aside(db, "damaged")
    assert (aside.with_name(aside.name + "-journal")).read_bytes() == b"j"
    assert (aside.with_name(aside.name + "-wal")).read_bytes() == b"w"
    assert not (tmp_path / "yan.db-journal").exists()


# -- 2. restore is atomic ----------------------------------------------------------------


def test_restore_writes_beside_then_renames_and_keeps_the_replaced_file(home, tmp_path):
    db = demo_database(tmp_path / "asıl.db")
    source = tmp_path / "kaynak.db"
    Store.open(source).close()  # an empty Facilitator database
    before = counts(db)
    inode = db.stat().st_ino
    result = backups.restore_backup(db, source)
    assert db.stat().st_ino != inode, "the new file was renamed into place"
    assert counts(db) == counts(source)
    assert counts(result.kept_as) == before
    assert not list(tmp_path.glob("*.restoring*"))
    assert not (tmp_path / "asıl.db-wal").exists()


def test_restore_failing_midway_leaves_the_old_database_at_the_path(
    home, tmp_path, monkeypatch, demo_copy
):
    db = demo_copy(tmp_path / "asıl.db")
    source = tmp_path / "kaynak.db"
    Store.open(source).close()  # empty: a restore that went through would show
    before = counts(db)
    assert counts(source) != before

    def fail(part, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sqlite_file, "replace_database", fail)
    with pytest.raises(StoreError, match="No space left"):
        backups.restore_backup(db, source)
    assert counts(db) == before
    assert not list(tmp_path.glob("*.restoring*"))


def test_restore_refuses_a_file_that_is_not_a_facilitator_database(home, tmp_path):
    db = demo_database(tmp_path / "asıl.db")
    only_version = tmp_path / "sadece.db"
    conn = sqlite3.connect(only_version)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not a Facilitator database"):
        backups.restore_backup(db, only_version)
    assert db.read_bytes() == before


def test_restore_refuses_a_read_only_target(home, tmp_path, demo_copy):
    db = demo_copy(tmp_path / "salt.db")
    source = tmp_path / "kaynak.db"
    Store.open(source).close()
    db.chmod(0o444)
    before = db.read_bytes()
    try:
        with pytest.raises(StoreError, match="read-only"):
            backups.restore_backup(db, source)
    finally:
        db.chmod(0o644)
    assert db.read_bytes() == before


# -- 3. creation and upgrades are all or nothing ----------------------------------------


def test_schema_creation_is_one_transaction(home, tmp_path, monkeypatch):
    """A creation that fails after some tables leaves an empty file that opens later."""
    from facilitator.store import migrate

    real = migrate.command.upgrade

    def upgrade_then_fail(config, revision):
        real(config, revision)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrate.command, "upgrade", upgrade_then_fail)
    db = tmp_path / "yeni.db"
    with pytest.raises(StoreError):
        Store.open(db)
    assert counts(db) == {}, "no half-made schema is left"
    monkeypatch.undo()
    demo_database(db)
    assert counts(db)["workshop"] >= 6
    assert not backups.list_backups(db), "a failed creation leaves no backup to pile up"


def test_a_new_database_carries_the_application_id(home, tmp_path):
    db = tmp_path / "kimlik.db"
    Store.open(db).close()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()


def test_rotation_keeps_one_backup_per_schema_revision(home, tmp_path):
    from datetime import UTC, datetime, timedelta

    db = demo_database(tmp_path / "dönen.db")
    folder = tmp_path / "yedek"
    t0 = datetime(2026, 12, 1, tzinfo=UTC)
    for i in range(4):  # four retries of one upgrade from 0001
        moment = t0 + timedelta(minutes=i)
        backups.make_backup(db, backups.SCHEMA_REASON, now=moment, folder=folder, detail="0001")
    backups.rotate(db, now=t0 + timedelta(hours=1), folder=folder)
    left = backups.list_backups(db, folder)
    assert [b.taken_at for b in left] == [t0 + timedelta(minutes=3)]


# -- 4. files that are not ours are never written -----------------------------------------


def foreign_app_database(path: Path, revision: str | None = "") -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers VALUES (1, 'Ayşe')")
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    if revision:
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("revision", ["", "0001", "0000", "ae1027a6acf"])
def test_another_applications_database_is_never_migrated(home, tmp_path, revision):
    db = foreign_app_database(tmp_path / "başka.db", revision)
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not a Facilitator database") as refused:
        Store.open(db, create=False)
    assert "newer version" not in str(refused.value)
    with pytest.raises(StoreError, match="not a Facilitator database"):
        Store.open(db, create=True)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["başka.db"]


def test_an_empty_file_is_refused_unless_creating(home, tmp_path):
    db = tmp_path / "boş.db"
    db.touch()
    with pytest.raises(StoreError, match="it is empty"):
        Store.open(db, create=False)
    assert db.read_bytes() == b""
    Store.open(db, create=True).close()
    assert counts(db)["workshop"] == 0


def test_a_database_in_memory_is_refused(home):
    for url in ("sqlite://", "sqlite:///:memory:"):
        with pytest.raises(StoreError, match="in memory"):
            Store.open(url)


def test_a_fifo_is_refused_without_hanging(home, tmp_path):
    fifo = tmp_path / "boru.db"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="not a regular file"):
        Store.open(fifo, create=False)
    with pytest.raises(StoreError, match="not a regular file"):
        Store.open(fifo)


def test_another_applications_id_in_the_header_is_refused(home, tmp_path):
    db = tmp_path / "kimlikli.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another application"):
        Store.open(db)


def test_a_later_revision_of_ours_is_newer_and_an_unknown_one_is_not(home, tmp_path):
    from facilitator.errors import SchemaTooNewError
    from facilitator.store import SCHEMA_HEAD

    later = f"{int(SCHEMA_HEAD) + 1:04d}"
    for revision, error in ((later, SchemaTooNewError), ("0000", StoreError)):
        db = demo_database(tmp_path / f"r{revision}.db")
        conn = sqlite3.connect(db)
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
        conn.close()
        with pytest.raises(error) as refused:
            Store.open(db)
        assert ("newer version" in str(refused.value)) == (revision == later)


# -- 5. the lock -------------------------------------------------------------------------


def test_a_symlinked_lock_name_is_never_written_through(home, tmp_path):
    db = demo_database(tmp_path / "kilit.db")
    victim = tmp_path / "önemli.txt"
    victim.write_text("dokunma", encoding="utf-8")
    lock_path(db).symlink_to(victim)
    with pytest.raises(StoreError, match="link"):
        InstanceLock.acquire(db)
    assert victim.read_text(encoding="utf-8") == "dokunma"


def test_a_hard_link_to_the_database_cannot_open_it_a_second_time(home, tmp_path):
    db = demo_database(tmp_path / "tek.db")
    other = tmp_path / "ikinci-ad.db"
    os.link(db, other)
    with pytest.raises(StoreError, match="hard link"):
        Store.open(other, lock=True)
    with pytest.raises(StoreError, match="hard link"):
        Store.open(db, lock=True)
    assert not lock_path(other).exists()


def test_a_full_disk_while_taking_the_lock_says_so_and_leaves_no_lock(home, tmp_path, monkeypatch):
    db = demo_database(tmp_path / "dolu.db")
    real_write = os.write

    def full(fd, data):
        if data.startswith(b'{"app"'):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(StoreError, match="free some space") as refused:
        InstanceLock.acquire(db)
    assert "\n" not in str(refused.value)
    assert not lock_path(db).exists()


# -- 16. units of work begin immediately ------------------------------------------------


def test_a_unit_of_work_holds_the_write_lock_from_its_first_read(file_store, db_path):
    store = file_store
    other = sqlite3.connect(db_path, timeout=0)
    try:
        with store.transaction() as s:
            s.execute(text("SELECT count(*) FROM workshop")).scalar()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute(
                    "INSERT INTO series (uuid, title, description, created_at, updated_at) "
                    "VALUES ('x', 'y', '', '2026-01-01', '2026-01-01')"
                )
    finally:
        other.close()


def test_concurrent_units_of_work_never_read_a_stale_maximum(store):
    """Ten threads each read MAX+1 and insert it: every number comes out once."""
    from facilitator.services import series

    made = series.create_series(store, "Sayaç")
    errors = []

    def bump():
        try:
            with store.transaction() as s:
                current = s.execute(
                    text("SELECT coalesce(max(length(description)), 0) FROM series WHERE id=:i"),
                    {"i": made.id},
                ).scalar()
                s.execute(
                    text("UPDATE series SET description = :d WHERE id = :i"),
                    {"d": "x" * (current + 1), "i": made.id},
                )
        except Exception as exc:  # collected: the assertion below names it
            errors.append(exc)

    threads = [threading.Thread(target=bump) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with store.session() as s:
        length = s.execute(
            text("SELECT length(description) FROM series WHERE id=:i"), {"i": made.id}
        ).scalar()
    assert length == 10


# -- 17. bugs are not dressed as user messages ---------------------------------------------


def test_a_programming_error_is_not_turned_into_a_user_message(store):
    with pytest.raises(DBAPIError) as raised, store.session() as s:
        s.execute(text("SELECT no_such_column FROM workshop"))
    assert not isinstance(raised.value, StoreError)


def test_a_locked_database_is_a_user_message(file_store, db_path, monkeypatch):
    store = file_store
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 50)
    store.engine.dispose()  # new connections wait 50 ms, not 5 s
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"), store.transaction() as s:
            s.execute(text("SELECT count(*) FROM workshop")).scalar()
    finally:
        other.execute("ROLLBACK")
        other.close()


# -- a database reached through a symbolic link ----------------------------------------------


def test_through_a_symlink_the_wal_beside_the_real_file_is_backed_up(home, tmp_path):
    real = demo_database(tmp_path / "gerçek.db")
    link = tmp_path / "bağlantı.db"
    link.symlink_to(real)
    script = (
        "import os, signal, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = WAL')\n"
        "c.execute(\"UPDATE workshop SET title = 'WAL İÇİNDE' WHERE id = 1\")\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", script, str(real)], check=False)
    assert (tmp_path / "gerçek.db-wal").exists()
    copy = backups.copy_to(link, tmp_path / "yedek.db")
    conn = sqlite3.connect(copy)
    try:
        title = conn.execute("SELECT title FROM workshop WHERE id = 1").fetchone()[0]
    finally:
        conn.close()
    assert title == "WAL İÇİNDE"


def test_through_a_symlink_a_hot_journal_is_recovered_and_restore_replaces_the_real_file(
    home, tmp_path
):
    real = demo_database(tmp_path / "gerçek.db")
    before = counts(real)
    leave_hot_journal(real)
    link = tmp_path / "bağlantı.db"
    link.symlink_to(real)
    assert backups.verify_database_file(link).ok
    assert counts(real) == before
    empty = tmp_path / "boş.db"
    Store.open(empty).close()
    backups.restore_backup(link, empty)
    assert link.is_symlink(), "the link stays a link"
    assert counts(real) == counts(empty)


def test_any_journal_sqlite_would_play_back_is_kept_first(home, tmp_path):
    """A -journal without a valid header is played back as nothing and deleted by SQLite:
    a file a user named so (a copy, a backup) is kept aside before that happens."""
    db = demo_database(tmp_path / "ad.db")
    journal = tmp_path / "ad.db-journal"
    journal.write_bytes(b"yedek dosyam" * 100)
    Store.open(db, create=False).close()
    kept = list(tmp_path.glob("ad.db.before-recovery-*-journal"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"yedek dosyam" * 100


@pytest.mark.parametrize("url", ["sqlite:///file:{p}?uri=true", "sqlite:///{p}?mode=ro"])
def test_sqlite_url_options_are_refused_not_half_honoured(home, tmp_path, url):
    target = tmp_path / "u.db"
    with pytest.raises(StoreError, match="options in an SQLite URL"):
        Store.open(url.format(p=target))
    assert not target.exists()
