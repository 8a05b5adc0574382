"""Someone new made and added to a workshop in one step (with a new organization, if
theirs is new), undone and redone exactly; the moderator of the Overview is the attendee
with the moderator role."""

from __future__ import annotations

import pytest

from facilitator.errors import ConflictError, StaleEditError, ValidationError
from facilitator.models.enums import Role, Sector
from facilitator.services import attendees, directory, live, workshops
from facilitator.services.directory import prefill_person


@pytest.mark.parametrize(
    ("typed", "honorific", "given", "family"),
    [
        ("ayşe yılmaz", "", "Ayşe", "Yılmaz"),
        ("  ismail   ışık ", "", "İsmail", "Işık"),
        ("prof. dr. ayşe nur yılmaz", "Prof. Dr.", "Ayşe Nur", "Yılmaz"),
        ("Doç. Dr. Çağrı Ilgın-Öğütçü", "Doç. Dr.", "Çağrı", "Ilgın-Öğütçü"),
        ("çağrı ılgın-öğütçü", "", "Çağrı", "Ilgın-Öğütçü"),
        ("Ayşe YILMAZ", "", "Ayşe", "YILMAZ"),
        ("Şebnem", "", "Şebnem", ""),
    ],
)
def test_what_was_typed_prefills_the_name_the_turkish_way(typed, honorific, given, family):
    values = prefill_person(typed)
    assert (values["honorific"], values["given_name"], values["family_name"]) == (
        honorific,
        given,
        family,
    )
    assert values["email"] == ""


def test_an_e_mail_address_typed_prefills_the_e_mail():
    assert prefill_person("ayse.yilmaz@example.org") == {
        "honorific": "",
        "given_name": "",
        "family_name": "",
        "email": "ayse.yilmaz@example.org",
    }


def _workshop(store):
    from datetime import UTC, datetime

    return workshops.create_workshop(
        store,
        "Kooperatifler ve yerel kalkınma",
        planned_start=datetime(2027, 3, 6, 7, 0, tzinfo=UTC),
        planned_end=datetime(2027, 3, 6, 10, 0, tzinfo=UTC),
    ).id


def test_a_new_person_and_their_new_organization_join_the_workshop_in_one_step(store):
    workshop = _workshop(store)
    made = attendees.add_new_person(
        store,
        workshop,
        {
            "given_name": "Ayşe",
            "family_name": "Yılmaz",
            "email": "ayse@example.org",
            "phone": "+90 224 555 01 02",
            "position": "Genel Müdür",
        },
        {"name": "Uludağ Kadın Emeği Kooperatifi", "sector": Sector.COOPERATIVE},
    )
    (row,) = attendees.list_attendees(store, workshop)
    assert row == made.attendee
    assert (row.full_name, row.email, row.phone, row.position) == (
        "Ayşe Yılmaz",
        "ayse@example.org",
        "+90 224 555 01 02",
        "Genel Müdür",
    )
    assert row.organization_name == "Uludağ Kadın Emeği Kooperatifi"
    assert row.sector is Sector.COOPERATIVE and row.role is Role.PARTICIPANT
    assert directory.get_person(store, row.person_id).organization_id == made.organization_id

    taken = attendees.take_new_person(store, made)
    assert attendees.list_attendees(store, workshop) == []
    assert directory.list_people(store) == [] and directory.list_organizations(store) == []
    attendees.put_new_person_back(store, taken)
    assert attendees.list_attendees(store, workshop) == [made.attendee]


def test_a_wrong_value_creates_nothing(store):
    workshop = _workshop(store)
    with pytest.raises(ValidationError, match="not an e-mail address"):
        attendees.add_new_person(
            store,
            workshop,
            {"given_name": "Ayşe", "email": "ayse@"},
            {"name": "Olay Gazetesi", "sector": Sector.MEDIA},
        )
    with pytest.raises(ValidationError):
        attendees.add_new_person(store, workshop, {"given_name": " "})
    assert directory.list_organizations(store) == [] and directory.list_people(store) == []


def test_a_new_organization_named_as_one_there_is_refused(store, make_org):
    workshop = _workshop(store)
    make_org("Bursa Ticaret ve Sanayi Odası")
    with pytest.raises(ConflictError, match="already exists"):
        attendees.add_new_person(
            store, workshop, {"given_name": "İlhan"}, {"name": "BURSA TİCARET VE SANAYİ ODASI"}
        )
    assert [p.given_name for p in directory.list_people(store)] == []


def test_undoing_a_new_person_keeps_them_once_they_are_used_elsewhere(store):
    workshop, other = _workshop(store), _workshop(store)
    made = attendees.add_new_person(
        store, workshop, {"given_name": "Gülşen", "family_name": "Irmak"}
    )
    attendees.add_attendee(store, other, made.attendee.person_id)
    attendees.take_new_person(store, made)
    assert attendees.list_attendees(store, workshop) == []
    assert [p.full_name for p in directory.list_people(store)] == ["Gülşen Irmak"]


