"""Workshop bundles: one ``.facilitator`` file that carries a workshop to another database.

A bundle is a zip holding two JSON files: ``manifest.json`` (format name and
version, the workshop, the number of rows per table, a SHA-256 checksum of the
data) and ``data.json`` (the rows, table by table). Rows are written from the
models with every column except the local integer ids; a reference to another
row is written as that row's UUID. The bundle holds the workshop and everything
it refers to: its agenda, attendees, notes, speaking turns, proposals with their
versions, rounds, positions and counts, its commitments, the phases of its
series, and every person, organization and series those rows point to.

Every value of every row is checked with the rules the services keep
(:data:`facilitator.services._common.FIELD_RULES`: text without control
characters, times in the years 1900–2200, bounded numbers, finite amounts,
valid e-mail addresses) and with the schema's own rules between fields. Export
checks the rows it writes the same way, so a database never writes a bundle it
would refuse; a value stored before these rules existed is named, to be
corrected first.

Importing merges by UUID: a row whose UUID the database lacks is created; a
row the database has with the same content is matched; a row that differs is
listed in the preview (a ``RowConflict`` with its ``differences``), and nothing
of it changes without an explicit choice: the preview keeps this database's
version (``KEEP_MINE``) unless the user takes the bundle's (``TAKE_THEIRS``) for
that row, and :func:`apply_import` refuses to run while a differing row has no
choice. Which side changed a differing row cannot be told (no record is kept of
the version imported last), and a row's ``updated_at`` is whatever the computer
that wrote it claimed: it is shown, never used to choose. A bundle claiming a
row was created or changed in the future (beyond a day of clock difference) is
refused altogether: its clock, or the file, cannot be trusted.

Everything is written in one unit of work or nothing is. A file that is not a
well-formed bundle is refused with a message naming the problem (and the
table, row and field when one is to blame) before anything is written: not a
zip, truncated, encrypted or compressed other than by deflate, unsafe names,
sizes or compression ratios beyond the caps, an unknown format version, a wrong
checksum, a manifest whose workshop or counts do not match the data, values of
the wrong type or outside the rules, duplicate UUIDs, a reference to a row the
bundle lacks.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import uuid as uuid_module
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import Boolean, Date, Enum, Integer, Numeric, String, select

from facilitator import __version__
from facilitator.errors import ConflictError, ValidationError
from facilitator.i18n import translate
from facilitator.models.types import UTCDateTime
from facilitator.services import consensus
from facilitator.services._common import FIELD_RULES, check_id, get_or_raise, shown
from facilitator.store import Store

FORMAT = "facilitator-bundle"
FORMAT_VERSION = 1
SUFFIX = ".facilitator"
MANIFEST = "manifest.json"
DATA = "data.json"

# Caps against hostile archives: sizes after decompression and the ratio. A
# bundle of the largest real workshop is a few MiB; the caps leave room for it.
MAX_DATA_BYTES = 32 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 8
# Clocks of two laptops differ; a bundle claiming a change later than this is not trusted.
FUTURE_TOLERANCE = timedelta(days=1)

# The tables a bundle carries, parents before children.
TABLES = (
    "organization",
    "person",
    "series",
    "phase",
    "workshop",
    "agenda_item",
    "participation",
    "note",
    "speaker_turn",
    "proposal",
    "proposal_version",
    "round",
    "position",
    "round_count",
    "commitment",
)


def _base():
    # The ORM classes load when a bundle is written or read, not when the app starts.
    from facilitator.models import Base

    return Base


_SKIPPED = {"id", "search_text"}  # local keys; derived search text
_NOT_COMPARED = {"created_at", "updated_at"}

KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"


def _error(text: str, **values) -> ValidationError:
    """``text`` is already translated (``translate("Errors", "literal")`` at each call,
    so pyside6-lupdate finds every message)."""
    return ValidationError(text.format(**values))


# -- the schema, read from the models ----------------------------------------------------


def _models() -> dict[str, type]:
    return {m.local_table.name: m.class_ for m in _base().registry.mappers}


def _columns(table: str) -> dict:
    """Column name -> Column of a bundled table (without the skipped ones)."""
    return {c.name: c for c in _base().metadata.tables[table].columns if c.name not in _SKIPPED}


def _references(table: str) -> dict[str, str]:
    """Foreign-key column -> the table it refers to."""
    return {
        c.name: next(iter(c.foreign_keys)).column.table.name
        for c in _base().metadata.tables[table].columns
        if c.foreign_keys
    }


# -- values --------------------------------------------------------------------------------


def _dump(column, value):
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return value.astimezone(UTC).isoformat()
    if isinstance(kind, Enum):
        return getattr(value, "value", value)
    if isinstance(kind, Date):
        return value.isoformat()
    if isinstance(kind, Numeric):
        return str(value)
    return value


def _load(column, raw, where: str):
    """A value from the bundle, checked against the column's type."""
    kind = column.type

    def wrong():
        return _error(
            translate("Errors", "The bundle is damaged: {where} has a wrong value for {field}."),
            where=where,
            field=column.name,
        )

    if raw is None:
        if column.nullable:
            return None
        raise wrong()
    if isinstance(kind, UTCDateTime):
        if not isinstance(raw, str):
            raise wrong()
        try:
            value = datetime.fromisoformat(raw)
            if value.tzinfo is None:
                raise wrong()
            return value.astimezone(UTC)
        except (ValueError, OverflowError):  # year 1 or 9999 moved past the calendar's edge
            raise wrong() from None
    if isinstance(kind, Enum):
        allowed = {m.value: m for m in kind.enum_class} if kind.enum_class else None
        if not isinstance(raw, str) or (allowed is not None and raw not in allowed):
            raise wrong()
        return allowed[raw] if allowed is not None else raw
    if isinstance(kind, Date):
        if not isinstance(raw, str):
            raise wrong()
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise wrong() from None
    if isinstance(kind, Numeric):
        if isinstance(raw, bool) or not isinstance(raw, (str, int)):
            raise wrong()
        try:
            value = Decimal(str(raw))
        except InvalidOperation:
            raise wrong() from None
        if not value.is_finite():
            raise wrong()
        return value
    if isinstance(kind, Boolean):
        if not isinstance(raw, bool):
            raise wrong()
        return raw
    if isinstance(kind, Integer):
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) > 2**53:
            raise wrong()
        return raw
    if isinstance(kind, String):
        if not isinstance(raw, str):
            raise wrong()
        if kind.length is not None and len(raw) > kind.length:
            raise wrong()
        return raw
    raise wrong()


