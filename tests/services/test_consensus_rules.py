"""The consensus rules, table by table: every method's edges (ties, quorum, veto, empty rounds)."""

import pytest

from facilitator.errors import ValidationError
from facilitator.models import DecisionMethod, Outcome, Threshold
from facilitator.services import consensus

A = Outcome.AGREED
R = Outcome.AGREED_WITH_RESERVATIONS
N = Outcome.NOT_AGREED
D = Outcome.DEFERRED


def _counts(method, text: str) -> dict[str, int]:
    """'8:1 1:3' → {"8": 1, "1": 3}."""
    counts = {}
    for part in text.split():
        value, n = part.rsplit(":", 1)
        counts[value] = int(n)
    return counts


GRADIENTS = [
    ("single veto blocks", "1:11 8:1", N),
    ("veto among abstentions", "4:5 8:1", N),
    ("all endorse", "1:12", A),
    ("endorse and minor point", "1:6 2:6", A),
    ("abstentions left aside", "1:3 4:9", A),
    ("everyone abstains", "4:12", D),
    ("support with reservations", "1:8 3:4", R),
    ("dislike but support", "1:8 6:2", R),
    ("minority wants discussion", "1:9 5:3", R),
    ("minority seriously disagrees", "2:9 7:2", R),
    ("discussion outweighs", "1:3 5:6", D),
    ("tie support and discussion", "1:4 5:4", D),
    ("serious disagreement outweighs", "1:3 7:6", N),
    ("tie between 5 and 7 defers", "1:2 5:2 7:2", D),
    ("empty round", "", D),
]


@pytest.mark.parametrize(("case", "counts", "expected"), GRADIENTS, ids=[c[0] for c in GRADIENTS])
def test_gradient_rule(case, counts, expected):
    result = consensus.propose_outcome(DecisionMethod.GRADIENTS, _counts("g", counts))
    assert result.outcome is expected, result.explanation
    assert result.explanation


FIST = [
    ("all fives", "5:10", A),
    ("fours and fives", "4:3 5:7", A),
    ("a single fist", "0:1 5:11", D),
    ("a single one", "1:1 4:11", D),
    ("twos and threes", "2:1 3:2 5:9", R),
    ("only threes", "3:5", R),
    ("empty round", "", D),
]


@pytest.mark.parametrize(("case", "counts", "expected"), FIST, ids=[c[0] for c in FIST])
def test_fist_to_five_rule(case, counts, expected):
    result = consensus.propose_outcome(DecisionMethod.FIST_TO_FIVE, _counts("f", counts))
    assert result.outcome is expected, result.explanation


def test_fist_concerns_are_heard_first():
    result = consensus.propose_outcome(DecisionMethod.FIST_TO_FIVE, {"1": 2, "5": 3})
    assert "2" in result.explanation and "concerns" in result.explanation


CONSENT = [
    ("no objection", "no_objection:8", A),
    ("one objection", "no_objection:7 objection:1", N),
    ("objection among stand asides", "stand_aside:3 objection:1", N),
    ("stand asides among consents", "no_objection:6 stand_aside:2", R),
    ("everyone stands aside", "stand_aside:5", D),
    ("empty round", "", D),
]


@pytest.mark.parametrize(("case", "counts", "expected"), CONSENT, ids=[c[0] for c in CONSENT])
def test_consent_rule(case, counts, expected):
    result = consensus.propose_outcome(DecisionMethod.CONSENT, _counts("c", counts))
    assert result.outcome is expected, result.explanation


MAJORITY = [
    ("simple majority", "yes:6 no:4", None, Threshold.SIMPLE, A),
    ("simple tie", "yes:5 no:5", None, Threshold.SIMPLE, N),
    ("simple minority", "yes:4 no:6", None, Threshold.SIMPLE, N),
    ("abstentions not in the threshold", "yes:3 no:2 abstain:10", None, Threshold.SIMPLE, A),
    ("everyone abstains", "abstain:7", None, Threshold.SIMPLE, N),
    ("two thirds exactly", "yes:8 no:4", None, Threshold.TWO_THIRDS, A),
    ("two thirds missed by one", "yes:7 no:4", None, Threshold.TWO_THIRDS, N),
    ("two thirds with abstentions", "yes:6 no:3 abstain:9", None, Threshold.TWO_THIRDS, A),
    ("two thirds tie", "yes:3 no:3", None, Threshold.TWO_THIRDS, N),
    ("empty round", "", None, Threshold.SIMPLE, D),
]


