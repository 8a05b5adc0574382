"""The roadmap of a series: phases and the commitments institutions make."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.models.base import Base, UTCDateTime, enum_column
from facilitator.models.directory import Organization, Person
from facilitator.models.enums import CommitmentStatus, ContributionType, QuantityUnit


class Phase(Base):
    """A milestone of a series' roadmap."""

    __tablename__ = "phase"

    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    target_date: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")


class Commitment(Base):
    """What an institution undertakes to do, by when: the ledger of contributions.

    Commitments belong to the series' roadmap; deleting the workshop where one
    was made keeps the commitment (the institution's promise still stands).
    """

    __tablename__ = "commitment"
    __table_args__ = (
        CheckConstraint(
            "(quantity IS NULL AND unit IS NULL) OR (quantity IS NOT NULL AND unit IS NOT NULL)",
            name="quantity_has_unit",
        ),
        CheckConstraint("quantity IS NULL OR quantity >= 0", name="quantity_not_negative"),
        CheckConstraint(
            "start_date IS NULL OR due_date IS NULL OR due_date >= start_date",
            name="due_after_start",
        ),
    )

    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="CASCADE"), index=True
    )
    workshop_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshop.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    contribution_type: Mapped[ContributionType] = mapped_column(
        enum_column(ContributionType, "contribution_type"), default=ContributionType.OTHER
    )
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    unit: Mapped[QuantityUnit | None] = mapped_column(enum_column(QuantityUnit, "quantity_unit"))
    phase_id: Mapped[int | None] = mapped_column(
        ForeignKey("phase.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[CommitmentStatus] = mapped_column(
        enum_column(CommitmentStatus, "commitment_status"), default=CommitmentStatus.PROPOSED
    )
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposal.id", ondelete="SET NULL"), index=True
    )
    reviewed_workshop_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshop.id", ondelete="SET NULL")
    )
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    organization: Mapped[Organization] = relationship()
    person: Mapped[Person | None] = relationship()
    phase: Mapped[Phase | None] = relationship()


class CommitmentReview(Base):
    """A commitment reviewed at a later workshop: how it stood before and after, and who
    reported on it (the minutes of that workshop print these)."""

    __tablename__ = "commitment_review"
    __table_args__ = (UniqueConstraint("commitment_id", "workshop_id"),)

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    status_before: Mapped[CommitmentStatus] = mapped_column(
        enum_column(CommitmentStatus, "review_status_before")
    )
    status_after: Mapped[CommitmentStatus] = mapped_column(
        enum_column(CommitmentStatus, "review_status_after")
    )
    # Who reported on it in the room; forgetting a person keeps the review without a name.
    reviewed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    remark: Mapped[str] = mapped_column(Text, default="")

    reviewed_by: Mapped[Person | None] = relationship()
