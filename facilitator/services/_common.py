"""Helpers shared by the services: fetching rows, and the one set of rules every stored value
keeps, whichever way it comes in (a window, the command line, an attendee list, a bundle).

The rules
---------

Text
    Valid Unicode (no lone surrogates), composed (NFC), without surrounding spaces, and
    without NUL or any other control character. Line breaks are written ``\\n`` (``\\r\\n``,
    ``\\r``, the Unicode line and paragraph separators and Word's vertical tab become
    ``\\n``). A *single-line* field (a name, a title: the ``String(n)`` columns) turns line
    breaks and tabs into spaces — a title pasted over two lines stays one title; a
    *multi-line* field (a note, a description, a goal: the ``Text`` columns) keeps line
    breaks and tabs. Every field has a maximum length.
Times
    Timezone-aware, between the years 1900 and 2200 in UTC. Such a time stays a valid
    date and time in every time zone; year 1 or 9999 falls off the calendar in some
    (``astimezone`` overflows), which once broke lists and documents for a whole database.
Dates
    Years 1900–2200.
Whole numbers
    Never a bool, within each field's bounds: planned minutes 0–600, a speaking time limit
    1–3600 seconds, counts and quorums 0–100 000, numbers in a series 1–9999, other
    positions and numbers 1–100 000.
Amounts
    Decimal, finite (no NaN, no infinity), 0 to 999 999 999 999.99 (the column holds twelve
    digits before the decimal comma), at most two decimals.
E-mail addresses
    Syntax checked by ``email-validator`` (no network), internationalised addresses
    included; the normalised form is stored. Addresses starting with ``=``, ``+``, ``-`` or
    ``@`` are refused too: a spreadsheet reads such a cell as a formula.

:data:`FIELD_RULES` names the rule of every stored field by table and column. The services
check what they are given with :func:`check_field` (or with the helpers below, which the
rules use), and the bundle importer checks every row it reads against the same rules.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from sqlalchemy.orm import Session

from facilitator.errors import NotFoundError, ValidationError
from facilitator.i18n import translate
from facilitator.models import enums
from facilitator.services._expected import (  # noqa: F401 - the services take them from here
    check_expected,
    check_seen,
    shown_now,
)

T = TypeVar("T")


MAX_ID = 2**63 - 1
MIN_YEAR = 1900
MAX_YEAR = 2200
MAX_MINUTES = 600  # an agenda item of ten hours is already a whole day
MAX_TURN_LIMIT_SECONDS = 3600
MAX_COUNT = 100_000  # people in a room, cards shown, a quorum
MAX_SERIES_NUMBER = 9999
MAX_ORDINAL = 100_000  # agenda positions, version, round and decision numbers
MAX_DOTS = 100  # dots one voter has in a dot round
# Numeric(14, 2): twelve digits before the decimal comma.
MAX_AMOUNT = Decimal("999999999999.99")
LONG_TEXT = 20_000  # a description longer than this is a document, not a field
LANGUAGES = ("tr", "en")

# Control characters other than tab and line feed, and the two non-characters XML refuses.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_LINE_BREAKS = str.maketrans(
    {"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
)
# A spreadsheet reads a cell starting with one of these as a formula.
# What a spreadsheet takes for the start of a formula: the ASCII signs, their full-width
# and small forms, and the minus sign (as the attendee-list writer neutralises them).
_FORMULA_START = tuple("=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212")


def check_id(value, what: str) -> int:
    """An id as the database stores it: a whole number (not a bool, not text) in range."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
        raise ValidationError(
            translate("Errors", "{value} is not a valid {what} number.").format(
                value=str(value)[:40], what=what
            )
        )
    return value


def lock_for_numbering(session: Session, model: type, row_id: int | None) -> None:
    """Hold the row ``row_id`` of ``model`` until the unit of work ends.

    Numbers given as MAX+1 under a parent row (a series' workshops, a
    workshop's decisions, a proposal's wordings and rounds) take this lock on
    the parent first, so two units of work can never hand out one number twice.
    On PostgreSQL it is ``SELECT … FOR UPDATE``; on SQLite every unit of work
    already holds the database's write lock from its first statement
    (``BEGIN IMMEDIATE``), and FOR UPDATE is left out of the SQL.
    """
    if row_id is not None:
        from sqlalchemy import select

        session.execute(select(model.id).where(model.id == row_id).with_for_update())


def get_or_raise(session: Session, model: type[T], row_id: int, what: str) -> T:
    row = session.get(model, check_id(row_id, what))
    if row is None:
        raise not_found(what, row_id)
    return row