@pytest.mark.parametrize(
    ("case", "counts", "quorum", "threshold", "expected"), MAJORITY, ids=[c[0] for c in MAJORITY]
)
def test_majority_rule(case, counts, quorum, threshold, expected):
    result = consensus.propose_outcome(
        DecisionMethod.MAJORITY, _counts("m", counts), quorum=quorum, threshold=threshold
    )
    assert result.outcome is expected, result.explanation


QUORUM = [
    ("quorum not met", "yes:5 no:1", 10, D),
    ("quorum met exactly", "yes:5 no:4 abstain:1", 10, A),
    ("abstentions make the quorum", "yes:2 no:1 abstain:7", 10, A),
    ("empty round below quorum", "", 3, D),
    ("quorum zero", "yes:1", 0, A),
]


@pytest.mark.parametrize(
    ("case", "counts", "quorum", "expected"), QUORUM, ids=[c[0] for c in QUORUM]
)
def test_majority_quorum_rule(case, counts, quorum, expected):
    result = consensus.propose_outcome(DecisionMethod.MAJORITY, _counts("m", counts), quorum=quorum)
    assert result.outcome is expected, result.explanation


def test_majority_quorum_not_met_says_so():
    result = consensus.propose_outcome(DecisionMethod.MAJORITY, {"yes": 5}, quorum=10)
    assert "Quorum not met" in result.explanation and "5 of 10" in result.explanation


CARDS = [
    ("twelve green three yellow one red", "green:12 yellow:3 red:1", N),
    ("green and yellow", "green:12 yellow:3", R),
    ("only green", "green:16", A),
    ("only yellow", "yellow:4", D),
    ("empty round", "", D),
]


@pytest.mark.parametrize(("case", "counts", "expected"), CARDS, ids=[c[0] for c in CARDS])
def test_counts_cards_rule(case, counts, expected):
    result = consensus.propose_outcome(DecisionMethod.COUNTS, _counts("k", counts))
    assert result.outcome is expected, result.explanation


def test_counts_for_a_fist_to_five_scale_use_the_fist_rule():
    counts = consensus.tally_from_counts(DecisionMethod.FIST_TO_FIVE, {"5": 9, "3": 2})
    assert list(counts) == ["0", "1", "2", "3", "4", "5"]
    assert consensus.propose_outcome(DecisionMethod.FIST_TO_FIVE, counts).outcome is R


def test_gradient_tally_is_in_scale_order_with_zeros():
    assert consensus.tally(DecisionMethod.GRADIENTS, ["8", "1", "1", "3"]) == {
        "1": 2,
        "2": 0,
        "3": 1,
        "4": 0,
        "5": 0,
        "6": 0,
        "7": 0,
        "8": 1,
    }


def test_consent_tally_refuses_a_value_of_another_method():
    with pytest.raises(ValidationError, match="yes"):
        consensus.tally(DecisionMethod.CONSENT, ["no_objection", "yes"])


@pytest.mark.parametrize("bad", [-1, 1.5, "3", True, consensus.MAX_COUNT + 1])
def test_counts_refuse_bad_numbers(bad):
    with pytest.raises(ValidationError, match="whole number"):
        consensus.tally_from_counts(DecisionMethod.COUNTS, {"green": bad})


@pytest.mark.parametrize("bad", [-1, "5", 2.0, False])
def test_majority_quorum_refuses_bad_numbers(bad):
    with pytest.raises(ValidationError, match="quorum"):
        consensus.propose_outcome(DecisionMethod.MAJORITY, {"yes": 1}, quorum=bad)


def test_scales_per_method():
    assert consensus.scale("gradients")[0] == "1" and consensus.scale("gradients")[-1] == "8"
    assert consensus.scale(DecisionMethod.FIST_TO_FIVE) == ("0", "1", "2", "3", "4", "5")
    assert consensus.scale(DecisionMethod.MAJORITY) == ("yes", "no", "abstain")
