"""The session's life: ended → reopened (undoably) → ended again; items never reached; the
summary the live screen shows at the end; rehearsing on a throw-away copy."""

from __future__ import annotations

import pytest

from facilitator.errors import StaleEditError, ValidationError
from facilitator.models import Sector, WorkshopStatus
from facilitator.services import (
    commitments,
    directory,
    document_data,
    listing,
    live,
    workshops,
)
from facilitator.services.live import ItemStatus, rehearsal
from tests.services.test_live import check_in, clock, room, unchanged  # noqa: F401


def _run_two_items_and_end(store, room, clock):  # noqa: F811
    live.start_session(store, room.workshop_id, clock())
    clock.advance(minutes=12)
    live.next_item(store, room.workshop_id, clock())
    clock.advance(minutes=20)
    return live.end_session(store, room.workshop_id, clock())


def test_items_not_reached_are_recorded_as_such_and_printed_in_the_minutes(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
):
    state = _run_two_items_and_end(store, room, clock)
    assert [i.status for i in state.items] == [
        ItemStatus.DONE,
        ItemStatus.DONE,
        *[ItemStatus.NOT_REACHED] * (len(room.items) - 2),
    ]
    lines = document_data.minutes_data(store, room.workshop_id).agenda
    assert [line.not_reached for line in lines] == [False, False] + [True] * (len(lines) - 2)


def test_before_the_session_nothing_is_not_reached(store, room, clock):  # noqa: F811
    state = live.session_state(store, room.workshop_id, clock())
    assert {i.status for i in state.items} == {ItemStatus.UPCOMING}
    lines = document_data.agenda_data(store, room.workshop_id).agenda
    assert not any(line.not_reached for line in lines)


def test_reopen_goes_on_with_the_item_running_at_the_end_and_undo_ends_it_again(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
):
    live.start_session(store, room.workshop_id, clock())
    clock.advance(minutes=12)
    live.next_item(store, room.workshop_id, clock())
    clock.advance(minutes=5)
    ended = live.end_session(store, room.workshop_id, clock())
    assert ended.status is WorkshopStatus.HELD

    clock.advance(minutes=30)
    reopened = live.reopen_session(store, room.workshop_id, clock())
    state = live.session_state(store, room.workshop_id, clock())
    assert state.in_session and state.session_ended_at is None
    assert state.current_item.id == room.items[1] == reopened.resumed_item_id
    assert state.items[2].status is ItemStatus.UPCOMING  # reachable again

    live.undo_reopen(store, reopened)
    again = live.session_state(store, room.workshop_id, clock())
    assert again.status is WorkshopStatus.HELD  # ended exactly as it was
    assert again.session_ended_at == ended.session_ended_at
    assert [(i.status, i.actual_start, i.actual_end) for i in again.items] == [
        (i.status, i.actual_start, i.actual_end) for i in ended.items
    ]


def test_undoing_a_reopen_is_refused_once_something_was_recorded(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
    unchanged,  # noqa: F811
):
    _run_two_items_and_end(store, room, clock)
    clock.advance(minutes=10)
    reopened = live.reopen_session(store, room.workshop_id, clock())
    clock.advance(minutes=1)
    live.add_note(store, room.workshop_id, "Unutulan bir öneri", now=clock())
    check = unchanged()
    with pytest.raises(StaleEditError, match="since it was reopened"):
        live.undo_reopen(store, reopened)
    check()
    live.end_session(store, room.workshop_id, clock())
    with pytest.raises(StaleEditError):
        live.undo_reopen(store, reopened)  # ended again since: not the state it reopened


def test_reopen_and_start_are_refused_in_the_wrong_state(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
    unchanged,  # noqa: F811
):
    check = unchanged()
    with pytest.raises(ValidationError, match="has not started"):
        live.reopen_session(store, room.workshop_id, clock())
    check()
    _run_two_items_and_end(store, room, clock)
    check = unchanged()
    with pytest.raises(ValidationError, match="reopen it to go on"):
        live.start_session(store, room.workshop_id, clock())
    check()