def not_found(what: str, row_id: int) -> NotFoundError:
    """The error for a row that is not (or no longer) there."""
    return NotFoundError(
        translate("Errors", "The {what} #{id} no longer exists.").format(what=what, id=row_id)
    )


def shown(value, limit: int = 60) -> str:
    """A value as an error message may quote it: control and direction characters written
    as U+XXXX (an address ending in U+202E must not turn the message around), shortened."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return "".join(
        f"U+{ord(ch):04X}" if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") else ch
        for ch in text
    )


def clean_text(
    value, field: str, label: str, *, required=False, max_length=None, multiline=False
) -> str:
    """Text as it is stored: see the module's rules. ``multiline`` keeps line breaks."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(
            translate("Errors", "{label} must be text.").format(label=label), field
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            translate("Errors", "{label} contains characters that cannot be stored.").format(
                label=label
            ),
            field,
        ) from None
    value = value.replace("\r\n", "\n").translate(_LINE_BREAKS)
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    bad = _CONTROL.search(value)
    if bad is not None:
        raise ValidationError(
            translate(
                "Errors", "{label} contains a control character ({code}) that cannot be stored."
            ).format(label=label, code=f"U+{ord(bad.group()):04X}"),
            field,
        )
    # One form for the same text, however it was typed or pasted (e.g. from a Mac).
    value = unicodedata.normalize("NFC", value).strip()
    if required and not value:
        raise ValidationError(
            translate("Errors", "{label} cannot be empty.").format(label=label), field
        )
    if max_length is not None and len(value) > max_length:
        raise ValidationError(
            translate("Errors", "{label} is too long (at most {n} characters).").format(
                label=label, n=max_length
            ),
            field,
        )
    return value


def check_email(value, field: str, label: str) -> str:
    """An e-mail address in its normalised form, or "" for none; refused readably otherwise.

    Syntax only (``email-validator`` without a network look-up); internationalised
    addresses such as ``ayşe@örnek.com.tr`` are kept. Used by every path that stores one:
    the directory, attendee lists, bundles.
    """
    text = clean_text(value, field, label, max_length=254)
    if not text:
        return ""

    def refused() -> ValidationError:
        return ValidationError(
            translate("Errors", "“{email}” is not an e-mail address.").format(email=shown(text)),
            field,
        )

    if text.startswith(_FORMULA_START):
        raise refused()
    normalised = _email_syntax(text)
    if normalised is None or len(normalised) > 254:
        raise refused()
    return normalised


@functools.lru_cache(maxsize=16_384)
def _email_syntax(text: str) -> str | None:
    """``text`` normalised by email-validator (syntax only), or None when it is no address.

    Remembered: an import checks each address when it previews the file and again when
    it writes, and the answer for one text never changes.
    """
    from email_validator import EmailNotValidError, validate_email  # loads when first needed

    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def forget_checked_emails() -> None:
    """Forget the addresses checked so far (a benchmark measures each run as a new file)."""
    _email_syntax.cache_clear()


def _out_of_range(field: str, label: str) -> ValidationError:
    return ValidationError(
        translate("Errors", "{label} is out of range (years 1900–2200).").format(label=label),
        field,
    )


def check_aware(value, field: str, label: str) -> datetime:
    """A timezone-aware date and time whose UTC year is 1900–2200 (valid in every zone)."""
    if not isinstance(value, datetime):
        raise ValidationError(
            translate("Errors", "{label} must be a date and time.").format(label=label), field
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            translate("Errors", "{label} has no time zone.").format(label=label), field
        )
    try:
        utc = value.astimezone(UTC)
    except (OverflowError, ValueError):  # year 1 or 9999 moved past the calendar's edge
        raise _out_of_range(field, label) from None
    if not MIN_YEAR <= utc.year <= MAX_YEAR:
        raise _out_of_range(field, label)
    return value


