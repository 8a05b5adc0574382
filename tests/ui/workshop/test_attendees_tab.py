"""The Attendees tab driven as an organizer would: type to add, select, bulk-edit, undo, redo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from facilitator.models.enums import Attendance, Invitation, Role
from facilitator.services import attendees
from facilitator.ui.workshop.attendees_tab import COLUMN_NAME
from tests.ui.conftest import NOW
from tests.ui.keys import type_text


def _open_tab(window, demo, number=6):
    """The Attendees tab of the demo series' workshop ``number``, open in the window."""
    workshop_id = demo.workshop(number)
    window.open_workshop(workshop_id)
    page = window.workshop_page
    page.tabs.setCurrentWidget(page.attendees)
    return page.attendees, workshop_id


def _names(tab):
    return [tab.model.index(r, COLUMN_NAME).data() for r in range(tab.model.rowCount())]


def _select(tab, *names):
    selection = tab.view.selectionModel()
    selection.clearSelection()
    for name in names:
        row = _names(tab).index(name)
        selection.select(
            tab.model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows
        )


def test_type_a_name_and_press_enter_to_add_then_undo_and_redo(qtbot, demo, window, store):
    tab, workshop_id = _open_tab(window, demo)
    before = len(attendees.list_attendees(store, workshop_id))
    tab.add_search.setFocus()
    type_text(tab.add_search, "ıŞIK")  # Turkish-aware: I/ı and İ/i kept apart
    shown = [tab.candidates.index(r, 0).data() for r in range(tab.candidates.people_count())]
    assert shown == [
        "İrem Ilgaz — Işık Lösemili Çocuklar Vakfı",
        "İsmail Işık — Işık Lösemili Çocuklar Vakfı",
        "İlker Işıkgün — Yeşilova Grup",
        "Ahmet Ünal — Işık Lösemili Çocuklar Vakfı",
    ]
    assert tab.candidates.rowCount() == len(shown) + 1  # then "Create «ıŞIK»"
    qtbot.keyClick(tab.add_search, Qt.Key_Down)
    qtbot.keyClick(tab.add_search, Qt.Key_Down)
    qtbot.keyClick(tab.add_search, Qt.Key_Up)
    qtbot.keyClick(tab.add_search, Qt.Key_Return)
    rows = attendees.list_attendees(store, workshop_id)
    assert len(rows) == before + 1
    added = next(r for r in rows if r.family_name == "Işık")
    assert added.organization_name == "Işık Lösemili Çocuklar Vakfı"  # their current one
    assert "İsmail Işık" in _names(tab)
    assert tab.add_search.text() == "" and not tab.candidate_list.isVisible()
    assert window.workshop_page.tabs.tabText(1).endswith(str(before + 1))
    assert window.undo_action.text().endswith("İsmail Işık")

    window.undo_action.trigger()
    assert len(attendees.list_attendees(store, workshop_id)) == before
    assert "İsmail Işık" not in _names(tab)
    window.redo_action.trigger()
    again = attendees.list_attendees(store, workshop_id)
    assert [r.id for r in again if r.family_name == "Işık"] == [added.id]


def test_bulk_invite_confirm_and_mark_present_are_one_undo_step_each(qtbot, demo, window, store):
    tab, workshop_id = _open_tab(window, demo)
    _select(tab, "Mert Ağca", "Kemal Yıldırım", "Aylin Çınar")
    tab.confirm_button.click()
    rows = {r.full_name: r for r in attendees.list_attendees(store, workshop_id)}
    assert {rows[n].invitation for n in ("Mert Ağca", "Kemal Yıldırım", "Aylin Çınar")} == {
        Invitation.CONFIRMED
    }
    assert rows["Murat Çelikkaya"].invitation is Invitation.INVITED  # not selected
    tab.present_button.click()
    rows = {r.full_name: r for r in attendees.list_attendees(store, workshop_id)}
    assert rows["Mert Ağca"].attendance is Attendance.PRESENT
    assert rows["Mert Ağca"].arrived_at is not None
    assert "3" in window.undo_action.text()

    window.undo_action.trigger()  # the "present" step, all three at once
    rows = {r.full_name: r for r in attendees.list_attendees(store, workshop_id)}
    assert {rows[n].attendance for n in ("Mert Ağca", "Kemal Yıldırım", "Aylin Çınar")} == {
        Attendance.UNKNOWN
    }
    assert rows["Mert Ağca"].arrived_at is None
    assert rows["Kemal Yıldırım"].invitation is Invitation.CONFIRMED
    window.undo_action.trigger()  # the "confirm" step
    rows = {r.full_name: r for r in attendees.list_attendees(store, workshop_id)}
    assert rows["Kemal Yıldırım"].invitation is Invitation.INVITED
    window.redo_action.trigger()
    window.redo_action.trigger()
    rows = {r.full_name: r for r in attendees.list_attendees(store, workshop_id)}
    assert rows["Aylin Çınar"].attendance is Attendance.PRESENT
    assert rows["Aylin Çınar"].invitation is Invitation.CONFIRMED


