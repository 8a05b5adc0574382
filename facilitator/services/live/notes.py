"""Quick notes taken during the session: the feed, editing, deleting and bringing back."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, NotFoundError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    AgendaItem,
    Idea,
    Note,
    NoteKind,
    Organization,
    Participation,
    Person,
    Proposal,
)
from facilitator.services import attendees
from facilitator.services._common import (
    check_aware,
    check_expected,
    check_field,
    check_id,
    field_rule,
    get_or_raise,
    unknown_fields,
)
from facilitator.services.live.base import current_item_id, load_workshop, person_name
from facilitator.services.live.checkin import (
    MarkedPresent,
    ensure_present,
    mark_present_again,
    unmark_present,
)
from facilitator.services.live.clock import check_now
from facilitator.services.live.rows import NoteRow, NoteSnapshot
from facilitator.store import Store

# The limit of the shared field rule (the live screen limits typing to it).
NOTE_LENGTH = field_rule("note", "text").max_length


_NOTE_FIELDS = {"text", "kind", "speaker_id", "agenda_item_id", "noted_at"}


def _note_select():
    return (
        select(
            Note.id,
            Note.uuid,
            Note.workshop_id,
            Note.agenda_item_id,
            Note.kind,
            Note.text,
            Note.speaker_id,
            Person.honorific,
            Person.given_name,
            Person.family_name,
            Organization.name,
            Note.noted_at,
            Organization.short_name,
        )
        .select_from(Note)
        .outerjoin(Person, Person.id == Note.speaker_id)
        .outerjoin(
            Participation,
            and_(
                Participation.workshop_id == Note.workshop_id,
                Participation.person_id == Note.speaker_id,
            ),
        )
        .outerjoin(Organization, Organization.id == Participation.organization_id)
    )


def _note_rows(result) -> list[NoteRow]:
    # Positional unpacking and one name per speaker: a feed of thousands reads in a blink.
    names: dict[int, str] = {}
    rows = []
    for (
        nid,
        uuid,
        wid,
        item_id,
        kind,
        text,
        speaker_id,
        hon,
        given,
        family,
        org,
        at,
        short,
    ) in result:
        if speaker_id is None:
            name = ""
        elif speaker_id in names:
            name = names[speaker_id]
        else:
            name = names[speaker_id] = person_name(hon, given, family)
        rows.append(
            NoteRow(
                id=nid,
                uuid=uuid,
                workshop_id=wid,
                agenda_item_id=item_id,
                kind=NoteKind(kind),
                text=text,
                speaker_id=speaker_id,
                speaker_name=name,
                organization_name=org or "",
                noted_at=at.astimezone(UTC),
                organization_short_name=short or "",
            )
        )
    return rows


def _read_note(session: Session, note_id: int) -> NoteRow:
    session.flush()
    return _note_rows(session.execute(_note_select().where(Note.id == note_id)))[0]


def _clean_note(session: Session, workshop_id: int, changes: dict) -> dict:
    unknown_fields(changes, _NOTE_FIELDS)
    cleaned: dict = {}
    if "text" in changes:
        cleaned["text"] = check_field("note", "text", changes["text"], translate("Fields", "Note"))
    if "kind" in changes:
        cleaned["kind"] = check_field(
            "note", "kind", changes["kind"], translate("Fields", "kind of note")
        )
    if "speaker_id" in changes:
        speaker_id = changes["speaker_id"]
        if speaker_id is not None:
            attendees.attending_person(session, workshop_id, speaker_id, "speaker_id")
        cleaned["speaker_id"] = speaker_id
    if "agenda_item_id" in changes:
        item_id = changes["agenda_item_id"]
        if item_id is not None:
            item = get_or_raise(session, AgendaItem, item_id, translate("Errors", "agenda item"))
            if item.workshop_id != workshop_id:
                raise ValidationError(
                    translate("Errors", "The agenda item “{title}” is not on this agenda.").format(
                        title=item.title
                    ),
                    "agenda_item_id",
                )
        cleaned["agenda_item_id"] = item_id
    if "noted_at" in changes:
        cleaned["noted_at"] = _clean_time(changes["noted_at"])
    return cleaned


def _clean_time(value) -> datetime:
    """When a note was taken: timezone-aware (shown in local time, stored in UTC)."""
    return check_aware(value, "noted_at", translate("Fields", "Time")).astimezone(UTC)


def add_note(
    store: Store,
    workshop_id: int,
    text: str,
    *,
    kind: NoteKind | str = NoteKind.POINT,
    speaker_id: int | None = None,
    agenda_item_id: int | None = None,
    now: datetime,
) -> NoteRow:
    """Save a note, on the current agenda item unless another is given; returns it as shown.

    The speaker, when given, must attend the workshop. The text is kept as typed
    (markup characters included); only surrounding spaces are dropped. Notes
    can be taken before, during and after the session.
    """
    now = check_now(now)
    with store.transaction() as s:
        return _insert_note(s, workshop_id, text, kind, speaker_id, agenda_item_id, now)


def _insert_note(
    s: Session, workshop_id: int, text, kind, speaker_id, agenda_item_id, now: datetime
) -> NoteRow:
    load_workshop(s, workshop_id)
    changes = {"text": text, "kind": kind, "speaker_id": speaker_id}
    if agenda_item_id is not None:
        changes["agenda_item_id"] = agenda_item_id
    values = _clean_note(s, workshop_id, changes)
    if agenda_item_id is None:
        values["agenda_item_id"] = current_item_id(s, workshop_id)
    note = Note(workshop_id=workshop_id, noted_at=now, **values)
    s.add(note)
    s.flush()
    return _read_note(s, note.id)


def add_note_marking_present(
    store: Store,
    workshop_id: int,
    text: str,
    *,
    kind: NoteKind | str = NoteKind.POINT,
    speaker_id: int | None = None,
    now: datetime,
) -> tuple[NoteRow, MarkedPresent | None]:
    """:func:`add_note` on the live screen: a speaker not yet checked in spoke, so they are
    marked present in the same commit; returns the note and what their attendance was
    (None when nothing changed), for the status line and the undo."""
    now = check_now(now)
    with store.transaction() as s:
        row = _insert_note(s, workshop_id, text, kind, speaker_id, None, now)
        marked = ensure_present(s, workshop_id, speaker_id, now) if speaker_id else None
        return row, marked


def delete_note_unmarking(
    store: Store, note_id: int, marked: MarkedPresent | None, *, expect: dict | None = None
) -> NoteSnapshot:
    """The undo of :func:`add_note_marking_present`: the note goes and, in the same commit,
    the attendance returns to what it was (unless it was changed since: then it stays)."""
    with store.transaction() as s:
        snapshot = _delete_note(s, note_id, expect)
        if marked is not None:
            unmark_present(s, marked)
        return snapshot


def restore_note_marking(
    store: Store, snapshot: NoteSnapshot, marked: MarkedPresent | None
) -> NoteRow:
    """The redo of :func:`add_note_marking_present`: the note back and its speaker present."""
    with store.transaction() as s:
        row = _restore_note(s, snapshot)
        if marked is not None:
            mark_present_again(s, marked)
        return row


def _note(session: Session, note_id: int) -> Note:
    return get_or_raise(session, Note, note_id, translate("Errors", "note"))


def _check_note(note: Note, expect: dict | None, *, edit: bool = False) -> None:
    """Refuse (:class:`StaleEditError`) when ``note`` no longer holds ``expect`` (its text
    and kind as stored, ``speaker_id``, ``agenda_item_id``, ``noted_at``): changed
    elsewhere since."""
    if not expect:
        return
    unknown_fields(expect, _NOTE_FIELDS)
    labels = {
        "text": translate("Fields", "Note"),
        "kind": translate("Fields", "kind of note"),
        "speaker_id": translate("Fields", "speaker"),
        "agenda_item_id": translate("Errors", "agenda item"),
        "noted_at": translate("Fields", "Time"),
    }
    expected = dict(expect)
    for key in ("text", "kind"):
        if key in expected:
            expected[key] = check_field("note", key, expected[key], labels[key])
    if "noted_at" in expected:
        expected["noted_at"] = _clean_time(expected["noted_at"])
    check_expected(note, expected, labels, edit=edit)


def _apply(s: Session, note: Note, changes: dict) -> None:
    """Write ``changes`` to the note, and to its card on the ideas board if it has one (the
    card keeps the note's words and speaker, also once the note is deleted)."""
    cleaned = _clean_note(s, note.workshop_id, changes)
    for key, value in cleaned.items():
        setattr(note, key, value)
    card = s.scalar(select(Idea).where(Idea.note_uuid == note.uuid))
    if card is None:
        return
    card.text = note.text
    if "speaker_id" in cleaned:
        card.author_id = note.speaker_id
        card.organization_id = (
            s.scalar(
                select(Participation.organization_id).where(
                    Participation.workshop_id == note.workshop_id,
                    Participation.person_id == note.speaker_id,
                )
            )
            if note.speaker_id is not None
            else None
        )


def edit_note(
    store: Store,
    note_id: int,
    *,
    expect: dict | None = None,
    seen: dict | None = None,
    **changes,
) -> NoteRow:
    """Change a note's ``text``, ``kind``, ``speaker_id`` (None: anonymous), ``agenda_item_id``
    (None: on no item), ``noted_at`` (when it was taken, timezone-aware).

    ``expect`` (an undo's or redo's): the values the note must still hold, else
    :class:`StaleEditError` and nothing changes. ``seen`` (a first edit's): the values the
    user saw, else :class:`ChangedElsewhereError` ("changed by another user").
    """
    with store.transaction() as s:
        note = _note(s, note_id)
        _check_note(note, expect)
        _check_note(note, seen, edit=True)
        _apply(s, note, changes)
        return _read_note(s, note.id)


def edit_note_marking_present(
    store: Store, note_id: int, *, now: datetime, expect: dict | None = None, **changes
) -> tuple[NoteRow, MarkedPresent | None]:
    """:func:`edit_note` on the live screen: a note given to a speaker not yet checked in
    marks them present in the same commit; returns the note and what their attendance was
    (None when nothing changed), for the status line and the undo."""
    now = check_now(now)
    with store.transaction() as s:
        note = _note(s, note_id)
        _check_note(note, expect)
        _apply(s, note, changes)
        speaker_id = note.speaker_id if "speaker_id" in changes else None
        marked = ensure_present(s, note.workshop_id, speaker_id, now) if speaker_id else None
        return _read_note(s, note.id), marked


def edit_note_unmarking(
    store: Store,
    note_id: int,
    marked: MarkedPresent | None,
    *,
    expect: dict | None = None,
    again: bool = False,
    **changes,
) -> NoteRow:
    """The undo (``again`` False: the attendance as it was, unless changed since) or the
    redo (``again``: present again) of :func:`edit_note_marking_present`, with the note's
    ``changes``, in one commit; ``expect`` as for :func:`edit_note`."""
    with store.transaction() as s:
        note = _note(s, note_id)
        _check_note(note, expect)
        _apply(s, note, changes)
        if marked is not None:
            (mark_present_again if again else unmark_present)(s, marked)
        return _read_note(s, note.id)


def send_to_parking_lot(store: Store, note_id: int, *, expect: dict | None = None) -> NoteRow:
    """Move a note to the parking lot (its kind becomes "parking lot"); ``expect`` as for
    :func:`edit_note`."""
    return edit_note(store, note_id, expect=expect, kind=NoteKind.PARKING_LOT)


def delete_note(store: Store, note_id: int, *, expect: dict | None = None) -> NoteSnapshot:
    """Delete a note; returns what :func:`restore_note` needs to bring it back exactly.

    ``expect`` (the redo of a deletion): the values the note must still hold, as for
    :func:`edit_note`, else :class:`StaleEditError` and it stays.
    """
    with store.transaction() as s:
        return _delete_note(s, note_id, expect)


def _delete_note(s: Session, note_id: int, expect: dict | None) -> NoteSnapshot:
    note = _note(s, note_id)
    _check_note(note, expect)
    columns = [c.key for c in Note.__mapper__.column_attrs]
    values = {key: getattr(note, key) for key in columns}
    proposal_ids = tuple(s.scalars(select(Proposal.id).where(Proposal.source_note_id == note.id)))
    s.delete(note)
    return NoteSnapshot(values, proposal_ids)


def note_id_of(store: Store, uuid: str) -> int:
    """The current id of the note with this uuid; a note brought back may have a new id."""
    with store.session() as s:
        note_id = s.scalar(select(Note.id).where(Note.uuid == uuid))
    if note_id is None:
        raise NotFoundError(translate("Errors", "That note no longer exists."))
    return note_id


def restore_note(store: Store, snapshot: NoteSnapshot) -> NoteRow:
    """Bring a deleted note back (same uuid; same id unless a newer note took it meanwhile),
    and re-link the proposals made from it."""
    with store.transaction() as s:
        return _restore_note(s, snapshot)


def _restore_note(s: Session, snapshot: NoteSnapshot) -> NoteRow:
    values = dict(snapshot.values)
    load_workshop(s, values["workshop_id"])
    if s.scalar(select(Note.id).where(Note.uuid == values["uuid"])) is not None:
        raise ConflictError(translate("Errors", "That note is already there."))
    if s.get(Note, values["id"]) is not None:
        # SQLite hands a deleted row's id to the next insert; the newer note keeps it.
        del values["id"]
    # What it pointed to may have gone meanwhile; the note itself comes back.
    if values.get("agenda_item_id") is not None and (
        s.get(AgendaItem, values["agenda_item_id"]) is None
    ):
        values["agenda_item_id"] = None
    if values.get("speaker_id") is not None and s.get(Person, values["speaker_id"]) is None:
        values["speaker_id"] = None
    note = Note(**values)
    s.add(note)
    s.flush()
    values["id"] = note.id
    if snapshot.proposal_ids:
        for proposal in s.scalars(
            select(Proposal).where(
                Proposal.id.in_(snapshot.proposal_ids), Proposal.source_note_id.is_(None)
            )
        ):
            proposal.source_note_id = values["id"]
    return _read_note(s, values["id"])


def delete_notes(
    store: Store, note_ids: list[int], *, expect: dict[int, dict] | None = None
) -> list[NoteSnapshot]:
    """Delete several notes at once (all or none); :func:`restore_notes` brings them back.

    ``expect`` maps a note's id to the values it must still hold, as for :func:`edit_note`.
    """
    with store.transaction() as s:
        return [_delete_note(s, note_id, (expect or {}).get(note_id)) for note_id in note_ids]


def restore_notes(store: Store, snapshots: list[NoteSnapshot]) -> list[NoteRow]:
    """Bring back notes deleted by :func:`delete_notes` (all or none), as :func:`restore_note`."""
    with store.transaction() as s:
        rows = []
        for snapshot in snapshots:
            rows.append(_restore_note(s, snapshot))
        return rows


def move_notes(
    store: Store, moves: dict[int, int | None], *, expect: dict[int, dict] | None = None
) -> list[NoteRow]:
    """Put each note on an agenda item (``{note_id: agenda_item_id or None}``), all or none.

    ``expect`` maps a note's id to the values it must still hold (an undo's: the item
    the move put it on), else :class:`StaleEditError` and no note moves.
    """
    with store.transaction() as s:
        rows = []
        for note_id, item_id in moves.items():
            note = _note(s, note_id)
            _check_note(note, (expect or {}).get(note_id))
            cleaned = _clean_note(s, note.workshop_id, {"agenda_item_id": item_id})
            note.agenda_item_id = cleaned["agenda_item_id"]
            rows.append(_read_note(s, note.id))
        return rows


def notes_of_item(
    store: Store, workshop_id: int, agenda_item_id: int | None, *, limit: int | None = None
) -> list[NoteRow]:
    """The notes of one agenda item (None: notes on no item), in the order they were taken.

    With ``limit``, only the latest ``limit`` of them (still oldest first). After
    :func:`add_note` the feed appends the row it returns; reading the item again
    is for when the item changes.
    """
    if agenda_item_id is None:
        on_item = Note.agenda_item_id.is_(None)
    else:
        on_item = Note.agenda_item_id == check_id(
            agenda_item_id, translate("Errors", "agenda item")
        )
    stmt = _note_select().where(Note.workshop_id == workshop_id, on_item)
    if limit is None:
        stmt = stmt.order_by(Note.noted_at, Note.id)
    else:
        check_id(limit, "limit")
        stmt = stmt.order_by(Note.noted_at.desc(), Note.id.desc()).limit(limit)
    with store.session() as s:
        load_workshop(s, workshop_id)
        # Core rows through the session's connection: no ORM loading for plain columns.
        rows = _note_rows(s.connection().execute(stmt).all())
    if limit is not None:
        rows.reverse()
    return rows


def workshop_notes(store: Store, workshop_id: int) -> list[NoteRow]:
    """Every note of a workshop in one read, in the order they were taken."""
    stmt = _note_select().where(Note.workshop_id == workshop_id).order_by(Note.noted_at, Note.id)
    with store.session() as s:
        load_workshop(s, workshop_id)
        return _note_rows(s.connection().execute(stmt).all())


def last_note(store: Store, workshop_id: int) -> NoteRow | None:
    """The note taken last in the workshop (what "edit the last note" edits), if any."""
    stmt = (
        _note_select()
        .where(Note.workshop_id == workshop_id)
        .order_by(Note.noted_at.desc(), Note.id.desc())
        .limit(1)
    )
    with store.session() as s:
        load_workshop(s, workshop_id)
        rows = _note_rows(s.execute(stmt))
        return rows[0] if rows else None
