"""A page shows what it names, or an error state with nothing editable.

Once, after an exception while workshop 99 was being shown, the header said 99
while the form still showed workshop 6, and an edit was "saved" — to 6. Here
the services fail on purpose while the second workshop (series, person) is
loaded after a first one, and no edit may reach either of them.

Where today's code let the exception escape, the event loop carried on with
the page half-loaded; ``escaped()`` plays that part.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3

import pytest

from facilitator import logs
from facilitator.errors import NotFoundError
from facilitator.services import agenda, attendees, directory, workshops
from facilitator.ui.directory.directory_page import DirectoryPage
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.error_dialog import ErrorReporter
from facilitator.ui.kit.undo import EditHistory
from facilitator.ui.series.series_page import SeriesPage
from facilitator.ui.workshop.workshop_page import WorkshopPage


def escaped():
    """What the event loop did with an exception a slot let through: carried on."""
    return contextlib.suppress(Exception)


@pytest.fixture
def bug_dialogs(qapp, monkeypatch, home) -> list:
    """Logging set up, the app's reporter installed, the one error dialog replaced: the
    reports it was given."""
    logs.setup_logging()
    shown: list = []
    monkeypatch.setattr(dialogs, "tell_unexpected", lambda _parent, report: shown.append(report))
    reporter = ErrorReporter.of(qapp)
    reporter.install()
    yield shown
    reporter.uninstall()
    reporter.setParent(None)  # the next test starts with a reporter that has seen nothing
    reporter.deleteLater()


def fail_for(monkeypatch, module, name: str, failing_id: int, error: Exception) -> None:
    """Make ``module.name(store, failing_id, …)`` raise ``error``; other ids work."""
    real = getattr(module, name)

    def maybe_fail(store, row_id, *args, **kwargs):
        if row_id == failing_id:
            raise error
        return real(store, row_id, *args, **kwargs)

    monkeypatch.setattr(module, name, maybe_fail)


@pytest.fixture
def two_workshops(store, make_workshop, make_person):
    """Workshop A with an attendee and an agenda item; workshop B after it."""
    a = make_workshop("Gönüllülük kültürü ve şirket çalışanları")
    b = make_workshop("Şeffaflık ve hesap verebilirlik")
    person = make_person("Gülşen", "Öztürk")
    attendees.add_attendee(store, a.id, person.id)
    agenda.add_item(store, a.id, "Açılış ve tanışma")
    return a, b


@pytest.fixture
def page(qtbot, store):
    shown = WorkshopPage(store, ChangeBus(), EditHistory(lambda _message: None))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def try_every_edit(page) -> None:
    """What a user may try on the page after it failed: type a title, add an agenda
    item, mark everyone present, add a proposal."""
    page.overview.title.setText("Bu başlık hiçbir yere yazılmamalı")
    page.overview.title.editingFinished.emit()
    page.agenda.new_title.setText("Yanlış çalıştaya madde")
    page.agenda.add_item()
    page.attendees.view.selectAll()
    page.attendees.present_button.click()
    page.decisions.new_field.setText("Yanlış çalıştaya öneri")
    page.decisions.add_proposal()


def assert_nothing_editable(page) -> None:
    assert page.failure.isVisible()
    assert not page.failure.icon_label.pixmap().isNull()  # the warning sign beside the words
    assert not page.tabs.isVisible() and not page.title.isVisible()
    for editor in (
        page.overview.title,
        page.overview.status,
        page.attendees.add_search,
        page.attendees.present_button,
        page.agenda.new_title,
        page.decisions.new_field,
        page.commitments.new_button,
    ):
        assert not editor.isEnabled(), editor
    for tab in (page.overview, page.attendees, page.agenda, page.decisions, page.commitments):
        assert tab.workshop_id is None, type(tab).__name__
    assert page.workshop_id is None
    assert page.attendees.model.rowCount() == 0, "no attendee of the other workshop listed"
    assert page.agenda.model.rowCount() == 0, "no agenda item of the other workshop listed"


def test_a_bug_while_loading_leaves_nothing_of_the_previous_workshop_editable(
    qtbot, page, store, two_workshops, monkeypatch, bug_dialogs, db_path, dump_database
):
    a, b = two_workshops
    page.show_workshop(a.id)
    qtbot.waitUntil(page.tabs_ready)  # every tab built: B loads into each of them
    before = dump_database(store)
    fail_for(monkeypatch, attendees, "list_attendees", b.id, KeyError("x"))

    with escaped():
        page.show_workshop(b.id)
    try_every_edit(page)

    assert dump_database(store) == before, "an edit was written to a workshop not shown"
    assert_nothing_editable(page)
    assert page.requested_id == b.id
    assert page.failure.heading.text() == "This workshop could not be shown"
    message = page.failure.message.text()
    assert "error in Facilitator" in message and "Nothing was changed" in message
    assert "KeyError" not in message and "'x'" not in message
    assert len(bug_dialogs) == 1 and bug_dialogs[0].bug, "a bug is told in the one dialog"
    assert "While showing workshop" in bug_dialogs[0].details


def test_a_workshop_that_no_longer_exists_is_said_so_and_nothing_is_editable(
    qtbot, page, store, two_workshops, bug_dialogs, db_path, dump_database
):
    a, b = two_workshops
    page.show_workshop(a.id)
    qtbot.waitUntil(page.tabs_ready)  # every tab built: B loads into each of them
    workshops.delete_workshop(store, b.id)  # e.g. in another window, meanwhile
    before = dump_database(store)

    with escaped():
        page.show_workshop(b.id)
    try_every_edit(page)

    assert dump_database(store) == before, "an edit was written to a workshop not shown"
    assert_nothing_editable(page)
    with pytest.raises(NotFoundError) as gone:
        workshops.get_workshop(store, b.id)
    assert page.failure.message.text() == str(gone.value)
    assert bug_dialogs == [], "the user's words, not a bug report"


def test_a_locked_database_while_loading_is_told_in_plain_words(
    qtbot, page, store, two_workshops, monkeypatch, bug_dialogs, db_path, dump_database
):
    a, b = two_workshops
    page.show_workshop(a.id)
    qtbot.waitUntil(page.tabs_ready)  # every tab built: B loads into each of them
    before = dump_database(store)
    locked = sqlite3.OperationalError("database is locked")
    fail_for(monkeypatch, agenda, "get_agenda", b.id, locked)

    with escaped():
        page.show_workshop(b.id)
    try_every_edit(page)

    assert dump_database(store) == before
    assert_nothing_editable(page)
    assert page.failure.message.text().startswith("The database is busy")
    assert bug_dialogs == [], "not a bug: no bug report"
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "database is locked" in logs.log_file().read_text(encoding="utf-8")


def test_try_again_shows_the_workshop_once_it_loads(
    qtbot, page, store, two_workshops, monkeypatch, bug_dialogs
):
    a, b = two_workshops
    page.show_workshop(a.id)
    qtbot.waitUntil(page.tabs_ready)  # every tab built: B loads into each of them
    failing = {"on": True}
    real = attendees.list_attendees

    def sometimes(store_, workshop_id):
        if failing["on"] and workshop_id == b.id:
            raise sqlite3.OperationalError("database is locked")
        return real(store_, workshop_id)

    monkeypatch.setattr(attendees, "list_attendees", sometimes)
    with escaped():
        page.show_workshop(b.id)
    assert page.failure.isVisible()

    failing["on"] = False
    page.failure.retry_button.click()

    assert page.workshop_id == b.id and not page.failure.isVisible()
    assert page.title.text() == "Şeffaflık ve hesap verebilirlik"
    assert page.overview.title.text() == "Şeffaflık ve hesap verebilirlik"
    assert page.overview.title.isEnabled() and page.agenda.new_title.isEnabled()


def test_the_window_offers_no_command_for_a_workshop_that_failed(
    qtbot, demo_window, store, monkeypatch, bug_dialogs, db_path, dump_database
):
    page = demo_window.workshop_page
    qtbot.waitUntil(page.tabs_ready)  # every tab built: the other workshop loads into each
    shown = page.workshop_id
    other = next(w.id for w in workshops.list_workshops(store) if w.id != shown)
    before = dump_database(store)
    fail_for(monkeypatch, agenda, "get_agenda", other, RuntimeError("bozuk"))

    with escaped():
        demo_window.open_workshop(other)
    demo_window.delete_workshop()  # Ctrl+Shift+Delete, were it enabled
    try_every_edit(page)

    assert dump_database(store) == before
    assert page.failure.isVisible()
    for action in (
        demo_window.delete_workshop_action,
        demo_window.duplicate_action,
        demo_window.live_action,
        demo_window.document_actions.minutes_action,
    ):
        assert not action.isEnabled(), action.text()
    assert demo_window.saved_label.text() == "", "nothing was saved"
    assert len(bug_dialogs) == 1, "loaded once, told once"


def test_a_series_that_fails_to_load_keeps_no_other_series_editable(
    qtbot, store, make_series, make_org, monkeypatch, bug_dialogs, db_path, dump_database
):
    first = make_series("Özel Sektör ve STK'lar Arasında İş Birliği")
    second = make_series("İklim ve Şehir")
    make_org()
    page = SeriesPage(store, ChangeBus(), history=EditHistory(lambda _message: None))
    qtbot.addWidget(page)
    page.show()
    page.show_series(first.id)
    before = dump_database(store)

    def broken(*_args, **_kwargs):
        raise KeyError("x")

    monkeypatch.setattr(directory, "list_organizations", broken)

    with escaped():
        page.show_series(second.id)
    page.title.setText("Bu başlık hiçbir yere yazılmamalı")
    page.title.editingFinished.emit()

    assert dump_database(store) == before, "an edit was written to a series not shown"
    assert page.failure.isVisible() and not page.tabs.isVisible()
    assert page.series_id is None and not page.title.isEnabled()
    assert "KeyError" not in page.failure.message.text()
    assert len(bug_dialogs) == 1


def test_a_person_who_fails_to_load_leaves_the_form_disabled(
    qtbot, store, make_person, monkeypatch, bug_dialogs, db_path, dump_database
):
    first = make_person("Gülşen", "Öztürk")
    second = make_person("İsmail", "Işık")
    page = DirectoryPage(store, ChangeBus())
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    pane = page.people
    pane.select_id(first.id)
    assert pane.given_name.text() == "Gülşen"
    before = dump_database(store)
    fail_for(monkeypatch, directory, "person_workshops", second.id, KeyError("x"))

    with escaped():
        pane.view.selectRow(pane.model.row_of_id(second.id))

    assert not pane.form_widget.isEnabled() and pane.selected_id is None
    assert pane.error.isVisible()
    assert pane.error.text().startswith("This entry could not be shown.")
    assert "KeyError" not in pane.error.text()
    assert len(bug_dialogs) == 1
    pane.family_name.setText("Yanlış kişiye")
    pane.family_name.editingFinished.emit()
    assert dump_database(store) == before, "an edit was written to a person not shown"


def test_a_tab_built_after_the_workshop_was_shown_that_cannot_load_fails_the_page(
    qtbot, page, store, two_workshops, monkeypatch, bug_dialogs, db_path, dump_database
):
    """The tabs behind the Overview are built in the first idle moments after a workshop
    is shown; one that cannot load then leaves nothing of the page editable either."""
    a, _b = two_workshops
    fail_for(monkeypatch, attendees, "list_attendees", a.id, KeyError("x"))
    before = dump_database(store)
    page.show_workshop(a.id)
    qtbot.waitUntil(lambda: page.failure.isVisible())
    try_every_edit(page)

    assert dump_database(store) == before
    assert_nothing_editable(page)
    assert len(bug_dialogs) == 1 and bug_dialogs[0].bug
