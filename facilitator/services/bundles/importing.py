"""Previewing and importing a bundle: every row matched by UUID as new, the same, or
differing (a conflict the user resolves); written in one unit of work or not at all.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from facilitator.errors import ConflictError, ValidationError
from facilitator.i18n import translate
from facilitator.services._common import shown
from facilitator.services.bundles import board_rules
from facilitator.services.bundles.reading import Bundle, parse_bundle
from facilitator.services.bundles.schema import (
    KEEP_MINE,
    TABLES,
    TAKE_THEIRS,
    columns_of,
    mapped_models,
    references_of,
    refusal,
    row_label,
)
from facilitator.store import Store

_NOT_COMPARED = {"created_at", "updated_at"}


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
    _bundle: Bundle = field(repr=False, compare=False)

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
        raise refusal(translate("Errors", "A conflict can only be resolved as mine or theirs."))
    return {c.uuid: choice for c in preview.conflicts}


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    workshop_id: int
    created: int
    updated: int
    matched: int


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return str(getattr(value, "value", value))


def _plan(session, bundle: Bundle):
    """Match every bundle row by UUID: new, the same, or a conflict (with the existing row)."""
    models = mapped_models()
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
        for column_name, target in references_of(table).items():
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

    bundle_labels = {v["uuid"]: row_label(t, v) for t in TABLES for v in bundle.rows[t]}

    def shown_reference(target: str, row_uuid: str | None, row_id: int | None) -> str:
        """A referenced row as a person reads it: its name or title, not its UUID."""
        if row_uuid is None:
            return ""
        if row_uuid in bundle_labels:
            return bundle_labels[row_uuid]
        row = session.get(models[target], row_id) if row_id is not None else None
        if row is None:
            return row_uuid
        return row_label(target, {c: getattr(row, c) for c in columns_of(target)})

    new: dict[str, int] = {}
    same: dict[str, int] = {}
    conflicts: list[RowConflict] = []
    for table in TABLES:
        references = references_of(table)
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
                        row_label(table, values),
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
    bundle = parse_bundle(path, (now or datetime.now(UTC)).astimezone(UTC))
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
            raise refusal(translate("Errors", "A conflict can only be resolved as mine or theirs."))
    unresolved = preview.unresolved(choices)
    if unresolved:
        raise ValidationError(
            translate(
                "Errors",
                "%n row(s) differ between this database and the bundle and no choice was made "
                "for them ({rows}); choose mine or theirs for each. Nothing was imported.",
                None,
                len(unresolved),
            ).format(
                rows=", ".join(f"{c.table} “{shown(c.label)}”" for c in unresolved[:3])
                + (
                    translate("Errors", " and {n} more").format(n=len(unresolved) - 3)
                    if len(unresolved) > 3
                    else ""
                ),
            ),
            "choices",
        )
    models = mapped_models()
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
        written = {
            values["uuid"]
            for table in TABLES
            for values in bundle.rows[table]
            if values["uuid"] not in existing[table]
            or (values["uuid"] in conflicting and choices.get(values["uuid"]) == TAKE_THEIRS)
        }
        board_rules.check_with_database(s, bundle.rows, existing, written)
        ids: dict[str, dict[str, int]] = {
            t: {u: row.id for u, row in existing[t].items()} for t in TABLES
        }
        for table in TABLES:
            model = models[table]
            references = references_of(table)
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
        board_rules.check_after_writing(s, bundle.rows, ids)
        workshop_id = ids["workshop"][preview.workshop_uuid]
    return ImportResult(workshop_id, created, updated, matched)
