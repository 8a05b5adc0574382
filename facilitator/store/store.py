"""The one object that owns the database engine, and how a database is opened safely.

Opening a SQLite file goes: inspect the file read-only (is it SQLite, is it
intact, which schema revision) → refuse a foreign, damaged or newer file →
back up and migrate an older one → connect with the pragmas. When the schema
is current nothing from Alembic is imported, which keeps start-up light.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from facilitator import paths
from facilitator.errors import SchemaTooNewError, StoreError
from facilitator.store import sqlite_file

# Every schema revision this version of the app knows, oldest first. The last
# one is the head; tests check it against the migration scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001",)
SCHEMA_HEAD = KNOWN_REVISIONS[-1]


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

    def __init__(self, engine: Engine, path: Path | None):
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- opening -----------------------------------------------------------------

    @classmethod
    def open(cls, location: str | Path | None = None) -> Store:
        """Open (creating or upgrading as needed) the database at ``location``.

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
                return cls._open_url(resolved)
        return cls._open_file(resolved)

    @classmethod
    def _open_file(cls, path: Path) -> Store:
        path = path.absolute()
        found = sqlite_file.inspect_file(path)
        if found.has_foreign_tables:
            raise StoreError(f"{path} is not a Facilitator database (it holds other tables)")
        if found.revision is not None and found.revision not in KNOWN_REVISIONS:
            raise SchemaTooNewError(
                f"{path} was written by a newer version of Facilitator "
                f"(schema {found.revision}); update Facilitator to open it"
            )
        needs_upgrade = found.revision != SCHEMA_HEAD
        if needs_upgrade and found.exists and not found.empty:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            sqlite_file.backup_copy(
                path,
                paths.backups_dir() / f"{path.stem}-schema-{found.revision}-{stamp}.db",
            )
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", lambda conn, _rec: sqlite_file.apply_pragmas(conn))
        store = cls(engine, path)
        if needs_upgrade:
            try:
                store._upgrade()
            except OperationalError as exc:
                engine.dispose()
                raise StoreError(f"cannot write to {path}: {exc.orig}") from exc
        return store

    @classmethod
    def _open_url(cls, url: str) -> Store:
        try:
            engine = create_engine(url)
            with engine.connect() as conn:
                revision = _current_revision(conn)
        except Exception as exc:  # driver errors of any backend
            raise StoreError(f"cannot open {url}: {exc}") from exc
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise SchemaTooNewError(
                f"{url} was written by a newer version of Facilitator (schema {revision}); "
                "update Facilitator to open it"
            )
        store = cls(engine, None)
        if revision != SCHEMA_HEAD:
            store._upgrade()
        return store

    def _upgrade(self) -> None:
        from facilitator.store import migrate  # imports Alembic: only when needed

        migrate.upgrade_to_head(self.engine)

    # -- use ---------------------------------------------------------------------

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        return self.path.name if self.path is not None else self.engine.url.render_as_string()

    def session(self) -> Session:
        """A new session; use as ``with store.session() as s:``."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return _current_revision(conn)

    def close(self) -> None:
        self.engine.dispose()


def _current_revision(conn) -> str | None:
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
