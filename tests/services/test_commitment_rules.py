"""Commitments stay reviewable when their workshop is deleted or moved, and keep to their
own series, organization, decision and order of workshops."""

from datetime import date

import pytest

from facilitator.errors import ValidationError
from facilitator.models import Note, Outcome, Proposal
from facilitator.services import commitments, directory, roadmap, workshops

TODAY = date(2027, 1, 16)


def test_open_commitments_are_still_carried_over_after_their_workshop_is_deleted(store, demo):
    before = {r.title for r in commitments.carried_over(store, demo.workshop(6), TODAY)}
    assert len(before) == 7
    workshops.delete_workshop(store, demo.workshop(5))
    # The 5th's nine, and the three of the 3rd and 4th reviewed there.
    assert len(commitments.commitments_of_series(store, demo.series_id)) == 12
    after = commitments.carried_over(store, demo.workshop(6), TODAY)
    assert {r.title for r in after} == before
    assert all(r.workshop_id is None for r in after)


def test_a_commitment_made_straight_on_the_roadmap_is_reviewed_at_the_next_workshop(
    store, demo, make_org
):
    org = make_org("Yeni Vakıf")
    row = commitments.create_commitment(
        store, "Yol haritasından taahhüt", org.id, series_id=demo.series_id
    )
    assert row.id in {r.id for r in commitments.carried_over(store, demo.workshop(6), TODAY)}


def test_moving_a_workshop_to_another_series_takes_its_commitments_along(store, demo):
    made = commitments.commitments_of_workshop(store, demo.workshop(5))
    assert len(made) == 9
    workshops.update_workshop(store, demo.workshop(5), series_id=demo.other_series_id)
    # Only those made at the 3rd and 4th stay (reviewed at the 5th, closed there).
    staying = commitments.commitments_of_series(store, demo.series_id)
    assert sorted(r.workshop_number for r in staying) == [3, 4, 4]
    moved = commitments.commitments_of_series(store, demo.other_series_id)
    assert {r.id for r in moved} == {r.id for r in made}
    assert all(r.phase_id is None for r in moved)  # the old series' phases do not apply
    assert commitments.carried_over(store, demo.workshop(6), TODAY) == []
    # The other series' workshops of 08.10.2026 and 11.02.2027 come after it (14.03.2026).
    later = demo.other_workshops[0]
    carried = commitments.carried_over(store, later, TODAY)
    assert len(carried) == 7
    reviewed = commitments.review(store, carried[0].id, later, "done")
    assert reviewed.reviewed_workshop_id == later
    # Moving it back brings them back to the first roadmap.
    workshops.update_workshop(store, demo.workshop(5), series_id=demo.series_id)
    assert len(commitments.commitments_of_series(store, demo.series_id)) == 12
    # All but the one marked done at the other series' workshop.
    assert len(commitments.carried_over(store, demo.workshop(6), TODAY)) == 6


def test_carry_over_only_reads_the_workshops_own_series(store, demo, make_org):
    org = make_org("Başka Dernek")
    row = commitments.create_commitment(
        store, "Diğer serinin işi", org.id, series_id=demo.other_series_id
    )
    assert row.id not in {r.id for r in commitments.carried_over(store, demo.workshop(6), TODAY)}


def test_the_person_must_be_with_the_organization(store, demo):
    row = commitments.commitments_of_workshop(store, demo.workshop(5))[0]
    stranger = next(
        p
        for p in directory.list_people(store)
        if p.organization_id and p.organization_id != row.organization_id
    )
    with pytest.raises(ValidationError, match="is not with"):
        commitments.update_commitment(store, row.id, person_id=stranger.id)
    assert commitments.get_commitment(store, row.id).person_id == row.person_id
    # Their own organization is fine.
    own = commitments.update_commitment(
        store, row.id, organization_id=stranger.organization_id, person_id=stranger.id
    )
    assert own.person_id == stranger.id


def test_a_decision_not_agreed_or_of_another_series_is_refused(store, demo):
    row = commitments.commitments_of_workshop(store, demo.workshop(5))[0]
    with store.transaction() as s:
        elsewhere = Proposal(
            workshop_id=demo.other_workshops[0],
            title="Başka serinin kararı",
            outcome=Outcome.AGREED,
        )
        rejected = Proposal(
            workshop_id=demo.workshop(5), title="Reddedilen öneri", outcome=Outcome.NOT_AGREED
        )
        s.add_all([elsewhere, rejected])
        s.flush()
        elsewhere_id, rejected_id = elsewhere.id, rejected.id
    with pytest.raises(ValidationError, match="another series"):
        commitments.update_commitment(store, row.id, proposal_id=elsewhere_id)
    with pytest.raises(ValidationError, match="has not been agreed"):
        commitments.update_commitment(store, row.id, proposal_id=rejected_id)
    assert commitments.get_commitment(store, row.id).proposal_id == row.proposal_id


def test_a_commitment_is_not_reviewed_at_a_workshop_before_the_one_where_it_was_made(store, demo):
    row = commitments.commitments_of_workshop(store, demo.workshop(5))[0]
    with pytest.raises(ValidationError, match="before the one where it was made"):
        commitments.review(store, row.id, demo.workshop(1), "done")
    unchanged = commitments.get_commitment(store, row.id)
    assert (unchanged.status, unchanged.reviewed_workshop_id) == (row.status, None)


def test_a_long_note_becomes_a_commitment_with_its_title_cut_at_a_word(store, demo):
    org_id = commitments.commitments_of_workshop(store, demo.workshop(5))[0].organization_id
    with store.transaction() as s:
        note = Note(workshop_id=demo.workshop(6), text="Uzun bir not cümlesi " * 400)
        s.add(note)
        s.flush()
        note_id = note.id
    row = commitments.commitment_from_note(store, note_id, org_id)
    assert len(row.title) <= commitments.MAX_TITLE
    # Cut after the last whole word that fits, with an ellipsis.
    assert row.title.endswith(" Uzun bir not cümlesi…")
    assert row.title.startswith("Uzun bir not cümlesi Uzun")
    # Without dates it is drawn as a one-day bar on the day it was made (the workshop's).
    bars = [
        (bar.start, bar.end)
        for lane in roadmap.timeline(store, row.series_id).lanes
        for bar in lane.bars
        if bar.commitment.id == row.id
    ]
    assert (row.start_date, row.due_date) == (None, None)
    assert bars == [(row.made_on, row.made_on)] and row.made_on == TODAY
