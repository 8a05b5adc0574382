"""Where a benchmark keeps its database: a file in a temporary folder (the default), the
empty database of ``--database URL``, or with ``--postgres-here`` an empty database on a
throw-away PostgreSQL server started for the run on 127.0.0.1 (Debian's ``postgresql``
package; tests/pg_cluster.py), reached over loopback as a team's server is."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--database", metavar="URL", help="an empty database to measure on")
    where.add_argument(
        "--postgres-here",
        action="store_true",
        help="start a throw-away PostgreSQL server on 127.0.0.1 and measure on it",
    )
    return parser.parse_args()


@contextmanager
def database(args: argparse.Namespace, folder: Path, name: str) -> Iterator[str | Path]:
    """The location to open, and what it is, printed by the benchmark."""
    if args.database:
        yield args.database
        return
    if not args.postgres_here:
        yield folder / name
        return
    from sqlalchemy import create_engine, text

    from tests.pg_cluster import Cluster

    cluster = Cluster(tcp=True)
    try:
        cluster.start()
        admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("CREATE DATABASE benchmark"))
        admin.dispose()
        yield cluster.url("benchmark")
    finally:
        cluster.stop()


def describe(location: str | Path) -> str:
    if isinstance(location, Path):
        return "SQLite file (WAL, synchronous=FULL)"
    from sqlalchemy.engine import make_url

    return "PostgreSQL at " + make_url(location).render_as_string(hide_password=True)