# -- the rules the services keep, checked on bundle rows before anything is written -------


def _rule_texts() -> dict[str, str]:
    """The schema's CHECK rules (by constraint name) as a person reads them."""
    return {
        "end_after_start": translate("Errors", "it ends before it starts"),
        "number_positive": translate("Errors", "its number is below 1"),
        "minutes_not_negative": translate("Errors", "its planned minutes are negative"),
        "limit_positive": translate("Errors", "its time limit is not above zero"),
        "ended_after_started": translate("Errors", "it ends before it starts"),
        "quorum_not_negative": translate("Errors", "its quorum is negative"),
        "has_holder": translate("Errors", "it has neither a person nor an organization"),
        "count_not_negative": translate("Errors", "its count is negative"),
        "due_after_start": translate("Errors", "it is due before it starts"),
        "quantity_has_unit": translate("Errors", "it has a quantity without a unit or the reverse"),
        "quantity_not_negative": translate("Errors", "its quantity is negative"),
    }


def _broken_rules(table: str, v: dict) -> list[str]:
    """Names of the CHECK rules of ``table`` the typed values ``v`` break."""

    def after(later, earlier):
        return later is None or earlier is None or later >= earlier

    checks = {
        "workshop": {
            "end_after_start": v.get("planned_end") is None
            or v.get("planned_start") is None
            or v["planned_end"] > v["planned_start"],
            "number_positive": v.get("number") is None or v["number"] > 0,
        },
        "agenda_item": {"minutes_not_negative": (v.get("planned_minutes") or 0) >= 0},
        "speaker_turn": {
            "limit_positive": v.get("limit_seconds") is None or v["limit_seconds"] > 0,
            "ended_after_started": v.get("ended_at") is None
            or (v.get("started_at") is not None and v["ended_at"] >= v["started_at"]),
        },
        "round": {"quorum_not_negative": v.get("quorum") is None or v["quorum"] >= 0},
        "position": {
            "has_holder": v.get("person_id") is not None or v.get("organization_id") is not None
        },
        "round_count": {"count_not_negative": (v.get("count") or 0) >= 0},
        "commitment": {
            "due_after_start": after(v.get("due_date"), v.get("start_date")),
            "quantity_has_unit": (v.get("quantity") is None) == (v.get("unit") is None),
            "quantity_not_negative": v.get("quantity") is None or v["quantity"] >= 0,
        },
    }.get(table, {})
    return [name for name, ok in checks.items() if not ok]


