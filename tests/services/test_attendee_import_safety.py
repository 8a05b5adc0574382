"""No value of an attendee file is lost on the way into the directory: a person told apart by
e-mail stays a person of their own, a merged organization reaches every row it covers, and a
formula whose result was never saved is an error naming its cell, never a blank."""

from __future__ import annotations

import pytest

from facilitator.documents.attendee_files import guess_columns, read_attendee_file
from facilitator.errors import ValidationError
from facilitator.models import Sector
from facilitator.services import attendees, directory
from facilitator.services.attendee_import import RowStatus, apply_import, build_preview
from tests.data.attendees.crafted import inline, row, sheet, workbook


@pytest.fixture
def world(store, make_workshop):
    uludere = directory.create_organization(
        store, "Uludere Üniversitesi", short_name="UÜ", sector=Sector.UNIVERSITY
    )
    cygd = directory.create_organization(
        store, "Çağdaş Yaşam Gönüllüleri Derneği", short_name="ÇYGD", sector=Sector.NGO
    )
    # Two people of the directory: one with an e-mail, one without.
    ayse = directory.create_person(
        store, "Ayşe", "Yılmaz", email="ayse.yilmaz@uludere.edu.tr", organization_id=uludere.id
    )
    sule = directory.create_person(store, "Şule", "Çağlar", organization_id=cygd.id)
    workshop = make_workshop("Bursa Sosyal Sorumluluk Platformu: işleyiş modeli")
    return {"workshop": workshop, "uludere": uludere, "cygd": cygd, "ayse": ayse, "sule": sule}


def preview_of(store, world, path):
    table = read_attendee_file(path)
    return build_preview(store, world["workshop"].id, table, guess_columns(table))


def csv_file(tmp_path, name, *lines):
    path = tmp_path / name
    path.write_text("\r\n".join(("Ad Soyad;Kurum;E-posta", *lines)) + "\r\n", encoding="utf-8")
    return path


def emails_of_attendees(store, workshop_id):
    return sorted((a.full_name, a.email) for a in attendees.list_attendees(store, workshop_id))


# -- one name, two e-mails ---------------------------------------------------------------------


def test_two_rows_with_one_name_and_two_e_mails_are_two_people(store, world, tmp_path):
    path = csv_file(
        tmp_path,
        "iki mehmet.csv",
        "Mehmet Demir;Uludere Üniversitesi;mehmet.demir@uludere.edu.tr",
        "Mehmet Demir;Uludere Üniversitesi;m.demir@uludere.edu.tr",
    )
    preview = preview_of(store, world, path)
    assert [(r.row_number, r.status) for r in preview.rows] == [
        (2, RowStatus.NEW),
        (3, RowStatus.NEW),
    ]
    assert preview.rows[1].namesake_row == 2  # the preview says whom it was told apart from
    result = apply_import(store, preview)
    assert (result.created, result.skipped) == (2, 0)
    assert emails_of_attendees(store, world["workshop"].id) == [
        ("Mehmet Demir", "m.demir@uludere.edu.tr"),
        ("Mehmet Demir", "mehmet.demir@uludere.edu.tr"),
    ]


def test_a_row_without_an_e_mail_is_the_namesake_that_has_one_wherever_it_is(
    store, world, tmp_path
):
    # Listed twice, the first time without an e-mail: the e-mail must not be lost.
    path = csv_file(
        tmp_path,
        "önce e-postasız.csv",
        "Mehmet Demir;Uludere Üniversitesi;",
        "İsmail Işık;Işık Vakfı;ismail@isikvakfi.org.tr",
        "MEHMET DEMİR;Uludere Üniversitesi;mehmet.demir@uludere.edu.tr",
    )
    preview = preview_of(store, world, path)
    assert [(r.row_number, r.status, r.duplicate_of) for r in preview.rows] == [
        (2, RowStatus.DUPLICATE, 4),
        (3, RowStatus.NEW, None),
        (4, RowStatus.NEW, None),
    ]
    apply_import(store, preview)
    assert emails_of_attendees(store, world["workshop"].id) == [
        ("MEHMET DEMİR", "mehmet.demir@uludere.edu.tr"),
        ("İsmail Işık", "ismail@isikvakfi.org.tr"),
    ]


def test_the_directorys_namesake_with_another_e_mail_is_not_taken_for_the_row(
    store, world, tmp_path
):
    path = csv_file(tmp_path, "ayşe.csv", "Ayşe Yılmaz;Uludere Üniversitesi;ayse@gmail.com")
    preview = preview_of(store, world, path)
    (ayse,) = preview.rows
    assert ayse.status is RowStatus.NEW
    assert ayse.person_id is None
    assert ayse.namesake == "Ayşe Yılmaz (Uludere Üniversitesi) <ayse.yilmaz@uludere.edu.tr>"
    apply_import(store, preview)
    assert emails_of_attendees(store, world["workshop"].id) == [("Ayşe Yılmaz", "ayse@gmail.com")]
    # The directory's Ayşe keeps her own e-mail.
    assert directory.get_person(store, world["ayse"].id).email == "ayse.yilmaz@uludere.edu.tr"


