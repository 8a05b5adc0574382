"""Backing up and restoring a Facilitator database on a PostgreSQL server: a logical export.

``facilitator --database postgresql+psycopg://… backup -o FILE`` writes every row of
every table, read in one consistent snapshot (a ``REPEATABLE READ, READ ONLY``
transaction: what other clients commit meanwhile is not half in it), and the schema
revision, to one file (its format: :mod:`facilitator.store.export_file`). Nothing is
written to the server, and a database of an older schema is exported as it is.

Restoring
---------
Only into a database holding no tables, so nothing is ever overwritten. The schema is
made by the app's own migrations up to the export's revision, the rows inserted, then
the migrations after it run (an export of an older version of Facilitator arrives
upgraded, as the app upgrades a database it opens), and every id sequence is set past
the largest id — all in one transaction holding the writers' lock, so a malformed,
truncated or foreign file, or a refusal by the server, leaves the database as empty as
it was. (``Store.open(create=True)`` would commit the schema on its own, and a failed
load would then leave a database that is no longer empty.) An export written by a newer
Facilitator (a later schema) is refused.

An export of the current schema may also be restored into a new SQLite file
(:func:`restore_export_into_file`): a way off the server, to a single file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from facilitator.errors import SchemaTooNewError, StoreError
from facilitator.store.export_file import (
    ExportReader,
    load_rows,
    write_beside,
    write_export,
)
from facilitator.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD, SCHEMA_TABLES, is_later_revision

CONNECT_TIMEOUT_SECONDS = 5
LOCK_WAIT = "30s"


# -- connecting and reading what a database is ------------------------------------------


def shown_url(url: URL) -> str:
    """``url`` as it may be printed: never its password (nor one given as ``?password=``)."""
    from urllib.parse import unquote

    if "password" in url.query:
        url = url.difference_update_query(["password"])
    return unquote(url.render_as_string(hide_password=True))  # ?host=/run/… as typed


def server_engine(url: URL) -> Engine:
    """An engine on the server at ``url`` for one command: no pool, a short connect wait."""
    return create_engine(
        url,
        poolclass=NullPool,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "application_name": "Facilitator",
        },
    )


def first_line(exc: BaseException) -> str:
    """The first line of what the driver said (its later lines are hints or context)."""
    said = str(getattr(exc, "orig", None) or exc).strip()
    return said.splitlines()[0].strip() if said else type(exc).__name__


@contextlib.contextmanager
def connected(url: URL) -> Iterator[Connection]:
    """A connection to ``url``; a server that cannot be reached is one plain StoreError."""
    engine = server_engine(url)
    try:
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            raise StoreError(f"cannot connect to {shown_url(url)}: {first_line(exc)}") from exc
        with conn:
            yield conn
    finally:
        engine.dispose()


@dataclass(frozen=True)
class ServerInfo:
    """Who and where a connection is: the server's version, the role, the database."""

    version: str
    user: str
    database: str


def server_info(conn: Connection) -> ServerInfo:
    row = conn.execute(
        text("SELECT current_setting('server_version'), current_user, current_database()")
    ).one()
    return ServerInfo(row[0], row[1], row[2])


def snapshot(conn: Connection) -> Connection:
    """``conn`` set so that its next transaction reads one consistent snapshot, writing
    nothing (PostgreSQL's ``REPEATABLE READ, READ ONLY``)."""
    return conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)


def table_names(conn: Connection) -> set[str]:
    """The tables of the connection's default schema (the one Facilitator uses)."""
    return set(inspect(conn).get_table_names())


def facilitator_schema(conn: Connection, shown: str) -> tuple[str, set[str]]:
    """The schema revision and the tables of a Facilitator database, or a plain refusal.

    An empty database, another application's, one of an unknown or a newer schema (a
    :class:`SchemaTooNewError`) are refused, as :meth:`Store.open` refuses them.
    """
    tables = table_names(conn)
    if not tables:
        raise StoreError(f"{shown} is not a Facilitator database (it is empty)")
    if "alembic_version" not in tables:
        raise StoreError(f"{shown} is not a Facilitator database (it holds other tables)")
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is None:
        raise StoreError(f"{shown} is not a Facilitator database (it has no schema revision)")
    if revision not in KNOWN_REVISIONS:
        if is_later_revision(revision):
            raise SchemaTooNewError(
                f"{shown} was written by a newer version of Facilitator (schema {revision}); "
                "update Facilitator to use it"
            )
        raise StoreError(f"{shown} is not a Facilitator database (unknown schema {revision})")
    others = tables - {"alembic_version"}
    if others != SCHEMA_TABLES[revision]:
        raise StoreError(f"{shown} is not a Facilitator database (it holds other tables)")
    return revision, others


@dataclass(frozen=True)
class Exported:
    """What a backup wrote: where, the schema revision and every table's row count."""

    path: Path
    revision: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def export_database(url: URL, output: Path) -> Exported:
    """Write a logical export of the Facilitator database at ``url`` to ``output``.

    Read in one ``REPEATABLE READ, READ ONLY`` transaction; nothing is written to the
    server, and an older schema is exported as it is. The file is written beside
    ``output``, flushed to the disk, then renamed: ``output`` is the whole export or
    does not exist. An existing ``output`` is refused.
    """
    output = Path(output).absolute()
    if output.exists() or output.is_symlink():
        raise StoreError(f"{output} already exists; choose another file name")
    shown = shown_url(url)
    with connected(url) as conn:
        reading = snapshot(conn)
        try:
            with reading.begin():
                revision, tables = facilitator_schema(reading, shown)
                counts = write_beside(
                    output, lambda out: write_export(reading, out, revision, tables)
                )
        except DBAPIError as exc:
            raise StoreError(f"cannot read {shown}: {first_line(exc)}") from exc
    return Exported(output, revision, counts)


