"""The state of a database file, read without writing to it: ``facilitator check``.

Reports what a user (or a support person) needs to decide whether a file is
healthy: the full ``integrity_check``, the schema revision and how many rows
each table holds.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from facilitator.errors import StoreError
from facilitator.store import sqlite_file
from facilitator.store.backups import verify_database_file
from facilitator.store.store import SCHEMA_HEAD, resolve_location, sqlite_file_of


def database_path(location: str | Path | None) -> Path:
    """The SQLite file behind ``--database`` (or the default); other databases are refused."""
    resolved = resolve_location(location)
    if isinstance(resolved, Path):
        return resolved.absolute()
    try:
        url = make_url(resolved)
    except ArgumentError as exc:
        raise StoreError(f"{resolved!r} is not a database path or URL") from exc
    if url.get_backend_name() == "sqlite":
        return sqlite_file_of(url, resolved).absolute()
    shown = url.render_as_string(hide_password=True)
    raise StoreError(f"{shown} is not an SQLite file; use the server's own tools for it")


@dataclass(frozen=True)
class Health:
    """The result of checking one database file."""

    path: Path
    ok: bool
    problem: str = ""
    revision: str | None = None
    current: bool = False
    counts: dict[str, int] = field(default_factory=dict)


def check_database(path: Path) -> Health:
    """Integrity, schema revision and row counts of ``path``; nothing is written."""
    path = Path(path)
    verified = verify_database_file(path)
    path = path.resolve()  # the -wal lies beside the real file, not beside a link
    if not verified.ok:
        return Health(path, False, verified.problem, verified.revision)
    has_wal = path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(sqlite_file.readonly_uri(path, immutable=not has_wal), uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return Health(path, False, f"{path} is damaged ({exc})", verified.revision)
    finally:
        conn.close()
    if problems:
        return Health(
            path,
            False,
            f"{path} has {len(problems)} broken references (first in table {problems[0][0]})",
            verified.revision,
            verified.revision == SCHEMA_HEAD,
            counts,
        )
    return Health(path, True, "", verified.revision, verified.revision == SCHEMA_HEAD, counts)
