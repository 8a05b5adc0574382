"""The Overview tab: a change made elsewhere shows in the form, and never resets what is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from facilitator.errors import FacilitatorError
from facilitator.services import attendees, workshops
from facilitator.ui.kit.changes import WORKSHOP, changed
from facilitator.ui.kit.operations import Edits


def _open(window, demo, number=6):
    workshop_id = demo.workshop(number)
    window.open_workshop(workshop_id)
    page = window.workshop_page
    page.tabs.setCurrentWidget(page.overview)
    return page.overview, workshop_id


def _elsewhere(window, store, do, workshop_id):
    """An edit made by another view (the live screen: its own history, the same bus)."""
    return Edits(store, window.bus, None).run(QObject(), do, changes=changed(WORKSHOP, workshop_id))


def test_a_change_made_elsewhere_shows_and_keeps_what_is_being_typed(qtbot, demo, window, store):
    tab, workshop_id = _open(window, demo)
    tab.objectives.setFocus()
    tab.objectives.setPlainText("Yazılmakta olan hedefler — henüz kaydedilmedi")

    # An attendee is confirmed elsewhere: nothing of the workshop's own fields changed.
    someone = attendees.list_attendees(store, workshop_id)[0]
    assert _elsewhere(
        window,
        store,
        lambda: attendees.update_attendees(store, [someone.id], invitation="confirmed"),
        workshop_id,
    )
    assert tab.objectives.toPlainText() == "Yazılmakta olan hedefler — henüz kaydedilmedi"

    # The title is changed elsewhere: the field shows the new title, the typing stays.
    assert _elsewhere(
        window,
        store,
        lambda: workshops.update_workshop(store, workshop_id, title="Şeffaflık ve güven"),
        workshop_id,
    )
    assert tab.title.text() == "Şeffaflık ve güven"
    assert window.workshop_page.title.text().endswith("Şeffaflık ve güven")
    assert tab.objectives.toPlainText() == "Yazılmakta olan hedefler — henüz kaydedilmedi"


def test_a_new_person_elsewhere_keeps_what_is_being_typed_and_the_choices_shown(
    qtbot, demo, window, store
):
    """Another organizer adds a person (on a shared server it arrives as a change of
    people): the choices are filled again, the text being typed stays, unsaved."""
    from facilitator.services import directory
    from facilitator.ui.kit.changes import PERSON

    tab, workshop_id = _open(window, demo)
    moderator = tab.moderator.currentData()
    tab.objectives.setFocus()
    tab.objectives.setPlainText("Yazılmakta olan hedefler — henüz kaydedilmedi")
    made = directory.create_person(store, "Çiğdem", "Işıkoğlu")
    window.bus.changed.emit(PERSON, (made.id,), None)  # as another client's commit arrives
    assert tab.objectives.toPlainText() == "Yazılmakta olan hedefler — henüz kaydedilmedi"
    assert tab.moderator.currentData() == moderator
    assert tab.moderator.findData(made.id) >= 0  # the new person is among the choices
    assert workshops.get_workshop(store, workshop_id).objectives != tab.objectives.toPlainText()


def test_undoing_a_field_shows_the_value_before_in_the_form(qtbot, demo, window, store):
    tab, workshop_id = _open(window, demo)
    old = tab.venue_name.text()
    tab.venue_name.setText("İpekyolu Kültür Merkezi")
    tab.venue_name.editingFinished.emit()
    assert workshops.get_workshop(store, workshop_id).venue_name == "İpekyolu Kültür Merkezi"
    window.undo_action.trigger()
    assert workshops.get_workshop(store, workshop_id).venue_name == old
    assert tab.venue_name.text() == old
    window.redo_action.trigger()
    assert tab.venue_name.text() == "İpekyolu Kültür Merkezi"


def test_a_refused_value_goes_back_and_the_reason_is_shown(qtbot, demo, window, store):
    tab, workshop_id = _open(window, demo)
    title = tab.title.text()
    tab.title.setText("   ")
    tab.title.editingFinished.emit()
    assert tab.title.text() == title
    with pytest.raises(FacilitatorError) as refused:  # what the service says, in the same words
        workshops.update_workshop(store, workshop_id, title="")
    assert tab.error.isVisible() and tab.error.text() == str(refused.value)
    assert workshops.get_workshop(store, workshop_id).title == title
    assert not window.undo_action.isEnabled()
