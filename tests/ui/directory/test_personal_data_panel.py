"""Personal data on the person page: export to JSON, anonymise (asks first), the retention view."""

import json
from datetime import UTC, date, datetime

import pytest

from facilitator.services import attendees, directory
from facilitator.ui.directory import personal_data_actions
from facilitator.ui.directory.directory_page import DirectoryPage
from facilitator.ui.directory.retention_dialog import (
    RETENTION_COLUMN_LAST_SEEN,
    RETENTION_COLUMN_NAME,
    RetentionDialog,
)
from facilitator.ui.kit.changes import ChangeBus

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture
def page(qtbot, store, make_org):
    org = make_org("Öncü Gıda San. ve Tic. A.Ş.")
    person = directory.create_person(
        store,
        "Gülşen",
        "Öztürk",
        organization_id=org.id,
        email="gulsen@oncu.com.tr",
        contact_consent=True,
        consent_date=date(2025, 4, 2),
    )
    bus = ChangeBus()
    page = DirectoryPage(store, bus)
    qtbot.addWidget(page)
    page.ensure_loaded()
    page.show()
    page.people.select_id(person.id)
    qtbot.waitUntil(lambda: page.people.selected_id == person.id)
    return page, person, bus


def test_export_writes_the_persons_data_to_the_chosen_file(
    qtbot, page, tmp_path, monkeypatch, answers
):
    page, _person, _bus = page
    target = tmp_path / "kişisel veri"
    offered = []
    monkeypatch.setattr(
        personal_data_actions,
        "ask_json_path",
        lambda _parent, suggested: offered.append(suggested) or target.with_suffix(".json"),
    )
    panel = page.people.personal_data
    assert panel.export_button.isEnabled()
    panel.export_button.click()
    written = target.with_suffix(".json")
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["person"]["family_name"] == "Öztürk"
    assert data["person"]["email"] == "gulsen@oncu.com.tr"
    assert "Gülşen Öztürk" in offered[0].name
    assert answers.errors == []


def test_anonymise_asks_then_replaces_the_name_in_the_list(qtbot, page, answers, store):
    page, person, bus = page
    announced = []
    bus.changed.connect(lambda kind, ids, _initiator: announced.append((kind, ids)))
    panel = page.people.personal_data

    answers.yes_no = [False]
    panel.anonymise_button.click()
    assert "Gülşen Öztürk" in answers.questions[-1]
    assert directory.get_person(store, person.id).family_name == "Öztürk"
    assert announced == []

    answers.yes_no = [True]
    panel.anonymise_button.click()
    placeholder = f"Participant {person.id}"
    assert placeholder in answers.questions[-1]
    qtbot.waitUntil(lambda: page.people.given_name.text() == placeholder)
    names = [page.people.model.row_at(r).display_name for r in range(page.people.model.rowCount())]
    assert names == [placeholder]
    assert page.people.email.text() == ""
    assert not page.people.contact_consent.isChecked()
    assert announced == [("person", (person.id,))]  # once


@pytest.mark.file_only  # another program reading the file keeps its old pages
def test_anonymise_while_another_program_reads_says_so_and_erases_on_retry(
    qtbot, page, answers, db_path, monkeypatch
):
    import sqlite3

    from facilitator.store import store as store_module

    monkeypatch.setattr(store_module, "ERASE_WAIT_MS", 100)
    page, person, _bus = page
    panel = page.people.personal_data
    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM person").fetchall()

    def retry_after_the_reader_is_gone(_parent, _title, question):
        answers.questions.append(question)
        if len(answers.questions) == 1:
            return True  # yes, anonymise
        reader.rollback()
        reader.close()
        return True  # yes, try the erase again (the reader has finished)

    monkeypatch.setattr(personal_data_actions.dialogs, "ask_yes_no", retry_after_the_reader_is_gone)
    panel.anonymise_button.click()
    assert "another program is reading" in answers.questions[1]
    assert len(answers.questions) == 2 and answers.errors == []
    placeholder = f"Participant {person.id}"
    qtbot.waitUntil(lambda: page.people.given_name.text() == placeholder)
    wal = db_path.with_name(db_path.name + "-wal")
    stored = db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"gulsen@oncu.com.tr" not in stored


def test_the_consent_fields_are_editable_on_the_person_form(qtbot, page, store):
    page, person, _bus = page
    people = page.people
    assert people.contact_consent.isChecked()
    assert people.consent_date.date().toPython() == date(2025, 4, 2)
    people.contact_consent.click()
    assert not directory.get_person(store, person.id).contact_consent


def test_retention_lists_people_not_seen_and_anonymises_the_selected(
    qtbot, qtmodeltester, store, make_org, make_workshop, answers
):
    org = make_org()
    old = make_workshop(planned_start=datetime(2021, 9, 4, 7, 0, tzinfo=UTC))
    recent = make_workshop(planned_start=datetime(2026, 9, 4, 7, 0, tzinfo=UTC))
    gone = directory.create_person(store, "Şule", "Çağlar")
    active = directory.create_person(store, "Ümit", "Doğan")
    attendees.add_attendee(store, old.id, gone.id, organization_id=org.id)
    attendees.add_attendee(store, recent.id, active.id, organization_id=org.id)

    dialog = RetentionDialog(store, ChangeBus(), lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, RETENTION_COLUMN_NAME).data() == "Şule Çağlar"
    assert dialog.model.index(0, RETENTION_COLUMN_LAST_SEEN).data() != ""
    assert not dialog.anonymise_button.isEnabled(), "nothing selected yet"

    dialog.years.setValue(6)
    assert dialog.model.rowCount() == 0
    dialog.years.setValue(3)
    dialog.view.selectRow(0)
    assert dialog.anonymise_button.isEnabled()
    answers.yes_no = [True]
    dialog.anonymise_button.click()
    assert dialog.model.rowCount() == 0, "an anonymised person leaves the list"
    assert directory.get_person(store, gone.id).display_name == f"Participant {gone.id}"
