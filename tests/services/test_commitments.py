"""Commitments: made at a workshop, from a note or a decision; carried over, overdue, reviewed."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from facilitator.errors import NotFoundError, ValidationError
from facilitator.models import (
    CommitmentStatus,
    ContributionType,
    Note,
    Outcome,
    Proposal,
    QuantityUnit,
)
from facilitator.services import commitments, roadmap
from facilitator.services.demo import demo_uuid


@pytest.fixture
def workshop(store, make_series, make_workshop):
    return make_workshop(series_id=make_series().id)


def by_title(rows):
    return {r.title: r for r in rows}


def test_a_commitment_made_at_a_workshop_shows_who_what_how_much_and_when(
    store, workshop, make_org, make_person
):
    org = make_org("Öncü Gıda San. ve Tic. A.Ş.", sector="company")
    person = make_person("Şule", "Bozkurt", organization_id=org.id)
    phase = roadmap.create_phase(
        store, workshop.series_id, "Kuruluş", target_date=date(2026, 6, 30)
    )
    row = commitments.create_commitment(
        store,
        "Gıda bankasına <ayni> destek & nakliye",
        org.id,
        workshop_id=workshop.id,
        person_id=person.id,
        contribution_type=ContributionType.IN_KIND,
        quantity="12500.50",
        unit=QuantityUnit.TRY,
        phase_id=phase.id,
        start_date=date(2026, 4, 1),
        due_date=date(2026, 6, 30),
        status=CommitmentStatus.COMMITTED,
    )
    (listed,) = commitments.commitments_of_workshop(store, workshop.id)
    assert listed == row
    assert listed.title == "Gıda bankasına <ayni> destek & nakliye"
    assert (listed.organization_name, listed.sector.value) == (
        "Öncü Gıda San. ve Tic. A.Ş.",
        "company",
    )
    assert listed.person_name == "Şule Bozkurt"
    assert (listed.quantity, listed.unit) == (Decimal("12500.50"), QuantityUnit.TRY)
    assert listed.phase_title == "Kuruluş"
    assert listed.series_id == workshop.series_id


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"organization_id": None}, "organization"),
        ({"title": "   "}, "cannot be empty"),
        ({"quantity": "-5", "unit": "TRY"}, "cannot be negative"),
        ({"quantity": "100"}, "needs its unit"),
        ({"unit": "EUR"}, "needs a quantity"),
        ({"quantity": "on bin", "unit": "TRY"}, "must be a number"),
        ({"start_date": date(2026, 5, 1), "due_date": date(2026, 4, 1)}, "before the start date"),
        ({"due_date": date(1850, 1, 1)}, "out of range"),
        ({"status": "finished"}, "not a valid"),
    ],
)
def test_bad_input_is_refused_with_a_message_naming_it_and_changes_nothing(
    store, workshop, make_org, fields, message
):
    org = make_org()
    values = {"title": "Eğitim vermek", "organization_id": org.id, **fields}
    title = values.pop("title")
    organization_id = values.pop("organization_id")
    with pytest.raises(ValidationError, match=message):
        commitments.create_commitment(
            store, title, organization_id, workshop_id=workshop.id, **values
        )
    assert commitments.commitments_of_workshop(store, workshop.id) == []


def test_an_edit_that_breaks_a_rule_between_fields_changes_nothing(store, workshop, make_org):
    org = make_org()
    row = commitments.create_commitment(
        store, "Mekân", org.id, workshop_id=workshop.id, start_date=date(2026, 3, 1)
    )
    with pytest.raises(ValidationError, match="before the start date"):
        commitments.update_commitment(store, row.id, due_date=date(2026, 2, 1))
    assert commitments.get_commitment(store, row.id).due_date is None


def test_deleting_and_restoring_brings_the_same_commitment_back(store, workshop, make_org):
    org = make_org()
    row = commitments.create_commitment(
        store,
        "Sosyal medya duyuruları",
        org.id,
        workshop_id=workshop.id,
        quantity=40,
        unit="volunteer_hours",
    )
    taken = commitments.delete_commitment(store, row.id)
    with pytest.raises(NotFoundError):
        commitments.get_commitment(store, row.id)
    assert commitments.restore_commitment(store, taken) == row


def test_a_commitment_from_a_note_takes_its_text_and_its_speaker(store, demo):
    with store.session() as s:
        note = s.scalar(select(Note).where(Note.uuid == demo_uuid("note/5", 11)))
        note_id, speaker_id, text = note.id, note.speaker_id, note.text
        org_id = note.speaker.organization_id
    row = commitments.commitment_from_note(store, note_id, org_id)
    assert row.title == text == "Marmara Tekstil 40 çalışan gönüllüyü ilk projeye yönlendirecek."
    assert row.person_id == speaker_id
    assert row.workshop_id == demo.workshop(5)
    assert row.organization_name == "Marmara Tekstil A.Ş."


def test_a_commitment_from_a_decision_serves_it_and_needs_it_agreed(store, demo):
    org_id = commitments.commitments_of_workshop(store, demo.workshop(5))[0].organization_id
    with store.session() as s:
        decision = s.scalar(select(Proposal).where(Proposal.uuid == demo_uuid("proposal", 1)))
        decision_id, statement = decision.id, decision.outcome_statement
    row = commitments.commitment_from_decision(store, decision_id, org_id)
    assert row.title == statement
    assert row.decision_label == "5/1 Platformun kuruluş biçimi"
    with store.transaction() as s:
        s.get(Proposal, decision_id).outcome = Outcome.DEFERRED
    with pytest.raises(ValidationError, match="has not been agreed"):
        commitments.commitment_from_decision(store, decision_id, org_id)
    labels = [c.label for c in commitments.decision_choices(store, demo.workshop(5))]
    assert labels == ["5/2 İlk ortak proje: gönüllü eşleştirme programı"]


def test_open_commitments_of_earlier_workshops_are_carried_over_with_the_overdue_ones_first(
    store, demo
):
    fifth, sixth = demo.workshop(5), demo.workshop(6)
    # Before the 5th workshop, three were made (at the 3rd and 4th); each was closed at the
    # 5th, so only the review there keeps them in its list, and none is overdue any more.
    earlier = commitments.carried_over(store, fifth, date(2026, 3, 14))
    assert sorted(r.workshop_number for r in earlier) == [3, 4, 4]
    assert all(r.reviewed_workshop_id == fifth and not r.overdue for r in earlier)
    carried = commitments.carried_over(store, sixth, date(2027, 1, 16))
    # 9 made at the 5th, minus the 2 done (protocol draft, moral support) = 7 to review.
    assert len(carried) == 7
    assert all(r.status in commitments.OPEN_STATUSES for r in carried)
    # Due before 16.01.2027 and still open: in-kind food bank (31.10.2026), the 40 volunteers
    # (30.11.2026) and the first-year funding (31.12.2026) = 3 overdue, listed first by due date.
    overdue = [r.title for r in carried if r.overdue]
    assert overdue == [
        "Gıda bankası için ayni destek",
        "Çalışan gönüllüleri ilk projeye yönlendirmek",
        "Platformun ilk yıl giderlerine katkı",
    ]
    assert [r.overdue for r in carried] == [True] * 3 + [False] * 4


def test_overdue_depends_on_the_day_and_never_applies_to_done_or_dropped(store, demo):
    # On 01.12.2026 only the food bank (31.10.) and the volunteers (30.11.) are past due;
    # the funding is due 31.12.2026, and a due date of today is not overdue yet.
    carried = commitments.carried_over(store, demo.workshop(6), date(2026, 12, 1))
    assert sum(r.overdue for r in carried) == 2
    carried = commitments.carried_over(store, demo.workshop(6), date(2026, 11, 30))
    assert [r.title for r in carried if r.overdue] == ["Gıda bankası için ayni destek"]
    assert not commitments.is_overdue(CommitmentStatus.DONE, date(2020, 1, 1), date(2026, 1, 1))
    assert not commitments.is_overdue(CommitmentStatus.DROPPED, date(2020, 1, 1), date(2026, 1, 1))


def test_reviewing_at_a_later_workshop_records_where_and_keeps_it_in_sight_there(store, demo):
    sixth = demo.workshop(6)
    carried = by_title(commitments.carried_over(store, sixth, date(2027, 1, 16)))
    funding = carried["Platformun ilk yıl giderlerine katkı"]
    moment = datetime(2027, 1, 16, 11, 30, tzinfo=UTC)
    reviewed = commitments.review(store, funding.id, sixth, CommitmentStatus.DONE, now=moment)
    assert reviewed.reviewed_workshop_id == sixth
    assert reviewed.reviewed_workshop_number == 6
    assert reviewed.reviewed_at == moment
    assert reviewed.status is CommitmentStatus.DONE
    after = by_title(commitments.carried_over(store, sixth, date(2027, 1, 16)))
    # Still listed at the 6th (reviewed there), no longer overdue since it is done.
    assert not after["Platformun ilk yıl giderlerine katkı"].overdue
    assert sum(r.overdue for r in after.values()) == 2
    # A review without a new status keeps the status.
    mekan = after["Platform toplantılarına ücretsiz mekân"]
    assert commitments.review(store, mekan.id, sixth).status is CommitmentStatus.IN_PROGRESS


def test_a_commitment_is_reviewed_only_at_a_workshop_of_its_series(store, demo):
    eu_workshop = demo.other_workshops[0]
    row = commitments.commitments_of_workshop(store, demo.workshop(5))[0]
    with pytest.raises(ValidationError, match="own series"):
        commitments.review(store, row.id, eu_workshop, CommitmentStatus.DONE)
    assert commitments.get_commitment(store, row.id).reviewed_workshop_id is None


def test_undoing_a_review_puts_every_value_back(store, demo):
    row = commitments.carried_over(store, demo.workshop(6), date(2027, 1, 16))[0]
    before = commitments.commitment_values(store, row.id)
    commitments.review(store, row.id, demo.workshop(6), CommitmentStatus.DROPPED)
    commitments.restore_values(store, row.id, before)
    assert commitments.get_commitment(store, row.id) == row.__class__(
        **{**row.__dict__, "overdue": False}
    )


def test_undoing_an_edit_after_a_later_change_elsewhere_is_refused(store, workshop, make_org):
    """The workshop tab changed the title, then the roadmap (or the live screen) changed the
    due date: undoing the tab's edit would put the old due date back over theirs."""
    from facilitator.errors import StaleEditError

    org = make_org()
    row = commitments.create_commitment(store, "Mekân desteği", org.id, workshop_id=workshop.id)
    before = commitments.commitment_values(store, row.id)
    commitments.update_commitment(store, row.id, title="Mekân ve ikram desteği")
    after = commitments.commitment_values(store, row.id)
    commitments.update_commitment(store, row.id, due_date=date(2027, 6, 30))  # elsewhere

    with pytest.raises(StaleEditError, match="changed elsewhere"):
        commitments.restore_values(store, row.id, before, expect=after)
    kept = commitments.get_commitment(store, row.id)
    assert kept.title == "Mekân ve ikram desteği" and kept.due_date == date(2027, 6, 30)


