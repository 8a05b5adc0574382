"""One Facilitator at a time per database file: a lock file beside it, held with an OS lock.

The lock file (``NAME.db.lock``) says who holds the database: host, process id
and since when. The holder keeps an exclusive OS lock on it (``flock`` on
POSIX, ``msvcrt.locking`` on Windows) for as long as it runs. The operating
system drops that lock when the process ends in any way, a crash or
``kill -9`` included, so a lock file whose OS lock is free is stale and is
taken over. Where the file system offers no OS locks, a holder on this host
whose process no longer exists is stale too.

The lock file is opened without following links (``O_NOFOLLOW``) and must be
a plain file with one name, so the holder record can never be written into
another file. A database with a second name (a hard link) would get a second
lock file; :class:`facilitator.store.Store` refuses to write to such a file.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from facilitator.errors import DatabaseLockedError, StoreError
from facilitator.i18n import translate

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None
    import msvcrt


@dataclass(frozen=True)
class Holder:
    """Who holds a database file: the host, the process and since when (UTC)."""

    host: str
    pid: int
    since: datetime | None

    def describe(self) -> str:
        since = self.since.astimezone().strftime("%Y-%m-%d %H:%M") if self.since else "?"
        return f"host {self.host}, process {self.pid}, since {since}"


# Where msvcrt.locking locks on Windows: one byte far beyond the holder record.
# Windows locks are mandatory, so locking the bytes of the record itself would
# keep a second process from reading who holds the file.
_WINDOWS_LOCK_OFFSET = 2**30


def lock_path(database: Path) -> Path:
    database = Path(database)
    return database.with_name(database.name + ".lock")


def _real(database: Path) -> Path:
    """The file itself: a symlink and its target share one lock."""
    return Path(database).resolve()


def _read_holder(fd: int) -> Holder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 4096)
        data = json.loads(raw.decode("utf-8")) if raw.strip() else None
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        since = datetime.fromisoformat(data["since"]) if data.get("since") else None
        return Holder(str(data.get("host", "?")), int(data.get("pid", 0)), since)
    except (TypeError, ValueError):
        return None


def _try_os_lock(fd: int) -> bool | None:
    """True when locked now, False when another process holds it, None when unsupported."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return True
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN, errno.EDEADLK):
            return False
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            return None
        raise


def _process_exists(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:  # pragma: no cover - Windows without the process
        return False
    return True


def _stale_without_os_lock(holder: Holder | None) -> bool:
    if holder is None:
        return True
    return holder.host == socket.gethostname() and not _process_exists(holder.pid)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _open_lock_file(path: Path, *, create: bool) -> int:
    """Open the lock file itself: never through a link, never anything but a plain file.

    A symbolic link named ``NAME.lock`` would make the lock JSON overwrite
    whatever it points to; a hard-linked lock file is another file's too.
    """
    flags = os.O_RDWR | _NOFOLLOW | (os.O_CREAT if create else 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        if path.is_symlink() or exc.errno == errno.ELOOP:
            raise StoreError(
                translate(
                    "Errors",
                    "the lock file {path} is a link to another file; remove the link and try again",
                ).format(path=path)
            ) from exc
        raise StoreError(f"cannot create the lock file {path}: {exc.strerror}") from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
        os.close(fd)
        raise StoreError(
            translate(
                "Errors",
                "the lock file {path} is not a plain file of its own; remove it and try again",
            ).format(path=path)
        )
    return fd


class InstanceLock:
    """The lock of one database file, held by this process until :meth:`release`."""

    def __init__(self, database: Path, fd: int, holder: Holder, took_over: Holder | None):
        self.database = database
        self.path = lock_path(database)
        self.holder = holder
        self.took_over = took_over  # the stale holder replaced, if there was one
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, database: Path, *, now: datetime | None = None) -> InstanceLock:
        """Take the lock of ``database`` or raise :class:`DatabaseLockedError` naming the holder."""
        database = _real(database)
        path = lock_path(database)
        for _attempt in range(5):
            fd = _open_lock_file(path, create=True)
            try:
                locked = _try_os_lock(fd)
                previous = _read_holder(fd)
                if locked is False or (locked is None and not _stale_without_os_lock(previous)):
                    holder = previous or Holder("?", 0, None)
                    raise DatabaseLockedError(
                        f"{database} is in use by another Facilitator ({holder.describe()})",
                        holder,
                    )
                # The file may have been removed by a holder releasing it meanwhile;
                # then the lock is on a file nobody else will open: try again.
                try:
                    same = os.path.samestat(os.fstat(fd), os.stat(path))
                except FileNotFoundError:
                    same = False
                if not same:
                    os.close(fd)
                    continue
                moment = (now or datetime.now(UTC)).astimezone(UTC)
                mine = Holder(socket.gethostname(), os.getpid(), moment)
                record = json.dumps(
                    {
                        "app": "Facilitator",
                        "host": mine.host,
                        "pid": mine.pid,
                        "since": moment.isoformat(),
                    }
                ).encode("utf-8")
                try:
                    os.lseek(fd, 0, os.SEEK_SET)
                    os.ftruncate(fd, 0)
                    if os.write(fd, record) != len(record):
                        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                    os.fsync(fd)
                except OSError as exc:
                    # Disk full (or the file system failing): no half-written lock is
                    # left behind to confuse the next start.
                    with contextlib.suppress(OSError):
                        path.unlink()
                    raise StoreError(
                        translate(
                            "Errors",
                            "cannot take the lock of {path}: {reason}; free some space on "
                            "the disk and try again",
                        ).format(path=database, reason=exc.strerror or exc)
                    ) from exc
                return cls(database, fd, mine, previous)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(fd)
                raise
        raise StoreError(f"cannot take the lock file {path}; try again")

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the file up: the lock file is removed, then the OS lock dropped."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if fcntl is None:  # pragma: no cover - Windows cannot remove a file still open
            with contextlib.suppress(OSError):
                os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
            return
        # POSIX: removed while still locked, so whoever opened it meanwhile sees
        # it is no longer the lock file (acquire compares the two) and tries again.
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            os.close(fd)  # closing drops the OS lock


def current_holder(database: Path) -> Holder | None:
    """Who holds ``database`` now, or None when it is free (a stale lock counts as free)."""
    path = lock_path(_real(database))
    if not path.exists():
        return None
    try:
        fd = _open_lock_file(path, create=False)
    except StoreError:
        return None
    try:
        locked = _try_os_lock(fd)
        holder = _read_holder(fd)
        if locked is False:
            return holder or Holder("?", 0, None)
        if locked is None and not _stale_without_os_lock(holder):
            return holder
        return None
    finally:
        os.close(fd)  # drops the lock taken for the test, if any
