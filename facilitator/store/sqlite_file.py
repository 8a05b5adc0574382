"""SQLite-only work on the database file: inspection before opening, pragmas, copies.

Everything here reads the file without writing to it until the caller decides
the file is safe to open, so a damaged or foreign file is left untouched. The
one exception is SQLite's own crash recovery: a *hot journal* (a ``-journal``
file left by a transaction that never finished) is rolled back, as SQLite
would on any opening, after the database and its journal were copied aside
together.

A database is never separated from its ``-wal`` or ``-journal``: copies kept
aside carry them, and a file is only ever replaced by a rename.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from facilitator.errors import DamagedDatabaseError, SchemaTooNewError, StoreError
from facilitator.i18n import translate
from facilitator.store.schema import (
    APPLICATION_ID,
    KNOWN_REVISIONS,
    SCHEMA_TABLES,
    is_later_revision,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# The first bytes of a rollback journal that still holds a transaction to undo.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
COMPANIONS = ("-journal", "-wal", "-shm")


@dataclass(frozen=True)
class FileInspection:
    """What an existing (or missing) database file holds, read without writing to it."""

    exists: bool
    empty: bool  # no tables at all (or no bytes): nothing to lose, nothing of ours yet
    revision: str | None  # alembic revision of a Facilitator database, None when empty
    marked: bool = False  # carries Facilitator's application id in its header


def companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def readonly_uri(path: Path, immutable: bool = False) -> str:
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def _has_backups(path: Path) -> bool:
    from facilitator.store import backups  # backups imports this module

    try:
        return bool(backups.list_backups(path))
    except OSError:
        return False


def _stamp() -> str:
    now = datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%S}{now.microsecond // 1000:03d}Z"


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def copy_durably(source: Path, target: Path) -> None:
    """Copy ``source`` byte for byte to ``target`` and flush it to the disk."""
    with source.open("rb") as src, target.open("xb") as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
        dst.flush()
        os.fsync(dst.fileno())


def writable(path: Path) -> bool:
    """True when ``path`` may be written: permitted, and not marked read-only.

    The mode bits are read too, so a file made read-only stays so for root.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & 0o222)


