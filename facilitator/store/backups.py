"""Backups of a SQLite database file: naming, making, verifying, rotating and restoring them.

Every backup is a consistent copy made with SQLite's online backup API (see
:func:`facilitator.store.sqlite_file.backup_copy`), checked with
``integrity_check`` before it gets its final name, so a file in the backups
folder is always a complete, verified database. Backups of one database file
share a key (its name plus a short hash of its full path), so several
databases can keep their backups in the one folder.

Rotation keeps the newest :data:`KEEP_LAST` automatic backups plus the newest
backup of each of the last :data:`KEEP_DAYS` days (UTC days, counting today);
the backups made before a schema upgrade are never rotated away.

Nothing here imports Qt; the clock is passed in so tests can move it.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitator import paths
from facilitator.errors import DamagedDatabaseError, StoreError
from facilitator.i18n import translate
from facilitator.store import sqlite_file

KEEP_LAST = 10
KEEP_DAYS = 14
STALE_AFTER = timedelta(hours=12)
PERIOD = timedelta(minutes=30)

SCHEMA_REASON = "schema"
REASONS = ("open", "periodic", "quit", "manual", "restore", SCHEMA_REASON)

Clock = Callable[[], datetime]

_NAME = re.compile(
    r"^(?P<key>.+)--(?P<stamp>\d{8}T\d{6}\d{3}Z)--(?P<reason>[a-z]+)"
    r"(?:-(?P<detail>[0-9A-Za-z.]+))?\.db$"
)
_STAMP = "%Y%m%dT%H%M%S"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Backup:
    """One verified backup file of a database."""

    path: Path
    taken_at: datetime  # UTC
    reason: str
    detail: str = ""  # the schema revision of a backup made before an upgrade


def backup_key(database: Path) -> str:
    """What the backups of ``database`` are named after: its stem and a hash of its full path."""
    real = Path(database).resolve()  # a symlink and its target share their backups
    digest = hashlib.sha1(str(real).encode("utf-8")).hexdigest()[:8]
    return f"{real.stem}-{digest}"


def _stamp(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return f"{moment.strftime(_STAMP)}{moment.microsecond // 1000:03d}Z"


def _parse_stamp(text: str) -> datetime:
    moment = datetime.strptime(text[:15], _STAMP).replace(tzinfo=UTC)
    return moment + timedelta(milliseconds=int(text[15:18]))


def backup_name(database: Path, moment: datetime, reason: str, detail: str = "") -> str:
    suffix = f"-{detail}" if detail else ""
    return f"{backup_key(database)}--{_stamp(moment)}--{reason}{suffix}.db"


def list_backups(database: Path, folder: Path | None = None) -> list[Backup]:
    """The backups of ``database`` in ``folder`` (the backups folder), newest first."""
    folder = paths.backups_dir() if folder is None else folder
    key = backup_key(database)
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None or match["key"] != key or not entry.is_file():
            continue
        found.append(
            Backup(entry, _parse_stamp(match["stamp"]), match["reason"], match["detail"] or "")
        )
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def make_backup(
    database: Path,
    reason: str,
    *,
    now: datetime | None = None,
    folder: Path | None = None,
    detail: str = "",
) -> Backup:
    """Copy ``database`` into the backups folder with the backup API and verify the copy.

    Safe while other connections keep writing: the copy is one consistent
    snapshot. Raises :class:`StoreError` when the copy cannot be made.
    """
    moment = utc_now() if now is None else now
    folder = paths.backups_dir() if folder is None else folder
    target = folder / backup_name(database, moment, reason, detail)
    counter = 1
    while target.exists():  # two backups within one millisecond
        counter += 1
        target = folder / backup_name(database, moment, reason, f"{detail}{counter}")
    try:
        sqlite_file.backup_copy(Path(database), target)
    except (OSError, sqlite3.Error) as exc:
        target.with_name(target.name + ".part").unlink(missing_ok=True)
        raise StoreError(f"cannot back up {database} into {folder}: {exc}") from exc
    except StoreError:
        target.with_name(target.name + ".part").unlink(missing_ok=True)
        raise
    match = _NAME.match(target.name)
    return Backup(target, moment.astimezone(UTC), reason, (match and match["detail"]) or "")


def copy_to(database: Path, target: Path) -> Path:
    """A verified backup of ``database`` at a path the user chose (``facilitator backup -o``)."""
    try:
        return sqlite_file.backup_copy(Path(database), Path(target))
    except (OSError, sqlite3.Error) as exc:
        Path(str(target) + ".part").unlink(missing_ok=True)
        raise StoreError(f"cannot write the backup {target}: {exc}") from exc


def backups_to_keep(backups: list[Backup], now: datetime) -> set[Path]:
    """Which ``backups`` rotation keeps: the newest 10, one a day for 14 days, and the newest
    backup made before upgrading from each schema revision (older ones of the same revision
    are copies of the same database before the same upgrade, e.g. from retried upgrades)."""
    automatic = sorted(
        (b for b in backups if b.reason != SCHEMA_REASON), key=lambda b: b.taken_at, reverse=True
    )
    newest_schema: dict[str, Backup] = {}
    for backup in backups:
        if backup.reason == SCHEMA_REASON:
            revision = _revision_of(backup)
            best = newest_schema.get(revision)
            if best is None or backup.taken_at > best.taken_at:
                newest_schema[revision] = backup
    keep = {b.path for b in newest_schema.values()}
    keep.update(b.path for b in automatic[:KEEP_LAST])
    today = now.astimezone(UTC).date()
    first_day = today - timedelta(days=KEEP_DAYS - 1)
    newest_of_day: dict = {}
    for backup in automatic:  # newest first: the first seen of a day is its newest
        day = backup.taken_at.astimezone(UTC).date()
        if first_day <= day <= today and day not in newest_of_day:
            newest_of_day[day] = backup.path
    keep.update(newest_of_day.values())
    return keep


def _revision_of(backup: Backup) -> str:
    """The revision a schema backup was taken at: its detail without a same-millisecond counter."""
    return backup.detail[:4]


def rotate(
    database: Path, *, now: datetime | None = None, folder: Path | None = None
) -> list[Path]:
    """Delete the backups of ``database`` rotation does not keep; returns what was deleted."""
    moment = utc_now() if now is None else now
    backups = list_backups(database, folder)
    keep = backups_to_keep(backups, moment)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
            except OSError:
                continue  # kept one more time; the next rotation tries again
            removed.append(backup.path)
    return removed


def backup_and_rotate(
    database: Path, reason: str, *, now: datetime | None = None, folder: Path | None = None
) -> Backup:
    """Make a verified backup, then rotate the older ones (what the app does automatically)."""
    moment = utc_now() if now is None else now
    made = make_backup(database, reason, now=moment, folder=folder)
    rotate(database, now=moment, folder=folder)
    return made


def backup_is_due(database: Path, *, now: datetime, folder: Path | None = None) -> bool:
    """True when the newest backup of ``database`` is older than 12 hours (or there is none)."""
    newest = list_backups(database, folder)
    if not newest:
        return True
    return now.astimezone(UTC) - newest[0].taken_at > STALE_AFTER


@dataclass(frozen=True)
class Verified:
    """What checking a candidate database file found: usable or not, and why."""

    ok: bool
    problem: str
    revision: str | None


def verify_database_file(path: Path) -> Verified:
    """Check that ``path`` is an intact Facilitator database this version can open.

    Nothing is written, except SQLite's own rollback of a transaction a crash
    left unfinished (the pair is copied aside first, see
    :func:`facilitator.store.sqlite_file.recover_hot_journal`). An empty file
    or one without the tables of a Facilitator database is refused.
    """
    path = Path(path)
    if not path.exists() or path.is_dir():
        return Verified(
            False,
            translate("Errors", "{path} does not exist or is not a file").format(path=path),
            None,
        )
    try:
        found = sqlite_file.examine(path, writing=False, full=True)
    except StoreError as exc:
        return Verified(False, str(exc), None)
    if found.empty:
        return Verified(
            False,
            translate("Errors", "{path} is not a Facilitator database (it is empty)").format(
                path=path
            ),
            None,
        )
    return Verified(True, "", found.revision)


def newest_verified_backup(database: Path, folder: Path | None = None) -> Backup | None:
    """The newest backup of ``database`` that still passes its integrity check, if any."""
    for backup in list_backups(database, folder):
        if verify_database_file(backup.path).ok:
            return backup
    return None


def aside_path(database: Path, label: str, now: datetime) -> Path:
    """Where :func:`move_aside` puts ``database`` at ``now``."""
    database = Path(database)
    return database.with_name(f"{database.name}.{label}-{_stamp(now)}")


def move_aside(database: Path, label: str, *, now: datetime | None = None) -> Path | None:
    """Rename ``database`` (and its -wal/-shm) to ``NAME.LABEL-TIMESTAMP``; returns the new path."""
    database = Path(database)
    if not database.exists():
        return None
    aside = aside_path(database, label, utc_now() if now is None else now)
    os.replace(database, aside)
    for suffix in ("-wal", "-journal", "-shm"):
        extra = database.with_name(database.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside


@dataclass(frozen=True)
class Restored:
    """What a restore did: from which file, and where the replaced file was kept."""

    source: Path
    kept_as: Path | None


def restore_backup(
    database: Path, source: Path, *, label: str = "replaced", now: datetime | None = None
) -> Restored:
    """Put the verified database ``source`` in place of ``database``, atomically.

    ``source`` must be an intact Facilitator database. Its copy is written
    beside ``database`` (``NAME.restoring``), checked and flushed to the disk;
    the file being replaced is copied, with its -wal or -journal, to
    ``NAME.LABEL-TIMESTAMP``; then one rename puts the copy in place. Killed at
    any moment, the path holds the old database or the new one, never a mix.
    A ``database`` that is another application's file, or that cannot be
    written, is refused and nothing changes.
    """
    database = Path(database).resolve()  # a link is followed: the real file is replaced
    source = Path(source).resolve()
    if source == database or (database.exists() and source.exists() and source.samefile(database)):
        raise StoreError(
            translate("Errors", "{path} is the database itself; choose a backup file").format(
                path=source
            )
        )
    found = verify_database_file(source)
    if not found.ok:
        raise StoreError(
            translate("Errors", "cannot restore from {path}: {reason}").format(
                path=source, reason=found.problem
            )
        )
    healthy = _check_replaceable(database)
    part = database.with_name(database.name + ".restoring")
    kept = None
    try:
        sqlite_file.write_verified_copy(source, part)
        if database.exists():
            if healthy:
                sqlite_file.fold_into_one_file(database)
            kept = aside_path(database, label, utc_now() if now is None else now)
            sqlite_file.keep_aside(database, kept)
        sqlite_file.replace_database(part, database)
    except (OSError, sqlite3.Error) as exc:
        part.unlink(missing_ok=True)
        raise StoreError(
            translate("Errors", "cannot restore {path} from {source}: {reason}").format(
                path=database, source=source, reason=getattr(exc, "strerror", None) or exc
            )
        ) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return Restored(source, kept)


def _check_replaceable(database: Path) -> bool:
    """Refuse to replace what is not ours or cannot be written; True when it is healthy.

    A damaged Facilitator database may be replaced (that is what restoring is
    for), and so may an empty file; another application's file may not.
    """
    if not database.exists():
        folder = database.parent
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreError(
                translate("Errors", "cannot restore into {folder}: it is not writable").format(
                    folder=folder
                )
            )
        return False
    if not sqlite_file.writable(database) or not os.access(database.parent, os.W_OK | os.X_OK):
        raise StoreError(
            translate("Errors", "{path} is read-only; nothing was restored").format(path=database)
        )
    try:
        sqlite_file.examine(database)
    except DamagedDatabaseError:
        return False
    except StoreError as exc:
        raise StoreError(
            translate("Errors", "{reason}; nothing was restored").format(reason=exc)
        ) from exc
    return True
