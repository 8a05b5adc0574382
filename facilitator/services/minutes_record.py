"""Minutes as numbered versions: drafts (v1, v2, …) and a frozen final.

Every version keeps the content its minutes were made from
(:mod:`facilitator.services.minutes_content`), so it prints the same text
whenever it is exported again, in either language and as PDF or Word:
commitment statuses as they were, notes as they were written then.

* Exporting the current draft records it as a version, numbered after the last,
  unless its content equals the last version's (then that version is printed
  again: nothing new to number).
* Finalising freezes the current content as the final, a new version with its own
  date (unless the last version is already that final). Its SHA-256 is the hash of
  the stored content. The workshop's status becomes "minutes sent". Versions are
  never changed once recorded.
* An edit after finalising makes the current content differ from the final: the
  next draft lists what changed since (:func:`changes_since`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from facilitator.errors import NotFoundError, ValidationError
from facilitator.i18n import translate
from facilitator.models.enums import WorkshopStatus
from facilitator.services._common import get_or_raise, lock_for_numbering
from facilitator.services.document_data import MinutesData, minutes_data
from facilitator.services.minutes_changes import Change, changes_between
from facilitator.services.minutes_content import (
    UnreadableContentError,
    comparable,
    from_json,
    sha256_of,
    to_json,
)
from facilitator.store import Store


@dataclass(frozen=True)
class VersionRow:
    """One recorded version of a workshop's minutes."""

    workshop_id: int
    number: int
    final: bool
    created_at: datetime  # UTC: the version's date
    sha256: str


@dataclass(frozen=True)
class MinutesVersion:
    """A version with what it prints: its data and, for a draft after a final, the changes."""

    row: VersionRow
    data: MinutesData
    # The final this draft is compared with, and what changed since ("" / () without one).
    since_final: int | None = None
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class MinutesStatus:
    """Where a workshop's minutes stand (``minutes status``)."""

    workshop_id: int
    title: str
    held: bool
    versions: tuple[VersionRow, ...]
    final: VersionRow | None  # the latest final
    # The version holding exactly today's content, if one does.
    current: VersionRow | None
    changes_since_final: tuple[Change, ...]
    data: MinutesData | None = None  # today's content (None: not held), read once here

    @property
    def next_number(self) -> int:
        return (self.versions[-1].number + 1) if self.versions else 1


def _models():
    from facilitator.models import MinutesVersion as Model
    from facilitator.models import Workshop

    return Model, Workshop


def _row(v) -> VersionRow:
    return VersionRow(v.workshop_id, v.number, bool(v.final), v.created_at, v.sha256)


def _what() -> str:
    return translate("Errors", "workshop")


def versions(store: Store, workshop_id: int) -> tuple[VersionRow, ...]:
    """The recorded versions of the minutes of ``workshop_id``, oldest first."""
    model, workshop = _models()
    with store.session() as s:
        get_or_raise(s, workshop, workshop_id, _what())
        rows = s.scalars(
            select(model).where(model.workshop_id == workshop_id).order_by(model.number)
        ).all()
        return tuple(_row(v) for v in rows)


def _load(row_content: str, number: int) -> MinutesData:
    try:
        return from_json(row_content)
    except UnreadableContentError as exc:
        raise ValidationError(
            translate(
                "Errors",
                "Version {number} of these minutes cannot be read: its stored content is "
                "damaged or was written by another version of Facilitator.",
            ).format(number=number),
            "version",
        ) from exc


def _stored(store: Store, workshop_id: int, number: int):
    model, workshop = _models()
    with store.session() as s:
        get_or_raise(s, workshop, workshop_id, _what())
        v = s.scalars(
            select(model).where(model.workshop_id == workshop_id, model.number == number)
        ).first()
        if v is None:
            raise NotFoundError(
                translate("Errors", "These minutes have no version {number}.").format(number=number)
            )
        return _row(v), v.content


def _final_before(store: Store, workshop_id: int, number: int) -> tuple[VersionRow, str] | None:
    """The latest final older than version ``number`` (with its content), if any."""
    model, _workshop = _models()
    with store.session() as s:
        v = s.scalars(
            select(model)
            .where(model.workshop_id == workshop_id, model.final, model.number < number)
            .order_by(model.number.desc())
            .limit(1)
        ).first()
        return (_row(v), v.content) if v is not None else None


