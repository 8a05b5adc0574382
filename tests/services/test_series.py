"""Workshop series: create, edit, list in Turkish order, delete only when empty."""

import pytest
from sqlalchemy import func, select

from facilitator.errors import InUseError, NotFoundError, StaleEditError, ValidationError
from facilitator.models import Phase
from facilitator.services import series


def titles(store):
    return [s.title for s in series.list_series(store)]


def test_a_series_is_created_with_its_coordinator(store, make_org):
    org = make_org("Yeşilova Grup")
    created = series.create_series(
        store,
        " Özel Sektör ve STK'lar Arasında İş Birliği ",
        coordinator_id=org.id,
        description="2023'ten beri süren çalıştaylar.",
    )
    assert created.title == "Özel Sektör ve STK'lar Arasında İş Birliği"
    assert created.coordinator_name == "Yeşilova Grup"
    assert created.workshop_count == 0
    assert series.get_series(store, created.id) == created


def test_a_series_needs_a_title(store):
    with pytest.raises(ValidationError, match="Title cannot be empty") as info:
        series.create_series(store, "")
    assert info.value.field == "title"
    assert titles(store) == []


def test_a_series_with_an_unknown_coordinator_is_refused(store):
    with pytest.raises(NotFoundError, match="organization #404"):
        series.create_series(store, "Gönüllülük Buluşmaları", coordinator_id=404)
    assert titles(store) == []


def test_a_series_is_edited_and_a_refused_edit_changes_nothing(store, make_series, make_org):
    created = make_series("İş Birliği Çalıştayları")
    org = make_org("Türkiye Kurumsal Sosyal Sorumluluk Ağı")
    edited = series.update_series(
        store, created.id, title="KSS Ağı Çalıştayları", coordinator_id=org.id
    )
    assert (edited.title, edited.coordinator_name) == (
        "KSS Ağı Çalıştayları",
        "Türkiye Kurumsal Sosyal Sorumluluk Ağı",
    )
    with pytest.raises(ValidationError):
        series.update_series(store, created.id, description="yeni açıklama", title=" ")
    after = series.get_series(store, created.id)
    assert (after.title, after.description) == ("KSS Ağı Çalıştayları", "")


def test_an_undo_expecting_what_it_finds_puts_the_old_values_back(store, make_series, make_org):
    org = make_org("Yeşilova Grup")
    created = make_series("İş Birliği Çalıştayları")
    series.update_series(store, created.id, title="KSS Çalıştayları", coordinator_id=org.id)
    undone = series.update_series(
        store,
        created.id,
        # As the form saw it: untrimmed; the service expects the stored form.
        expect={"title": " KSS Çalıştayları ", "coordinator_id": org.id},
        title="İş Birliği Çalıştayları",
        coordinator_id=None,
    )
    assert (undone.title, undone.coordinator_name) == ("İş Birliği Çalıştayları", "")


def test_an_undo_after_a_change_elsewhere_is_refused_and_changes_nothing(store, make_series):
    created = make_series("İş Birliği Çalıştayları")
    series.update_series(store, created.id, title="KSS Çalıştayları")
    series.update_series(store, created.id, title="Sürdürülebilirlik Çalıştayları")  # elsewhere
    with pytest.raises(StaleEditError, match=r"\(Title\)"):
        series.update_series(
            store,
            created.id,
            expect={"title": "KSS Çalıştayları"},
            title="İş Birliği Çalıştayları",
            description="geri alınırken yazılmamalı",
        )
    after = series.get_series(store, created.id)
    assert (after.title, after.description) == ("Sürdürülebilirlik Çalıştayları", "")


def test_a_refused_undo_of_the_coordinator_names_the_field(store, make_series, make_org):
    first, second = make_org("Yeşilova Grup"), make_org("Marmara Tekstil")
    created = make_series("İş Birliği Çalıştayları", coordinator_id=first.id)
    series.update_series(store, created.id, coordinator_id=second.id)
    with pytest.raises(StaleEditError, match="Coordinating organization") as refused:
        series.update_series(
            store, created.id, expect={"coordinator_id": first.id}, coordinator_id=None
        )
    assert "coordinator_id" not in str(refused.value)
    assert series.get_series(store, created.id).coordinator_name == "Marmara Tekstil"


def test_series_are_listed_in_turkish_alphabetical_order(store, make_series):
    for title in [
        "Üretim ve Etki",
        "Şehir Buluşmaları",
        "Sivil Toplum Günleri",
        "Çevre Çalıştayları",
        "Ortak Akıl",
        "Işık Toplantıları",
        "İş Birliği",
    ]:
        make_series(title)
    assert titles(store) == [
        "Çevre Çalıştayları",
        "Işık Toplantıları",
        "İş Birliği",
        "Ortak Akıl",
        "Sivil Toplum Günleri",
        "Şehir Buluşmaları",
        "Üretim ve Etki",
    ]


def test_the_list_counts_the_workshops_of_each_series(store, make_series, make_workshop):
    busy = make_series("İş Birliği Çalıştayları")
    make_series("Boş Seri")
    make_workshop(series_id=busy.id)
    make_workshop(series_id=busy.id)
    assert {s.title: s.workshop_count for s in series.list_series(store)} == {
        "Boş Seri": 0,
        "İş Birliği Çalıştayları": 2,
    }


def test_an_empty_series_is_deleted_with_its_roadmap_phases(store, make_series):
    created = make_series("Kısa Ömürlü Seri")
    with store.transaction() as s:
        s.add(Phase(series_id=created.id, title="Kuruluş"))
    series.delete_series(store, created.id)
    assert titles(store) == []
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Phase)) == 0


def test_a_series_with_workshops_cannot_be_deleted(store, make_series, make_workshop):
    created = make_series("İş Birliği Çalıştayları")
    make_workshop("Ortak akıl", series_id=created.id)
    make_workshop("Gönüllülük kültürü", series_id=created.id)

    with pytest.raises(InUseError) as info:
        series.delete_series(store, created.id)

    assert "“İş Birliği Çalıştayları” cannot be deleted: it has 2 workshops" in str(info.value)
    assert titles(store) == ["İş Birliği Çalıştayları"]


def test_a_deleted_series_is_reported_as_gone(store, make_series):
    created = make_series()
    series.delete_series(store, created.id)
    with pytest.raises(NotFoundError, match="no longer exists"):
        series.get_series(store, created.id)
