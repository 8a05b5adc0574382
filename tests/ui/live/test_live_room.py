"""The room on their phones from the live screen: Ctrl+R opens it, phones vote and send
ideas, the moderator sees the positions and approves the ideas, Ctrl+J shows how to join."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt

from facilitator.services import ideas
from facilitator.services import room as room_service
from tests.ui.live.test_live_proposals import note, press, screen  # noqa: F401


@pytest.fixture(autouse=True)
def on_loopback(monkeypatch):
    """Loopback, on a free port: tests running side by side never answer each other's
    phones (a room closed here must not be reached through another test's)."""
    monkeypatch.setattr("facilitator.ui.live.room_control.lan_address", lambda: "127.0.0.1")
    monkeypatch.setattr("facilitator.ui.live.room_control.DEFAULT_PORT", 0)


def test_phones_vote_and_send_ideas_the_moderator_sees_and_approves(qtbot, store, screen):  # noqa: F811
    win = screen
    workshop = win.test_workshop_id
    note(qtbot, win, "Öneri: yürütme kurulu dönüşümlü olsun")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)  # opens the round
    grid = win.proposal.grid
    assert grid.progress.text() == "0 of 12 recorded"
    win.toggle_room()  # Ctrl+R
    address = win.room.address
    assert win.room_panel.isVisible()
    assert address.url in win.status_line.text() and address.code in win.status_line.text()
    assert address.url in win.room_panel.address.text()
    badges = room_service.issue_badges(store, workshop)
    phone = httpx.Client(base_url=address.url, timeout=10)
    round_id = phone.get("api/view", headers={"X-Room-Token": badges[0].token}).json()["round"][
        "id"
    ]
    for badge, value in zip(badges[:2], ("3", "1"), strict=True):
        answer = phone.post(
            "api/position",
            headers={"X-Room-Token": badge.token},
            json={"round": round_id, "value": value},
        )
        assert answer.status_code == 200, answer.text
    qtbot.waitUntil(lambda: grid.progress.text() == "2 of 12 recorded", timeout=5000)
    again = phone.post(
        "api/position",
        headers={"X-Room-Token": badges[0].token},
        json={"round": round_id, "value": "5"},
    )
    assert again.json()["replaced"] == "3"
    qtbot.waitUntil(lambda: "gave a position again" in win.status_line.text(), timeout=5000)
    assert win.status_line.text() == (
        f"{badges[0].name} gave a position again from their phone: "
        "5 More discussion needed (was 3 Support with reservations)."
    )
    assert grid.progress.text() == "2 of 12 recorded"

    win.room_panel.idea_box.click()
    sent = phone.post(
        "api/idea", headers={"X-Room-Token": badges[2].token}, json={"text": "Ortak <takvim>"}
    )
    assert sent.status_code == 201
    queue = win.room_panel.queue
    qtbot.waitUntil(lambda: queue.count() == 1, timeout=5000)
    assert queue.item(0).text().startswith("Ortak <takvim> — ")
    queue.setFocus()
    queue.setCurrentRow(0)
    qtbot.keyClick(queue, Qt.Key_Return)
    assert queue.count() == 0
    assert "Ortak <takvim>" in [i.text for i in ideas.board(store, workshop).ideas]

    win.toggle_join_screen()  # Ctrl+J
    assert win.projector.connect_shown
    assert win.projector.connect_view.code.text == f"{address.url}?c={address.code}"
    assert address.code in win.projector.connect_view.steps.text()
    win.toggle_join_screen()
    assert not win.projector.connect_shown

    win.toggle_room()  # Ctrl+R again: closed
    assert not win.room_panel.isVisible()
    with pytest.raises(httpx.TransportError):
        phone.get("api/view", headers={"X-Room-Token": badges[0].token})
    phone.close()


def test_hand_counts_typed_while_phones_vote_keep_both(qtbot, store, screen):  # noqa: F811
    """An anonymous round: phones add their ballots while the moderator types the hands
    of those without a phone; saving adds what was typed, it never erases a ballot."""
    win = screen
    note(qtbot, win, "Gönüllü saatleri yılda 16 saat olsun")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Down)
    press(qtbot, Qt.Key_Down)  # counts only
    press(qtbot, Qt.Key_Return)  # gradients, counts only: the round opens
    spins = win.proposal.grid.counts.spins
    win.toggle_room()
    address = win.room.address
    badges = room_service.issue_badges(store, win.test_workshop_id)
    phone = httpx.Client(base_url=address.url, timeout=10)
    round_id = phone.get("api/view", headers={"X-Room-Token": badges[0].token}).json()["round"][
        "id"
    ]

    def vote(badge, value) -> None:
        answer = phone.post(
            "api/position",
            headers={"X-Room-Token": badge.token},
            json={"round": round_id, "value": value},
        )
        assert answer.status_code == 200, answer.text

    vote(badges[0], "1")
    qtbot.waitUntil(lambda: spins["1"].value() == 1, timeout=5000)
    spins["1"].setValue(3)  # two hands without a phone, typed over the phone's one
    spins["8"].setValue(1)
    vote(badges[1], "1")  # meanwhile two more phones
    vote(badges[2], "5")
    qtbot.waitUntil(lambda: spins["5"].value() == 1, timeout=5000)
    assert spins["1"].value() == 3  # what is typed stays on screen
    spins["1"].setFocus()
    press(qtbot, Qt.Key_Return)  # saves
    tally = dict(win.proposal.bar.tally())
    assert (tally["1"], tally["5"], tally["8"]) == (4, 1, 1)  # 2 phones + 2 hands, 1, 1
    assert (spins["1"].value(), spins["5"].value(), spins["8"].value()) == (4, 1, 1)
    press(qtbot, Qt.Key_Return)  # saving again changes nothing
    assert dict(win.proposal.bar.tally())["1"] == 4
    vote(badges[3], "1")
    qtbot.waitUntil(lambda: spins["1"].value() == 5, timeout=5000)
    win.toggle_room()
    phone.close()


