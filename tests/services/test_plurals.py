"""Service messages count in both languages: "it has 1 workshop", "1 objection stands"
(Qt's numerus forms through ``i18n.translate``; Turkish has one form)."""

from __future__ import annotations

import pytest

from facilitator import i18n
from facilitator.errors import InUseError
from facilitator.models import DecisionMethod
from facilitator.services import consensus, series


def test_a_series_with_one_workshop_says_so(store, make_series, make_workshop):
    row = make_series()
    make_workshop(series_id=row.id)
    with pytest.raises(InUseError) as refused:
        series.delete_series(store, row.id)
    assert "it has 1 workshop. Delete or move it first." in str(refused.value)
    with i18n.using_language("tr"), pytest.raises(InUseError) as refused:
        series.delete_series(store, row.id)
    assert "içinde 1 çalıştay var" in str(refused.value)


@pytest.mark.parametrize(
    ("counts", "english", "turkish"),
    [
        ({"objection": 1, "no_objection": 4}, "1 objection stands:", "İtiraz sayısı: 1."),
        ({"objection": 2, "no_objection": 3}, "2 objections stand:", "İtiraz sayısı: 2."),
        (
            {"stand_aside": 1, "no_objection": 4},
            "No objection; 1 stands aside.",
            "kenarda kalan: 1",
        ),
        ({"stand_aside": 2, "no_objection": 3}, "No objection; 2 stand aside.", "kenarda kalan: 2"),
    ],
)
def test_the_rules_reasons_count_in_both_languages(counts, english, turkish):
    assert english in consensus.propose_outcome(DecisionMethod.CONSENT, counts).explanation
    with i18n.using_language("tr"):
        assert turkish in consensus.propose_outcome(DecisionMethod.CONSENT, counts).explanation
