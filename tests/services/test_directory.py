"""The shared directory: organizations and people, searched and sorted the Turkish way."""

from datetime import date

import pytest
from sqlalchemy import select

from facilitator import i18n
from facilitator.errors import (
    ConflictError,
    InUseError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from facilitator.models import Commitment, Note, Participation, Role, Sector
from facilitator.services import directory


def org_names(store, query=""):
    return [o.name for o in directory.list_organizations(store, query)]


def person_names(store, query=""):
    return [p.full_name for p in directory.list_people(store, query)]


# -- organizations ------------------------------------------------------------------


def test_an_organization_is_created_with_all_its_details(store):
    created = directory.create_organization(
        store,
        "  Çocuk Sağlığı Dayanışma Derneği ",
        short_name="ÇSDD",
        sector="ngo",
        city="Bursa",
        website="https://csdd.example.org",
    )
    assert created.name == "Çocuk Sağlığı Dayanışma Derneği"
    assert directory.get_organization(store, created.id) == created
    assert created.sector is Sector.NGO
    assert created.people_count == 0


def test_an_organization_needs_a_name(store):
    with pytest.raises(ValidationError, match="cannot be empty") as info:
        directory.create_organization(store, "   ")
    assert info.value.field == "name"
    assert org_names(store) == []


def test_an_unknown_sector_is_refused(store):
    with pytest.raises(ValidationError, match="sector"):
        directory.create_organization(store, "Işık Vakfı", sector="kooperatif")
    assert org_names(store) == []


def test_the_same_name_in_another_case_is_a_duplicate(store, make_org):
    make_org("Yeşilova Grup")
    with pytest.raises(ConflictError, match="Yeşilova Grup"):
        directory.create_organization(store, "YEŞİLOVA GRUP")
    assert org_names(store) == ["Yeşilova Grup"]


def test_an_organization_is_renamed_and_keeps_its_own_name_allowed(store, make_org):
    org = make_org("Işık Vakfı")
    renamed = directory.update_organization(store, org.id, name="Işık Lösemili Çocuklar Vakfı")
    assert renamed.name == "Işık Lösemili Çocuklar Vakfı"
    same = directory.update_organization(store, org.id, name="IŞIK LÖSEMİLİ ÇOCUKLAR VAKFI")
    assert same.name == "IŞIK LÖSEMİLİ ÇOCUKLAR VAKFI"
    assert org_names(store, "lösemili") == ["IŞIK LÖSEMİLİ ÇOCUKLAR VAKFI"]


def test_a_refused_edit_changes_nothing(store, make_org):
    org = make_org("Öncü Gıda", city="Bursa")
    make_org("Marmara Tekstil")
    with pytest.raises(ConflictError):
        directory.update_organization(store, org.id, name="marmara tekstil", city="İzmir")
    unchanged = directory.get_organization(store, org.id)
    assert (unchanged.name, unchanged.city) == ("Öncü Gıda", "Bursa")


def test_an_undo_of_an_organization_expecting_what_it_finds_is_made(store, make_org):
    org = make_org("Öncü Gıda", city="Bursa", sector=Sector.NGO)
    directory.update_organization(store, org.id, city="İzmir", sector="company")
    undone = directory.update_organization(
        store, org.id, expect={"city": "İzmir", "sector": "company"}, city="Bursa", sector="ngo"
    )
    assert (undone.city, undone.sector) == ("Bursa", Sector.NGO)


def test_an_undo_of_an_organization_changed_elsewhere_is_refused(store, make_org):
    org = make_org("Öncü Gıda", city="Bursa")
    directory.update_organization(store, org.id, name="Öncü Gıda A.Ş.")
    directory.update_organization(store, org.id, name="Öncü Gıda Kooperatifi")  # elsewhere
    with pytest.raises(StaleEditError, match=r"\(Name\)"):
        directory.update_organization(
            store, org.id, expect={"name": "Öncü Gıda A.Ş."}, name="Öncü Gıda", city="İzmir"
        )
    after = directory.get_organization(store, org.id)
    assert (after.name, after.city) == ("Öncü Gıda Kooperatifi", "Bursa")


def test_organizations_are_listed_in_turkish_alphabetical_order(store, make_org):
    for name in [
        "Ünye Gıda",
        "Şehir Gönüllüleri",
        "Çağdaş Yaşam Derneği",
        "Öncü Gıda",
        "İpekyolu Lojistik",
        "Işık Vakfı",
        "Cem Vakfı",
        "Sağlıklı Gelecek Vakfı",
        "Ozan Tekstil",
        "Uludere Üniversitesi",
    ]:
        make_org(name)
    assert org_names(store) == [
        "Cem Vakfı",
        "Çağdaş Yaşam Derneği",
        "Işık Vakfı",
        "İpekyolu Lojistik",
        "Ozan Tekstil",
        "Öncü Gıda",
        "Sağlıklı Gelecek Vakfı",
        "Şehir Gönüllüleri",
        "Uludere Üniversitesi",
        "Ünye Gıda",
    ]


@pytest.fixture
def some_organizations(make_org):
    make_org("İŞBİRLİĞİ PLATFORMU DERNEĞİ", short_name="İPD", city="İstanbul")
    make_org("Işık Lösemili Çocuklar Vakfı", short_name="IŞIKVAK", city="Bursa")
    make_org("İpekyolu Lojistik", city="Gemlik")
    make_org("Çağdaş Yaşam Gönüllüleri Derneği", short_name="ÇYGD", city="Çanakkale")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("işbirliği", ["İŞBİRLİĞİ PLATFORMU DERNEĞİ"]),
        ("ISIK", ["Işık Lösemili Çocuklar Vakfı"]),
        ("ışıkvak", ["Işık Lösemili Çocuklar Vakfı"]),
        ("isik", []),
        ("ipek", ["İpekyolu Lojistik"]),
        ("IPEK", []),
        ("canakkale", ["Çağdaş Yaşam Gönüllüleri Derneği"]),
        ("derneği", ["Çağdaş Yaşam Gönüllüleri Derneği", "İŞBİRLİĞİ PLATFORMU DERNEĞİ"]),
        ("DERN istanbul", ["İŞBİRLİĞİ PLATFORMU DERNEĞİ"]),
        ("%", []),
        (
            "",
            [
                "Çağdaş Yaşam Gönüllüleri Derneği",
                "Işık Lösemili Çocuklar Vakfı",
                "İpekyolu Lojistik",
                "İŞBİRLİĞİ PLATFORMU DERNEĞİ",
            ],
        ),
    ],
)
def test_organizations_are_searched_the_turkish_way(store, some_organizations, query, expected):
    assert org_names(store, query) == expected