def test_deleting_a_commitment_expecting_values_changed_since_is_refused(store, workshop, make_org):
    """Undoing the making of a commitment expects what was made: one completed elsewhere
    since stays, with the later change."""
    from facilitator.errors import StaleEditError

    org = make_org()
    row = commitments.create_commitment(store, "Mekân desteği", org.id, workshop_id=workshop.id)
    made = commitments.commitment_values(store, row.id)
    commitments.update_commitment(store, row.id, status=CommitmentStatus.DONE)  # elsewhere

    with pytest.raises(StaleEditError, match=r"changed elsewhere since \(status\)"):
        commitments.delete_commitment(store, row.id, expect=made)
    kept = commitments.get_commitment(store, row.id)
    assert (kept.title, kept.status) == ("Mekân desteği", CommitmentStatus.DONE)

    taken = commitments.delete_commitment(
        store, row.id, expect=commitments.commitment_values(store, row.id)
    )
    assert taken["id"] == row.id
    with pytest.raises(NotFoundError):
        commitments.get_commitment(store, row.id)


def test_a_commitment_from_a_note_names_its_speaker_for_the_organization_they_represent(
    store, make_workshop, make_org, make_person
):
    """Mehmet works at İpekyolu but speaks for Öncü Gıda at this workshop: Öncü Gıda's
    commitment made from his note names him; İpekyolu's does not."""
    from facilitator.services import attendees, live

    workshop = make_workshop()
    employer, represented = make_org("İpekyolu Lojistik"), make_org("Öncü Gıda A.Ş.")
    mehmet = make_person("Mehmet", "Öztürk", organization_id=employer.id)
    attendees.add_attendee(store, workshop.id, mehmet.id, organization_id=represented.id)
    note = live.add_note(
        store, workshop.id, "Öncü Gıda gıda kolisi bağışlayacak", speaker_id=mehmet.id,
        now=workshop.planned_start,
    )  # fmt: skip
    row = commitments.commitment_from_note(store, note.id, represented.id)
    assert row.person_id == mehmet.id
    other = commitments.commitment_from_note(store, note.id, employer.id)
    assert other.person_id is None
