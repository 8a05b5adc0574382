"""The record of a workshop as sent: numbered versions of its minutes.

Each version keeps the content the minutes were made from (a canonical JSON
snapshot), so a version prints the same text whenever it is exported again,
in either language and format. A final version is frozen; its SHA-256 is the
hash of that content.
"""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from facilitator.models.base import Base


class MinutesVersion(Base):
    """One version of a workshop's minutes: v1, v2, …; a draft or the final."""

    __tablename__ = "minutes_version"
    __table_args__ = (
        UniqueConstraint("workshop_id", "number"),
        CheckConstraint("number > 0", name="number_positive"),
    )

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    content: Mapped[str] = mapped_column(Text)  # canonical JSON of the minutes' data
    sha256: Mapped[str] = mapped_column(String(64))  # of ``content`` as UTF-8