def test_the_list_counts_the_people_of_each_organization(store, make_org, make_person):
    org = make_org("Marmara Tekstil A.Ş.")
    make_org("Boş Dernek")
    make_person(organization_id=org.id)
    make_person(organization_id=org.id)
    counts = {o.name: o.people_count for o in directory.list_organizations(store)}
    assert counts == {"Boş Dernek": 0, "Marmara Tekstil A.Ş.": 2}


def test_an_organization_nothing_refers_to_is_deleted(store, make_org):
    org = make_org("Geçici Kurum")
    directory.delete_organization(store, org.id)
    assert org_names(store) == []
    with pytest.raises(NotFoundError, match="no longer exists"):
        directory.get_organization(store, org.id)


def test_deleting_an_organization_in_use_names_what_refers_to_it(
    store, make_org, make_person, make_series, make_workshop
):
    org = make_org("Yeşilova Grup")
    for given, family in [
        ("Dilara", "Yüce"),
        ("İlker", "Işıkgün"),
        ("Çağla", "Öz"),
        ("Şule", "Ak"),
    ]:
        make_person(given, family, organization_id=org.id)
    series = make_series("İş Birliği Çalıştayları", coordinator_id=org.id)
    make_workshop("Ortak akıl", series_id=series.id, host_id=org.id)
    with store.transaction() as s:
        s.add(Commitment(title="Protokol taslağını hazırlamak", organization_id=org.id))

    with pytest.raises(InUseError) as info:
        directory.delete_organization(store, org.id)

    message = str(info.value)
    assert "Yeşilova Grup" in message
    assert "4 people" in message
    # The first three in Turkish order, then how many more.
    assert "(Çağla Öz, Dilara Yüce, İlker Işıkgün and 1 more)" in message
    assert "Protokol taslağını hazırlamak" in message
    assert "1 hosted workshop (Ortak akıl)" in message  # one, in the singular
    assert "1 coordinated series (İş Birliği Çalıştayları)" in message
    assert "\n" not in message
    assert org_names(store) == ["Yeşilova Grup"]
    assert len(directory.list_people(store)) == 4