def test_role_and_organization_of_the_selection_by_keyboard(qtbot, demo, window, store):
    tab, workshop_id = _open_tab(window, demo)
    _select(tab, "Hakan Ünlü")
    tab.role.setFocus()
    index = tab.role.findData(Role.SPEAKER.value)
    while tab.role.currentIndex() != index:
        qtbot.keyClick(tab.role, Qt.Key_Down if tab.role.currentIndex() < index else Qt.Key_Up)
    row = next(r for r in attendees.list_attendees(store, workshop_id) if r.family_name == "Ünlü")
    assert row.role is Role.SPEAKER
    assert window.undo_action.text().endswith("Hakan Ünlü")
    window.undo_action.trigger()
    row = next(r for r in attendees.list_attendees(store, workshop_id) if r.family_name == "Ünlü")
    assert row.role is Role.PARTICIPANT


def test_remove_with_the_delete_key_then_undo_brings_them_back(qtbot, demo, window, store):
    tab, workshop_id = _open_tab(window, demo)
    before = attendees.list_attendees(store, workshop_id)
    _select(tab, "Mert Ağca", "Hakan Ünlü")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert len(attendees.list_attendees(store, workshop_id)) == len(before) - 2
    window.undo_action.trigger()
    assert attendees.list_attendees(store, workshop_id) == before


def test_counts_by_status_and_sector_follow_the_edits(qtbot, demo, window, store):
    """The window speaks Turkish (the app's default): so do the counts."""
    tab, _ = _open_tab(window, demo, number=5)
    assert tab.counts.text().startswith("26 katılımcı · ")
    assert "Katıldı 23 · Katılmadı 2 · Mazeretli 1" in tab.counts.text()
    assert "Sektöre göre: Şirket 11, Vakıf 5" in tab.counts.text()
    _select(tab, "Yusuf İpekçi")
    tab.present_button.click()
    assert "Katıldı 24 · Katılmadı 1 · Mazeretli 1" in tab.counts.text()
    counts = attendees.count_attendees(attendees.list_attendees(store, tab.workshop_id))
    assert counts.by_attendance[Attendance.PRESENT] == 24


def test_a_new_workshop_shows_what_to_do_first(qtbot, window, answers, store):
    from datetime import datetime

    answers.new_workshop = {
        "title": "Boş çalıştay",
        "series_id": None,
        "planned_start": datetime(2027, 3, 6, 10, 0).astimezone(),
        "planned_end": datetime(2027, 3, 6, 13, 0).astimezone(),
    }
    window.new_workshop_action.trigger()
    tab = window.workshop_page.attendees
    assert tab.list_or_empty.currentWidget() is tab.empty
    assert not tab.selection_box.isEnabled()


def test_new_person_is_created_and_added_in_one_go(qtbot, demo, window, answers, store):
    tab, workshop_id = _open_tab(window, demo)
    answers.new_person = {
        "honorific": "Doç. Dr.",
        "given_name": "Şebnem",
        "family_name": "Güçlüer",
        "organization_id": None,
    }
    tab.new_person_button.click()
    assert any(r.family_name == "Güçlüer" for r in attendees.list_attendees(store, workshop_id))
    assert "Doç. Dr. Şebnem Güçlüer" in _names(tab)


def test_attendees_model_passes_the_model_tester(qtmodeltester, demo, window, store):
    tab, _ = _open_tab(window, demo, number=5)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.candidates)


