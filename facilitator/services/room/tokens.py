"""Attendees' keys to the room: issued per workshop, checked in constant time.

A token is ``<selector>.<secret>``: the selector (72 random bits) finds the row, the
secret (192 random bits) proves it and is compared with :func:`hmac.compare_digest`,
so how long a refusal takes says nothing about how close a guess came. A token opens
one workshop's room only; a revoked one opens nothing.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.errors import NotFoundError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    Attendance,
    Invitation,
    Organization,
    Participation,
    Person,
    RoomToken,
)
from facilitator.services._common import check_aware, check_id, get_or_raise
from facilitator.services.live.base import load_workshop
from facilitator.store import Store
from facilitator.text import sort_key

SELECTOR_BYTES = 9  # 72 bits: 12 characters, to find the row
SECRET_BYTES = 24  # 192 bits: 32 characters, the proof
MAX_TOKEN_LENGTH = 100  # anything longer is not a token (refused before any lookup)
_DUMMY_SECRET = secrets.token_urlsafe(SECRET_BYTES)  # compared against when no row matches


@dataclass(frozen=True)
class Badge:
    """What a badge or table card prints for one attendee."""

    person_id: int
    name: str
    organization: str
    token: str


@dataclass(frozen=True)
class Holder:
    """Who a valid token speaks for: the attendee, and whose voice they also carry."""

    token_id: int
    workshop_id: int
    person_id: int
    name: str
    organization_id: int | None
    organization: str
    proxy_for_id: int | None
    proxy_for_name: str


def _token_text(row: RoomToken) -> str:
    return f"{row.selector}.{row.secret}"


def _new_token(session: Session, workshop_id: int, person_id: int) -> RoomToken:
    row = RoomToken(
        workshop_id=workshop_id,
        person_id=person_id,
        selector=secrets.token_urlsafe(SELECTOR_BYTES),
        secret=secrets.token_urlsafe(SECRET_BYTES),
    )
    session.add(row)
    return row


def _rotate(token: RoomToken) -> None:
    """New keys for a badge lost or revoked: the old link opens nothing from now on, and the
    row (with the ballots it gave) stays."""
    token.selector = secrets.token_urlsafe(SELECTOR_BYTES)
    token.secret = secrets.token_urlsafe(SECRET_BYTES)
    token.revoked_at = None


def _attendees(session: Session, workshop_id: int):
    """Everyone attending or expected (not who declined or is recorded absent)."""
    return session.execute(
        select(Person, Organization.name, Participation)
        .join(Participation, Participation.person_id == Person.id)
        .outerjoin(Organization, Participation.organization_id == Organization.id)
        .where(
            Participation.workshop_id == workshop_id,
            Participation.invitation != Invitation.DECLINED,
            Participation.attendance.not_in((Attendance.ABSENT, Attendance.EXCUSED)),
        )
    ).all()


def issue_badges(store: Store, workshop_id: int) -> list[Badge]:
    """A token for every attendee expected (kept for those who have one), in Turkish
    alphabetical order of family and given name: the badges to print."""
    with store.transaction() as s:
        load_workshop(s, workshop_id)
        have = {
            t.person_id: t
            for t in s.scalars(select(RoomToken).where(RoomToken.workshop_id == workshop_id))
        }
        badges = []
        for person, organization, _p in _attendees(s, workshop_id):
            token = have.get(person.id)
            if token is None:
                token = _new_token(s, workshop_id, person.id)
            elif token.revoked_at is not None:
                _rotate(token)
            badges.append((person, organization, token))
        s.flush()
        badges.sort(key=lambda b: (sort_key(b[0].family_name), sort_key(b[0].given_name)))
        return [Badge(p.id, p.display_name(), org or "", _token_text(t)) for p, org, t in badges]


def reissue(store: Store, workshop_id: int, person_id: int) -> Badge:
    """A new token for one attendee (a badge lost): the old one opens nothing from now on."""
    check_id(person_id, "person")
    with store.transaction() as s:
        row = s.execute(
            select(Person, Organization.name)
            .join(Participation, Participation.person_id == Person.id)
            .outerjoin(Organization, Participation.organization_id == Organization.id)
            .where(Participation.workshop_id == workshop_id, Person.id == person_id)
        ).first()
        if row is None:
            raise NotFoundError(translate("Errors", "This person does not attend the workshop."))
        old = s.scalar(
            select(RoomToken).where(
                RoomToken.workshop_id == workshop_id, RoomToken.person_id == person_id
            )
        )
        if old is None:
            token = _new_token(s, workshop_id, person_id)
        else:  # the same row, new keys: what it took part in stays counted as its
            token = old
            _rotate(token)
        s.flush()
        return Badge(person_id, row[0].display_name(), row[1] or "", _token_text(token))


def revoke(store: Store, workshop_id: int, person_id: int, now: datetime) -> None:
    """The attendee's token opens nothing any more (their positions stay)."""
    now = check_aware(now, "now", translate("Fields", "Time"))
    with store.transaction() as s:
        token = s.scalar(
            select(RoomToken).where(
                RoomToken.workshop_id == workshop_id, RoomToken.person_id == person_id
            )
        )
        if token is not None and token.revoked_at is None:
            token.revoked_at = now


