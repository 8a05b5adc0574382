"""Schema 0007: the live screen's lease. A database of 0006 keeps every row of every table it
had and gains the empty lease table, as a file and on a server; the committed 0007 file
reads back the lease it was written with."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text

from facilitator.services import workshops
from facilitator.services.demo import load_demo
from facilitator.services.live import LeaseHeldError, lease
from facilitator.store import SCHEMA_HEAD, Store, migrate
from tests.store.test_migration_0005 import _counts

DATA = Path(__file__).resolve().parents[1] / "data"
NEW_TABLES = {"live_lease"}
LATER = datetime(2026, 12, 3, 7, 30, tzinfo=UTC)  # 25 minutes after the file's lease


def test_an_upgraded_0006_database_keeps_every_row_and_gains_an_empty_lease_table(tmp_path):
    old = tmp_path / "schema_0006.db"
    shutil.copyfile(DATA / "schema_0006.db", old)
    before = _counts(old)
    assert not NEW_TABLES & set(before)
    Store.open(old).close()
    after = _counts(old)
    assert {t: after[t] for t in before} == before
    assert {t: after[t] for t in NEW_TABLES} == dict.fromkeys(NEW_TABLES, 0)


def test_the_0007_file_reads_back_its_lease_left_open_on_another_computer(tmp_path):
    copy = tmp_path / "schema_0007.db"
    shutil.copyfile(DATA / "schema_0007.db", copy)
    store = Store.open(copy)
    try:
        held = lease.current(store, 5)
        with pytest.raises(LeaseHeldError, match="looks abandoned since 10:05") as refused:
            lease.take(store, 5, "yeni", "mehmet @ MASA-1", LATER)
        taken = lease.take(store, 5, "yeni", "mehmet @ MASA-1", LATER, take_over=True)
    finally:
        store.close()
    assert (held.label, held.started_at) == (
        "ayşe @ LAPTOP-3",
        datetime(2026, 12, 3, 7, 5, tzinfo=UTC),
    )
    assert refused.value.stale and refused.value.label == "ayşe @ LAPTOP-3"
    assert (taken.holder, taken.started_at) == ("yeni", LATER)


def _upgrade_to(engine, revision: str) -> None:
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def _server_counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        names = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        return {t: conn.scalar(select(func.count()).select_from(text(f'"{t}"'))) for t in names}


def test_a_0006_database_on_a_server_keeps_every_row_and_gains_the_lease(postgres_cluster):
    """The same upgrade on PostgreSQL: the demo written at schema 0006 stays whole; the new
    table takes one lease per workshop and goes with its workshop."""
    name = postgres_cluster.empty_database()
    url = postgres_cluster.url(name)
    engine = create_engine(url)
    try:
        _upgrade_to(engine, "0006")
        load_demo(Store(engine, None))  # the demo touches no table of 0007
        before = _server_counts(engine)
    finally:
        engine.dispose()
    assert before["workshop"] > 0 and "live_lease" not in before

    store = Store.open(url)
    try:
        assert store.schema_revision() == SCHEMA_HEAD
        after = _server_counts(store.engine)
        assert {t: after[t] for t in before} == before
        assert after["live_lease"] == 0
        workshop_id = workshops.list_workshops(store)[0].id
        lease.take(store, workshop_id, "a", "ayşe @ LAPTOP-3", LATER)
        with pytest.raises(LeaseHeldError, match="ayşe @ LAPTOP-3"):
            lease.take(store, workshop_id, "b", "mehmet @ MASA-1", LATER)
        workshops.delete_workshop(store, workshop_id)
        assert lease.current(store, workshop_id) is None
        assert _server_counts(store.engine)["live_lease"] == 0
    finally:
        store.close()
        postgres_cluster.drop(name)
