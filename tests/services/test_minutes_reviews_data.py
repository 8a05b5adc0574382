"""What the minutes data says about commitments beyond those made: the review of earlier
ones at this workshop, and commitments made in the name of someone not present."""

from datetime import date

from facilitator.services import attendees, commitments, workshops
from facilitator.services import document_data as data


def test_the_minutes_carry_the_reviews_recorded_at_the_workshop(store, demo):
    minutes = data.minutes_data(store, demo.workshop(5))
    assert [(r.organization, r.title) for r in minutes.reviews] == [
        ("Çocuk Sağlığı Dayanışma Derneği", "Kurumların katkı envanterini çıkarmak"),
        ("Marmara Tekstil A.Ş.", "Çalışanlara yılda iki gün gönüllülük izni önerisi"),
        ("Uludere Üniversitesi Eğitim Fakültesi", "Ortak etki ölçümü için gösterge seti"),
    ]
    inventory = minutes.reviews[0]
    assert (inventory.status_before, inventory.status_after) == ("committed", "done")
    assert (inventory.person, inventory.reviewed_by) == ("Murat Çelikkaya", "Gülşen Öztürk")
    assert inventory.due_date == date(2026, 2, 28)
    assert inventory.remark.startswith("32 kurumun katkı alanları listelendi")
    # Nothing was reviewed at the 4th workshop.
    assert data.minutes_data(store, demo.workshop(4)).reviews == ()


def test_a_review_without_a_reporter_names_nobody(store, demo):
    sixth, fifth = demo.workshop(6), demo.workshop(5)
    funding = next(
        r
        for r in commitments.commitments_of_workshop(store, fifth)
        if r.title == "Platformun ilk yıl giderlerine katkı"
    )
    later = commitments.create_commitment(
        store, "Ek katkı", funding.organization_id, workshop_id=fifth
    )
    commitments.review(store, later.id, sixth)
    workshops.update_workshop(store, sixth, status="held")
    [line] = data.minutes_data(store, sixth).reviews
    assert (line.title, line.reviewed_by) == ("Ek katkı", "")
    assert (line.status_before, line.status_after) == ("proposed", "proposed")


def test_commitments_in_the_name_of_someone_not_present_are_flagged(store, demo):
    fifth = demo.workshop(5)
    people, orgs = demo.people(), demo.organizations()
    # Yusuf İpekçi was invited and recorded absent.
    commitments.create_commitment(
        store,
        "Depo alanı desteği",
        orgs["İpekyolu Lojistik"].id,
        workshop_id=fifth,
        person_id=people["Yusuf İpekçi"].id,
    )
    flagged = {c.title: c.absent for c in data.minutes_data(store, fifth).commitments}
    # Tolga Özkan and Elif Soysal were not at the 5th workshop at all.
    assert {title for title, absent in flagged.items() if absent} == {
        "Depo alanı desteği",
        "Platformun ilk yıl giderlerine katkı",
        "AB projesinden eşleştirme aracına eş finansman",
    }
    assert flagged["İş birliği protokolü taslağını hazırlamak"] is False  # Dilara was there

    # Present once recorded so.
    yusuf = next(a for a in attendees.list_attendees(store, fifth) if a.family_name == "İpekçi")
    attendees.update_attendees(store, [yusuf.id], attendance="present")
    flagged = {c.title: c.absent for c in data.minutes_data(store, fifth).commitments}
    assert flagged["Depo alanı desteği"] is False


def test_a_commitment_without_a_person_is_never_flagged(store, demo):
    fifth = demo.workshop(5)
    org = demo.organizations()["Villa Zeytin"]
    commitments.create_commitment(store, "Kurumsal katkı", org.id, workshop_id=fifth)
    line = next(
        c for c in data.minutes_data(store, fifth).commitments if c.title == "Kurumsal katkı"
    )
    assert (line.person, line.absent) == ("", False)