def test_an_import_is_one_undo_step_and_redo_brings_it_back(
    qtbot, demo, window, store, monkeypatch
):
    from pathlib import Path

    from facilitator.documents.attendee_files import guess_columns, read_attendee_file
    from facilitator.services import attendee_import, directory
    from facilitator.ui.workshop import import_dialog

    tab, workshop_id = _open_tab(window, demo)
    source = Path(__file__).resolve().parents[2] / "data" / "attendees" / "excel_tr_cp1254.csv"

    def import_without_dialog(_parent, the_store, the_workshop, path):
        table = read_attendee_file(path)
        preview = attendee_import.build_preview(
            the_store, the_workshop, table, guess_columns(table)
        )
        return attendee_import.apply_import(the_store, preview)

    monkeypatch.setattr(import_dialog, "ask_open_path", lambda _parent: source)
    monkeypatch.setattr(import_dialog, "ask_import_attendees", import_without_dialog)
    before = attendees.list_attendees(store, workshop_id)
    people_before = {p.id for p in directory.list_people(store)}
    orgs_before = {o.id for o in directory.list_organizations(store)}

    tab.import_button.click()
    after = attendees.list_attendees(store, workshop_id)
    assert len(after) > len(before)
    assert tab.model.rowCount() == len(after)
    assert {p.id for p in directory.list_people(store)} > people_before

    window.undo_action.trigger()
    assert attendees.list_attendees(store, workshop_id) == before
    assert {p.id for p in directory.list_people(store)} == people_before
    assert {o.id for o in directory.list_organizations(store)} == orgs_before

    window.redo_action.trigger()
    assert attendees.list_attendees(store, workshop_id) == after


def test_undoing_an_import_after_a_check_in_elsewhere_refuses_and_keeps_everyone(
    qtbot, demo, window, store, monkeypatch, answers
):
    from pathlib import Path

    from facilitator.documents.attendee_files import guess_columns, read_attendee_file
    from facilitator.services import attendee_import, live
    from facilitator.ui.workshop import import_dialog

    tab, workshop_id = _open_tab(window, demo)
    source = Path(__file__).resolve().parents[2] / "data" / "attendees" / "excel_tr_cp1254.csv"

    def import_without_dialog(_parent, the_store, the_workshop, path):
        table = read_attendee_file(path)
        preview = attendee_import.build_preview(
            the_store, the_workshop, table, guess_columns(table)
        )
        return attendee_import.apply_import(the_store, preview)

    monkeypatch.setattr(import_dialog, "ask_open_path", lambda _parent: source)
    monkeypatch.setattr(import_dialog, "ask_import_attendees", import_without_dialog)
    before = {a.id for a in attendees.list_attendees(store, workshop_id)}
    tab.import_button.click()
    imported = [a for a in attendees.list_attendees(store, workshop_id) if a.id not in before]
    live.set_present(store, imported[0].id, True, NOW)  # the live screen, meanwhile

    steps = window.history.count()
    window.undo_action.trigger()
    after = attendees.list_attendees(store, workshop_id)
    assert {a.id for a in imported} <= {a.id for a in after}, "nobody imported was removed"
    assert answers.errors == [
        "Bu, o zamandan beri başka bir yerde değiştirildi (katılım durumu); geri almak ya da "
        "yinelemek daha yeni değerin üzerine yazacağı için hiçbir şey değiştirilmedi."
    ]
    assert window.history.count() == steps - 1, "the refused step left the history"


def test_ctrl_z_right_after_an_add_from_the_field_undoes_the_add(qtbot, demo, window, store):
    tab, workshop_id = _open_tab(window, demo)
    before = attendees.list_attendees(store, workshop_id)
    tab.add_search.setFocus()
    type_text(tab.add_search, "şimşek")
    qtbot.keyClick(tab.add_search, Qt.Key_Return)
    assert len(attendees.list_attendees(store, workshop_id)) == len(before) + 1
    # The focus is still in the (now empty) field: Ctrl+Z goes to the window's history.
    qtbot.keyClick(tab.add_search, Qt.Key_Z, Qt.ControlModifier)
    assert attendees.list_attendees(store, workshop_id) == before
    assert tab.add_search.text() == ""


def test_undo_shows_the_workshop_it_changes(qtbot, demo, window, store):
    tab, sixth = _open_tab(window, demo)
    _select(tab, "Hakan Ünlü")
    tab.present_button.click()
    window.open_workshop(demo.workshop(5))
    window.undo_action.trigger()
    assert window.workshop_page.workshop_id == sixth


