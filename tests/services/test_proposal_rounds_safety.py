"""Rounds are never lost by mistake: counts typed but not saved are kept when the round
closes, withdrawing mid-round keeps the round (undo opens it again), undoing "reopen"
never leaves a decided proposal with a round open, and only an empty round is cancelled."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from facilitator.errors import ConflictError
from facilitator.models import DecisionMethod, Outcome, Voice
from facilitator.services import proposals
from tests.services.test_proposals import _proposal, room  # noqa: F401

NOW = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


def test_closing_with_counts_saves_them_first(store, room):  # noqa: F811
    p = _proposal(store, room, method=DecisionMethod.COUNTS, voice=Voice.COUNTS)
    r = proposals.open_round(store, p.id, now=NOW)
    closed = proposals.close_round(store, r.id, NOW, counts={"green": 12, "yellow": 3})
    assert dict(closed.tally) == {"green": 12, "yellow": 3, "red": 0}
    assert closed.proposed_outcome is Outcome.AGREED_WITH_RESERVATIONS


def test_withdrawing_mid_round_keeps_the_round_and_undo_opens_it_again(store, room):  # noqa: F811
    p = _proposal(store, room)
    r = proposals.open_round(store, p.id, now=NOW)
    for person in room["people"][:3]:
        proposals.record_position(store, r.id, person.id, "1")
    before = proposals.outcome_snapshot(proposals.get_proposal(store, p.id))
    withdrawn = proposals.withdraw(store, p.id, now=NOW + timedelta(minutes=5))
    assert withdrawn.outcome is Outcome.WITHDRAWN
    assert len(withdrawn.rounds) == 1 and not withdrawn.rounds[0].is_open
    assert withdrawn.rounds[0].proposed_outcome is None
    assert withdrawn.last_closed_round is None  # it proposed nothing
    assert dict(withdrawn.rounds[0].tally)["1"] == 3  # the positions are still there
    after = proposals.outcome_snapshot(withdrawn)

    undone = proposals.restore_outcome(store, p.id, before)
    assert undone.outcome is None
    assert undone.open_round is not None and undone.open_round.id == r.id
    assert dict(undone.open_round.tally)["1"] == 3
    redone = proposals.restore_outcome(store, p.id, after)
    assert redone.outcome is Outcome.WITHDRAWN and redone.open_round is None


def test_a_round_cut_short_is_not_what_confirm_takes(store, room):  # noqa: F811
    p = _proposal(store, room)
    r = proposals.open_round(store, p.id, now=NOW)
    proposals.record_position(store, r.id, room["people"][0].id, "1")
    proposals.defer(store, p.id, now=NOW)
    proposals.set_outcome(store, p.id, None, now=NOW)
    with pytest.raises(Exception, match="No round has been closed"):
        proposals.confirm(store, p.id, now=NOW)


def test_undoing_reopen_while_a_round_is_open(store, room):  # noqa: F811
    p = _proposal(store, room)
    r = proposals.open_round(store, p.id, now=NOW)
    proposals.record_position(store, r.id, room["people"][0].id, "1")
    proposals.close_round(store, r.id, NOW)
    agreed = proposals.confirm(store, p.id, now=NOW)
    decided = proposals.outcome_snapshot(agreed)
    proposals.set_outcome(store, p.id, None, now=NOW)

    # An empty round opened after reopening is removed by the undo.
    proposals.open_round(store, p.id, now=NOW)
    back = proposals.restore_outcome(store, p.id, decided)
    assert back.outcome is Outcome.AGREED and back.open_round is None
    assert len(back.rounds) == 1

    # A round with positions is not thrown away: the undo is refused and says why.
    proposals.set_outcome(store, p.id, None, now=NOW)
    second = proposals.open_round(store, p.id, now=NOW)
    proposals.record_position(store, second.id, room["people"][1].id, "2")
    with pytest.raises(ConflictError, match="close or cancel it first"):
        proposals.restore_outcome(store, p.id, decided)
    row = proposals.get_proposal(store, p.id)
    assert row.outcome is None and row.open_round is not None


def test_only_an_empty_open_round_is_cancelled(store, room):  # noqa: F811
    p = _proposal(store, room)
    r = proposals.open_round(store, p.id, now=NOW)
    proposals.delete_round(store, r.id)
    assert proposals.get_proposal(store, p.id).rounds == ()
    r = proposals.open_round(store, p.id, now=NOW)
    proposals.record_position(store, r.id, room["people"][0].id, "1")
    with pytest.raises(ConflictError, match="close it instead"):
        proposals.delete_round(store, r.id)
    proposals.close_round(store, r.id, NOW)
    with pytest.raises(ConflictError, match="is closed"):
        proposals.delete_round(store, r.id)
    assert len(proposals.get_proposal(store, p.id).rounds) == 1


def test_only_agreed_decisions_are_due_for_review(store, room):  # noqa: F811
    w = room["workshop"].id
    for title, outcome in (("Kabul", "agreed"), ("Ret", "not_agreed"), ("Çekildi", "withdrawn")):
        p = proposals.create_proposal(store, w, title, title + " metni")
        proposals.set_outcome(store, p.id, outcome, now=NOW, reason="oda kararı")
        proposals.update_proposal(store, p.id, review_date=date(2026, 6, 1))
    rows = proposals.register(store, room["series"].id, today=date(2026, 7, 1))
    assert {r.title: r.review_due for r in rows} == {"Kabul": True, "Ret": False, "Çekildi": False}
