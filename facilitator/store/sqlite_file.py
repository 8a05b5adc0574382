"""SQLite-only work on the database file: inspection before opening, pragmas, backup copies.

Everything here reads the file without writing to it until the caller decides
the file is safe to open, so a damaged or foreign file is left untouched.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from facilitator.errors import DamagedDatabaseError, StoreError
from facilitator.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class FileInspection:
    """What an existing (or missing) database file holds, read without writing to it."""

    exists: bool
    empty: bool  # no tables at all: a new database
    revision: str | None  # alembic revision, None when there is none
    has_foreign_tables: bool  # tables but no alembic_version: not ours


def _readonly_uri(path: Path, immutable: bool = False) -> str:
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def _has_backups(path: Path) -> bool:
    from facilitator.store import backups  # backups imports this module

    try:
        return bool(backups.list_backups(path))
    except OSError:
        return False


def inspect_file(path: Path, *, writing: bool = True) -> FileInspection:
    """Check that ``path`` can hold a Facilitator database and read its schema revision.

    With ``writing=False`` (read-only opening, ``facilitator backup -o``) a file
    or folder that cannot be written is fine. Raises :class:`StoreError` with a
    one-line message naming the problem.
    """
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if not path.exists():
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the database folder {parent}: {exc.strerror}") from exc
        if not os.access(parent, os.W_OK):
            raise StoreError(f"cannot create {path}: the folder {parent} is not writable")
        return FileInspection(exists=False, empty=True, revision=None, has_foreign_tables=False)

    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc
    if header != SQLITE_HEADER and _has_backups(path):
        # A file we backed up before that is now empty or garbled was cut or
        # overwritten: damaged, so the restore is offered instead of starting over.
        raise DamagedDatabaseError(
            translate(
                "Errors", "{path} is damaged: it is empty or no longer starts as a database"
            ).format(path=path)
        )
    if not header:
        if writing and not os.access(path, os.W_OK):
            raise StoreError(f"{path} is read-only")
        return FileInspection(exists=True, empty=True, revision=None, has_foreign_tables=False)
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not a Facilitator database (not an SQLite file)")
    if writing and not os.access(path, os.W_OK):
        raise StoreError(f"{path} is read-only")
    if writing and not os.access(path.parent, os.W_OK | os.X_OK):
        # SQLite writes its journal (-wal, -shm) beside the file.
        raise StoreError(f"cannot write beside {path}: the folder {path.parent} is not writable")

    # A read-only connection to a WAL database still creates -wal and -shm files.
    # Without a -wal file the main file holds everything, so it is read as
    # immutable and nothing at all is created beside it; with one (another
    # process has the file open, or a crash left it) the WAL must be read too.
    has_wal = path.with_name(path.name + "-wal").exists()
    try:
        conn = sqlite3.connect(_readonly_uri(path, immutable=not has_wal), uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
    try:
        check = conn.execute("PRAGMA quick_check").fetchall()
        if [tuple(r) for r in check] != [("ok",)]:
            first = str(check[0][0]).strip().splitlines()[0] if check else "no answer"
            raise DamagedDatabaseError(
                translate("Errors", "{path} is damaged (integrity check: {reason})").format(
                    path=path, reason=first
                )
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        reason = str(exc).strip().splitlines()[0]
        raise DamagedDatabaseError(
            translate("Errors", "{path} is damaged or not a database ({reason})").format(
                path=path, reason=reason
            )
        ) from exc
    finally:
        conn.close()
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    return FileInspection(
        exists=True,
        empty=not user_tables,
        revision=revision,
        has_foreign_tables=bool(user_tables) and "alembic_version" not in user_tables,
    )


def apply_pragmas(dbapi_connection, *, read_only: bool = False) -> None:
    """Pragmas every connection gets: enforced foreign keys, WAL, full sync, a busy timeout.

    ``read_only`` adds ``query_only``: SQLite itself then refuses every write.
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


def _connect_for_copy(source: Path) -> sqlite3.Connection:
    """A connection that reads ``source`` and leaves nothing beside it afterwards.

    Without a -wal file nobody has the database open and the file holds
    everything: it is read as immutable, which creates no -wal or -shm. With
    one, the WAL must be read too: a normal connection that refuses writes
    (``query_only``), which removes the -wal and -shm it used if it is the last
    one to close. A file that cannot be written is read with ``mode=ro``.
    """
    has_wal = source.with_name(source.name + "-wal").exists()
    if not has_wal:
        return sqlite3.connect(_readonly_uri(source, immutable=True), uri=True)
    if not (os.access(source, os.W_OK) and os.access(source.parent, os.W_OK | os.X_OK)):
        return sqlite3.connect(_readonly_uri(source), uri=True)
    conn = sqlite3.connect(source.resolve().as_uri() + "?mode=rw", uri=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")
    return conn


def backup_copy(source: Path, target: Path) -> Path:
    """A consistent copy of ``source`` made with SQLite's online backup API, then verified."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    src = _connect_for_copy(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise StoreError(f"the backup copy {target} failed its integrity check")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
    return target


def restore_copy(backup: Path, target: Path) -> None:
    """Put ``target`` back as it was in ``backup`` (after a failed upgrade)."""
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    src = _connect_for_copy(backup)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
