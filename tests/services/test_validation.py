"""Bad values from any caller get a readable typed error, never a raw exception."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from facilitator.errors import ValidationError
from facilitator.services import directory, series, workshops
from facilitator.text import matches

START = datetime(2027, 3, 6, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize("bad_id", [True, "1", 2**64, -1, 0, 1.0, [1], None])
def test_ids_that_are_not_whole_numbers_in_range_are_refused(store, bad_id):
    with pytest.raises(ValidationError, match="not a valid"):
        workshops.get_workshop(store, bad_id)
    with pytest.raises(ValidationError, match="not a valid"):
        directory.update_person(store, bad_id, given_name="Ayşe")


def test_a_series_id_given_as_text_or_bool_is_not_accepted(store):
    first = series.create_series(store, "İş birliği")
    for bad in (True, str(first.id)):
        with pytest.raises(ValidationError, match="not a valid"):
            workshops.create_workshop(
                store, "Çalıştay", START, START + timedelta(hours=2), series_id=bad
            )
    assert workshops.count_workshops(store) == 0


def test_text_with_lone_surrogates_is_refused_readably(store):
    with pytest.raises(ValidationError, match="cannot be stored"):
        directory.create_organization(store, "Kurum \ud800")
    assert directory.list_organizations(store) == []


def test_consent_must_be_a_real_yes_or_no_and_a_real_date(store):
    person = directory.create_person(store, "Ayşe", "Yılmaz")
    with pytest.raises(ValidationError, match="yes or no"):
        directory.update_person(store, person.id, contact_consent="no")
    with pytest.raises(ValidationError, match="must be a date"):
        directory.update_person(store, person.id, consent_date=datetime(2024, 3, 1, tzinfo=UTC))
    with pytest.raises(ValidationError, match="out of range"):
        directory.update_person(store, person.id, consent_date=date(1, 1, 1))
    assert directory.get_person(store, person.id).contact_consent is False


def test_a_very_long_or_non_text_search_does_not_break(store):
    directory.create_organization(store, "Işık Vakfı")
    assert directory.list_organizations(store, "ışık" * 50_000) == []
    with pytest.raises(ValidationError, match="must be text"):
        directory.list_people(store, 42)


def test_text_pasted_in_decomposed_form_is_stored_composed(store):
    decomposed = "I\u0307lker"  # İlker as a Mac may paste it: I + combining dot above
    person = directory.create_person(store, decomposed, "Işıkgün")
    assert person.given_name == "İlker"
    assert [p.id for p in directory.list_people(store, "ilker")] == [person.id]


def test_a_start_whose_utc_year_is_out_of_range_is_refused(store):
    from datetime import timezone

    late = datetime(2200, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-5)))
    with pytest.raises(ValidationError, match="out of range"):
        workshops.create_workshop(store, "Çok ileride", late, late + timedelta(hours=1))


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("irene", "Irene Dubois", True),  # not a Turkish name: I reads as i too
        ("ikea", "IKEA Türkiye", True),
        ("ISIK", "Işık Vakfı", True),
        ("i", "Işık", False),  # a Turkish word: I is ı, and i does not match ı
        ("ışık", "IŞIK", True),
    ],
)
def test_search_reads_a_capital_i_the_way_the_word_is_written(query, text, found):
    assert matches(query, text) is found
