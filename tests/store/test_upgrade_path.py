"""The upgrade path itself: an older database is backed up, then migrated, nothing lost.

This test adds a revision after the newest (a new column, written the way real
migrations are: batch mode) in a copy of the migration scripts, and opens the
committed first-schema database with it: every migration in between runs too.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator.store import KNOWN_REVISIONS, SCHEMA_HEAD, Store, migrate
from facilitator.store import store as store_module

DATA = Path(__file__).resolve().parents[1] / "data"

# The revision a next version of the app would add after today's head.
NEXT = f"{int(SCHEMA_HEAD) + 1:04d}"
NEWER_REVISIONS = (*KNOWN_REVISIONS, NEXT)

SECOND_REVISION = f'''"""Test-only: a pinned flag on notes."""

import sqlalchemy as sa
from alembic import op

revision = "{NEXT}"
down_revision = "{SCHEMA_HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("note") as batch_op:
        batch_op.add_column(sa.Column("pinned", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("note") as batch_op:
        batch_op.drop_column("pinned")
'''


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


@pytest.fixture
def newer_app(tmp_path, monkeypatch):
    """This app, as if its next version added a schema revision after the head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / f"{NEXT}_pinned_notes.py").write_text(SECOND_REVISION, "utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(store_module, "KNOWN_REVISIONS", NEWER_REVISIONS)
    monkeypatch.setattr(store_module, "SCHEMA_HEAD", NEXT)


def test_an_older_database_is_backed_up_then_upgraded_with_nothing_lost(home, tmp_path, newer_app):
    old = tmp_path / "eski.db"
    shutil.copy(DATA / "schema_0001.db", old)
    before = _counts(old)
    assert sum(before.values()) > 100

    opened = Store.open(old)
    try:
        assert opened.schema_revision() == NEXT
    finally:
        opened.close()

    backups = sorted((home / "data" / "backups").glob("eski-*--schema-0001.db"))
    assert len(backups) == 1, "one backup, made before the migration"
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        note_columns = {r[1] for r in conn.execute("PRAGMA table_info(note)")}
    finally:
        conn.close()
    assert "pinned" not in note_columns
    assert _counts(backups[0]) == before

    after = _counts(old)
    # Every row kept; tables later revisions added start empty.
    assert {t: n for t, n in after.items() if t in before} == before
    assert all(after[t] == 0 for t in set(after) - set(before))
    conn = sqlite3.connect(old)
    try:
        assert (
            conn.execute("SELECT count(*) FROM note WHERE pinned = 0").fetchone()[0]
            == (before["note"])
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_the_current_app_refuses_what_the_newer_one_wrote(home, tmp_path, monkeypatch):
    newer = tmp_path / "yeni.db"
    shutil.copy(DATA / "schema_0001.db", newer)
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / f"{NEXT}_pinned_notes.py").write_text(SECOND_REVISION, "utf-8")
    with monkeypatch.context() as m:
        m.setattr(migrate, "MIGRATIONS_DIR", scripts)
        m.setattr(store_module, "KNOWN_REVISIONS", NEWER_REVISIONS)
        m.setattr(store_module, "SCHEMA_HEAD", NEXT)
        Store.open(newer).close()
    from facilitator.errors import SchemaTooNewError

    with pytest.raises(SchemaTooNewError, match="newer version of Facilitator"):
        Store.open(newer)


FAILING_REVISION = SECOND_REVISION.replace(
    """                                      server_default=sa.false()))
""",
    """                                      server_default=sa.false()))
    op.execute("INSERT INTO no_such_table VALUES (1)")
""",
)


def test_a_failed_upgrade_puts_the_database_back_as_it_was(home, tmp_path, monkeypatch):
    from facilitator.errors import StoreError

    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / f"{NEXT}_pinned_notes.py").write_text(FAILING_REVISION, "utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(store_module, "KNOWN_REVISIONS", NEWER_REVISIONS)
    monkeypatch.setattr(store_module, "SCHEMA_HEAD", NEXT)
    old = tmp_path / "eski.db"
    shutil.copy(DATA / "schema_0001.db", old)
    before = _counts(old)

    with pytest.raises(StoreError, match="left as it was") as refused:
        Store.open(old)
    assert "\n" not in str(refused.value)
    assert _counts(old) == before  # no half-migrated table left behind
    conn = sqlite3.connect(old)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    # The current version of the app opens it as if nothing had happened.
    monkeypatch.undo()
    Store.open(old).close()
