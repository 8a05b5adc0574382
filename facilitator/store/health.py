"""The state of a database, read without writing to it: ``facilitator check``.

Reports what a user (or a support person) needs to decide whether a database is
healthy. Of a file: the full ``integrity_check``, the schema revision and how many
rows each table holds. Of a database on a PostgreSQL server (whose integrity is the
server's business): whether it can be reached, the server's version, the role and
the database connected to, the schema revision and the row counts, read in one
read-only snapshot.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from facilitator.errors import StoreError
from facilitator.store import sqlite_file
from facilitator.store.backups import verify_database_file
from facilitator.store.store import SCHEMA_HEAD, resolve_location, sqlite_file_of


def database_location(location: str | Path | None) -> Path | URL:
    """What ``--database`` (or the default) names: an SQLite file's path, or the URL of a
    PostgreSQL database (with its driver); anything else is refused."""
    from facilitator.store.server_backup import shown_url
    from facilitator.store.store import server_url

    resolved = resolve_location(location)
    if isinstance(resolved, Path):
        return resolved.absolute()
    try:
        url = make_url(resolved)
    except ArgumentError as exc:
        raise StoreError(f"{resolved!r} is not a database path or URL") from exc
    if url.get_backend_name() == "sqlite":
        return sqlite_file_of(url, resolved).absolute()
    return server_url(url, shown_url(url))


def database_path(location: str | Path | None) -> Path:
    """The SQLite file behind ``--database`` (or the default); other databases are refused."""
    found = database_location(location)
    if isinstance(found, Path):
        return found
    from facilitator.store.server_backup import shown_url

    raise StoreError(f"{shown_url(found)} is a database server, not an SQLite file")


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


@dataclass(frozen=True)
class ServerHealth:
    """The result of checking a database on a PostgreSQL server."""

    shown: str  # its URL, without the password
    ok: bool
    problem: str = ""
    connected: bool = False
    server_version: str = ""
    user: str = ""
    database: str = ""
    revision: str | None = None
    current: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def connection(self) -> str:
        """Where the check connected, as whom ("URL: connected to PostgreSQL 15.8 as …")."""
        if not self.connected:
            return ""
        return (
            f"{self.shown}: connected to PostgreSQL {self.server_version} as {self.user}, "
            f"database {self.database}"
        )


def check_server(url: URL) -> ServerHealth:
    """Connection, schema revision and row counts of the database at ``url``; nothing is
    written (one ``REPEATABLE READ, READ ONLY`` transaction)."""
    from facilitator.store import server_backup
    from facilitator.store.export_file import row_counts

    shown = server_backup.shown_url(url)
    try:
        with server_backup.connected(url) as conn:
            reading = server_backup.snapshot(conn)
            with reading.begin():
                info = server_backup.server_info(reading)
                found = ServerHealth(shown, False, "", True, info.version, info.user, info.database)
                try:
                    revision, tables = server_backup.facilitator_schema(reading, shown)
                except StoreError as exc:
                    return replace(found, problem=str(exc))
                counts = row_counts(reading, tables)
    except StoreError as exc:  # cannot connect
        return ServerHealth(shown, False, str(exc))
    except DBAPIError as exc:  # the link broke, or the role may not read a table
        problem = f"cannot read {shown}: {server_backup.first_line(exc)}"
        return ServerHealth(shown, False, problem)
    return replace(
        found, ok=True, revision=revision, current=revision == SCHEMA_HEAD, counts=counts
    )
