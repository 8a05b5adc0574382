"""A workshop's room: its code, the idea box, and the moderator's queue of ideas sent.

Phones send ideas while the moderator keeps the box open: with their token, or with
the room code when the box is open to anyone in the room. An idea waits in the queue
and reaches the board (and the projector) only once the moderator approves it.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, NotFoundError
from facilitator.i18n import translate
from facilitator.models import Person, Room, RoomIdea, RoomToken
from facilitator.services._common import check_aware, check_field, check_id
from facilitator.services.ideas.board import insert_idea, read_idea
from facilitator.services.ideas.rows import IDEA, key
from facilitator.services.live.base import load_workshop
from facilitator.store import Store

# The room code: read off the projector and typed on a phone, so no 0/O, 1/I/L.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
MAX_IDEA_LENGTH = 500  # a card on the board, not an essay
MAX_WAITING = 500  # ideas waiting at once: a flood from one room is refused beyond it


@dataclass(frozen=True)
class RoomSettings:
    workshop_id: int
    code: str
    idea_box_open: bool


@dataclass(frozen=True)
class SentIdea:
    """An idea in the moderator's queue."""

    id: int
    text: str
    sent_at: datetime
    sender: str  # the attendee's name; "" when sent with the room code


def ensure_room(session: Session, workshop_id: int) -> Room:
    """The workshop's room, made (with a new code) the first time it is needed."""
    load_workshop(session, workshop_id)
    room = session.scalar(select(Room).where(Room.workshop_id == workshop_id))
    if room is None:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        room = Room(workshop_id=workshop_id, code=code, idea_box_open=False)
        session.add(room)
        session.flush()
    return room


def _settings(room: Room) -> RoomSettings:
    return RoomSettings(room.workshop_id, room.code, bool(room.idea_box_open))


def room_settings(store: Store, workshop_id: int) -> RoomSettings:
    """The workshop's room (made, with a new code, the first time it is asked for)."""
    with store.session() as s:  # read first: asking never takes the write lock again
        room = s.scalar(select(Room).where(Room.workshop_id == workshop_id))
        if room is not None:
            return _settings(room)
    with store.transaction() as s:
        return _settings(ensure_room(s, workshop_id))


def open_idea_box(store: Store, workshop_id: int, is_open: bool) -> RoomSettings:
    with store.transaction() as s:
        room = ensure_room(s, workshop_id)
        room.idea_box_open = bool(is_open)
        return _settings(room)


def code_matches(store: Store, workshop_id: int, code) -> bool:
    """True when ``code`` is the room's (case and spaces aside), compared in constant time."""
    if not isinstance(code, str) or len(code) > 32:
        return False
    typed = code.replace(" ", "").replace("-", "").upper()
    with store.session() as s:
        stored = s.scalar(select(Room.code).where(Room.workshop_id == workshop_id)) or ""
    return bool(stored) and hmac.compare_digest(stored.encode(), typed.encode())


def send_idea(
    store: Store, workshop_id: int, text, *, now: datetime, token_id: int | None = None
) -> SentIdea:
    """An idea from a phone into the moderator's queue; refused while the box is closed."""
    now = check_aware(now, "now", translate("Fields", "Time"))
    text = check_field("room_idea", "text", text, translate("Fields", "Idea"))
    with store.transaction() as s:
        room = ensure_room(s, workshop_id)
        if not room.idea_box_open:
            raise ConflictError(translate("Errors", "The idea box is closed."))
        waiting = s.scalars(
            select(RoomIdea.id).where(
                RoomIdea.workshop_id == workshop_id,
                RoomIdea.idea_id.is_(None),
                RoomIdea.rejected_at.is_(None),
            )
        ).all()
        if len(waiting) >= MAX_WAITING:
            raise ConflictError(translate("Errors", "Too many ideas are waiting; try later."))
        row = RoomIdea(workshop_id=workshop_id, token_id=token_id, text=text, sent_at=now)
        s.add(row)
        s.flush()
        return SentIdea(row.id, row.text, now, "")


def waiting_ideas(store: Store, workshop_id: int) -> list[SentIdea]:
    """The queue: ideas sent and neither approved nor rejected, oldest first."""
    with store.session() as s:
        rows = s.execute(
            select(RoomIdea, Person)
            .outerjoin(RoomToken, RoomToken.id == RoomIdea.token_id)
            .outerjoin(Person, Person.id == RoomToken.person_id)
            .where(
                RoomIdea.workshop_id == workshop_id,
                RoomIdea.idea_id.is_(None),
                RoomIdea.rejected_at.is_(None),
            )
            .order_by(RoomIdea.sent_at, RoomIdea.id)
        ).all()
        return [
            SentIdea(r.id, r.text, r.sent_at, p.display_name() if p is not None else "")
            for r, p in rows
        ]


def _waiting(session: Session, room_idea_id) -> RoomIdea:
    row = session.get(RoomIdea, check_id(room_idea_id, "idea"))
    if row is None:
        raise NotFoundError(translate("Errors", "This idea is no longer waiting."))
    if row.idea_id is not None or row.rejected_at is not None:
        raise ConflictError(translate("Errors", "This idea was already dealt with."))
    return row


def approve(store: Store, room_idea_id: int, *, now: datetime):
    """The idea goes onto the board (by its sender, when a token sent it), in the same
    commit that takes it out of the queue; returns the card."""

    with store.transaction() as s:
        row = _waiting(s, room_idea_id)
        author = (
            s.scalar(select(RoomToken.person_id).where(RoomToken.id == row.token_id))
            if row.token_id is not None
            else None
        )
        idea = insert_idea(s, row.workshop_id, row.text, now=now, author_id=author)
        row.idea_id = idea.id
        s.flush()
        return read_idea(s, row.workshop_id, key(IDEA, idea.id))


def reject(store: Store, room_idea_id: int, *, now: datetime) -> None:
    """The idea stays off the board."""
    now = check_aware(now, "now", translate("Fields", "Time"))
    with store.transaction() as s:
        _waiting(s, room_idea_id).rejected_at = now