def test_undoing_a_new_person_takes_them_out_of_the_directory_too(
    qtbot, demo, window, answers, store
):
    from facilitator.services import directory

    tab, workshop_id = _open_tab(window, demo)
    people = {p.id for p in directory.list_people(store)}
    answers.new_person = {
        "honorific": "",
        "given_name": "Ilgın",
        "family_name": "Çağlayan",
        "organization_id": None,
    }
    tab.new_person_button.click()
    assert len({p.id for p in directory.list_people(store)}) == len(people) + 1
    window.undo_action.trigger()
    assert {p.id for p in directory.list_people(store)} == people
    window.redo_action.trigger()
    assert any(r.given_name == "Ilgın" for r in attendees.list_attendees(store, workshop_id))


def test_redo_of_mark_present_keeps_the_recorded_arrival(qtbot, demo, window, store):
    tab, workshop_id = _open_tab(window, demo)
    _select(tab, "Mert Ağca")
    tab.present_button.click()
    arrived = next(
        r.arrived_at
        for r in attendees.list_attendees(store, workshop_id)
        if r.family_name == "Ağca"
    )
    window.undo_action.trigger()
    window.redo_action.trigger()
    again = next(
        r.arrived_at
        for r in attendees.list_attendees(store, workshop_id)
        if r.family_name == "Ağca"
    )
    assert again == arrived is not None


def test_undo_in_the_main_window_never_undoes_a_check_in_made_since_on_the_live_screen(
    qtbot, demo, window, store, answers
):
    """Marked present here, then checked out and in again on the live screen: Ctrl+Z here
    would put back "unknown" over the live screen's record, so it is refused."""
    from datetime import UTC, datetime

    from facilitator.services import live

    tab, workshop_id = _open_tab(window, demo)
    _select(tab, "Mert Ağca")
    tab.present_button.click()
    mert = next(r for r in attendees.list_attendees(store, workshop_id) if r.family_name == "Ağca")
    assert mert.attendance is Attendance.PRESENT
    # The live screen (its own history) checks him out, then in again at another time.
    live.set_present(store, mert.id, False, datetime(2027, 1, 16, 7, 5, tzinfo=UTC))
    live.set_present(store, mert.id, True, datetime(2027, 1, 16, 7, 20, tzinfo=UTC))
    arrived = next(r for r in attendees.list_attendees(store, workshop_id) if r.id == mert.id)

    window.undo_action.trigger()
    after = next(r for r in attendees.list_attendees(store, workshop_id) if r.id == mert.id)
    assert after.attendance is Attendance.PRESENT
    assert after.arrived_at == arrived.arrived_at, "the live screen's arrival time is kept"
    assert any("başka bir yerde değiştirildi" in e for e in answers.errors), answers.errors


