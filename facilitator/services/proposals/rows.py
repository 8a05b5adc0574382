"""The plain rows proposals are handed out as, and the limits of their fields."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from facilitator.models import DecisionMethod, Outcome, Threshold, Voice
from facilitator.services._common import field_rule

# The lengths the shared field rules allow (the decisions tab limits typing to them).
TITLE_LENGTH = field_rule("proposal", "title").max_length
TEXT_LENGTH = field_rule("proposal_version", "text").max_length
STATEMENT_LENGTH = field_rule("proposal", "outcome_statement").max_length
REASON_LENGTH = field_rule("proposal", "override_reason").max_length
NOTE_TITLE_LENGTH = 80
AGREED = (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS)
EDITABLE_FIELDS = frozenset(
    {"title", "method", "voice", "review_date", "outcome_statement", "agenda_item_id"}
)


@dataclass(frozen=True)
class VersionRow:
    """One wording of a proposal (1 = as first put)."""

    id: int
    number: int
    text: str


# Where a voter offered in a round stands (:func:`~facilitator.services.proposals.candidates`).
PRESENT = "present"  # checked in (an institution: someone present represents it)
NOT_CHECKED_IN = "not_checked_in"  # expected, not checked in yet (sign-in on paper)
DECLINED = "declined"  # declined the invitation
ABSENT = "absent"  # recorded absent or excused


@dataclass(frozen=True)
class Voter:
    """Who can take a position in a round: a participant or an institution they represent."""

    id: int  # person id (voice "person") or organization id (voice "organization")
    name: str
    detail: str  # the organization a person represents; the people present for an institution
    presence: str = PRESENT  # PRESENT, NOT_CHECKED_IN, DECLINED or ABSENT

    @property
    def present(self) -> bool:
        return self.presence == PRESENT


@dataclass(frozen=True)
class PositionRow:
    """The position one voter took in a round."""

    holder_id: int
    value: str
    reason: str


@dataclass(frozen=True)
class StatedReason:
    """A position given with its reason (an objection, for instance), with who gave it."""

    name: str  # the person or the institution
    value: str
    reason: str


@dataclass(frozen=True)
class RoundRow:
    """One round: its method and voice as they were, its tally and the outcome its rule proposed."""

    id: int
    proposal_id: int
    number: int
    version_number: int | None
    method: DecisionMethod
    voice: Voice
    quorum: int | None
    threshold: Threshold | None
    opened_at: datetime | None
    closed_at: datetime | None
    proposed_outcome: Outcome | None
    explanation: str
    tally: tuple[tuple[str, int], ...]  # every value of the scale, in scale order
    positions: tuple[PositionRow, ...]
    reasons: tuple[StatedReason, ...] = ()  # positions given with a reason, in Turkish order

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def total(self) -> int:
        return sum(n for _value, n in self.tally)

    def position_of(self, holder_id: int) -> PositionRow | None:
        return next((p for p in self.positions if p.holder_id == holder_id), None)


@dataclass(frozen=True)
class ProposalRow:
    """A proposal with its wording history and its rounds."""

    id: int
    workshop_id: int
    workshop_number: int | None
    agenda_item_id: int | None
    agenda_item_title: str
    source_note_id: int | None
    title: str
    versions: tuple[VersionRow, ...]
    method: DecisionMethod
    voice: Voice
    outcome: Outcome | None
    outcome_statement: str
    override_reason: str
    review_date: date | None
    decided_at: datetime | None
    decision_number: int | None
    rounds: tuple[RoundRow, ...]

    @property
    def text(self) -> str:
        """The current wording."""
        return self.versions[-1].text if self.versions else ""

    @property
    def label(self) -> str:
        """The register number, "workshop number/decision number" (empty when not numbered)."""
        return decision_label(self.workshop_number, self.decision_number)

    @property
    def open_round(self) -> RoundRow | None:
        return next((r for r in self.rounds if r.is_open), None)

    @property
    def last_closed_round(self) -> RoundRow | None:
        """The last round closed with an outcome proposed by its rule.

        A round cut short by withdrawing or deferring proposes nothing and is skipped.
        """
        closed = [r for r in self.rounds if not r.is_open and r.proposed_outcome is not None]
        return closed[-1] if closed else None

    @property
    def proposed_outcome(self) -> Outcome | None:
        """What the last closed round's rule proposed (None before any round closed)."""
        last = self.last_closed_round
        return last.proposed_outcome if last else None


@dataclass(frozen=True)
class RegisterRow:
    """One decided proposal in a series' decision register."""

    id: int
    workshop_id: int
    workshop_number: int | None
    workshop_title: str
    decision_number: int | None
    title: str
    text: str
    outcome: Outcome
    outcome_statement: str
    review_date: date | None
    review_due: bool

    @property
    def label(self) -> str:
        return decision_label(self.workshop_number, self.decision_number)


@dataclass(frozen=True)
class MinutesRound:
    """One round as the minutes report it."""

    number: int
    method: DecisionMethod
    voice: Voice
    tally: tuple[tuple[str, int], ...]
    quorum: int | None
    threshold: Threshold | None
    proposed_outcome: Outcome | None
    version_number: int | None
    reasons: tuple[StatedReason, ...] = ()  # e.g. each objection with who raised it


@dataclass(frozen=True)
class MinutesDecision:
    """One decided proposal as the minutes render it."""

    label: str
    title: str
    text: str
    agenda_item_title: str
    method: DecisionMethod
    voice: Voice
    rounds: tuple[MinutesRound, ...]
    outcome: Outcome
    outcome_statement: str
    override_reason: str
    review_date: date | None


def decision_label(workshop_number: int | None, decision_number: int | None) -> str:
    """ "5/3" for decision 3 of workshop 5; "3" when the workshop has no number; "" unnumbered."""
    if decision_number is None:
        return ""
    if workshop_number is None:
        return str(decision_number)
    return f"{workshop_number}/{decision_number}"