def set_proxy(store: Store, workshop_id: int, person_id: int, proxy_for_id: int | None) -> None:
    """Let ``person_id``'s token also carry ``proxy_for_id``'s voice (None: only their own).

    Both attend the workshop; nobody carries their own voice twice, and a voice is
    carried by one token at most.
    """
    with store.transaction() as s:
        token = s.scalar(
            select(RoomToken).where(
                RoomToken.workshop_id == workshop_id, RoomToken.person_id == person_id
            )
        )
        attends = s.scalar(
            select(Participation.id).where(
                Participation.workshop_id == workshop_id, Participation.person_id == person_id
            )
        )
        if attends is None:
            raise NotFoundError(translate("Errors", "This person does not attend the workshop."))
        if token is None:  # no badge printed yet: the token is made now, the badge later
            token = _new_token(s, workshop_id, person_id)
        if proxy_for_id is not None:
            check_id(proxy_for_id, "person")
            if proxy_for_id == person_id:
                raise ValidationError(
                    translate("Errors", "Nobody carries their own voice twice."), "proxy_for_id"
                )
            attending = s.scalar(
                select(Participation.id).where(
                    Participation.workshop_id == workshop_id,
                    Participation.person_id == proxy_for_id,
                )
            )
            if attending is None:
                raise ValidationError(
                    translate("Errors", "This person does not attend the workshop."),
                    "proxy_for_id",
                )
            carried = s.scalar(
                select(RoomToken.person_id).where(
                    RoomToken.workshop_id == workshop_id,
                    RoomToken.proxy_for_id == proxy_for_id,
                    RoomToken.id != token.id,
                    RoomToken.revoked_at.is_(None),
                )
            )
            if carried is not None:
                other = get_or_raise(s, Person, carried, translate("Errors", "person"))
                raise ValidationError(
                    translate("Errors", "{name} already carries this voice.").format(
                        name=other.display_name()
                    ),
                    "proxy_for_id",
                )
        token.proxy_for_id = proxy_for_id


@dataclass(frozen=True)
class Proxy:
    """One attendee carrying another's voice in the room."""

    person_id: int
    name: str
    carried_id: int
    carried_name: str


def proxies(store: Store, workshop_id: int) -> list[Proxy]:
    """Who carries whose voice, in Turkish order of the carrier's name."""
    with store.session() as s:
        rows = s.scalars(
            select(RoomToken).where(
                RoomToken.workshop_id == workshop_id,
                RoomToken.proxy_for_id.is_not(None),
                RoomToken.revoked_at.is_(None),
            )
        ).all()
        found = []
        for token in rows:
            carrier, carried = s.get(Person, token.person_id), s.get(Person, token.proxy_for_id)
            if carrier is not None and carried is not None:
                found.append(
                    Proxy(carrier.id, carrier.display_name(), carried.id, carried.display_name())
                )
    found.sort(key=lambda p: sort_key(p.name))
    return found


def _split(token) -> tuple[str, str] | None:
    if not isinstance(token, str) or not 0 < len(token) <= MAX_TOKEN_LENGTH:
        return None
    selector, dot, secret = token.partition(".")
    if not dot or not selector or not secret:
        return None
    return selector, secret


def identify(store: Store, workshop_id: int, token) -> Holder | None:
    """Who ``token`` speaks for in this workshop's room; None for a forged, revoked or
    other workshop's token (the same answer for each, in the same time)."""
    parts = _split(token)
    selector, secret = parts if parts else ("", "")
    with store.session() as s:
        row = s.execute(
            select(RoomToken, Person, Participation.organization_id, Organization.name)
            .join(Person, Person.id == RoomToken.person_id)
            .join(
                Participation,
                (Participation.person_id == RoomToken.person_id)
                & (Participation.workshop_id == RoomToken.workshop_id),
            )
            .outerjoin(Organization, Organization.id == Participation.organization_id)
            .where(RoomToken.selector == selector)
        ).first()
        expected = row[0].secret if row is not None else _DUMMY_SECRET
        matches = hmac.compare_digest(expected.encode(), secret.encode())
        if row is None or not matches or parts is None:
            return None
        token_row, person, organization_id, organization = row
        if token_row.workshop_id != workshop_id or token_row.revoked_at is not None:
            return None
        proxy_name = ""
        if token_row.proxy_for_id is not None:
            proxy = s.get(Person, token_row.proxy_for_id)
            proxy_name = proxy.display_name() if proxy else ""
        return Holder(
            token_id=token_row.id,
            workshop_id=workshop_id,
            person_id=person.id,
            name=person.display_name(),
            organization_id=organization_id,
            organization=organization or "",
            proxy_for_id=token_row.proxy_for_id,
            proxy_for_name=proxy_name,
        )
