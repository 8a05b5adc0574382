"""Databases written by every earlier schema open in this version with nothing lost.

Each ``tests/data/schema_<revision>.db`` is a committed file made by that schema
(see ``tests/data/make_schema_0001_db.py``); add one per new schema revision.
"""

import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from facilitator.models import Commitment, Note, Workshop
from facilitator.services import directory, workshops
from facilitator.services.demo import load_demo
from facilitator.store import KNOWN_REVISIONS, SCHEMA_HEAD, Store

DATA = Path(__file__).resolve().parents[1] / "data"
SCHEMA_FILES = sorted(DATA.glob("schema_*.db"))
ISTANBUL = ZoneInfo("Europe/Istanbul")


def revision_of(path: Path) -> str:
    return re.fullmatch(r"schema_(\w+)\.db", path.name).group(1)


def read_tables(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Columns and rows of every table, read without writing to the file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        tables = {}
        for name in names:
            cursor = conn.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            tables[name] = (columns, cursor.fetchall())
        return tables
    finally:
        conn.close()


def test_there_is_a_committed_database_for_every_known_schema_revision():
    assert [revision_of(p) for p in SCHEMA_FILES] == list(KNOWN_REVISIONS)


@pytest.fixture(params=SCHEMA_FILES, ids=lambda p: p.name)
def old_database(request, tmp_path) -> Path:
    """A copy of a committed database file (the committed one is never opened for writing)."""
    copy = tmp_path / request.param.name
    shutil.copyfile(request.param, copy)
    return copy


def test_committed_database_is_self_contained_and_of_its_revision(old_database):
    assert not Path(f"{old_database}-wal").exists()
    conn = sqlite3.connect(f"{old_database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (revision_of(old_database),)
        ]
    finally:
        conn.close()


def test_opening_an_old_database_brings_it_to_the_newest_schema(old_database):
    store = Store.open(old_database)
    try:
        assert store.schema_revision() == SCHEMA_HEAD
    finally:
        store.close()


def test_opening_an_old_database_keeps_every_row_and_value(old_database):
    before = read_tables(old_database)
    Store.open(old_database).close()
    after = read_tables(old_database)

    for table, (old_columns, old_rows) in before.items():
        if table == "alembic_version":
            continue
        assert table in after, f"table {table} disappeared"
        new_columns, new_rows = after[table]
        assert len(new_rows) == len(old_rows), f"rows of {table} lost"
        kept = [c for c in old_columns if c in new_columns]
        old_index = [old_columns.index(c) for c in kept]
        new_index = [new_columns.index(c) for c in kept]
        old_values = sorted((tuple(r[i] for i in old_index) for r in old_rows), key=repr)
        new_values = sorted((tuple(r[i] for i in new_index) for r in new_rows), key=repr)
        assert new_values == old_values, f"values of {table} changed"


def test_every_table_of_the_old_database_had_rows_to_check(old_database):
    empty = [t for t, (_, rows) in read_tables(old_database).items() if not rows]
    assert empty == []


def test_an_old_database_is_backed_up_before_it_is_upgraded(home, old_database):
    original = read_tables(old_database)
    Store.open(old_database).close()
    backups = home / "data" / "backups"
    found = sorted(backups.glob("*.db")) if backups.exists() else []
    if revision_of(old_database) == SCHEMA_HEAD:
        assert found == [], "a database at the current schema needs no backup"
    else:
        assert len(found) == 1
        assert read_tables(found[0]) == original


def test_turkish_text_and_times_read_back_unchanged_from_an_old_database(old_database):
    store = Store.open(old_database)
    try:
        names = [o.name for o in directory.list_organizations(store)]
        assert "Çocuk Sağlığı Dayanışma Derneği" in names
        assert "Ilıca Şifa Gönüllüleri Derneği" in names
        assert names.index("Işık Lösemili Çocuklar Vakfı") < names.index("İpekyolu Lojistik")

        people = directory.list_people(store, "ılgın-öğütçü")
        assert [(p.honorific, p.given_name, p.family_name) for p in people] == [
            ("Doç. Dr.", "Çağrı", "Ilgın-Öğütçü")
        ]
        assert people[0].organization_name == "Ilıca Şifa Gönüllüleri Derneği"

        listed = {w.title: w for w in workshops.list_workshops(store)}
        fifth = listed["Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"]
        assert fifth.planned_start == datetime(2026, 3, 14, 10, 0, tzinfo=ISTANBUL)
        assert fifth.planned_start.tzinfo is UTC

        extra = workshops.get_workshop(
            store, listed["İğne ile kuyu kazmak: küçük STK'lar için şeffaflık"].id
        )
        assert extra.planned_start == datetime(2025, 10, 26, 9, 30, tzinfo=ISTANBUL)
        assert extra.planned_end.tzinfo is UTC
        assert extra.host_name == "Ilıca Şifa Gönüllüleri Derneği"
        assert extra.moderator_name == "Doç. Dr. Çağrı Ilgın-Öğütçü"

        with store.session() as s:
            note = s.scalar(select(Note).where(Note.uuid == "50c28163-af52-42d3-afa6-b1735390cf65"))
            assert note.text == "“Işığı paylaşınca azalmaz; İŞBİRLİĞİ de öyle.” — ğüşıöç ĞÜŞİÖÇ"
            assert note.noted_at == datetime(2025, 10, 26, 9, 58, 30, tzinfo=ISTANBUL)
            assert note.noted_at.tzinfo is UTC
            session_start = s.scalar(
                select(Workshop.session_started_at).where(Workshop.id == extra.id)
            )
            assert session_start == datetime(2025, 10, 26, 9, 34, 12, tzinfo=ISTANBUL)
            quantities = sorted(
                str(q) for q in s.scalars(select(Commitment.quantity)) if q is not None
            )
            assert "12.50" in quantities
    finally:
        store.close()


def test_the_demo_is_not_loaded_twice_into_an_old_database(old_database, dump_database):
    store = Store.open(old_database)
    try:
        before = dump_database(old_database)
        assert load_demo(store).loaded is False
        assert dump_database(old_database) == before
    finally:
        store.close()


def test_the_upgrade_gives_every_workshop_the_zone_of_the_computer_that_runs_it(
    tmp_path, monkeypatch
):
    """Schema 0002: a time zone per workshop. A database of 0001 had none; its workshops
    were prepared on this computer, so they get its zone (here set to Brussels)."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    old = tmp_path / "eski.db"
    shutil.copyfile(DATA / "schema_0001.db", old)
    count = len(read_tables(old)["workshop"][1])
    store = Store.open(old)
    try:
        zones = [
            workshops.get_workshop(store, w.id).time_zone for w in workshops.list_workshops(store)
        ]
    finally:
        store.close()
    assert len(zones) == count > 0
    assert set(zones) == {"Europe/Brussels"}
    columns, rows = read_tables(old)["workshop"]
    assert all(r[columns.index("time_zone")] == "Europe/Brussels" for r in rows)


def test_a_workshop_of_schema_0002_keeps_its_own_zone(tmp_path):
    copy = tmp_path / "schema_0002.db"
    shutil.copyfile(DATA / "schema_0002.db", copy)
    store = Store.open(copy)
    try:
        zones = {
            w.title: workshops.get_workshop(store, w.id).time_zone
            for w in workshops.list_workshops(store)
        }
    finally:
        store.close()
    assert zones["Brüksel çalışma ziyareti: AB fonları ve gönüllülük"] == "Europe/Brussels"
    assert zones["Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"] == (
        "Europe/Istanbul"
    )


def test_the_final_minutes_of_schema_0003_print_as_they_were_recorded(tmp_path):
    """The record outlives the app's versions: a final stored by schema 0003 reads back,
    keeps its hash and prints the same content (its date, its number, its hash)."""
    from facilitator.documents.exports import export_document
    from facilitator.documents.template import RenderOptions
    from facilitator.services import minutes_record
    from tests.documents.pdf_text import pdftotext

    copy = tmp_path / "schema_0003.db"
    shutil.copyfile(DATA / "schema_0003.db", copy)
    store = Store.open(copy)
    try:
        bursa = next(w.id for w in workshops.list_workshops(store) if w.title.startswith("Bursa"))
        final = minutes_record.latest_final(store, bursa)
        assert (final.row.number, final.row.final) == (2, True)
        out = tmp_path / "final.pdf"
        export_document(store, "minutes", bursa, out, RenderOptions(), version="final")
    finally:
        store.close()
    text = " ".join(pdftotext(out).split())
    assert "Kesinleşmiş v2 · 30.03.2026" in text
    assert final.row.sha256 in text
