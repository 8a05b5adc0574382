"""The empty directory says what to do first, with buttons that do it; adding a person
there (and their new organization) or importing a list is one undoable step; an
organization of "other" sector says which, in its own words. Driven by keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from facilitator.models.enums import Sector
from facilitator.services import directory
from facilitator.ui.directory.directory_page import ORG_COLUMN_NAME, ORG_COLUMN_SECTOR
from facilitator.ui.kit import new_item_dialogs, person_form
from facilitator.ui.kit.person_form import NewPersonDialog
from tests.ui.keys import leave, replace_text, type_text
from tests.ui.modal import raise_from, when_modal_opens

ATTENDEES = Path(__file__).resolve().parents[2] / "data" / "attendees"


@pytest.fixture
def real_form(monkeypatch):
    """The new-person form itself, not the test's stand-in."""
    monkeypatch.setattr(new_item_dialogs, "ask_new_person", person_form.ask_new_person)


def _press(qtbot, button):
    button.setFocus()
    qtbot.keyClick(button, Qt.Key_Space)


def test_the_empty_directory_says_what_to_do_first(window):
    window.show_directory()
    page = window.directory_page
    assert page.tabs_or_empty.currentWidget() is page.empty
    assert page.empty.isVisible() and not page.tabs.isVisible()
    for button in (
        page.empty.add_person_button,
        page.empty.import_button,
        page.empty.add_organization_button,
    ):
        assert button.isVisible() and button.isEnabled()


def test_the_first_person_and_their_new_organization_from_the_empty_directory(
    qtbot, window, store, real_form
):
    window.show_directory()
    page = window.directory_page

    def fill(form: NewPersonDialog) -> None:
        type_text(form.given_name, "Gülşen")
        form.family_name.setFocus()
        type_text(form.family_name, "Irmak")
        form.organization.setFocus()
        type_text(form.organization.lineEdit(), "Olay Gazetesi")
        assert form.sector.currentData() == Sector.MEDIA.value
        form.email.setFocus()
        type_text(form.email, "gulsen.irmak@olay.example")
        qtbot.keyClick(form.email, Qt.Key_Return)

    seen = when_modal_opens(qtbot, NewPersonDialog, fill)
    _press(qtbot, page.empty.add_person_button)
    raise_from(seen)

    (person,) = directory.list_people(store)
    (org,) = directory.list_organizations(store)
    assert (person.full_name, person.email, person.organization_id) == (
        "Gülşen Irmak",
        "gulsen.irmak@olay.example",
        org.id,
    )
    assert (org.name, org.sector) == ("Olay Gazetesi", Sector.MEDIA)
    assert page.tabs_or_empty.currentWidget() is page.tabs
    assert page.people.selected_id == person.id
    assert page.people.given_name.text() == "Gülşen"

    window.undo_action.trigger()  # the person and the organization made with them
    assert directory.list_people(store) == [] and directory.list_organizations(store) == []
    assert page.tabs_or_empty.currentWidget() is page.empty
    window.redo_action.trigger()
    assert [p.id for p in directory.list_people(store)] == [person.id]
    assert page.tabs_or_empty.currentWidget() is page.tabs


def test_import_a_list_into_the_empty_directory_then_undo(qtbot, window, store, monkeypatch):
    from facilitator.documents.attendee_files import guess_columns, read_attendee_file
    from facilitator.services import attendee_import
    from facilitator.ui.workshop import import_dialog

    chosen = []

    def import_without_dialog(_parent, the_store, workshop_id, path):
        chosen.append(workshop_id)
        table = read_attendee_file(path)
        preview = attendee_import.build_preview(the_store, workshop_id, table, guess_columns(table))
        return attendee_import.apply_import(the_store, preview)

    monkeypatch.setattr(
        import_dialog, "ask_open_path", lambda _parent: ATTENDEES / "excel_tr_cp1254.csv"
    )
    monkeypatch.setattr(import_dialog, "ask_import_attendees", import_without_dialog)
    window.show_directory()
    page = window.directory_page
    _press(qtbot, page.empty.import_button)

    assert chosen == [None], "into the directory, for no workshop"
    people = directory.list_people(store)
    assert len(people) >= 3 and directory.list_organizations(store)
    assert page.tabs_or_empty.currentWidget() is page.tabs
    assert page.people.model.rowCount() == len(people)
    window.undo_action.trigger()
    assert directory.list_people(store) == [] and directory.list_organizations(store) == []
    assert page.tabs_or_empty.currentWidget() is page.empty


def test_add_an_organization_from_the_empty_directory(qtbot, window, store, answers):
    answers.new_organization = {"name": "Bursa Ticaret ve Sanayi Odası", "sector": "chamber"}
    window.show_directory()
    page = window.directory_page
    _press(qtbot, page.empty.add_organization_button)
    (org,) = directory.list_organizations(store)
    assert org.sector is Sector.CHAMBER
    assert page.tabs.currentWidget() is page.organizations
    assert page.organizations.selected_id == org.id


def test_other_sector_is_said_in_the_organizations_own_words(qtbot, demo_window, store):
    demo_window.show_directory()
    page = demo_window.directory_page
    page.tabs.setCurrentWidget(page.organizations)
    pane = page.organizations
    org = next(o for o in directory.list_organizations(store) if o.name == "Villa Zeytin")
    pane.select_id(org.id)
    assert not pane.sector_other.isVisible()
    pane.sector.setFocus()
    other = pane.sector.findData(Sector.OTHER.value)
    while pane.sector.currentIndex() != other:
        qtbot.keyClick(pane.sector, Qt.Key_Down)
    assert directory.get_organization(store, org.id).sector is Sector.OTHER
    assert pane.sector_other.isVisible()
    replace_text(qtbot, pane.sector_other, "Butik otel")
    leave(qtbot, pane.sector_other)
    assert directory.get_organization(store, org.id).sector_other == "Butik otel"
    row = pane.model.row_of_id(org.id)
    assert pane.model.index(row, ORG_COLUMN_NAME).data() == "Villa Zeytin"
    shown = QCoreApplication.translate("Labels", "Other: %1").replace("%1", "Butik otel")
    assert pane.model.index(row, ORG_COLUMN_SECTOR).data() == shown


def test_every_sector_can_be_chosen_in_the_directory_in_turkish(demo_window):
    demo_window.show_directory()
    pane = demo_window.directory_page.organizations
    offered = [pane.sector.itemData(i) for i in range(pane.sector.count())]
    assert offered == [s.value for s in Sector]
    labels = {pane.sector.itemData(i): pane.sector.itemText(i) for i in range(pane.sector.count())}
    # The interface speaks Turkish (the app's default language).
    assert labels["cooperative"] == "Kooperatif"
    assert labels["chamber"] == "Oda / meslek kuruluşu"
    assert labels["media"] == "Medya"
    assert labels["other"] == "Diğer"
