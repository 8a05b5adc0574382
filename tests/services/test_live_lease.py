"""One live screen per workshop across the clients of a shared database: the lease.

Time is a simulated clock moved by hand; no test waits for real time. Holders are plain
ids here, as another client's would be; "ayşe @ LAPTOP-3" is what others are shown.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from datetime import timedelta

import pytest

from facilitator.errors import NotFoundError
from facilitator.services import workshops
from facilitator.services.live import STALE_AFTER, LeaseHeldError, LeaseLostError, lease
from facilitator.store import Store
from tests.conftest import ISTANBUL
from tests.services.test_numbering_concurrency import run_together

AYSE, MEHMET = "ayse-client", "mehmet-client"
AYSE_LABEL, MEHMET_LABEL = "ayşe @ LAPTOP-3", "Mehmet Öz @ MASA-İ"


@pytest.fixture
def workshop(make_workshop):
    return make_workshop(time_zone="Europe/Istanbul")


@pytest.fixture
def opened(workshop):
    """10:05 in Istanbul, the moment Ayşe opens the live screen."""
    return workshop.planned_start + timedelta(minutes=5)


def test_another_client_is_refused_with_who_holds_it_and_since_when(store, workshop, opened):
    lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    with pytest.raises(LeaseHeldError) as refused:
        lease.take(store, workshop.id, MEHMET, MEHMET_LABEL, opened + timedelta(minutes=1))
    assert str(refused.value) == (
        "ayşe @ LAPTOP-3 has had this workshop's live screen open since 10:05."
    )
    assert (refused.value.label, refused.value.since, refused.value.stale) == (
        AYSE_LABEL,
        opened,
        False,
    )
    held = lease.current(store, workshop.id)
    assert (held.holder, held.label, held.started_at) == (AYSE, AYSE_LABEL, opened)


def test_the_time_is_told_on_the_workshops_own_clocks(store, make_workshop):
    brussels = make_workshop(time_zone="Europe/Brussels")
    at = brussels.planned_start.astimezone(ISTANBUL).replace(hour=10, minute=5)
    lease.take(store, brussels.id, AYSE, AYSE_LABEL, at)
    with pytest.raises(LeaseHeldError, match=r"open since 08:05\.$"):
        lease.take(store, brussels.id, MEHMET, MEHMET_LABEL, at)
    # Seen the next day (a screen left open overnight), the day is said too.
    with pytest.raises(LeaseHeldError, match=r"abandoned since \d\d\.\d\d\.2026 08:05\.$"):
        lease.take(store, brussels.id, MEHMET, MEHMET_LABEL, at + timedelta(days=1))


def test_the_same_client_opening_again_keeps_it_from_then(store, workshop, opened):
    lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    again = lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened + timedelta(minutes=20))
    assert (again.holder, again.started_at) == (AYSE, opened + timedelta(minutes=20))


def test_a_lease_renewed_in_time_stays_held(store, workshop, opened):
    lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    for minute in range(1, 10):
        lease.renew(store, workshop.id, AYSE, opened + timedelta(minutes=minute))
    later = opened + timedelta(minutes=10)
    with pytest.raises(LeaseHeldError, match="open since 10:05") as refused:
        lease.take(store, workshop.id, MEHMET, MEHMET_LABEL, later, take_over=True)
    assert not refused.value.stale
    assert lease.current(store, workshop.id).renewed_at == opened + timedelta(minutes=9)


def test_a_stale_lease_is_taken_over_only_when_asked_for(store, workshop, opened):
    lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    lease.renew(store, workshop.id, AYSE, opened + timedelta(minutes=2))  # 10:07, then silence
    just_fresh = opened + timedelta(minutes=2) + STALE_AFTER - timedelta(seconds=1)
    with pytest.raises(LeaseHeldError) as refused:
        lease.take(store, workshop.id, MEHMET, MEHMET_LABEL, just_fresh, take_over=True)
    assert not refused.value.stale

    stale = opened + timedelta(minutes=2) + STALE_AFTER
    with pytest.raises(LeaseHeldError) as refused:
        lease.take(store, workshop.id, MEHMET, MEHMET_LABEL, stale)
    assert str(refused.value) == (
        "This workshop's live screen, opened by ayşe @ LAPTOP-3 at 10:05, looks abandoned "
        "since 10:07."
    )
    assert refused.value.stale and refused.value.since == opened + timedelta(minutes=2)
    assert lease.current(store, workshop.id).holder == AYSE

    taken = lease.take(store, workshop.id, MEHMET, MEHMET_LABEL, stale, take_over=True)
    assert (taken.holder, taken.label, taken.started_at) == (MEHMET, MEHMET_LABEL, stale)
    assert lease.current(store, workshop.id) == taken


def test_renewing_after_a_take_over_is_refused_and_names_who_took_it(store, workshop, opened):
    lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    taken_at = opened + timedelta(minutes=5)
    lease.take(store, workshop.id, MEHMET, MEHMET_LABEL, taken_at, take_over=True)
    with pytest.raises(LeaseLostError) as lost:
        lease.renew(store, workshop.id, AYSE, taken_at + timedelta(seconds=30))
    assert str(lost.value).startswith(
        "Mehmet Öz @ MASA-İ took over this workshop's live screen at 10:10;"
    )
    assert (lost.value.label, lost.value.since) == (MEHMET_LABEL, taken_at)
    assert lease.current(store, workshop.id).holder == MEHMET
    # Nor may the one who lost it give it back for the other.
    assert lease.release(store, workshop.id, AYSE) is False
    assert lease.current(store, workshop.id).holder == MEHMET


def test_releasing_frees_it_for_the_next_client(store, workshop, opened):
    lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    assert lease.release(store, workshop.id, MEHMET) is False  # only one's own
    assert lease.current(store, workshop.id).holder == AYSE
    assert lease.release(store, workshop.id, AYSE) is True
    assert lease.current(store, workshop.id) is None
    assert lease.release(store, workshop.id, AYSE) is False
    next_minute = opened + timedelta(minutes=1)
    assert lease.take(store, workshop.id, MEHMET, MEHMET_LABEL, next_minute).holder == MEHMET


def test_renewing_a_lease_nobody_holds_takes_it_again(store, workshop, opened):
    lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    lease.release(store, workshop.id, AYSE)
    again = lease.renew(store, workshop.id, AYSE, opened + timedelta(minutes=1), label=AYSE_LABEL)
    assert (again.holder, again.label) == (AYSE, AYSE_LABEL)
    with pytest.raises(LeaseHeldError):
        lease.take(store, workshop.id, MEHMET, MEHMET_LABEL, opened + timedelta(minutes=2))


def test_each_workshop_has_its_own_lease(store, workshop, make_workshop, opened):
    other = make_workshop()
    lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    assert lease.take(store, other.id, MEHMET, MEHMET_LABEL, opened).holder == MEHMET


def test_deleting_the_workshop_removes_its_lease(store, workshop, opened):
    lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    workshops.delete_workshop(store, workshop.id)
    assert lease.current(store, workshop.id) is None
    assert lease.release(store, workshop.id, AYSE) is False  # closing the screen after it
    with pytest.raises(NotFoundError, match="no longer exists"):
        lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    with pytest.raises(NotFoundError, match="no longer exists"):
        lease.renew(store, workshop.id, AYSE, opened)


def test_an_insert_that_lost_a_race_is_refused_like_any_other(store, workshop, opened, monkeypatch):
    """The other client's lease appears between the read and the insert: the unique
    constraint catches it, and the refusal is the usual one (not the database's words)."""
    lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    real_row = lease._row
    reads = []

    def not_yet_there(session, workshop_id):
        reads.append(workshop_id)
        return None if len(reads) == 1 else real_row(session, workshop_id)

    monkeypatch.setattr(lease, "_row", not_yet_there)
    with pytest.raises(LeaseHeldError, match=r"^ayşe @ LAPTOP-3 has had"):
        lease.take(store, workshop.id, MEHMET, MEHMET_LABEL, opened)
    assert len(reads) == 2
    assert lease.current(store, workshop.id).holder == AYSE


def test_a_renewal_that_lost_a_race_is_told_the_lease_was_taken(
    store, workshop, opened, monkeypatch
):
    """Renewing a lease found given back, as another client takes it: the insert meets
    the other's lease, and the screen is told who took it."""
    lease.take(store, workshop.id, MEHMET, MEHMET_LABEL, opened)
    real_row = lease._row
    reads = []

    def not_yet_there(session, workshop_id):
        reads.append(workshop_id)
        return None if len(reads) == 1 else real_row(session, workshop_id)

    monkeypatch.setattr(lease, "_row", not_yet_there)
    with pytest.raises(LeaseLostError, match=r"^Mehmet Öz @ MASA-İ took over"):
        lease.renew(store, workshop.id, AYSE, opened, label=AYSE_LABEL)
    assert len(reads) == 2
    assert lease.current(store, workshop.id).holder == MEHMET


@pytest.mark.skipif(os.name != "posix", reason="processes are asked about on POSIX only")
def test_a_lease_left_by_a_facilitator_of_this_computer_that_has_ended_is_free(
    store, workshop, opened
):
    """A crash and a restart within a minute: the lease of the process that died on this
    computer cannot be renewed by anyone, so the new one takes it without asking."""
    machine = lease.this_holder().partition("@")[2]
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    crashed = f"0123456789abcdef.{dead.pid}@{machine}"
    running = f"0123456789abcdef.{os.getppid()}@{machine}"  # a process of this computer, alive
    # Another computer of the same name: its processes are not this computer's to judge.
    namesake = f"0123456789abcdef.{dead.pid}@{socket.gethostname()[:64]}~000000000000"
    lease.take(store, workshop.id, namesake, MEHMET_LABEL, opened)
    with pytest.raises(LeaseHeldError, match=r"^Mehmet Öz @ MASA-İ has had"):
        lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)
    lease.release(store, workshop.id, namesake)
    lease.take(store, workshop.id, crashed, AYSE_LABEL, opened)
    assert lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened).holder == AYSE
    lease.release(store, workshop.id, AYSE)
    lease.take(store, workshop.id, running, AYSE_LABEL, opened)
    with pytest.raises(LeaseHeldError):
        lease.take(store, workshop.id, AYSE, AYSE_LABEL, opened)


