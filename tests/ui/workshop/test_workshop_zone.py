"""A workshop's times on its own zone's clocks, on a computer in another zone.

The computer here is in New York; the Bursa workshop is held in Istanbul, planned for
07:00 UTC: every screen shows 10:00, typed times are read on Istanbul's clocks, and the
page says once that its times are Istanbul's. The zone is chosen on the Overview.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from facilitator import i18n
from facilitator.services import agenda, live, workshops
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.new_item_dialogs import NewWorkshopDialog
from facilitator.ui.kit.timefmt import zone_city, zone_of_choice
from facilitator.ui.live import LiveWindow
from facilitator.ui.series.series_tree_model import COLUMN_TITLE
from facilitator.ui.workshop.agenda_table_model import COLUMN_START
from facilitator.ui.workshop.notes_tree_model import COLUMN_TIME
from tests.fake_clock import FakeClock
from tests.ui.conftest import start_window
from tests.ui.keys import leave, replace_text, type_date_time

START = datetime(2027, 3, 13, 7, 0, tzinfo=UTC)  # 10:00 in Istanbul, 02:00 in New York
END = START + timedelta(hours=3)
NOTICE = "Istanbul time, UTC+3"


@pytest.fixture(autouse=True)
def new_york_clock(monkeypatch):
    """The computer's clock in New York; put back as it was afterwards."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _make(store, zone: str, title: str = "Bursa çalıştayı") -> int:
    row = workshops.create_workshop(store, title, START, END, time_zone=zone)
    agenda.add_item(store, row.id, "Açılış ve tanışma", planned_minutes=15)
    agenda.add_item(store, row.id, "Gönüllülük kültürü", planned_minutes=60)
    return row.id


def _open(window, workshop_id):
    window.refresh_sidebar()
    window.open_workshop(workshop_id)
    return window.workshop_page


@pytest.fixture
def window(qtbot, facilitator_app):
    """The main window in English (the words asserted are the source texts)."""
    facilitator_app.language = "en"
    facilitator_app.translators.use("en")
    return start_window(qtbot, facilitator_app)


@pytest.fixture
def bursa(store, window) -> int:
    """The Istanbul workshop, open in the main window."""
    workshop_id = _make(store, "Europe/Istanbul")
    _open(window, workshop_id)
    return workshop_id


def _stored(store, workshop_id):
    return workshops.get_workshop(store, workshop_id)


# Typing into the zone field opens the completer's popup, which the offscreen platform
# can neither raise nor give the keyboard to (harmless there, and not ours).
POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def _choose_zone(qtbot, overview, text: str) -> None:
    field = overview.time_zone.lineEdit()
    replace_text(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key_Return)


# -- shown on the workshop's clocks ------------------------------------------------------


def test_an_istanbul_workshop_shows_istanbul_times_and_says_so_once(qtbot, window, store, bursa):
    page = window.workshop_page
    header = page.subtitle.text()
    assert "Sat 13 Mar 2027 · 10:00–13:00 · Istanbul time, UTC+3" in header
    assert header.count("UTC") == 1  # said once

    overview = page.overview
    assert overview.date.date() == QDate(2027, 3, 13)
    assert (overview.start.time(), overview.end.time()) == (QTime(10, 0), QTime(13, 0))
    assert overview.time_zone.currentText() == "Europe/Istanbul (UTC+3)"

    tab = page.agenda
    starts = [tab.model.index(r, COLUMN_START).data() for r in range(tab.model.rowCount())]
    assert starts == ["10:00", "10:15"]
    assert "10:00–13:00 (180 min)" in tab.total_label.text()
    assert tab.overrun_label.text() == "105 min to spare: the agenda ends at 11:15"

    tree = window.tree_model
    assert tree.data(tree.find_workshop(bursa), Qt.ToolTipRole).endswith(" 10:00 — Bursa çalıştayı")
    assert tree.find_workshop(bursa).siblingAtColumn(COLUMN_TITLE).data() == "Bursa çalıştayı"


