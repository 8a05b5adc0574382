"""A crawl of every route of the room with every kind of key: nothing private comes out.

Never served, to anyone: contact details (e-mail, phone), the notes (the parking lot
included), attendance, other attendees' positions. The crawl asks every route the app
has, with a badge, the room code, nothing, a forged token and another workshop's badge,
while a round holds others' positions, and reads every answer, the event stream too.
"""

from __future__ import annotations

import httpx
from starlette.routing import Route

from facilitator.models import NoteKind
from facilitator.services import attendees, directory, live, proposals
from facilitator.services import room as room_service
from tests.room.served import now, open_round, served, start_session


def _secrets(store, workshop_id: int, me) -> list[str]:
    """What no phone may read: everyone's e-mail and phone, every note of the workshop,
    and the names of the other attendees (who they are, and so what they said)."""
    found = []
    for person in directory.list_people(store):
        found += [person.email, person.phone]
    for row in attendees.list_attendees(store, workshop_id):
        if row.person_id != me.person_id:
            found.append(row.display_name)
    found += [n.text for n in live.notes_of_item(store, workshop_id, None, limit=10_000)]
    return [s for s in found if s and len(s) >= 6]


def _routes(app) -> list[tuple[str, str]]:
    routes = []
    for route in app.routes:
        if isinstance(route, Route):
            for method in sorted(route.methods or {"GET"}):
                if method != "HEAD":
                    routes.append((method, route.path))
    return routes


def test_no_route_gives_away_contact_details_notes_attendance_or_others_positions(demo):
    store, workshop = demo.store, demo.workshop(6)
    start_session(store, workshop)
    live.add_note(store, workshop, "Gizli not: bütçe rakamı 2.500.000 TL", now=now())
    live.add_note(
        store, workshop, "Sonraya kalan: vakıf başkanının istifası", kind=NoteKind.PARKING_LOT,
        now=now(),
    )  # fmt: skip
    badges = room_service.issue_badges(store, workshop)
    other = room_service.issue_badges(store, demo.workshop(5))[0]
    me = badges[0]
    round_id = open_round(store, workshop, "Kurul dönüşümlü olsun")
    for badge, value in zip(badges[1:4], ("7", "8", "2"), strict=True):
        holder = room_service.identify(store, workshop, badge.token)
        proposals.record_attendee_position(
            store, workshop, round_id, holder.person_id, value, now()
        )
    room_service.open_idea_box(store, workshop, True)
    code = room_service.room_settings(store, workshop).code
    secrets = _secrets(store, workshop, me)
    assert any("@" in s for s in secrets) and any("Gizli not" in s for s in secrets)
    keys = {
        "badge": ({"X-Room-Token": me.token}, {"t": me.token}),
        "code": ({"X-Room-Code": code}, {"c": code}),
        "none": ({}, {}),
        "forged": ({"X-Room-Token": me.token[:-2] + "xx"}, {"t": me.token[:-2] + "xx"}),
        "other workshop": ({"X-Room-Token": other.token}, {"t": other.token}),
    }
    read = []
    with served(store, workshop) as server:
        routes = _routes(server.app)
        assert ("POST", "/api/position") in routes and ("GET", "/api/events") in routes
        with httpx.Client(base_url=server.url, timeout=10) as phone:
            for name, (headers, query) in keys.items():
                for method, path in routes:
                    if path == "/api/events":
                        with phone.stream("GET", path, params=query | {"lang": "tr"}) as answer:
                            body = b""
                            if answer.status_code == 200:
                                for chunk in answer.iter_bytes():
                                    body += chunk
                                    if b"\n\n" in body:
                                        break
                            else:
                                body = answer.read()
                        read.append((name, path, answer.status_code, body.decode()))
                        continue
                    params = {"round": round_id} if path == "/api/me" else {}
                    body = {"round": round_id, "value": "1"} if "position" in path else None
                    if path == "/api/idea":
                        body = {"text": "Ortak takvim"}
                    answer = phone.request(method, path, headers=headers, params=params, json=body)
                    read.append((name, path, answer.status_code, answer.text))
    assert len(read) == len(keys) * len(routes)
    for name, path, status, text in read:
        for secret in secrets:
            assert secret not in text, f"{name} {path} ({status}) gave away {secret!r}"
        if name in ("none", "forged", "other workshop") and path.startswith("/api/"):
            assert status in (401, 429), (name, path, status)
    # The badge's own answer says who it is; asked before it took a position, it shows
    # none, though three others took theirs.
    (mine,) = [text for name, path, _s, text in read if name == "badge" and path == "/api/me"]
    assert me.name in mine and '"chosen":{"own":null,"proxy":null}' in mine
