"""The room's web application, asked as a phone asks it (Starlette's test client)."""

from __future__ import annotations

import re

from sqlalchemy import select

from facilitator.models import RoomBallot, Round, RoundCount
from facilitator.room.limits import MAX_BODY
from facilitator.services import proposals
from facilitator.services import room as room_service
from tests.room.conftest import NOW


def test_the_page_loads_nothing_from_outside_and_forbids_it(room):
    for path in ("/", "/room.js", "/room.css", "/j"):
        answer = room.client.get(path)
        assert answer.status_code == 200, path
        csp = answer.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert not re.search(r"(src|href)=\"(https?:)?//", answer.text), path
        assert "http://" not in answer.text and "https://" not in answer.text, path


def test_a_badge_opens_the_room_with_the_attendees_name(room):
    answer = room.client.get("/api/me", headers=room.token(0))
    assert answer.status_code == 200
    assert answer.json()["name"] == room.badges[0].name
    view = room.client.get("/api/view?lang=tr", headers=room.token(0)).json()
    assert view["title"] and view["in_session"] is True


def test_forged_revoked_and_other_workshops_tokens_are_refused(room):
    good = room.badges[0].token
    selector, secret = good.split(".")
    other = room_service.issue_badges(room.store, room.other_workshop_id)[0].token
    forged = [
        f"{selector}.{secret[:-1]}{'A' if secret[-1] != 'A' else 'B'}",
        f"{selector}x.{secret}",
        secret,
        other,
        "",
        "." * 5000,
    ]
    for token in forged:
        answer = room.client.get("/api/me", headers={"X-Room-Token": token})
        assert answer.status_code in (401, 429), token[:20]
    room_service.revoke(room.store, room.workshop_id, room.badges[1].person_id, NOW)
    assert room.client.get("/api/me", headers=room.token(1)).status_code == 401
    assert room.client.get("/api/me", headers=room.token(0)).status_code == 200


