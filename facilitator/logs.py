"""What happened, written down: the app's log file, and a bug told apart from a problem around it.

``setup_logging()`` sends the ``logging`` records of the whole app to a
rotating UTF-8 file in the user log folder (``paths.log_dir()``, which tests
and ``FACILITATOR_HOME`` redirect). A folder that cannot be written falls
back to stderr without a word: logging must never be what stops the app.

``log_unexpected()`` writes an unexpected exception with its traceback.
``classify()`` tells a bug in Facilitator (a column that does not exist, a
``KeyError`` …) from an environment problem the user can do something about
(the database is locked, the disk is full, the file has gone away), after
qutebrowser's ``misc/sql.py``; ``describe()`` says the latter in plain words.

No Qt here: the command line and the GUI use the same functions.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import logging.handlers
import platform
import sqlite3
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from facilitator import __version__, paths
from facilitator.errors import FacilitatorError, StoreError
from facilitator.i18n import translate

BUG = "bug"
ENVIRONMENT = "environment"

LOG_FILE_NAME = "facilitator.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_MARK = "_facilitator_handler"  # set on the handlers setup_logging() adds, so it can take them off
_state: dict[str, Path | None] = {"file": None}

logger = logging.getLogger("facilitator")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

# -- the log file ------------------------------------------------------------------------


def setup_logging(*, console: bool = False, running_on: str = "") -> Path:
    """Send the app's log records to the rotating log file (and to stderr with ``console``).

    Its first record names the version, Python, ``running_on`` (the GUI names Qt's
    version there) and the system.

    Returns the log file's path. When its folder cannot be written, records go
    to stderr instead and :func:`log_file` returns None. Calling it again
    replaces what an earlier call set up.
    """
    path = paths.log_dir() / LOG_FILE_NAME
    try:
        stop_logging()
        root = logging.getLogger()
        handlers: list[logging.Handler] = []
        file_handler = _file_handler(path)
        if file_handler is not None:
            handlers.append(file_handler)
        if (console or file_handler is None) and sys.stderr is not None:
            handlers.append(logging.StreamHandler(sys.stderr))
        formatter = logging.Formatter(_FORMAT)
        for handler in handlers:
            setattr(handler, _MARK, True)
            handler.setFormatter(formatter)
            root.addHandler(handler)
        # Other libraries say only what matters; the app says what it did.
        root.setLevel(logging.WARNING)
        logger.setLevel(logging.INFO)
        _state["file"] = path if file_handler is not None else None
        logger.info(
            "Facilitator %s started (Python %s, %s%s)",
            __version__,
            platform.python_version(),
            f"{running_on}, " if running_on else "",
            _system(),
        )
    except Exception:  # logging must never be what stops the app
        _state["file"] = None
    return path


def _file_handler(path: Path) -> logging.Handler | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except (OSError, ValueError):
        return None


def stop_logging() -> None:
    """Take off (and close) what :func:`setup_logging` put on the root logger."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            with contextlib.suppress(Exception):  # a file that cannot be closed is no reason
                handler.close()
    _state["file"] = None


def log_file() -> Path | None:
    """The file the log is written to now; None before setup or when it fell back to stderr."""
    return _state["file"]


# -- unexpected exceptions ---------------------------------------------------------------


def _exc_info(exc_info_or_exc) -> ExcInfo | None:
    if isinstance(exc_info_or_exc, BaseException):
        return type(exc_info_or_exc), exc_info_or_exc, exc_info_or_exc.__traceback__
    if (
        isinstance(exc_info_or_exc, tuple)
        and len(exc_info_or_exc) == 3
        and isinstance(exc_info_or_exc[1], BaseException)
    ):
        return exc_info_or_exc
    if exc_info_or_exc is None:
        current = sys.exc_info()
        if current[1] is not None:
            return current
    return None


def log_unexpected(exc_info_or_exc, context: str) -> None:
    """Log an exception nobody expected, with its traceback and what the app was doing.

    ``exc_info_or_exc`` is an exception, a ``sys.exc_info()`` triple, or None
    for the exception being handled. A bug is logged as an error, an
    environment problem as a warning. Never raises.
    """
    try:
        info = _exc_info(exc_info_or_exc)
        if info is None:
            logger.error("Unexpected error while %s (no exception given)", context)
            return
        kind = classify(info[1])
        level = logging.ERROR if kind == BUG else logging.WARNING
        logger.log(level, "Unexpected %s while %s", kind, context, exc_info=info)
    except Exception:  # logging must never be what stops the app
        pass


def details(exc_info_or_exc, context: str = "") -> str:
    """What a person supporting the user needs: versions, what the app was doing, traceback."""
    info = _exc_info(exc_info_or_exc)
    lines = [
        f"Facilitator {__version__} · Python {platform.python_version()} · {_system()}",
        datetime.now().astimezone().isoformat(timespec="seconds"),
    ]
    if context:
        lines.append(f"While {context}")
    lines.append("")
    if info is None:
        lines.append("(no exception)")
    else:
        lines.append("".join(traceback.format_exception(*info)).rstrip())
    return "\n".join(lines) + "\n"


def _system() -> str:
    try:
        return f"{platform.system()} {platform.release()}".strip() or "unknown system"
    except Exception:
        return "unknown system"


# -- bug or environment ------------------------------------------------------------------

# SQLite's primary result codes that come from the machine, not from our SQL.
_SQLITE_CODES = {
    3: "readonly",  # SQLITE_PERM
    5: "locked",  # SQLITE_BUSY
    6: "locked",  # SQLITE_LOCKED
    7: "memory",  # SQLITE_NOMEM
    8: "readonly",  # SQLITE_READONLY
    10: "io",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "io",  # SQLITE_CANTOPEN
    15: "locked",  # SQLITE_PROTOCOL
    22: "io",  # SQLITE_NOLFS
    26: "damaged",  # SQLITE_NOTADB
}

