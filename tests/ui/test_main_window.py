"""The main window as a user meets it: sidebar, start page, demo offer, workshop overview."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.models.enums import WorkshopStatus
from facilitator.services import directory, listing, series, workshops
from facilitator.store import Store
from facilitator.ui.series.series_tree_model import ID_ROLE, KIND_ROLE
from tests.ui.conftest import start_window
from tests.ui.keys import leave, replace_text, type_date_time


def test_sidebar_lists_series_with_their_workshops_and_opens_the_next_one(demo_window):
    model = demo_window.tree_model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    # Turkish alphabetical order: K before Ö.
    assert titles == [
        "KSS Yoluyla Sivil Toplum ve Özel Sektör İş Birliğinin Güçlendirilmesi",
        "Özel Sektör ve Sivil Toplum Kuruluşları Arasında İş Birliği Nasıl Güçlendirilir?",
    ]
    main_series = model.index(1, 0)
    assert model.rowCount(main_series) == 6
    assert model.index(4, 0, main_series).data().startswith("5. Bursa Sosyal Sorumluluk")
    # The next upcoming workshop (the 6th, January 2027) is what opens.
    assert demo_window.pages.currentWidget() is demo_window.workshop_page
    assert demo_window.workshop_page.title.text().startswith("6. Çalıştay — Platformun ilk")
    current = demo_window.tree.currentIndex()
    assert current.data(KIND_ROLE) == "workshop"
    assert "●" in model.index(current.row(), 1, current.parent()).data()


def test_empty_database_offers_the_demo_and_loads_it(qtbot, facilitator_app, answers, store):
    answers.yes_no = [True]
    window = start_window(qtbot, facilitator_app)
    qtbot.waitUntil(lambda: window.tree_model.rowCount() == 2)
    assert "örnek seri" in answers.questions[0]  # the interface is in Turkish
    assert workshops.count_workshops(store) == 8
    assert window.pages.currentWidget() is window.workshop_page


def test_declining_the_demo_leaves_a_useful_empty_page(qtbot, facilitator_app, answers, store):
    answers.yes_no = [False]
    window = start_window(qtbot, facilitator_app)
    qtbot.waitUntil(lambda: len(answers.questions) == 1)
    assert workshops.count_workshops(store) == 0
    assert window.pages.currentWidget() is window.empty_page
    assert window.empty_page.new_workshop_button.isVisible()


def test_new_workshop_then_every_overview_field_is_saved_when_left(
    qtbot, window, answers, store, db_location
):
    org = directory.create_organization(store, "Işık Lösemili Çocuklar Vakfı")
    person = directory.create_person(store, "Rüya", "Küçükosmanoğlu", honorific="Prof. Dr.")
    first = series.create_series(store, "İş birliği çalıştayları")
    window.bus.announce("series", first.id)
    answers.new_workshop = {
        "title": "Taslak çalıştay",
        "series_id": None,
        "planned_start": datetime(2027, 3, 6, 10, 0).astimezone(),
        "planned_end": datetime(2027, 3, 6, 13, 0).astimezone(),
    }
    window.new_workshop_action.trigger()
    page = window.workshop_page
    overview = page.overview
    workshop_id = page.workshop_id
    assert workshop_id is not None
    assert page.title.text() == "Taslak çalıştay"

    # Series and number.
    overview.series.setFocus()
    qtbot.keyClick(overview.series, Qt.Key_Down)
    assert workshops.get_workshop(store, workshop_id).series_id == first.id
    assert overview.number.value() == 1  # the series' next number, shown at once

    replace_text(qtbot, overview.title, "Platformun işleyiş modeli & <yol> haritası")
    leave(qtbot, overview.title)
    replace_text(qtbot, overview.guiding_question, "İş birliği nasıl güçlendirilir?")
    leave(qtbot, overview.guiding_question)
    type_date_time(qtbot, overview.date, "14032027")
    leave(qtbot, overview.date)
    type_date_time(qtbot, overview.start, "0930")
    leave(qtbot, overview.start)
    type_date_time(qtbot, overview.end, "1245")
    leave(qtbot, overview.end)
    replace_text(qtbot, overview.venue_name, "Villa Zeytin")
    leave(qtbot, overview.venue_name)
    replace_text(qtbot, overview.venue_address, "Uludağ Yolu, Yıldırım / Bursa")
    leave(qtbot, overview.venue_address)
    overview.show_workshop(workshop_id)  # the new org and person appear in the choices
    overview.host.setFocus()
    qtbot.keyClick(overview.host, Qt.Key_Down)
    overview.moderator.setFocus()
    qtbot.keyClick(overview.moderator, Qt.Key_Down)
    overview.language.setFocus()
    qtbot.keyClick(overview.language, Qt.Key_Down)
    overview.status.setFocus()
    qtbot.keyClick(overview.status, Qt.Key_Down)
    replace_text(qtbot, overview.objectives, "Katkı alanlarını belirlemek.")
    leave(qtbot, overview.objectives)
    assert not overview.error.isVisible()
    assert window.saved_label.text() == "Kaydedildi ✓"

    # Everything is in the file: read it back through a second, independent store.
    other = Store.open(db_location)
    try:
        row = workshops.get_workshop(other, workshop_id)
    finally:
        other.close()
    assert row.series_id == first.id and row.number == 1
    assert row.title == "Platformun işleyiş modeli & <yol> haritası"
    assert row.guiding_question == "İş birliği nasıl güçlendirilir?"
    assert row.planned_start == datetime(2027, 3, 14, 9, 30).astimezone()
    assert row.planned_end == datetime(2027, 3, 14, 12, 45).astimezone()
    assert row.venue_name == "Villa Zeytin"
    assert row.venue_address == "Uludağ Yolu, Yıldırım / Bursa"
    assert row.host_id == org.id
    assert row.moderator_id == person.id
    assert row.language == "en"
    assert row.status is WorkshopStatus.SCHEDULED
    assert row.objectives == "Katkı alanlarını belirlemek."
    # The header shows what was saved.
    assert page.title.text() == "1. Çalıştay — Platformun işleyiş modeli & <yol> haritası"
    assert "Villa Zeytin" in page.subtitle.text()


def test_an_end_before_the_start_is_refused_shown_and_put_back(qtbot, demo_window, store):
    overview = demo_window.workshop_page.overview
    workshop_id = demo_window.workshop_page.workshop_id
    before = workshops.get_workshop(store, workshop_id)
    shown_end = overview.end.time()
    before_start = overview.start.time().addSecs(-3600).toString("HHmm")
    type_date_time(qtbot, overview.end, before_start)
    leave(qtbot, overview.end)
    assert overview.error.isVisible()
    assert "bitişi başlangıcından sonra" in overview.error.text()
    assert overview.end.time() == shown_end
    assert workshops.get_workshop(store, workshop_id) == before


def test_an_empty_title_is_refused_and_the_old_one_comes_back(qtbot, demo_window, store):
    overview = demo_window.workshop_page.overview
    workshop_id = demo_window.workshop_page.workshop_id
    old = overview.title.text()
    replace_text(qtbot, overview.title, "   ")
    leave(qtbot, overview.title)
    assert overview.error.isVisible() and "boş bırakılamaz" in overview.error.text()
    assert overview.title.text() == old
    assert workshops.get_workshop(store, workshop_id).title == old


def test_duplicate_copies_agenda_and_invitations_into_the_next_number(
    qtbot, demo_window, answers, store
):
    fifth = next(
        i for i in workshops.list_workshops(store) if i.number == 5 and i.series_id is not None
    )
    demo_window.open_workshop(fifth.id)
    answers.new_workshop = {
        "title": "Platformun işleyiş modeli — tekrar",
        "series_id": workshops.get_workshop(store, fifth.id).series_id,
        "planned_start": datetime(2027, 4, 10, 10, 0).astimezone(),
        "planned_end": datetime(2027, 4, 10, 13, 0).astimezone(),
    }
    qtbot.keyClick(demo_window, Qt.Key_D, Qt.ControlModifier)
    copy_id = demo_window.workshop_page.workshop_id
    assert copy_id != fifth.id
    copy = workshops.get_workshop(store, copy_id)
    original = workshops.get_workshop(store, fifth.id)
    assert copy.number == 7
    assert copy.status is WorkshopStatus.DRAFT
    assert copy.agenda_count == original.agenda_count == 8
    assert copy.attendee_count == original.attendee_count
    assert demo_window.tree_model.find_workshop(copy_id).isValid()


def test_deleting_a_workshop_asks_first_and_keeps_the_people(qtbot, demo_window, answers, store):
    workshop_id = demo_window.workshop_page.workshop_id
    people = directory.count_people(store)
    answers.yes_no = [False]
    demo_window.delete_workshop_action.trigger()
    assert workshops.count_workshops(store) == 8
    answers.yes_no = [True]
    demo_window.delete_workshop_action.trigger()
    assert workshops.count_workshops(store) == 7
    assert directory.count_people(store) == people
    assert not demo_window.tree_model.find_workshop(workshop_id).isValid()
    assert demo_window.workshop_page.workshop_id != workshop_id


def test_new_series_appears_in_the_sidebar_and_can_be_renamed(qtbot, window, answers, store):
    answers.text = "Kadın Girişimciler Buluşmaları"
    window.new_series_action.trigger()
    current = window.tree.currentIndex()
    assert current.data(KIND_ROLE) == "series"
    assert window.pages.currentWidget() is window.series_page
    page = window.series_page
    replace_text(qtbot, page.title, "Kadın Girişimciler Çalıştayları")
    leave(qtbot, page.title)
    assert series.get_series(store, current.data(ID_ROLE)).title == (
        "Kadın Girişimciler Çalıştayları"
    )
    assert window.tree_model.index(0, 0).data() == "Kadın Girişimciler Çalıştayları"


def test_status_bar_names_the_file_and_counts_workshops(demo_window, db_path, store):
    """The file's name, or on a team's server the database's name and the server."""
    if store.path is not None:
        assert demo_window.file_label.text() == f"{db_path.name} · 8 çalıştay"
    else:
        database = store.engine.url.database
        assert demo_window.file_label.text() == f"{database} @ localhost · 8 çalıştay"


