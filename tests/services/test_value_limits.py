"""Values out of range never get in, by any path, and one already stored breaks no list.

The rules (``facilitator.services._common``): text without NUL or other control
characters, single-line fields on one line; times in the years 1900–2200 (valid
in every time zone); bounded numbers and lengths.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from facilitator.errors import ValidationError
from facilitator.models import Base, Workshop
from facilitator.services import (
    agenda,
    bundles,
    commitments,
    directory,
    live,
    personal_data,
    proposals,
    roadmap,
    series,
    workshops,
)
from facilitator.services._common import FIELD_RULES, LONG_TEXT

START = datetime(2027, 3, 6, 10, 0, tzinfo=ZoneInfo("Europe/Istanbul"))


@pytest.fixture
def workshop(make_workshop):
    return make_workshop(
        "Gönüllülük ağı", planned_start=START, planned_end=START + timedelta(hours=3)
    )


def _text_writers(store, workshop):
    """Every kind of text a user writes, as (what, write(text)) pairs."""
    org = directory.create_organization(store, "Işık Vakfı")
    a_series = series.create_series(store, "İş birliği çalıştayları")
    item = agenda.add_item(store, workshop.id, "Açılış")
    return [
        ("organization name", lambda t: directory.create_organization(store, t)),
        ("person given name", lambda t: directory.create_person(store, t, "Öztürk")),
        ("person phone", lambda t: directory.create_person(store, "Gülşen", phone=t)),
        ("series description", lambda t: series.update_series(store, a_series.id, description=t)),
        ("phase title", lambda t: roadmap.create_phase(store, a_series.id, t)),
        ("workshop title", lambda t: workshops.update_workshop(store, workshop.id, title=t)),
        (
            "workshop objectives",
            lambda t: workshops.update_workshop(store, workshop.id, objectives=t),
        ),
        ("agenda goal", lambda t: agenda.update_item(store, item.id, goal=t)),
        ("note", lambda t: live.add_note(store, workshop.id, t, now=START)),
        ("proposal text", lambda t: proposals.create_proposal(store, workshop.id, "Öneri", t)),
        (
            "commitment",
            lambda t: commitments.create_commitment(store, t, org.id, workshop_id=workshop.id),
        ),
    ]


@pytest.mark.parametrize(
    ("character", "code"),
    [("\x00", "U+0000"), ("\x1b", "U+001B"), ("\x7f", "U+007F"), ("\x9b", "U+009B")],
)
def test_nul_and_control_characters_are_refused_in_every_text_field(
    store, workshop, dump_database, db_path, character, code
):
    writers = _text_writers(store, workshop)
    before = dump_database(store)
    for what, write in writers:
        with pytest.raises(ValidationError, match="control character") as info:
            write(f"Ortak takvim{character}[31m kırmızı")
        assert code in str(info.value), what
    assert dump_database(store) == before


def test_a_title_pasted_over_two_lines_stays_one_line_and_a_note_keeps_its_lines(store, workshop):
    row = workshops.update_workshop(store, workshop.id, title="Birinci satır\r\nikinci\tsatır")
    assert row.title == "Birinci satır ikinci satır"
    person = directory.create_person(store, "Gülşen\n", "Öz\u2028türk")
    assert (person.given_name, person.family_name) == ("Gülşen", "Öz türk")
    note = live.add_note(store, workshop.id, "Birinci\r\nİkinci\rÜçüncü\tsekmeli", now=START)
    assert note.text == "Birinci\nİkinci\nÜçüncü\tsekmeli"
    # Word pastes its manual line break as a vertical tab
    row = workshops.update_workshop(store, workshop.id, objectives="Bir\x0bİki")
    assert row.objectives == "Bir\nİki"


def test_a_description_longer_than_any_field_is_refused(store, make_series):
    a_series = make_series()
    with pytest.raises(ValidationError, match=f"at most {LONG_TEXT} characters"):
        series.update_series(store, a_series.id, description="ş" * (LONG_TEXT + 1))
    assert series.get_series(store, a_series.id).description == ""


@pytest.mark.parametrize(
    "moment",
    [
        datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=5))),
        datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_a_time_at_the_calendars_edge_is_refused_readably(store, moment):
    with pytest.raises(ValidationError, match="out of range") as info:
        workshops.create_workshop(store, "Takvimin ucunda", moment, moment)
    assert info.value.field == "planned_start"
    assert workshops.count_workshops(store) == 0


def test_a_live_clock_set_to_year_9999_writes_nothing(store, workshop, dump_database, db_path):
    agenda.add_item(store, workshop.id, "Açılış")
    before = dump_database(store)
    wrong_clock = datetime(9999, 12, 31, 22, 0, tzinfo=UTC)
    with pytest.raises(ValidationError, match="out of range"):
        live.start_session(store, workshop.id, wrong_clock)
    with pytest.raises(ValidationError, match="out of range"):
        live.add_note(store, workshop.id, "Saat bozuk", now=wrong_clock)
    assert dump_database(store) == before


def test_retention_with_a_clock_at_year_one_is_refused_readably(store, make_person):
    make_person()
    with pytest.raises(ValidationError, match="out of range"):
        personal_data.people_not_seen(
            store, 2, datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=5)))
        )


def _legacy_workshop(store, title: str, start: datetime) -> int:
    """A workshop as a database written before the rules may hold it (say, from a bundle)."""
    with store.transaction() as s:
        row = Workshop(title=title, planned_start=start, planned_end=start + timedelta(minutes=10))
        s.add(row)
        s.flush()
        return row.id


@pytest.mark.parametrize(
    ("start", "zone", "shown"),
    [
        (datetime(9999, 12, 31, 23, 30, tzinfo=UTC), "Asia/Tokyo", "9999-12-31"),
        (datetime(1, 1, 1, 0, 0, tzinfo=UTC), "America/New_York", "1-01-01"),
    ],
)
def test_one_workshop_at_the_calendars_edge_does_not_break_the_list(
    store, db_location, workshop, start, zone, shown
):
    from tests.cli.test_cli import run

    legacy = _legacy_workshop(store, "Takvimin ucundaki çalıştay", start)
    items = workshops.list_workshops(store)
    assert {i.id for i in items} == {workshop.id, legacy}
    for item in items:  # what the sidebar and the command line do with every row
        item.planned_start.astimezone(ZoneInfo(zone))
        item.planned_start.astimezone()
    store.close()
    result = run("--database", db_location, "list", "workshops", env_extra={"TZ": zone})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # shown as stored (in UTC) where the local zone would fall off the calendar
    (line,) = [line for line in lines if line.startswith(f"{legacy}\t")]
    assert line.endswith(f"{shown}\tTakvimin ucundaki çalıştay"), line
    assert any(line.startswith(f"{workshop.id}\t2027-03-06\t") for line in lines)


def test_every_stored_field_of_a_bundle_has_a_rule():
    """A new column must get its rule, or bundles would carry it unchecked."""
    for table in bundles.TABLES:
        for column in Base.metadata.tables[table].columns:
            if column.name in ("id", "uuid", "search_text") or column.foreign_keys:
                continue
            assert column.name in FIELD_RULES[table], (table, column.name)
