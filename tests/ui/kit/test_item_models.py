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


def test_typing_a_search_letter_by_letter_finds_what_a_fresh_search_finds(qapp):
    """Each letter more searches only the rows the last query found; a letter taken back,
    another word or another order searches everything again: the same rows either way."""
    from types import SimpleNamespace

    from facilitator.ui.kit.row_table_model import Column, RowTableModel

    names = ["Ayşe Yılmaz", "Ayşegül Işık", "İsmail Aydın", "Ilgın Ayaz", "Şule Çağlar"]
    rows = [SimpleNamespace(id=n, name=name) for n, name in enumerate(names, start=1)]

    def found(model) -> list[str]:
        return [model.row_at(r).name for r in range(model.rowCount())]

    typed = RowTableModel([Column("Ad", lambda r: r.name)], lambda r: r.name)
    typed.set_rows(rows)
    for query in ("a", "ay", "ayş", "ayşe", "ayşe y", "ayşe yı", "ayşe", "ay", "ı", "ıs", "i", ""):
        typed.set_query(query)
        fresh = RowTableModel([Column("Ad", lambda r: r.name)], lambda r: r.name)
        fresh.set_rows(rows)
        fresh.set_query(query)
        assert found(typed) == found(fresh), query
    typed.set_query("ayşe yıl")
    assert found(typed) == ["Ayşe Yılmaz"]
