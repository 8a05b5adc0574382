"""People & organizations: a field saved as it is left is undone by Ctrl+Z, never over a newer
value."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from facilitator.services import directory
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, changed
from facilitator.ui.kit.operations import Edits
from tests.ui.keys import leave, replace_text


def _person(demo_window, demo, full_name="Gülşen Öztürk"):
    demo_window.show_directory()
    pane = demo_window.directory_page.people
    person = demo.people().get(full_name) or next(iter(demo.people().values()))
    pane.select_id(person.id)
    assert pane.selected_id == person.id
    return pane, person


def _elsewhere(window, store, do, kind, row_id):
    """An edit made by another view (its own history, the same bus)."""
    return Edits(store, window.bus, None).run(QObject(), do, changes=changed(kind, row_id))


def test_ctrl_z_puts_the_family_name_back_in_the_database_and_the_form(
    qtbot, demo, demo_window, store
):
    older = demo.organizations()
    org = next(iter(older.values()))
    # An older, unrelated step: Ctrl+Z must not reach it first.
    orgs = demo_window.directory_page.organizations
    demo_window.show_directory()
    orgs.select_id(org.id)
    replace_text(qtbot, orgs.city, "Eskişehir")
    leave(qtbot, orgs.city)
    assert directory.get_organization(store, org.id).city == "Eskişehir"

    pane, person = _person(demo_window, demo)
    replace_text(qtbot, pane.family_name, "Işıkgün-Çelik")
    leave(qtbot, pane.family_name)
    assert directory.get_person(store, person.id).family_name == "Işıkgün-Çelik"
    assert pane.family_name.text() == "Işıkgün-Çelik"

    # Focus is in the next field, which has nothing of its own to undo.
    qtbot.keyClick(demo_window.focusWidget(), Qt.Key_Z, Qt.ControlModifier)

    assert directory.get_person(store, person.id).family_name == person.family_name
    assert pane.selected_id == person.id
    assert pane.family_name.text() == person.family_name
    assert directory.get_organization(store, org.id).city == "Eskişehir", "an older step undone"

    demo_window.redo_action.trigger()
    assert directory.get_person(store, person.id).family_name == "Işıkgün-Çelik"
    assert pane.family_name.text() == "Işıkgün-Çelik"


def test_an_undo_brings_its_person_back_into_view(qtbot, demo, demo_window, store):
    pane, person = _person(demo_window, demo)
    replace_text(qtbot, pane.position, "Genel Sekreter")
    leave(qtbot, pane.position)
    someone_else = next(p for p in demo.people().values() if p.id != person.id)
    pane.select_id(someone_else.id)
    assert pane.given_name.text() == someone_else.given_name

    demo_window.undo_action.trigger()

    assert directory.get_person(store, person.id).position == person.position
    assert pane.selected_id == person.id
    assert pane.position.text() == person.position
    # The form edits the person shown: the same position typed again is saved.
    replace_text(qtbot, pane.position, "Genel Sekreter")
    leave(qtbot, pane.position)
    assert directory.get_person(store, person.id).position == "Genel Sekreter"
    assert directory.get_person(store, someone_else.id).position == someone_else.position


def test_an_undo_after_a_change_elsewhere_is_refused_and_keeps_the_newer_name(
    qtbot, demo, demo_window, store, answers
):
    pane, person = _person(demo_window, demo)
    replace_text(qtbot, pane.family_name, "Işıkgün-Çelik")
    leave(qtbot, pane.family_name)
    assert _elsewhere(
        demo_window,
        store,
        lambda: directory.update_person(store, person.id, family_name="Karaca"),
        PERSON,
        person.id,
    )
    assert pane.family_name.text() == "Karaca"

    demo_window.undo_action.trigger()

    assert len(answers.errors) == 1 and "Soyad" in answers.errors[0]  # the field, in Turkish
    assert directory.get_person(store, person.id).family_name == "Karaca"
    assert pane.family_name.text() == "Karaca"
    assert not demo_window.undo_action.isEnabled(), "the refused step left the history"


def test_an_organizations_sector_is_undone_and_a_stale_undo_refused(
    qtbot, demo, demo_window, store, answers
):
    demo_window.show_directory()
    orgs = demo_window.directory_page.organizations
    org = next(iter(demo.organizations().values()))
    orgs.select_id(org.id)
    other = next(i for i in range(orgs.sector.count()) if orgs.sector.itemData(i) != org.sector)
    orgs.sector.setCurrentIndex(other)
    orgs.sector.activated.emit(other)
    new_sector = directory.get_organization(store, org.id).sector
    assert new_sector != org.sector

    demo_window.undo_action.trigger()
    assert directory.get_organization(store, org.id).sector == org.sector
    assert orgs.sector.currentData() == org.sector.value

    demo_window.redo_action.trigger()
    assert orgs.sector.currentData() == new_sector.value
    assert _elsewhere(
        demo_window,
        store,
        lambda: directory.update_organization(store, org.id, sector=org.sector),
        ORGANIZATION,
        org.id,
    )
    demo_window.undo_action.trigger()  # expects the new sector, finds the old one again
    assert len(answers.errors) == 1
    assert directory.get_organization(store, org.id).sector == org.sector
    assert orgs.sector.currentData() == org.sector.value
