"""``facilitator check | backup | restore`` run as a user runs them, in a subprocess."""

import hashlib
import random
from pathlib import Path

import pytest

from facilitator.store import SCHEMA_HEAD, Store
from tests.cli.test_cli import run

pytestmark = pytest.mark.slow


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_of_a_healthy_database_prints_schema_and_counts_and_exits_0(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "sağlam.db")
    before = sha256(db)
    result = run("--database", str(db), "check")
    assert result.returncode == 0, result.stderr
    first, *rows = result.stdout.splitlines()
    assert "integrity ok" in first and f"schema {SCHEMA_HEAD} (current)" in first
    counts = dict(line.split("\t") for line in rows)
    assert int(counts["workshop"]) >= 6
    assert sha256(db) == before


def test_check_of_a_damaged_database_says_so_and_exits_1(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "bozuk.db")
    data = db.read_bytes()
    middle = len(data) // 2
    db.write_bytes(data[:middle] + random.Random(3).randbytes(8192) + data[middle + 8192 :])
    before = sha256(db)
    result = run("--database", str(db), "check")
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sha256(db) == before


def test_backup_then_restore_brings_back_the_content(demo_copy, tmp_path, dump_database):
    db = demo_copy(tmp_path / "asıl.db")
    copy = tmp_path / "yedek" / "kopya.db"
    result = run("--database", str(db), "backup", "-o", str(copy))
    assert result.returncode == 0, result.stderr
    beside = {p.name for p in tmp_path.iterdir()} | {p.name for p in copy.parent.iterdir()}
    assert not {n for n in beside if n.endswith(("-wal", "-shm"))}, "nothing left beside"
    assert dump_database(copy) == dump_database(db)
    original = dump_database(db)

    db.write_bytes(db.read_bytes()[:5000])  # ruined
    result = run("--database", str(db), "restore", str(copy))
    assert result.returncode == 0, result.stderr
    assert "kept as" in result.stdout
    assert dump_database(db) == original
    kept = [
        p
        for p in tmp_path.iterdir()
        if p.name.startswith("asıl.db.replaced-") and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and kept[0].stat().st_size == 5000


def test_backup_refuses_to_overwrite_a_file(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "asıl.db")
    existing = tmp_path / "var.db"
    existing.write_text("önemli", encoding="utf-8")
    result = run("--database", str(db), "backup", "-o", str(existing))
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert existing.read_text(encoding="utf-8") == "önemli"


def test_restore_refuses_a_file_that_is_not_a_facilitator_database(demo_copy, tmp_path):
    db = demo_copy(tmp_path / "asıl.db")
    before = sha256(db)
    bogus = tmp_path / "notlar.txt"
    bogus.write_text("toplantı notları", encoding="utf-8")
    result = run("--database", str(db), "restore", str(bogus))
    assert result.returncode == 2
    assert "not a Facilitator database" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sha256(db) == before


def test_bundle_export_then_import_into_another_database(demo_copy, tmp_path, dump_database):
    from facilitator.services import workshops

    source = demo_copy(tmp_path / "kaynak.db")
    target = tmp_path / "hedef.db"
    Store.open(target).close()
    store = Store.open(source)
    try:
        workshop = workshops.list_workshops(store)[0]
    finally:
        store.close()
    bundle = tmp_path / "paket"
    result = run("--database", str(source), "bundle", "export", str(workshop.id), "-o", str(bundle))
    assert result.returncode == 0, result.stderr
    written = tmp_path / "paket.facilitator"
    assert written.exists()

    result = run("--database", str(target), "bundle", "import", str(written))
    assert result.returncode == 0, result.stderr
    assert "created" in result.stdout and "created 0" not in result.stdout
    before = dump_database(target)
    again = run("--database", str(target), "bundle", "import", str(written))
    assert again.returncode == 0 and "created 0, updated 0" in again.stdout
    assert dump_database(target) == before

    # the organizer re-sends an updated bundle: a row that differs is never replaced
    # without a choice, whatever its timestamps claim; the differing rows are listed
    store = Store.open(source)
    try:
        workshops.update_workshop(store, workshop.id, title="Kaynakta güncellendi")
    finally:
        store.close()
    resent = run(
        "--database", str(source), "bundle", "export", str(workshop.id), "-o", str(written)
    )
    assert resent.returncode == 0, resent.stderr
    before = dump_database(target)
    refused = run("--database", str(target), "bundle", "import", str(written))
    assert refused.returncode == 2
    assert "differs here and in the bundle: workshop" in refused.stderr
    assert "(title)" in refused.stderr and "--conflicts" in refused.stderr
    assert dump_database(target) == before
    kept = run("--database", str(target), "bundle", "import", str(written), "--conflicts", "mine")
    assert kept.returncode == 0, kept.stderr
    assert dump_database(target) == before
    taken = run(
        "--database", str(target), "bundle", "import", str(written), "--conflicts", "theirs"
    )
    assert taken.returncode == 0, taken.stderr
    assert "updated 1" in taken.stdout and "taking the bundle's workshop" in taken.stdout
    listing = run("--database", str(target), "list", "workshops")
    assert "Kaynakta güncellendi" in listing.stdout


def test_bundle_import_of_a_hostile_file_changes_nothing(demo_copy, tmp_path, dump_database):
    target = demo_copy(tmp_path / "hedef.db")
    bogus = tmp_path / "bomba.facilitator"
    bogus.write_bytes(b"PK\x03\x04 bu bir zip degil")
    before = dump_database(target)
    result = run("--database", str(target), "bundle", "import", str(bogus))
    assert result.returncode == 2
    assert "not a Facilitator bundle" in result.stderr
    assert dump_database(target) == before
