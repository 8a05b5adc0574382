"""Merging duplicate people and organizations keeps every participation and commitment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from facilitator.errors import NotFoundError, ValidationError
from facilitator.models import (
    Attendance,
    Commitment,
    DotRound,
    DotVote,
    Idea,
    Invitation,
    Note,
    Participation,
    Position,
    SpeakerTurn,
)
from facilitator.services import attendees, directory, ideas, merge
from facilitator.services.workshops import create_workshop


def _count(store, model, **where):
    with store.session() as s:
        stmt = select(func.count()).select_from(model)
        for column, value in where.items():
            stmt = stmt.where(getattr(model, column) == value)
        return s.scalar(stmt)


def test_merging_a_duplicate_person_moves_their_workshops_and_records(store, demo):
    people = demo.people()
    # A duplicate entry of Murat Çelikkaya, as an import from a sign-in sheet would make.
    duplicate = directory.create_person(
        store, "Murat", "Celikkaya", email="murat@csdd.example.org", phone="+90 532 000 00 00"
    )
    attendees.add_attendee(store, demo.workshop(6), duplicate.id, invitation="confirmed")
    start = datetime(2027, 4, 3, 10, 0, tzinfo=UTC)
    newcomer_workshop = create_workshop(
        store, "Gönüllü eşleştirme atölyesi", start, start + timedelta(hours=2)
    ).id
    attendees.add_attendee(store, newcomer_workshop, duplicate.id, attendance="present")
    murat = people["Murat Çelikkaya"]
    before = {w.workshop_id for w in directory.person_workshops(store, murat.id)}
    assert newcomer_workshop not in before and demo.workshop(6) in before

    result = merge.merge_people(store, murat.id, duplicate.id)

    after = directory.person_workshops(store, murat.id)
    assert {w.workshop_id for w in after} == before | {newcomer_workshop}
    sixth = next(w for w in after if w.workshop_id == demo.workshop(6))
    assert sixth.invitation is Invitation.CONFIRMED  # the richer status of the two
    # The newcomer workshop moves over; the sixth, where both entries attend, is combined.
    assert (result.moved, result.combined) == (1, 1)
    with pytest.raises(NotFoundError):
        directory.get_person(store, duplicate.id)
    kept = directory.get_person(store, murat.id)
    assert kept.email.endswith("@example.org")
    assert kept.phone  # kept its own
    assert _count(store, Participation, person_id=duplicate.id) == 0


def test_merging_people_moves_notes_turns_positions_and_commitments(store, demo):
    people = demo.people()
    keep, drop = people["Dilara Yüce"], people["Tolga Özkan"]
    counts = {
        model: _count(store, model, **{column: drop.id})
        for model, column in (
            (Note, "speaker_id"),
            (SpeakerTurn, "person_id"),
            (Commitment, "person_id"),
        )
    }
    assert counts[Commitment] == 1
    kept_before = {
        model: _count(store, model, **{column: keep.id})
        for model, column in (
            (Note, "speaker_id"),
            (SpeakerTurn, "person_id"),
            (Commitment, "person_id"),
        )
    }
    merge.merge_people(store, keep.id, drop.id)
    for model, column in (
        (Note, "speaker_id"),
        (SpeakerTurn, "person_id"),
        (Commitment, "person_id"),
    ):
        assert _count(store, model, **{column: drop.id}) == 0
        assert _count(store, model, **{column: keep.id}) == kept_before[model] + counts[model]


def test_two_positions_in_one_round_leave_one_voice(store, demo):
    people = demo.people()
    keep, drop = people["Murat Çelikkaya"], people["Gülşen Öztürk"]  # both voted in round 5/1
    positions = _count(store, Position)
    # The demo's ideas board: her ideas move, her dots move or fold into his (within the
    # budget of each round; test_merge_ideas.py says how).
    her_ideas = _count(store, Idea, author_id=drop.id)
    her_dots = _count(store, DotVote, person_id=drop.id)
    result = merge.merge_people(store, keep.id, drop.id)
    assert _count(store, Position) == positions - 1
    # Both attended workshops 1 to 5 (five attendances combined) and voted in round 5/1;
    # the review Gülşen reported on at the 5th moves to Murat.
    assert result.moved >= 1 + her_ideas and result.combined >= 6
    assert result.moved + result.combined == 7 + her_ideas + her_dots
    assert _count(store, Idea, author_id=drop.id) == _count(store, DotVote, person_id=drop.id) == 0
    with store.session() as s:
        for r in s.scalars(select(DotRound)):
            spent = ideas.spent(store, r.id)
            assert spent.get(keep.id, 0) <= r.budget


def test_merging_organizations_keeps_people_attendees_and_commitments(store, demo):
    orgs = demo.organizations()
    keep, drop = orgs["ÇSDD"], orgs["ÇYGD"]
    people_before = keep.people_count + drop.people_count
    commitments = _count(store, Commitment, organization_id=keep.id) + _count(
        store, Commitment, organization_id=drop.id
    )
    participations = _count(store, Participation, organization_id=keep.id) + _count(
        store, Participation, organization_id=drop.id
    )
    merge.merge_organizations(store, keep.id, drop.id)
    assert directory.get_organization(store, keep.id).people_count == people_before
    assert _count(store, Commitment, organization_id=keep.id) == commitments
    assert _count(store, Participation, organization_id=keep.id) == participations
    assert all(o.id != drop.id for o in directory.list_organizations(store))


def test_merging_an_organization_into_itself_is_refused(store, demo):
    orgs = demo.organizations()
    with pytest.raises(ValidationError, match="itself"):
        merge.merge_organizations(store, orgs["UÜ"].id, orgs["UÜ"].id)
    people = demo.people()
    with pytest.raises(ValidationError, match="themselves"):
        merge.merge_people(store, people["Cem Ekinci"].id, people["Cem Ekinci"].id)


def test_a_persons_workshops_are_listed_newest_first(store, demo):
    people = demo.people()
    rows = directory.person_workshops(store, people["Rüya Küçükosmanoğlu"].id)
    assert [r.planned_start for r in rows] == sorted((r.planned_start for r in rows), reverse=True)
    assert rows[0].workshop_id == demo.workshop(6)
    fifth = next(r for r in rows if r.workshop_id == demo.workshop(5))
    assert fifth.attendance is Attendance.PRESENT
    assert fifth.organization_name == "Uludere Üniversitesi Eğitim Fakültesi"


def test_merging_people_keeps_who_reported_on_a_review(store, demo):
    from facilitator.models import CommitmentReview

    with store.session() as s:
        review = s.scalars(
            select(CommitmentReview).where(CommitmentReview.reviewed_by_id.is_not(None))
        ).first()
        reporter, review_id = review.reviewed_by_id, review.id
    twin = directory.create_person(store, given_name="Gülşen", family_name="Öztürk (2)")
    merge.merge_people(store, keep_id=twin.id, drop_id=reporter)
    with store.session() as s:
        assert s.get(CommitmentReview, review_id).reviewed_by_id == twin.id
