"""The review of a commitment at a later workshop: status before and after, who reported,
recorded once per workshop, undone and redone exactly, listed for the minutes."""

from datetime import UTC, date, datetime

import pytest

from facilitator.errors import NotFoundError, StaleEditError
from facilitator.models import CommitmentStatus
from facilitator.services import commitment_reviews, commitments

TODAY = date(2027, 1, 16)


def carried(demo, title: str):
    rows = commitments.carried_over(demo.store, demo.workshop(6), TODAY)
    return next(r for r in rows if r.title == title)


def person_id(demo, name: str) -> int:
    return demo.people()[name].id


def test_a_review_records_the_status_before_and_after_and_who_reported(store, demo):
    sixth = demo.workshop(6)
    funding = carried(demo, "Platformun ilk yıl giderlerine katkı")
    mert = person_id(demo, "Mert Ağca")
    moment = datetime(2027, 1, 16, 8, 30, tzinfo=UTC)
    commitments.review(
        store, funding.id, sixth, CommitmentStatus.DONE, now=moment, reviewed_by_id=mert
    )
    [line] = commitment_reviews.reviews_at(store, sixth)
    assert (line.status_before, line.status_after) == (
        CommitmentStatus.COMMITTED,
        CommitmentStatus.DONE,
    )
    assert (line.reviewed_by_name, line.reviewed_at, line.remark) == ("Mert Ağca", moment, "")
    assert (line.title, line.organization_name, line.person_name) == (
        "Platformun ilk yıl giderlerine katkı",
        "Yeşilova Grup",
        "Tolga Özkan",
    )
    assert line.due_date == date(2026, 12, 31)


def test_a_second_review_at_the_same_workshop_keeps_the_first_before(store, demo):
    sixth = demo.workshop(6)
    venue = carried(demo, "Platform toplantılarına ücretsiz mekân")
    ozge = person_id(demo, "Özge Şenyurt")
    commitments.review(store, venue.id, sixth, reviewed_by_id=ozge, remark="Salon ayrıldı.")
    commitments.review(store, venue.id, sixth, CommitmentStatus.DONE)
    [line] = commitment_reviews.reviews_at(store, sixth)
    assert (line.status_before, line.status_after) == (
        CommitmentStatus.IN_PROGRESS,
        CommitmentStatus.DONE,
    )
    # Not named again: the reporter and the remark of the first review stay.
    assert (line.reviewed_by_name, line.remark) == ("Özge Şenyurt", "Salon ayrıldı.")


def test_reviews_are_listed_by_organization_in_turkish_order_then_by_title(store, demo):
    sixth = demo.workshop(6)
    for row in commitments.carried_over(store, sixth, TODAY):
        commitments.review(store, row.id, sixth)
    listed = [(r.organization_name, r.title) for r in commitment_reviews.reviews_at(store, sixth)]
    # Ö between O and P (not after Z, as code points would have it).
    assert listed == [
        ("Marmara Tekstil A.Ş.", "Çalışan gönüllüleri ilk projeye yönlendirmek"),
        ("Öncü Gıda San. ve Tic. A.Ş.", "Gıda bankası için ayni destek"),
        (
            "Türkiye Kurumsal Sosyal Sorumluluk Ağı",
            "AB projesinden eşleştirme aracına eş finansman",
        ),
        ("Türkiye Kurumsal Sosyal Sorumluluk Ağı", "Platformun sosyal medya duyuruları"),
        ("Uludere Üniversitesi Eğitim Fakültesi", "Gönüllü koordinatörlerine eğitim vermek"),
        ("Villa Zeytin", "Platform toplantılarına ücretsiz mekân"),
        ("Yeşilova Grup", "Platformun ilk yıl giderlerine katkı"),
    ]


def test_an_unknown_reporter_is_refused_and_nothing_is_recorded(store, demo):
    sixth = demo.workshop(6)
    funding = carried(demo, "Platformun ilk yıl giderlerine katkı")
    with pytest.raises(NotFoundError, match="person #999999 no longer exists"):
        commitments.review(store, funding.id, sixth, CommitmentStatus.DONE, reviewed_by_id=999999)
    assert commitment_reviews.reviews_at(store, sixth) == []
    kept = commitments.get_commitment(store, funding.id)
    assert (kept.status, kept.reviewed_workshop_id) == (CommitmentStatus.COMMITTED, None)


