"""What was said: notes of the moderated discussion and the speaker queue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.models.base import Base, UTCDateTime, enum_column, utcnow
from facilitator.models.directory import Person
from facilitator.models.enums import NoteKind


class Note(Base):
    """A note of the discussion, optionally attributed to a speaker."""

    __tablename__ = "note"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[NoteKind] = mapped_column(
        enum_column(NoteKind, "note_kind"), default=NoteKind.POINT
    )
    text: Mapped[str] = mapped_column(Text)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    noted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    speaker: Mapped[Person | None] = relationship()


class SpeakerTurn(Base):
    """One person asking for the floor and (later) speaking: gives speaking time per person."""

    __tablename__ = "speaker_turn"
    __table_args__ = (
        CheckConstraint("limit_seconds IS NULL OR limit_seconds > 0", name="limit_positive"),
        CheckConstraint(
            "ended_at IS NULL OR (started_at IS NOT NULL AND ended_at >= started_at)",
            name="ended_after_started",
        ),
    )

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    limit_seconds: Mapped[int | None] = mapped_column(Integer)

    person: Mapped[Person] = relationship()
