"""A room to test: the demo's sixth workshop in session, its badges issued, a client."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient

from facilitator.room.app import RoomConfig, create_app, with_trusted_hosts
from facilitator.services import live, proposals
from facilitator.services import room as room_service

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@dataclass
class Room:
    store: object
    workshop_id: int
    other_workshop_id: int
    badges: list
    client: TestClient

    def token(self, n: int = 0) -> dict:
        return {"X-Room-Token": self.badges[n].token}

    def view(self, until=lambda view: True, n: int = 0) -> dict:
        """The view as the phone reads it, once the room has caught up with ``until``
        (the room reads the database again within a poll interval of a change)."""
        deadline = time.monotonic() + 10
        while True:
            view = self.client.get("/api/view", headers=self.token(n)).json()
            if until(view) or time.monotonic() > deadline:
                return view
            time.sleep(0.02)

    def open_round(self, title="Yürütme kurulu dönüşümlü olsun", **how) -> int:
        p = proposals.create_proposal(
            self.store,
            self.workshop_id,
            title,
            "Kurul altı ayda bir <değişsin> & açık olsun",
            **how,
        )
        return proposals.open_round(self.store, p.id, now=NOW).id


@pytest.fixture
def room(demo):
    store = demo.store
    workshop_id, other = demo.workshop(6), demo.workshop(5)
    live.start_session(store, workshop_id, NOW)
    badges = room_service.issue_badges(store, workshop_id)
    room_service.issue_badges(store, other)
    app = with_trusted_hosts(
        create_app(RoomConfig(store, workshop_id, clock=lambda: NOW, poll_seconds=0.05)),
        ["testserver"],
    )
    with TestClient(app) as client:
        yield Room(store, workshop_id, other, badges, client)
