"""Proposals and decisions: wordings, rounds, positions, outcomes and the decision register.

A proposal belongs to a workshop (and optionally an agenda item). Amending it
adds a wording; earlier wordings are kept as its history. Agreement is tested
in rounds, each on the wording current when it opened, with the method and
voice the proposal had then:

* voice "person": one position per participant checked in as present;
* voice "organization": one position per institution represented by present
  participants (one voice per institution);
  (a round offers every attendee, :func:`candidates`; a position of someone not checked
  in marks them present first, :func:`record_position_marking_present`)
* voice "counts only": how many of each value the room showed (cards).

Closing a round stores the outcome the method's rule proposes
(:mod:`facilitator.services.consensus`). The moderator then confirms it, or
sets another outcome with a reason (an override), or withdraws or defers the
proposal. An agreed proposal (also "agreed with reservations") gets the next
decision number of its workshop; the number is never reused or renumbered and
stays when the outcome changes later. The register label is "workshop
number/decision number", e.g. "5/3".

Every function is one unit of work; times come from the caller (``now``).

The package: ``rows`` (what is handed out), ``reading`` (rows from the database, shared
checks), ``wording``, ``rounds``, ``outcomes``, ``decisions`` (the register and the minutes).
"""

from datetime import UTC, datetime  # callers take the time as proposals.datetime.now(proposals.UTC)

from facilitator.services.proposals.anyone import (
    candidates,
    give_position_again,
    record_attendee_position,
    record_position_marking_present,
    take_back_position,
)
from facilitator.services.proposals.decisions import decisions_for_minutes, register
from facilitator.services.proposals.outcomes import (
    OutcomeSnapshot,
    confirm,
    defer,
    outcome_snapshot,
    restore_outcome,
    set_outcome,
    withdraw,
)
from facilitator.services.proposals.reading import get_proposal, list_proposals
from facilitator.services.proposals.rounds import (
    clear_position,
    close_round,
    delete_round,
    get_round,
    open_round,
    record_counts,
    record_position,
    voters,
)
from facilitator.services.proposals.rows import (
    ABSENT,
    AGREED,
    DECLINED,
    EDITABLE_FIELDS,
    NOT_CHECKED_IN,
    NOTE_TITLE_LENGTH,
    PRESENT,
    REASON_LENGTH,
    STATEMENT_LENGTH,
    TEXT_LENGTH,
    TITLE_LENGTH,
    MinutesDecision,
    MinutesRound,
    PositionRow,
    ProposalRow,
    RegisterRow,
    RoundRow,
    StatedReason,
    VersionRow,
    Voter,
    decision_label,
)
from facilitator.services.proposals.wording import (
    amend,
    create_proposal,
    delete_proposal,
    proposal_from_note,
    remove_last_wording,
    title_from_text,
    update_proposal,
)

__all__ = [
    "ABSENT",
    "AGREED",
    "DECLINED",
    "EDITABLE_FIELDS",
    "NOTE_TITLE_LENGTH",
    "NOT_CHECKED_IN",
    "PRESENT",
    "REASON_LENGTH",
    "STATEMENT_LENGTH",
    "TEXT_LENGTH",
    "TITLE_LENGTH",
    "UTC",
    "MinutesDecision",
    "MinutesRound",
    "OutcomeSnapshot",
    "PositionRow",
    "ProposalRow",
    "RegisterRow",
    "RoundRow",
    "StatedReason",
    "VersionRow",
    "Voter",
    "amend",
    "candidates",
    "clear_position",
    "close_round",
    "confirm",
    "create_proposal",
    "datetime",
    "decision_label",
    "decisions_for_minutes",
    "defer",
    "delete_proposal",
    "delete_round",
    "get_proposal",
    "get_round",
    "give_position_again",
    "list_proposals",
    "open_round",
    "outcome_snapshot",
    "proposal_from_note",
    "record_attendee_position",
    "record_counts",
    "record_position",
    "record_position_marking_present",
    "register",
    "remove_last_wording",
    "restore_outcome",
    "set_outcome",
    "take_back_position",
    "title_from_text",
    "update_proposal",
    "voters",
    "withdraw",
]
