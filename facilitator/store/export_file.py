"""The file a logical export of a Facilitator database is: writing it, reading it back.

Written by ``facilitator backup`` from a database on a server
(:mod:`facilitator.store.server_backup`), loaded by ``restore``. Nothing here depends
on the kind of database: the same code reads and inserts rows through SQLAlchemy Core
on PostgreSQL and on SQLite.

The file
--------
A gzip stream of UTF-8 text, one JSON value per line (JSON escapes line breaks and
control characters inside strings, so a line is always one record)::

    {"format": "facilitator-database-export", "format_version": 1, "schema": "0006",
     "exported_at": "2026-03-14T07:00:00+00:00", "app_version": "…", "tables": 28}
    {"table": "organization", "columns": [["id", "int"], ["name", "str"], …], "rows": 2}
    [1, "Öncü Gıda", …]
    [2, "İpekyolu Lojistik", …]
    {"table": "person", …}
    …
    {"end": true, "tables": 28, "rows": 1234}

Tables come parents first (the order of ``Base.metadata.sorted_tables``), so each can be
inserted after the rows it refers to; rows in the order of their primary key. Each
column carries its kind, which says how its values are written:

* ``int``, ``str``, ``bool``, ``float``: as JSON numbers, strings, booleans (any
  Unicode and control character, escaped by JSON); an enum as the text stored;
* ``datetime``: ISO 8601 with its offset (times are stored in UTC: ``+00:00``);
  ``naive_datetime``, ``date``, ``time``: ISO 8601;
* ``decimal``: a string of its digits (``"12.50"``); ``bytes``: base64; ``uuid``: its text;
* ``null`` for NULL, whatever the kind.

Each table's ``rows`` and the end line let a restore tell a file cut short from a
complete one (gzip's own check catches damage to the compressed bytes). A restore
refuses a file whose tables, columns or kinds are not those of its schema revision,
a table that comes before one it refers to, and any value not of its column's kind.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import tempfile
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import Boolean, DateTime, Enum, String, inspect, text
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.engine import Connection

from facilitator.errors import SchemaTooNewError, StoreError
from facilitator.store.schema import KNOWN_REVISIONS, SCHEMA_TABLES, is_later_revision

FORMAT = "facilitator-database-export"
FORMAT_VERSION = 1
# The longest line a restore reads (a row with a long minutes text fits many times over).
MAX_LINE = 64 * 1024 * 1024
# Rows inserted per statement batch.
BATCH = 1000


# -- the tables ---------------------------------------------------------------------------


def row_counts(conn: Connection, tables) -> dict[str, int]:
    """How many rows each of ``tables`` holds, by name."""
    quote = conn.dialect.identifier_preparer.quote
    return {
        name: conn.execute(text(f"SELECT count(*) FROM {quote(name)}")).scalar_one()
        for name in sorted(tables)
    }


# Tables an export keeps empty: who has a live screen open now says nothing about the
# database restored from it (a lease carried over would only ask "take over?" for nothing).
NOT_CARRIED = frozenset({"live_lease"})


def dependency_order(tables) -> list[str]:
    """``tables`` parents first: the order of the models' metadata, then any it lacks."""
    from facilitator.models import Base

    known = [t.name for t in Base.metadata.sorted_tables if t.name in tables]
    return known + sorted(set(tables) - set(known))


# -- column kinds: how each column's values are written -----------------------------------

_PYTHON_KINDS = {
    int: "int",
    str: "str",
    bool: "bool",
    float: "float",
    date: "date",
    time: "time",
    Decimal: "decimal",
    bytes: "bytes",
    uuid.UUID: "uuid",
}


def column_type(table: str, name: str, reflected):
    """The type a column is read and written with: the model's where the model has it
    (an enum as plain text, a time through UTCDateTime), else the type found in the
    database."""
    from facilitator.models import Base, UTCDateTime

    model = Base.metadata.tables.get(table)
    kind = model.c[name].type if model is not None and name in model.c else reflected
    if isinstance(kind, Enum):
        return String()  # the text stored, as it is
    if isinstance(kind, UTCDateTime) or (isinstance(kind, DateTime) and kind.timezone):
        return UTCDateTime()
    if isinstance(kind, DateTime):
        return DateTime()
    return kind