def review_with_states(store, commitment_id, workshop_id, status=None, **reported):
    before = commitment_reviews.review_state(store, commitment_id, workshop_id)
    commitment_reviews.review(store, commitment_id, workshop_id, status, **reported)
    return before, commitment_reviews.review_state(store, commitment_id, workshop_id)


def test_undoing_a_first_review_removes_its_row_and_redo_brings_the_same_row_back(store, demo):
    sixth = demo.workshop(6)
    funding = carried(demo, "Platformun ilk yıl giderlerine katkı")
    before, after = review_with_states(
        store, funding.id, sixth, CommitmentStatus.DONE, reviewed_by_id=person_id(demo, "Mert Ağca")
    )
    [recorded] = commitment_reviews.reviews_at(store, sixth)

    commitment_reviews.restore_review_state(store, funding.id, sixth, before, expect=after)
    assert commitment_reviews.reviews_at(store, sixth) == []
    assert commitments.get_commitment(store, funding.id) == funding.__class__(
        **{**funding.__dict__, "overdue": False}
    )

    commitment_reviews.restore_review_state(store, funding.id, sixth, after, expect=before)
    assert commitment_reviews.reviews_at(store, sixth) == [recorded]  # same id, same values
    assert commitment_reviews.review_state(store, funding.id, sixth) == after


def test_undoing_a_second_review_puts_the_first_one_back(store, demo):
    sixth = demo.workshop(6)
    venue = carried(demo, "Platform toplantılarına ücretsiz mekân")
    commitments.review(store, venue.id, sixth, reviewed_by_id=person_id(demo, "Özge Şenyurt"))
    [first] = commitment_reviews.reviews_at(store, sixth)
    before, after = review_with_states(
        store, venue.id, sixth, CommitmentStatus.DONE, reviewed_by_id=person_id(demo, "Gizem Uçar")
    )
    assert commitment_reviews.reviews_at(store, sixth)[0].reviewed_by_name == "Gizem Uçar"
    commitment_reviews.restore_review_state(store, venue.id, sixth, before, expect=after)
    assert commitment_reviews.reviews_at(store, sixth) == [first]
    assert commitments.get_commitment(store, venue.id).status is CommitmentStatus.IN_PROGRESS


def test_undoing_a_review_reviewed_again_since_is_refused_and_keeps_the_later_one(store, demo):
    sixth = demo.workshop(6)
    funding = carried(demo, "Platformun ilk yıl giderlerine katkı")
    before, after = review_with_states(store, funding.id, sixth)
    commitments.review(store, funding.id, sixth, CommitmentStatus.DROPPED)  # another window
    [later] = commitment_reviews.reviews_at(store, sixth)
    with pytest.raises(StaleEditError, match="changed elsewhere"):
        commitment_reviews.restore_review_state(store, funding.id, sixth, before, expect=after)
    assert commitment_reviews.reviews_at(store, sixth) == [later]
    assert commitments.get_commitment(store, funding.id).status is CommitmentStatus.DROPPED


def test_undoing_a_review_whose_row_changed_since_is_refused(store, demo):
    """Only the review row changed (a remark added elsewhere): the undo still refuses."""
    sixth = demo.workshop(6)
    funding = carried(demo, "Platformun ilk yıl giderlerine katkı")
    moment = datetime(2027, 1, 16, 9, 0, tzinfo=UTC)
    before = commitment_reviews.review_state(store, funding.id, sixth)
    commitments.review(store, funding.id, sixth, now=moment)
    after = commitment_reviews.review_state(store, funding.id, sixth)
    commitments.review(store, funding.id, sixth, now=moment, remark="Bütçe onaylandı.")
    with pytest.raises(StaleEditError):
        commitment_reviews.restore_review_state(store, funding.id, sixth, before, expect=after)
    assert commitment_reviews.reviews_at(store, sixth)[0].remark == "Bütçe onaylandı."


def test_a_deleted_commitment_comes_back_with_its_reviews(store, demo):
    sixth = demo.workshop(6)
    funding = carried(demo, "Platformun ilk yıl giderlerine katkı")
    commitments.review(store, funding.id, sixth, reviewed_by_id=person_id(demo, "Mert Ağca"))
    recorded = commitment_reviews.reviews_at(store, sixth)
    taken = commitments.delete_commitment(store, funding.id)
    assert commitment_reviews.reviews_at(store, sixth) == []
    commitments.restore_commitment(store, taken)
    assert commitment_reviews.reviews_at(store, sixth) == recorded
