"""Reading proposals and rounds into rows, and the checks every kind of edit shares."""

from __future__ import annotations

from datetime import UTC

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError
from facilitator.i18n import translate
from facilitator.models import (
    AgendaItem,
    DecisionMethod,
    Organization,
    Outcome,
    Person,
    Proposal,
    Round,
    Threshold,
    Voice,
    Workshop,
)
from facilitator.services import consensus
from facilitator.services._common import check_field, check_id, get_or_raise, lock_for_numbering
from facilitator.services.proposals.rows import (
    PositionRow,
    ProposalRow,
    RoundRow,
    StatedReason,
    VersionRow,
)
from facilitator.store import Store
from facilitator.text import sort_key


def load_proposal(session: Session, proposal_id: int, *, numbering: bool = False) -> Proposal:
    """The proposal; with ``numbering`` it is locked first (its wordings and rounds are
    numbered MAX+1), before anything of it is read in this unit of work."""
    if numbering:
        lock_for_numbering(
            session, Proposal, check_id(proposal_id, translate("Errors", "proposal"))
        )
    return get_or_raise(session, Proposal, proposal_id, translate("Errors", "proposal"))


def next_decision_number(session: Session, workshop_id: int) -> int:
    """The register number of the next agreed decision of the workshop (stable once given)."""
    lock_for_numbering(session, Workshop, workshop_id)
    highest = session.scalar(
        select(func.max(Proposal.decision_number)).where(Proposal.workshop_id == workshop_id)
    )
    return (highest or 0) + 1


def load_round(session: Session, round_id: int) -> Round:
    return get_or_raise(session, Round, round_id, translate("Errors", "round"))


def _reasons(session: Session, r: Round) -> tuple[StatedReason, ...]:
    reasons = []
    for p in r.positions:
        if not p.reason:
            continue
        if p.person_id is not None:
            person = session.get(Person, p.person_id)
            name = person.full_name() if person else ""
        else:
            org = session.get(Organization, p.organization_id)
            name = org.name if org else ""
        reasons.append(StatedReason(name, p.value, p.reason))
    reasons.sort(key=lambda x: (sort_key(x.name), x.reason))
    return tuple(reasons)


def round_row(r: Round, version_numbers: dict[int, int], session: Session) -> RoundRow:
    if r.voice is Voice.COUNTS:
        counts = consensus.tally_from_counts(r.method, {c.value: c.count for c in r.counts})
    else:
        counts = consensus.tally(r.method, [p.value for p in r.positions])
    explanation = ""
    if r.closed_at is not None:
        explanation = consensus.propose_outcome(
            r.method, counts, quorum=r.quorum, threshold=r.threshold
        ).explanation
    return RoundRow(
        id=r.id,
        proposal_id=r.proposal_id,
        number=r.number,
        version_number=version_numbers.get(r.version_id) if r.version_id else None,
        method=DecisionMethod(r.method),
        voice=Voice(r.voice),
        quorum=r.quorum,
        threshold=Threshold(r.threshold) if r.threshold else None,
        opened_at=r.opened_at.astimezone(UTC) if r.opened_at else None,
        closed_at=r.closed_at.astimezone(UTC) if r.closed_at else None,
        proposed_outcome=Outcome(r.proposed_outcome) if r.proposed_outcome else None,
        explanation=explanation,
        tally=tuple(counts.items()),
        positions=tuple(
            PositionRow(p.person_id or p.organization_id, p.value, p.reason)
            for p in sorted(r.positions, key=lambda p: p.id)
        ),
        reasons=_reasons(session, r),
    )


def proposal_row(session: Session, p: Proposal) -> ProposalRow:
    session.flush()
    session.refresh(p)
    workshop = session.get(Workshop, p.workshop_id)
    item = session.get(AgendaItem, p.agenda_item_id) if p.agenda_item_id else None
    versions = tuple(VersionRow(v.id, v.number, v.text) for v in p.versions)
    numbers = {v.id: v.number for v in versions}
    return ProposalRow(
        id=p.id,
        workshop_id=p.workshop_id,
        workshop_number=workshop.number,
        agenda_item_id=p.agenda_item_id,
        agenda_item_title=item.title if item else "",
        source_note_id=p.source_note_id,
        title=p.title,
        versions=versions,
        method=DecisionMethod(p.method),
        voice=Voice(p.voice),
        outcome=Outcome(p.outcome) if p.outcome else None,
        outcome_statement=p.outcome_statement,
        override_reason=p.override_reason,
        review_date=p.review_date,
        decided_at=p.decided_at.astimezone(UTC) if p.decided_at else None,
        decision_number=p.decision_number,
        rounds=tuple(round_row(r, numbers, session) for r in p.rounds),
    )


def get_proposal(store: Store, proposal_id: int) -> ProposalRow:
    with store.session() as s:
        return proposal_row(s, load_proposal(s, proposal_id))


def list_proposals(store: Store, workshop_id: int) -> list[ProposalRow]:
    """The proposals of a workshop in the order they were made."""
    with store.session() as s:
        load_workshop(s, workshop_id)
        found = s.scalars(
            select(Proposal).where(Proposal.workshop_id == workshop_id).order_by(Proposal.id)
        )
        return [proposal_row(s, p) for p in found]


def load_workshop(session: Session, workshop_id: int) -> Workshop:
    return get_or_raise(session, Workshop, workshop_id, translate("Errors", "workshop"))


def clean_statement(value) -> str:
    return check_field(
        "proposal", "outcome_statement", value, translate("Fields", "Outcome statement")
    )


def open_round_of(proposal: Proposal) -> Round | None:
    return next((r for r in proposal.rounds if r.closed_at is None), None)


def refuse_while_open(proposal: Proposal) -> None:
    if open_round_of(proposal) is not None:
        raise ConflictError(
            translate("Errors", "A round is open on “{title}”; close it first.").format(
                title=proposal.title
            )
        )