# For errors without a result code (older drivers, errors raised by hand).
_SQLITE_MESSAGES = (
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("database schema is locked", "locked"),
    ("locking protocol", "locked"),
    ("database or disk is full", "full"),
    ("disk i/o error", "io"),
    ("unable to open database file", "io"),
    ("attempt to write a readonly database", "readonly"),
    ("access permission denied", "readonly"),
    ("database disk image is malformed", "damaged"),
    ("file is not a database", "damaged"),
    ("out of memory", "memory"),
)

# Errors in our own use of SQLite: never the machine's fault.
_SQLITE_BUGS = (
    sqlite3.ProgrammingError,
    sqlite3.InterfaceError,
    sqlite3.IntegrityError,
    sqlite3.NotSupportedError,
)

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def classify(exc: BaseException) -> str:
    """``ENVIRONMENT`` for a problem outside the code (locked, disk full, a file gone,
    a read-only folder, no memory, a readable FacilitatorError); ``BUG`` for everything
    else — ``sqlite3.ProgrammingError``, "no such column", a syntax error, ``KeyError``,
    ``AttributeError``, ``TypeError`` …

    A wrapper (SQLAlchemy's ``DBAPIError``, a ``StoreError`` raised from another
    exception) is judged by what it wraps.
    """
    return ENVIRONMENT if _environment_kind(exc) is not None else BUG


def is_bug(exc: BaseException) -> bool:
    return classify(exc) == BUG


def describe(exc: BaseException) -> str:
    """What happened, in plain words a user can act on (never the exception's raw text,
    except a FacilitatorError's, which is written for users)."""
    kind = _environment_kind(exc)
    if kind is not None and isinstance(exc, FacilitatorError):
        return str(exc)  # written for users
    messages = {
        "locked": translate(
            "Logs",
            "The database is busy: another program or another Facilitator is writing to it. "
            "Wait a moment and try again.",
        ),
        "full": translate("Logs", "The disk is full. Free some space on it, then try again."),
        "readonly": translate(
            "Logs",
            "Facilitator is not allowed to write there: the file or its folder is read-only, "
            "or your user account lacks the permission.",
        ),
        "damaged": translate(
            "Logs",
            "The database file looks damaged. Close Facilitator and start it again: it checks "
            "the file and offers to restore the newest backup if needed.",
        ),
        "memory": translate(
            "Logs", "The computer ran out of memory. Close other programs, then try again."
        ),
        "io": translate(
            "Logs",
            "A file could not be read or written: the disk, USB stick or network folder may "
            "have gone away. Check that it is there, then try again.",
        ),
        "server": translate(
            "Logs",
            "The database server cannot be reached. Check the network connection, then try again.",
        ),
    }
    if kind in messages:
        return messages[kind]
    return translate(
        "Logs",
        "An error in Facilitator itself stopped this; it is not something you did. "
        "The details were written to the log.",
    )


def _wrapped(exc: BaseException) -> BaseException | None:
    """The exception a wrapper carries, or None when ``exc`` speaks for itself."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException) and type(exc).__module__.startswith("sqlalchemy"):
        return orig
    if isinstance(exc, StoreError) and isinstance(exc.__cause__, BaseException):
        return exc.__cause__
    return None


def _environment_kind(exc: BaseException, depth: int = 0) -> str | None:
    """The kind of environment problem (see ``describe``), or None for a bug."""
    inner = _wrapped(exc) if depth < 10 else None
    if inner is None:
        return _own_kind(exc)
    inner_kind = _environment_kind(inner, depth + 1)
    if isinstance(exc, FacilitatorError):
        # The store's words for a machine's problem; a programming error it wrapped stays a bug.
        return "refused" if inner_kind is not None else None
    return inner_kind


def _own_kind(exc: BaseException) -> str | None:
    if isinstance(exc, FacilitatorError):
        return "refused"  # its message is written for users: not a defect to report
    if isinstance(exc, MemoryError):
        return "memory"
    if isinstance(exc, sqlite3.Error):
        return _sqlite_kind(exc)
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return "full"
        if isinstance(exc, PermissionError) or exc.errno in _DENIED_ERRNOS:
            return "readonly"
        return "io"
    sqlstate = getattr(exc, "sqlstate", None)  # psycopg, on a team's PostgreSQL server
    if isinstance(sqlstate, str):
        return _postgres_kind(sqlstate)
    kind = type(exc)
    if kind.__module__.startswith("psycopg") and kind.__name__ in (
        "OperationalError",
        "InterfaceError",
    ):
        return "server"  # no SQLSTATE: the server could not be reached, or the link broke
    return None


def _sqlite_kind(exc: sqlite3.Error) -> str | None:
    if isinstance(exc, _SQLITE_BUGS):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    message = str(exc).lower()
    for text, kind in _SQLITE_MESSAGES:
        if text in message:
            return kind
    return None  # "no such column", "no such table", a syntax error …: our SQL is wrong


def _postgres_kind(sqlstate: str) -> str | None:
    if sqlstate == "53100":
        return "full"
    if sqlstate == "53200":
        return "memory"
    if sqlstate in ("40P01", "55P03", "40001"):  # deadlock, lock not available, serialization
        return "locked"
    if sqlstate.startswith(("08", "53", "57P")):  # connection, resources, server shut down
        return "server"
    if sqlstate.startswith("58"):  # the server's own I/O
        return "io"
    return None