class _FieldError(Exception):
    """A value of a row breaks a field rule; the caller words it for import or export."""

    def __init__(self, field: str, problem: str):
        super().__init__(problem)
        self.field = field
        self.problem = problem


def _future_problem(column: str, when: datetime) -> _FieldError:
    return _FieldError(
        column,
        translate(
            "Errors",
            "it claims to have been written in the future ({when}); is the clock of the "
            "computer that wrote it wrong?",
        ).format(when=when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")),
    )


def _apply_field_rules(table: str, values: dict, now: datetime) -> dict:
    """``values`` as the services would store them, or :class:`_FieldError`.

    Every field with a rule in :data:`FIELD_RULES` goes through it (text cleaned the
    same way, numbers, times and amounts within bounds, e-mail addresses normalised);
    a row created or changed after ``now`` plus :data:`FUTURE_TOLERANCE` is refused.
    """
    rules = FIELD_RULES[table]
    cleaned = dict(values)
    for column, rule in rules.items():
        if column not in values:
            continue
        try:
            cleaned[column] = rule.check(values[column], column, column)
        except ValidationError as exc:
            raise _FieldError(column, str(exc)) from None
    for column in ("created_at", "updated_at"):
        when = cleaned.get(column)
        if when is not None and when > now + FUTURE_TOLERANCE:
            raise _future_problem(column, when)
    return cleaned


def _check_rules(table: str, values: dict, where: str) -> None:
    """The schema's CHECK rules between fields (the database would refuse the row)."""
    broken = _broken_rules(table, values)
    if broken:
        raise _error(
            translate("Errors", "The bundle is damaged: {where} breaks a rule ({rule})."),
            where=where,
            rule=_rule_texts()[broken[0]],
        )


# -- export --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    """What a bundle holds: the workshop and the number of rows per table."""

    path: Path
    workshop_title: str
    counts: dict[str, int]


def _collect(session, workshop_id: int) -> dict[str, dict[int, object]]:
    """The rows of one workshop and everything they refer to, by table and id."""
    models = _models()
    rows: dict[str, dict[int, object]] = {t: {} for t in TABLES}
    from facilitator.models import Workshop

    workshop = get_or_raise(session, Workshop, workshop_id, translate("Errors", "workshop"))
    rows["workshop"][workshop.id] = workshop

    def children(table: str, column: str, ids) -> list:
        ids = list(ids)
        if not ids:
            return []
        model = models[table]
        found = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.extend(session.scalars(select(model).where(getattr(model, column).in_(chunk))))
        return found

    # what the workshop owns (deleted with it), level by level
    owned = {"workshop"}
    changed = True
    while changed:
        changed = False
        for table in TABLES:
            for column, target in _references(table).items():
                fk = next(iter(_base().metadata.tables[table].c[column].foreign_keys))
                if target in owned and fk.ondelete == "CASCADE" and table not in owned:
                    for row in children(table, column, rows[target].keys()):
                        rows[table][row.id] = row
                    owned.add(table)
                    changed = True
    # commitments made at the workshop or from its proposals; the phases of its series
    for row in children("commitment", "workshop_id", [workshop.id]):
        rows["commitment"][row.id] = row
    for row in children("commitment", "proposal_id", rows["proposal"].keys()):
        rows["commitment"][row.id] = row
    if workshop.series_id is not None:
        for row in children("phase", "series_id", [workshop.series_id]):
            rows["phase"][row.id] = row
    # everything those rows point to, until nothing new turns up
    pending = [(t, row) for t in TABLES for row in rows[t].values()]
    while pending:
        table, row = pending.pop()
        for column, target in _references(table).items():
            ref = getattr(row, column)
            if ref is None or ref in rows[target]:
                continue
            parent = session.get(models[target], ref)
            if parent is not None:
                rows[target][ref] = parent
                pending.append((target, parent))
    return rows


def _serialise(rows: dict[str, dict[int, object]]) -> dict[str, list[dict]]:
    uuids = {t: {i: r.uuid for i, r in found.items()} for t, found in rows.items()}
    tables: dict[str, list[dict]] = {}
    for table in TABLES:
        columns = _columns(table)
        references = _references(table)
        out = []
        for row_id in sorted(rows[table]):
            row = rows[table][row_id]
            record = {}
            for name, column in columns.items():
                value = getattr(row, name)
                if name in references:
                    record[name] = None if value is None else uuids[references[name]][value]
                else:
                    record[name] = _dump(column, value)
            out.append(record)
        tables[table] = out
    return tables


def _check_for_export(rows: dict[str, dict[int, object]]) -> None:
    """Refuse, naming the row, a value an import would refuse (stored before the rules)."""
    now = datetime.now(UTC)
    for table in TABLES:
        references = _references(table)
        names = [c for c in _columns(table) if c not in references]
        for row in rows[table].values():
            values = {name: getattr(row, name) for name in names}
            try:
                _apply_field_rules(table, values, now)
            except _FieldError as problem:
                raise _error(
                    translate(
                        "Errors",
                        "The workshop cannot be exported: {where}, {field}: {problem} "
                        "Correct it, then export again.",
                    ),
                    where=f"{table} “{shown(_label(table, values))}”",
                    field=problem.field,
                    problem=problem.problem,
                ) from None


def export_bundle(
    store: Store, workshop_id: int, path: str | Path, *, now: datetime | None = None
) -> ExportResult:
    """Write the workshop and everything it refers to as a ``.facilitator`` file at ``path``."""
    workshop_id = check_id(workshop_id, translate("Errors", "workshop"))
    path = Path(path)
    with store.session() as s:
        rows = _collect(s, workshop_id)
        _check_for_export(rows)
        workshop = rows["workshop"][workshop_id]
        title, workshop_uuid = workshop.title, workshop.uuid
        tables = _serialise(rows)
    data = json.dumps({"tables": tables}, ensure_ascii=False, separators=(",", ":")).encode()
    counts = {t: len(v) for t, v in tables.items()}
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": (now or datetime.now(UTC)).astimezone(UTC).isoformat(),
        "workshop": {"uuid": workshop_uuid, "title": title},
        "counts": counts,
        "checksums": {DATA: hashlib.sha256(data).hexdigest()},
    }
    part = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            archive.writestr(DATA, data)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise _error(
            translate("Errors", "Cannot write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    return ExportResult(path, title, counts)


# -- reading a bundle safely ------------------------------------------------------------------


@dataclass(frozen=True)
class _Bundle:
    manifest: dict
    rows: dict[str, list[dict]]  # typed values; references as UUID strings


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    limit = MAX_MANIFEST_BYTES if info.filename == MANIFEST else MAX_DATA_BYTES
    if info.file_size > limit:
        raise _error(
            translate("Errors", "The bundle {name} is too large to be imported safely."), name=name
        )
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _error(
            translate(
                "Errors",
                "The bundle {name} is compressed suspiciously well (a zip bomb?); not imported.",
            ),
            name=name,
        )
    out = io.BytesIO()
    with archive.open(info) as stream:  # the sizes in the header may lie: count what comes
        while chunk := stream.read(1024 * 1024):
            out.write(chunk)
            if out.tell() > limit:
                raise _error(
                    translate("Errors", "The bundle {name} is too large to be imported safely."),
                    name=name,
                )
    return out.getvalue()


def _read_archive(path: Path) -> tuple[dict, bytes]:
    name = path.name
    if not path.is_file():
        raise _error(translate("Errors", "There is no bundle at {path}."), path=str(path))
    damaged = _error(
        translate("Errors", "{name} is not a Facilitator bundle, or it is damaged or incomplete."),
        name=name,
    )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise damaged
            seen = {}
            for info in infos:
                entry = info.filename
                if (
                    entry.startswith(("/", "\\"))
                    or "\\" in entry
                    or ".." in entry.split("/")
                    or ":" in entry
                ):
                    raise _error(
                        translate(
                            "Errors",
                            "The bundle {name} holds an unsafe file name ({entry}); not imported.",
                        ),
                        name=name,
                        entry=entry,
                    )
                if entry not in (MANIFEST, DATA) or entry in seen:
                    raise damaged
                if info.flag_bits & 0x1:  # zipfile would ask for a password (RuntimeError)
                    raise _error(
                        translate(
                            "Errors",
                            "The bundle {name} is encrypted; Facilitator writes and reads "
                            "bundles without encryption. Not imported.",
                        ),
                        name=name,
                    )
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise _error(
                        translate(
                            "Errors",
                            "The bundle {name} is compressed with a method Facilitator does "
                            "not read (only deflate); not imported.",
                        ),
                        name=name,
                    )
                seen[entry] = info
            if set(seen) != {MANIFEST, DATA}:
                raise damaged
            manifest_bytes = _read_entry(archive, seen[MANIFEST], name)
            data = _read_entry(archive, seen[DATA], name)
    except ValidationError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,  # a zip feature zipfile does not know
        RuntimeError,  # e.g. a password asked for all the same
    ) as exc:
        raise damaged from exc
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # nesting beyond reason
        raise damaged from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise damaged
    version = manifest.get("format_version")
    if type(version) is not int:  # true == 1 and 1.0 == 1 in Python: neither is a version
        raise damaged
    if version != FORMAT_VERSION:
        raise _error(
            translate(
                "Errors",
                "{name} is a bundle of format version {version}, which this version of "
                "Facilitator does not know; update Facilitator to import it.",
            ),
            name=name,
            version=str(version),
        )
    checksums = manifest.get("checksums")
    if not isinstance(checksums, dict) or checksums.get(DATA) != hashlib.sha256(data).hexdigest():
        raise _error(
            translate("Errors", "The bundle {name} is damaged: its checksum does not match."),
            name=name,
        )
    return manifest, data


def _parse(path: Path, now: datetime) -> _Bundle:
    manifest, data = _read_archive(path)
    name = path.name
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # nesting beyond reason
        raise _error(
            translate("Errors", "The bundle {name} is damaged: its data cannot be read."), name=name
        ) from exc
    tables = document.get("tables") if isinstance(document, dict) else None
    if not isinstance(tables, dict):
        raise _error(
            translate("Errors", "The bundle {name} is damaged: its data cannot be read."), name=name
        )
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise _error(
            translate("Errors", "The bundle {name} holds an unknown kind of record ({what})."),
            name=name,
            what=unknown[0],
        )
    rows: dict[str, list[dict]] = {}
    where_of: dict[str, str] = {}
    raw_titles: dict[str, object] = {}  # as written, to compare with the manifest
    for table in TABLES:
        raw_rows = tables.get(table, [])
        if not isinstance(raw_rows, list):
            raise _error(
                translate("Errors", "The bundle {name} is damaged: its data cannot be read."),
                name=name,
            )
        columns = _columns(table)
        references = _references(table)
        parsed = []
        for number, raw in enumerate(raw_rows, start=1):
            where = f"{table} #{number}"
            if not isinstance(raw, dict) or set(raw) != set(columns):
                raise _error(
                    translate(
                        "Errors",
                        "The bundle is damaged: {where} does not have the expected fields.",
                    ),
                    where=where,
                )
            uuid = raw.get("uuid")
            try:
                # only the canonical form: "ABC…" and "abc…" must not be two rows
                if not isinstance(uuid, str) or str(uuid_module.UUID(uuid)) != uuid:
                    raise ValueError(uuid)
            except ValueError:
                raise _error(
                    translate(
                        "Errors", "The bundle is damaged: {where} has a wrong value for {field}."
                    ),
                    where=where,
                    field="uuid",
                ) from None
            if uuid in where_of:
                raise _error(
                    translate(
                        "Errors", "The bundle holds the UUID {uuid} twice ({first} and {second})."
                    ),
                    uuid=uuid,
                    first=where_of[uuid],
                    second=where,
                )
            where_of[uuid] = where
            values = {}
            for column_name, column in columns.items():
                value = raw[column_name]
                if column_name in references:
                    if value is not None and not isinstance(value, str):
                        raise _error(
                            translate(
                                "Errors",
                                "The bundle is damaged: {where} has a wrong value for {field}.",
                            ),
                            where=where,
                            field=column_name,
                        )
                    if value is None and not column.nullable:
                        raise _error(
                            translate(
                                "Errors",
                                "The bundle is damaged: {where} has a wrong value for {field}.",
                            ),
                            where=where,
                            field=column_name,
                        )
                    values[column_name] = value
                else:
                    values[column_name] = _load(column, value, where)
            try:
                values = _apply_field_rules(table, values, now)
            except _FieldError as problem:
                raise _error(
                    translate("Errors", "The bundle is damaged: {where}, {field}: {problem}"),
                    where=where,
                    field=problem.field,
                    problem=problem.problem,
                ) from None
            _check_rules(table, values, where)
            parsed.append(values)
            if table == "workshop":
                raw_titles[uuid] = raw["title"]
        rows[table] = parsed
    # every reference must point to a row of the right table inside the bundle
    by_table = {t: {r["uuid"] for r in rows[t]} for t in TABLES}
    for table in TABLES:
        for column_name, target in _references(table).items():
            for number, values in enumerate(rows[table], start=1):
                ref = values[column_name]
                if ref is not None and ref not in by_table[target]:
                    raise _error(
                        translate(
                            "Errors",
                            "The bundle is incomplete: {where} refers to a missing "
                            "{target} ({uuid}).",
                        ),
                        where=f"{table} #{number}",
                        target=target,
                        uuid=ref,
                    )
    _check_positions(rows)
    workshop = manifest.get("workshop")
    if (
        not isinstance(workshop, dict)
        or workshop.get("uuid") not in by_table["workshop"]
        or not isinstance(workshop.get("title"), str)
    ):
        raise _error(
            translate("Errors", "The bundle {name} is damaged: it names no workshop it holds."),
            name=name,
        )
    if raw_titles[workshop["uuid"]] != workshop["title"]:
        # What the preview announces must be what is imported.
        raise _error(
            translate(
                "Errors",
                "The bundle {name} is damaged: its manifest names the workshop “{title}”, but "
                "the workshop it holds is called “{actual}”.",
            ),
            name=name,
            title=shown(workshop["title"], 80),
            actual=shown(raw_titles[workshop["uuid"]], 80),
        )
    counts = manifest.get("counts")
    if counts is not None and (
        not isinstance(counts, dict)
        or set(counts) - set(TABLES)
        or any(type(counts.get(t, 0)) is not int for t in TABLES)
        or any(counts.get(t, 0) != len(rows[t]) for t in TABLES)
    ):
        raise _error(
            translate(
                "Errors",
                "The bundle {name} is damaged: the numbers of rows its manifest gives do not "
                "match its data.",
            ),
            name=name,
        )
    return _Bundle(manifest, rows)


def _check_positions(rows: dict[str, list[dict]]) -> None:
    """Positions and counts must be values of their round's method, as the services require."""
    methods = {r["uuid"]: r["method"] for r in rows["round"]}
    for table in ("position", "round_count"):
        for number, values in enumerate(rows[table], start=1):
            try:
                consensus.check_value(methods[values["round_id"]], values["value"])
            except ValidationError as exc:
                raise _error(
                    translate("Errors", "The bundle is damaged: {where}, {field}: {problem}"),
                    where=f"{table} #{number}",
                    field="value",
                    problem=str(exc),
                ) from None


# -- preview and import ---------------------------------------------------------------------


@dataclass(frozen=True)
class FieldDifference:
    """One field of a row that differs between the database (mine) and the bundle (theirs)."""

    field: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class RowConflict:
    """A row both sides have, with different content: the user keeps mine or takes theirs.

    Changed here, in the bundle or both: which cannot be told, so nothing is suggested but
    keeping this database's version. The two ``updated_at`` are what each side claims, for
    showing; they decide nothing.
    """

    table: str
    uuid: str
    label: str  # title, name or text of the row
    differences: tuple[FieldDifference, ...]
    mine_updated_at: datetime
    theirs_updated_at: datetime

    @property
    def suggested(self) -> str:
        """The default choice: always this database's version (:data:`KEEP_MINE`)."""
        return KEEP_MINE


@dataclass(frozen=True)
class ImportPreview:
    """What importing a bundle would do, computed without writing anything.

    ``conflicts`` lists the rows that differ; :func:`apply_import` needs a choice
    (:data:`KEEP_MINE` or :data:`TAKE_THEIRS`) for each of them.
    """

    path: Path
    workshop_uuid: str
    workshop_title: str
    new: dict[str, int]
    same: dict[str, int]
    conflicts: tuple[RowConflict, ...]
    _bundle: _Bundle = field(repr=False, compare=False)

    @property
    def total_new(self) -> int:
        return sum(self.new.values())

    @property
    def total_same(self) -> int:
        return sum(self.same.values())

    def unresolved(self, choices: dict[str, str] | None) -> tuple[RowConflict, ...]:
        """The differing rows ``choices`` gives no choice for."""
        choices = choices or {}
        return tuple(c for c in self.conflicts if c.uuid not in choices)


def choose_all(preview: ImportPreview, choice: str) -> dict[str, str]:
    """The same choice (:data:`KEEP_MINE` or :data:`TAKE_THEIRS`) for every differing row,
    as ``apply_import`` takes it (e.g. the command line's ``--conflicts mine|theirs``)."""
    if choice not in (KEEP_MINE, TAKE_THEIRS):
        raise _error(translate("Errors", "A conflict can only be resolved as mine or theirs."))
    return {c.uuid: choice for c in preview.conflicts}


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    workshop_id: int
    created: int
    updated: int
    matched: int


def _label(table: str, values: dict) -> str:
    """What names the row for a person: its title, name or text (shortened), else its UUID."""
    if table == "person":
        return f"{values.get('given_name', '')} {values.get('family_name', '')}".strip()
    for key in ("title", "name", "text", "value"):
        if values.get(key):
            return str(values[key])[:60]
    return values["uuid"]


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return str(getattr(value, "value", value))


def _plan(session, bundle: _Bundle):
    """Match every bundle row by UUID: new, the same, or a conflict (with the existing row)."""
    models = _models()
    existing: dict[str, dict[str, object]] = {}
    for table in TABLES:
        model = models[table]
        uuids = [r["uuid"] for r in bundle.rows[table]]
        found = {}
        for start in range(0, len(uuids), 500):
            chunk = uuids[start : start + 500]
            for row in session.scalars(select(model).where(model.uuid.in_(chunk))):
                found[row.uuid] = row
        existing[table] = found
    # uuid of every row an existing row refers to, for comparing references
    ids_to_uuid: dict[str, dict[int, str]] = {t: {} for t in TABLES}
    for table in TABLES:
        for row in existing[table].values():
            ids_to_uuid[table][row.id] = row.uuid
    missing: dict[str, set[int]] = {t: set() for t in TABLES}
    for table in TABLES:
        for column_name, target in _references(table).items():
            for row in existing[table].values():
                ref = getattr(row, column_name)
                if ref is not None and ref not in ids_to_uuid[target]:
                    missing[target].add(ref)
    for target, ids in missing.items():
        model = models[target]
        ids = list(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row_id, row_uuid in session.execute(
                select(model.id, model.uuid).where(model.id.in_(chunk))
            ):
                ids_to_uuid[target][row_id] = row_uuid

    bundle_labels = {v["uuid"]: _label(t, v) for t in TABLES for v in bundle.rows[t]}

    def shown_reference(target: str, row_uuid: str | None, row_id: int | None) -> str:
        """A referenced row as a person reads it: its name or title, not its UUID."""
        if row_uuid is None:
            return ""
        if row_uuid in bundle_labels:
            return bundle_labels[row_uuid]
        row = session.get(models[target], row_id) if row_id is not None else None
        if row is None:
            return row_uuid
        return _label(target, {c: getattr(row, c) for c in _columns(target)})

    new: dict[str, int] = {}
    same: dict[str, int] = {}
    conflicts: list[RowConflict] = []
    for table in TABLES:
        references = _references(table)
        for values in bundle.rows[table]:
            mine = existing[table].get(values["uuid"])
            if mine is None:
                new[table] = new.get(table, 0) + 1
                continue
            differences = []
            for column_name, theirs in values.items():
                if column_name in _NOT_COMPARED:
                    continue
                current = getattr(mine, column_name)
                current_id = current
                if column_name in references and current is not None:
                    current = ids_to_uuid[references[column_name]].get(current)
                if isinstance(current, datetime) and current.tzinfo is None:
                    current = current.replace(tzinfo=UTC)
                if current == theirs:
                    continue
                if column_name in references:
                    target = references[column_name]
                    difference = FieldDifference(
                        column_name,
                        shown_reference(target, current, current_id),
                        shown_reference(target, theirs, None),
                    )
                else:
                    difference = FieldDifference(column_name, _shown(current), _shown(theirs))
                differences.append(difference)
            if differences:
                conflicts.append(
                    RowConflict(
                        table,
                        values["uuid"],
                        _label(table, values),
                        tuple(differences),
                        mine.updated_at,
                        values["updated_at"],
                    )
                )
            else:
                same[table] = same.get(table, 0) + 1
    return existing, new, same, conflicts


def preview_import(store: Store, path: str | Path, *, now: datetime | None = None) -> ImportPreview:
    """Read and check a bundle, and say what importing it would do; writes nothing.

    ``now`` (the system clock by default) is when rows may at the latest have been written.
    """
    path = Path(path)
    bundle = _parse(path, (now or datetime.now(UTC)).astimezone(UTC))
    with store.session() as s:
        _existing, new, same, conflicts = _plan(s, bundle)
    workshop_uuid = bundle.manifest["workshop"]["uuid"]
    title = next(r["title"] for r in bundle.rows["workshop"] if r["uuid"] == workshop_uuid)
    return ImportPreview(path, workshop_uuid, title, new, same, tuple(conflicts), bundle)


def apply_import(
    store: Store, preview: ImportPreview, choices: dict[str, str] | None = None
) -> ImportResult:
    """Import the previewed bundle: all of it in one unit of work, or nothing.

    ``choices`` maps the UUID of every differing row (``preview.conflicts``) to
    :data:`KEEP_MINE` or :data:`TAKE_THEIRS`; a differing row without a choice is
    refused (:class:`ValidationError`), so nothing is replaced by default.
    """
    choices = dict(choices or {})
    for choice in choices.values():
        if choice not in (KEEP_MINE, TAKE_THEIRS):
            raise _error(translate("Errors", "A conflict can only be resolved as mine or theirs."))
    unresolved = preview.unresolved(choices)
    if unresolved:
        raise ValidationError(
            translate(
                "Errors",
                "{n} rows differ between this database and the bundle and no choice was made "
                "for them ({rows}); choose mine or theirs for each. Nothing was imported.",
            ).format(
                n=len(unresolved),
                rows=", ".join(f"{c.table} “{shown(c.label)}”" for c in unresolved[:3])
                + (
                    translate("Errors", " and {n} more").format(n=len(unresolved) - 3)
                    if len(unresolved) > 3
                    else ""
                ),
            ),
            "choices",
        )
    models = _models()
    bundle = preview._bundle
    created = updated = matched = 0
    with store.transaction() as s:
        existing, _new, _same, conflicts = _plan(s, bundle)
        if {c.uuid for c in conflicts} != {c.uuid for c in preview.conflicts}:
            raise ConflictError(
                translate(
                    "Errors",
                    "The database changed since the preview; look at the preview again.",
                )
            )
        conflicting = {c.uuid for c in conflicts}
        ids: dict[str, dict[str, int]] = {
            t: {u: row.id for u, row in existing[t].items()} for t in TABLES
        }
        for table in TABLES:
            model = models[table]
            references = _references(table)
            added = []
            for values in bundle.rows[table]:
                resolved = {
                    k: (ids[references[k]][v] if k in references and v is not None else v)
                    for k, v in values.items()
                }
                mine = existing[table].get(values["uuid"])
                if mine is None:
                    row = model(**resolved)
                    s.add(row)
                    added.append((values["uuid"], row))
                    created += 1
                elif values["uuid"] in conflicting and choices.get(values["uuid"]) == TAKE_THEIRS:
                    for key, value in resolved.items():
                        setattr(mine, key, value)
                    updated += 1
                else:
                    matched += 1
            s.flush()
            for row_uuid, row in added:
                ids[table][row_uuid] = row.id
        workshop_id = ids["workshop"][preview.workshop_uuid]
    return ImportResult(workshop_id, created, updated, matched)
