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
from facilitator.errors import StoreError
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
    r"^(?P<key>.+)--(?P<stamp>\d{8}T\d{6}\d{3}Z)--(?P<reason>[a-z]+)(?:-[0-9A-Za-z.]+)?\.db$"
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
        found.append(Backup(entry, _parse_stamp(match["stamp"]), match["reason"]))
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
    return Backup(target, moment.astimezone(UTC), reason)


def copy_to(database: Path, target: Path) -> Path:
    """A verified backup of ``database`` at a path the user chose (``facilitator backup -o``)."""
    try:
        return sqlite_file.backup_copy(Path(database), Path(target))
    except (OSError, sqlite3.Error) as exc:
        Path(str(target) + ".part").unlink(missing_ok=True)
        raise StoreError(f"cannot write the backup {target}: {exc}") from exc


def backups_to_keep(backups: list[Backup], now: datetime) -> set[Path]:
    """Which ``backups`` rotation keeps: the newest 10, one a day for 14 days, all schema ones."""
    automatic = sorted(
        (b for b in backups if b.reason != SCHEMA_REASON), key=lambda b: b.taken_at, reverse=True
    )
    keep = {b.path for b in backups if b.reason == SCHEMA_REASON}
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
    """Check, without writing anything, that ``path`` is an intact Facilitator database."""
    from facilitator.store.store import KNOWN_REVISIONS

    path = Path(path)
    if not path.is_file():
        return Verified(
            False,
            translate("Errors", "{path} does not exist or is not a file").format(path=path),
            None,
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(len(sqlite_file.SQLITE_HEADER))
    except OSError as exc:
        return Verified(
            False,
            translate("Errors", "cannot read {path}: {reason}").format(
                path=path, reason=exc.strerror
            ),
            None,
        )
    if header != sqlite_file.SQLITE_HEADER:
        return Verified(
            False,
            translate("Errors", "{path} is not a Facilitator database (not an SQLite file)").format(
                path=path
            ),
            None,
        )
    has_wal = path.with_name(path.name + "-wal").exists()
    try:
        conn = sqlite3.connect(sqlite_file._readonly_uri(path, immutable=not has_wal), uri=True)
    except sqlite3.Error as exc:
        return Verified(
            False,
            translate("Errors", "cannot open {path}: {reason}").format(path=path, reason=exc),
            None,
        )
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            first = str(result[0]).splitlines()[0] if result else "no answer"
            return Verified(
                False,
                translate("Errors", "{path} is damaged (integrity check: {reason})").format(
                    path=path, reason=first
                ),
                None,
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return Verified(
                False,
                translate("Errors", "{path} is not a Facilitator database").format(path=path),
                None,
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        reason = str(exc).strip().splitlines()[0]
        return Verified(
            False,
            translate("Errors", "{path} is damaged or not a database ({reason})").format(
                path=path, reason=reason
            ),
            None,
        )
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision not in KNOWN_REVISIONS:
        return Verified(
            False,
            translate(
                "Errors",
                "{path} is not a database this version of Facilitator can open (schema {revision})",
            ).format(path=path, revision=revision),
            revision,
        )
    return Verified(True, "", revision)


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
    for suffix in ("-wal", "-shm"):
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
    """Put the verified database ``source`` in place of ``database``.

    The file being replaced is not deleted: it is renamed beside itself with
    ``label`` and a timestamp. ``source`` is checked first; a file that is not
    an intact Facilitator database is refused and nothing changes.
    """
    database = Path(database).absolute()
    source = Path(source).absolute()
    if source == database:
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
    kept = move_aside(database, label, now=now)
    try:
        sqlite_file.restore_copy(source, database)
    except (OSError, sqlite3.Error) as exc:
        if kept is not None:
            for suffix in ("", "-wal", "-shm"):
                database.with_name(database.name + suffix).unlink(missing_ok=True)
            os.replace(kept, database)
        raise StoreError(
            translate("Errors", "cannot restore {path} from {source}: {reason}").format(
                path=database, source=source, reason=exc
            )
        ) from exc
    return Restored(source, kept)
