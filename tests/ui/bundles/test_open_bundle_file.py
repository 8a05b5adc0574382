"""A bundle opened from the file manager (``facilitator-gui x.facilitator``, a macOS
file-open event): its import preview comes up once the window is shown."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from facilitator.services import bundles, workshops
from facilitator.services.demo import load_demo
from facilitator.store import Store
from facilitator.ui.app import Application, FileOpenEvents
from facilitator.ui.bundles import bundle_preview_dialog
from tests.ui.conftest import NOW, start_window


@pytest.fixture
def other_database(tmp_path):
    """Another laptop's database with the demo in it."""
    store = Store.open(tmp_path / "başka.db")
    load_demo(store)
    yield store
    store.close()


@pytest.fixture
def bundle_files(tmp_path, other_database):
    """Two bundles written by the other laptop, each of another workshop."""

    def make(count: int):
        made = []
        for item in workshops.list_workshops(other_database)[:count]:
            path = tmp_path / f"çalıştay {item.id}.FACILITATOR"
            bundles.export_bundle(other_database, item.id, path)
            made.append((path, item.title))
        return made

    return make


@pytest.fixture
def previews(monkeypatch):
    """The previews shown, in order; each answered with "import" (no differing rows)."""
    shown = []
    monkeypatch.setattr(
        bundle_preview_dialog,
        "ask_bundle_choices",
        lambda _parent, preview: shown.append(preview) or {},
    )
    return shown


def test_a_bundle_given_at_start_opens_its_preview_then_the_imported_workshop(
    qtbot, facilitator_app, answers, bundle_files, previews
):
    (path, title), *_ = bundle_files(1)
    facilitator_app.open_bundle(path)  # as run() does, before the window exists
    window = start_window(qtbot, facilitator_app)
    qtbot.waitUntil(lambda: window.workshop_page.workshop_id is not None, timeout=20_000)
    assert [p.workshop_title for p in previews] == [title]
    assert previews[0].path == path
    imported = workshops.list_workshops(window.store)
    assert [w.title for w in imported] == [title]
    assert window.workshop_page.workshop_id == imported[0].id
    assert answers.errors == []
    # An empty database offers the demo series; not while a bundle is being brought in.
    assert answers.questions == []


def test_two_bundles_opened_together_are_previewed_one_after_the_other(
    qtbot, facilitator_app, answers, bundle_files, previews
):
    made = bundle_files(2)
    for path, _title in made:
        facilitator_app.open_bundle(path)
    window = start_window(qtbot, facilitator_app)
    qtbot.waitUntil(lambda: len(workshops.list_workshops(window.store)) == 2, timeout=20_000)
    assert [p.workshop_title for p in previews] == [title for _path, title in made]
    assert answers.errors == []


def test_a_missing_file_is_told_and_the_window_stays(
    qtbot, facilitator_app, answers, tmp_path, previews
):
    missing = tmp_path / "gelmedi.facilitator"
    facilitator_app.open_bundle(missing)
    window = start_window(qtbot, facilitator_app)
    qtbot.waitUntil(lambda: answers.errors != [], timeout=20_000)
    assert answers.errors == [f"{missing} konumunda bir paket yok."]  # the app speaks Turkish
    assert previews == []
    assert window.isVisible() and window.pages.currentWidget() is window.empty_page
    assert not window.bundle_actions.busy


def test_a_file_that_is_not_a_bundle_is_told_and_the_window_stays(
    qtbot, facilitator_app, answers, tmp_path, previews
):
    fake = tmp_path / "notlar.facilitator"
    fake.write_text("Toplantı notları: bu bir paket değil.\n", encoding="utf-8")
    facilitator_app.open_bundle(fake)
    window = start_window(qtbot, facilitator_app)
    qtbot.waitUntil(lambda: answers.errors != [], timeout=20_000)
    assert answers.errors == [
        "notlar.facilitator bir Facilitator paketi değil ya da hasarlı veya eksik."
    ]
    assert previews == [] and workshops.list_workshops(window.store) == []
    assert window.isVisible()


def test_a_file_open_event_on_the_application_opens_the_preview(
    qtbot, qapp, facilitator_app, answers, bundle_files, previews
):
    """macOS: a double-click in the Finder reaches the running app as a QFileOpenEvent."""
    (path, title), *_ = bundle_files(1)
    window = start_window(qtbot, facilitator_app)
    events = FileOpenEvents(facilitator_app.open_bundle)
    qapp.installEventFilter(events)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(path)))
        qtbot.waitUntil(lambda: window.workshop_page.workshop_id is not None, timeout=20_000)
    finally:
        qapp.removeEventFilter(events)
    assert [p.workshop_title for p in previews] == [title]
    assert [w.title for w in workshops.list_workshops(window.store)] == [title]


@pytest.mark.file_only  # read-only: a file another Facilitator holds
def test_a_read_only_database_says_the_bundle_cannot_go_into_it(
    qtbot, qapp, answers, db_path, store, bundle_files, previews
):
    (path, _title), *_ = bundle_files(1)
    read_only = Store.open(db_path, read_only=True)
    application = Application(qapp, read_only, now=lambda: NOW)
    try:
        application.open_bundle(path)
        start_window(qtbot, application)
        qtbot.waitUntil(lambda: answers.errors != [], timeout=20_000)
    finally:
        application.window.close()
        application.translators.remove_all()
        read_only.close()
    assert answers.errors == [
        "Veritabanını başka bir Facilitator kullandığı için salt okunur açıldı; "
        "hiçbir şey değiştirilmedi."
    ]
    assert previews == [] and workshops.list_workshops(store) == []
