"""A round offers every attendee (sign-in on paper leaves nobody checked in); a position of
someone not checked in marks them present in the same commit, its undo takes back both;
how the round counts is unchanged (one voice per person or per institution)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitator.errors import StaleEditError, ValidationError
from facilitator.models import Attendance, Invitation, Voice, Workshop
from facilitator.services import agenda, attendees, directory, live, proposals


@pytest.fixture
def room(demo):
    """Workshop 6 with two people of one institution and one of another; nobody present."""
    store, workshop_id = demo.store, demo.workshop(6)
    agenda.add_item(store, workshop_id, "Açılış", planned_minutes=10)
    attendees.remove_attendees(store, [r.id for r in attendees.list_attendees(store, workshop_id)])
    bbb = directory.create_organization(store, "Büyükşehir Belediyesi", short_name="BBB")
    dernek = directory.create_organization(store, "Işık Derneği")
    rows = {}
    for given, family, org in (
        ("Ayşe", "Yılmaz", bbb),
        ("Çağrı", "Işıldak", bbb),
        ("İlker", "Öz", dernek),
        ("Oya", "Erdem", None),
    ):
        person = directory.create_person(store, given, family)
        rows[given] = attendees.add_attendee(
            store, workshop_id, person.id, organization_id=org.id if org else None
        )
    with store.session() as s:
        start = s.get(Workshop, workshop_id).planned_start
    live.start_session(store, workshop_id, start)
    note = live.add_note(store, workshop_id, "Kurul dönüşümlü değişsin", now=start)
    proposal = proposals.proposal_from_note(store, note.id)
    return store, workshop_id, rows, start, proposal, (bbb, dernek)


def _attendance(store, workshop_id, participation_id):
    return next(r for r in attendees.list_attendees(store, workshop_id) if r.id == participation_id)


def test_every_attendee_is_offered_present_first_then_not_checked_in_then_declined(room):
    store, workshop_id, rows, start, _proposal, _orgs = room
    attendees.update_attendees(store, [rows["Oya"].id], invitation=Invitation.DECLINED)
    live.set_present(store, rows["İlker"].id, True, start)
    offered = proposals.candidates(store, workshop_id, Voice.PERSON)
    assert [(v.name, v.presence) for v in offered] == [
        ("İlker Öz", proposals.PRESENT),
        ("Ayşe Yılmaz", proposals.NOT_CHECKED_IN),
        ("Çağrı Işıldak", proposals.NOT_CHECKED_IN),
        ("Oya Erdem", proposals.DECLINED),
    ]
    present = [v for v in offered if v.present]
    assert present == proposals.voters(store, workshop_id, Voice.PERSON)


def test_institutions_are_offered_once_each_with_who_may_speak_for_them(room):
    store, workshop_id, rows, start, _proposal, (bbb, dernek) = room
    live.set_present(store, rows["İlker"].id, True, start)
    offered = proposals.candidates(store, workshop_id, Voice.ORGANIZATION)
    assert [(v.id, v.detail, v.presence) for v in offered] == [
        (dernek.id, "İlker Öz", proposals.PRESENT),
        (bbb.id, "Ayşe Yılmaz, Çağrı Işıldak", proposals.NOT_CHECKED_IN),
    ]
    assert proposals.candidates(store, workshop_id, Voice.COUNTS) == []


def test_a_position_of_someone_not_checked_in_marks_them_present_and_the_undo_takes_both(room):
    store, workshop_id, rows, start, proposal, _orgs = room
    r = proposals.open_round(store, proposal.id, now=start)
    ayse = rows["Ayşe"]
    now = start + timedelta(minutes=2)
    after, marked = proposals.record_position_marking_present(store, r.id, ayse.person_id, "1", now)
    assert dict(after.tally)["1"] == 1 and after.total == 1
    assert marked.name == "Ayşe Yılmaz"
    present = _attendance(store, workshop_id, ayse.id)
    assert (present.attendance, present.arrived_at) == (Attendance.PRESENT, now)

    given = after.position_of(ayse.person_id)
    back = proposals.take_back_position(store, r.id, ayse.person_id, None, given, marked)
    assert back.total == 0
    unmarked = _attendance(store, workshop_id, ayse.id)
    assert (unmarked.attendance, unmarked.arrived_at) == (Attendance.UNKNOWN, None)

    again = proposals.give_position_again(store, r.id, ayse.person_id, None, given, marked)
    assert again.total == 1
    assert _attendance(store, workshop_id, ayse.id).attendance is Attendance.PRESENT


def test_the_undo_refuses_when_the_position_was_changed_since(room):
    store, workshop_id, rows, start, proposal, _orgs = room
    r = proposals.open_round(store, proposal.id, now=start)
    ayse = rows["Ayşe"]
    after, marked = proposals.record_position_marking_present(
        store, r.id, ayse.person_id, "1", start
    )
    given = after.position_of(ayse.person_id)
    proposals.record_position(store, r.id, ayse.person_id, "3")  # changed since
    with pytest.raises(StaleEditError):
        proposals.take_back_position(store, r.id, ayse.person_id, None, given, marked)
    assert _attendance(store, workshop_id, ayse.id).attendance is Attendance.PRESENT
    assert proposals.get_round(store, r.id).position_of(ayse.person_id).value == "3"


def test_an_institution_with_one_attendee_marks_them_present_several_are_named(room):
    store, workshop_id, rows, start, proposal, (bbb, dernek) = room
    proposals.update_proposal(store, proposal.id, voice=Voice.ORGANIZATION)
    r = proposals.open_round(store, proposal.id, now=start)
    after, marked = proposals.record_position_marking_present(store, r.id, dernek.id, "2", start)
    assert marked.name == "İlker Öz" and after.total == 1
    assert _attendance(store, workshop_id, rows["İlker"].id).attendance is Attendance.PRESENT

    with pytest.raises(ValidationError, match="Ayşe Yılmaz, Çağrı Işıldak"):
        proposals.record_position_marking_present(store, r.id, bbb.id, "2", start)
    assert _attendance(store, workshop_id, rows["Ayşe"].id).attendance is Attendance.UNKNOWN
    live.set_present(store, rows["Çağrı"].id, True, start)  # checked in at the door
    after, marked = proposals.record_position_marking_present(store, r.id, bbb.id, "4", start)
    assert marked is None and after.total == 2  # one voice per institution, as before


def test_offering_everyone_does_not_change_the_count(room):
    store, _workshop_id, rows, start, proposal, _orgs = room
    r = proposals.open_round(store, proposal.id, now=start)
    proposals.record_position_marking_present(store, r.id, rows["Ayşe"].person_id, "1", start)
    closed = proposals.close_round(store, r.id, start + timedelta(minutes=1))
    # Four offered, one position: the round counts one voice.
    assert closed.total == 1 and dict(closed.tally)["1"] == 1


def test_a_note_given_to_someone_not_checked_in_marks_them_present_and_the_undo_unmarks(room):
    from facilitator.services.live import notes

    store, workshop_id, rows, start, _proposal, _orgs = room
    note = live.add_note(store, workshop_id, "Söz aldı", now=start)
    ayse = rows["Ayşe"]
    row, marked = notes.edit_note_marking_present(
        store, note.id, now=start, speaker_id=ayse.person_id
    )
    assert row.speaker_id == ayse.person_id and marked.name == "Ayşe Yılmaz"
    assert _attendance(store, workshop_id, ayse.id).attendance is Attendance.PRESENT
    notes.edit_note_unmarking(
        store, note.id, marked, expect={"speaker_id": ayse.person_id}, speaker_id=None
    )
    assert live.last_note(store, workshop_id).speaker_id is None
    assert _attendance(store, workshop_id, ayse.id).attendance is Attendance.UNKNOWN
    # A text edit alone marks nobody.
    _row, marked = notes.edit_note_marking_present(store, note.id, now=start, text="Söz")
    assert marked is None