def test_the_turkish_page_names_the_city_as_turkish_writes_it(qtbot, facilitator_app, store):
    page = _open(start_window(qtbot, facilitator_app), _make(store, "Europe/Istanbul"))
    assert "10:00–13:00 · İstanbul " in page.subtitle.text()
    assert page.subtitle.text().count("UTC+3") == 1


@pytest.mark.parametrize("zone", ["America/New_York", "America/Toronto"])
def test_a_workshop_on_the_computers_clocks_says_nothing_about_its_zone(qtbot, window, store, zone):
    """The same zone, or another name with the same offsets: the same clock times."""
    page = _open(window, _make(store, zone))
    assert "02:00–05:00" in page.subtitle.text()
    assert "time, UTC" not in page.subtitle.text()
    assert "UTC" not in page.subtitle.text()


def test_notes_are_shown_and_corrected_on_the_workshops_clocks(qtbot, window, store, bursa):
    live.add_note(store, bursa, "Şeffaflık önce gelir", now=START + timedelta(minutes=20))
    page = window.workshop_page
    page.tabs.setCurrentWidget(page.notes)
    tab = page.notes
    index = next(
        tab.model.index(r, COLUMN_TIME)
        for r in range(tab.model.rowCount())
        if tab.model.note_at(tab.model.index(r, COLUMN_TIME)) is not None
    )
    assert index.data() == "10:20"
    assert tab.select_note(tab.model.note_at(index).id)
    editor = tab.editor
    assert editor.time.dateTime().time() == QTime(10, 20)
    editor.time.setTime(QTime(10, 45))  # as typed: 10:45 in Istanbul
    assert editor.noted_at() == START + timedelta(minutes=45)


# -- typed on the workshop's clocks ------------------------------------------------------


def test_a_time_typed_in_the_overview_is_read_on_the_workshops_clocks(qtbot, window, store, bursa):
    overview = window.workshop_page.overview
    type_date_time(qtbot, overview.start, "1100")
    leave(qtbot, overview.start)
    row = _stored(store, bursa)
    assert row.planned_start == datetime(2027, 3, 13, 8, 0, tzinfo=UTC)  # 11:00 in Istanbul
    assert row.planned_end == END
    assert "11:00–13:00" in window.workshop_page.subtitle.text()


def test_a_new_workshops_times_are_read_in_the_zone_it_will_get(qtbot):
    dialog = NewWorkshopDialog(
        [],
        title="Brüksel ziyareti",
        day=date(2027, 3, 13),
        start=clock_time(11, 0),
        end=clock_time(13, 0),
        zone_of=lambda _series_id: "Europe/Istanbul",
    )
    qtbot.addWidget(dialog)
    assert dialog.zone.text() == "Europe/Istanbul (UTC+3)"
    values = dialog.values()
    assert values["planned_start"] == datetime(2027, 3, 13, 8, 0, tzinfo=UTC)
    assert values["planned_end"] == datetime(2027, 3, 13, 10, 0, tzinfo=UTC)
    assert values["time_zone"] == "Europe/Istanbul"


# -- choosing the zone -------------------------------------------------------------------


@POPUP
def test_a_name_that_is_no_zone_is_refused_and_nothing_changes(qtbot, window, store, bursa):
    overview = window.workshop_page.overview
    before = _stored(store, bursa)
    _choose_zone(qtbot, overview, "Mars/Olympus")
    assert overview.error.isVisible()
    assert "“Mars/Olympus” is not a time zone" in overview.error.text()
    assert _stored(store, bursa) == before
    assert overview.time_zone.currentText() == "Europe/Istanbul (UTC+3)"
    assert overview.start.time() == QTime(10, 0)
    assert not window.undo_action.isEnabled()


def test_the_chooser_completes_on_any_part_of_the_name_whatever_the_case(
    qtbot, window, store, bursa
):
    chooser = window.workshop_page.overview.time_zone
    chooser.setFocus()  # the zones are read when the field is first used
    completer = chooser.completer()
    completer.setCompletionPrefix("istan")
    found = completer.completionModel()
    names = [found.index(r, 0).data() for r in range(found.rowCount())]
    assert "Europe/Istanbul (UTC+3)" in names
    assert "Asia/Istanbul (UTC+3)" in names
    assert all("istan" in name.lower() for name in names)
    assert zone_of_choice("Europe/Istanbul (UTC+3)") == "Europe/Istanbul"


