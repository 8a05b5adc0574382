"""The Overview's moderator and host, found by typing part of a name (the Turkish way), and
the moderator chosen there is the attendee with the moderator role, in one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.models.enums import Role
from facilitator.services import attendees, directory, workshops
from facilitator.ui.workshop.attendees_tab import COLUMN_NAME, COLUMN_ROLE
from tests.ui.keys import type_text

# The offscreen platform cannot raise the list's popup nor let it grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _open(window, demo, number=6):
    workshop_id = demo.workshop(number)
    window.open_workshop(workshop_id)
    page = window.workshop_page
    page.tabs.setCurrentWidget(page.overview)
    return page.overview, workshop_id


def _type_into(qtbot, combo, text):
    combo.setFocus()
    qtbot.keyClick(combo.lineEdit(), Qt.Key_A, Qt.ControlModifier)
    type_text(combo.lineEdit(), text)


def _press(qtbot, combo, key):
    """A key as a user presses it: the list, while it is open, has the keyboard."""
    popup = combo.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else QApplication.focusWidget(), key)


def _listed(combo) -> list[str]:
    model = combo.completer().completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _roles(window) -> dict[str, str]:
    model = window.workshop_page.attendees.model
    return {
        model.index(r, COLUMN_NAME).data(): model.index(r, COLUMN_ROLE).data()
        for r in range(model.rowCount())
    }


def test_typing_part_of_a_name_lists_the_people_the_turkish_way(qtbot, demo, window):
    tab, _ = _open(window, demo)
    _type_into(qtbot, tab.moderator, "IŞIK")
    listed = _listed(tab.moderator)
    assert "İsmail Işık — Işık Lösemili Çocuklar Vakfı" in listed
    assert "İlker Işıkgün — Yeşilova Grup" in listed
    assert tab.moderator.completer().popup().isVisible()
    _type_into(qtbot, tab.moderator, "İSMAİL")
    assert _listed(tab.moderator) == ["İsmail Işık — Işık Lösemili Çocuklar Vakfı"]
    # A dotless I is another letter than a dotted i, as in Turkish: "ISMAIL" is not İsmail.
    _type_into(qtbot, tab.moderator, "ISMAIL")
    assert "İsmail Işık — Işık Lösemili Çocuklar Vakfı" not in _listed(tab.moderator)


def test_the_moderator_chosen_by_keys_moderates_among_the_attendees_and_undo_restores(
    qtbot, demo, window, store
):
    tab, workshop_id = _open(window, demo)
    before = workshops.get_workshop(store, workshop_id)
    ilgaz = next(p for p in directory.list_people(store) if p.family_name == "Ilgaz")
    assert ilgaz.id not in {a.person_id for a in attendees.list_attendees(store, workshop_id)}
    assert _roles(window)["Prof. Dr. Rüya Küçükosmanoğlu"] == "Moderatör"

    _type_into(qtbot, tab.moderator, "ılgaz")
    assert _listed(tab.moderator) == ["İrem Ilgaz — Işık Lösemili Çocuklar Vakfı"]
    _press(qtbot, tab.moderator, Qt.Key_Down)
    _press(qtbot, tab.moderator, Qt.Key_Return)

    # The Attendees tab shows it at once, without waiting for anything.
    assert _roles(window)["İrem Ilgaz"] == "Moderatör"
    assert _roles(window)["Prof. Dr. Rüya Küçükosmanoğlu"] == "Katılımcı"
    assert workshops.get_workshop(store, workshop_id).moderator_id == ilgaz.id
    row = next(a for a in attendees.list_attendees(store, workshop_id) if a.person_id == ilgaz.id)
    assert row.role is Role.MODERATOR
    assert row.organization_name == "Işık Lösemili Çocuklar Vakfı"
    assert window.undo_action.text().endswith("Moderatör değişikliği")

    window.undo_action.trigger()  # one step: the field and the role
    assert workshops.get_workshop(store, workshop_id).moderator_id == before.moderator_id
    assert "İrem Ilgaz" not in _roles(window)
    assert _roles(window)["Prof. Dr. Rüya Küçükosmanoğlu"] == "Moderatör"
    assert tab.moderator.currentText().startswith("Prof. Dr. Rüya Küçükosmanoğlu")

    window.redo_action.trigger()
    assert _roles(window)["İrem Ilgaz"] == "Moderatör"
    assert [a.id for a in attendees.list_attendees(store, workshop_id)].count(row.id) == 1
    assert tab.moderator.currentText().startswith("İrem Ilgaz")


def test_an_attendee_made_moderator_keeps_their_row_and_takes_the_role(qtbot, demo, window, store):
    tab, workshop_id = _open(window, demo)
    count = len(attendees.list_attendees(store, workshop_id))
    hakan = next(a for a in attendees.list_attendees(store, workshop_id) if a.given_name == "Hakan")
    _type_into(qtbot, tab.moderator, "hakan ün")
    _press(qtbot, tab.moderator, Qt.Key_Down)
    _press(qtbot, tab.moderator, Qt.Key_Return)
    assert _roles(window)[hakan.display_name] == "Moderatör"
    assert len(attendees.list_attendees(store, workshop_id)) == count


def test_text_that_names_nobody_puts_the_moderator_back_and_changes_nothing(
    qtbot, demo, window, store
):
    tab, workshop_id = _open(window, demo)
    before = workshops.get_workshop(store, workshop_id).moderator_id
    shown = tab.moderator.currentText()
    steps = window.history.count()
    _type_into(qtbot, tab.moderator, "Kimse Yok")
    _press(qtbot, tab.moderator, Qt.Key_Return)
    assert tab.moderator.currentText() == shown
    assert workshops.get_workshop(store, workshop_id).moderator_id == before
    assert window.history.count() == steps


def test_the_host_is_found_by_its_short_name_and_taken_with_enter(qtbot, demo, window, store):
    tab, workshop_id = _open(window, demo)
    _type_into(qtbot, tab.host, "segev")
    assert _listed(tab.host) == ["Sağlıklı Gelecek Eğitim Vakfı"]
    _press(qtbot, tab.host, Qt.Key_Down)
    _press(qtbot, tab.host, Qt.Key_Return)
    assert workshops.get_workshop(store, workshop_id).host_name == "Sağlıklı Gelecek Eğitim Vakfı"
    assert tab.host.currentText() == "Sağlıklı Gelecek Eğitim Vakfı"
