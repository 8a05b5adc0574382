"""The log file and telling a bug from an environment problem (facilitator/logs.py), without Qt."""

from __future__ import annotations

import errno
import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from facilitator import logs, paths
from facilitator.errors import DatabaseLockedError, NotFoundError, StoreError


def flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_the_log_file_lives_in_the_redirected_log_folder(home):
    path = logs.setup_logging()
    assert path == home / "logs" / "facilitator.log" == paths.log_dir() / "facilitator.log"
    assert logs.log_file() == path
    logging.getLogger("facilitator.ui").info("Çalıştay açıldı: Gönüllülük ve şeffaflık İÖÜĞŞ")
    flush()
    text = path.read_text(encoding="utf-8")
    assert "Facilitator" in text and "started" in text
    assert "Çalıştay açıldı: Gönüllülük ve şeffaflık İÖÜĞŞ" in text


def test_setting_up_twice_writes_each_record_once(home):
    logs.setup_logging()
    path = logs.setup_logging()
    logging.getLogger("facilitator").warning("bir kez")
    flush()
    assert path.read_text(encoding="utf-8").count("bir kez") == 1


def test_the_log_rotates_and_keeps_five_old_files(home, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup_logging()
    log = logging.getLogger("facilitator")
    for n in range(400):
        log.info("satır %d %s", n, "ğ" * 40)
    flush()
    kept = sorted(p.name for p in path.parent.iterdir())
    assert kept == [
        "facilitator.log",
        "facilitator.log.1",
        "facilitator.log.2",
        "facilitator.log.3",
        "facilitator.log.4",
        "facilitator.log.5",
    ]
    assert all(p.stat().st_size <= 2_500 for p in path.parent.iterdir())
    assert "satır 399" in path.read_text(encoding="utf-8")


def test_an_unwritable_log_folder_falls_back_to_stderr(home, capsys, monkeypatch):
    blocker = home / "not a folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(paths, "log_dir", lambda: blocker / "logs")
    logs.setup_logging()  # no exception: the app starts anyway
    assert logs.log_file() is None
    logging.getLogger("facilitator").warning("kayıt klasörü yazılamıyor")
    assert "kayıt klasörü yazılamıyor" in capsys.readouterr().err


def test_an_unexpected_exception_is_logged_with_its_traceback(home):
    path = logs.setup_logging()

    def open_workshop():
        return {}["başlık"]

    try:
        open_workshop()
    except KeyError as exc:
        logs.log_unexpected(exc, "showing workshop 99")
    flush()
    text = path.read_text(encoding="utf-8")
    assert "ERROR" in text
    assert "Unexpected bug while showing workshop 99" in text
    assert "Traceback (most recent call last)" in text
    assert "in open_workshop" in text
    assert "KeyError: 'başlık'" in text


def test_log_unexpected_takes_exc_info_and_never_raises(home):
    path = logs.setup_logging()
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError:
        logs.log_unexpected(sys.exc_info(), "saving a note")
    logs.log_unexpected(None, "nothing being handled")
    logs.log_unexpected("not an exception", "a wrong argument")
    flush()
    text = path.read_text(encoding="utf-8")
    assert "WARNING" in text and "Unexpected environment while saving a note" in text
    assert "database or disk is full" in text
    assert "nothing being handled" in text


def test_details_carry_versions_context_and_traceback():
    try:
        raise AttributeError("'NoneType' object has no attribute 'title'")
    except AttributeError as exc:
        text = logs.details(exc, "showing workshop 6")
    assert text.startswith("Facilitator ")
    assert "While showing workshop 6" in text
    assert "Traceback (most recent call last)" in text
    assert "AttributeError: 'NoneType' object has no attribute 'title'" in text


# -- bug or environment ------------------------------------------------------------------


@pytest.fixture
def locked_database(tmp_path):
    """A database file another connection holds an exclusive lock on."""
    path = tmp_path / "kilitli.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE çalıştay (başlık TEXT)")
    holder.execute("BEGIN EXCLUSIVE")
    yield path
    holder.execute("ROLLBACK")
    holder.close()


def raised(action) -> BaseException:
    try:
        action()
    except Exception as exc:
        return exc
    raise AssertionError("nothing was raised")


