"""Counts read right in both languages: "1 workshop", "2 workshops", "1 commitment of 1
organization" (Qt's numerus forms; Turkish has one form: "1 çalıştay", "2 çalıştay")."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from facilitator.models import ContributionType
from facilitator.services import commitments
from facilitator.ui.app import Translators
from facilitator.ui.commitments.roadmap_view import RoadmapView
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.undo import EditHistory


@pytest.fixture
def turkish(qapp):
    locale = QLocale()
    translators = Translators(qapp)
    translators.use("tr")
    yield
    translators.remove_all()
    QLocale.setDefault(locale)


def _roadmap(qtbot, store, series_id) -> RoadmapView:
    view = RoadmapView(store, ChangeBus(), EditHistory(lambda _message: None))
    qtbot.addWidget(view)
    view.show_series(series_id)
    return view


@pytest.fixture
def one_commitment(store, make_series, make_workshop, make_org):
    """A series with one workshop, where one organization made one commitment."""
    row = make_series()
    workshop = make_workshop(series_id=row.id)
    commitments.create_commitment(
        store,
        "Gönüllü mentorluk programı",
        make_org().id,
        workshop_id=workshop.id,
        contribution_type=ContributionType.EXPERTISE,
        start_date=date(2026, 4, 1),
        due_date=date(2026, 6, 30),
    )
    return row


def test_one_commitment_of_one_organization_in_english_and_turkish(
    qtbot, qapp, store, one_commitment
):
    assert _roadmap(qtbot, store, one_commitment.id).summary.text() == (
        "1 commitment of 1 organization"
    )
    translators = Translators(qapp)
    locale = QLocale()
    translators.use("tr")
    try:
        assert _roadmap(qtbot, store, one_commitment.id).summary.text() == "1 kurumdan 1 taahhüt"
    finally:
        translators.remove_all()
        QLocale.setDefault(locale)


def test_the_window_counts_one_workshop_as_one(window, make_workshop):
    """The demo window speaks Turkish (the app's default); its file line counts workshops."""
    make_workshop()
    window.refresh_sidebar()
    assert window.file_label.text().endswith(" · 1 çalıştay")
