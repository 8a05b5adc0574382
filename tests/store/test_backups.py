"""Backups: verified copies under load, rotation by a moved clock, restoring a damaged file."""

import hashlib
import random
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from facilitator.errors import DamagedDatabaseError, StoreError
from facilitator.services import directory
from facilitator.store import SCHEMA_HEAD, Store, backups
from facilitator.store.health import check_database
from tests.conftest import demo_database

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def overwrite_middle(path: Path) -> None:
    data = path.read_bytes()
    middle = len(data) // 2
    path.write_bytes(data[:middle] + random.Random(8).randbytes(8192) + data[middle + 8192 :])


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def cut_to_nothing(path: Path) -> None:
    path.write_bytes(b"")


def cut_to_ten_bytes(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:10])


# -- making a backup ---------------------------------------------------------------


def test_a_backup_is_a_verified_copy_with_the_same_content(home, tmp_path, dump_database):
    db = demo_database(tmp_path / "çalıştay.db")
    made = backups.make_backup(db, "manual", now=T0)
    assert made.path.parent == home / "data" / "backups"
    assert backups.verify_database_file(made.path).ok
    assert dump_database(made.path) == dump_database(db)
    assert backups.list_backups(db) == [made]
    assert not list(made.path.parent.glob("*.part"))


def test_backups_of_two_databases_with_the_same_name_are_kept_apart(tmp_path):
    first = demo_database(tmp_path / "a" / "veri.db")
    second = demo_database(tmp_path / "b" / "veri.db")
    one = backups.make_backup(first, "manual", now=T0)
    two = backups.make_backup(second, "manual", now=T0)
    assert backups.list_backups(first) == [one]
    assert backups.list_backups(second) == [two]


def test_backup_while_another_thread_keeps_writing_is_consistent(tmp_path, dump_database):
    db = tmp_path / "yoğun.db"
    store = Store.open(db)
    org = directory.create_organization(store, "Öncü Gıda")
    stop = threading.Event()
    written = []

    def keep_writing():
        n = 0
        while not stop.is_set():
            n += 1
            # each unit of work writes two rows that must appear together
            with store.transaction() as session:
                from facilitator.models import Person

                for half in ("a", "b"):
                    session.add(
                        Person(
                            given_name=f"Kişi {n}{half}",
                            family_name="Yılmaz",
                            organization_id=org.id,
                        )
                    )
            written.append(n)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while len(written) < 20:
            threading.Event().wait(0.01)
        made = [
            backups.make_backup(db, "periodic", now=T0 + timedelta(seconds=i)) for i in range(5)
        ]
    finally:
        stop.set()
        writer.join()
    store.close()

    counts = []
    for backup in made:
        health = check_database(backup.path)
        assert health.ok, health.problem
        people = health.counts["person"]
        assert people % 2 == 0, "a backup never holds half of a unit of work"
        counts.append(people)
    assert counts[-1] > 0

    # restoring the last backup gives exactly what it holds
    target = tmp_path / "geri.db"
    backups.restore_backup(target, made[-1].path)
    assert dump_database(target) == dump_database(made[-1].path)


# -- rotation ------------------------------------------------------------------------


def test_rotation_keeps_the_last_ten_and_one_a_day_for_fourteen_days(tmp_path):
    db = demo_database(tmp_path / "döngü.db")
    folder = tmp_path / "yedekler"
    seed = backups.make_backup(db, "manual", now=T0, folder=folder)
    # three backups a day for 30 days, the newest at "now"
    now = T0 + timedelta(days=30)
    moments = []
    for day in range(30):
        for hour in (8, 13, 18):
            moments.append(T0.replace(hour=hour) + timedelta(days=day + 1))
    for moment in moments:
        copy = folder / backups.backup_name(db, moment, "periodic")
        copy.write_bytes(seed.path.read_bytes())
    seed.path.unlink()

    removed = backups.rotate(db, now=now, folder=folder)

    kept = {b.taken_at for b in backups.list_backups(db, folder)}
    newest_ten = set(sorted(moments)[-10:])
    last_of_each_day = {
        max(m for m in moments if m.date() == day)
        for day in {(now - timedelta(days=d)).date() for d in range(14)}
        if any(m.date() == day for m in moments)
    }
    assert kept == newest_ten | last_of_each_day
    assert len(kept) == 10 + (14 - 4)  # the newest 10 cover the last four days
    assert len(removed) == len(moments) - len(kept)


