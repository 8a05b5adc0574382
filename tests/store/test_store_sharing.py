"""Services run inside one unit of work (``Store.sharing``) commit or roll back whole."""

from __future__ import annotations

import pytest

from facilitator.errors import ValidationError
from facilitator.services import directory


def test_services_inside_sharing_see_each_other_and_commit_together(store):
    with store.transaction() as s, store.sharing(s):
        made = directory.create_organization(store, name="Kent Gönüllüleri Derneği")
        assert directory.get_organization(store, made.id).name == "Kent Gönüllüleri Derneği"
    assert directory.get_organization(store, made.id).name == "Kent Gönüllüleri Derneği"


def test_a_refusal_inside_sharing_rolls_everything_back(store):
    before = len(directory.list_organizations(store))
    with pytest.raises(ValidationError), store.transaction() as s, store.sharing(s):
        directory.create_organization(store, name="Kent Gönüllüleri Derneği")
        directory.create_organization(store, name="")  # refused: the whole block goes
    assert len(directory.list_organizations(store)) == before