@POPUP
def test_another_zone_before_the_session_keeps_ten_oclock_and_undoes(qtbot, window, store, bursa):
    overview = window.workshop_page.overview
    assert (
        overview.zone_hint.text()
        == "Another zone keeps the planned clock times (10:00 stays 10:00)."
    )
    _choose_zone(qtbot, overview, "Europe/London")
    row = _stored(store, bursa)
    assert row.time_zone == "Europe/London"
    assert row.planned_start == datetime(2027, 3, 13, 10, 0, tzinfo=UTC)  # 10:00 in London
    assert (overview.start.time(), overview.end.time()) == (QTime(10, 0), QTime(13, 0))
    assert overview.time_zone.currentText() == "Europe/London (UTC)"
    assert "10:00–13:00 · London time, UTC" in window.workshop_page.subtitle.text()

    window.undo_action.trigger()
    row = _stored(store, bursa)
    assert (row.time_zone, row.planned_start, row.planned_end) == ("Europe/Istanbul", START, END)
    assert overview.time_zone.currentText() == "Europe/Istanbul (UTC+3)"
    assert overview.start.time() == QTime(10, 0)
    window.redo_action.trigger()
    assert _stored(store, bursa).planned_start == datetime(2027, 3, 13, 10, 0, tzinfo=UTC)


@POPUP
def test_another_zone_after_the_start_shows_the_same_instants_on_other_clocks(
    qtbot, window, store, bursa
):
    live.start_session(store, bursa, START)
    overview = window.workshop_page.overview
    overview.show_workshop(bursa)
    assert overview.zone_hint.text().startswith("The session has started")
    _choose_zone(qtbot, overview, "Europe/London")
    row = _stored(store, bursa)
    assert (row.time_zone, row.planned_start, row.planned_end) == ("Europe/London", START, END)
    assert (overview.start.time(), overview.end.time()) == (QTime(7, 0), QTime(10, 0))


def test_the_city_is_spelled_as_the_interface_language_does():
    assert zone_city("America/New_York") == "New York"
    assert zone_city("Etc/GMT-3") == "" and zone_city("UTC") == ""
    with i18n.using_language("tr"):
        assert zone_city("Europe/Istanbul") == "İstanbul"
        assert zone_city("Europe/Brussels") == "Brüksel"


# -- the live screen ---------------------------------------------------------------------


def test_the_live_screen_runs_on_the_workshops_clocks(qtbot, store, window, bursa):
    # 07:30 in Istanbul on the planned day, but still 12 March (23:30) in New York.
    now = FakeClock(START - timedelta(hours=2, minutes=30))
    win = LiveWindow(store, ChangeBus(), now=now)
    qtbot.addWidget(win)
    assert win.open_workshop(bursa)
    header = win.header
    assert header.session_clock.text() == "Planned for Saturday 13 March 2027, 10:00–13:00"
    assert not header.zone_notice.isHidden() and header.zone_notice.text() == NOTICE

    win.start_session()  # today where it is held: started at the first press
    assert win.state.in_session
    assert "planned end 13:00" in header.session_clock.text()
    live.add_note(store, bursa, "Katılımcılar tanıştı", now=now())
    win.refresh()
    win.notes.show_item(bursa, win.state.current_item.id, win.state.time_zone)
    shown = win.notes.feed.index(win.notes.feed.rowCount() - 1, 0).data()
    assert shown.startswith("07:30  ")


def test_the_live_screen_of_a_workshop_on_the_computers_clocks_says_nothing(qtbot, store, window):
    workshop_id = _make(store, "America/New_York")
    win = LiveWindow(store, ChangeBus(), now=FakeClock(START - timedelta(days=1)))
    qtbot.addWidget(win)
    assert win.open_workshop(workshop_id)
    assert win.header.zone_notice.isHidden()
    assert win.header.session_clock.text().endswith("02:00–05:00")