def test_end_reopen_note_end_keeps_the_note_on_its_item_in_the_minutes(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
):
    _run_two_items_and_end(store, room, clock)
    clock.advance(minutes=15)
    live.reopen_session(store, room.workshop_id, clock())
    live.add_note(store, room.workshop_id, "Sonradan eklenen karar notu", now=clock())
    clock.advance(minutes=2)
    live.end_session(store, room.workshop_id, clock())
    minutes = document_data.minutes_data(store, room.workshop_id)
    noted = next(n for n in minutes.notes if n.text == "Sonradan eklenen karar notu")
    assert noted.agenda_item_id == room.items[1]  # on the item that went on
    assert minutes.workshop.actual_end == clock()


def test_the_summary_counts_what_the_session_produced(store, room, clock):  # noqa: F811
    check_in(store, room, clock, "mehmet", "ayse")
    live.start_session(store, room.workshop_id, clock())
    for text, kind in [("Bir", "point"), ("İki", "point"), ("Fikir", "idea")]:
        live.add_note(store, room.workshop_id, text, kind=kind, now=clock())
    live.request_floor(store, room.workshop_id, room.people["mehmet"], clock())
    live.next_speaker(store, room.workshop_id, clock())
    clock.advance(minutes=3)
    live.end_turn(store, room.workshop_id, clock())
    commitments.create_commitment(
        store,
        title="Gönüllü eğitimi",
        organization_id=room.orgs["oncu"],
        workshop_id=room.workshop_id,
        contribution_type="expertise",
    )
    clock.advance(minutes=10)
    live.end_session(store, room.workshop_id, clock())
    summary = live.session_summary(store, room.workshop_id, clock())
    assert len(summary.reached) == 1 and len(summary.not_reached) == len(room.items) - 1
    assert summary.note_count == 3
    assert dict(summary.notes_by_kind) == {"point": 2, "idea": 1}
    assert [(c.organization_name, c.title) for c in summary.commitments] == [
        ("Öncü Gıda San. ve Tic. A.Ş.", "Gönüllü eğitimi")
    ]
    sector = directory.get_organization(store, room.orgs["oncu"]).sector
    assert [(t.sector, t.seconds, t.speakers) for t in summary.speaking_by_sector] == [
        (Sector(sector), 180, 1)  # Mehmet speaks for Öncü Gıda here
    ]


def test_a_rehearsal_runs_on_a_copy_and_leaves_the_workshop_untouched(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
    dump_database,
    tmp_path,
):
    before = dump_database(store)
    folder = tmp_path / "rehearsals"
    copy = rehearsal.open_rehearsal(store, room.workshop_id, folder)
    assert not copy.resumed and copy.path.parent == folder
    try:
        live.start_session(copy.store, copy.workshop_id, clock())
        live.add_note(copy.store, copy.workshop_id, "Prova notu", now=clock())
        state = live.session_state(copy.store, copy.workshop_id, clock())
        assert (
            state.current_item.title
            == live.session_state(store, room.workshop_id, clock()).items[0].title
        )
    finally:
        copy.store.close()
    assert dump_database(store) == before  # nothing reached the workshop

    again = rehearsal.open_rehearsal(store, room.workshop_id, folder)
    assert again.resumed  # left by an interrupted rehearsal: resumed as it was
    assert live.last_note(again.store, again.workshop_id).text == "Prova notu"
    rehearsal.close_rehearsal(again)
    assert list(folder.iterdir()) == []  # closing deletes the copy and its side files
    assert dump_database(store) == before


def test_a_workshop_in_session_or_held_is_not_rehearsed(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
    tmp_path,
):
    folder = tmp_path / "rehearsals"
    live.start_session(store, room.workshop_id, clock())
    with pytest.raises(ValidationError, match="in session"):
        rehearsal.open_rehearsal(store, room.workshop_id, folder)
    live.end_session(store, room.workshop_id, clock())
    with pytest.raises(ValidationError, match="has been held"):
        rehearsal.open_rehearsal(store, room.workshop_id, folder)
    assert not folder.exists()


