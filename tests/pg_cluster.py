"""A throw-away PostgreSQL cluster for the tests: ``initdb`` and ``pg_ctl`` from the
system's PostgreSQL (Debian's ``postgresql`` package), listening only on a Unix socket in
a temporary folder, with trust authentication, stopped and removed at the end.

Run as root (a CI container), the server runs as the ``postgres`` user the package made:
PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "facilitator_admin"
PORT = 5432  # only names the socket file: nothing listens on TCP


def server_binaries() -> Path:
    """The folder of ``pg_ctl``: the newest of Debian's /usr/lib/postgresql/N/bin, else PATH."""
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if debian:
        return debian[-1].parent
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    raise RuntimeError(
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
        "apt-get install postgresql (.ci/run does it)"
    )


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """One cluster in a folder of its own under the system's temporary folder (one the
    ``postgres`` user can reach when run as root); :meth:`url` names a database on it."""

    def __init__(self, *, tcp: bool = False):
        """``tcp``: listen on 127.0.0.1 (a free port) instead of the socket alone, for
        benchmarks measured over loopback as a team's server is reached."""
        self.folder = Path(tempfile.mkdtemp(prefix="facilitator-pg-"))
        self.port = _free_port() if tcp else PORT
        self.tcp = tcp
        self.data = self.folder / "data"
        self.socket = self.folder / "socket"
        self.log = self.folder / "server.log"
        self.bin = server_binaries()
        self._as = []
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise RuntimeError(
                    "running as root, and there is no 'postgres' user to run the test "
                    "server as (apt-get install postgresql makes one)"
                ) from exc
            self._as = ["runuser", "-u", "postgres", "--"]
            self._owner = owner

    def _run(self, *command: str) -> None:
        done = subprocess.run(
            [*self._as, *command], capture_output=True, text=True, check=False, timeout=120
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{command[0]} failed: {done.stderr.strip()}\n{log}")

    def start(self) -> None:
        self.socket.mkdir(exist_ok=True)
        if self._as:
            for path in (self.folder, self.socket):
                os.chown(path, self._owner.pw_uid, self._owner.pw_gid)
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self.restart()

    def halt(self) -> None:
        """Stop the server as a crash or a lost network would look to its clients."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def restart(self) -> None:
        """Start the server (again), on the same socket."""
        listen = "127.0.0.1" if self.tcp else ""
        options = (
            f"-c listen_addresses='{listen}' -k {self.socket} -p {self.port} -c max_connections=200"
        )
        if not self.tcp:  # the tests: speed over durability (the cluster is thrown away)
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip

    def new_database(self) -> str:
        """A fresh database at the current schema (a copy of one migrated once): its name."""
        from sqlalchemy import create_engine, text

        from facilitator.store import Store

        self._count = getattr(self, "_count", 0) + 1
        if self._count == 1:
            self._admin = create_engine(
                self.url(), isolation_level="AUTOCOMMIT", pool_pre_ping=True
            )
            with self._admin.connect() as conn:
                conn.execute(text("CREATE DATABASE template_facilitator"))
            Store.open(self.url("template_facilitator")).close()
        name = f"test_{self._count}"
        with self._admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template_facilitator"))
        return name

    def empty_database(self) -> str:
        """A fresh database with no tables at all: its name."""
        from sqlalchemy import create_engine, text

        self._count = getattr(self, "_count", 0) + 1
        if not hasattr(self, "_admin"):
            self._admin = create_engine(
                self.url(), isolation_level="AUTOCOMMIT", pool_pre_ping=True
            )
        name = f"test_{self._count}"
        with self._admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        return name

    def drop(self, name: str) -> None:
        from sqlalchemy import text

        with self._admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))

    def url(self, database: str = "postgres") -> str:
        if self.tcp:
            return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket}&port={PORT}"

    def stop(self) -> None:
        admin = getattr(self, "_admin", None)
        if admin is not None:
            admin.dispose()
        if self.data.exists():
            subprocess.run(
                [*self._as, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                 "-w", "stop"],
                capture_output=True, check=False, timeout=60,
            )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)