def test_an_organization_represented_at_a_workshop_cannot_be_deleted(
    store, make_org, make_person, make_workshop
):
    org = make_org("Avrupa KSS Ortaklığı")
    person = make_person("Sophie", "Laurent")
    workshop = make_workshop("Danışma Kurulu toplantısı")
    with store.transaction() as s:
        s.add(Participation(workshop_id=workshop.id, person_id=person.id, organization_id=org.id))
    with pytest.raises(InUseError, match="Danışma Kurulu toplantısı"):
        directory.delete_organization(store, org.id)
    assert org_names(store) == ["Avrupa KSS Ortaklığı"]


# -- people ---------------------------------------------------------------------------


def test_a_person_is_created_with_their_organization(store, make_org):
    org = make_org("Uludere Üniversitesi")
    person = directory.create_person(
        store,
        "Rüya",
        "Küçükosmanoğlu",
        honorific="Prof. Dr.",
        position="Öğretim Üyesi",
        organization_id=org.id,
        email="ruya.kucukosmanoglu@example.org",
        phone="+90 224 555 10 20",
        contact_consent=True,
        consent_date=date(2026, 3, 1),
    )
    assert person.display_name == "Prof. Dr. Rüya Küçükosmanoğlu"
    assert person.organization_name == "Uludere Üniversitesi"
    assert directory.get_person(store, person.id) == person


@pytest.mark.parametrize(
    "email", ["gulsen", "gülşen@", "@example.org", "gülşen öztürk@example.org", "a@b"]
)
def test_a_bad_email_address_is_refused_and_nothing_is_stored(store, email):
    with pytest.raises(ValidationError, match="is not an e-mail address") as info:
        directory.create_person(store, "Gülşen", "Öztürk", email=email)
    assert info.value.field == "email"
    assert directory.list_people(store) == []


def test_a_person_needs_a_given_name(store):
    with pytest.raises(ValidationError, match="Given name cannot be empty"):
        directory.create_person(store, "  ", "Öztürk")
    assert directory.list_people(store) == []


def test_a_person_of_an_unknown_organization_is_refused(store):
    with pytest.raises(NotFoundError, match="organization #999"):
        directory.create_person(store, "Gülşen", "Öztürk", organization_id=999)
    assert directory.list_people(store) == []


def test_a_consent_date_must_be_a_date(store):
    with pytest.raises(ValidationError, match="consent date"):
        directory.create_person(store, "Gülşen", "Öztürk", consent_date="dün")
    assert directory.list_people(store) == []


def test_a_person_is_edited_and_a_refused_edit_changes_nothing(store, make_person):
    person = make_person("Gülşen", "Öztürk", email="gulsen@example.org")
    edited = directory.update_person(store, person.id, family_name="Öztürk-Işık")
    assert edited.full_name == "Gülşen Öztürk-Işık"
    with pytest.raises(ValidationError):
        directory.update_person(store, person.id, position="Başkan", email="yanlış")
    after = directory.get_person(store, person.id)
    assert (after.position, after.email) == ("", "gulsen@example.org")


def test_an_undo_of_a_person_expecting_what_it_finds_is_made(store, make_person, make_org):
    org = make_org("Öncü Gıda")
    person = make_person("Gülşen", "Öztürk")
    directory.update_person(
        store, person.id, family_name="Işık", organization_id=org.id, consent_date=date(2026, 3, 1)
    )
    undone = directory.update_person(
        store,
        person.id,
        expect={"family_name": "Işık", "organization_id": org.id, "consent_date": date(2026, 3, 1)},
        family_name="Öztürk",
        organization_id=None,
        consent_date=None,
    )
    assert (undone.family_name, undone.organization_name, undone.consent_date) == (
        "Öztürk",
        "",
        None,
    )


def test_an_undo_of_a_person_changed_elsewhere_is_refused_in_the_users_words(store, make_person):
    person = make_person("Gülşen", "Öztürk", email="gulsen@example.org")
    directory.update_person(store, person.id, family_name="Işık")
    directory.update_person(store, person.id, family_name="Işıkgün")  # in another window
    with i18n.using_language("tr"), pytest.raises(StaleEditError) as refused:
        directory.update_person(
            store,
            person.id,
            expect={"family_name": "Işık"},
            family_name="Öztürk",
            email="baska@example.org",
        )
    assert "(Soyad)" in str(refused.value)
    assert "family_name" not in str(refused.value)
    after = directory.get_person(store, person.id)
    assert (after.family_name, after.email) == ("Işıkgün", "gulsen@example.org")