def kind_of(sql_type) -> str:
    """The kind (see the module's notes) of a column of ``sql_type``."""
    from facilitator.models import UTCDateTime

    if isinstance(sql_type, UTCDateTime):
        return "datetime"
    if isinstance(sql_type, DateTime):
        return "datetime" if sql_type.timezone else "naive_datetime"
    if isinstance(sql_type, Boolean):
        return "bool"
    try:
        python_type = sql_type.python_type
    except NotImplementedError:
        python_type = None
    kind = _PYTHON_KINDS.get(python_type)
    if kind is None:
        raise StoreError(f"cannot back up a column of type {sql_type}: not supported")
    return kind


def encode(kind: str, value):
    """A value of a column of ``kind`` as JSON can hold it."""
    if value is None:
        return None
    if kind in ("datetime", "naive_datetime"):
        return value.isoformat()
    if kind in ("date", "time"):
        return value.isoformat()
    if kind == "decimal":
        return str(value)
    if kind == "bytes":
        return base64.b64encode(bytes(value)).decode("ascii")
    if kind == "uuid":
        return str(value)
    return value


class _BadValueError(ValueError):
    """A value that is not what its column's kind says."""


def decode(kind: str, value):
    """The value :func:`encode` wrote; :class:`_BadValueError` when it is not one."""
    if value is None:
        return None
    try:
        if kind == "int" and type(value) is int:
            return value
        if kind == "bool" and type(value) is bool:
            return value
        if kind == "str" and type(value) is str:
            return value
        if kind == "float" and type(value) in (int, float):
            return float(value)
        if type(value) is not str:
            raise _BadValueError(kind)
        if kind == "datetime":
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is None:
                raise _BadValueError(kind)
            return moment.astimezone(UTC)
        if kind == "naive_datetime":
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                raise _BadValueError(kind)
            return moment
        if kind == "date":
            return date.fromisoformat(value)
        if kind == "time":
            return time.fromisoformat(value)
        if kind == "decimal":
            return Decimal(value)
        if kind == "bytes":
            return base64.b64decode(value.encode("ascii"), validate=True)
        if kind == "uuid":
            return uuid.UUID(value)
    except (ValueError, InvalidOperation, UnicodeEncodeError) as exc:
        raise _BadValueError(kind) from exc
    raise _BadValueError(kind)


@dataclass(frozen=True)
class Columns:
    """A table's columns as read and written: names, kinds and the types bound to them."""

    names: tuple[str, ...]
    kinds: tuple[str, ...]
    types: tuple = ()

    def core_table(self, name: str):
        """A lightweight Core table of these columns (enums as text, so rows go as stored)."""
        return sql_table(
            name, *(sql_column(n, t) for n, t in zip(self.names, self.types, strict=True))
        )


def table_columns(conn: Connection, table: str) -> Columns:
    """The columns ``table`` has in the database connected to, in their order."""
    found = inspect(conn).get_columns(table)
    names = tuple(c["name"] for c in found)
    types = tuple(column_type(table, c["name"], c["type"]) for c in found)
    return Columns(names, tuple(kind_of(t) for t in types), types)


# -- writing an export --------------------------------------------------------------------