def check_regular_file(path: Path) -> None:
    """Refuse a device, pipe or socket: opening a FIFO would hang, /dev/null holds nothing."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc
    if not stat.S_ISREG(mode):
        raise StoreError(
            translate(
                "Errors",
                "{path} is not a regular file (a device, pipe or socket), so not a database",
            ).format(path=path)
        )


def has_hot_journal(path: Path) -> bool:
    """True when SQLite would play back the rollback journal beside ``path``.

    As SQLite judges it: a ``-journal`` that is not empty and whose first byte is not
    zero (a journal with a valid header holds a transaction to undo; any other such
    file is played back as nothing and deleted). Either way the pair is kept first.
    """
    try:
        with companion(path, "-journal").open("rb") as fh:
            first = fh.read(1)
    except OSError:
        return False
    return first not in (b"", b"\0")


def recover_hot_journal(path: Path) -> Path | None:
    """Let SQLite roll back a transaction a crash left unfinished; returns the copy kept.

    Before SQLite touches anything, the database and its journal are copied
    together to ``NAME.before-recovery-TIMESTAMP`` (and ``…-journal``). Raises
    :class:`StoreError` when the pair cannot be recovered here (a read-only
    file or folder, or another program in the middle of writing it).
    """
    if not has_hot_journal(path):
        return None
    if not (writable(path) and writable(path.parent)):
        raise StoreError(
            translate(
                "Errors",
                "{path} was left in the middle of a change (a -journal file is beside it) and "
                "cannot be recovered in a read-only place; copy both files to a folder you can "
                "write to",
            ).format(path=path)
        )
    kept = path.with_name(f"{path.name}.before-recovery-{_stamp()}")
    try:
        copy_durably(path, kept)
        copy_durably(companion(path, "-journal"), companion(kept, "-journal"))
        fsync_folder(path.parent)
    except OSError as exc:
        for leftover in (kept, companion(kept, "-journal")):
            leftover.unlink(missing_ok=True)
        raise StoreError(
            translate(
                "Errors", "cannot keep a copy of {path} before recovering it: {reason}"
            ).format(path=path, reason=exc.strerror or exc)
        ) from exc
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # rolls back
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        log.warning("rolling back the journal of %s failed: %s", path, exc)
    if has_hot_journal(path):
        raise StoreError(
            translate(
                "Errors",
                "{path} is being changed by another program (its -journal is in use); "
                "close that program and try again",
            ).format(path=path)
        )
    log.warning("rolled back an unfinished transaction of %s; the pair was kept as %s", path, kept)
    return kept


def _identify(conn: sqlite3.Connection, path: Path) -> FileInspection:
    """Tell a Facilitator database (and its revision) from an empty or foreign SQLite file."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not r[0].startswith("sqlite_")
    }
    if app_id not in (0, APPLICATION_ID):
        raise StoreError(
            translate(
                "Errors", "{path} is not a Facilitator database (it belongs to another application)"
            ).format(path=path)
        )
    if not tables:
        return FileInspection(True, True, None, app_id == APPLICATION_ID)
    foreign = translate("Errors", "{path} is not a Facilitator database (it holds other tables)")
    if "alembic_version" not in tables:
        raise StoreError(foreign.format(path=path))
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    revision = rows[0][0] if len(rows) == 1 and isinstance(rows[0][0], str) else None
    if revision is None:
        raise StoreError(
            translate(
                "Errors", "{path} is not a Facilitator database (it names no schema revision)"
            ).format(path=path)
        )
    others = tables - {"alembic_version"}
    if revision in KNOWN_REVISIONS:
        if others != SCHEMA_TABLES[revision]:
            raise StoreError(foreign.format(path=path))
        return FileInspection(True, False, revision, app_id == APPLICATION_ID)
    newest = SCHEMA_TABLES[KNOWN_REVISIONS[-1]]
    if is_later_revision(revision) and (app_id == APPLICATION_ID or newest <= others):
        raise SchemaTooNewError(
            translate(
                "Errors",
                "{path} was written by a newer version of Facilitator (schema {revision}); "
                "update Facilitator to open it",
            ).format(path=path, revision=revision)
        )
    raise StoreError(
        translate(
            "Errors", "{path} is not a Facilitator database (unknown schema {revision})"
        ).format(path=path, revision=revision[:40])
    )


def examine(path: Path, *, writing: bool = True, full: bool = False) -> FileInspection:
    """Check that ``path`` is (or can become) a Facilitator database, and read its revision.

    Refuses with a one-line :class:`StoreError` a folder, a device or pipe, a
    file that is not SQLite or belongs to another application, and (as
    :class:`DamagedDatabaseError`) a file that fails SQLite's integrity check
    (``full`` runs the whole ``integrity_check`` instead of ``quick_check``).
    With ``writing=False`` a file or folder that cannot be written is fine.
    A hot journal is rolled back first (see :func:`recover_hot_journal`).
    """
    if path.is_dir():
        raise StoreError(
            translate("Errors", "{path} is a folder, not a database file").format(path=path)
        )
    if not path.exists():
        if path.is_symlink():
            raise StoreError(
                translate("Errors", "{path} is a link to a file that does not exist").format(
                    path=path
                )
            )
        return FileInspection(exists=False, empty=True, revision=None)
    # Through a symbolic link, SQLite keeps the -wal and -journal beside the real file.
    path = path.resolve()
    check_regular_file(path)
    recover_hot_journal(path)
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
    if writing and not writable(path):
        raise StoreError(translate("Errors", "{path} is read-only").format(path=path))
    if not header:
        return FileInspection(exists=True, empty=True, revision=None)
    if header != SQLITE_HEADER:
        raise StoreError(
            translate("Errors", "{path} is not a Facilitator database (not an SQLite file)").format(
                path=path
            )
        )
    if writing and not os.access(path.parent, os.W_OK | os.X_OK):
        # SQLite writes its journal (-wal, -shm) beside the file.
        raise StoreError(f"cannot write beside {path}: the folder {path.parent} is not writable")

    # A read-only connection to a WAL database still creates -wal and -shm files.
    # Without a -wal file the main file holds everything, so it is read as
    # immutable and nothing at all is created beside it; with one (another
    # process has the file open, or a crash left it) the WAL must be read too.
    has_wal = companion(path, "-wal").exists()
    try:
        conn = sqlite3.connect(readonly_uri(path, immutable=not has_wal), uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from exc
    try:
        check = conn.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}").fetchall()
        if [tuple(r) for r in check] != [("ok",)]:
            first = str(check[0][0]).strip().splitlines()[0] if check else "no answer"
            raise DamagedDatabaseError(
                translate("Errors", "{path} is damaged (integrity check: {reason})").format(
                    path=path, reason=first
                )
            )
        return _identify(conn, path)
    except sqlite3.DatabaseError as exc:
        reason = str(exc).strip().splitlines()[0]
        raise DamagedDatabaseError(
            translate("Errors", "{path} is damaged or not a database ({reason})").format(
                path=path, reason=reason
            )
        ) from exc
    finally:
        conn.close()


