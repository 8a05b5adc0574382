"""The room served for real: uvicorn on 127.0.0.1 on a free port, on its own thread."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from facilitator.room.app import RoomConfig
from facilitator.room.server import RoomServer
from facilitator.services import attendees, directory, live, proposals
from facilitator.services import room as room_service


@contextmanager
def served(store, workshop_id: int, **config) -> Iterator[RoomServer]:
    """The workshop's room answering on loopback until the block ends."""
    config.setdefault("poll_seconds", 0.05)
    server = RoomServer(RoomConfig(store, workshop_id, **config), "127.0.0.1", 0)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def now() -> datetime:
    return datetime.now(UTC)


def start_session(store, workshop_id: int) -> None:
    live.start_session(store, workshop_id, now())


def open_round(store, workshop_id: int, title: str, **how) -> int:
    """The moderator puts a proposal to a round, as the window does."""
    proposal = proposals.create_proposal(
        store, workshop_id, title, "Kurul altı ayda bir değişsin ve toplantıları açık olsun", **how
    )
    return proposals.open_round(store, proposal.id, now=now()).id


GIVEN = ["Ayşe", "Mehmet", "Gülşen", "İbrahim", "Özlem", "Çağrı", "Şule", "Ümit", "Ilgın", "Oğuz"]
FAMILY = ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Aydın", "Güneş", "Kılıç"]
FAMILY += ["Erdoğdu", "Akgül", "Türkmen", "Ünal", "Işık", "Bağcı", "Sönmez"]


def add_phones(store, workshop_id: int, count: int) -> list:
    """``count`` new people attending the workshop, and their badges (one token each)."""
    people = set()
    for n in range(count):
        given, family = GIVEN[n % len(GIVEN)], FAMILY[(n // len(GIVEN)) % len(FAMILY)]
        if n >= len(GIVEN) * len(FAMILY):  # every name once, then numbered
            family = f"{family} {n}"
        person = directory.create_person(store, given, family)
        attendees.add_attendee(store, workshop_id, person.id)
        people.add(person.id)
    return [b for b in room_service.issue_badges(store, workshop_id) if b.person_id in people]
