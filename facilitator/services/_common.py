"""Helpers shared by the services: fetching rows, cleaning and checking plain values."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from facilitator.errors import NotFoundError, ValidationError
from facilitator.i18n import translate

T = TypeVar("T")


def get_or_raise(session: Session, model: type[T], row_id: int, what: str) -> T:
    row = session.get(model, row_id)
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
    value = value.strip()
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
    if not 1900 <= value.year <= 2200:
        raise ValidationError(
            translate("Errors", "{label} is out of range (years 1900–2200).").format(label=label),
            field,
        )
    return value


def check_choice(value, enum_cls, field: str, label: str):
    try:
        return enum_cls(value)
    except ValueError:
        raise ValidationError(
            translate("Errors", "{value!r} is not a valid {label}.").format(
                value=value, label=label
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
