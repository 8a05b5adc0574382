"""Anonymising from the person page on a PostgreSQL server: the question and the result say
what may stay in the server's files; on a file (really erased) nothing of the kind is said."""

import pytest

from facilitator.services import directory
from facilitator.store import Store
from facilitator.ui.directory.directory_page import DirectoryPage
from facilitator.ui.kit.changes import ChangeBus


def open_page(qtbot, store: Store):
    org = directory.create_organization(store, "Öncü Gıda San. ve Tic. A.Ş.")
    person = directory.create_person(
        store, "Gülşen", "Öztürk", organization_id=org.id, email="gulsen@oncu.com.tr"
    )
    page = DirectoryPage(store, ChangeBus())
    qtbot.addWidget(page)
    page.ensure_loaded()
    page.show()
    page.people.select_id(person.id)
    qtbot.waitUntil(lambda: page.people.selected_id == person.id)
    return page, person


@pytest.fixture
def server_store(postgres_url):
    store = Store.open(postgres_url)
    yield store
    store.close()


def test_on_a_server_the_user_is_told_what_may_stay_before_and_after(qtbot, server_store, answers):
    page, person = open_page(qtbot, server_store)
    placeholder = f"Participant {person.id}"
    answers.yes_no = [True]
    page.people.personal_data.anonymise_button.click()
    assert "Gülşen Öztürk" in answers.questions[-1]
    assert "may stay in the server's files" in answers.questions[-1]
    qtbot.waitUntil(lambda: page.people.given_name.text() == placeholder)
    [told] = answers.errors
    assert told.startswith(f"{placeholder} is anonymised. On a database server")
    assert "write-ahead log and its backups" in told and "(VACUUM FULL)" in told
    assert "ran VACUUM on the tables that held them" in told
    assert directory.get_person(server_store, person.id).email == ""


def test_on_a_file_nothing_is_said_to_stay(qtbot, file_store, answers):
    page, person = open_page(qtbot, file_store)
    answers.yes_no = [True]
    page.people.personal_data.anonymise_button.click()
    assert "server" not in answers.questions[-1]
    qtbot.waitUntil(lambda: page.people.given_name.text() == f"Participant {person.id}")
    assert answers.errors == []
