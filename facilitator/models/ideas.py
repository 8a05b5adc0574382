"""Ideas of the room: idea cards, the clusters they are grouped into, and dot-voting rounds."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from facilitator.models.base import Base, UTCDateTime, enum_column
from facilitator.models.enums import Voice


class IdeaCluster(Base):
    """Ideas grouped under one name ("Gönüllülük altyapısı"), in the order of the board."""

    __tablename__ = "idea_cluster"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    # What the cluster became after the round (the link back is kept on this side).
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposal.id", ondelete="SET NULL"), index=True
    )
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitment.id", ondelete="SET NULL"), index=True
    )


class Idea(Base):
    """One idea card: its text, who gave it (both optional) and what it answers.

    A note of kind "idea" is on the board through its note; it becomes a row here
    (``note_uuid``) the first time it is edited on the board, clustered, voted on or
    promoted, and from then on shows the note's words while the note exists. The note is
    named by its UUID, not by a reference: a note deleted and brought back by undo finds
    its idea again, and the card stays on the board (with its own copy of the words)
    while the note is gone.
    """

    __tablename__ = "idea"
    __table_args__ = (UniqueConstraint("note_uuid"),)

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("idea_cluster.id", ondelete="SET NULL"), index=True
    )
    note_uuid: Mapped[str | None] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposal.id", ondelete="SET NULL"), index=True
    )
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitment.id", ondelete="SET NULL"), index=True
    )
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DotRound(Base):
    """A dot-voting round: each voter (a person, or an institution) has ``budget`` dots to
    put on ideas (or on clusters); or the room's dots are counted and entered."""

    __tablename__ = "dot_round"
    __table_args__ = (
        UniqueConstraint("workshop_id", "number"),
        CheckConstraint("budget > 0", name="budget_positive"),
        CheckConstraint(
            "closed_at IS NULL OR (opened_at IS NOT NULL AND closed_at >= opened_at)",
            name="closed_after_opened",
        ),
    )

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(String(300), default="")
    voice: Mapped[Voice] = mapped_column(enum_column(Voice, "voice"), default=Voice.PERSON)
    budget: Mapped[int] = mapped_column(Integer)
    on_clusters: Mapped[bool] = mapped_column(Boolean, default=False)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DotVote(Base):
    """Dots one voter put on one idea or cluster (or, counted, the room's dots on it).

    ``organization_id`` is the institution the voter spoke for at the workshop, so that
    the results can be split by institution and by sector.
    """

    __tablename__ = "dot_vote"
    __table_args__ = (
        CheckConstraint("dots > 0", name="dots_positive"),
        CheckConstraint(
            "(idea_id IS NULL AND cluster_id IS NOT NULL)"
            " OR (idea_id IS NOT NULL AND cluster_id IS NULL)",
            name="one_target",
        ),
    )

    round_id: Mapped[int] = mapped_column(
        ForeignKey("dot_round.id", ondelete="CASCADE"), index=True
    )
    idea_id: Mapped[int | None] = mapped_column(
        ForeignKey("idea.id", ondelete="CASCADE"), index=True
    )
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("idea_cluster.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    dots: Mapped[int] = mapped_column(Integer)