def test_the_room_opens_at_once_and_says_when_its_usual_port_was_taken(
    qtbot,
    store,
    screen,  # noqa: F811
    monkeypatch,
):
    """Asking the system for the Wi-Fi's name can take seconds: the room opens without
    waiting and the panel adds the name when it comes; another program on the usual port
    moves the room, and the panel says that badges printed before will not open it."""
    import socket
    import threading

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    usual = taken.getsockname()[1]
    monkeypatch.setattr("facilitator.ui.live.room_control.DEFAULT_PORT", usual)

    answer = threading.Event()  # the system's tool answers only when the test says so

    def slow_name():
        answer.wait(timeout=30)
        return "Salon Wi-Fi"

    monkeypatch.setattr("facilitator.room.network.network_name", slow_name)
    win = screen
    win.toggle_room()  # returns while the tool has not answered: it did not wait for it
    assert win.room.running
    address = win.room.address
    assert address.port_moved and f":{usual}/" not in address.url
    assert win.room_panel.moved.isVisible()
    assert "badges printed before" in win.room_panel.moved.text()
    assert "Wi-Fi" not in win.room_panel.address.text()
    answer.set()
    qtbot.waitUntil(lambda: "Wi-Fi: Salon Wi-Fi · " in win.room_panel.address.text(), timeout=5000)
    assert win.room.address.network == "Salon Wi-Fi"
    win.toggle_room()
    taken.close()


def test_the_keys_are_listed_and_the_room_closes_with_the_screen(qtbot, store, screen):  # noqa: F811
    win = screen
    texts = {k.text for k in win.keys}
    assert {"room on phones", "how to join (projector)"} <= texts
    win.toggle_room()
    url = win.room.address.url
    win.close()
    assert not win.room.running
    with pytest.raises(httpx.TransportError):
        httpx.get(url, timeout=5)


def test_the_moderator_lets_a_badge_carry_another_voice_and_takes_it_back(qtbot, store, screen):  # noqa: F811
    from facilitator.services import attendees, proposals
    from facilitator.ui.live.proxy_dialog import ProxyDialog

    win = screen
    workshop = win.test_workshop_id
    note(qtbot, win, "Öneri: ortak takvim kurulsun")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)  # opens the round
    win.toggle_room()
    badges = room_service.issue_badges(store, workshop)
    carrier, carried = badges[0], badges[1]
    dialog = ProxyDialog(win._edits, workshop, win)
    qtbot.addWidget(dialog)
    names = {r.person_id: r.display_name for r in attendees.list_attendees(store, workshop)}
    dialog.carrier.setCurrentIndex(dialog.carrier.findData(carrier.person_id))
    dialog.carried.setCurrentIndex(dialog.carried.findData(carrier.person_id))
    assert not dialog.add()  # nobody carries their own voice twice
    assert "own voice" in dialog.error.text()
    dialog.carried.setCurrentIndex(dialog.carried.findData(carried.person_id))
    assert dialog.add()
    assert dialog.list.item(0).text() == (
        f"{names[carrier.person_id]} carries the voice of {names[carried.person_id]}"
    )
    phone = httpx.Client(base_url=win.room.address.url, timeout=10)
    headers = {"X-Room-Token": carrier.token}
    assert phone.get("api/me", headers=headers).json()["proxy"] == names[carried.person_id]
    round_id = phone.get("api/view", headers=headers).json()["round"]["id"]
    cast = phone.post(
        "api/position", headers=headers, json={"round": round_id, "value": "2", "proxy": True}
    )
    assert cast.status_code == 200, cast.text
    positions = proposals.get_round(store, round_id).positions
    assert [(p.holder_id, p.value) for p in positions] == [(carried.person_id, "2")]
    assert dialog.remove()
    assert dialog.list.count() == 0
    assert phone.get("api/me", headers=headers).json()["proxy"] is None
    refused = phone.post(
        "api/position", headers=headers, json={"round": round_id, "value": "1", "proxy": True}
    )
    assert refused.status_code == 422
    phone.close()


def test_on_windows_the_room_panel_says_to_allow_private_networks(qtbot, store, monkeypatch):
    from facilitator.services.live import system_clock
    from facilitator.ui.kit.changes import ChangeBus
    from facilitator.ui.kit.operations import Edits
    from facilitator.ui.kit.undo import EditHistory
    from facilitator.ui.live.room_panel import RoomPanel

    edits = Edits(store, ChangeBus(), EditHistory(lambda _m: None))
    monkeypatch.setattr("facilitator.ui.live.room_panel.sys.platform", "win32")
    on_windows = RoomPanel(edits, system_clock)
    qtbot.addWidget(on_windows)
    assert not on_windows.firewall.isHidden()
    assert "private networks" in on_windows.firewall.text()
    monkeypatch.setattr("facilitator.ui.live.room_panel.sys.platform", "linux")
    elsewhere = RoomPanel(edits, system_clock)
    qtbot.addWidget(elsewhere)
    assert elsewhere.firewall.isHidden()