def _line(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def write_export(conn: Connection, out, revision: str, tables) -> dict[str, int]:
    """Write the export of the database ``conn`` reads (inside its transaction) to ``out``."""
    from facilitator import __version__

    order = dependency_order(tables)
    counts = row_counts(conn, order)
    for name in NOT_CARRIED & set(order):
        counts[name] = 0
    out.write(
        _line(
            {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "schema": revision,
                "exported_at": datetime.now(UTC).isoformat(),
                "app_version": __version__,
                "tables": len(order),
            }
        )
    )
    pk = inspect(conn).get_pk_constraint
    for name in order:
        columns = table_columns(conn, name)
        out.write(
            _line(
                {
                    "table": name,
                    "columns": [list(c) for c in zip(columns.names, columns.kinds, strict=True)],
                    "rows": counts[name],
                }
            )
        )
        core = columns.core_table(name)
        keys = pk(name).get("constrained_columns") or list(columns.names)
        query = core.select().order_by(*(core.c[k] for k in keys))
        written = 0
        rows = () if name in NOT_CARRIED else conn.execute(query.execution_options(yield_per=BATCH))
        for row in rows:
            out.write(_line([encode(k, v) for k, v in zip(columns.kinds, row, strict=True)]))
            written += 1
        if written != counts[name]:  # cannot happen inside one snapshot; never written half
            raise StoreError(f"the rows of {name} changed while they were read")
    out.write(_line({"end": True, "tables": len(order), "rows": sum(counts.values())}))
    return counts


def write_beside(output: Path, write):
    """Run ``write(gzip stream)`` into a file beside ``output``, fsync it, rename it."""
    from facilitator.store.sqlite_file import fsync_folder

    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        fd, part = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    except OSError as exc:
        raise StoreError(f"cannot write {output}: {exc.strerror or exc}") from exc
    part = Path(part)
    try:
        with os.fdopen(fd, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
                result = write(out)
            raw.flush()
            os.fsync(raw.fileno())
        _rename_new(part, output)
        fsync_folder(output.parent)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StoreError(f"cannot write {output}: {exc.strerror or exc}") from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return result


def _rename_new(part: Path, output: Path) -> None:
    """Give ``part`` the name ``output``, refusing if a file took that name meanwhile."""
    try:
        os.link(part, output)  # fails when output exists: never replaces a file
    except FileExistsError as exc:
        raise StoreError(f"{output} already exists; choose another file name") from exc
    except OSError:  # a file system without hard links
        if output.exists() or output.is_symlink():
            raise StoreError(f"{output} already exists; choose another file name") from None
        os.replace(part, output)
        return
    part.unlink()


# -- reading an export --------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    """The first line of an export."""

    revision: str
    tables: int
    exported_at: str = ""


class ExportReader:
    """The lines of an export, each a JSON value; every fault is a plain StoreError."""

    def __init__(self, path: Path):
        self.path = path
        self.number = 0
        try:
            self._file = gzip.open(path, "rb")  # noqa: SIM115 - closed by close()
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc

    def close(self) -> None:
        self._file.close()

    def not_ours(self) -> StoreError:
        return StoreError(
            f"{self.path} is not a Facilitator database export (the file `facilitator "
            "backup` writes from a database server); nothing was restored"
        )

    def damaged(self, why: str) -> StoreError:
        return StoreError(f"{self.path} is damaged ({why}); nothing was restored")

    def next(self):
        """The next line's JSON value, or None at the end of the file."""
        try:
            raw = self._file.readline(MAX_LINE)
        except gzip.BadGzipFile as exc:
            if self.number == 0:
                raise self.not_ours() from exc
            raise self.damaged("its compressed data is broken") from exc
        except EOFError as exc:
            if self.number == 0:
                raise self.not_ours() from exc
            raise self.damaged("it is cut short") from exc
        except (zlib.error, OSError) as exc:
            if self.number == 0:
                raise self.not_ours() from exc
            raise self.damaged("its compressed data is broken") from exc
        if not raw:
            return None
        self.number += 1
        if not raw.endswith(b"\n"):
            if self.number == 1:
                raise self.not_ours()
            if len(raw) >= MAX_LINE:
                raise self.damaged(f"line {self.number} is too long")
            raise self.damaged("it is cut short")
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            if self.number == 1:
                raise self.not_ours() from exc
            raise self.damaged(f"line {self.number} is not readable") from exc

    def header(self) -> Header:
        first = self.next()
        if not isinstance(first, dict) or first.get("format") != FORMAT:
            raise self.not_ours()
        version = first.get("format_version")
        if type(version) is not int or version < 1:
            raise self.damaged("its header has no valid format version")
        if version > FORMAT_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer version of Facilitator (export format "
                f"{version}); update Facilitator to restore it"
            )
        revision = first.get("schema")
        tables = first.get("tables")
        if type(revision) is not str or type(tables) is not int:
            raise self.damaged("its header names no schema")
        if revision not in KNOWN_REVISIONS:
            if is_later_revision(revision):
                raise SchemaTooNewError(
                    f"{self.path} was written by a newer version of Facilitator (schema "
                    f"{revision}); update Facilitator to restore it"
                )
            raise self.damaged(f"its schema {revision} is unknown")
        if tables != len(SCHEMA_TABLES[revision]):
            raise self.damaged("its header does not match its schema")
        return Header(revision, tables, str(first.get("exported_at", "")))


def is_export(path: Path) -> bool:
    """True when ``path`` starts like an export (gzip), whatever else it holds."""
    try:
        with open(path, "rb") as f:
            return f.read(2) == b"\x1f\x8b"
    except OSError:
        return False


# -- loading rows ------------------------------------------------------------------------


def load_rows(conn: Connection, reader: ExportReader, header: Header) -> dict[str, int]:
    """Insert every row of ``reader`` into the tables of the export's schema on ``conn``."""
    expected = SCHEMA_TABLES[header.revision]
    loaded: dict[str, int] = {}
    inspector = inspect(conn)
    while True:
        section = reader.next()
        if section is None:
            raise reader.damaged("it is cut short")
        if not isinstance(section, dict):
            raise reader.damaged(f"line {reader.number} is not a table's header")
        if section.get("end") is True:
            break
        name = section.get("table")
        if name not in expected or name in loaded:
            raise reader.damaged(f"line {reader.number} names an unexpected table")
        parents = {fk["referred_table"] for fk in inspector.get_foreign_keys(name)} - {name}
        if not parents <= set(loaded):
            raise reader.damaged(f"table {name} comes before the tables it refers to")
        columns = _section_columns(reader, conn, name, section)
        loaded[name] = _insert_rows(conn, reader, name, columns, section["rows"])
    if set(loaded) != expected:
        raise reader.damaged("tables are missing from it")
    total = sum(loaded.values())
    if section.get("rows") != total or section.get("tables") != len(loaded):
        raise reader.damaged("its last line does not match its rows")
    if reader.next() is not None:
        raise reader.damaged("it goes on after its last line")
    return loaded


def _section_columns(reader: ExportReader, conn: Connection, name: str, section: dict) -> Columns:
    """The columns a table's section gives, checked against the table the schema made."""
    target = table_columns(conn, name)
    listed = section.get("columns")
    rows = section.get("rows")
    if (
        not isinstance(listed, list)
        or type(rows) is not int
        or rows < 0
        or not all(
            isinstance(c, list) and len(c) == 2 and all(type(p) is str for p in c) for c in listed
        )
    ):
        raise reader.damaged(f"line {reader.number} is not a table's header")
    names = tuple(c[0] for c in listed)
    kinds = tuple(c[1] for c in listed)
    by_name = dict(zip(target.names, zip(target.kinds, target.types, strict=True), strict=True))
    if len(set(names)) != len(names) or set(names) != set(target.names):
        raise reader.damaged(f"the columns of {name} are not those of its schema")
    if any(by_name[n][0] != k for n, k in zip(names, kinds, strict=True)):
        raise reader.damaged(f"the columns of {name} are not those of its schema")
    return Columns(names, kinds, tuple(by_name[n][1] for n in names))


def _insert_rows(conn: Connection, reader: ExportReader, name: str, columns: Columns, count: int):
    statement = columns.core_table(name).insert()
    batch: list[dict] = []
    width = len(columns.names)
    for _ in range(count):
        values = reader.next()
        if values is None:
            raise reader.damaged("it is cut short")
        if not isinstance(values, list) or len(values) != width:
            raise reader.damaged(f"line {reader.number} is not a row of {name}")
        row = {}
        for column, kind, value in zip(columns.names, columns.kinds, values, strict=True):
            try:
                row[column] = decode(kind, value)
            except _BadValueError as exc:
                raise reader.damaged(
                    f"line {reader.number}: {column} of {name} is not a valid {kind}"
                ) from exc
        batch.append(row)
        if len(batch) >= BATCH:
            _insert(conn, statement, batch, reader, name)
            batch = []
    if batch:
        _insert(conn, statement, batch, reader, name)
    return count


def _insert(
    conn: Connection, statement, batch: list[dict], reader: ExportReader, name: str
) -> None:
    try:
        conn.execute(statement, batch)
    except UnicodeEncodeError as exc:
        raise reader.damaged(f"a text of {name} before line {reader.number} is not valid") from exc
