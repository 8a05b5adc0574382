"""A field edit carries the value the user saw (``seen=``): when another user changed the
field since, the edit is refused with "changed by another user", naming the field and its
new value, and nothing is written (their value stays). Runs on SQLite and PostgreSQL."""

from datetime import date
from decimal import Decimal

import pytest

from facilitator import i18n
from facilitator.errors import ChangedElsewhereError, StaleEditError
from facilitator.models import Attendance, ContributionType, QuantityUnit, Sector
from facilitator.services import (
    agenda,
    attendees,
    commitments,
    directory,
    ideas,
    listing,
    roadmap,
    series,
    workshops,
)

ENGLISH = (
    "Changed by another user since you opened it: {field} is now “{value}”. "
    "Your change was not saved."
)
TURKISH = (
    "Siz açtıktan sonra başka bir kullanıcı tarafından değiştirildi: {field} artık "
    "“{value}”. Değişikliğiniz kaydedilmedi."
)


@pytest.fixture
def item(store, make_workshop):
    workshop = make_workshop()
    return agenda.add_item(store, workshop.id, "Açılış konuşması", planned_minutes=15)


def refused_unchanged(store, dump_database, edit) -> ChangedElsewhereError:
    """``edit()`` is refused as changed elsewhere, and the database is as it was."""
    before = dump_database(store)
    with pytest.raises(ChangedElsewhereError) as refused:
        edit()
    assert dump_database(store) == before, "a refused edit must write nothing"
    return refused.value


def test_an_agenda_title_renamed_by_another_user_is_refused_naming_the_new_title(
    store, item, dump_database
):
    agenda.update_item(store, item.id, title="Açılış ve tanışma")  # the other user
    refused = refused_unchanged(
        store,
        dump_database,
        lambda: agenda.update_item(
            store, item.id, seen={"title": "Açılış konuşması"}, title="Hoş geldiniz"
        ),
    )
    assert str(refused) == ENGLISH.format(field="Title", value="Açılış ve tanışma")
    assert isinstance(refused, StaleEditError)  # every existing handling of it still holds
    assert agenda.get_agenda(store, item.workshop_id).items[0].title == "Açılış ve tanışma"


def test_the_refusal_is_in_turkish_in_the_turkish_interface(store, item, dump_database):
    agenda.update_item(store, item.id, title="Açılış ve tanışma")
    with i18n.using_language("tr"):
        refused = refused_unchanged(
            store,
            dump_database,
            lambda: agenda.update_item(
                store, item.id, seen={"title": "Açılış konuşması"}, title="Hoş geldiniz"
            ),
        )
    assert str(refused) == TURKISH.format(field="Başlık", value="Açılış ve tanışma")


def test_an_edit_of_the_value_still_stored_is_made(store, item):
    row = agenda.update_item(
        store, item.id, seen={"title": "Açılış konuşması"}, title="Hoş geldiniz"
    )
    assert row.title == "Hoş geldiniz"


def test_minutes_and_presenter_changed_elsewhere_show_the_number_and_the_persons_name(
    store, item, make_person, dump_database
):
    person = make_person("Ayşe", "Yılmaz")
    attendees.add_attendee(store, item.workshop_id, person.id, attendance=Attendance.PRESENT)
    agenda.update_item(store, item.id, planned_minutes=20, presenter_id=person.id)
    minutes = refused_unchanged(
        store,
        dump_database,
        lambda: agenda.update_item(
            store, item.id, seen={"planned_minutes": 15}, planned_minutes=30
        ),
    )
    assert str(minutes) == ENGLISH.format(field="Minutes", value="20")
    presenter = refused_unchanged(
        store,
        dump_database,
        lambda: agenda.update_item(store, item.id, seen={"presenter_id": None}, presenter_id=None),
    )
    assert str(presenter) == ENGLISH.format(field="Presenter", value="Ayşe Yılmaz")


def test_a_workshop_title_and_host_changed_elsewhere(store, make_workshop, make_org, dump_database):
    workshop = make_workshop(title="Gönüllülük kültürü")
    host = make_org("Çağdaş Yaşam Derneği")
    workshops.update_workshop(store, workshop.id, title="Gönüllülük ve şirketler", host_id=host.id)
    title = refused_unchanged(
        store,
        dump_database,
        lambda: workshops.update_workshop(
            store, workshop.id, seen={"title": "Gönüllülük kültürü"}, title="Başka"
        ),
    )
    assert str(title) == ENGLISH.format(field="Title", value="Gönüllülük ve şirketler")
    with i18n.using_language("tr"):
        hosted = refused_unchanged(
            store,
            dump_database,
            lambda: workshops.update_workshop(
                store, workshop.id, seen={"host_id": None}, host_id=None
            ),
        )
    assert str(hosted) == TURKISH.format(field="Ev sahibi kurum", value="Çağdaş Yaşam Derneği")
    assert listing.get_workshop(store, workshop.id).title == "Gönüllülük ve şirketler"


