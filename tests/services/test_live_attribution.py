"""Attribution to anyone expected: a note or a turn of someone not yet checked in marks
them present in the same commit, and its undo puts the attendance back. Short names of
organizations ("BBB") find their people."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitator.errors import ValidationError
from facilitator.models import Attendance, Invitation, Workshop
from facilitator.services import agenda, attendees, directory, live
from facilitator.services.live import checkin, notes, speakers

BBB = "Büyükşehir Belediyesi Sosyal Hizmetler Daire Başkanlığı"


@pytest.fixture
def room(demo):
    store, workshop_id = demo.store, demo.workshop(6)
    agenda.add_item(store, workshop_id, "Açılış", planned_minutes=10)
    org = directory.create_organization(store, BBB, short_name="BBB")
    person = directory.create_person(store, "Ayşe", "Yılmaz", organization_id=org.id)
    row = attendees.add_attendee(store, workshop_id, person.id)
    with store.session() as s:
        start = s.get(Workshop, workshop_id).planned_start
    live.start_session(store, workshop_id, start)
    return store, workshop_id, row, start


def _attendance(store, workshop_id, participation_id):
    return next(r for r in attendees.list_attendees(store, workshop_id) if r.id == participation_id)


def test_a_note_of_someone_not_checked_in_marks_them_present_and_its_undo_unmarks(room):
    store, workshop_id, ayse, start = room
    assert ayse.attendance is Attendance.UNKNOWN
    now = start + timedelta(minutes=3)
    row, marked = notes.add_note_marking_present(
        store, workshop_id, "Gönüllü sayısı artmalı", speaker_id=ayse.person_id, now=now
    )
    assert row.speaker_id == ayse.person_id
    assert marked is not None and marked.name == "Ayşe Yılmaz"
    after = _attendance(store, workshop_id, ayse.id)
    assert after.attendance is Attendance.PRESENT and after.arrived_at == now

    snapshot = notes.delete_note_unmarking(store, row.id, marked)
    assert live.notes_of_item(store, workshop_id, row.agenda_item_id) == []
    back = _attendance(store, workshop_id, ayse.id)
    assert back.attendance is Attendance.UNKNOWN and back.arrived_at is None

    again = notes.restore_note_marking(store, snapshot, marked)
    assert again.uuid == row.uuid
    assert _attendance(store, workshop_id, ayse.id).attendance is Attendance.PRESENT


def test_a_note_of_someone_present_changes_no_attendance(room):
    store, workshop_id, ayse, start = room
    live.set_present(store, ayse.id, True, start)
    row, marked = notes.add_note_marking_present(
        store, workshop_id, "Söz", speaker_id=ayse.person_id, now=start + timedelta(minutes=1)
    )
    assert marked is None
    notes.delete_note_unmarking(store, row.id, marked)
    after = _attendance(store, workshop_id, ayse.id)
    assert after.attendance is Attendance.PRESENT and after.arrived_at == start


def test_the_undo_keeps_a_check_in_made_at_the_door_since(room):
    store, workshop_id, ayse, start = room
    row, marked = notes.add_note_marking_present(
        store, workshop_id, "Söz", speaker_id=ayse.person_id, now=start
    )
    live.set_present(store, ayse.id, False, start)  # checked out since …
    live.set_present(store, ayse.id, True, start + timedelta(minutes=9))  # … and in again
    notes.delete_note_unmarking(store, row.id, marked)
    after = _attendance(store, workshop_id, ayse.id)
    assert after.attendance is Attendance.PRESENT
    assert after.arrived_at == start + timedelta(minutes=9)


def test_someone_recorded_absent_who_speaks_is_present_and_the_undo_says_absent_again(room):
    store, workshop_id, ayse, start = room
    attendees.update_attendees(store, [ayse.id], attendance=Attendance.ABSENT)
    turn, marked = speakers.request_floor_marking_present(store, workshop_id, ayse.person_id, start)
    assert turn.person_id == ayse.person_id and turn.waiting
    assert _attendance(store, workshop_id, ayse.id).attendance is Attendance.PRESENT
    speakers.withdraw_unmarking(store, turn.id, marked)
    assert live.queue(store, workshop_id) == []
    assert _attendance(store, workshop_id, ayse.id).attendance is Attendance.ABSENT


def test_the_plain_queue_still_refuses_someone_not_checked_in(room):
    store, workshop_id, ayse, start = room
    with pytest.raises(ValidationError, match="not checked in"):
        live.request_floor(store, workshop_id, ayse.person_id, start)


def test_a_refused_note_marks_nobody_present(room):
    store, workshop_id, ayse, start = room
    with pytest.raises(ValidationError):
        notes.add_note_marking_present(
            store, workshop_id, "   ", speaker_id=ayse.person_id, now=start
        )
    assert _attendance(store, workshop_id, ayse.id).attendance is Attendance.UNKNOWN


def test_the_short_name_of_an_organization_finds_its_people(room):
    store, workshop_id, ayse, _start = room
    assert [r.id for r in live.find_attendees(store, workshop_id, "bbb")] == [ayse.id]
    assert [r.id for r in checkin.find_attendees(store, workshop_id, "BBB yılmaz")] == [ayse.id]
    # The directory and the attendees tab's "add people" search too (organization and people).
    assert [o.name for o in directory.list_organizations(store, "bbb")] == [BBB]
    assert "Yılmaz" in [p.family_name for p in directory.list_people(store, "BBB")]


def test_present_come_first_then_the_expected_then_who_declined_or_is_absent(room):
    store, workshop_id, ayse, start = room
    rows = attendees.list_attendees(store, workshop_id)
    declined, absent, present = rows[0], rows[1], rows[2]
    attendees.update_attendees(store, [declined.id], invitation=Invitation.DECLINED)
    attendees.update_attendees(store, [absent.id], attendance=Attendance.ABSENT)
    live.set_present(store, present.id, True, start)
    ranked = checkin.by_presence(attendees.list_attendees(store, workshop_id))
    ids = [r.id for r in ranked]
    assert ids[0] == present.id
    assert set(ids[-2:]) == {declined.id, absent.id}
    assert ids.index(ayse.id) < ids.index(declined.id)


def test_a_position_by_name_of_someone_not_checked_in_marks_them_present(room):
    from facilitator.services import proposals

    store, workshop_id, ayse, start = room
    note = live.add_note(store, workshop_id, "Kurul dönüşümlü değişsin", now=start)
    proposal = proposals.proposal_from_note(store, note.id)
    r = proposals.open_round(store, proposal.id, now=start)
    assert ayse.person_id not in [v.id for v in proposals.voters(store, workshop_id, r.voice)]
    with pytest.raises(ValidationError, match="not checked in"):
        proposals.record_position(store, r.id, ayse.person_id, "1")

    now = start + timedelta(minutes=2)
    after, marked = proposals.record_position_marking_present(store, r.id, ayse.person_id, "1", now)
    assert marked is not None and marked.attendance is Attendance.UNKNOWN
    assert dict(after.tally)["1"] == 1
    assert _attendance(store, workshop_id, ayse.id).attendance is Attendance.PRESENT
