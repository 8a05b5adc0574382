"""``VACUUM`` on a PostgreSQL server, after a person's details were replaced (anonymising).

On a server, an ``UPDATE`` leaves the old row version in the table's files until
``VACUUM`` removes it; even then its bytes may stay in free space, in the write-ahead
log and in the server's backups until the administrator runs ``VACUUM FULL`` (which
rewrites the table) and the log and backups age out. Facilitator runs plain
``VACUUM`` on the tables that held the values, where its role may (PostgreSQL lets
only a table's owner, the database's owner or a superuser vacuum it, and otherwise
only *warns* "skipping …"), and tells the user plainly what may remain.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

# How long VACUUM waits for a table another client holds (a schema change, another VACUUM).
LOCK_WAIT = "5s"


@dataclass(frozen=True)
class Vacuumed:
    """Which tables were vacuumed, and which were not (not allowed, busy, unreachable)."""

    done: tuple[str, ...]
    skipped: tuple[str, ...]


def vacuum_tables(engine: Engine, tables) -> Vacuumed:
    """Run ``VACUUM`` on each of ``tables`` (outside any transaction, as it must be).

    Never raises for what the server refuses: the values were already replaced, and a
    table that could not be vacuumed is only listed in ``skipped`` (and logged).
    """
    done: list[str] = []
    skipped: list[str] = []
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            raw = conn.connection.driver_connection
            warned: list[str] = []

            def on_notice(diagnostic) -> None:
                if diagnostic.severity_nonlocalized == "WARNING":
                    warned.append(diagnostic.message_primary or "")

            raw.add_notice_handler(on_notice)
            try:
                conn.exec_driver_sql(f"SET lock_timeout = '{LOCK_WAIT}'")
                quote = conn.dialect.identifier_preparer.quote
                for table in tables:
                    warned.clear()
                    try:
                        conn.exec_driver_sql(f"VACUUM {quote(table)}")
                    except DBAPIError as exc:
                        log.warning("VACUUM %s was refused: %s", table, exc.orig)
                        skipped.append(table)
                        continue
                    if warned:  # "skipping … only table or database owner can vacuum it"
                        log.warning("VACUUM %s was skipped: %s", table, warned[0])
                        skipped.append(table)
                    else:
                        done.append(table)
            finally:
                raw.remove_notice_handler(on_notice)
                if not raw.closed:
                    conn.exec_driver_sql("RESET lock_timeout")
    except DBAPIError as exc:  # the server could not be reached
        log.warning("VACUUM could not be run: %s", exc.orig)
    listed = set(done) | set(skipped)
    skipped.extend(t for t in tables if t not in listed)
    return Vacuumed(tuple(done), tuple(skipped))
