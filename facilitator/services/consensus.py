"""The rules of the consensus methods: scales, tallies and the outcome each rule proposes.

Plain functions without a database, so the rules can be read and tested on
their own. A round's positions (or its counts) become a *tally*: how many of
each value of the method's scale, in scale order. :func:`propose_outcome`
turns a tally into the outcome the rule proposes, with a short explanation;
the moderator confirms it or overrides it with a reason.

Scales (the stored value codes, in order):

* gradients of agreement: ``"1"`` … ``"8"`` (1 whole-hearted endorsement,
  2 agreement with a minor point of contention, 3 support with reservations,
  4 abstain, 5 more discussion needed, 6 don't like but will support,
  7 serious disagreement, 8 veto);
* fist-to-five: ``"0"`` … ``"5"``;
* consent: ``"no_objection"``, ``"objection"``, ``"stand_aside"``;
* majority vote: ``"yes"``, ``"no"``, ``"abstain"``;
* counts only (cards): ``"green"``, ``"yellow"``, ``"red"``.

Any method may also be recorded as counts (voice "counts only"): the tally
then comes from the counts instead of from positions, and the same rule applies.

The rules
---------

Every method: a round in which nobody took a position proposes **deferred**
(there is nothing to decide on).

Gradients of agreement
    * any 8 (veto) → **not agreed**: a single veto blocks;
    * everyone abstains (4) → **deferred**;
    * otherwise abstentions are left aside and the others are weighed:
      supporters are 1, 2, 3 and 6 ("don't like but will support" still
      supports); 5 (more discussion needed) and 7 (serious disagreement) are
      not ready to go along. When the not-ready are at least as many as the
      supporters (a tie included), the proposal is not carried: **not agreed**
      when 7s outnumber 5s, else **deferred** for more discussion;
    * supporters in the majority: **agreed** when every supporter is at 1 or 2
      and nobody said 5 or 7, else **agreed with reservations** (3s, 6s, or a
      minority of 5s and 7s).

Fist-to-five
    * any 0 or 1 → **deferred**: the concerns are heard before agreeing;
    * every hand at 4 or 5 → **agreed**;
    * otherwise (2s or 3s, none below) → **agreed with reservations**.

Consent
    * any objection → **not agreed**: the objection stands until the proposal
      is amended and tested again;
    * everyone stands aside → **deferred**: nobody objects, but nobody carries it;
    * stand-asides among consents → **agreed with reservations**;
    * only "no objection" → **agreed**.

Majority vote
    * the quorum is the number of positions needed, abstentions included
      (present and taking part); below it → **deferred**, no decision;
    * abstentions count for the quorum but not for the threshold: the
      threshold is measured on the yes and no votes cast;
    * simple: yes > no → **agreed**; a tie (yes = no) is not a majority → **not agreed**;
    * two thirds: yes ≥ ⅔ of (yes + no) → **agreed**, else **not agreed**;
    * everyone abstains (no vote cast) → **not agreed**: nothing carried it.

Cards (counts only: green, yellow, red)
    Read like consent: a red card is an objection → **not agreed**; yellow
    cards among green → **agreed with reservations**; only green →
    **agreed**; only yellow → **deferred** (nobody carries it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.models.enums import DecisionMethod, Outcome, Threshold
from facilitator.services._common import MAX_COUNT, check_field  # noqa: F401 - API

SCALES: dict[DecisionMethod, tuple[str, ...]] = {
    DecisionMethod.GRADIENTS: ("1", "2", "3", "4", "5", "6", "7", "8"),
    DecisionMethod.FIST_TO_FIVE: ("0", "1", "2", "3", "4", "5"),
    DecisionMethod.CONSENT: ("no_objection", "objection", "stand_aside"),
    DecisionMethod.MAJORITY: ("yes", "no", "abstain"),
    DecisionMethod.COUNTS: ("green", "yellow", "red"),
}


@dataclass(frozen=True)
class ProposedOutcome:
    """What a rule proposes for a round, and why, in a sentence a moderator can read out."""

    outcome: Outcome
    explanation: str


def scale(method: DecisionMethod | str) -> tuple[str, ...]:
    """The value codes of a method, in scale order."""
    return SCALES[DecisionMethod(method)]


def check_value(method: DecisionMethod | str, value) -> str:
    """``value`` when it belongs to the method's scale; a readable refusal otherwise."""
    values = scale(method)
    if not isinstance(value, str) or value not in values:
        raise ValidationError(
            translate("Errors", "“{value}” is not a position of this method ({values}).").format(
                value=str(value)[:40], values=", ".join(values)
            ),
            "value",
        )
    return value


