"""E-mail addresses: checked by email-validator (syntax only) on every path, stored normalised."""

from __future__ import annotations

import pytest

from facilitator.errors import ValidationError
from facilitator.services import directory
from facilitator.services._common import check_email

HOSTILE = [
    ".ali@example.org",
    "ali@example..org",
    "ali@-example.org",
    "<script>@x.org",
    "ali@example.org\u202e",
    '=HYPERLINK("http://kotu.example","tıkla")@x.org',
    "=1+2@x.org",  # valid syntax, but a spreadsheet reads it as a formula
]


@pytest.mark.parametrize("address", HOSTILE)
def test_a_malformed_or_hostile_address_is_refused_and_nothing_is_stored(store, address):
    with pytest.raises(ValidationError, match="is not an e-mail address") as info:
        directory.create_person(store, "Gülşen", "Öztürk", email=address)
    assert info.value.field == "email"
    assert directory.list_people(store) == []


@pytest.mark.parametrize("address", HOSTILE)
def test_an_edit_to_a_hostile_address_keeps_the_old_one(store, make_person, address):
    person = make_person(email="gulsen@ornek.org.tr")
    with pytest.raises(ValidationError, match="is not an e-mail address"):
        directory.update_person(store, person.id, email=address)
    assert directory.get_person(store, person.id).email == "gulsen@ornek.org.tr"


def test_the_refusal_does_not_carry_a_direction_override_into_the_message(store):
    with pytest.raises(ValidationError) as info:
        directory.create_person(store, "Ali", email="ali@example.org\u202e")
    message = str(info.value)
    assert "\u202e" not in message and "U+202E" in message


def test_the_normalised_form_is_stored_and_internationalised_addresses_are_kept(store):
    person = directory.create_person(store, "Gülşen", email="  Gulsen.Ozturk@ÖRNEK.Org.TR ")
    assert person.email == "Gulsen.Ozturk@örnek.org.tr"
    updated = directory.update_person(store, person.id, email="ALI@EXAMPLE.ORG")
    assert updated.email == "ALI@example.org"
    ayse = directory.create_person(store, "Ayşe", "Yılmaz", email="ayşe@örnek.com.tr")
    assert ayse.email == "ayşe@örnek.com.tr"
    assert [p.id for p in directory.list_people(store, "ayşe@örnek")] == [ayse.id]


def test_the_shared_check_is_one_function_with_a_readable_error():
    assert check_email("Ali@Example.ORG", "email", "E-posta") == "Ali@example.org"
    assert check_email("", "email", "E-posta") == ""
    assert check_email(None, "email", "E-posta") == ""
    with pytest.raises(ValidationError) as info:
        check_email("ali@-example.org", "e_posta", "E-posta")
    assert info.value.field == "e_posta"