def test_this_facilitators_holder_id_and_label():
    assert lease.this_holder() == lease.this_holder()  # once per process
    assert f".{os.getpid()}@{socket.gethostname()[:64]}~" in lease.this_holder()
    assert len(lease.this_holder()) <= lease.HOLDER_LENGTH
    assert not lease.left_by_ended_process(lease.this_holder())
    assert lease.this_label().endswith(f" @ {socket.gethostname()}")


def test_clients_taking_one_lease_at_once_get_it_once(store, make_workshop):
    """Threads of one process, each its own unit of work (the same on a server below)."""
    workshop = make_workshop(time_zone="Europe/Istanbul")
    at = workshop.planned_start
    won = []

    def take(i: int) -> None:
        won.append(lease.take(store, workshop.id, f"client-{i}", f"kişi {i} @ PC-{i}", at))

    errors = run_together(6, take)
    assert len(won) == 1
    assert len(errors) == 5 and all(isinstance(e, LeaseHeldError) for e in errors)
    assert {str(e) for e in errors} == {
        f"{won[0].label} has had this workshop's live screen open since "
        f"{at.astimezone(ISTANBUL):%H:%M}."
    }


def _open_at_once(clients, workshop_id: int, at) -> tuple[list, list, list]:
    """Each client takes the workshop's lease on its own thread, released at one moment:
    (leases won, refusals, anything else raised)."""
    won, refused, other = [], [], []
    start = threading.Barrier(len(clients))

    def open_screen(i: int) -> None:
        start.wait()
        try:
            won.append(lease.take(clients[i], workshop_id, f"client-{i}", f"kişi {i}", at))
        except LeaseHeldError as exc:
            refused.append(exc)
        except BaseException as exc:  # collected; the assertion names it
            other.append(exc)

    threads = [threading.Thread(target=open_screen, args=(i,)) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return won, refused, other


def test_two_clients_of_a_server_opening_one_workshop_at_once_get_it_once(postgres_url):
    """Two organizers' Facilitators (their own connections) open the same live screen at
    the same moment, for ten workshops in turn: each time exactly one gets it."""
    from facilitator.services.demo import load_demo

    setup = Store.open(postgres_url)
    try:
        load_demo(setup)
        ids = [w.id for w in workshops.list_workshops(setup)][:10]
        at = workshops.get_workshop(setup, ids[0]).planned_start
    finally:
        setup.close()
    clients = [Store.open(postgres_url) for _ in range(2)]
    try:
        for workshop_id in ids:
            won, refused, other = _open_at_once(clients, workshop_id, at)
            assert other == []
            assert len(won) == 1 and len(refused) == 1
            assert refused[0].label == won[0].label
            assert lease.current(clients[0], workshop_id) == won[0]
    finally:
        for client in clients:
            client.close()