def version(store: Store, workshop_id: int, number: int) -> MinutesVersion:
    """Version ``number`` as it was recorded, with its changes since the final before it."""
    row, content = _stored(store, workshop_id, number)
    data = _load(content, number)
    if row.final:
        return MinutesVersion(row, data)
    earlier = _final_before(store, workshop_id, number)
    if earlier is None:
        return MinutesVersion(row, data)
    final_row, final_content = earlier
    base = _load(final_content, final_row.number)
    return MinutesVersion(row, data, final_row.number, changes_between(base, data))


def latest_final(store: Store, workshop_id: int) -> MinutesVersion:
    model, _workshop = _models()
    with store.session() as s:
        number = s.scalar(
            select(func.max(model.number)).where(model.workshop_id == workshop_id, model.final)
        )
    if number is None:
        versions(store, workshop_id)  # an unknown workshop says so
        raise ValidationError(
            translate(
                "Errors",
                "These minutes have not been finalised yet: export the draft, or finalise "
                "them first.",
            ),
            "version",
        )
    return version(store, workshop_id, number)


def status(store: Store, workshop_id: int) -> MinutesStatus:
    """Versions, the final and whether today's content differs from them."""
    rows = versions(store, workshop_id)
    _model, workshop = _models()
    with store.session() as s:
        w = get_or_raise(s, workshop, workshop_id, _what())
        title = w.title
    try:
        data = minutes_data(store, workshop_id)
    except ValidationError:  # not held: no minutes yet
        return MinutesStatus(workshop_id, title, False, rows, None, None, ())
    final = next((r for r in reversed(rows) if r.final), None)
    # Only the last version can be today's: content that went back to an older version's
    # is numbered again (as an export would), never shown as that older number.
    current = None
    if rows and _same(store, workshop_id, rows[-1], data):
        current = rows[-1]
    changes: tuple[Change, ...] = ()
    if final is not None and not (current is not None and current.number == final.number):
        _final_row, final_content = _stored(store, workshop_id, final.number)
        changes = changes_between(_load(final_content, final.number), data)
    return MinutesStatus(workshop_id, title, True, rows, final, current, changes, data)


def _same(store: Store, workshop_id: int, row: VersionRow, data: MinutesData) -> bool:
    """Whether version ``row`` holds ``data`` (read here, or in the database it came from)."""
    if row.sha256 == sha256_of(to_json(data)):
        return True
    _row, content = _stored(store, workshop_id, row.number)
    try:
        return comparable(from_json(content)) == comparable(data)
    except UnreadableContentError:
        return False


def _record(
    store: Store, workshop_id: int, *, final: bool, at: datetime | None = None
) -> tuple[VersionRow, bool]:
    """Record today's content (as a final or a draft); returns (version, whether new).

    The number is taken under the workshop's numbering lock, and the content is read
    once the lock is held: two clients recording at once get v2 and v3, never two v2s,
    and a later number never holds older content. A workshop still in session has no
    versions yet: its minutes are numbered once the session has ended.
    """
    model, workshop = _models()
    with store.transaction() as s:
        lock_for_numbering(s, workshop, workshop_id)
        w = get_or_raise(s, workshop, workshop_id, _what())
        _refuse_in_session(w)
        data = minutes_data(store, workshop_id)  # refuses a workshop not held
        content = to_json(data)
        digest = sha256_of(content)
        last = s.scalars(
            select(model)
            .where(model.workshop_id == workshop_id)
            .order_by(model.number.desc())
            .limit(1)
        ).first()
        created = False
        # Versions never change once recorded; the same content is numbered again only
        # to make it the final (the draft sent, unchanged, becomes final v3 after v2).
        same = last is not None and (last.content == content or _same_content(last.content, data))
        if same and (last.final or not final):
            target = last
        else:
            target = model(
                workshop_id=workshop_id,
                number=(last.number + 1) if last is not None else 1,
                final=final,
                content=content,
                sha256=digest,
            )
            if at is not None:  # a demo's or an import's own date; else now
                target.created_at = at
            s.add(target)
            created = True
        if final:
            w.status = WorkshopStatus.MINUTES_SENT
        s.flush()
        return _row(target), created


