"""Who has a workshop's live screen open: one lease per workshop, across every client.

Several organizers' Facilitators may share one database (a PostgreSQL server); only one
of them runs a workshop's live session at a time. The lease says which one (``holder``,
an opaque id of one running Facilitator), how the others are told about it
(``holder_label``: the user and the computer), since when it has been open and when it
last gave a sign of life. Nothing here is part of the record of a workshop: a bundle never
carries it, and the minutes never show it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from facilitator.models.base import Base, UTCDateTime


class LiveLease(Base):
    """The live screen of one workshop, held by one running Facilitator.

    ``started_at`` is when that screen opened (or took the lease over), ``renewed_at``
    its last sign of life; a lease not renewed for a while was left by a crash and may be
    taken over (``services/live/lease.py``).
    """

    __tablename__ = "live_lease"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), unique=True
    )
    holder: Mapped[str] = mapped_column(String(120))
    holder_label: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    renewed_at: Mapped[datetime] = mapped_column(UTCDateTime)