def test_an_expected_email_is_compared_as_stored(store, make_person):
    person = make_person("Gülşen", "Öztürk", email="gulsen@example.org")
    directory.update_person(store, person.id, email="gulsen@ÖRNEK.com.tr")
    stored = directory.get_person(store, person.id).email
    undone = directory.update_person(
        store, person.id, expect={"email": "gulsen@ÖRNEK.com.tr"}, email="gulsen@example.org"
    )
    assert stored != "gulsen@ÖRNEK.com.tr"  # normalised when written ...
    assert undone.email == "gulsen@example.org"  # ... and when expected


def test_people_are_listed_by_family_then_given_name_in_turkish_order(store, make_person):
    for given, family in [
        ("Zeynep", "Öztürk"),
        ("Ahmet", "Öztürk"),
        ("İrem", "Ilgaz"),
        ("İsmail", "Işık"),
        ("Cem", "Ekinci"),
        ("Dilek", "Çakır"),
        ("Burak", "Ozan"),
        ("Şule", "Sarı"),
        ("Barış", "Şimşek"),
        ("Onur", "İpekçi"),
    ]:
        make_person(given, family)
    assert person_names(store) == [
        "Dilek Çakır",
        "Cem Ekinci",
        "İrem Ilgaz",
        "İsmail Işık",
        "Onur İpekçi",
        "Burak Ozan",
        "Ahmet Öztürk",
        "Zeynep Öztürk",
        "Şule Sarı",
        "Barış Şimşek",
    ]


@pytest.fixture
def some_people(make_org, make_person):
    isik = make_org("Işık Lösemili Çocuklar Vakfı")
    csdd = make_org("Çocuk Sağlığı Dayanışma Derneği")
    make_person("İsmail", "Işık", organization_id=isik.id, position="Yönetim Kurulu Üyesi")
    make_person("İrem", "Ilgaz", organization_id=isik.id, email="irem.ilgaz@example.org")
    make_person("Gülşen", "Öztürk", organization_id=csdd.id, position="Gönüllü Koordinatörü")
    make_person("Oğuz", "Karaçam")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ISIK", ["İrem Ilgaz", "İsmail Işık"]),  # by name, and by organization
        ("ismail", ["İsmail Işık"]),
        ("İSMAİL IŞIK", ["İsmail Işık"]),
        ("irem.ilgaz@example", ["İrem Ilgaz"]),
        ("gonullu", ["Gülşen Öztürk"]),
        ("çocuk", ["İrem Ilgaz", "İsmail Işık", "Gülşen Öztürk"]),
        ("oguz", ["Oğuz Karaçam"]),
        ("isik", []),
    ],
)
def test_people_are_searched_by_name_email_position_and_organization(
    store, some_people, query, expected
):
    assert person_names(store, query) == expected


def test_a_person_who_appears_nowhere_is_deleted(store, make_person):
    person = make_person("Geçici", "Kişi")
    directory.delete_person(store, person.id)
    assert directory.list_people(store) == []


def test_deleting_a_person_in_workshop_records_names_where_they_appear(
    store, make_person, make_workshop
):
    person = make_person("Rüya", "Küçükosmanoğlu")
    moderated = make_workshop("Platformun işleyiş modeli", moderator_id=person.id)
    with store.transaction() as s:
        s.add(Participation(workshop_id=moderated.id, person_id=person.id, role=Role.MODERATOR))
        s.add(Note(workshop_id=moderated.id, text="Söz sırası kuralları.", speaker_id=person.id))

    with pytest.raises(InUseError) as info:
        directory.delete_person(store, person.id)

    message = str(info.value)
    assert "Rüya Küçükosmanoğlu" in message
    assert "attends 1 workshop (Platformun işleyiş modeli)" in message
    assert "moderates 1 workshop (Platformun işleyiş modeli)" in message
    assert "1 attributed note" in message
    assert person_names(store) == ["Rüya Küçükosmanoğlu"]
    with store.session() as s:
        assert s.scalar(select(Note.speaker_id)) == person.id


def test_the_directory_counts_its_people(store, make_person):
    make_person()
    make_person()
    assert directory.count_people(store) == 2
