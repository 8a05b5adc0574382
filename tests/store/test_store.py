"""Opening a database safely: pragmas, schema revision, and refusing files that are not ours."""

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import facilitator.store
from facilitator.errors import SchemaTooNewError, StoreError
from facilitator.services import directory
from facilitator.services.demo import load_demo
from facilitator.store import Store
from facilitator.store.migrate import script_head

REPO_ROOT = Path(__file__).resolve().parents[2]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database(path: Path, *, demo: bool = True) -> Path:
    """A real Facilitator database file with data in it, closed (no -wal left)."""
    store = Store.open(path)
    try:
        if demo:
            load_demo(store)
    finally:
        store.close()
    return path


def assert_refused_and_untouched(path: Path, error=StoreError) -> StoreError:
    before = sha256(path)
    with pytest.raises(error) as info:
        Store.open(path)
    assert sha256(path) == before, "a refused database file must be left byte-identical"
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message, "the message names the file"
    return info.value


# -- a good database ---------------------------------------------------------------


def test_every_connection_enforces_foreign_keys_wal_full_sync_and_waits_when_busy(file_store):
    store = file_store
    with store.session() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_a_new_database_is_at_the_newest_schema(file_store, db_path):
    store = file_store
    assert store.schema_revision() == facilitator.store.SCHEMA_HEAD
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (facilitator.store.SCHEMA_HEAD,)
        ]
    finally:
        conn.close()


def test_the_schema_head_the_app_knows_is_the_head_of_the_migration_scripts():
    assert script_head() == facilitator.store.SCHEMA_HEAD
    assert facilitator.store.KNOWN_REVISIONS[-1] == script_head()


def test_data_written_is_there_after_reopening(db_location, store):
    directory.create_organization(store, "Çağdaş Yaşam Gönüllüleri Derneği")
    store.close()
    reopened = Store.open(db_location)
    try:
        assert [o.name for o in directory.list_organizations(reopened)] == [
            "Çağdaş Yaşam Gönüllüleri Derneği"
        ]
    finally:
        reopened.close()


def test_missing_folders_of_a_new_database_are_created(tmp_path):
    path = tmp_path / "yeni klasör" / "çalıştaylar" / "veri.db"
    store = Store.open(path)
    try:
        assert store.schema_revision() == facilitator.store.SCHEMA_HEAD
    finally:
        store.close()
    assert path.is_file()


def test_an_empty_file_is_accepted_as_a_new_database(tmp_path):
    path = tmp_path / "boş.db"
    path.touch()
    store = Store.open(path)
    try:
        assert store.schema_revision() == facilitator.store.SCHEMA_HEAD
        directory.create_organization(store, "İpekyolu Lojistik")
        assert [o.name for o in directory.list_organizations(store)] == ["İpekyolu Lojistik"]
    finally:
        store.close()


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    path = make_database(tmp_path / "hazır.db", demo=False)
    code = (
        "import sys; from facilitator.store import Store; "
        f"Store.open({str(path)!r}).close(); print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "False"


def test_opening_a_current_database_makes_no_backup(home, tmp_path):
    path = make_database(tmp_path / "hazır.db", demo=False)
    Store.open(path).close()
    backups = home / "data" / "backups"
    assert not backups.exists() or list(backups.iterdir()) == []


# -- files that are refused ---------------------------------------------------------


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = make_database(tmp_path / "yeni sürüm.db")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()

    error = assert_refused_and_untouched(path, SchemaTooNewError)
    assert "newer version" in str(error)
    assert "9999" in str(error)


def test_a_text_file_is_refused_as_not_sqlite_and_left_untouched(tmp_path):
    path = tmp_path / "notlar.db"
    path.write_text("Çalıştay notları: işbirliği, gönüllülük\n" * 100, encoding="utf-8")
    error = assert_refused_and_untouched(path)
    assert "not an SQLite file" in str(error)


def test_an_sqlite_file_of_another_program_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "başka program.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Gülşen Öztürk', '+90 224 555 00 00')")
    conn.close()
    error = assert_refused_and_untouched(path)
    assert "not a Facilitator database" in str(error)