def tally(method: DecisionMethod | str, values: Iterable[str]) -> dict[str, int]:
    """How many of each value (every value of the scale, in scale order, zeros included)."""
    counts = dict.fromkeys(scale(method), 0)
    for value in values:
        counts[check_value(method, value)] += 1
    return counts


def tally_from_counts(method: DecisionMethod | str, counts: Mapping[str, int]) -> dict[str, int]:
    """A tally from counts as the room showed them (missing values count 0)."""
    result = dict.fromkeys(scale(method), 0)
    for value, count in counts.items():
        check_value(method, value)
        result[value] = check_field("round_count", "count", count, "count")
    return result


def _gradients(t: Mapping[str, int]) -> ProposedOutcome:
    if t["8"]:
        return ProposedOutcome(
            Outcome.NOT_AGREED,
            translate("Consensus", "A veto (8) blocks the proposal: %n veto(es).", None, t["8"]),
        )
    deciding = sum(t.values()) - t["4"]
    if deciding == 0:
        return ProposedOutcome(
            Outcome.DEFERRED, translate("Consensus", "Everyone abstained (4): no decision.")
        )
    support = t["1"] + t["2"] + t["3"] + t["6"]
    discuss, against = t["5"], t["7"]
    if discuss + against >= support:
        if against > discuss:
            return ProposedOutcome(
                Outcome.NOT_AGREED,
                translate(
                    "Consensus",
                    "Serious disagreement (7: {against}) outweighs support (1–3, 6: {support}).",
                ).format(against=against, support=support),
            )
        return ProposedOutcome(
            Outcome.DEFERRED,
            translate(
                "Consensus",
                "More discussion is needed (5: {discuss}, 7: {against} against "
                "{support} in support).",
            ).format(discuss=discuss, against=against, support=support),
        )
    if t["3"] + t["6"] + discuss + against == 0:
        return ProposedOutcome(
            Outcome.AGREED,
            translate("Consensus", "Everyone who took a stand endorses or agrees (1–2)."),
        )
    return ProposedOutcome(
        Outcome.AGREED_WITH_RESERVATIONS,
        translate("Consensus", "Supported by {support}; reservations ({details}).").format(
            support=support,
            details=", ".join(f"{v}: {t[v]}" for v in ("3", "6", "5", "7") if t[v]),
        ),
    )


def _fist(t: Mapping[str, int]) -> ProposedOutcome:
    low = t["0"] + t["1"]
    if low:
        return ProposedOutcome(
            Outcome.DEFERRED,
            translate(
                "Consensus", "{n} showed 0 or 1: their concerns are heard before agreeing."
            ).format(n=low),
        )
    if t["2"] + t["3"] == 0:
        return ProposedOutcome(Outcome.AGREED, translate("Consensus", "Every hand shows 4 or 5."))
    return ProposedOutcome(
        Outcome.AGREED_WITH_RESERVATIONS,
        translate("Consensus", "No hand below 2; {n} showed 2 or 3.").format(n=t["2"] + t["3"]),
    )


def _consent(t: Mapping[str, int]) -> ProposedOutcome:
    if t["objection"]:
        return ProposedOutcome(
            Outcome.NOT_AGREED,
            translate(
                "Consensus",
                "%n objection(s) stand: amend the proposal and test it again.",
                None,
                t["objection"],
            ),
        )
    if t["no_objection"] == 0:
        return ProposedOutcome(
            Outcome.DEFERRED,
            translate("Consensus", "Everyone stands aside: nobody objects, but nobody carries it."),
        )
    if t["stand_aside"]:
        return ProposedOutcome(
            Outcome.AGREED_WITH_RESERVATIONS,
            translate("Consensus", "No objection; %n stand(s) aside.", None, t["stand_aside"]),
        )
    return ProposedOutcome(Outcome.AGREED, translate("Consensus", "No objection."))