def test_menus_have_keyboard_shortcuts(demo_window):
    shortcuts = {
        a.shortcut().toString()
        for a in (
            demo_window.new_workshop_action,
            demo_window.duplicate_action,
            demo_window.quit_action,
            demo_window.find_action,
            demo_window.settings_action,
        )
    }
    assert {"Ctrl+N", "Ctrl+D", "Ctrl+Q", "Ctrl+F"} <= shortcuts
    menus = [a.text() for a in demo_window.menuBar().actions()]
    assert menus == [
        "&Dosya", "Dü&zen", "&Çalıştay", "&Canlı", "&Belgeler", "&Ayarlar", "&Yardım"
    ]  # fmt: skip


def test_start_page_prefers_a_workshop_in_session(qtbot, demo, facilitator_app):
    third = demo.workshop(3)
    workshops.update_workshop(demo.store, third, status=WorkshopStatus.IN_SESSION)
    window = start_window(qtbot, facilitator_app)
    assert window.workshop_page.workshop_id == third
    assert window.current_workshop_id() == third


def test_overview_edits_undo_and_redo_from_the_edit_menu(qtbot, demo_window, store):
    overview = demo_window.workshop_page.overview
    workshop_id = demo_window.workshop_page.workshop_id
    old_title = overview.title.text()
    old_venue = overview.venue_name.text()
    replace_text(qtbot, overview.title, "Gönüllü eşleştirme: ilk üç ay")
    leave(qtbot, overview.title)
    replace_text(qtbot, overview.venue_name, "Işık Vakfı Salonu")
    leave(qtbot, overview.venue_name)
    assert demo_window.undo_action.text() == "&Geri al: Mekân değişikliği"

    demo_window.tree.setFocus()  # Ctrl+Z in a text field undoes typing; elsewhere, edits
    qtbot.keyClick(demo_window.tree, Qt.Key_Z, Qt.ControlModifier)
    assert workshops.get_workshop(store, workshop_id).venue_name == old_venue
    assert overview.venue_name.text() == old_venue
    assert demo_window.undo_action.text() == "&Geri al: Başlık değişikliği"
    qtbot.keyClick(demo_window.tree, Qt.Key_Z, Qt.ControlModifier)
    assert workshops.get_workshop(store, workshop_id).title == old_title
    assert overview.title.text() == old_title
    assert demo_window.workshop_page.title.text().endswith(old_title)

    qtbot.keyClick(demo_window.tree, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert workshops.get_workshop(store, workshop_id).title == "Gönüllü eşleştirme: ilk üç ay"
    assert overview.title.text() == "Gönüllü eşleştirme: ilk üç ay"


def test_undoing_a_move_to_another_series_puts_the_old_number_back(qtbot, demo_window, store):
    overview = demo_window.workshop_page.overview
    workshop_id = demo_window.workshop_page.workshop_id
    before = workshops.get_workshop(store, workshop_id)
    overview.series.setFocus()
    qtbot.keyClick(overview.series, Qt.Key_Up)  # the other demo series
    moved = workshops.get_workshop(store, workshop_id)
    assert moved.series_id != before.series_id and moved.number == 3
    demo_window.undo_action.trigger()
    back = workshops.get_workshop(store, workshop_id)
    assert (back.series_id, back.number) == (before.series_id, before.number)
    assert overview.number.value() == before.number


def test_a_command_on_a_workshop_deleted_meanwhile_says_so(qtbot, demo_window, answers, store):
    workshop_id = demo_window.workshop_page.workshop_id
    workshops.delete_workshop(store, workshop_id)  # e.g. from the command line
    demo_window.duplicate_action.trigger()
    assert answers.errors == [f"Bu çalıştay artık mevcut değil (#{workshop_id})."]


def test_a_refused_new_series_says_why_and_adds_nothing(qtbot, window, answers, store):
    answers.text = "   "
    window.new_series_action.trigger()
    assert len(answers.errors) == 1 and "boş bırakılamaz" in answers.errors[0]
    assert series.list_series(store) == []
    assert window.tree_model.rowCount() == 0


def test_deleting_a_series_with_workshops_is_refused_with_the_reason(
    qtbot, demo_window, demo, answers
):
    demo_window.show_series(demo.series_id)
    assert demo_window.current_series_id() == demo.series_id
    assert demo_window.current_workshop_id() is None
    answers.yes_no = [True]
    demo_window.delete_series_action.trigger()
    assert len(answers.errors) == 1 and "silinemez: içinde 6 çalıştay var" in answers.errors[0]
    assert demo_window.tree_model.find_series(demo.series_id).isValid()
    assert demo_window.current_series_id() == demo.series_id


def test_deleting_an_empty_series_removes_it_and_opens_the_start_page(
    qtbot, demo_window, demo, answers
):
    empty = series.create_series(demo.store, "Boş seri")
    demo_window.refresh_sidebar()
    demo_window.show_series(empty.id)
    assert demo_window.current_series_id() == empty.id
    answers.yes_no = [True]
    demo_window.delete_series_action.trigger()
    assert answers.errors == []
    assert "“Boş seri”" in answers.questions[-1]
    assert empty.id not in [s.id for s in series.list_series(demo.store)]
    assert not demo_window.tree_model.find_series(empty.id).isValid()
    assert demo_window.current_workshop_id() == demo.workshop(6)


def test_the_directory_page_shows_no_workshop_or_series(demo_window):
    demo_window.show_directory()
    assert demo_window.current_workshop_id() is None
    assert demo_window.current_series_id() is None
    assert not demo_window.duplicate_action.isEnabled()


def test_the_program_settles_the_interpreter_once_its_start_page_is_shown(
    qtbot, facilitator_app, monkeypatch
):
    """The switch interval and the frozen start-up heap are the application's to set,
    once, after start-up: not a dialog's, not for a while (benchmarks/import_attendees)."""
    from facilitator.ui import app as app_module

    settled: list[bool] = []
    monkeypatch.setattr(app_module, "settle_interpreter", lambda: settled.append(True))
    facilitator_app.settle = True
    win = start_window(qtbot, facilitator_app)
    qtbot.waitUntil(lambda: settled == [True])
    assert win.pages.currentWidget() is not None, "after the start page, not before"


def test_ctrl_q_closes_the_live_screen_and_its_projector_and_the_session_stays(
    qtbot, demo, facilitator_app, monkeypatch, db_path, store, dump_database
):
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    window = start_window(qtbot, facilitator_app)
    sixth = demo.workshop(6)
    window.open_workshop(sixth)
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    live_screen = window.live_window
    qtbot.addWidget(live_screen)
    qtbot.waitExposed(live_screen)
    live_screen.start_session()
    live_screen.start_session()  # planned for another day: the key twice
    assert live_screen.state.in_session
    live_screen.toggle_projector()
    projector = live_screen.projector
    assert projector.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = dump_database(store)
    qtbot.keyClick(window, Qt.Key_Q, Qt.ControlModifier)
    assert quits == [True]  # once: aboutToQuit then saves the geometry, finishes backups
    assert not window.isVisible() and not live_screen.isVisible()
    assert not projector.isVisible()
    assert dump_database(store) == {**before, "live_lease": []}  # on a server, given back
    assert workshops.get_workshop(demo.store, sixth).status is WorkshopStatus.IN_SESSION
    # The next start offers to go back to it, as after a crash.
    assert listing.workshop_in_session(demo.store) == (
        sixth,
        workshops.get_workshop(demo.store, sixth).title,
    )


def test_the_first_window_opens_within_the_screen(qtbot, facilitator_app):
    """No saved geometry yet (the first start): the usual 1280×800, cut to the screen, so
    a 768-pixel laptop shows the status bar and every button."""
    window = start_window(qtbot, facilitator_app)
    room = window.screen().availableGeometry()
    assert window.height() <= room.height() and window.width() <= room.width()