def test_a_field_emptied_elsewhere_is_said_to_be_empty(store, make_workshop, dump_database):
    workshop = make_workshop(venue_name="Merinos AKKM")
    workshops.update_workshop(store, workshop.id, venue_name="")

    def edit():
        workshops.update_workshop(
            store, workshop.id, seen={"venue_name": "Merinos AKKM"}, venue_name="Tayyare"
        )

    assert str(refused_unchanged(store, dump_database, edit)) == (
        "Changed by another user since you opened it: Venue is now empty. "
        "Your change was not saved."
    )
    with i18n.using_language("tr"):
        assert str(refused_unchanged(store, dump_database, edit)) == (
            "Siz açtıktan sonra başka bir kullanıcı tarafından değiştirildi: Mekân artık boş. "
            "Değişikliğiniz kaydedilmedi."
        )


def test_a_series_description_changed_elsewhere_is_quoted_on_one_line(
    store, make_series, dump_database
):
    created = make_series("İş Birliği Çalıştayları", description="İlk yıl")
    series.update_series(store, created.id, description="İkinci yıl:\nyeni ortaklar")
    refused = refused_unchanged(
        store,
        dump_database,
        lambda: series.update_series(
            store, created.id, seen={"description": "İlk yıl"}, description="Benim"
        ),
    )
    assert str(refused) == ENGLISH.format(field="Description", value="İkinci yıl: yeni ortaklar")


def test_a_persons_email_and_an_organizations_name_changed_elsewhere(
    store, make_person, make_org, dump_database
):
    person = make_person("Ayşe", "Yılmaz", email="ayse@example.org")
    directory.update_person(store, person.id, email="ayse.yilmaz@example.org")
    with i18n.using_language("tr"):
        refused = refused_unchanged(
            store,
            dump_database,
            lambda: directory.update_person(
                store, person.id, seen={"email": "ayse@example.org"}, email="a@example.org"
            ),
        )
    assert str(refused) == TURKISH.format(field="E-posta", value="ayse.yilmaz@example.org")
    assert directory.get_person(store, person.id).email == "ayse.yilmaz@example.org"

    org = make_org("Öncü Gıda", sector=Sector.COMPANY)
    directory.update_organization(store, org.id, name="Öncü Gıda A.Ş.")
    renamed = refused_unchanged(
        store,
        dump_database,
        lambda: directory.update_organization(
            store, org.id, seen={"name": "Öncü Gıda"}, name="Öncü"
        ),
    )
    assert str(renamed) == ENGLISH.format(field="Name", value="Öncü Gıda A.Ş.")
    # A vocabulary's value is given as stored; the interface words it as its screens do.
    directory.update_organization(store, org.id, sector=Sector.NGO)
    sector = refused_unchanged(
        store,
        dump_database,
        lambda: directory.update_organization(
            store, org.id, seen={"sector": Sector.COMPANY}, sector=Sector.PUBLIC
        ),
    )
    assert (sector.label, sector.value) == ("sector", Sector.NGO)


def test_a_commitment_and_a_phase_changed_elsewhere(store, make_series, make_org, dump_database):
    roadmap_of = make_series()
    org = make_org("Öncü Gıda")
    made = commitments.create_commitment(
        store,
        "Gıda bankasına destek",
        org.id,
        series_id=roadmap_of.id,
        contribution_type=ContributionType.FINANCIAL,
        quantity=Decimal("1000"),
        unit=QuantityUnit.TRY,
    )
    commitments.update_commitment(store, made.id, quantity=Decimal("12500.50"))
    quantity = refused_unchanged(
        store,
        dump_database,
        lambda: commitments.update_commitment(
            store, made.id, seen={"quantity": Decimal("1000")}, quantity=Decimal("2000")
        ),
    )
    assert str(quantity) == ENGLISH.format(field="Quantity", value="12500.50")

    phase = roadmap.create_phase(store, roadmap_of.id, "Kuruluş", target_date=date(2026, 6, 30))
    roadmap.update_phase(store, phase.id, target_date=date(2026, 9, 30))
    target = refused_unchanged(
        store,
        dump_database,
        lambda: roadmap.update_phase(
            store, phase.id, seen={"target_date": date(2026, 6, 30)}, target_date=None
        ),
    )
    assert str(target) == ENGLISH.format(field="Target date", value="2026-09-30")
    assert roadmap.phase_values(store, phase.id)["target_date"] == date(2026, 9, 30)


def test_a_cluster_renamed_elsewhere(store, make_workshop, dump_database):
    workshop = make_workshop()
    cluster = ideas.create_cluster(store, workshop.id, "Gönüllülük")
    ideas.rename_cluster(store, workshop.id, cluster.id, "Gönüllülük ve katılım")
    refused = refused_unchanged(
        store,
        dump_database,
        lambda: ideas.rename_cluster(store, workshop.id, cluster.id, "Katılım", seen="Gönüllülük"),
    )
    assert str(refused) == ENGLISH.format(field="Cluster name", value="Gönüllülük ve katılım")


def test_undo_and_redo_keep_their_own_words(store, item):
    """``expect=`` (an undo's or redo's) still says that undoing or redoing was refused."""
    agenda.update_item(store, item.id, title="Açılış ve tanışma")
    with pytest.raises(StaleEditError) as refused:
        agenda.update_item(store, item.id, expect={"title": "Açılış konuşması"}, title="Eski")
    assert not isinstance(refused.value, ChangedElsewhereError)
    assert "undoing or redoing" in str(refused.value)
