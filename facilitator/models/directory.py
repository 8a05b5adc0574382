"""The shared directory: organizations and the people who represent them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.models.base import Base, enum_column
from facilitator.models.enums import Sector
from facilitator.text import person_name, search_haystack


class Organization(Base):
    """A company, NGO, foundation, university, public body … that people represent."""

    __tablename__ = "organization"

    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    sector: Mapped[Sector] = mapped_column(enum_column(Sector, "sector"), default=Sector.OTHER)
    # What "other" means for this one ("Meslek birliği"); shown only while the sector is other.
    sector_other: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    search_text: Mapped[str] = mapped_column(Text, default="", index=True)

    # passive_deletes="all": never null out people's organization on delete; the
    # database refuses to delete an organization people still point to.
    people: Mapped[list[Person]] = relationship(
        back_populates="organization", passive_deletes="all"
    )


class Person(Base):
    """Someone in the directory; may attend many workshops, for different organizations."""

    __tablename__ = "person"

    honorific: Mapped[str] = mapped_column(String(40), default="")
    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    contact_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    search_text: Mapped[str] = mapped_column(Text, default="", index=True)

    organization: Mapped[Organization | None] = relationship(back_populates="people")

    def full_name(self) -> str:
        return person_name(self.given_name, self.family_name)

    def display_name(self) -> str:
        return person_name(self.honorific, self.given_name, self.family_name)


def organization_search_text(name: str | None, short_name: str | None, city: str | None) -> str:
    """What an organization is found by: its name, short name and city, folded for search.

    The insert and update listeners store it; a bulk insert, which skips them, calls it.
    """
    return search_haystack(" ".join(filter(None, (name, short_name, city))))


def person_search_text(
    given_name: str | None, family_name: str | None, email: str | None, position: str | None
) -> str:
    """What a person is found by: names, e-mail and position, folded for search.

    The insert and update listeners store it; a bulk insert, which skips them, calls it.
    """
    return search_haystack(" ".join(filter(None, (given_name, family_name, email, position))))


@event.listens_for(Organization, "before_insert")
@event.listens_for(Organization, "before_update")
def _fill_organization_search_text(_mapper, _connection, org: Organization) -> None:
    org.search_text = organization_search_text(org.name, org.short_name, org.city)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _fill_person_search_text(_mapper, _connection, person: Person) -> None:
    person.search_text = person_search_text(
        person.given_name, person.family_name, person.email, person.position
    )