def test_two_e_mails_cannot_both_take_a_directory_person_who_has_none(store, world, tmp_path):
    path = csv_file(
        tmp_path,
        "iki şule.csv",
        "Şule Çağlar;ÇYGD;sule@cygd.org.tr",
        "Şule Çağlar;ÇYGD;sule.caglar@gmail.com",
    )
    preview = preview_of(store, world, path)
    first, second = preview.rows
    assert (first.status, first.person_id) == (RowStatus.MATCHED, world["sule"].id)
    assert (second.status, second.person_id, second.namesake_row) == (RowStatus.NEW, None, 2)
    # The directory has no e-mail for her: the preview says the file's is not added.
    assert first.email_not_saved
    result = apply_import(store, preview)
    assert (result.created, result.matched, result.skipped) == (1, 1, 0)
    assert emails_of_attendees(store, world["workshop"].id) == [
        ("Şule Çağlar", ""),
        ("Şule Çağlar", "sule.caglar@gmail.com"),
    ]


# -- merged cells and formulas in workbooks ------------------------------------------------------


def test_rows_under_a_merged_organization_cell_are_imported_with_it(store, world, tmp_path):
    rows = (
        row(1, "Ad Soyad", "Kurum", "E-posta")
        + row(2, "Gülşen Öztürk", "Işık Lösemili Çocuklar Vakfı", "gulsen@isikvakfi.org.tr")
        + row(3, "Çiğdem Ilgaz", "", "cigdem@isikvakfi.org.tr")
        + row(4, "İsmail Işık", "", "ismail@isikvakfi.org.tr")
    )
    merged = '<mergeCells count="1"><mergeCell ref="B2:B4"/></mergeCells>'
    path = workbook(tmp_path / "birleşik.xlsx", sheet(rows, after=merged))
    preview = preview_of(store, world, path)
    assert {r.organization for r in preview.rows} == {"Işık Lösemili Çocuklar Vakfı"}
    result = apply_import(store, preview)
    assert (result.created, result.organizations_created) == (3, 1)
    organizations = {
        a.organization_name for a in attendees.list_attendees(store, world["workshop"].id)
    }
    assert organizations == {"Işık Lösemili Çocuklar Vakfı"}


def test_an_e_mail_formula_never_saved_is_an_error_naming_its_cell(
    store, world, tmp_path, db_path, dump_database
):
    rows = (
        row(1, "Ad Soyad", "Kurum", "E-posta", "Toplam")
        + '<row r="2">'
        + inline("A2", "Gülşen Öztürk")
        + inline("B2", "Uludere Üniversitesi")
        + inline("C2", "gulsen@uludere.edu.tr")
        + '<c r="D2"><f>SUM(E2:F2)</f><v></v></c>'  # in a column that is not imported
        + "</row>"
        + '<row r="3">'
        + inline("A3", "Çiğdem Ilgaz")
        + inline("B3", "Uludere Üniversitesi")
        + '<c r="C3"><f>LOWER(A3)&amp;"@uludere.edu.tr"</f><v/></c>'
        + "</row>"
    )
    path = workbook(tmp_path / "formüllü.xlsx", sheet(rows))
    preview = preview_of(store, world, path)
    assert preview.columns[3] is None  # "Toplam" is no field: its formula does not matter
    assert [r.status for r in preview.rows] == [RowStatus.NEW, RowStatus.ERROR]
    assert preview.rows[1].error == (
        "formüllü.xlsx, sheet “Katılımcılar”, row 3, column C (E-posta): the cell holds a "
        "formula whose result was never saved; open the file in Excel or LibreOffice, save "
        "it, and import it again."
    )
    assert not preview.can_import
    before = dump_database(store)
    with pytest.raises(ValidationError, match=r"row 3, column C \(E-posta\): the cell holds"):
        apply_import(store, preview)
    assert dump_database(store) == before


def test_a_row_whose_only_name_is_an_unsaved_formula_is_an_error_not_a_blank_row(
    store, world, tmp_path
):
    rows = (
        row(1, "Ad", "Soyad", "Ad Soyad")
        + row(2, "Gülşen", "Öztürk", "Gülşen Öztürk")
        + '<row r="3"><c r="C3"><f>A3&amp;" "&amp;B3</f><v></v></c></row>'
    )
    path = workbook(tmp_path / "birleştirilmiş ad.xlsx", sheet(rows))
    table = read_attendee_file(path)
    preview = build_preview(
        store, world["workshop"].id, table, (None, None, guess_columns(table)[2])
    )
    assert [r.status for r in preview.rows] == [RowStatus.NEW, RowStatus.ERROR]
    assert preview.rows[1].error.startswith(
        "birleştirilmiş ad.xlsx, sheet “Katılımcılar”, row 3, column C (Ad Soyad): the cell "
        "holds a formula whose result was never saved"
    )