def test_a_check_in_made_elsewhere_shows_in_the_open_tab_at_once(qtbot, demo, window, store):
    """Another view (the live screen, its own history, the same bus) checks someone in:
    the open Attendees tab shows it without being asked."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QObject

    from facilitator.services import live
    from facilitator.ui.kit.changes import WORKSHOP, changed
    from facilitator.ui.kit.operations import Edits
    from facilitator.ui.workshop.attendees_tab import COLUMN_ATTENDANCE

    tab, workshop_id = _open_tab(window, demo)
    waiting = next(
        r
        for r in attendees.list_attendees(store, workshop_id)
        if r.attendance is not Attendance.PRESENT
    )
    row = tab.model.row_of_id(waiting.id)
    before = tab.model.index(row, COLUMN_ATTENDANCE).data()
    live_screen = QObject()
    done = Edits(store, window.bus, None).run(
        live_screen,
        lambda: live.set_present(store, waiting.id, True, datetime(2027, 1, 16, 7, 5, tzinfo=UTC)),
        changes=changed(WORKSHOP, workshop_id),
    )
    assert done
    row = tab.model.row_of_id(waiting.id)
    assert tab.model.row_at(row).attendance is Attendance.PRESENT
    assert tab.model.index(row, COLUMN_ATTENDANCE).data() == "Katıldı" != before
    assert "Katıldı" in tab.counts.text()


def test_an_edit_here_is_announced_once_naming_the_tab(qtbot, demo, window, store):
    tab, workshop_id = _open_tab(window, demo)
    heard = []
    window.bus.changed.connect(lambda kind, ids, initiator: heard.append((kind, ids, initiator)))
    _select(tab, "Mert Ağca", "Hakan Ünlü")
    tab.confirm_button.click()
    assert heard == [("workshop", (workshop_id,), tab)]
    heard.clear()
    window.undo_action.trigger()  # an undo names nobody: every view reads again
    assert heard == [("workshop", (workshop_id,), None)]
    rows = {r.full_name: r for r in attendees.list_attendees(store, workshop_id)}
    assert rows["Mert Ağca"].invitation is Invitation.INVITED


def test_a_refused_edit_says_why_and_changes_nothing(qtbot, demo, window, store, monkeypatch):
    from facilitator.errors import ValidationError

    tab, workshop_id = _open_tab(window, demo)
    before = attendees.list_attendees(store, workshop_id)
    _select(tab, "Mert Ağca")

    def refuse(*_args, **_kwargs):
        raise ValidationError("Bu katılımcı kilitli.")

    monkeypatch.setattr(attendees, "update_attendees", refuse)
    tab.present_button.click()
    assert tab.error.isVisible() and tab.error.text() == "Bu katılımcı kilitli."
    assert attendees.list_attendees(store, workshop_id) == before
    assert not window.undo_action.isEnabled()


def test_undoing_an_add_after_a_check_in_on_the_live_screen_refuses(qtbot, demo, window, store):
    """Added here, then checked in on the live screen: Ctrl+Z here would take out someone
    who is in the room (and their arrival time), so it is refused."""
    from datetime import UTC, datetime

    from facilitator.services import live

    tab, workshop_id = _open_tab(window, demo)
    refusals: list[str] = []
    window.history.refused.connect(refusals.append)
    tab.add_search.setFocus()
    type_text(tab.add_search, "İsmail Işık")
    qtbot.keyClick(tab.add_search, Qt.Key_Return)
    added = next(r for r in attendees.list_attendees(store, workshop_id) if r.family_name == "Işık")
    arrived = datetime(2027, 1, 16, 7, 5, tzinfo=UTC)
    live.set_present(store, added.id, True, arrived)

    window.undo_action.trigger()
    kept = next(r for r in attendees.list_attendees(store, workshop_id) if r.id == added.id)
    assert kept.attendance is Attendance.PRESENT and kept.arrived_at == arrived
    assert "İsmail Işık" in _names(tab)
    assert refusals and "başka bir yerde değiştirildi (katılım durumu)" in refusals[-1]
    assert not window.history.canRedo()


def test_redoing_a_removal_after_a_check_in_on_the_live_screen_refuses(qtbot, demo, window, store):
    from datetime import UTC, datetime

    from facilitator.services import live

    tab, workshop_id = _open_tab(window, demo)
    refusals: list[str] = []
    window.history.refused.connect(refusals.append)
    _select(tab, "Mert Ağca")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    window.undo_action.trigger()
    mert = next(r for r in attendees.list_attendees(store, workshop_id) if r.family_name == "Ağca")
    live.set_present(store, mert.id, True, datetime(2027, 1, 16, 7, 5, tzinfo=UTC))

    window.redo_action.trigger()
    kept = next(r for r in attendees.list_attendees(store, workshop_id) if r.id == mert.id)
    assert kept.attendance is Attendance.PRESENT
    assert "Mert Ağca" in _names(tab)
    assert refusals and "başka bir yerde değiştirildi (katılım durumu)" in refusals[-1]


def test_the_filter_finds_attendees_by_their_organizations_short_name(qtbot, demo, window, store):
    """ "çsdd" finds the people of the Çocuk Sağlığı Dayanışma Derneği ("ÇSDD"), whose full
    name does not hold that word."""
    tab, workshop_id = _open_tab(window, demo)
    rows = attendees.list_attendees(store, workshop_id)
    expected = sorted(r.full_name for r in rows if r.organization_short_name == "ÇSDD")
    assert expected  # the demo workshop has some
    tab.filter.setFocus()
    type_text(tab.filter, "çsdd")
    shown = [tab.model.row_at(i) for i in range(tab.model.rowCount())]
    assert sorted(r.full_name for r in shown) == expected
