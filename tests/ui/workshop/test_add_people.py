"""No dead ends when adding people: a name nobody has offers to create them, Enter opens the
new-person form with the name typed, the organization is found or created on the spot,
and someone already attending is shown as such. Driven by keys, as an organizer types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from facilitator.models.enums import Role, Sector
from facilitator.services import attendees, directory
from facilitator.ui.kit import new_item_dialogs, person_form
from facilitator.ui.kit.person_form import NewPersonDialog
from facilitator.ui.workshop.add_people_model import KIND_ROLE
from facilitator.ui.workshop.attendees_tab import COLUMN_NAME
from tests.ui.keys import type_text
from tests.ui.modal import raise_from, when_modal_opens

# The offscreen platform cannot raise the completer's popup nor let it grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def real_form(monkeypatch):
    """The new-person form itself, not the test's stand-in."""
    monkeypatch.setattr(new_item_dialogs, "ask_new_person", person_form.ask_new_person)


def _open_tab(window, demo, number=6):
    workshop_id = demo.workshop(number)
    window.open_workshop(workshop_id)
    page = window.workshop_page
    page.tabs.setCurrentWidget(page.attendees)
    return page.attendees, workshop_id


def _listed(tab) -> list[tuple[str, str]]:
    model = tab.candidates
    return [
        (model.index(r, 0).data(KIND_ROLE), model.index(r, 0).data())
        for r in range(model.rowCount())
    ]


def _selected_names(tab) -> list[str]:
    rows = tab.view.selectionModel().selectedRows()
    return [tab.model.index(i.row(), COLUMN_NAME).data() for i in rows]


def _when_the_form_opens(qtbot, fill) -> dict:
    return when_modal_opens(qtbot, NewPersonDialog, fill)


def _press(qtbot, key, modifier=Qt.NoModifier):
    """A key where the keyboard is: the completer's list while it is open, else the focus."""
    popup = QApplication.activePopupWidget()
    target = popup if popup is not None else QApplication.focusWidget()
    qtbot.keyClick(target, key, modifier)


def _type_in(qtbot, field, text):
    field.setFocus()
    type_text(field, text)


def test_an_unknown_name_offers_to_create_them_and_enter_opens_the_form_with_it(
    qtbot, demo, window, store, real_form
):
    tab, workshop_id = _open_tab(window, demo)
    people = {p.id for p in directory.list_people(store)}
    organizations = {o.id for o in directory.list_organizations(store)}
    tab.add_search.setFocus()
    type_text(tab.add_search, "Ayşe Yılmaz")
    create = QCoreApplication.translate("Attendees", "Create «%1»").replace("%1", "Ayşe Yılmaz")
    assert _listed(tab) == [("create", create)]
    assert tab.candidate_list.isVisible()
    assert tab.candidate_list.currentIndex().row() == 0

    def fill(form: NewPersonDialog) -> None:
        assert (form.honorific.text(), form.given_name.text(), form.family_name.text()) == (
            "",
            "Ayşe",
            "Yılmaz",
        )
        # The name is there: the organization is what is asked first.
        assert QApplication.focusWidget() in (form.organization, form.organization.lineEdit())
        type_text(form.organization.lineEdit(), "Uludağ Kadın Emeği Kooperatifi")
        assert form.is_new_organization() and form.sector.isVisible()
        assert form.sector.currentData() == Sector.COOPERATIVE.value  # told by its name
        assert form.new_organization_note.isVisible()
        _type_in(qtbot, form.position, "Yönetim Kurulu Başkanı")
        _type_in(qtbot, form.email, "ayse@örnek")
        _type_in(qtbot, form.phone, "0532 555 12 34")
        qtbot.keyClick(form.phone, Qt.Key_Return)
        assert form.isVisible(), "a wrong e-mail address keeps the form open"
        assert form.problem.isVisible() and "ayse@örnek" in form.problem.text()
        _type_in(qtbot, form.email, ".org.tr")
        assert not form.problem.isVisible(), "the message goes once the address is right"
        qtbot.keyClick(form.email, Qt.Key_Return)
        assert not form.isVisible()

    seen = _when_the_form_opens(qtbot, fill)
    qtbot.keyClick(tab.add_search, Qt.Key_Return)
    raise_from(seen)  # Enter on «Create …» opened the new-person form

    row = next(r for r in attendees.list_attendees(store, workshop_id) if r.family_name == "Yılmaz")
    assert (row.given_name, row.email, row.phone, row.position) == (
        "Ayşe",
        "ayse@örnek.org.tr",
        "0532 555 12 34",
        "Yönetim Kurulu Başkanı",
    )
    assert (row.organization_name, row.sector, row.role) == (
        "Uludağ Kadın Emeği Kooperatifi",
        Sector.COOPERATIVE,
        Role.PARTICIPANT,
    )
    assert _selected_names(tab) == ["Ayşe Yılmaz"]
    assert tab.add_search.text() == ""

    window.undo_action.trigger()  # one step: the attendee, the person, the organization
    assert all(r.family_name != "Yılmaz" for r in attendees.list_attendees(store, workshop_id))
    assert {p.id for p in directory.list_people(store)} == people
    assert {o.id for o in directory.list_organizations(store)} == organizations
    window.redo_action.trigger()
    again = next(
        r for r in attendees.list_attendees(store, workshop_id) if r.family_name == "Yılmaz"
    )
    assert (again.id, again.person_id, again.organization_id) == (
        row.id,
        row.person_id,
        row.organization_id,
    )


