"""The content of a workshop's minutes as canonical JSON, and back.

A minutes version stores the :class:`~facilitator.services.document_data.MinutesData`
it was made from, so the version prints the same whenever it is exported again,
in either language and format. The JSON is canonical (keys sorted, no spaces,
UTF-8 as is): the same content gives the same bytes, hence the same SHA-256.

Dataclass fields are read back by their type hints. A field added to the
dataclasses later gets its default when an older version is read; a field
without a default missing from a stored version makes the version unreadable,
which is reported with :class:`UnreadableContentError` rather than guessed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache

from facilitator.services.document_data import MinutesData

FORMAT = 1


class UnreadableContentError(ValueError):
    """A stored version's content does not match the minutes' structure."""


def _encode(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot store {type(value).__name__} in minutes content")


def to_json(data: MinutesData) -> str:
    """The canonical JSON of ``data``.

    The workshop's status is left out: the minutes do not print it, and finalising them
    changes it (to "minutes sent"), which must not make the final differ from itself.
    """
    recorded = dataclasses.replace(data, workshop=dataclasses.replace(data.workshop, status=""))
    return json.dumps(
        {"format": FORMAT, "minutes": _encode(recorded)},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def sha256_of(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


@cache
def _hints(cls) -> dict:
    return typing.get_type_hints(cls)


def _decode(kind, raw):
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        if raw is None:
            return None
        return _decode(options[0], raw)
    if origin is tuple:
        args = typing.get_args(kind)
        if not isinstance(raw, list):
            raise UnreadableContentError("a list was expected")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in raw)
        if len(args) != len(raw):
            raise UnreadableContentError("a list of another length was expected")
        return tuple(_decode(a, v) for a, v in zip(args, raw, strict=True))
    if dataclasses.is_dataclass(kind):
        if not isinstance(raw, dict):
            raise UnreadableContentError("a record was expected")
        hints = _hints(kind)
        values = {}
        for f in dataclasses.fields(kind):
            if f.name in raw:
                values[f.name] = _decode(hints[f.name], raw[f.name])
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise UnreadableContentError(f"{f.name} is missing")
        return kind(**values)
    try:
        if kind is datetime:
            value = datetime.fromisoformat(raw)
            if value.tzinfo is None:
                raise UnreadableContentError("a time without its zone")
            return value.astimezone(UTC)
        if kind is date:
            return date.fromisoformat(raw)
        if kind is Decimal:
            return Decimal(raw)
    except (TypeError, ValueError, InvalidOperation) as exc:
        raise UnreadableContentError(str(exc)) from exc
    if kind in (str, int, bool, float):
        if type(raw) is not kind and not (kind is float and type(raw) is int):
            raise UnreadableContentError(f"{kind.__name__} expected")
        return raw
    raise UnreadableContentError(f"unknown type {kind!r}")


def from_json(content: str) -> MinutesData:
    """The minutes data stored as ``content``; :class:`UnreadableContentError` when it is not."""
    try:
        document = json.loads(content)
    except (ValueError, RecursionError) as exc:
        raise UnreadableContentError("not JSON") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise UnreadableContentError("unknown format")
    return _decode(MinutesData, document.get("minutes"))


# Row ids of the database the content was read from: the same minutes read in another
# database (a workshop moved by a bundle) have other ids and the same everything else.
_ROW_IDS = frozenset({"id", "phase_id", "agenda_item_id"})


def _without_row_ids(value):
    if isinstance(value, dict):
        return {k: _without_row_ids(v) for k, v in value.items() if k not in _ROW_IDS}
    if isinstance(value, list):
        return [_without_row_ids(v) for v in value]
    return value


def comparable(value) -> str:
    """``value`` (minutes data or a part of it) as JSON without row ids: equal for the same
    minutes in any database. A note's agenda item counts by the item's title."""
    encoded = _encode(value)
    if isinstance(value, MinutesData):
        encoded["workshop"]["status"] = ""
        titles = {item.id: item.title for item in value.agenda}
        for note in encoded["notes"]:  # which item a note belongs to, by the item's title
            note["agenda_item"] = titles.get(note.get("agenda_item_id"), "")
    return json.dumps(
        _without_row_ids(encoded), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