def test_undoing_a_new_person_after_a_check_in_is_refused(store):
    from datetime import UTC, datetime

    workshop = _workshop(store)
    made = attendees.add_new_person(store, workshop, {"given_name": "Ümit"})
    live.set_present(store, made.attendee.id, True, datetime(2027, 3, 6, 7, 5, tzinfo=UTC))
    with pytest.raises(StaleEditError):
        attendees.take_new_person(store, made)
    assert len(attendees.list_attendees(store, workshop)) == 1


def _roles(store, workshop):
    return {r.full_name: r.role for r in attendees.list_attendees(store, workshop)}


def test_the_moderator_is_added_with_the_moderator_role_and_undo_takes_them_out(store, make_person):
    workshop = _workshop(store)
    hoca = make_person("Çağrı", "Ilgın-Öğütçü")
    change = attendees.set_moderator(store, workshop, hoca.id)
    assert workshops.get_workshop(store, workshop).moderator_id == hoca.id
    assert _roles(store, workshop) == {"Çağrı Ilgın-Öğütçü": Role.MODERATOR}

    taken = attendees.undo_moderator(store, change)
    assert workshops.get_workshop(store, workshop).moderator_id is None
    assert _roles(store, workshop) == {}
    attendees.redo_moderator(store, change, taken)
    assert [r.id for r in attendees.list_attendees(store, workshop)] == [change.added]
    assert _roles(store, workshop) == {"Çağrı Ilgın-Öğütçü": Role.MODERATOR}


def test_another_moderator_takes_the_role_and_the_one_replaced_takes_part(store, make_person):
    workshop = _workshop(store)
    first, second = make_person("Çağrı", "Ilgın"), make_person("Ayşe", "Yılmaz")
    attendees.set_moderator(store, workshop, first.id)
    attendees.add_attendee(store, workshop, second.id, role=Role.SPEAKER)
    change = attendees.set_moderator(store, workshop, second.id)
    assert _roles(store, workshop) == {
        "Çağrı Ilgın": Role.PARTICIPANT,
        "Ayşe Yılmaz": Role.MODERATOR,
    }
    assert change.added is None
    attendees.undo_moderator(store, change)
    assert _roles(store, workshop) == {"Çağrı Ilgın": Role.MODERATOR, "Ayşe Yılmaz": Role.SPEAKER}
    assert workshops.get_workshop(store, workshop).moderator_id == first.id


def test_undoing_the_moderator_after_a_change_elsewhere_is_refused(store, make_person):
    workshop = _workshop(store)
    hoca = make_person("Çağrı", "Ilgın")
    change = attendees.set_moderator(store, workshop, hoca.id)
    (row,) = attendees.list_attendees(store, workshop)
    attendees.update_attendees(store, [row.id], role=Role.SPEAKER)  # another window
    with pytest.raises(StaleEditError):
        attendees.undo_moderator(store, change)
    assert workshops.get_workshop(store, workshop).moderator_id == hoca.id


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Uludağ Kadın Emeği Kooperatifi", Sector.COOPERATIVE),
        ("Bursa Ticaret ve Sanayi Odası", Sector.CHAMBER),
        ("BURSA TİCARET VE SANAYİ ODASI", Sector.CHAMBER),
        ("Olay Gazetesi", Sector.MEDIA),
        ("Kent FM", Sector.MEDIA),
        ("Marmara Tekstil A.Ş.", Sector.COMPANY),
        ("Çocuk Sağlığı Dayanışma Derneği", Sector.NGO),
        ("Işık Lösemili Çocuklar Vakfı", Sector.FOUNDATION),
        ("Uludere Üniversitesi Eğitim Fakültesi", Sector.UNIVERSITY),
        ("Osmangazi Belediyesi", Sector.PUBLIC),
        ("Villa Zeytin", None),
    ],
)
def test_a_new_organizations_sector_is_guessed_from_its_name(name, sector):
    assert directory.guess_sector(name) is sector


def test_a_list_imported_into_the_directory_only_adds_people_to_no_workshop(store):
    from pathlib import Path

    from facilitator.documents.attendee_files import guess_columns, read_attendee_file
    from facilitator.services import attendee_import

    workshop = _workshop(store)
    table = read_attendee_file(
        Path(__file__).resolve().parents[1] / "data" / "attendees" / "excel_tr_cp1254.csv"
    )
    preview = attendee_import.build_preview(store, None, table, guess_columns(table))
    result = attendee_import.apply_import(store, preview)
    assert result.created == len(directory.list_people(store)) > 0
    assert result.participation_ids == ()
    assert attendees.list_attendees(store, workshop) == []
    taken = attendee_import.undo_import(store, result)
    assert directory.list_people(store) == [] and directory.list_organizations(store) == []
    attendee_import.redo_import(store, taken)
    assert len(directory.list_people(store)) == result.created
