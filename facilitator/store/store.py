"""The one object that owns the database engine, and how a database is opened safely.

Opening a SQLite file goes: inspect the file read-only (is it SQLite, is it
intact, which schema revision) → refuse a foreign, damaged or newer file →
back up and migrate an older one → connect with the pragmas. When the schema
is current nothing from Alembic is imported, which keeps start-up light.
"""

from __future__ import annotations

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

# Every schema revision this version of the app knows, oldest first. The last
# one is the head; tests check it against the migration scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001",)
SCHEMA_HEAD = KNOWN_REVISIONS[-1]

# Erasing freed space waits this long (ms) for readers, this many times, then gives up.
ERASE_WAIT_MS = 1000
ERASE_ATTEMPTS = 3


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
        # Committed write transactions since opening: what the automatic backups
        # compare, so writes that announce nothing (live notes) still count.
        self.write_count = 0

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

        With ``create=False`` a missing file is an error (read-only commands).
        With ``lock=True`` the file is held for this process until :meth:`close`
        (``DatabaseLockedError`` names the holder when another one has it); with
        ``read_only=True`` every write is refused and the file is never changed.
        Raises :class:`StoreError` with a one-line message when the location
        cannot be used; the file is then left exactly as it was.
        """
        resolved = resolve_location(location)
        if isinstance(resolved, str):
            try:
                url = make_url(resolved)
            except ArgumentError as exc:
                raise StoreError(f"{resolved!r} is not a database path or URL") from exc
            if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
                resolved = Path(url.database)
            else:
                return cls._open_url(url)
        if (not create or read_only) and not resolved.exists():
            raise StoreError(f"there is no database at {resolved}")
        return cls._open_file(resolved, lock=lock, read_only=read_only)

    @classmethod
    def _open_file(cls, path: Path, *, lock: bool = False, read_only: bool = False) -> Store:
        path = path.absolute()
        found = sqlite_file.inspect_file(path, writing=not read_only)
        if found.has_foreign_tables:
            raise StoreError(f"{path} is not a Facilitator database (it holds other tables)")
        if found.revision is not None and found.revision not in KNOWN_REVISIONS:
            raise SchemaTooNewError(
                f"{path} was written by a newer version of Facilitator "
                f"(schema {found.revision}); update Facilitator to open it"
            )
        needs_upgrade = found.revision != SCHEMA_HEAD
        if read_only and needs_upgrade:
            raise StoreError(f"{path} must be upgraded first, which cannot be done read-only")
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
        event.listen(
            engine,
            "connect",
            lambda conn, _rec: sqlite_file.apply_pragmas(conn, read_only=read_only),
        )
        store = cls(engine, path, read_only=read_only, lock=held)
        try:
            with engine.connect():
                pass  # the pragmas (WAL needs to write beside the file) run here
            if needs_upgrade:
                store._upgrade()
        except Exception as exc:  # any driver or migration failure ends in one message
            engine.dispose()
            if backup is not None:
                sqlite_file.restore_copy(backup, path)
                raise StoreError(
                    f"upgrading {path} failed ({_first_line(exc)}); it was put back as it "
                    f"was from {backup}"
                ) from exc
            raise StoreError(f"cannot use {path}: {_first_line(exc)}") from exc
        return store

    @classmethod
    def _open_url(cls, url: URL) -> Store:
        shown = url.render_as_string(hide_password=True)
        try:
            engine = create_engine(url)
            with engine.connect() as conn:
                revision = _current_revision(conn)
        except Exception as exc:  # driver errors of any backend
            raise StoreError(f"cannot open {shown}: {_first_line(exc)}") from exc
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise SchemaTooNewError(
                f"{shown} was written by a newer version of Facilitator (schema {revision}); "
                "update Facilitator to open it"
            )
        store = cls(engine, None)
        if revision != SCHEMA_HEAD:
            try:
                store._upgrade()
            except Exception as exc:
                raise StoreError(f"upgrading {shown} failed: {_first_line(exc)}") from exc
        return store

    def _upgrade(self) -> None:
        from facilitator.store import migrate  # imports Alembic: only when needed

        migrate.upgrade_to_head(self.engine)

    # -- use ---------------------------------------------------------------------

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; use as ``with store.session() as s:``."""
        with _as_store_errors(), self._sessions() as session:
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A Core connection for light reads (the start-up lists)."""
        with _as_store_errors(), self.engine.connect() as conn:
            yield conn

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
        with _as_store_errors(), self._sessions() as session, session.begin():
            yield session
        self.write_count += 1  # reached only after the commit succeeded

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
        with _as_store_errors(), self.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {ERASE_WAIT_MS}")
            try:
                _checkpoint_fully(conn)
                conn.exec_driver_sql("VACUUM")
                _checkpoint_fully(conn)
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout = {sqlite_file.BUSY_TIMEOUT_MS}")

    def schema_revision(self) -> str | None:
        with self.connection() as conn:
            return _current_revision(conn)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _checkpoint_fully(conn: Connection) -> None:
    """Copy the whole WAL into the file and empty it, or raise :class:`StoreError`."""
    for _attempt in range(ERASE_ATTEMPTS):
        busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
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
        raise StoreError(
            translate("Errors", "The database could not be used: {reason}").format(
                reason=_first_line(exc)
            )
        ) from exc


def _current_revision(conn) -> str | None:
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
