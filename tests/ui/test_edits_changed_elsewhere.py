"""A field edited on a screen that another user changed meanwhile (their change has not
reached this screen yet) is refused with "changed by another user"; the screen then shows
the other user's value, which the database keeps, and nothing enters the undo history.

"Another user" writes through the service only: nothing is announced on this window's bus,
as when another client's commit has not yet arrived."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from facilitator.models import AgendaKind, CommitmentStatus
from facilitator.services import agenda, commitments, directory, workshops
from facilitator.ui.commitments.commitments_tab import CommitmentsTab
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.undo import EditHistory
from facilitator.ui.workshop.agenda_tab import AgendaTab
from facilitator.ui.workshop.agenda_table_model import COLUMN_KIND, COLUMN_TITLE
from tests.local_zone import local_zone
from tests.ui.keys import leave, replace_text, type_text

REFUSED = (
    "Changed by another user since you opened it: {field} is now “{value}”. "
    "Your change was not saved."
)
# The main window speaks the app's language, Turkish by default.
REFUSED_TR = (
    "Siz açtıktan sonra başka bir kullanıcı tarafından değiştirildi: {field} artık "
    "“{value}”. Değişikliğiniz kaydedilmedi."
)


@pytest.fixture(autouse=True)
def istanbul_clock():
    with local_zone("Europe/Istanbul"):
        yield


@pytest.fixture
def agenda_tab(qtbot, demo):
    """The Agenda tab on the demo's fifth workshop, with its own history and bus."""
    history = EditHistory()
    tab = AgendaTab(demo.store, ChangeBus(), history)
    qtbot.addWidget(tab)
    tab.resize(1200, 640)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.show_workshop(demo.workshop(5))
    yield tab, history
    history.clear()


def _cell(tab: AgendaTab, row: int, column: int) -> str:
    return tab.model.index(row, column).data()


def _open_editor(qtbot, tab: AgendaTab, row: int, column: int):
    rect = tab.view.visualRect(tab.model.index(row, column))
    qtbot.mouseClick(tab.view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.keyClick(tab.view, Qt.Key_F2)
    qtbot.waitUntil(lambda: tab.view.state() == tab.view.State.EditingState)
    return QApplication.focusWidget()


def _finish(qtbot, tab: AgendaTab, editor) -> None:
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: tab.view.state() != tab.view.State.EditingState)


def test_an_agenda_title_renamed_by_another_user_is_refused_and_shown(qtbot, demo, agenda_tab):
    tab, history = agenda_tab
    item = agenda.get_agenda(demo.store, demo.workshop(5)).items[2]
    seen = _cell(tab, 2, COLUMN_TITLE)
    assert seen == item.title
    agenda.update_item(demo.store, item.id, title="Ev sahibinin deneyimi (güncel)")
    assert _cell(tab, 2, COLUMN_TITLE) == seen  # not arrived here yet

    editor = _open_editor(qtbot, tab, 2, COLUMN_TITLE)
    qtbot.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    type_text(editor, "Benim başlığım")
    _finish(qtbot, tab, editor)

    assert tab.error.isVisible()
    assert tab.error.text() == REFUSED.format(field="Title", value="Ev sahibinin deneyimi (güncel)")
    assert _cell(tab, 2, COLUMN_TITLE) == "Ev sahibinin deneyimi (güncel)"
    stored = agenda.get_agenda(demo.store, demo.workshop(5)).items[2]
    assert stored.title == "Ev sahibinin deneyimi (güncel)"
    assert not history.canUndo()


def test_a_kind_changed_by_another_user_is_named_as_the_table_names_it(qtbot, demo, agenda_tab):
    tab, history = agenda_tab
    item = agenda.get_agenda(demo.store, demo.workshop(5)).items[2]
    assert _cell(tab, 2, COLUMN_KIND) == "Talk"
    agenda.update_item(demo.store, item.id, kind=AgendaKind.GROUP_WORK)

    combo = _open_editor(qtbot, tab, 2, COLUMN_KIND)
    assert isinstance(combo, QComboBox)
    target = combo.findText("Discussion")
    key = Qt.Key_Down if target > combo.currentIndex() else Qt.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)
    _finish(qtbot, tab, combo)

    assert tab.error.text() == REFUSED.format(field="kind", value="Group work")
    assert _cell(tab, 2, COLUMN_KIND) == "Group work"
    assert agenda.get_agenda(demo.store, demo.workshop(5)).items[2].kind is AgendaKind.GROUP_WORK
    assert not history.canUndo()