def _refuse_in_session(w) -> None:
    if WorkshopStatus(w.status) is WorkshopStatus.IN_SESSION or (
        w.session_started_at is not None and w.session_ended_at is None
    ):
        raise ValidationError(
            translate(
                "Errors",
                "“{title}” is still in session: its minutes are numbered and finalised once "
                "the session has ended.",
            ).format(title=w.title),
            "workshop",
        )


def _same_content(stored: str, data: MinutesData) -> bool:
    try:
        return comparable(from_json(stored)) == comparable(data)
    except UnreadableContentError:
        return False


def record_draft(store: Store, workshop_id: int) -> MinutesVersion:
    """Today's content as a numbered version (the last one again if nothing changed)."""
    row, _created = _record(store, workshop_id, final=False)
    return version(store, workshop_id, row.number)


def finalize(
    store: Store, workshop_id: int, *, at: datetime | None = None
) -> tuple[MinutesVersion, bool]:
    """Freeze today's content as the final; returns it and whether anything changed
    (``False``: that content was already final). ``at``: the final's date (default now)."""
    before = status(store, workshop_id)
    if not before.held:
        minutes_data(store, workshop_id)  # raises the "not held yet" refusal
    already = before.current is not None and before.current.final
    row, _created = _record(store, workshop_id, final=True, at=at)
    return version(store, workshop_id, row.number), not already


def for_export(store: Store, workshop_id: int, which: str | int | None) -> MinutesVersion:
    """The version an export prints.

    ``None``: the latest final once there is one (an edit elsewhere, a later workshop's
    venue say, never turns sent minutes into a new draft unasked), else the current
    draft (recorded); ``"draft"``: the current draft, listing what changed since the
    final; ``"final"``: the latest final; a number: that version.
    """
    if which == "final":
        return latest_final(store, workshop_id)
    if isinstance(which, int):
        return version(store, workshop_id, which)
    if which is None and any(row.final for row in versions(store, workshop_id)):
        return latest_final(store, workshop_id)
    return record_draft(store, workshop_id)


def agenda_only(store: Store, workshop_id: int) -> MinutesData:
    """Minutes of a workshop not held yet, asked for explicitly: its details and planned
    agenda only (nothing recorded, no participants). Never recorded as a version."""
    from facilitator.services.document_data import agenda_data

    if status(store, workshop_id).held:
        raise ValidationError(
            translate(
                "Errors",
                "This workshop has been held: its minutes are made from what was recorded, "
                "not from its agenda alone.",
            ),
            "workshop",
        )
    handout = agenda_data(store, workshop_id)
    return MinutesData(
        workshop=handout.workshop,
        participants=(),
        agenda=handout.agenda,
        notes=(),
        decisions=(),
        commitments=(),
        next_workshop=None,
    )


def correction_deadline(store: Store, workshop_id: int):
    """The day corrections to the draft are due (``None``: none set)."""
    _model, workshop = _models()
    with store.session() as s:
        return get_or_raise(s, workshop, workshop_id, _what()).correction_deadline


def redact_person(session, names: set[str], contacts: set[str], placeholder: str) -> int:
    """Replace a person in every stored version of any minutes (part of anonymising them,
    in the caller's unit of work); returns how many versions changed.

    Erasure comes before the frozen record: a participant line of the person loses its
    contact details and position and takes the placeholder's name, and every field that
    names them (speaker, responsible person, moderator, rapporteur, reporter) takes the
    placeholder. The version's SHA-256 is that of its new content.
    """
    import json

    from sqlalchemy import or_

    model, _workshop = _models()
    names = {n for n in names if n}
    contacts = {c for c in contacts if c}
    if not names and not contacts:
        return 0
    needles = [model.content.contains(json.dumps(v, ensure_ascii=False)) for v in names | contacts]
    changed = 0
    for row in session.scalars(select(model).where(or_(*needles))):
        document = json.loads(row.content)

        def scrub(value):
            if isinstance(value, dict):
                if value.get("name") in names:  # a participant line
                    value = {**value, "name": placeholder, "email": "", "phone": ""}
                    value["position"] = ""
                return {k: scrub(v) for k, v in value.items()}
            if isinstance(value, list):
                return [scrub(v) for v in value]
            if isinstance(value, str):
                if value in names:
                    return placeholder
                if value in contacts:
                    return ""
            return value

        content = json.dumps(
            scrub(document), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )
        if content != row.content:
            row.content = content
            row.sha256 = sha256_of(content)
            changed += 1
    return changed
