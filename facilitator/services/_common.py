"""Helpers shared by the services: fetching rows, cleaning and checking plain values."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from facilitator.errors import NotFoundError, ValidationError
from facilitator.i18n import translate

T = TypeVar("T")


MAX_ID = 2**63 - 1


def check_id(value, what: str) -> int:
    """An id as the database stores it: a whole number (not a bool, not text) in range."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
        raise ValidationError(
            translate("Errors", "{value} is not a valid {what} number.").format(
                value=str(value)[:40], what=what
            )
        )
    return value


def get_or_raise(session: Session, model: type[T], row_id: int, what: str) -> T:
    row = session.get(model, check_id(row_id, what))
    if row is None:
        raise NotFoundError(
            translate("Errors", "The {what} #{id} no longer exists.").format(what=what, id=row_id)
        )
    return row


def clean_text(value, field: str, label: str, *, required=False, max_length=None) -> str:
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


def check_aware(value, field: str, label: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(
            translate("Errors", "{label} must be a date and time.").format(label=label), field
        )
    if value.tzinfo is None:
        raise ValidationError(
            translate("Errors", "{label} has no time zone.").format(label=label), field
        )
    if not 1900 <= value.astimezone(UTC).year <= 2200:
        raise ValidationError(
            translate("Errors", "{label} is out of range (years 1900–2200).").format(label=label),
            field,
        )
    return value


def check_date(value, field: str, label: str) -> date:
    """A calendar date (not a date and time) between the years 1900 and 2200."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(
            translate("Errors", "{label} must be a date.").format(label=label), field
        )
    if not 1900 <= value.year <= 2200:
        raise ValidationError(
            translate("Errors", "{label} is out of range (years 1900–2200).").format(label=label),
            field,
        )
    return value


def check_bool(value, field: str, label: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(
            translate("Errors", "{label} must be yes or no.").format(label=label), field
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
                value=str(value)[:40], label=label
            ),
            field,
        ) from None


def unknown_fields(changes: dict, allowed: set[str]) -> None:
    extra = set(changes) - allowed
    if extra:
        # A programming error rather than user input; still a readable message.
        raise ValidationError(f"unknown field(s): {', '.join(sorted(extra))}")


def name_list(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        shown += translate("Errors", " and {n} more").format(n=len(names) - limit)
    return shown
