"""Schema 0006: the room on their phones. A database of 0005 keeps every row of every table
it had and gains the four empty room tables."""

from __future__ import annotations

import shutil
from pathlib import Path

from facilitator.store import Store
from tests.store.test_migration_0005 import _counts

DATA = Path(__file__).resolve().parents[1] / "data"
NEW_TABLES = {"room", "room_token", "room_ballot", "room_idea"}


def test_an_upgraded_0005_database_keeps_every_row_and_gains_empty_room_tables(tmp_path):
    old = tmp_path / "schema_0005.db"
    shutil.copyfile(DATA / "schema_0005.db", old)
    before = _counts(old)
    assert not NEW_TABLES & set(before)
    Store.open(old).close()
    after = _counts(old)
    assert {t: after[t] for t in before} == before
    assert {t: after[t] for t in NEW_TABLES} == dict.fromkeys(NEW_TABLES, 0)