def apply_pragmas(dbapi_connection, *, read_only: bool = False) -> None:
    """Pragmas every connection gets: enforced foreign keys, WAL, full sync, a busy timeout.

    ``read_only`` adds ``query_only``: SQLite itself then refuses every write.
    The driver's own transaction handling is switched off: the Store begins
    every transaction itself (see ``Store``), so reads inside a unit of work
    are isolated from other writers from its first statement on.
    """
    dbapi_connection.isolation_level = None
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
    source = source.resolve()  # its -wal lies beside the real file, not beside a link
    has_wal = companion(source, "-wal").exists()
    if not has_wal:
        return sqlite3.connect(readonly_uri(source, immutable=True), uri=True)
    if not (os.access(source, os.W_OK) and os.access(source.parent, os.W_OK | os.X_OK)):
        return sqlite3.connect(readonly_uri(source), uri=True)
    conn = sqlite3.connect(source.resolve().as_uri() + "?mode=rw", uri=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")
    return conn


def write_verified_copy(source: Path, part: Path) -> None:
    """Copy ``source`` into the new file ``part`` with the backup API; check and flush it.

    The copy is a single file (rollback-journal mode, nothing beside it), has
    passed ``integrity_check`` and is on the disk when this returns. Raises
    :class:`StoreError` or ``OSError``/``sqlite3.Error``; ``part`` is then removed.
    """
    for leftover in (part, *(companion(part, s) for s in COMPANIONS)):
        leftover.unlink(missing_ok=True)
    try:
        src = _connect_for_copy(source)
        try:
            dst = sqlite3.connect(part)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                result = dst.execute("PRAGMA integrity_check").fetchone()
                if not result or result[0] != "ok":
                    raise StoreError(f"the copy {part} failed its integrity check")
            finally:
                dst.close()
        finally:
            src.close()
        with part.open("rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        for leftover in (part, *(companion(part, s) for s in COMPANIONS)):
            leftover.unlink(missing_ok=True)
        raise


def backup_copy(source: Path, target: Path) -> Path:
    """A consistent copy of ``source`` made with SQLite's online backup API, then verified."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    write_verified_copy(source, part)
    os.replace(part, target)
    fsync_folder(target.parent)
    return target


def fold_into_one_file(path: Path) -> None:
    """Move everything of ``path``'s WAL into the file itself, so it stands alone.

    Used before ``path`` is copied byte for byte or replaced: afterwards no
    ``-wal`` holds committed data. Only for a database nobody else has open.
    """
    if not companion(path, "-wal").exists():
        return
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise StoreError(f"{path} is in use by another program; close it and try again")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def keep_aside(path: Path, kept: Path) -> None:
    """Copy ``path`` with its -wal and -journal to ``kept`` (and ``kept-wal`` …), durably."""
    copy_durably(path, kept)
    for suffix in ("-wal", "-journal"):
        extra = companion(path, suffix)
        if extra.exists():
            copy_durably(extra, companion(kept, suffix))
    fsync_folder(kept.parent)


def replace_database(part: Path, target: Path) -> None:
    """Rename the verified single file ``part`` over ``target``, the one atomic step.

    ``target``'s own -wal/-journal/-shm are removed first: left beside the new
    file, SQLite would apply them to it. Callers keep a copy of the old pair
    first (:func:`keep_aside`) and fold its WAL in when it is healthy.
    """
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            companion(target, suffix).unlink()
    os.replace(part, target)
    fsync_folder(target.parent)
