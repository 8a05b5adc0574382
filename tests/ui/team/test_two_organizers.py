"""Two organizers on one PostgreSQL server, each with their own Facilitator (here: two
main windows, each with its own connection): what one saves shows in the other within a
second, without touching it; when the server goes away, a banner says so, edits are
refused plainly, and the window follows again once the server is back."""

from __future__ import annotations

import pytest

from facilitator.services import directory, workshops
from facilitator.services.demo import load_demo
from facilitator.store import Store
from facilitator.ui.main_window import MainWindow

WITHIN = 1000  # ms: the "within 1 s"


@pytest.fixture
def organizers(qtbot, postgres_url, answers):
    first, second = Store.open(postgres_url), Store.open(postgres_url)
    load_demo(first)
    windows = []
    for store in (first, second):
        win = MainWindow(store, language="en")
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        assert win.server.remote.listener.wait_listening(10)
        windows.append(win)
    yield windows
    for win in windows:
        win.close()
    first.close()
    second.close()


def _workshop(store, title: str) -> int:
    return next(w.id for w in workshops.list_workshops(store) if w.title == title)


def test_an_edit_in_one_window_appears_in_the_other_within_a_second(qtbot, organizers):
    ayse, mehmet = organizers
    workshop_id = _workshop(ayse.store, "Gönüllülük kültürü ve şirket çalışanları")
    for win in organizers:
        win.open_workshop(workshop_id)
    theirs = mehmet.workshop_page.overview
    mine = ayse.workshop_page.overview
    mine.title.setText("Gönüllülük kültürü — İzmir oturumu")
    mine.title.editingFinished.emit()  # saved, as leaving the field does
    qtbot.waitUntil(
        lambda: theirs.title.text() == "Gönüllülük kültürü — İzmir oturumu", timeout=WITHIN
    )
    assert mehmet.workshop_page.title.text().endswith("Gönüllülük kültürü — İzmir oturumu")
    # The sidebar follows too: a new person made by one shows in the other's directory.
    mehmet.show_directory()
    people = mehmet.directory_page.people
    made = directory.create_person(ayse.store, "Çiğdem", "Işıkoğlu")
    qtbot.waitUntil(lambda: people.model.row_of_id(made.id) >= 0, timeout=WITHIN)


def test_a_lost_server_shows_a_banner_refuses_edits_and_recovers(
    qtbot, organizers, postgres_cluster, answers
):
    ayse, mehmet = organizers
    cluster = postgres_cluster
    assert not ayse.server.banner.isVisible()
    mehmet.open_live_for(_workshop(mehmet.store, "Gönüllülük kültürü ve şirket çalışanları"))
    live = mehmet.live_window
    cluster.halt()
    try:
        qtbot.waitUntil(ayse.server.banner.isVisible, timeout=10_000)
        assert "connection to the database server is lost" in ayse.server.banner.text()
        # The moderator on the live screen (over the main window) is told there.
        qtbot.waitUntil(
            lambda: "connection to the database server is lost" in live.status_line.text(),
            timeout=10_000,
        )
        answers.text = "Kuzey Ege çalıştayları"
        ayse.new_series_action.trigger()  # an edit: refused at once, plainly
        assert answers.errors and "connection to the database server is lost" in answers.errors[-1]
    finally:
        cluster.restart()
    qtbot.waitUntil(lambda: not ayse.server.banner.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: "again" in live.status_line.text(), timeout=15_000)
    ayse.show_directory()
    people = ayse.directory_page.people
    made = directory.create_person(mehmet.store, "Oğuz", "Ünal")  # the other one writes again
    qtbot.waitUntil(lambda: people.model.row_of_id(made.id) >= 0, timeout=5000)
