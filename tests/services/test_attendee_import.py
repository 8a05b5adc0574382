"""Importing attendees: the preview says what happens to every row; applying it writes all or
nothing, and a failed import leaves every table exactly as it was."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.documents.attendee_files import guess_columns, read_attendee_file
from facilitator.errors import ConflictError, NotFoundError, ValidationError
from facilitator.models import Invitation, Role, Sector
from facilitator.services import attendees, directory
from facilitator.services.attendee_export import attendee_table
from facilitator.services.attendee_import import (
    Field,
    ImportCancelledError,
    RowStatus,
    apply_import,
    build_preview,
    is_honorific,
    split_full_name,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "attendees"
F = Field


@pytest.fixture
def world(store, make_workshop):
    """A directory as an organizer has it before the import, and the workshop to import into."""
    uludere = directory.create_organization(
        store, "Uludere Üniversitesi", short_name="UÜ", sector=Sector.UNIVERSITY
    )
    cygd = directory.create_organization(
        store, "Çağdaş Yaşam Gönüllüleri Derneği", short_name="ÇYGD", sector=Sector.NGO
    )
    oncu = directory.create_organization(
        store, "Öncü Gıda San. ve Tic. A.Ş.", sector=Sector.COMPANY
    )
    ipekyolu = directory.create_organization(store, "İpekyolu Lojistik", sector=Sector.COMPANY)
    sule = directory.create_person(store, "Şule", "Çağlar", organization_id=cygd.id)
    umit = directory.create_person(
        store, "Ümit", "Doğan", email="umit.dogan@oncu.com.tr", organization_id=oncu.id
    )
    oguz = directory.create_person(
        store, "Oğuz", "Ünal", email="oguz.unal@ipekyolu.com.tr", organization_id=ipekyolu.id
    )
    workshop = make_workshop("Bursa Sosyal Sorumluluk Platformu: işleyiş modeli")
    attendees.add_attendee(store, workshop.id, oguz.id)
    return {
        "workshop": workshop,
        "uludere": uludere,
        "cygd": cygd,
        "oncu": oncu,
        "sule": sule,
        "umit": umit,
        "oguz": oguz,
    }


def preview_of(store, workshop_id, name, columns=None):
    table = read_attendee_file(DATA / name)
    return build_preview(store, workshop_id, table, columns or guess_columns(table))


def statuses(preview):
    return [(r.row_number, r.status) for r in preview.rows]


# -- names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prof. Dr. Ayşe Nur Yılmaz", ("Prof. Dr.", "Ayşe Nur", "Yılmaz")),
        ("PROF. DR. İSMAİL IŞIK", ("PROF. DR.", "İSMAİL", "IŞIK")),
        ("Doç.Dr. Çiğdem Ilgaz", ("Doç.Dr.", "Çiğdem", "Ilgaz")),
        ("Dr. Öğr. Üyesi Oğuz Ünal", ("Dr. Öğr. Üyesi", "Oğuz", "Ünal")),
        ("Arş. Gör. Elif Karaca", ("Arş. Gör.", "Elif", "Karaca")),
        ("Dr Şule Çağlar", ("Dr", "Şule", "Çağlar")),
        ("Av. Cem Yıldırım", ("Av.", "Cem", "Yıldırım")),
        ("Drago Petrović", ("", "Drago", "Petrović")),
        ("Doğan  Avcı ", ("", "Doğan", "Avcı")),
        ("Gülşen", ("", "Gülşen", "")),
        ("Dr.", ("", "Dr.", "")),  # never leaves the name empty
    ],
)
def test_a_full_name_splits_into_honorific_given_and_family_name(text, expected):
    assert split_full_name(text) == expected


def test_honorifics_are_recognised_but_job_titles_are_not():
    assert is_honorific("Prof. Dr.") and is_honorific("doç. dr.") and is_honorific("DR.")
    assert not is_honorific("Genel Müdür") and not is_honorific("Dr. Ayşe")


# -- the preview -------------------------------------------------------------------------


def test_the_preview_of_an_excel_list_says_what_happens_to_every_row(store, world):
    preview = preview_of(store, world["workshop"].id, "excel_tr_cp1254.csv")
    assert preview.problems == ()
    assert statuses(preview) == [
        (2, RowStatus.NEW),
        (3, RowStatus.NEW),
        (4, RowStatus.MATCHED),
        (5, RowStatus.NEW),
        (6, RowStatus.MATCHED),
    ]
    gulsen, ismail, sule, cigdem, umit = preview.rows
    assert (gulsen.honorific, gulsen.given_name, gulsen.family_name) == (
        "Prof. Dr.",
        "Gülşen",
        "Öztürk",
    )
    assert gulsen.organization_id == world["uludere"].id and not gulsen.new_organization
    # A quoted cell holding ";" is one new organization.
    assert ismail.new_organization
    assert ismail.organization == "Işık Lösemili Çocuklar Vakfı; Bursa Temsilciliği"
    # "ŞULE ÇAĞLAR" at "ÇYGD" (the short name) is the Şule Çağlar of the directory.
    assert sule.person_id == world["sule"].id
    assert sule.matched_name == "Şule Çağlar (Çağdaş Yaşam Gönüllüleri Derneği)"
    assert cigdem.position == "Bölüm Başkanı; Sosyal Hizmet"
    # The e-mail matches whatever its case.
    assert umit.person_id == world["umit"].id
    assert preview.new_organizations == 1
    assert preview.to_import == 5 and preview.can_import


def test_someone_already_attending_is_skipped(store, world):
    preview = preview_of(store, world["workshop"].id, "form_responses_utf8_bom.csv")
    assert statuses(preview) == [
        (2, RowStatus.ATTENDING),
        (3, RowStatus.NEW),
        (4, RowStatus.NEW),
    ]
    assert preview.rows[0].person_id == world["oguz"].id
    assert preview.rows[2].honorific == "Av."
    assert preview.can_import


def test_the_same_name_at_another_organization_is_a_different_person(store, world):
    preview = preview_of(store, world["workshop"].id, "duplicates.csv")
    sule = preview.rows[-1]
    assert sule.status is RowStatus.MATCHED  # ÇYGD: the directory's Şule Çağlar
    table = read_attendee_file(DATA / "duplicates.csv")
    other = replace(
        table,
        rows=(("Şule Çağlar", "Uludere Üniversitesi", ""),),
        row_numbers=(2,),
    )
    elsewhere = build_preview(store, world["workshop"].id, other, guess_columns(other))
    assert elsewhere.rows[0].status is RowStatus.NEW


def test_people_repeated_in_the_file_are_reported_and_imported_once(store, world):
    preview = preview_of(store, world["workshop"].id, "duplicates.csv")
    assert statuses(preview) == [
        (2, RowStatus.NEW),
        (3, RowStatus.DUPLICATE),  # same folded name, same organization
        (4, RowStatus.NEW),
        (5, RowStatus.DUPLICATE),  # same e-mail in capitals, another organization name
        (6, RowStatus.MATCHED),
    ]
    assert preview.rows[1].duplicate_of == 2
    assert preview.rows[3].duplicate_of == 4
    assert preview.can_import


def test_a_row_with_a_bad_e_mail_is_an_error_naming_file_row_and_column(store, world):
    preview = preview_of(store, world["workshop"].id, "bad_email.csv")
    assert statuses(preview)[-1] == (4, RowStatus.ERROR)
    assert preview.rows[-1].error == (
        "bad_email.csv, row 4, column C (E-posta): “ayse.yilmaz@” is not an e-mail address."
    )
    assert not preview.can_import
    assert preview.first_error() == preview.rows[-1].error


def test_ragged_rows_too_long_are_errors_and_too_short_are_read_as_blank(store, world):
    preview = preview_of(store, world["workshop"].id, "ragged_rows.csv")
    assert statuses(preview) == [(2, RowStatus.NEW), (3, RowStatus.ERROR), (4, RowStatus.NEW)]
    assert preview.rows[1].error.startswith(
        "ragged_rows.csv, row 3, column D: the row has 4 cells but the header has 3"
    )
    assert preview.rows[1].cells[:2] == ("Ümit Doğan", "Öncü Gıda")
    assert (preview.rows[2].given_name, preview.rows[2].organization) == ("Şule", "")


def test_rows_without_a_name_or_with_overlong_values_are_errors(store, world, tmp_path):
    path = tmp_path / "eksik.csv"
    path.write_text(
        "Ad;Soyad;Kurum;Telefon\n"
        ";;Uludere Üniversitesi;0532\n"
        ";Öztürk;Uludere Üniversitesi;\n"
        f"Gülşen;Öztürk;Uludere Üniversitesi;{'5' * 61}\n"
        "\n",
        encoding="utf-8",
    )
    table = read_attendee_file(path)
    preview = build_preview(store, world["workshop"].id, table, guess_columns(table))
    assert [r.error for r in preview.rows] == [
        "eksik.csv, row 2, column A (Ad): the row has no name.",
        "eksik.csv, row 3, column A (Ad): Given name cannot be empty.",
        "eksik.csv, row 4, column D (Telefon): Phone is too long (at most 60 characters).",
    ]


def test_a_mapping_without_names_or_with_a_field_twice_is_a_problem_of_the_whole_file(store, world):
    preview = preview_of(store, world["workshop"].id, "no_name_column.csv")
    assert preview.problems == (
        "no_name_column.csv: no column holds the names; map one to Full name or to Given name.",
    )
    assert not preview.can_import
    twice = preview_of(
        store,
        world["workshop"].id,
        "bad_email.csv",
        (F.FULL_NAME, F.EMAIL, F.EMAIL),
    )
    assert twice.problems == (
        "bad_email.csv: columns B (Kurum), C (E-posta) are all mapped to E-mail.",
    )
    # Every row shows the problem; the one-line error is the problem itself.
    assert {(r.status, r.reason) for r in twice.rows} == {(RowStatus.ERROR, twice.problems[0])}
    assert twice.first_error() == twice.problems[0]
    assert not twice.can_import


def test_changing_the_mapping_changes_the_preview(store, world):
    table = read_attendee_file(DATA / "contact_column.csv")
    automatic = guess_columns(table)
    assert automatic == (F.FULL_NAME, F.ORGANIZATION, None, None)
    before = build_preview(store, world["workshop"].id, table, automatic)
    assert before.rows[1].status is RowStatus.NEW  # "Ü. Doğan" is nobody known by name
    mapped = build_preview(
        store, world["workshop"].id, table, (F.FULL_NAME, F.ORGANIZATION, F.EMAIL)
    )
    assert mapped.rows[1].status is RowStatus.MATCHED
    assert mapped.rows[1].person_id == world["umit"].id


def test_an_unknown_workshop_is_refused(store, world):
    table = read_attendee_file(DATA / "excel_tr_cp1254.csv")
    with pytest.raises(NotFoundError, match="#999"):
        build_preview(store, 999, table, guess_columns(table))


# -- applying ----------------------------------------------------------------------------


def test_applying_creates_people_and_organizations_and_invites_everyone(store, world):
    workshop_id = world["workshop"].id
    preview = preview_of(store, workshop_id, "excel_tr_cp1254.csv")
    reported = []
    result = apply_import(store, preview, progress=lambda done, total: reported.append(done))
    assert (result.created, result.matched, result.skipped) == (3, 2, 0)
    assert result.organizations_created == 1
    assert reported == [5]

    rows = {a.full_name: a for a in attendees.list_attendees(store, workshop_id)}
    assert set(rows) == {
        "Oğuz Ünal",
        "Gülşen Öztürk",
        "İsmail Işık",
        "Şule Çağlar",
        "Çiğdem Ilgaz",
        "Ümit Doğan",
    }
    gulsen = rows["Gülşen Öztürk"]
    assert (gulsen.honorific, gulsen.position, gulsen.phone) == (
        "Prof. Dr.",
        "Öğretim Üyesi",
        "0532 111 22 33",
    )
    assert gulsen.organization_id == world["uludere"].id
    assert rows["İsmail Işık"].organization_name == (
        "Işık Lösemili Çocuklar Vakfı; Bursa Temsilciliği"
    )
    # Matched people keep their directory record: no copy, no change.
    assert rows["Şule Çağlar"].person_id == world["sule"].id
    assert rows["Ümit Doğan"].email == "umit.dogan@oncu.com.tr"
    assert directory.count_people(store) == 6
    for imported in result.participation_ids:
        row = next(a for a in rows.values() if a.id == imported)
        assert (row.role, row.invitation) == (Role.PARTICIPANT, Invitation.INVITED)
    assert set(result.participation_ids) == {a.id for a in rows.values()} - {
        next(a.id for a in rows.values() if a.full_name == "Oğuz Ünal")
    }


def test_imported_people_and_organizations_are_found_by_turkish_aware_search(store, world):
    apply_import(store, preview_of(store, world["workshop"].id, "excel_tr_cp1254.csv"))
    assert [p.full_name for p in directory.list_people(store, "ISIK")] == ["İsmail Işık"]
    assert [p.full_name for p in directory.list_people(store, "çiğdem ılgaz")] == ["Çiğdem Ilgaz"]
    # The position "Bölüm Başkanı; Sosyal Hizmet": I finds ı, and i does not.
    assert [p.full_name for p in directory.list_people(store, "BAŞKANI")] == ["Çiğdem Ilgaz"]
    assert [p.full_name for p in directory.list_people(store, "baskani")] == []
    assert [o.name for o in directory.list_organizations(store, "lösemili")] == [
        "Işık Lösemili Çocuklar Vakfı; Bursa Temsilciliği"
    ]


def test_a_matched_person_without_an_organization_in_the_file_represents_their_own(store, world):
    table = read_attendee_file(DATA / "excel_tr_cp1254.csv")
    only_umit = replace(table, rows=(("5", "Ümit Doğan", "", "", "umit.dogan@oncu.com.tr", ""),))
    only_umit = replace(only_umit, row_numbers=(6,))
    preview = build_preview(store, world["workshop"].id, only_umit, guess_columns(only_umit))
    assert preview.rows[0].organization == "Öncü Gıda San. ve Tic. A.Ş."
    apply_import(store, preview)
    umit = next(
        a for a in attendees.list_attendees(store, world["workshop"].id) if a.given_name == "Ümit"
    )
    assert umit.organization_id == world["oncu"].id


def test_duplicates_are_imported_once(store, world):
    result = apply_import(store, preview_of(store, world["workshop"].id, "duplicates.csv"))
    assert (result.created, result.matched, result.skipped) == (2, 1, 2)
    names = [a.full_name for a in attendees.list_attendees(store, world["workshop"].id)]
    assert sorted(names) == sorted(["Gülşen Öztürk", "İsmail Işık", "Oğuz Ünal", "Şule Çağlar"])


def test_an_export_imported_into_another_workshop_matches_everyone(
    store, world, make_workshop, tmp_path
):
    apply_import(store, preview_of(store, world["workshop"].id, "excel_tr_cp1254.csv"))
    exported = attendee_table(store, world["workshop"].id)
    from facilitator.documents.attendee_files import write_csv

    path = tmp_path / "dışa aktarılan.csv"
    write_csv(path, exported.headers, exported.rows)
    next_workshop = make_workshop("6. Çalıştay")
    table = read_attendee_file(path)
    preview = build_preview(store, next_workshop.id, table, guess_columns(table))
    assert {r.status for r in preview.rows} == {RowStatus.MATCHED}
    result = apply_import(store, preview)
    assert (result.created, result.matched) == (0, 6)
    assert directory.count_people(store) == 6


# -- all or nothing ----------------------------------------------------------------------


def test_a_preview_with_an_error_writes_nothing(store, world, db_path, dump_database):
    before = dump_database(store)
    preview = preview_of(store, world["workshop"].id, "bad_email.csv")
    with pytest.raises(ValidationError, match=r"bad_email\.csv, row 4, column C"):
        apply_import(store, preview)
    assert dump_database(store) == before


def test_a_failure_half_way_rolls_everything_back(store, world, db_path, dump_database):
    before = dump_database(store)
    preview = preview_of(store, world["workshop"].id, "excel_tr_cp1254.csv")

    def failing_progress(done, _total):
        if done > 2:
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        apply_import(store, preview, progress=failing_progress, every=2)
    assert dump_database(store) == before


def test_cancelling_rolls_everything_back(store, world, db_path, dump_database):
    before = dump_database(store)
    preview = preview_of(store, world["workshop"].id, "excel_tr_cp1254.csv")
    seen = []
    with pytest.raises(ImportCancelledError, match="nothing was imported"):
        apply_import(
            store,
            preview,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
            every=2,
        )
    assert seen == [(2, 5), (4, 5)]
    assert dump_database(store) == before


def test_a_directory_changed_since_the_preview_stops_the_import(
    store, world, db_path, dump_database
):
    preview = preview_of(store, world["workshop"].id, "excel_tr_cp1254.csv")
    # Meanwhile someone adds Şule to the workshop by hand.
    attendees.add_attendee(store, world["workshop"].id, world["sule"].id)
    before = dump_database(store)
    with pytest.raises(ConflictError, match="changed since the preview"):
        apply_import(store, preview)
    assert dump_database(store) == before


def test_people_imported_meanwhile_by_someone_else_are_found_not_made_twice(
    store, world, make_workshop
):
    """Two organizers import the same list into two workshops at the same time: the one
    who applies second finds the people and institutions the first one made."""
    other = make_workshop("Gönüllü eşleştirme: ikinci oturum")
    mine = preview_of(store, world["workshop"].id, "excel_tr_cp1254.csv")
    theirs = preview_of(store, other.id, "excel_tr_cp1254.csv")
    new_in_mine = [
        f"{r.given_name} {r.family_name}" for r in mine.rows if r.status is RowStatus.NEW
    ]
    assert new_in_mine, "the file must bring new people for this test to say anything"
    apply_import(store, theirs)
    people_before = len(directory.list_people(store))
    orgs_before = len(directory.list_organizations(store))
    result = apply_import(store, mine)
    assert result.created == 0 and result.matched == len(new_in_mine) + sum(
        r.status is RowStatus.MATCHED for r in mine.rows
    )
    assert len(directory.list_people(store)) == people_before  # nobody made twice
    assert len(directory.list_organizations(store)) == orgs_before
    attending = {a.full_name for a in attendees.list_attendees(store, world["workshop"].id)}
    assert set(new_in_mine) <= attending


def test_undoing_an_import_keeps_what_the_directory_has_used_since(store, tmp_path):
    """An imported person who has since attended another workshop stays in the directory."""
    from datetime import UTC, datetime, timedelta

    from facilitator.documents.attendee_files import guess_columns, read_attendee_file
    from facilitator.services import attendees as attendee_service
    from facilitator.services import directory, workshops
    from facilitator.services.attendee_import import (
        apply_import,
        build_preview,
        redo_import,
        undo_import,
    )

    start = datetime(2027, 3, 6, 7, 0, tzinfo=UTC)
    first = workshops.create_workshop(store, "Birinci", start, start + timedelta(hours=2))
    second = workshops.create_workshop(store, "İkinci", start, start + timedelta(hours=3))
    source = Path(__file__).resolve().parents[1] / "data" / "attendees" / "excel_tr_cp1254.csv"
    table = read_attendee_file(source)
    result = apply_import(store, build_preview(store, first.id, table, guess_columns(table)))
    kept = result.person_ids[0]
    attendee_service.add_attendee(store, second.id, kept)

    taken = undo_import(store, result)
    assert attendee_service.list_attendees(store, first.id) == []
    remaining = {p.id for p in directory.list_people(store)}
    assert kept in remaining
    assert not (set(result.person_ids) - {kept}) & remaining
    redo_import(store, taken)
    assert len(attendee_service.list_attendees(store, first.id)) == len(result.participation_ids)
