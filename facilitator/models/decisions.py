"""Proposals, their wording history, consensus rounds and the positions recorded in them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.models.base import Base, UTCDateTime, enum_column
from facilitator.models.enums import DecisionMethod, Outcome, Threshold, Voice


class Proposal(Base):
    """A proposal put to the room; once agreed it is a decision with a stable number."""

    __tablename__ = "proposal"
    __table_args__ = (UniqueConstraint("workshop_id", "decision_number"),)

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    source_note_id: Mapped[int | None] = mapped_column(ForeignKey("note.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    method: Mapped[DecisionMethod] = mapped_column(
        enum_column(DecisionMethod, "decision_method"), default=DecisionMethod.GRADIENTS
    )
    voice: Mapped[Voice] = mapped_column(enum_column(Voice, "voice"), default=Voice.PERSON)
    outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome, "outcome"))
    outcome_statement: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[date | None] = mapped_column(Date)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Stable number in the decision register ("5/3" = workshop 5, decision 3).
    decision_number: Mapped[int | None] = mapped_column(Integer)

    versions: Mapped[list[ProposalVersion]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ProposalVersion.number"
    )
    rounds: Mapped[list[Round]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Round.number"
    )


class ProposalVersion(Base):
    """One wording of a proposal; amendments add versions, earlier ones are kept."""

    __tablename__ = "proposal_version"
    __table_args__ = (UniqueConstraint("proposal_id", "number"),)

    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Round(Base):
    """One test of agreement on one wording; method and voice are kept as they were then."""

    __tablename__ = "round"
    __table_args__ = (
        UniqueConstraint("proposal_id", "number"),
        CheckConstraint("quorum IS NULL OR quorum >= 0", name="quorum_not_negative"),
    )

    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposal.id", ondelete="CASCADE"), index=True
    )
    version_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposal_version.id", ondelete="SET NULL")
    )
    number: Mapped[int] = mapped_column(Integer)
    method: Mapped[DecisionMethod] = mapped_column(enum_column(DecisionMethod, "decision_method"))
    voice: Mapped[Voice] = mapped_column(enum_column(Voice, "voice"))
    quorum: Mapped[int | None] = mapped_column(Integer)
    threshold: Mapped[Threshold | None] = mapped_column(enum_column(Threshold, "threshold"))
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    proposed_outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome, "outcome"))

    positions: Mapped[list[Position]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    counts: Mapped[list[RoundCount]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class Position(Base):
    """The position of one person, or of one organization, in a round."""

    __tablename__ = "position"
    __table_args__ = (
        UniqueConstraint("round_id", "person_id"),
        UniqueConstraint("round_id", "organization_id"),
        CheckConstraint("person_id IS NOT NULL OR organization_id IS NOT NULL", name="has_holder"),
    )

    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    # The method's code for the position: "1".."8", "0".."5", "no_objection", "yes", …
    value: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")


class RoundCount(Base):
    """Counts-only rounds: how many cards of each value the room showed."""

    __tablename__ = "round_count"
    __table_args__ = (
        UniqueConstraint("round_id", "value"),
        CheckConstraint("count >= 0", name="count_not_negative"),
    )

    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    value: Mapped[str] = mapped_column(String(40))
    count: Mapped[int] = mapped_column(Integer)
