"""What a bundle is made of: its format, the tables it carries read from the models, how
values are written and read back, and the rules every row is checked with.
"""

import hashlib
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import Boolean, Date, Enum, Integer, Numeric, String

from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.models.types import UTCDateTime
from facilitator.services._common import FIELD_RULES

FORMAT = "facilitator-bundle"
FORMAT_VERSION = 5
# Version 1 had no time zone per workshop: its workshops are read as held in the importing
# computer's zone, as the schema migration did for the workshops already in a database.
# Version 2 had no correction deadline, minutes versions or commitment reviews.
# Version 3 had fewer sectors and no words for "other" (organization.sector_other).
# Version 4 had no ideas, clusters or dot rounds: its workshops come without a board.
READABLE_VERSIONS = (1, 2, 3, 4, 5)
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
    "minutes_version",
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
    "commitment_review",
    "idea_cluster",
    "idea",
    "dot_round",
    "dot_vote",
)


def model_base():
    # The ORM classes load when a bundle is written or read, not when the app starts.
    from facilitator.models import Base

    return Base


_SKIPPED = {"id", "search_text"}  # local keys; derived search text


KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"


def refusal(text: str, **values) -> ValidationError:
    """``text`` is already translated (``translate("Errors", "literal")`` at each call,
    so pyside6-lupdate finds every message)."""
    return ValidationError(text.format(**values))


# -- the schema, read from the models ----------------------------------------------------


def mapped_models() -> dict[str, type]:
    return {m.local_table.name: m.class_ for m in model_base().registry.mappers}


def columns_of(table: str) -> dict:
    """Column name -> Column of a bundled table (without the skipped ones)."""
    return {
        c.name: c for c in model_base().metadata.tables[table].columns if c.name not in _SKIPPED
    }


def references_of(table: str) -> dict[str, str]:
    """Foreign-key column -> the table it refers to."""
    return {
        c.name: next(iter(c.foreign_keys)).column.table.name
        for c in model_base().metadata.tables[table].columns
        if c.foreign_keys
    }


# -- values --------------------------------------------------------------------------------


def dump_value(column, value):
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


def load_value(column, raw, where: str):
    """A value from the bundle, checked against the column's type."""
    kind = column.type

    def wrong():
        return refusal(
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


def rule_texts() -> dict[str, str]:
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
        "content_matches_hash": translate(
            "Errors", "its content does not match its SHA-256 (the record was altered)"
        ),
        "budget_positive": translate("Errors", "its voters have no dots"),
        "closed_after_opened": translate("Errors", "it is closed before it was opened"),
        "dots_positive": translate("Errors", "it puts no dots"),
        "one_target": translate("Errors", "it is not on exactly one idea or cluster"),
    }


def broken_rules(table: str, v: dict) -> list[str]:
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
        "minutes_version": {
            "number_positive": v.get("number") is None or v["number"] > 0,
            "content_matches_hash": not isinstance(v.get("content"), str)
            or hashlib.sha256(v["content"].encode("utf-8")).hexdigest() == v.get("sha256"),
        },
        "commitment": {
            "due_after_start": after(v.get("due_date"), v.get("start_date")),
            "quantity_has_unit": (v.get("quantity") is None) == (v.get("unit") is None),
            "quantity_not_negative": v.get("quantity") is None or v["quantity"] >= 0,
        },
        "dot_round": {
            "budget_positive": (v.get("budget") or 0) > 0,
            "closed_after_opened": v.get("closed_at") is None
            or (v.get("opened_at") is not None and v["closed_at"] >= v["opened_at"]),
        },
        "dot_vote": {
            "dots_positive": (v.get("dots") or 0) > 0,
            "one_target": (v.get("idea_id") is None) != (v.get("cluster_id") is None),
        },
    }.get(table, {})
    return [name for name, ok in checks.items() if not ok]


class FieldRuleError(Exception):
    """A value of a row breaks a field rule; the caller words it for import or export."""

    def __init__(self, field: str, problem: str):
        super().__init__(problem)
        self.field = field
        self.problem = problem


def _future_problem(column: str, when: datetime) -> FieldRuleError:
    return FieldRuleError(
        column,
        translate(
            "Errors",
            "it claims to have been written in the future ({when}); is the clock of the "
            "computer that wrote it wrong?",
        ).format(when=when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")),
    )


def apply_field_rules(table: str, values: dict, now: datetime) -> dict:
    """``values`` as the services would store them, or :class:`FieldRuleError`.

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
            raise FieldRuleError(column, str(exc)) from None
    for column in ("created_at", "updated_at"):
        when = cleaned.get(column)
        if when is not None and when > now + FUTURE_TOLERANCE:
            raise _future_problem(column, when)
    return cleaned


def check_rules(table: str, values: dict, where: str) -> None:
    """The schema's CHECK rules between fields (the database would refuse the row)."""
    broken = broken_rules(table, values)
    if broken:
        raise refusal(
            translate("Errors", "The bundle is damaged: {where} breaks a rule ({rule})."),
            where=where,
            rule=rule_texts()[broken[0]],
        )


def row_label(table: str, values: dict) -> str:
    """What names the row for a person: its title, name or text (shortened), else its UUID."""
    if table == "person":
        return f"{values.get('given_name', '')} {values.get('family_name', '')}".strip()
    if table == "minutes_version":
        return f"v{values.get('number')}"
    if table == "dot_round" and not values.get("question"):
        return f"#{values.get('number')}"
    for key in ("title", "name", "text", "value"):
        if values.get(key):
            return str(values[key])[:60]
    return values["uuid"]