def test_rotation_never_removes_the_backup_made_before_a_schema_upgrade(tmp_path):
    db = demo_database(tmp_path / "şema.db")
    folder = tmp_path / "yedekler"
    schema = backups.make_backup(db, backups.SCHEMA_REASON, now=T0, folder=folder, detail="0001")
    for i in range(15):
        backups.make_backup(db, "periodic", now=T0 + timedelta(days=40, minutes=i), folder=folder)
    backups.rotate(db, now=T0 + timedelta(days=40, hours=1), folder=folder)
    remaining = backups.list_backups(db, folder)
    assert schema in remaining
    assert len(remaining) == 11


def test_a_backup_is_due_when_the_newest_is_older_than_twelve_hours(tmp_path):
    db = demo_database(tmp_path / "vade.db")
    assert backups.backup_is_due(db, now=T0)
    backups.make_backup(db, "open", now=T0)
    assert not backups.backup_is_due(db, now=T0 + timedelta(hours=11, minutes=59))
    assert backups.backup_is_due(db, now=T0 + timedelta(hours=12, minutes=1))


# -- damage and restore ---------------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    [overwrite_middle, truncate, cut_to_nothing, cut_to_ten_bytes],
    ids=["middle", "truncated", "zero-bytes", "ten-bytes"],
)
def test_a_damaged_database_is_detected_left_untouched_and_restored(
    tmp_path, damage, dump_database
):
    db = demo_database(tmp_path / "hasar.db")
    made = backups.make_backup(db, "open", now=T0)
    good = dump_database(db)
    damage(db)
    damaged_bytes = db.read_bytes()
    before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(DamagedDatabaseError):
        Store.open(db)
    assert db.read_bytes() == damaged_bytes, "nothing is written to a damaged database"
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not check_database(db).ok

    newest = backups.newest_verified_backup(db)
    assert newest == made
    result = backups.restore_backup(db, newest.path, label="damaged", now=T0 + timedelta(hours=1))
    assert result.kept_as is not None and result.kept_as.read_bytes() == damaged_bytes
    assert ".damaged-20261122T100000000Z" in result.kept_as.name
    assert dump_database(db) == good
    Store.open(db).close()


def test_an_empty_file_without_backups_is_still_a_new_database(tmp_path):
    db = tmp_path / "yeni.db"
    db.write_bytes(b"")
    store = Store.open(db)
    try:
        assert store.schema_revision() == SCHEMA_HEAD
    finally:
        store.close()


def test_a_short_foreign_file_without_backups_is_refused_as_not_ours(tmp_path):
    db = tmp_path / "kısa.db"
    db.write_bytes(b"merhaba")
    with pytest.raises(StoreError, match="not a Facilitator database"):
        Store.open(db)
    assert db.read_bytes() == b"merhaba"


def test_a_damaged_backup_is_skipped_for_an_older_verified_one(tmp_path):
    db = demo_database(tmp_path / "iki.db")
    older = backups.make_backup(db, "open", now=T0)
    newer = backups.make_backup(db, "open", now=T0 + timedelta(hours=13))
    overwrite_middle(newer.path)
    assert backups.newest_verified_backup(db) == older


@pytest.mark.parametrize(
    "content",
    [b"", b"bu bir yedek degil", b"SQLite format 3\x00" + b"\x00" * 200],
    ids=["empty", "text", "header-only"],
)
def test_restore_refuses_a_file_that_is_not_a_facilitator_database(tmp_path, content):
    db = demo_database(tmp_path / "asıl.db")
    before = sha256(db)
    bogus = tmp_path / "sahte.db"
    bogus.write_bytes(content)
    with pytest.raises(StoreError) as info:
        backups.restore_backup(db, bogus)
    assert "\n" not in str(info.value)
    assert str(bogus) in str(info.value)
    assert sha256(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["asıl.db", "home", "sahte.db"]


def test_restore_refuses_an_sqlite_file_of_another_program(tmp_path):
    db = demo_database(tmp_path / "asıl.db")
    before = sha256(db)
    other = tmp_path / "başka.sqlite"
    conn = sqlite3.connect(other)
    with conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreError, match="not a Facilitator database"):
        backups.restore_backup(db, other)
    assert sha256(db) == before


def test_check_reports_schema_and_row_counts(tmp_path):
    db = demo_database(tmp_path / "sağlık.db")
    health = check_database(db)
    assert health.ok and health.current
    assert health.counts["workshop"] >= 6
    assert health.counts["person"] > 0
