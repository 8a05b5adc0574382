"""Reading a bundle safely: the archive (sizes, names, compression, checksum), then every
row (types, field rules, references inside the bundle, the manifest's claims).
"""

import hashlib
import io
import json
import uuid as uuid_module
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.services import consensus
from facilitator.services._common import shown
from facilitator.services.bundles.board_rules import check_board
from facilitator.services.bundles.schema import (
    DATA,
    FORMAT,
    MANIFEST,
    MAX_DATA_BYTES,
    MAX_ENTRIES,
    MAX_MANIFEST_BYTES,
    MAX_RATIO,
    READABLE_VERSIONS,
    TABLES,
    FieldRuleError,
    apply_field_rules,
    check_rules,
    columns_of,
    load_value,
    references_of,
    refusal,
)


@dataclass(frozen=True)
class Bundle:
    manifest: dict
    rows: dict[str, list[dict]]  # typed values; references as UUID strings


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    limit = MAX_MANIFEST_BYTES if info.filename == MANIFEST else MAX_DATA_BYTES
    if info.file_size > limit:
        raise refusal(
            translate("Errors", "The bundle {name} is too large to be imported safely."), name=name
        )
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise refusal(
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
                raise refusal(
                    translate("Errors", "The bundle {name} is too large to be imported safely."),
                    name=name,
                )
    return out.getvalue()


def _read_archive(path: Path) -> tuple[dict, bytes]:
    name = path.name
    if not path.is_file():
        raise refusal(translate("Errors", "There is no bundle at {path}."), path=str(path))
    damaged = refusal(
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
                    raise refusal(
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
                    raise refusal(
                        translate(
                            "Errors",
                            "The bundle {name} is encrypted; Facilitator writes and reads "
                            "bundles without encryption. Not imported.",
                        ),
                        name=name,
                    )
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise refusal(
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
    if version not in READABLE_VERSIONS:
        raise refusal(
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
        raise refusal(
            translate("Errors", "The bundle {name} is damaged: its checksum does not match."),
            name=name,
        )
    return manifest, data


def _upgrade_from_version_1(tables: dict) -> None:
    from facilitator.zones import computer_zone

    zone = computer_zone()
    for raw in tables.get("workshop", []):
        if isinstance(raw, dict) and "time_zone" not in raw:
            raw["time_zone"] = zone


def parse_bundle(path: Path, now: datetime) -> Bundle:
    manifest, data = _read_archive(path)
    name = path.name
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # nesting beyond reason
        raise refusal(
            translate("Errors", "The bundle {name} is damaged: its data cannot be read."), name=name
        ) from exc
    tables = document.get("tables") if isinstance(document, dict) else None
    if not isinstance(tables, dict):
        raise refusal(
            translate("Errors", "The bundle {name} is damaged: its data cannot be read."), name=name
        )
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise refusal(
            translate("Errors", "The bundle {name} holds an unknown kind of record ({what})."),
            name=name,
            what=unknown[0],
        )
    rows: dict[str, list[dict]] = {}
    where_of: dict[str, str] = {}
    raw_titles: dict[str, object] = {}  # as written, to compare with the manifest
    if manifest["format_version"] == 1:
        _upgrade_from_version_1(tables)
    if manifest["format_version"] <= 2:  # no correction deadline before version 3
        for raw in tables.get("workshop", []):
            if isinstance(raw, dict):
                raw.setdefault("correction_deadline", None)
    if manifest["format_version"] <= 3:  # no words for a sector "other" before version 4
        for raw in tables.get("organization", []):
            if isinstance(raw, dict):
                raw.setdefault("sector_other", "")
    for table in TABLES:
        raw_rows = tables.get(table, [])
        if not isinstance(raw_rows, list):
            raise refusal(
                translate("Errors", "The bundle {name} is damaged: its data cannot be read."),
                name=name,
            )
        columns = columns_of(table)
        references = references_of(table)
        parsed = []
        for number, raw in enumerate(raw_rows, start=1):
            where = f"{table} #{number}"
            if not isinstance(raw, dict) or set(raw) != set(columns):
                raise refusal(
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
                raise refusal(
                    translate(
                        "Errors", "The bundle is damaged: {where} has a wrong value for {field}."
                    ),
                    where=where,
                    field="uuid",
                ) from None
            if uuid in where_of:
                raise refusal(
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
                        raise refusal(
                            translate(
                                "Errors",
                                "The bundle is damaged: {where} has a wrong value for {field}.",
                            ),
                            where=where,
                            field=column_name,
                        )
                    if value is None and not column.nullable:
                        raise refusal(
                            translate(
                                "Errors",
                                "The bundle is damaged: {where} has a wrong value for {field}.",
                            ),
                            where=where,
                            field=column_name,
                        )
                    values[column_name] = value
                else:
                    values[column_name] = load_value(column, value, where)
            try:
                values = apply_field_rules(table, values, now)
            except FieldRuleError as problem:
                raise refusal(
                    translate("Errors", "The bundle is damaged: {where}, {field}: {problem}"),
                    where=where,
                    field=problem.field,
                    problem=problem.problem,
                ) from None
            check_rules(table, values, where)
            parsed.append(values)
            if table == "workshop":
                raw_titles[uuid] = raw["title"]
        rows[table] = parsed
    # every reference must point to a row of the right table inside the bundle
    by_table = {t: {r["uuid"] for r in rows[t]} for t in TABLES}
    for table in TABLES:
        for column_name, target in references_of(table).items():
            for number, values in enumerate(rows[table], start=1):
                ref = values[column_name]
                if ref is not None and ref not in by_table[target]:
                    raise refusal(
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
    check_board(rows)
    workshop = manifest.get("workshop")
    if (
        not isinstance(workshop, dict)
        or workshop.get("uuid") not in by_table["workshop"]
        or not isinstance(workshop.get("title"), str)
    ):
        raise refusal(
            translate("Errors", "The bundle {name} is damaged: it names no workshop it holds."),
            name=name,
        )
    if raw_titles[workshop["uuid"]] != workshop["title"]:
        # What the preview announces must be what is imported.
        raise refusal(
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
        raise refusal(
            translate(
                "Errors",
                "The bundle {name} is damaged: the numbers of rows its manifest gives do not "
                "match its data.",
            ),
            name=name,
        )
    return Bundle(manifest, rows)


def _check_positions(rows: dict[str, list[dict]]) -> None:
    """Positions and counts must be values of their round's method, as the services require."""
    methods = {r["uuid"]: r["method"] for r in rows["round"]}
    for table in ("position", "round_count"):
        for number, values in enumerate(rows[table], start=1):
            try:
                consensus.check_value(methods[values["round_id"]], values["value"])
            except ValidationError as exc:
                raise refusal(
                    translate("Errors", "The bundle is damaged: {where}, {field}: {problem}"),
                    where=f"{table} #{number}",
                    field="value",
                    problem=str(exc),
                ) from None
