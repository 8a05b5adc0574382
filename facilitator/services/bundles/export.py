"""Writing a bundle: the workshop and everything it refers to, checked with the rules an
import applies, written atomically.
"""

import hashlib
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from facilitator import __version__
from facilitator.i18n import translate
from facilitator.services._common import check_id, get_or_raise, shown
from facilitator.services.bundles.schema import (
    DATA,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    TABLES,
    FieldRuleError,
    apply_field_rules,
    columns_of,
    dump_value,
    mapped_models,
    model_base,
    references_of,
    refusal,
    row_label,
)
from facilitator.store import Store


@dataclass(frozen=True)
class ExportResult:
    """What a bundle holds: the workshop and the number of rows per table."""

    path: Path
    workshop_title: str
    counts: dict[str, int]


def _collect(session, workshop_id: int) -> dict[str, dict[int, object]]:
    """The rows of one workshop and everything they refer to, by table and id."""
    models = mapped_models()
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
            for column, target in references_of(table).items():
                fk = next(iter(model_base().metadata.tables[table].c[column].foreign_keys))
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
        for column, target in references_of(table).items():
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
        columns = columns_of(table)
        references = references_of(table)
        out = []
        for row_id in sorted(rows[table]):
            row = rows[table][row_id]
            record = {}
            for name, column in columns.items():
                value = getattr(row, name)
                if name in references:
                    record[name] = None if value is None else uuids[references[name]][value]
                else:
                    record[name] = dump_value(column, value)
            out.append(record)
        tables[table] = out
    return tables


def _check_for_export(rows: dict[str, dict[int, object]]) -> None:
    """Refuse, naming the row, a value an import would refuse (stored before the rules)."""
    now = datetime.now(UTC)
    for table in TABLES:
        references = references_of(table)
        names = [c for c in columns_of(table) if c not in references]
        for row in rows[table].values():
            values = {name: getattr(row, name) for name in names}
            try:
                apply_field_rules(table, values, now)
            except FieldRuleError as problem:
                raise refusal(
                    translate(
                        "Errors",
                        "The workshop cannot be exported: {where}, {field}: {problem} "
                        "Correct it, then export again.",
                    ),
                    where=f"{table} “{shown(row_label(table, values))}”",
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
        raise refusal(
            translate("Errors", "Cannot write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    return ExportResult(path, title, counts)
