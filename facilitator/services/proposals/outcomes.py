"""Outcomes: confirming what the rule proposed, overriding it with a reason, withdrawing,
deferring, and putting an outcome back (undo). Agreed outcomes get the workshop's next
decision number, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.errors import ConflictError, ValidationError
from facilitator.i18n import translate
from facilitator.models import Outcome, Round
from facilitator.services._common import check_aware, check_choice, check_expected, check_field
from facilitator.services.proposals.reading import (
    clean_statement,
    load_proposal,
    next_decision_number,
    open_round_of,
    proposal_row,
)
from facilitator.services.proposals.rows import AGREED, ProposalRow
from facilitator.store import Store

# Withdrawing or deferring never needs a reason: they decide nothing.
NO_REASON_NEEDED = (Outcome.WITHDRAWN, Outcome.DEFERRED)


@dataclass(frozen=True)
class OutcomeSnapshot:
    """A proposal's outcome fields as they were, for undo (and the round then open, if any)."""

    outcome: Outcome | None
    outcome_statement: str
    override_reason: str
    decided_at: datetime | None
    open_round_id: int | None = None


def outcome_snapshot(row: ProposalRow) -> OutcomeSnapshot:
    open_round = row.open_round
    return OutcomeSnapshot(
        row.outcome,
        row.outcome_statement,
        row.override_reason,
        row.decided_at,
        open_round.id if open_round else None,
    )


def restore_outcome(
    store: Store,
    proposal_id: int,
    snapshot: OutcomeSnapshot,
    *,
    expect: OutcomeSnapshot | None = None,
) -> ProposalRow:
    """Put the outcome fields back as a snapshot had them (undo and redo of an outcome).

    A round that was open in the snapshot and was cut short by withdrawing or
    deferring is opened again with its positions. Setting an outcome back while
    a round is open is refused, unless the round is still empty (opened by
    mistake after reopening): it is then removed. The decision number stays
    as it is: numbers are never taken back.

    ``expect`` (an undo's or redo's): the outcome fields the proposal must still
    hold; when another window or the live screen decided it otherwise since,
    :class:`StaleEditError` is raised and nothing changes.
    """
    with store.transaction() as s:
        proposal = load_proposal(s, proposal_id)
        if expect is not None:
            check_expected(
                proposal,
                {
                    "outcome": expect.outcome,
                    "outcome_statement": expect.outcome_statement,
                    "override_reason": expect.override_reason,
                    "decided_at": expect.decided_at,
                },
            )
        open_round = open_round_of(proposal)
        if snapshot.outcome is not None and open_round is not None:
            if snapshot.outcome in NO_REASON_NEEDED:
                open_round.closed_at = snapshot.decided_at or open_round.opened_at
                open_round.proposed_outcome = None
            elif open_round.positions or open_round.counts:
                raise ConflictError(
                    translate(
                        "Errors",
                        "A round is open on “{title}”; close or cancel it first.",
                    ).format(title=proposal.title)
                )
            else:
                s.delete(open_round)
            s.flush()
            s.expire(proposal)
        if snapshot.outcome is None and snapshot.open_round_id is not None and open_round is None:
            cut_short = s.get(Round, snapshot.open_round_id)
            if cut_short is not None and cut_short.proposal_id == proposal.id:
                cut_short.closed_at = None
                cut_short.proposed_outcome = None
                s.flush()
                s.expire(proposal)
        proposal.outcome = snapshot.outcome
        proposal.outcome_statement = snapshot.outcome_statement
        proposal.override_reason = snapshot.override_reason
        proposal.decided_at = snapshot.decided_at
        if snapshot.outcome in AGREED and proposal.decision_number is None:
            proposal.decision_number = next_decision_number(s, proposal.workshop_id)
        return proposal_row(s, proposal)


def set_outcome(
    store: Store,
    proposal_id: int,
    outcome: Outcome | str | None,
    *,
    now: datetime,
    statement: str | None = None,
    reason: str = "",
) -> ProposalRow:
    """Set the outcome; None clears it (the proposal is open again, its number kept).

    The outcome the last closed round proposed needs no reason; any other
    outcome (an override) needs one, except withdrawing and deferring.
    Agreed outcomes get the workshop's next decision number, once.
    """
    now = check_aware(now, "now", translate("Fields", "Time"))
    with store.transaction() as s:
        proposal = load_proposal(s, proposal_id)
        if outcome is not None:
            outcome = check_choice(outcome, Outcome, "outcome", translate("Fields", "outcome"))
        reason = check_field("proposal", "override_reason", reason, translate("Fields", "Reason"))
        if statement is not None:
            proposal.outcome_statement = clean_statement(statement)
        if outcome is None:
            proposal.outcome = None
            proposal.decided_at = None
            proposal.override_reason = ""
            return proposal_row(s, proposal)
        open_round = open_round_of(proposal)
        if open_round is not None and outcome not in NO_REASON_NEEDED:
            raise ConflictError(
                translate("Errors", "A round is open on “{title}”; close it first.").format(
                    title=proposal.title
                )
            )
        closed = [
            r for r in proposal.rounds if r.closed_at is not None and r.proposed_outcome is not None
        ]
        proposed = Outcome(closed[-1].proposed_outcome) if closed else None
        overridden = outcome is not proposed and outcome not in NO_REASON_NEEDED
        if overridden and not reason:
            if proposed is None:
                message = translate(
                    "Errors", "No round was held: give the reason for this outcome."
                )
            else:
                message = translate(
                    "Errors",
                    "The rule proposed another outcome: give the reason for overriding it.",
                )
            raise ValidationError(message, "reason")
        if open_round is not None:
            # Withdrawn or deferred mid-round: the round is kept with its positions but
            # proposes nothing; undo opens it again.
            open_round.closed_at = now
            open_round.proposed_outcome = None
        proposal.outcome = outcome
        proposal.decided_at = now
        proposal.override_reason = reason if overridden or reason else ""
        if outcome in AGREED and proposal.decision_number is None:
            proposal.decision_number = next_decision_number(s, proposal.workshop_id)
        return proposal_row(s, proposal)


def confirm(store: Store, proposal_id: int, *, now: datetime, statement: str | None = None):
    """Set the outcome the last closed round proposed."""
    with store.session() as s:
        proposal = load_proposal(s, proposal_id)
        closed = [
            r for r in proposal.rounds if r.closed_at is not None and r.proposed_outcome is not None
        ]
        if not closed:
            raise ValidationError(
                translate("Errors", "No round has been closed on “{title}” yet.").format(
                    title=proposal.title
                )
            )
        proposed = Outcome(closed[-1].proposed_outcome)
    return set_outcome(store, proposal_id, proposed, now=now, statement=statement)


def withdraw(store: Store, proposal_id: int, *, now: datetime) -> ProposalRow:
    return set_outcome(store, proposal_id, Outcome.WITHDRAWN, now=now)


def defer(store: Store, proposal_id: int, *, now: datetime) -> ProposalRow:
    return set_outcome(store, proposal_id, Outcome.DEFERRED, now=now)
