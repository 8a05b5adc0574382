"""Deletes and the demo keep the data consistent: no orphans, no doubles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from facilitator.models import Commitment, Organization
from facilitator.services import directory, series, workshops
from facilitator.services.demo import load_demo

START = datetime(2027, 3, 6, 7, 0, tzinfo=UTC)


def test_deleting_a_workshop_outside_any_series_takes_its_commitments_along(store):
    org = directory.create_organization(store, "Öncü Gıda")
    alone = workshops.create_workshop(store, "Tek çalıştay", START, START + timedelta(hours=2))
    with store.transaction() as s:
        s.add(
            Commitment(title="Gıda bankasına destek", organization_id=org.id, workshop_id=alone.id)
        )
    workshops.delete_workshop(store, alone.id)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Commitment)) == 0


def test_commitments_made_in_a_series_stay_on_its_roadmap(store, demo):
    before = series.roadmap_commitments(store, demo.series_id)
    workshops.delete_workshop(store, demo.workshop(5))
    assert series.roadmap_commitments(store, demo.series_id) == before == 12


def test_the_demo_uses_an_organization_the_user_already_has(store):
    mine = directory.create_organization(store, "VILLA ZEYTİN", city="Bursa")
    load_demo(store)
    with store.session() as s:
        names = [n for n in s.scalars(select(Organization.name)) if "zeyt" in n.lower()]
    assert names == ["VILLA ZEYTİN"]
    assert directory.get_organization(store, mine.id).people_count == 2