def check_date(value, field: str, label: str) -> date:
    """A calendar date (not a date and time) between the years 1900 and 2200."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(
            translate("Errors", "{label} must be a date.").format(label=label), field
        )
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise _out_of_range(field, label)
    return value


def check_whole(
    value, field: str, label: str, minimum: int, maximum: int, message: str | None = None
) -> int:
    """A whole number (not a bool, not text) from ``minimum`` to ``maximum``.

    ``message`` (translated, with ``{n}`` for the maximum) says it better for one field.
    """
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        if message is None:
            message = translate("Errors", "{label} must be a whole number from {low} to {high}.")
        raise ValidationError(
            message.format(label=label, low=minimum, high=maximum, n=maximum), field
        )
    return value


def check_amount(value, field: str, label: str) -> Decimal | None:
    """An amount or quantity: None (or "") for none, else a finite Decimal from 0 to
    :data:`MAX_AMOUNT` with at most two decimals. Text may use a decimal point and spaces."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValidationError(
            translate("Errors", "{label} must be a number.").format(label=label), field
        )
    try:
        # Through str(): a float gives the number it prints as, not its binary expansion.
        number = Decimal(str(value).strip().replace(" ", ""))
    except InvalidOperation:
        raise ValidationError(
            translate("Errors", "{label} must be a number.").format(label=label), field
        ) from None
    if not number.is_finite():  # NaN, Infinity, or a float such as 1e400 read as inf
        raise ValidationError(
            translate("Errors", "{label} must be a number.").format(label=label), field
        )
    if number < 0:
        raise ValidationError(
            translate("Errors", "{label} cannot be negative.").format(label=label), field
        )
    if number > MAX_AMOUNT:
        raise ValidationError(
            translate("Errors", "{label} is too large.").format(label=label), field
        )
    if number != number.quantize(Decimal("0.01")):
        raise ValidationError(
            translate("Errors", "{label} can have at most two decimals.").format(label=label),
            field,
        )
    return number.quantize(Decimal("0.01"))


