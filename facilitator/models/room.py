"""The room on their phones: attendees' tokens, the idea box's inbox, anonymous ballots.

Nothing here is part of the record of a workshop: a bundle never carries it (a token
is a key to the room, not a fact about the meeting), and the minutes never show it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from facilitator.models.base import Base, UTCDateTime


class Room(Base):
    """A workshop's room: its code (for the open idea box) and whether the box is open."""

    __tablename__ = "room"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), unique=True
    )
    code: Mapped[str] = mapped_column(String(32))
    idea_box_open: Mapped[bool] = mapped_column(Boolean, default=False)


class RoomToken(Base):
    """One attendee's key to the room: ``selector`` finds the row, ``secret`` proves it.

    ``proxy_for_id`` is another attendee whose voice the token also carries, when the
    moderator allows it. A revoked token opens nothing.
    """

    __tablename__ = "room_token"
    __table_args__ = (UniqueConstraint("workshop_id", "person_id"),)

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    selector: Mapped[str] = mapped_column(String(32), unique=True)
    secret: Mapped[str] = mapped_column(String(64))
    proxy_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RoomBallot(Base):
    """A voice used in a round counted anonymously: that it took part, never what it said.

    ``person_id`` is whose voice it was (the badge's holder, or the one they carry), so a
    voice takes part once whichever badge carries it; ``token_id`` the badge that gave
    it. Its times are the round's opening, and its key is drawn at random, so neither
    the order nor the moment of the ballots can be matched with the counts.
    """

    __tablename__ = "room_ballot"
    __table_args__ = (UniqueConstraint("round_id", "person_id"),)

    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    token_id: Mapped[int | None] = mapped_column(
        ForeignKey("room_token.id", ondelete="SET NULL"), index=True
    )


class RoomIdea(Base):
    """An idea sent from a phone, waiting in the moderator's queue.

    Approved, it becomes an idea on the board (``idea_id``); rejected, it stays out.
    ``token_id`` is empty for an idea sent with the room code.
    """

    __tablename__ = "room_idea"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    token_id: Mapped[int | None] = mapped_column(
        ForeignKey("room_token.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("idea.id", ondelete="SET NULL"))
    rejected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
