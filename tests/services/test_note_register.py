"""The Notes tab's service: every note of a workshop read once, grouped and filtered in Python,
and the corrections after the session (time, several notes moved, several deleted) with undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from facilitator.errors import StaleEditError, ValidationError
from facilitator.models import NoteKind, Proposal
from facilitator.services import document_data, live
from facilitator.services.live import notes as live_notes
from facilitator.services.note_register import (
    NOBODY,
    NoteFilter,
    NoteIndex,
    note_register,
    note_values,
)

AFTER = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # after the fifth workshop's session


def fifth(demo):
    return demo.workshop(5)


def test_register_groups_notes_in_agenda_order_with_other_notes_last(demo):
    workshop_id = fifth(demo)
    register = note_register(demo.store, workshop_id)
    loose = live.add_note(demo.store, workshop_id, "Kâğıda alınan not", now=AFTER)
    live_notes.move_notes(demo.store, {loose.id: None})
    register = note_register(demo.store, workshop_id)
    positions = {i.id: i.position for i in register.items}
    order = [positions.get(n.agenda_item_id, 10_000) for n in register.notes]
    assert order == sorted(order)
    assert register.notes[-1].uuid == loose.uuid and register.notes[-1].agenda_item_id is None
    # Within an item, the order they were taken.
    first_item = [n for n in register.notes if n.agenda_item_id == register.items[3].id]
    assert [n.noted_at for n in first_item] == sorted(n.noted_at for n in first_item)
    assert len(first_item) == 5
    # Every attendee can be named a speaker, not only those present.
    assert len(register.speakers) > 20


def test_search_is_turkish_aware_and_filters_combine(demo):
    register = note_register(demo.store, fifth(demo))
    index = NoteIndex(register.notes)

    def texts(**wanted) -> list[str]:
        return [index.notes[n].text for n in index.matching(NoteFilter(**wanted))]

    assert len(texts()) == len(register.notes)
    # The speaker "İsmail Işık" is found typed any way a Turkish keyboard gives it.
    by_ismail = texts(query="İSMAİL")
    assert by_ismail == ["Platform tüzel kişilik mi olacak, yoksa protokolle mi işleyecek?"]
    assert texts(query="ismail ışık") == by_ismail
    # Capital I is the dotless one in Turkish: "ISIK" finds Işık (the person, the foundation).
    assert by_ismail[0] in texts(query="ISIK") == texts(query="ışık")
    assert texts(query="ISIK") == [
        n.text for n in register.notes if "Işık" in f"{n.speaker_name} {n.organization_name}"
    ]
    assert texts(query="tuzel kisilik") == texts(query="TÜZEL KİŞİLİK") != []
    # A word of the organization represented.
    assert texts(query="lösemili") == texts(query="ISIK")
    assert texts(kind=NoteKind.QUOTE) == [
        n.text for n in register.notes if n.kind is NoteKind.QUOTE
    ]
    assert texts(kind=NoteKind.QUOTE, query="ismail") == []
    speaker = register.notes[0].speaker_id
    assert texts(speaker_id=speaker) == [n.text for n in register.notes if n.speaker_id == speaker]
    assert texts(speaker_id=NOBODY) == [n.text for n in register.notes if n.speaker_id is None]
    organization = register.notes[0].organization_name
    assert texts(organization=organization) == [
        n.text for n in register.notes if n.organization_name == organization
    ]


def test_time_of_a_note_is_corrected_in_utc_and_undone_with_expect(demo):
    note = note_register(demo.store, fifth(demo)).notes[0]
    local = note.noted_at.astimezone(ZoneInfo("Europe/Istanbul"))  # typed in Istanbul time
    corrected = live.edit_note(demo.store, note.id, noted_at=local - timedelta(minutes=7))
    assert corrected.noted_at == note.noted_at - timedelta(minutes=7)
    assert corrected.noted_at.tzinfo is UTC
    # An undo that expects the time it left refuses once the time was changed elsewhere.
    live.edit_note(demo.store, note.id, noted_at=note.noted_at + timedelta(hours=1))
    with pytest.raises(StaleEditError):
        live.edit_note(
            demo.store, note.id, expect={"noted_at": corrected.noted_at}, noted_at=note.noted_at
        )
    with pytest.raises(ValidationError):
        live.edit_note(demo.store, note.id, noted_at=datetime(2026, 3, 14, 10, 0))  # no zone


def test_move_notes_is_all_or_none_and_its_undo_expects_the_item(demo):
    register = note_register(demo.store, fifth(demo))
    target = register.items[0].id
    moved = [n for n in register.notes if n.agenda_item_id != target][:3]
    rows = live_notes.move_notes(demo.store, {n.id: target for n in moved})
    assert {r.agenda_item_id for r in rows} == {target}
    # Someone moves one of them elsewhere; the undo of the move refuses and moves none.
    live.edit_note(demo.store, moved[1].id, agenda_item_id=register.items[1].id)
    with pytest.raises(StaleEditError):
        live_notes.move_notes(
            demo.store,
            {n.id: n.agenda_item_id for n in moved},
            expect={n.id: {"agenda_item_id": target} for n in moved},
        )
    after = {n.id: n.agenda_item_id for n in note_register(demo.store, fifth(demo)).notes}
    assert after[moved[0].id] == target and after[moved[2].id] == target
    # An item of another workshop is refused.
    other_item = note_register(demo.store, demo.workshop(4)).items[0].id
    with pytest.raises(ValidationError):
        live_notes.move_notes(demo.store, {moved[0].id: other_item})


def test_delete_notes_and_restore_them_with_their_proposals(demo):
    store = demo.store
    register = note_register(store, fifth(demo))
    with store.session() as s:
        source_ids = set(s.scalars(select(Proposal.source_note_id)).all())
    with_proposal = next(n for n in register.notes if n.id in source_ids)
    other = next(n for n in register.notes if n.id not in source_ids)
    snapshots = live_notes.delete_notes(store, [with_proposal.id, other.id])
    assert len(note_register(store, fifth(demo)).notes) == len(register.notes) - 2
    rows = live_notes.restore_notes(store, snapshots)
    assert [r.uuid for r in rows] == [with_proposal.uuid, other.uuid]
    with store.session() as s:
        linked = s.scalars(
            select(Proposal.source_note_id).where(Proposal.source_note_id == rows[0].id)
        ).all()
    assert linked
    # The redo expects what came back: a change since keeps both notes.
    live.edit_note(store, rows[1].id, text="Sonradan düzeltildi")
    with pytest.raises(StaleEditError):
        live_notes.delete_notes(
            store, [r.id for r in rows], expect={r.id: note_values(r) for r in rows}
        )
    assert len(note_register(store, fifth(demo)).notes) == len(register.notes)


def test_minutes_show_a_note_corrected_after_the_session(demo):
    store, workshop_id = demo.store, fifth(demo)
    register = note_register(store, workshop_id)
    note = register.notes[0]
    speaker = next(s for s in register.speakers if s.person_id != note.speaker_id)
    live.edit_note(
        store,
        note.id,
        text="Çalıştay kuralları düzeltildi: söz sırası",
        **{"speaker_id": speaker.person_id},
    )
    minutes = document_data.minutes_data(store, workshop_id)
    line = next(n for n in minutes.notes if n.text.startswith("Çalıştay kuralları düzeltildi"))
    assert speaker.name.endswith(line.speaker) or line.speaker in speaker.name
    assert not any(n.text == note.text for n in minutes.notes)


def test_a_note_taken_on_paper_keeps_its_time_and_item(demo):
    store, workshop_id = demo.store, fifth(demo)
    register = note_register(store, workshop_id)
    item = register.items[2]
    at = register.default_time(item.id)
    row = live.add_note(store, workshop_id, "Kâğıttan", agenda_item_id=item.id, now=at)
    assert (row.agenda_item_id, row.noted_at) == (item.id, at)
    again = note_register(store, workshop_id)
    assert again.default_time(item.id) == at


def test_an_organization_is_found_by_its_short_name_too(demo):
    from facilitator.services import directory

    register = note_register(demo.store, fifth(demo))
    spoken = next(n for n in register.notes if n.organization_name)
    org = next(
        o for o in directory.list_organizations(demo.store) if o.name == spoken.organization_name
    )
    directory.update_organization(demo.store, org.id, short_name="ÇGD")
    index = NoteIndex(note_register(demo.store, fifth(demo)).notes)
    found = [index.notes[n] for n in index.matching(NoteFilter(query="çgd"))]
    assert found and {n.organization_name for n in found} == {spoken.organization_name}
    assert [n.text for n in found] == [
        n.text for n in register.notes if n.organization_name == spoken.organization_name
    ]