def test_a_locked_database_is_an_environment_problem(locked_database):
    other = sqlite3.connect(locked_database, timeout=0)
    exc = raised(lambda: other.execute("SELECT * FROM çalıştay").fetchall())
    other.close()
    assert logs.classify(exc) == logs.ENVIRONMENT
    assert "busy" in logs.describe(exc)
    assert "locked" not in logs.describe(exc)  # the words are the app's, not SQLite's


def test_a_locked_database_through_sqlalchemy_is_an_environment_problem(locked_database):
    engine = sa.create_engine(f"sqlite:///{locked_database}", connect_args={"timeout": 0})
    with engine.connect() as connection:
        exc = raised(lambda: connection.execute(sa.text("SELECT * FROM çalıştay")).all())
    engine.dispose()
    assert type(exc).__module__.startswith("sqlalchemy")
    assert logs.classify(exc) == logs.ENVIRONMENT
    assert not logs.is_bug(exc)


def test_a_read_only_database_is_an_environment_problem(tmp_path):
    path = tmp_path / "salt okunur.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    exc = raised(lambda: reader.execute("INSERT INTO t VALUES (1)"))
    reader.close()
    assert logs.classify(exc) == logs.ENVIRONMENT
    assert "read-only" in logs.describe(exc)


@pytest.mark.parametrize(
    "message",
    [
        "database is locked",
        "disk I/O error",
        "database or disk is full",
        "unable to open database file",
        "attempt to write a readonly database",
    ],
)
def test_sqlite_messages_of_the_machine_are_environment_problems(message):
    exc = sqlite3.OperationalError(message)
    assert logs.classify(exc) == logs.ENVIRONMENT
    assert message not in logs.describe(exc)


def test_wrong_sql_is_a_bug():
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (x)")
    for sql in ("SELECT nope FROM t", "SELECT * FROM yok", "SELEC 1"):
        exc = raised(lambda sql=sql: connection.execute(sql))
        assert isinstance(exc, sqlite3.OperationalError)
        assert logs.classify(exc) == logs.BUG, sql
    connection.close()
    assert logs.classify(raised(lambda: connection.execute("SELECT 1"))) == logs.BUG
    assert logs.classify(sqlite3.ProgrammingError("Incorrect number of bindings")) == logs.BUG


@pytest.mark.parametrize(
    "exc",
    [KeyError("x"), AttributeError("title"), TypeError("bad"), ValueError("x"), RuntimeError()],
)
def test_programming_errors_are_bugs(exc):
    assert logs.classify(exc) == logs.BUG
    words = logs.describe(exc)
    assert "error in Facilitator" in words
    assert type(exc).__name__ not in words


def test_the_machine_is_told_apart_in_operating_system_errors():
    full = OSError(errno.ENOSPC, "No space left on device")
    denied = PermissionError(errno.EACCES, "Permission denied")
    gone = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert {logs.classify(e) for e in (full, denied, gone, MemoryError())} == {logs.ENVIRONMENT}
    assert "disk is full" in logs.describe(full)
    assert "read-only" in logs.describe(denied)
    assert "gone away" in logs.describe(gone)
    assert "No space left" not in logs.describe(full)


def test_a_store_error_is_judged_by_what_it_wraps():
    def wrapped(cause: BaseException) -> StoreError:
        try:
            raise cause
        except BaseException as inner:
            try:
                raise StoreError("Veritabanı şu anda kullanılamıyor.") from inner
            except StoreError as outer:
                return outer

    locked = wrapped(sqlite3.OperationalError("database is locked"))
    assert logs.classify(locked) == logs.ENVIRONMENT
    assert logs.describe(locked) == "Veritabanı şu anda kullanılamıyor."
    assert logs.classify(wrapped(sqlite3.ProgrammingError("closed"))) == logs.BUG
    assert logs.classify(wrapped(sqlite3.OperationalError("no such column: x"))) == logs.BUG


def test_errors_written_for_users_are_not_bugs_and_keep_their_words():
    for exc in (
        StoreError("Veritabanı dosyası hasarlı."),
        DatabaseLockedError("Bu veritabanı başka bir Facilitator'da açık."),
        NotFoundError("Çalıştay bulunamadı."),
    ):
        assert logs.classify(exc) == logs.ENVIRONMENT
        assert logs.describe(exc) == str(exc)


def test_logs_never_imports_qt():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, facilitator.logs; "
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))",
        ],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