def test_a_position_from_a_phone_is_the_rounds_and_a_second_one_replaces_it(room):
    round_id = room.open_round()
    answer = room.client.post(
        "/api/position", headers=room.token(0), json={"round": round_id, "value": "3"}
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["replaced"] is None
    again = room.client.post(
        "/api/position", headers=room.token(0), json={"round": round_id, "value": "1"}
    )
    assert again.json()["replaced"] == "3"
    positions = proposals.get_round(room.store, round_id).positions
    assert [p.value for p in positions] == ["1"]
    me = room.client.get(f"/api/me?round={round_id}", headers=room.token(0)).json()
    assert me["chosen"]["own"] == "1"


def test_an_anonymous_round_counts_once_per_voice_and_keeps_no_link(room):
    round_id = room.open_round(method="consent", voice="counts")
    for n, value in enumerate(["objection", "no_objection", "no_objection"]):
        answer = room.client.post(
            "/api/position", headers=room.token(n), json={"round": round_id, "value": value}
        )
        assert answer.status_code == 200, answer.text
    twice = room.client.post(
        "/api/position", headers=room.token(0), json={"round": round_id, "value": "no_objection"}
    )
    assert twice.status_code == 409
    with room.store.session() as s:
        opened = s.get(Round, round_id).opened_at
        counts = dict(
            s.execute(
                select(RoundCount.value, RoundCount.count).where(RoundCount.round_id == round_id)
            ).all()
        )
        ballots = s.scalars(select(RoomBallot).where(RoomBallot.round_id == round_id)).all()
    assert counts == {"objection": 1, "no_objection": 2}
    assert len(ballots) == 3
    columns = set(RoomBallot.__table__.columns.keys())
    assert columns == {
        "id",
        "uuid",
        "created_at",
        "updated_at",
        "round_id",
        "person_id",  # whose voice took part, and no value: nothing ties it to a count
        "token_id",
    }
    assert all(b.created_at == opened == b.updated_at for b in ballots)


def test_the_idea_box_takes_ideas_only_while_open_and_they_wait_for_the_moderator(room):
    closed = room.client.post("/api/idea", headers=room.token(0), json={"text": "Ortak takvim"})
    assert closed.status_code == 409
    room_service.open_idea_box(room.store, room.workshop_id, True)
    sent = room.client.post(
        "/api/idea", headers=room.token(0), json={"text": "Ortak <takvim> & ajanda"}
    )
    assert sent.status_code == 201
    code = room_service.room_settings(room.store, room.workshop_id).code
    by_code = room.client.post(
        "/api/idea", headers={"X-Room-Code": code.lower()}, json={"text": "Gönüllü haritası"}
    )
    assert by_code.status_code == 201
    waiting = room_service.waiting_ideas(room.store, room.workshop_id)
    assert [i.text for i in waiting] == ["Ortak <takvim> & ajanda", "Gönüllü haritası"]
    assert waiting[0].sender and waiting[1].sender == ""
    card = room_service.approve(room.store, waiting[0].id, now=NOW)
    assert card.text == "Ortak <takvim> & ajanda"
    assert [i.text for i in room_service.waiting_ideas(room.store, room.workshop_id)] == [
        "Gönüllü haritası"
    ]


def test_the_room_code_reads_and_sends_ideas_but_never_votes(room):
    code = room_service.room_settings(room.store, room.workshop_id).code
    round_id = room.open_round()
    assert room.client.get("/api/view", headers={"X-Room-Code": code}).status_code == 200
    vote = room.client.post(
        "/api/position", headers={"X-Room-Code": code}, json={"round": round_id, "value": "1"}
    )
    assert vote.status_code == 403


def test_a_body_of_ten_megabytes_is_refused_unread(room):
    big = b"{" + b" " * (10 * 1024 * 1024) + b"}"
    answer = room.client.post(
        "/api/idea", headers=room.token(0) | {"Content-Type": "application/json"}, content=big
    )
    assert answer.status_code == 413
    assert MAX_BODY < 10 * 1024 * 1024


def test_malformed_bodies_get_a_plain_refusal(room):
    round_id = room.open_round()
    for body in (
        b"not json",
        b"[1,2]",
        b'{"round": "1", "value": "1"}',
        b'{"round": true, "value": "1"}',
        b'{"round": %d, "value": "9"}' % round_id,
        b'{"text": "\\u0000"}',
    ):
        answer = room.client.post("/api/position", headers=room.token(0), content=body)
        assert answer.status_code in (400, 422), (body, answer.status_code, answer.text)
        assert "Traceback" not in answer.text


def test_wrong_guesses_are_slowed_down(room):
    answers = [
        room.client.get("/api/me", headers={"X-Room-Token": f"abc.{n}"}).status_code
        for n in range(30)
    ]
    assert answers[0] == 401 and answers[-1] == 429


def test_dots_from_a_phone_stay_within_the_budget_and_are_the_rounds(room):
    from facilitator.services import ideas

    for text in ("Ortak takvim", "Gönüllü haritası <il geneli>"):
        ideas.add_idea(room.store, room.workshop_id, text, now=NOW)
    r = ideas.open_dot_round(room.store, room.workshop_id, budget=3, now=NOW, question="Öncelik?")
    view = room.view(lambda v: v["dots"] is not None)
    assert view["dots"]["question"] == "Öncelik?" and view["dots"]["budget"] == 3
    targets = [t["key"] for t in view["dots"]["targets"]]
    assert [t["text"] for t in view["dots"]["targets"]] == [
        "Ortak takvim",
        "Gönüllü haritası <il geneli>",
    ]

    def dot(target, delta):
        return room.client.post(
            "/api/dots",
            headers=room.token(0),
            json={"round": r.id, "target": target, "delta": delta},
        )

    assert [dot(targets[0], 1).json()["left"] for _ in range(2)] == [2, 1]
    assert dot(targets[1], 1).json() == {
        "round": r.id, "left": 0, "placed": {targets[0]: 2, targets[1]: 1}, "proxy": False
    }  # fmt: skip
    refused = dot(targets[1], 1)
    assert refused.status_code == 409 and "No dots left" in refused.json()["message"]
    assert dot(targets[0], -1).json()["left"] == 1
    assert dot(targets[0], 5).status_code == 400
    person = room_service.identify(room.store, room.workshop_id, room.badges[0].token).person_id
    assert ideas.spent(room.store, r.id) == {person: 2}
    mine = room.client.get(f"/api/dots?round={r.id}", headers=room.token(0)).json()
    assert mine["left"] == 1 and sum(mine["placed"].values()) == 2
    code = room_service.room_settings(room.store, room.workshop_id).code
    assert (
        room.client.get(f"/api/dots?round={r.id}", headers={"X-Room-Code": code}).status_code == 403
    )


def test_a_dot_round_the_moderator_counts_is_not_offered_to_phones(room):
    from facilitator.services import ideas

    ideas.add_idea(room.store, room.workshop_id, "Ortak takvim", now=NOW)
    counted = ideas.open_dot_round(room.store, room.workshop_id, budget=3, voice="counts", now=NOW)
    ideas.close_dot_round(room.store, counted.id, now=NOW)
    by_person = ideas.open_dot_round(room.store, room.workshop_id, budget=2, now=NOW)
    assert room.view(lambda v: v["dots"] is not None)["dots"]["id"] == by_person.id
    ideas.close_dot_round(room.store, by_person.id, now=NOW)
    ideas.open_dot_round(room.store, room.workshop_id, budget=3, voice="counts", now=NOW)
    assert room.view(lambda v: v["dots"] is None)["dots"] is None


def test_a_carried_voice_takes_part_once_and_its_owner_stays_recorded_absent(room):
    from facilitator.models import Attendance
    from facilitator.services import attendees

    carrier, owner = room.badges[0], room.badges[1]
    row = next(
        a for a in attendees.list_attendees(room.store, room.workshop_id)
        if a.person_id == owner.person_id
    )  # fmt: skip
    attendees.update_attendees(room.store, [row.id], attendance=Attendance.ABSENT)
    room_service.set_proxy(room.store, room.workshop_id, carrier.person_id, owner.person_id)
    named = room.open_round()
    answer = room.client.post(
        "/api/position", headers=room.token(0), json={"round": named, "value": "2", "proxy": True}
    )
    assert answer.status_code == 200, answer.text
    assert [(p.holder_id, p.value) for p in proposals.get_round(room.store, named).positions] == [
        (owner.person_id, "2")
    ]
    attendance = {
        a.person_id: a.attendance for a in attendees.list_attendees(room.store, room.workshop_id)
    }
    assert attendance[owner.person_id] is Attendance.ABSENT  # carried, not in the room
    assert attendance[carrier.person_id] is Attendance.PRESENT
    anonymous = room.open_round("Kart turu", method="consent", voice="counts")
    by_proxy = room.client.post(
        "/api/position", headers=room.token(0),
        json={"round": anonymous, "value": "objection", "proxy": True},
    )  # fmt: skip
    assert by_proxy.status_code == 200
    by_own_badge = room.client.post(
        "/api/position", headers=room.token(1), json={"round": anonymous, "value": "no_objection"}
    )
    assert by_own_badge.status_code == 409  # the same voice, whichever badge carries it


def test_a_carried_voice_places_its_own_dots_within_its_own_budget(room):
    from facilitator.models import Attendance
    from facilitator.services import attendees, ideas

    carrier, owner, other = room.badges[0], room.badges[1], room.badges[2]
    row = next(
        a for a in attendees.list_attendees(room.store, room.workshop_id)
        if a.person_id == owner.person_id
    )  # fmt: skip
    attendees.update_attendees(room.store, [row.id], attendance=Attendance.ABSENT)
    idea = ideas.add_idea(room.store, room.workshop_id, "Ortak takvim", now=NOW)
    r = ideas.open_dot_round(room.store, room.workshop_id, budget=2, now=NOW)
    target = idea.key

    def dot(n, proxy=None):
        body = {"round": r.id, "target": target, "delta": 1}
        if proxy is not None:
            body["proxy"] = proxy
        return room.client.post("/api/dots", headers=room.token(n), json=body)

    refused = dot(0, proxy=True)
    assert refused.status_code == 422 and "nobody else's voice" in refused.json()["message"]
    room_service.set_proxy(room.store, room.workshop_id, carrier.person_id, owner.person_id)
    assert [dot(0).json()["left"] for _ in range(2)] == [1, 0]  # the carrier's own two
    carried = [dot(0, proxy=True).json() for _ in range(2)]
    assert [c["left"] for c in carried] == [1, 0] and carried[-1]["proxy"] is True
    assert dot(0, proxy=True).status_code == 409  # the carried voice's budget is spent
    assert dot(0, proxy="yes").status_code == 400
    assert ideas.spent(room.store, r.id) == {carrier.person_id: 2, owner.person_id: 2}
    mine = room.client.get(f"/api/dots?round={r.id}&proxy=1", headers=room.token(0)).json()
    assert (mine["left"], mine["placed"], mine["proxy"]) == (0, {target: 2}, True)
    wrong = room.client.get(f"/api/dots?round={r.id}&proxy=2", headers=room.token(0))
    assert wrong.status_code == 400
    attendance = {
        a.person_id: a.attendance for a in attendees.list_attendees(room.store, room.workshop_id)
    }
    assert attendance[owner.person_id] is Attendance.ABSENT  # carried, not in the room
    assert dot(2, proxy=True).status_code == 422  # carries nobody: refused, not their own
    assert other.person_id not in ideas.spent(room.store, r.id)


def test_a_reissued_badge_cannot_vote_again_in_an_anonymous_round(room):
    anonymous = room.open_round("Kart turu", method="consent", voice="counts")
    first = room.client.post(
        "/api/position", headers=room.token(0), json={"round": anonymous, "value": "objection"}
    )
    assert first.status_code == 200
    new = room_service.reissue(room.store, room.workshop_id, room.badges[0].person_id)
    assert room.client.get("/api/me", headers=room.token(0)).status_code == 401  # old link
    again = room.client.post(
        "/api/position", headers={"X-Room-Token": new.token},
        json={"round": anonymous, "value": "no_objection"},
    )  # fmt: skip
    assert again.status_code == 409


def test_other_host_names_are_refused_but_the_phones_connectivity_checks_answer(room):
    foreign = {"Host": "evil.example"}
    assert room.client.get("/api/view", headers=room.token(0) | foreign).status_code == 400
    assert room.client.get("/", headers=foreign).status_code == 400
    check = room.client.get("/generate_204", headers={"Host": "connectivitycheck.gstatic.com"})
    assert check.status_code == 204
    apple = room.client.get("/hotspot-detect.html", headers={"Host": "captive.apple.com"})
    assert apple.status_code == 200 and "Success" in apple.text