def test_a_damaged_rehearsal_copy_is_replaced_by_a_fresh_one(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
    tmp_path,
):
    uuid = workshops.get_workshop(store, room.workshop_id).uuid
    path = rehearsal.rehearsal_path(tmp_path, store, uuid)
    path.write_bytes(b"not a database at all")
    copy = rehearsal.open_rehearsal(store, room.workshop_id, tmp_path)
    try:
        assert not copy.resumed
        assert live.session_state(copy.store, copy.workshop_id, clock()).session_started_at is None
    finally:
        rehearsal.close_rehearsal(copy)
    assert not path.exists()


def test_a_database_without_a_file_rehearses_the_workshop_alone_through_its_bundle(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
    make_workshop,
    tmp_path,
    monkeypatch,
):
    other = make_workshop("Başka bir çalıştay")
    monkeypatch.setattr(store, "path", None)  # as a database server is
    copy = rehearsal.open_rehearsal(store, room.workshop_id, tmp_path / "rehearsals")
    try:
        titles = {w.title for w in listing.list_workshops(copy.store)}
        assert titles == {workshops.get_workshop(store, room.workshop_id).title}
        assert other.title not in titles
        assert len(live.session_state(copy.store, copy.workshop_id, clock()).items) == len(
            room.items
        )
    finally:
        rehearsal.close_rehearsal(copy)
    assert list((tmp_path / "rehearsals").iterdir()) == []


def test_undoing_a_reopen_is_refused_once_a_waiting_speaker_was_given_the_floor(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
    unchanged,  # noqa: F811
):
    check_in(store, room, clock, "mehmet")
    live.start_session(store, room.workshop_id, clock())
    live.request_floor(store, room.workshop_id, room.people["mehmet"], clock())
    clock.advance(minutes=5)
    live.end_session(store, room.workshop_id, clock())  # Mehmet still waiting
    clock.advance(minutes=5)
    reopened = live.reopen_session(store, room.workshop_id, clock())
    clock.advance(minutes=1)
    live.next_speaker(store, room.workshop_id, clock())  # requested before, speaks now
    check = unchanged()
    with pytest.raises(StaleEditError):
        live.undo_reopen(store, reopened)  # would leave him speaking in an ended session
    check()


def test_rehearsals_of_two_databases_holding_the_same_workshop_never_share_a_copy(
    store,
    room,  # noqa: F811
    tmp_path,
):
    from facilitator.services import bundles
    from facilitator.store import Store

    bundle = tmp_path / "aynı.facilitator"
    bundles.export_bundle(store, room.workshop_id, bundle)
    other = Store.open(tmp_path / "başka.db")
    try:
        bundles.apply_import(other, bundles.preview_import(other, bundle))
        (same,) = listing.list_workshops(other)
        folder = tmp_path / "rehearsals"
        first = rehearsal.open_rehearsal(store, room.workshop_id, folder)
        second = rehearsal.open_rehearsal(other, same.id, folder)
        try:
            assert first.path != second.path and not second.resumed
            # The same copy a second time while the first window holds it: refused.
            with pytest.raises(ValidationError, match="another Facilitator window"):
                rehearsal.open_rehearsal(store, room.workshop_id, folder)
            assert first.path.exists()
        finally:
            rehearsal.close_rehearsal(first)
            rehearsal.close_rehearsal(second)
    finally:
        other.close()


def test_a_copy_left_by_a_crash_goes_once_its_workshop_is_held(
    store,
    room,  # noqa: F811
    clock,  # noqa: F811
    tmp_path,
):
    folder = tmp_path / "rehearsals"
    copy = rehearsal.open_rehearsal(store, room.workshop_id, folder)
    copy.store.close()  # killed: the copy stays
    assert copy.path.exists()
    assert rehearsal.sweep_leftovers(store, folder) == 0  # still rehearsable: kept
    live.start_session(store, room.workshop_id, clock())
    live.end_session(store, room.workshop_id, clock())
    assert rehearsal.sweep_leftovers(store, folder) == 1
    assert list(folder.iterdir()) == []