def test_the_organization_is_found_by_typing_part_of_it_and_taken_with_keys(
    qtbot, demo, window, store, real_form
):
    tab, workshop_id = _open_tab(window, demo)
    organizations = {o.id for o in directory.list_organizations(store)}
    tab.add_search.setFocus()
    type_text(tab.add_search, "prof. dr. şebnem güçlüer")

    def fill(form: NewPersonDialog) -> None:
        assert (form.honorific.text(), form.given_name.text(), form.family_name.text()) == (
            "Prof. Dr.",
            "Şebnem",
            "Güçlüer",
        )
        type_text(form.organization.lineEdit(), "uludere")
        _press(qtbot, Qt.Key_Down)
        _press(qtbot, Qt.Key_Return)
        assert form.organization.currentText() == "Uludere Üniversitesi Eğitim Fakültesi"
        assert not form.is_new_organization() and not form.sector.isVisible()
        _press(qtbot, Qt.Key_Return)  # the form's default button: Create

    seen = _when_the_form_opens(qtbot, fill)
    # Down to «Create …» (below the people found, here none), then Enter.
    qtbot.keyClick(tab.add_search, Qt.Key_Return)
    raise_from(seen)
    row = next(
        r for r in attendees.list_attendees(store, workshop_id) if r.family_name == "Güçlüer"
    )
    assert row.display_name == "Prof. Dr. Şebnem Güçlüer"
    assert row.organization_name == "Uludere Üniversitesi Eğitim Fakültesi"
    assert {o.id for o in directory.list_organizations(store)} == organizations


def test_create_is_offered_below_the_people_found_and_reached_with_down(
    qtbot, demo, window, store, real_form
):
    tab, workshop_id = _open_tab(window, demo)
    tab.add_search.setFocus()
    type_text(tab.add_search, "Barış Şim")
    kinds = [kind for kind, _ in _listed(tab)]
    assert kinds == ["person", "create"]
    qtbot.keyClick(tab.add_search, Qt.Key_Down)
    seen = _when_the_form_opens(qtbot, lambda form: form.reject())
    qtbot.keyClick(tab.add_search, Qt.Key_Return)
    assert isinstance(seen.get("form"), NewPersonDialog)
    assert seen["form"].given_name.text() == "Barış" and seen["form"].family_name.text() == "Şim"
    # Cancelled: nothing was made, and the name typed is still there to go on with.
    assert all(r.family_name != "Şim" for r in attendees.list_attendees(store, workshop_id))
    assert tab.add_search.text() == "Barış Şim"


def test_someone_already_attending_is_shown_as_such_and_not_added_twice(qtbot, demo, window, store):
    tab, workshop_id = _open_tab(window, demo)
    before = attendees.list_attendees(store, workshop_id)
    hakan = next(r for r in before if r.full_name == "Hakan Ünlü")
    tab.filter.setText("Ağca")  # the list shows someone else
    tab.add_search.setFocus()
    type_text(tab.add_search, "hakan ünlü")
    mark = QCoreApplication.translate("Attendees", "(already attending)")
    listed = _listed(tab)
    assert listed[0] == ("attending", f"{hakan.display_name} — {hakan.organization_name} {mark}")
    assert listed[-1][0] == "create"

    qtbot.keyClick(tab.add_search, Qt.Key_Return)
    assert attendees.list_attendees(store, workshop_id) == before
    assert _selected_names(tab) == [hakan.display_name]
    assert tab.filter.text() == ""
    assert tab.error.isVisible() and "Hakan Ünlü" in tab.error.text()


def test_the_new_person_button_opens_the_form_with_what_was_typed(
    qtbot, demo, window, store, real_form
):
    tab, _ = _open_tab(window, demo)
    tab.add_search.setFocus()
    type_text(tab.add_search, "ismail ışıkçı")
    seen = _when_the_form_opens(qtbot, lambda form: form.reject())
    tab.new_person_button.click()
    form = seen["form"]
    assert (form.given_name.text(), form.family_name.text()) == ("İsmail", "Işıkçı")
