"""Personal data: a person's export, anonymising them (gone from the file's bytes), retention."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from facilitator.errors import NotFoundError, ValidationError
from facilitator.models import (
    Commitment,
    DecisionMethod,
    Note,
    NoteKind,
    Position,
    Proposal,
    Round,
    Sector,
    Voice,
)
from facilitator.services import attendees, directory, personal_data, workshops
from facilitator.store import Store

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
NAME = ("Gülşen", "Öztürkoğlu")
EMAIL = "gulsen.ozturkoglu@ornek-vakif.org.tr"
PHONE = "+90 532 987 65 43"


@pytest.fixture
def person_with_records(store):
    """A person who attended a workshop, spoke, took a position and made a commitment."""
    return _records(store)


@pytest.fixture
def file_records(file_store):
    """The same, in a database file (for what only a file has: its bytes, read-only)."""
    return _records(file_store)


def _records(store):
    org = directory.create_organization(store, "Işık Lösemili Çocuklar Vakfı", sector=Sector.NGO)
    person = directory.create_person(
        store,
        *NAME,
        organization_id=org.id,
        email=EMAIL,
        phone=PHONE,
        position="Genel Sekreter",
        contact_consent=True,
        consent_date=date(2025, 3, 1),
    )
    other = directory.create_person(store, "İsmail", "Işık", organization_id=org.id)
    start = datetime(2026, 3, 14, 7, 0, tzinfo=UTC)
    workshop = workshops.create_workshop(
        store, "Gönüllülük kültürü", start, start + timedelta(hours=3)
    )
    attendees.add_attendee(store, workshop.id, person.id, organization_id=org.id)
    attendees.add_attendee(store, workshop.id, other.id, organization_id=org.id)
    with store.transaction() as s:
        s.add(
            Note(
                workshop_id=workshop.id,
                kind=NoteKind.IDEA,
                text="Gönüllü saatleri <ortak & şeffaf> bir tabloda toplansın.",
                speaker_id=person.id,
                noted_at=NOW - timedelta(days=30),
            )
        )
        s.add(Note(workshop_id=workshop.id, text="Başkasının notu", speaker_id=other.id))
        proposal = Proposal(workshop_id=workshop.id, title="Ortak gönüllülük takvimi")
        s.add(proposal)
        s.flush()
        rnd = Round(
            proposal_id=proposal.id, number=1, method=DecisionMethod.GRADIENTS, voice=Voice.PERSON
        )
        s.add(rnd)
        s.flush()
        s.add(Position(round_id=rnd.id, person_id=person.id, value="2", reason="Destekliyorum"))
        s.add(
            Commitment(
                title="Yılda 200 saat gönüllü desteği",
                organization_id=org.id,
                person_id=person.id,
                workshop_id=workshop.id,
            )
        )
    return person, other, workshop


def test_export_holds_every_participation_note_position_and_commitment(store, person_with_records):
    person, _other, workshop = person_with_records
    data = json.loads(personal_data.person_data_json(store, person.id, now=NOW))
    assert data["format"] == "facilitator-person-data" and data["format_version"] == 1
    assert data["person"]["given_name"] == "Gülşen"
    assert data["person"]["email"] == EMAIL
    assert data["person"]["contact_details_may_appear_in_documents"] is True
    assert data["person"]["consent_date"] == "2025-03-01"
    assert [p["workshop"]["title"] for p in data["participations"]] == [workshop.title]
    assert [n["text"] for n in data["notes"]] == [
        "Gönüllü saatleri <ortak & şeffaf> bir tabloda toplansın."
    ], "only the notes attributed to this person"
    assert [(p["proposal"], p["value"]) for p in data["positions"]] == [
        ("Ortak gönüllülük takvimi", "2")
    ]
    assert [c["title"] for c in data["commitments"]] == ["Yılda 200 saat gönüllü desteği"]


def test_export_of_an_unknown_person_is_refused(store):
    with pytest.raises(NotFoundError):
        personal_data.person_data(store, 9999)


def test_anonymising_keeps_the_records_attributed_to_the_placeholder(store, person_with_records):
    person, other, _workshop = person_with_records
    result = personal_data.anonymise_person(store, person.id)
    assert result.placeholder == f"Participant {person.id}"
    assert (result.notes, result.positions, result.commitments) == (1, 1, 1)
    row = directory.get_person(store, person.id)
    assert row.display_name == f"Participant {person.id}"
    assert (row.email, row.phone, row.position, row.contact_consent) == ("", "", "", False)
    data = personal_data.person_data(store, person.id)
    assert len(data["notes"]) == 1 and len(data["positions"]) == 1
    assert len(data["commitments"]) == 1 and len(data["participations"]) == 1
    assert directory.get_person(store, other.id).display_name == "İsmail Işık"
    with pytest.raises(ValidationError, match="already anonymised"):
        personal_data.anonymise_person(store, person.id)


def test_after_anonymising_the_old_values_are_gone_from_the_file_bytes(
    file_store, db_path, file_records
):
    store = file_store
    person, _other, _workshop = file_records

    def file_bytes() -> bytes:
        data = db_path.read_bytes()
        wal = db_path.with_name(db_path.name + "-wal")
        return data + (wal.read_bytes() if wal.exists() else b"")

    secrets = [s.encode("utf-8") for s in ("Gülşen", "Öztürkoğlu", EMAIL, PHONE, "Genel Sekreter")]
    before = file_bytes()
    assert all(secret in before for secret in secrets), "the test must see them first"

    personal_data.anonymise_person(store, person.id)

    after = file_bytes()
    for secret in secrets:
        assert secret not in after, secret
    assert "öztürkoğlu".encode() not in after  # nor in the folded search text
    assert b"Participant" in after


def test_a_concurrent_reader_is_reported_and_anonymising_again_finishes_the_erase(
    file_store, db_path, file_records, monkeypatch
):
    """Another program in the middle of reading keeps old pages: that is said, not hidden."""
    import sqlite3

    from facilitator.store import store as store_module

    monkeypatch.setattr(store_module, "ERASE_WAIT_MS", 100)
    store = file_store
    person, _other, _workshop = file_records

    def file_bytes() -> bytes:
        data = db_path.read_bytes()
        wal = db_path.with_name(db_path.name + "-wal")
        return data + (wal.read_bytes() if wal.exists() else b"")

    reader = sqlite3.connect(db_path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM person").fetchall()  # holds its snapshot
        with pytest.raises(personal_data.EraseIncompleteError) as info:
            personal_data.anonymise_person(store, person.id)
        message = str(info.value)
        assert f"Participant {person.id}" in message and "another program" in message
        assert directory.get_person(store, person.id).display_name == f"Participant {person.id}"
        assert EMAIL.encode() in file_bytes(), "the old values are still there, as reported"
        with pytest.raises(personal_data.EraseIncompleteError):
            personal_data.erase_old_values(store)
    finally:
        reader.rollback()
        reader.close()

    with pytest.raises(ValidationError, match="already anonymised"):
        personal_data.anonymise_person(store, person.id)  # finishes the erase
    after = file_bytes()
    for secret in ("Gülşen", "Öztürkoğlu", EMAIL, PHONE):
        assert secret.encode("utf-8") not in after, secret


def test_anonymising_in_turkish_uses_a_turkish_placeholder(store, person_with_records):
    from facilitator import i18n

    person, _other, _workshop = person_with_records
    with i18n.using_language("tr"):
        result = personal_data.anonymise_person(store, person.id)
    assert result.placeholder == f"Katılımcı {person.id}"


def test_retention_lists_people_not_seen_for_more_than_n_years(
    store, make_org, make_workshop, make_person
):
    org = make_org(short_name="ÇYD")  # the retention list is searched by it too
    old_workshop = make_workshop(planned_start=datetime(2022, 5, 10, 9, 0, tzinfo=UTC))
    recent_workshop = make_workshop(planned_start=datetime(2026, 6, 10, 9, 0, tzinfo=UTC))
    long_gone = make_person("Şule", "Çağlar", organization_id=org.id)
    back_again = make_person("Ümit", "Doğan")
    never = make_person("Çiğdem", "Ilgaz")  # added today, in no workshop: not listed
    attendees.add_attendee(store, old_workshop.id, long_gone.id, organization_id=org.id)
    attendees.add_attendee(store, old_workshop.id, back_again.id, organization_id=org.id)
    attendees.add_attendee(store, recent_workshop.id, back_again.id, organization_id=org.id)

    rows = personal_data.people_not_seen(store, 3, NOW)
    assert [r.id for r in rows] == [long_gone.id]
    assert (rows[0].organization_name, rows[0].organization_short_name) == (org.name, "ÇYD")
    assert rows[0].last_seen == datetime(2022, 5, 10, 9, 0, tzinfo=UTC)
    assert rows[0].workshops == 1

    assert personal_data.people_not_seen(store, 5, NOW) == []
    in_ten_years = NOW + timedelta(days=3660)
    listed = {r.id for r in personal_data.people_not_seen(store, 3, in_ten_years)}
    assert listed == {long_gone.id, back_again.id, never.id}

    personal_data.anonymise_person(store, long_gone.id)
    assert personal_data.people_not_seen(store, 3, NOW) == [], "anonymised people are done"


@pytest.mark.parametrize("years", [0, -1, 101, "3", True, None])
def test_retention_refuses_a_nonsense_number_of_years(store, years):
    with pytest.raises(ValidationError):
        personal_data.people_not_seen(store, years, NOW)


def test_a_read_only_store_refuses_anonymising(db_path, file_records, file_store):
    store = file_store
    person, _other, _workshop = file_records
    store.close()
    read_only = Store.open(db_path, read_only=True)
    try:
        from facilitator.errors import StoreError

        with pytest.raises(StoreError, match="read-only"):
            personal_data.anonymise_person(read_only, person.id)
    finally:
        read_only.close()
    reopened = Store.open(db_path)
    try:
        assert directory.get_person(reopened, person.id).email == EMAIL
    finally:
        reopened.close()
