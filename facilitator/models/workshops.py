"""Series, workshops, their attendees (participations) and agendas."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.models.base import Base, UTCDateTime, enum_column
from facilitator.models.directory import Organization, Person
from facilitator.models.enums import AgendaKind, Attendance, Invitation, Role, WorkshopStatus
from facilitator.zones import computer_zone


class Series(Base):
    """A series of workshops on one theme, coordinated by one organization."""

    __tablename__ = "series"

    title: Mapped[str] = mapped_column(String(300))
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")

    coordinator: Mapped[Organization | None] = relationship()
    # Never detach workshops silently: the database refuses to delete a series
    # that still has workshops (and the service says so first).
    workshops: Mapped[list[Workshop]] = relationship(back_populates="series", passive_deletes="all")


class Workshop(Base):
    """One meeting: when and where, who hosts and moderates, and its state."""

    __tablename__ = "workshop"
    __table_args__ = (
        UniqueConstraint("series_id", "number"),
        CheckConstraint("planned_end > planned_start", name="end_after_start"),
        CheckConstraint("number IS NULL OR number > 0", name="number_positive"),
    )

    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="RESTRICT"), index=True
    )
    number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    guiding_question: Mapped[str] = mapped_column(Text, default="")
    planned_start: Mapped[datetime] = mapped_column(UTCDateTime)
    planned_end: Mapped[datetime] = mapped_column(UTCDateTime)
    venue_name: Mapped[str] = mapped_column(String(300), default="")
    venue_address: Mapped[str] = mapped_column(Text, default="")
    host_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    moderator_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    language: Mapped[str] = mapped_column(String(8), default="tr")
    # Where it is held: every time of the workshop is shown in this zone (IANA name).
    time_zone: Mapped[str] = mapped_column(String(64), default=computer_zone)
    status: Mapped[WorkshopStatus] = mapped_column(
        enum_column(WorkshopStatus, "workshop_status"), default=WorkshopStatus.DRAFT
    )
    objectives: Mapped[str] = mapped_column(Text, default="")
    session_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    session_ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The day by which participants send corrections to the draft minutes.
    correction_deadline: Mapped[date | None] = mapped_column(Date)

    series: Mapped[Series | None] = relationship(back_populates="workshops")
    host: Mapped[Organization | None] = relationship(foreign_keys=[host_id])
    moderator: Mapped[Person | None] = relationship(foreign_keys=[moderator_id])
    participations: Mapped[list[Participation]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan", passive_deletes=True
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="workshop",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgendaItem.position",
    )


class Participation(Base):
    """A person attending a workshop: role, the organization represented there, RSVP, attendance."""

    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("workshop_id", "person_id"),)

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"), default=Role.PARTICIPANT)
    invitation: Mapped[Invitation] = mapped_column(
        enum_column(Invitation, "invitation"), default=Invitation.NOT_INVITED
    )
    attendance: Mapped[Attendance] = mapped_column(
        enum_column(Attendance, "attendance"), default=Attendance.UNKNOWN
    )
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    workshop: Mapped[Workshop] = relationship(back_populates="participations")
    person: Mapped[Person] = relationship()
    organization: Mapped[Organization | None] = relationship()


class AgendaItem(Base):
    """One timed item of a workshop's agenda; actual times are recorded live."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        UniqueConstraint("workshop_id", "position"),
        CheckConstraint("planned_minutes >= 0", name="minutes_not_negative"),
    )

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AgendaKind] = mapped_column(
        enum_column(AgendaKind, "agenda_kind"), default=AgendaKind.DISCUSSION
    )
    planned_minutes: Mapped[int] = mapped_column(Integer, default=15)
    presenter_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    goal: Mapped[str] = mapped_column(Text, default="")
    actual_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actual_end: Mapped[datetime | None] = mapped_column(UTCDateTime)

    workshop: Mapped[Workshop] = relationship(back_populates="agenda_items")
    presenter: Mapped[Person | None] = relationship()


class AgendaTemplate(Base):
    """A reusable agenda (a named list of items without times or presenters)."""

    __tablename__ = "agenda_template"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    items: Mapped[list[AgendaTemplateItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AgendaTemplateItem.position"
    )


class AgendaTemplateItem(Base):
    """One item of an agenda template."""

    __tablename__ = "agenda_template_item"
    __table_args__ = (UniqueConstraint("template_id", "position"),)

    template_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_template.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AgendaKind] = mapped_column(
        enum_column(AgendaKind, "agenda_kind"), default=AgendaKind.DISCUSSION
    )
    planned_minutes: Mapped[int] = mapped_column(Integer, default=15)
    goal: Mapped[str] = mapped_column(Text, default="")