def test_a_workshop_title_changed_by_another_user_is_refused_and_shown(
    qtbot, demo, demo_window, store
):
    workshop_id = demo.workshop(6)
    demo_window.open_workshop(workshop_id)
    page = demo_window.workshop_page
    page.tabs.setCurrentWidget(page.overview)
    tab = page.overview
    workshops.update_workshop(store, workshop_id, title="Şeffaflık ve güven")

    replace_text(qtbot, tab.title, "Benim başlığım")
    leave(qtbot, tab.title)

    assert tab.error.isVisible()
    assert tab.error.text() == REFUSED_TR.format(field="Başlık", value="Şeffaflık ve güven")
    assert tab.title.text() == "Şeffaflık ve güven"
    assert workshops.get_workshop(store, workshop_id).title == "Şeffaflık ve güven"
    assert page.title.text().endswith("Şeffaflık ve güven")  # the page heading read again too
    assert not demo_window.undo_action.isEnabled()

    # The newer value is now what the form holds: an edit of it is made.
    replace_text(qtbot, tab.title, "Şeffaflık, güven ve hesap verebilirlik")
    leave(qtbot, tab.title)
    assert not tab.error.isVisible()
    title = workshops.get_workshop(store, workshop_id).title
    assert title == "Şeffaflık, güven ve hesap verebilirlik"


def test_a_persons_email_changed_by_another_user_is_refused_and_shown(qtbot, demo_window, store):
    demo_window.show_directory()
    pane = demo_window.directory_page.people
    pane.view.selectRow(0)
    person_id = pane.selected_id
    assert person_id is not None
    seen = pane.email.text()
    directory.update_person(store, person_id, email="yeni.adres@example.org")
    assert pane.email.text() == seen

    replace_text(qtbot, pane.email, "benim.adresim@example.org")
    leave(qtbot, pane.email)

    assert pane.error.isVisible()
    assert pane.error.text() == REFUSED_TR.format(field="E-posta", value="yeni.adres@example.org")
    assert pane.selected_id == person_id
    assert pane.email.text() == "yeni.adres@example.org"
    assert directory.get_person(store, person_id).email == "yeni.adres@example.org"
    assert not demo_window.undo_action.isEnabled()


def test_a_commitment_status_changed_by_another_user_is_refused_and_the_form_reloaded(
    qtbot, demo, store
):
    """The form writes only the fields the user changed: a field another user changed
    meanwhile and this user left alone keeps their value; one both changed is refused."""
    history = EditHistory()
    tab = CommitmentsTab(store, ChangeBus(), history, today=lambda: date(2027, 1, 16))
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_workshop(demo.workshop(5))
    row = next(
        tab.made.row_at(i)
        for i in range(tab.made.rowCount())
        if tab.made.row_at(i).organization_name == "Villa Zeytin"
    )
    tab.made_view.selectRow(tab.made.row_of_id(row.id))
    qtbot.mouseClick(tab.edit_button, Qt.LeftButton)
    assert tab.form.status.currentData() == CommitmentStatus.IN_PROGRESS.value

    # Another user marks it done and rewords it; this user only changes the status.
    commitments.update_commitment(
        store, row.id, status=CommitmentStatus.DONE, title="Başka bir kullanıcının sözleri"
    )
    tab.form.status.setCurrentIndex(tab.form.status.findData(CommitmentStatus.DROPPED.value))
    tab.form.submit()

    assert tab.form.isVisible() and tab.form.error.isVisible()
    assert tab.form.error.text() == REFUSED.format(field="status", value="Done")
    assert tab.form.status.currentData() == CommitmentStatus.DONE.value
    assert tab.form.what.text() == "Başka bir kullanıcının sözleri"
    stored = commitments.get_commitment(store, row.id)
    assert stored.status is CommitmentStatus.DONE
    assert stored.title == "Başka bir kullanıcının sözleri"
    assert not history.canUndo()

    # Now only the due date changes: the other user's words are kept, not written over.
    commitments.update_commitment(store, row.id, title="Yine başka sözler")
    tab.form.due.setText("31.12.2027")
    tab.form.submit()
    stored = commitments.get_commitment(store, row.id)
    assert (stored.due_date, stored.title) == (date(2027, 12, 31), "Yine başka sözler")
    assert not tab.form.isVisible()
