"""The one object that owns the database engine, and how a database is opened safely.

Opening a SQLite file goes: inspect the file read-only (is it SQLite, is it
intact, which schema revision) → refuse a foreign, damaged or newer file →
back up and migrate an older one → connect with the pragmas. When the schema
is current nothing from Alembic is imported, which keeps start-up light.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from facilitator import paths
from facilitator.errors import ConflictError, SchemaTooNewError, StoreError
from facilitator.i18n import translate
from facilitator.store import sqlite_file
from facilitator.store.schema import (
    APPLICATION_ID,
    KNOWN_REVISIONS,
    SCHEMA_HEAD,
    SCHEMA_TABLES,
    is_later_revision,
)

__all__ = ["KNOWN_REVISIONS", "SCHEMA_HEAD", "Store", "resolve_location"]

# The execution option that makes a connection begin with BEGIN IMMEDIATE.
_BEGIN = "facilitator_begin"

# Erasing freed space waits this long (ms) for readers, this many times, then gives up.
ERASE_WAIT_MS = 1000
ERASE_ATTEMPTS = 3


# On a server: how long connecting may take, how long a client may sit inside an open
# unit of work, and how long a unit of work waits for the writers' lock before giving up.
CONNECT_TIMEOUT_SECONDS = 5
IDLE_LIMIT_MS = 60_000
WRITE_WAIT = "30s"
# The advisory lock every unit of work on a server holds until it ends (one writer at a
# time, as SQLite's BEGIN IMMEDIATE does): what it reads stays true until it commits.
WRITERS_LOCK = 0x46414349  # "FACI"
# The channel on which every commit on a server names the tables it changed.
CHANGES_CHANNEL = "facilitator_changes"


def server_connect_args(url: URL) -> dict:
    """What every connection to a server adds to its URL's own options.

    A short connect timeout; keepalives and a TCP user timeout, so a network that
    vanished without a word (Wi-Fi gone, a VPN dropped) is noticed in seconds, not the
    quarter of an hour TCP would wait; and, appended to the URL's own ``options``, a limit
    on how long a vanished client may sit inside a unit of work holding the writers' lock.
    """
    options = f"-c idle_in_transaction_session_timeout={IDLE_LIMIT_MS}"
    given = url.query.get("options")
    if isinstance(given, str) and given.strip():
        options = f"{given} {options}"
    return {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": "Facilitator",
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": 15_000,
        "options": options,
    }


def server_url(url: URL, shown: str) -> URL:
    """The URL of a PostgreSQL server with its driver (psycopg 3), or a plain refusal.

    ``postgresql://`` and ``postgres://`` get psycopg 3; a missing driver is named by the
    extra that installs it, not by a module name; other databases are not supported.
    """
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgresql", "postgres"):
        if driver in ("", "psycopg2", "psycopg"):
            url = url.set(drivername="postgresql+psycopg")
        else:
            raise StoreError(
                translate(
                    "Errors",
                    "{url}: Facilitator talks to PostgreSQL through psycopg 3; write the URL as "
                    "postgresql+psycopg://USER@HOST/DATABASE",
                ).format(url=shown)
            )
        import importlib.util

        if importlib.util.find_spec("psycopg") is None:
            raise StoreError(
                translate(
                    "Errors",
                    'The PostgreSQL driver is not installed: pip install "facilitator[postgres]"',
                )
            )
        return url
    raise StoreError(
        translate(
            "Errors",
            "{url}: Facilitator works with an SQLite file or a PostgreSQL server "
            "(postgresql+psycopg://…), not {backend}",
        ).format(url=shown, backend=backend)
    )


def _serialize_writers(engine: Engine) -> None:
    """Units of work on a server take one advisory lock first, held until they end.

    Every service was written for SQLite, where a unit of work holds the write lock
    from its first statement: numbers given as MAX+1, re-checks before a write, "the
    last one stands". The same lock on PostgreSQL keeps all of it true when several
    organizers write at once; readers never wait. Migrations take it too, so two
    clients never upgrade at once.
    """

    def begin(conn: Connection) -> None:
        if conn.get_execution_options().get(_BEGIN) == "immediate":
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{WRITE_WAIT}'")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})")

    event.listen(engine, "begin", begin)


def sqlite_file_of(url: URL, shown: str) -> Path:
    """The file an ``sqlite://`` URL names; refused when it names none or asks for options.

    A database in memory keeps nothing once the command ends; ``file:`` URIs and query
    options (``?mode=ro``, ``?uri=true``) would be taken as part of a file name or
    silently ignored, so they are refused rather than half-honoured.
    """
    database = url.database
    if database in (None, "", ":memory:") or url.query.get("mode") == "memory":
        raise StoreError(
            translate(
                "Errors",
                "{url} is a database in memory, which keeps nothing once the command "
                "ends; give a file instead",
            ).format(url=shown)
        )
    if url.query or database.startswith("file:"):
        raise StoreError(
            translate(
                "Errors",
                "{url}: options in an SQLite URL are not supported; give the path of the file",
            ).format(url=shown)
        )
    return Path(database)


def resolve_location(location: str | Path | None) -> str | Path:
    """``--database`` / ``FACILITATOR_DATABASE`` / the default file, as a path or a URL."""
    import os

    if location is None or location == "":
        location = os.environ.get(paths.DATABASE_ENV) or paths.default_database_path()
    if isinstance(location, Path):
        return location
    if "://" in location:
        return location
    return Path(location).expanduser()


class Store:
    """Owns the engine; hands out one session per unit of work."""

    def __init__(self, engine: Engine, path: Path | None, *, read_only: bool = False, lock=None):
        self.engine = engine
        self.path = path
        self.read_only = read_only  # refuses every write (another Facilitator holds the file)
        self._lock = lock  # the InstanceLock held while this store is open, if any
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Units of work begin with BEGIN IMMEDIATE on SQLite: they hold the write
        # lock from their first read, so what they read stays true until they commit
        # (numbering, re-checks), and two writers never deadlock on an upgrade.
        self._write_sessions = sessionmaker(
            engine.execution_options(**{_BEGIN: "immediate"}), expire_on_commit=False
        )
        # Committed write transactions since opening: what the automatic backups
        # compare, so writes that announce nothing (live notes) still count.
        self.write_count = 0
        # The unit of work this thread's services read and write through (see ``sharing``).
        self._shared = threading.local()
        # On a server, every commit names the tables it changed to the other clients
        # (LISTEN/NOTIFY); this id lets a client tell its own commits from others'.
        self.origin = os.urandom(8).hex()
        self.on_server = engine.dialect.name == "postgresql"
        # Set while the server cannot be reached (``store/notify.py`` notices): every use
        # is refused at once, instead of waiting for a connection that will not come.
        self.connection_lost = False
        if self.on_server:
            event.listen(self._write_sessions, "after_flush", _note_flushed_tables)
            event.listen(self._write_sessions, "do_orm_execute", _note_statement_table)

    # -- opening -----------------------------------------------------------------

    @classmethod
    def open(
        cls,
        location: str | Path | None = None,
        *,
        create: bool = True,
        lock: bool = False,
        read_only: bool = False,
    ) -> Store:
        """Open (creating or upgrading as needed) the database at ``location``.

        Only ``create=True`` makes a new database, and only where none exists
        (no file, or one without a single byte or table): the app's first
        start, ``demo`` and ``bundle import``. Every other caller gets a
        :class:`StoreError` for a missing or empty file. A file that is not a
        Facilitator database (another application's, a device or pipe, an
        in-memory database that would keep nothing) is refused and left
        exactly as it was.

        With ``lock=True`` the file is held for this process until :meth:`close`
        (``DatabaseLockedError`` names the holder when another one has it); with
        ``read_only=True`` every write is refused and the file is never changed.
        """
        resolved = resolve_location(location)
        if isinstance(resolved, str):
            try:
                url = make_url(resolved)
            except ArgumentError as exc:
                raise StoreError(f"{resolved!r} is not a database path or URL") from exc
            if url.get_backend_name() == "sqlite":
                resolved = sqlite_file_of(url, resolved)
            else:
                shown = url.render_as_string(hide_password=True)
                return cls._open_url(server_url(url, shown), create=create)
        if (not create or read_only) and not resolved.exists() and not resolved.is_symlink():
            raise StoreError(
                translate("Errors", "there is no database at {path}").format(path=resolved)
            )
        return cls._open_file(resolved, lock=lock, read_only=read_only, create=create)

    @classmethod
    def _open_file(
        cls, path: Path, *, lock: bool = False, read_only: bool = False, create: bool = True
    ) -> Store:
        found = sqlite_file.examine(path.absolute(), writing=not read_only)
        # Through a symbolic link, the file itself: SQLite keeps its -wal beside it, and
        # backups, restores and the lock must find it there.
        path = path.resolve()
        if found.empty and not create:
            raise StoreError(
                translate(
                    "Errors",
                    "{path} is not a Facilitator database (it is empty); nothing was written to it",
                ).format(path=path)
            )
        if not found.exists:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the database folder {path.parent}: {exc.strerror}"
                ) from exc
            if not os.access(path.parent, os.W_OK | os.X_OK):
                raise StoreError(f"cannot create {path}: the folder {path.parent} is not writable")
        needs_upgrade = found.revision != SCHEMA_HEAD
        if read_only and needs_upgrade:
            raise StoreError(f"{path} must be upgraded first, which cannot be done read-only")
        if not read_only and found.exists:
            _refuse_second_name(path)
        held = None
        if lock and not read_only:
            from facilitator.store.lock import InstanceLock

            held = InstanceLock.acquire(path)
        try:
            return cls._open_checked(path, found, needs_upgrade, held, read_only)
        except BaseException:
            if held is not None:
                held.release()
            raise

    @classmethod
    def _open_checked(cls, path, found, needs_upgrade, held, read_only) -> Store:
        backup = None
        if needs_upgrade and found.exists and not found.empty:
            from facilitator.store import backups

            try:
                backup = backups.make_backup(
                    path, backups.SCHEMA_REASON, detail=found.revision or ""
                ).path
            except StoreError as exc:
                raise StoreError(
                    f"cannot back up {path} before upgrading it ({exc}); nothing was changed"
                ) from exc
        # URL.create: a path with "?" or "%" in it is a file name, not URL syntax.
        engine = create_engine(URL.create("sqlite", database=str(path)))
        _begin_explicitly(engine, read_only=read_only)
        store = cls(engine, path, read_only=read_only, lock=held)
        try:
            with engine.connect():
                pass  # the pragmas (WAL needs to write beside the file) run here
            if needs_upgrade:
                store._upgrade()
            elif not read_only and not found.marked:
                store._mark()
        except Exception as exc:  # any driver or migration failure ends in one message
            engine.dispose()
            if backup is not None:
                # The upgrade ran in one transaction, which SQLite rolled back: the
                # file is as it was and the backup is a second copy of it.
                backup.unlink(missing_ok=True)
                raise StoreError(
                    f"upgrading {path} failed ({_first_line(exc)}); it was left as it was"
                ) from exc
            raise StoreError(f"cannot use {path}: {_first_line(exc)}") from exc
        return store

    @classmethod
    def _open_url(cls, url: URL, *, create: bool = True) -> Store:
        shown = url.render_as_string(hide_password=True)
        try:
            engine = create_engine(
                url,
                pool_pre_ping=True,  # a connection the server dropped is replaced, not used
                connect_args=server_connect_args(url),
            )
            _serialize_writers(engine)
            with engine.connect() as conn:
                from sqlalchemy import inspect

                tables = set(inspect(conn).get_table_names())
                revision = _current_revision(conn)
        except Exception as exc:  # driver errors of any backend
            raise StoreError(f"cannot open {shown}: {_first_line(exc)}") from exc
        others = tables - {"alembic_version"}
        if not tables and not create:
            engine.dispose()
            raise StoreError(
                translate(
                    "Errors",
                    "{path} is not a Facilitator database (it is empty); nothing was written to it",
                ).format(path=shown)
            )
        if tables and revision is None:
            engine.dispose()
            raise StoreError(f"{shown} is not a Facilitator database (it holds other tables)")
        if revision is not None and revision not in KNOWN_REVISIONS:
            engine.dispose()
            if is_later_revision(revision):
                raise SchemaTooNewError(
                    f"{shown} was written by a newer version of Facilitator (schema "
                    f"{revision}); update Facilitator to open it"
                )
            raise StoreError(f"{shown} is not a Facilitator database (unknown schema {revision})")
        if revision is not None and others != SCHEMA_TABLES[revision]:
            engine.dispose()
            raise StoreError(f"{shown} is not a Facilitator database (it holds other tables)")
        store = cls(engine, None)
        if revision != SCHEMA_HEAD:
            try:
                store._upgrade()
            except Exception as exc:
                raise StoreError(f"upgrading {shown} failed: {_first_line(exc)}") from exc
        return store

    def _mark(self) -> None:
        """Put Facilitator's application id into a database made before it was used."""
        with self.engine.connect() as conn:
            conn.connection.driver_connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def _upgrade(self) -> None:
        from facilitator.store import migrate  # imports Alembic: only when needed

        migrate.upgrade_to_head(self.engine)

    # -- use ---------------------------------------------------------------------

    @property
    def display_name(self) -> str:
        """The file's name, or on a server the database's name and the server's host."""
        if self.path is not None:
            return self.path.name
        url = self.engine.url
        if url.get_backend_name() == "postgresql" and url.database:
            return f"{url.database} @ {url.host or 'localhost'}"
        return url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; use as ``with store.session() as s:``."""
        shared = getattr(self._shared, "session", None)
        if shared is not None:  # inside ``sharing``: read what the unit of work wrote
            shared.flush()
            yield shared
            return
        self._check_connected()
        with _as_store_errors(), self._sessions() as session:
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A Core connection for light reads (the start-up lists)."""
        shared = getattr(self._shared, "session", None)
        if shared is not None:
            shared.flush()
            yield shared.connection()
            return
        self._check_connected()
        with _as_store_errors(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def sharing(self, session: Session) -> Iterator[None]:
        """Services called in this block (on this thread) read and write through
        ``session``, an open unit of work, so several of them make one transaction that
        commits or rolls back whole (the demo: its data and the finals of its minutes).
        Their own ``transaction()`` blocks only flush; the outer block commits."""
        before = getattr(self._shared, "session", None)
        self._shared.session = session
        try:
            yield
        finally:
            self._shared.session = before

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error.

        A failure of the database itself (locked, disk full, file gone) comes out
        as a :class:`StoreError` the interface can show; nothing half-done stays.
        """
        if self.read_only:
            raise StoreError(
                translate(
                    "Errors",
                    "The database is open read-only because another Facilitator is using it; "
                    "nothing was changed.",
                )
            )
        shared = getattr(self._shared, "session", None)
        if shared is not None:  # part of an outer unit of work (``sharing``)
            yield shared
            shared.flush()
            return
        self._check_connected()
        with _as_store_errors(), self._write_sessions() as session, session.begin():
            yield session
            if self.on_server:
                self._announce(session)
        self.write_count += 1  # reached only after the commit succeeded

    def _check_connected(self) -> None:
        if self.connection_lost:
            raise StoreError(
                translate(
                    "Errors",
                    "The connection to the database server is lost; nothing was changed. "
                    "Facilitator reconnects by itself as soon as the server answers.",
                )
            )

    def _announce(self, session: Session) -> None:
        """Name the tables this unit of work changed on the changes channel: delivered to
        the other clients when (and only if) it commits."""
        session.flush()
        tables = session.info.pop(_CHANGED_TABLES, None)
        if not tables:
            return
        import json

        payload = json.dumps({"origin": self.origin, "tables": sorted(tables)})
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANGES_CHANNEL, "payload": payload},
        )

    def erase_freed_space(self) -> None:
        """Rewrite the database so replaced or deleted values are gone from its bytes.

        On SQLite: the WAL is checkpointed into the file, the file is vacuumed
        (rebuilt without free pages) and the WAL emptied. Used after a person
        is anonymised. Other databases are left to their server's own policy.

        Raises :class:`StoreError` when the WAL cannot be emptied because
        another connection (another program, a read-only Facilitator) is in the
        middle of reading: the old values may then still be in the file.
        """
        if self.engine.dialect.name != "sqlite" or self.read_only:
            return
        # VACUUM and checkpoints run outside any transaction: on the driver's own
        # connection, which the Store's explicit BEGIN never touches.
        with _as_store_errors(), self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute(f"PRAGMA busy_timeout = {ERASE_WAIT_MS}")
            try:
                _checkpoint_fully(raw)
                raw.execute("VACUUM")
                _checkpoint_fully(raw)
            except sqlite3.DatabaseError as exc:
                if is_environment_error(exc):
                    raise _unusable(exc) from exc
                raise
            finally:
                raw.execute(f"PRAGMA busy_timeout = {sqlite_file.BUSY_TIMEOUT_MS}")

    def schema_revision(self) -> str | None:
        with self.connection() as conn:
            return _current_revision(conn)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


_CHANGED_TABLES = "facilitator_changed_tables"


def _note_flushed_tables(session: Session, _context) -> None:
    tables = session.info.setdefault(_CHANGED_TABLES, set())
    for row in (*session.new, *session.dirty, *session.deleted):
        table = getattr(row, "__table__", None)
        if table is not None:
            tables.add(table.name)


def _note_statement_table(state) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None:
            state.session.info.setdefault(_CHANGED_TABLES, set()).add(table.name)


def _checkpoint_fully(raw) -> None:
    """Copy the whole WAL into the file and empty it, or raise :class:`StoreError`."""
    for _attempt in range(ERASE_ATTEMPTS):
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return
    raise StoreError(
        translate(
            "Errors",
            "The old values could not be erased from the database file because another "
            "program is reading it. Close that program (or the other Facilitator) and try again.",
        )
    )


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@contextmanager
def _as_store_errors() -> Iterator[None]:
    """Database failures a user can act on become :class:`StoreError`; bugs stay bugs.

    The environment (locked, busy, disk full, I/O, read-only, a damaged file, a
    lost server connection) is told to the user in plain words. A programming
    error (no such table or column, a syntax error, a misused API) is not the
    user's problem: it propagates as it is, to be logged with its traceback.
    """
    try:
        yield
    except IntegrityError as exc:
        # A rule of the schema caught what validation did not: refused, nothing written.
        raise ConflictError(
            translate("Errors", "The change was refused by the database: {reason}").format(
                reason=_first_line(exc)
            )
        ) from exc
    except DBAPIError as exc:
        if is_environment_error(exc):
            raise _unusable(exc) from exc
        raise  # a bug: logged with its traceback by whoever catches it, not dressed up


def _unusable(exc: BaseException) -> StoreError:
    """The user's words for a database failure the environment caused (locked, full …)."""
    return StoreError(
        translate("Errors", "The database could not be used: {reason}").format(
            reason=_first_line(exc)
        )
    )


def is_environment_error(exc: BaseException) -> bool:
    """True for a database failure caused by the world around the program, False for a bug.

    The one rule of :func:`facilitator.logs.classify` (after qutebrowser's
    ``misc/sql.py``): SQLite's result code decides where there is one —
    ``SQLITE_ERROR`` (no such table, a syntax error) is a bug; busy, locked,
    full, I/O, read-only and corrupt are the environment.
    """
    from facilitator import logs

    return logs.classify(exc) == logs.ENVIRONMENT


def _begin_explicitly(engine: Engine, *, read_only: bool) -> None:
    """SQLAlchemy's documented pysqlite recipe: the Store, not the driver, begins transactions.

    The driver's own handling starts a transaction only at the first write, so
    reads before it saw other connections' commits; and DDL ran outside any
    transaction, so a schema was created table by table. Here every
    connection begins with ``BEGIN`` (reads) or ``BEGIN IMMEDIATE`` (units of
    work and migrations), which makes both atomic and isolated.
    """
    event.listen(
        engine,
        "connect",
        lambda conn, _rec: sqlite_file.apply_pragmas(conn, read_only=read_only),
    )

    def begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_BEGIN) == "immediate"
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate and not read_only else "BEGIN")

    event.listen(engine, "begin", begin)


def _refuse_second_name(path: Path) -> None:
    """A database with a second name (a hard link) could be opened twice unseen: refused.

    The lock that keeps one Facilitator per database sits beside the name; a
    hard link is the same file under a name with a lock of its own.
    """
    try:
        links = os.stat(path).st_nlink
    except OSError:
        return
    if links > 1:
        raise StoreError(
            translate(
                "Errors",
                "{path} has {n} names (hard links), so another Facilitator could use it "
                "unnoticed under the other name; copy it to a file of its own and open that",
            ).format(path=path, n=links)
        )


def _current_revision(conn) -> str | None:
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