def check_bool(value, field: str, label: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(
            translate("Errors", "{label} must be yes or no.").format(label=label), field
        )
    return value


MAX_RECORD = 16 * 1024 * 1024  # characters of a minutes version's stored content


def check_record(value, field: str) -> str:
    """A minutes version's stored content: JSON text, kept exactly as it is (its hash
    is of these very characters)."""
    import json

    if not isinstance(value, str) or not value or len(value) > MAX_RECORD:
        raise ValidationError(translate("Errors", "The stored minutes are not readable."), field)
    try:
        json.loads(value)
    except (ValueError, RecursionError) as exc:
        raise ValidationError(
            translate("Errors", "The stored minutes are not readable."), field
        ) from exc
    return value


def check_digest(value, field: str) -> str:
    """A SHA-256 as 64 lowercase hexadecimal digits."""
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise ValidationError(
            translate("Errors", "The SHA-256 is not 64 hexadecimal digits."), field
        )
    return value


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def check_uuid(value, field: str, *, optional: bool = False) -> str | None:
    """A UUID as the rows' ``uuid`` columns hold it (lower-case, hyphenated)."""
    if value is None and optional:
        return None
    if isinstance(value, str) and _UUID.match(value):
        return value
    raise ValidationError(
        translate("Errors", "“{value}” is not a record identifier.").format(value=shown(value, 40)),
        field,
    )


def check_language(value, field: str = "language", label: str = "") -> str:
    if value not in LANGUAGES:
        raise ValidationError(
            translate("Errors", "The language must be Turkish (tr) or English (en)."), field
        )
    return value


def check_time_zone(value, field: str = "time_zone", label: str = "") -> str:
    from facilitator.zones import is_zone

    if not is_zone(value):
        shown = value if isinstance(value, str) else repr(value)
        raise ValidationError(
            translate(
                "Errors",
                "“{zone}” is not a time zone; use a name such as Europe/Istanbul.",
            ).format(zone=shown[:80]),
            field,
        )
    return value


def clean_query(query) -> str:
    """A search as typed: text, and not longer than anyone types."""
    if query is None:
        return ""
    if not isinstance(query, str):
        raise ValidationError(translate("Errors", "A search must be text."))
    return query[:200]


def check_choice(value, enum_cls, field: str, label: str):
    try:
        return enum_cls(value)
    except ValueError:
        raise ValidationError(
            translate("Errors", "“{value}” is not a valid {label}.").format(
                value=shown(value, 40), label=label
            ),
            field,
        ) from None


def unknown_fields(changes: dict, allowed: set[str]) -> None:
    extra = set(changes) - allowed
    if extra:
        # A programming error rather than user input; still a readable message.
        raise ValidationError(f"unknown field(s): {', '.join(sorted(extra))}")


def name_list(names: list[str], limit: int = 3) -> str:
    shown_names = ", ".join(names[:limit])
    if len(names) > limit:
        shown_names += translate("Errors", " and {n} more").format(n=len(names) - limit)
    return shown_names


# -- the rule of every stored field ----------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """Text of at most ``max_length`` characters; ``multiline`` keeps line breaks."""

    max_length: int
    multiline: bool = False
    required: bool = False

    def check(self, value, field: str, label: str) -> str:
        return clean_text(
            value,
            field,
            label,
            required=self.required,
            max_length=self.max_length,
            multiline=self.multiline,
        )


@dataclass(frozen=True)
class Whole:
    """A whole number from ``minimum`` to ``maximum``; None too when ``optional``.

    ``message`` gives the field's own refusal (translated when called)."""

    minimum: int
    maximum: int
    optional: bool = False
    message: Callable[[], str] | None = None

    def check(self, value, field: str, label: str) -> int | None:
        if value is None and self.optional:
            return None
        message = self.message() if self.message is not None else None
        return check_whole(value, field, label, self.minimum, self.maximum, message)


def _minutes_message() -> str:
    return translate("Errors", "Planned minutes must be a whole number from 0 to {n}.")


def _limit_message() -> str:
    return translate(
        "Errors", "A speaking time limit must be a whole number of seconds from 1 to {n}."
    )


def _count_message() -> str:
    return translate("Errors", "A count must be a whole number from 0 to {n}.")


def _quorum_message() -> str:
    return translate("Errors", "A quorum must be a whole number from 0 to {n}.")


def _budget_message() -> str:
    return translate("Errors", "The dots each voter has must be a whole number from 1 to {n}.")


def _series_number_message() -> str:
    return translate("Errors", "The number in the series must be between 1 and 9999.")


@dataclass(frozen=True)
class Moment:
    """A timezone-aware date and time in the years 1900–2200."""

    optional: bool = False

    def check(self, value, field: str, label: str) -> datetime | None:
        if value is None and self.optional:
            return None
        return check_aware(value, field, label)


@dataclass(frozen=True)
class Day:
    """A calendar date in the years 1900–2200 (always optional)."""

    def check(self, value, field: str, label: str) -> date | None:
        return None if value is None else check_date(value, field, label)


@dataclass(frozen=True)
class Checked:
    """A rule that is one of the checking functions above (amounts, e-mail addresses,
    yes/no, the language), each refusing with a readable message."""

    function: Callable

    def check(self, value, field: str, label: str):
        return self.function(value, field, label)


@dataclass(frozen=True)
class Choice:
    """One value of a closed vocabulary; None too when ``optional``."""

    enum_cls: type
    optional: bool = False

    def check(self, value, field: str, label: str):
        if value is None and self.optional:
            return None
        return check_choice(value, self.enum_cls, field, label)


_NAME = Text(300, required=True)
_LONG = Text(LONG_TEXT, multiline=True)
_WHEN = Moment()
_MAYBE_WHEN = Moment(optional=True)
_BOOKKEEPING = {"created_at": _WHEN, "updated_at": _WHEN}

# The rule of every stored field, by table and column (references to other rows are checked
# as references; ``uuid`` and ``id`` by the code that reads them).
FIELD_RULES: dict[str, dict[str, object]] = {
    "organization": {
        "name": _NAME,
        "short_name": Text(60),
        "sector": Choice(enums.Sector),
        "sector_other": Text(120),
        "city": Text(120),
        "website": Text(300),
    },
    "person": {
        "honorific": Text(40),
        "given_name": Text(120, required=True),
        "family_name": Text(120),
        "position": Text(200),
        "email": Checked(check_email),
        "phone": Text(60),
        "contact_consent": Checked(check_bool),
        "consent_date": Day(),
    },
    "series": {"title": _NAME, "description": _LONG},
    "phase": {"title": _NAME, "target_date": Day(), "description": _LONG},
    "workshop": {
        "number": Whole(1, MAX_SERIES_NUMBER, optional=True, message=_series_number_message),
        "title": _NAME,
        "guiding_question": _LONG,
        "planned_start": _WHEN,
        "planned_end": _WHEN,
        "venue_name": Text(300),
        "venue_address": _LONG,
        "language": Checked(check_language),
        "time_zone": Checked(check_time_zone),
        "status": Choice(enums.WorkshopStatus),
        "objectives": _LONG,
        "session_started_at": _MAYBE_WHEN,
        "session_ended_at": _MAYBE_WHEN,
        "correction_deadline": Day(),
    },
    "agenda_item": {
        "position": Whole(1, MAX_ORDINAL),
        "title": _NAME,
        "kind": Choice(enums.AgendaKind),
        "planned_minutes": Whole(0, MAX_MINUTES, message=_minutes_message),
        "goal": Text(2_000, multiline=True),
        "actual_start": _MAYBE_WHEN,
        "actual_end": _MAYBE_WHEN,
    },
    "agenda_template": {"name": Text(200, required=True)},
    "agenda_template_item": {
        "position": Whole(1, MAX_ORDINAL),
        "title": _NAME,
        "kind": Choice(enums.AgendaKind),
        "planned_minutes": Whole(0, MAX_MINUTES, message=_minutes_message),
        "goal": Text(2_000, multiline=True),
    },
    "participation": {
        "role": Choice(enums.Role),
        "invitation": Choice(enums.Invitation),
        "attendance": Choice(enums.Attendance),
        "arrived_at": _MAYBE_WHEN,
    },
    "note": {
        "kind": Choice(enums.NoteKind),
        "text": Text(10_000, multiline=True, required=True),
        "noted_at": _WHEN,
    },
    "speaker_turn": {
        "requested_at": _WHEN,
        "started_at": _MAYBE_WHEN,
        "ended_at": _MAYBE_WHEN,
        "limit_seconds": Whole(1, MAX_TURN_LIMIT_SECONDS, optional=True, message=_limit_message),
    },
    "proposal": {
        "title": _NAME,
        "method": Choice(enums.DecisionMethod),
        "voice": Choice(enums.Voice),
        "outcome": Choice(enums.Outcome, optional=True),
        "outcome_statement": Text(5_000, multiline=True),
        "override_reason": Text(2_000, multiline=True),
        "review_date": Day(),
        "decided_at": _MAYBE_WHEN,
        "decision_number": Whole(1, MAX_ORDINAL, optional=True),
    },
    "proposal_version": {
        "number": Whole(1, MAX_ORDINAL),
        "text": Text(10_000, multiline=True, required=True),
    },
    "round": {
        "number": Whole(1, MAX_ORDINAL),
        "method": Choice(enums.DecisionMethod),
        "voice": Choice(enums.Voice),
        "quorum": Whole(0, MAX_COUNT, optional=True, message=_quorum_message),
        "threshold": Choice(enums.Threshold, optional=True),
        "opened_at": _MAYBE_WHEN,
        "closed_at": _MAYBE_WHEN,
        "proposed_outcome": Choice(enums.Outcome, optional=True),
    },
    "position": {
        "value": Text(40, required=True),
        "reason": Text(2_000, multiline=True),
    },
    "round_count": {
        "value": Text(40, required=True),
        "count": Whole(0, MAX_COUNT, message=_count_message),
    },
    "commitment": {
        "title": Text(2_000, multiline=True, required=True),
        "contribution_type": Choice(enums.ContributionType),
        "quantity": Checked(check_amount),
        "unit": Choice(enums.QuantityUnit, optional=True),
        "start_date": Day(),
        "due_date": Day(),
        "status": Choice(enums.CommitmentStatus),
        "reviewed_at": _MAYBE_WHEN,
    },
    "commitment_review": {
        "status_before": Choice(enums.CommitmentStatus),
        "status_after": Choice(enums.CommitmentStatus),
        "reviewed_at": _WHEN,
        "remark": Text(2_000, multiline=True),
    },
    "idea_cluster": {"name": Text(200, required=True), "position": Whole(1, MAX_ORDINAL)},
    "idea": {
        "text": Text(10_000, multiline=True, required=True),
        "note_uuid": Checked(lambda value, field, label: check_uuid(value, field, optional=True)),
        "added_at": _WHEN,
    },
    "room_idea": {"text": Text(500, multiline=True, required=True)},
    "dot_round": {
        "number": Whole(1, MAX_ORDINAL),
        "question": Text(300),
        "voice": Choice(enums.Voice),
        "budget": Whole(1, MAX_DOTS, message=_budget_message),
        "on_clusters": Checked(check_bool),
        "opened_at": _MAYBE_WHEN,
        "closed_at": _MAYBE_WHEN,
    },
    "dot_vote": {"dots": Whole(1, MAX_COUNT)},  # "from 0", the count message, would mislead
    "minutes_version": {
        "number": Whole(1, MAX_ORDINAL),
        "final": Checked(check_bool),
        "content": Checked(lambda value, field, label: check_record(value, field)),
        "sha256": Checked(lambda value, field, label: check_digest(value, field)),
    },
}
for _columns in FIELD_RULES.values():
    for _name, _rule in _BOOKKEEPING.items():
        _columns.setdefault(_name, _rule)


def field_rule(table: str, column: str):
    """The rule a stored field keeps (see :data:`FIELD_RULES`)."""
    return FIELD_RULES[table][column]


def check_field(table: str, column: str, value, label: str):
    """``value`` as ``table.column`` stores it, or a readable :class:`ValidationError`."""
    return FIELD_RULES[table][column].check(value, column, label)


def check_fields(table: str, changes: dict, labels: dict[str, str]) -> dict:
    """Each of ``changes`` that ``labels`` names, as ``table`` stores it (see check_field)."""
    return {
        key: check_field(table, key, changes[key], label)
        for key, label in labels.items()
        if key in changes
    }