def _majority(t: Mapping[str, int], quorum: int | None, threshold: Threshold) -> ProposedOutcome:
    total = sum(t.values())
    if quorum is not None and total < quorum:
        return ProposedOutcome(
            Outcome.DEFERRED,
            translate(
                "Consensus", "Quorum not met: {total} of {quorum} needed took part; no decision."
            ).format(total=total, quorum=quorum),
        )
    yes, no = t["yes"], t["no"]
    if yes + no == 0:
        return ProposedOutcome(
            Outcome.NOT_AGREED,
            translate("Consensus", "Everyone abstained: no vote carried the proposal."),
        )
    if threshold is Threshold.TWO_THIRDS:
        carried = yes * 3 >= (yes + no) * 2
        rule = translate("Consensus", "two thirds of the votes cast")
    else:
        carried = yes > no
        rule = translate("Consensus", "a simple majority of the votes cast")
    if yes == no and threshold is Threshold.SIMPLE:
        return ProposedOutcome(
            Outcome.NOT_AGREED,
            translate("Consensus", "A tie ({yes} yes, {no} no) is not a majority.").format(
                yes=yes, no=no
            ),
        )
    text = translate(
        "Consensus", "{yes} yes, {no} no, {abstain} abstaining; needed: {rule}."
    ).format(yes=yes, no=no, abstain=t["abstain"], rule=rule)
    return ProposedOutcome(Outcome.AGREED if carried else Outcome.NOT_AGREED, text)


def _cards(t: Mapping[str, int]) -> ProposedOutcome:
    if t["red"]:
        return ProposedOutcome(
            Outcome.NOT_AGREED,
            translate("Consensus", "%n red card(s): an objection stands.", None, t["red"]),
        )
    if t["green"] == 0:
        return ProposedOutcome(
            Outcome.DEFERRED,
            translate("Consensus", "Only yellow cards: nobody objects, but nobody carries it."),
        )
    if t["yellow"]:
        return ProposedOutcome(
            Outcome.AGREED_WITH_RESERVATIONS,
            translate(
                "Consensus", "{green} green, {yellow} yellow: agreed with reservations."
            ).format(green=t["green"], yellow=t["yellow"]),
        )
    return ProposedOutcome(Outcome.AGREED, translate("Consensus", "Only green cards."))


def check_quorum(quorum) -> int | None:
    """A quorum as stored: None (no quorum) or a whole number from 0 up."""
    return check_field("round", "quorum", quorum, "quorum")


def propose_outcome(
    method: DecisionMethod | str,
    counts: Mapping[str, int],
    *,
    quorum: int | None = None,
    threshold: Threshold | str | None = None,
) -> ProposedOutcome:
    """The outcome the method's rule proposes for a tally (see the module docstring).

    ``quorum`` and ``threshold`` matter for majority votes only (threshold
    defaults to a simple majority).
    """
    method = DecisionMethod(method)
    t = tally_from_counts(method, counts)
    quorum = check_quorum(quorum)
    if sum(t.values()) == 0:
        if method is DecisionMethod.MAJORITY and quorum:
            return _majority(t, quorum, Threshold(threshold or Threshold.SIMPLE))
        return ProposedOutcome(
            Outcome.DEFERRED,
            translate("Consensus", "Nobody took a position: there is nothing to decide on."),
        )
    if method is DecisionMethod.GRADIENTS:
        return _gradients(t)
    if method is DecisionMethod.FIST_TO_FIVE:
        return _fist(t)
    if method is DecisionMethod.CONSENT:
        return _consent(t)
    if method is DecisionMethod.MAJORITY:
        return _majority(t, quorum, Threshold(threshold or Threshold.SIMPLE))
    return _cards(t)
