"""Every item model passes Qt's model tester, empty, full and filtered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from facilitator.services import directory, series, workshops
from facilitator.ui.directory.directory_page import organizations_model, people_model
from facilitator.ui.series.series_tree_model import SeriesTreeModel


def test_series_tree_model(qtmodeltester, store, demo):
    model = SeriesTreeModel()
    qtmodeltester.check(model)
    start = datetime(2027, 5, 8, 10, 0, tzinfo=UTC)
    standalone = workshops.create_workshop(
        store, "Serisiz çalıştay", start, start + timedelta(hours=3)
    )
    model.set_rows(series.list_series(store), workshops.list_workshops(store), None, "Serisiz")
    qtmodeltester.check(model)
    # Two series and the group of workshops without one, which holds the new workshop.
    assert model.rowCount() == 3
    assert model.index(2, 0).data() == "Serisiz"
    assert model.find_workshop(standalone.id).parent().row() == 2


def test_people_and_organization_table_models(qtmodeltester, store, demo):
    people = people_model()
    qtmodeltester.check(people)
    people.set_rows(directory.list_people(store))
    qtmodeltester.check(people)
    people.set_query("ışık")
    qtmodeltester.check(people)
    assert 0 < people.rowCount() < people.total_count()
    orgs = organizations_model()
    orgs.set_rows(directory.list_organizations(store))
    qtmodeltester.check(orgs)