def _overwrite_pages_2_and_3(data: bytes, filler: bytes) -> bytes:
    page = int.from_bytes(data[16:18], "big")
    return data[:page] + filler[: 2 * page] + data[3 * page :]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda d: _overwrite_pages_2_and_3(d, b"\xff" * 65536), id="pages-2-3-0xFF"),
        pytest.param(
            lambda d: _overwrite_pages_2_and_3(d, random.Random(5).randbytes(65536)),
            id="pages-2-3-random",
        ),
        pytest.param(
            lambda d: d[: len(d) // 2] + b"\xff" * 8192 + d[len(d) // 2 + 8192 :],
            id="middle-0xFF",
        ),
        pytest.param(lambda d: d[: len(d) // 2], id="truncated-half"),
        pytest.param(lambda d: d[:1000], id="truncated-inside-first-page"),
    ],
)
def test_a_damaged_database_is_refused_and_left_byte_identical(tmp_path, damage):
    path = make_database(tmp_path / "hasarlı.db")
    original = path.read_bytes()
    path.write_bytes(damage(original))
    assert path.read_bytes() != original

    error = assert_refused_and_untouched(path)
    assert "damaged" in str(error)


@pytest.mark.parametrize("kind", ["damaged", "newer"])
def test_a_refused_database_gets_no_wal_or_shm_files_beside_it(tmp_path, kind):
    folder = tmp_path / "klasör"
    folder.mkdir()
    path = make_database(folder / "veri.db")
    if kind == "damaged":
        path.write_bytes(_overwrite_pages_2_and_3(path.read_bytes(), b"\xff" * 65536))
    else:
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.close()
    before = sorted(p.name for p in folder.iterdir())

    with pytest.raises(StoreError):
        Store.open(path)

    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_location_that_cannot_be_written_is_refused(unwritable_location):
    with pytest.raises(StoreError) as info:
        Store.open(unwritable_location)
    assert "\n" not in str(info.value)
    assert not unwritable_location.exists()


def test_a_folder_is_refused_as_a_database(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_a_sqlite_url_opens_the_same_file(tmp_path):
    path = tmp_path / "adres.db"
    store = Store.open(f"sqlite:///{path}")
    try:
        directory.create_organization(store, "Öncü Gıda")
        assert store.path == path
    finally:
        store.close()
    reopened = Store.open(path)
    try:
        assert [o.name for o in directory.list_organizations(reopened)] == ["Öncü Gıda"]
    finally:
        reopened.close()


def test_a_file_name_with_url_characters_is_a_file_name(tmp_path):
    folder = tmp_path / "klasör"
    odd = folder / "çalıştay?v=1%20son.db"
    Store.open(odd).close()
    assert odd.exists()
    names = sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert names == [odd.name]


def test_a_database_whose_folder_cannot_be_written_is_refused(tmp_path, monkeypatch):
    from facilitator.store import sqlite_file

    path = tmp_path / "x.db"
    Store.open(path).close()
    real_access = os.access
    monkeypatch.setattr(
        sqlite_file.os,
        "access",
        lambda p, mode: False if Path(p) == tmp_path else real_access(p, mode),
    )
    with pytest.raises(StoreError, match="not writable"):
        Store.open(path)


def test_a_locked_database_gives_a_message_not_a_traceback(tmp_path, monkeypatch):
    from facilitator.services import directory
    from facilitator.store import sqlite_file

    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "kilitli.db"
    store = Store.open(path)
    org = directory.create_organization(store, "Işık Vakfı")
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            directory.update_organization(store, org.id, city="İzmir")
    finally:
        other.rollback()
        other.close()
    assert directory.get_organization(store, org.id).city == ""
    store.close()


def test_a_read_only_command_does_not_create_a_missing_database(tmp_path):
    missing = tmp_path / "yok" / "x.db"
    with pytest.raises(StoreError, match="no database"):
        Store.open(missing, create=False)
    assert not missing.parent.exists()


def test_a_file_that_cannot_be_written_is_refused_for_writing_but_read_read_only(
    tmp_path, monkeypatch
):
    """The tests run as root, so "cannot be written" is what os.access says for the file."""
    from facilitator.store import sqlite_file

    path = tmp_path / "salt okunur.db"
    store = Store.open(path)
    try:
        directory.create_organization(store, "Işık Vakfı")
    finally:
        store.close()
    real_access = os.access

    def no_writing(target, mode):
        if Path(target) == path and mode & os.W_OK:
            return False
        return real_access(target, mode)

    monkeypatch.setattr(sqlite_file.os, "access", no_writing)
    with pytest.raises(StoreError, match="read-only"):
        Store.open(path)
    assert sqlite_file.examine(path, writing=False).revision == facilitator.store.SCHEMA_HEAD
    reader = Store.open(path, read_only=True)
    try:
        assert [o.name for o in directory.list_organizations(reader)] == ["Işık Vakfı"]
    finally:
        reader.close()