# -- restoring ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    """What a restore loaded: the export's schema, the schema now, every table's rows."""

    source: Path
    exported_revision: str
    revision: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def create_schema(conn: Connection, revision: str) -> None:
    """Run the app's migrations on ``conn``, inside its transaction, up to ``revision``."""
    from alembic import command

    from facilitator.store.migrate import alembic_config

    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, revision)


def restore_export(url: URL, source: Path) -> Restored:
    """Load the export ``source`` into the empty database at ``url``: all of it or nothing.

    Refused, with nothing changed: a file that is not a complete export, an export
    of a later schema than this version knows, and a database that holds any table.
    """
    source = Path(source)
    shown = shown_url(url)
    if not source.is_file():
        raise StoreError(f"{source} does not exist or is not a file")
    reader = ExportReader(source)
    try:
        header = reader.header()  # before connecting: a foreign file touches nothing
        with connected(url) as conn:
            try:
                with conn.begin():
                    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
                    _take_writers_lock(conn)
                    found = table_names(conn)
                    if found:
                        raise StoreError(
                            f"{shown} is not empty (it holds {len(found)} tables); a backup "
                            "is restored only into an empty database, so nothing was changed. "
                            "Create a new database on the server and restore into it"
                        )
                    create_schema(conn, header.revision)
                    counts = load_rows(conn, reader, header)
                    if header.revision != SCHEMA_HEAD:
                        create_schema(conn, "head")
                    _advance_sequences(conn)
            except DBAPIError as exc:
                raise StoreError(
                    f"the server refused the restore of {source} into {shown} "
                    f"({first_line(exc)}); nothing was changed"
                ) from exc
    finally:
        reader.close()
    return Restored(source, header.revision, SCHEMA_HEAD, counts)


def _take_writers_lock(conn: Connection) -> None:
    """The lock every Facilitator unit of work and migration takes on a server: no client
    creates the schema, or writes, while the restore does."""
    from facilitator.store.store import WRITERS_LOCK

    conn.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": WRITERS_LOCK})


def restore_export_into_file(path: Path, source: Path) -> Restored:
    """Load the export ``source`` into a new SQLite database file at ``path``.

    ``path`` must not exist (or be an empty file). The database is made beside it
    (``.NAME.….restoring``) with the current schema, filled in one transaction, checked,
    then renamed into place: killed at any moment, ``path`` is the whole database or
    absent. Only an export of the current schema is taken (an older one goes to a
    server, which upgrades it).
    """
    from facilitator.store import sqlite_file
    from facilitator.store.backups import verify_database_file
    from facilitator.store.store import Store

    path, source = Path(path).absolute(), Path(source)
    if not source.is_file():
        raise StoreError(f"{source} does not exist or is not a file")
    if path.is_symlink() or (path.exists() and (not path.is_file() or path.stat().st_size)):
        raise StoreError(
            f"{path} already exists; an export is restored only into a new database file, "
            "so nothing was changed. Give --database the name of a new file"
        )
    reader = ExportReader(source)
    part = None
    try:
        header = reader.header()
        if header.revision != SCHEMA_HEAD:
            raise StoreError(
                f"{source} holds schema {header.revision} of an earlier Facilitator; it can "
                "be restored into an empty database on a server (which upgrades it), not "
                "into a file"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".restoring", dir=path.parent
            )
        except OSError as exc:
            raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
        os.close(fd)
        part = Path(name)
        store = Store.open(part, create=True)
        try:
            writing = store.engine.execution_options(facilitator_begin="immediate")
            with writing.connect() as conn, conn.begin():
                counts = load_rows(conn, reader, header)
        finally:
            store.close()
        verified = verify_database_file(part)
        if not verified.ok:
            raise StoreError(verified.problem)
        if path.exists() and path.stat().st_size:
            raise StoreError(f"{path} was created meanwhile; nothing was restored")
        sqlite_file.replace_database(part, path)
        part = None
    except DBAPIError as exc:
        raise StoreError(f"cannot restore {path} from {source}: {first_line(exc)}") from exc
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        reader.close()
        if part is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                part.with_name(part.name + suffix).unlink(missing_ok=True)
    return Restored(source, header.revision, SCHEMA_HEAD, counts)


def _advance_sequences(conn: Connection) -> None:
    """Set every id sequence past the largest id its table holds, so new rows get new ids."""
    serial = conn.execute(
        text(
            "SELECT c.relname, a.attname, pg_get_serial_sequence(quote_ident(c.relname), "
            "a.attname) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
            "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
            "AND a.attnum > 0 AND NOT a.attisdropped "
            "AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL"
        )
    ).all()
    quote = conn.dialect.identifier_preparer.quote
    for table, column, sequence in serial:
        conn.execute(
            text(
                f"SELECT setval(:sequence, COALESCE(MAX({quote(column)}), 1), "
                f"MAX({quote(column)}) IS NOT NULL) FROM {quote(table)}"
            ),
            {"sequence": sequence},
        )
