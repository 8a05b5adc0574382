"""The decisions of a series (the register) and of a workshop (for the minutes)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator.i18n import translate
from facilitator.models import AgendaItem, Outcome, Proposal, Series, Workshop
from facilitator.services._common import (
    check_choice,
    check_date,
    check_id,
    clean_query,
    get_or_raise,
)
from facilitator.services.proposals.reading import list_proposals, load_workshop
from facilitator.services.proposals.rows import AGREED, MinutesDecision, MinutesRound, RegisterRow
from facilitator.store import Store
from facilitator.text import matches


def register(
    store: Store,
    series_id: int,
    query: str = "",
    *,
    workshop_id: int | None = None,
    outcome: Outcome | str | None = None,
    today: date,
) -> list[RegisterRow]:
    """Every decided proposal of a series, by workshop number and decision number.

    ``query`` matches title, wording and statement (Turkish-aware, every word);
    ``workshop_id`` and ``outcome`` filter; ``review_due`` is set when an agreed
    decision's review date is today or earlier (others have nothing to review).
    """
    query = clean_query(query)
    today = check_date(today, "today", translate("Fields", "Date"))
    if outcome is not None:
        outcome = check_choice(outcome, Outcome, "outcome", translate("Fields", "outcome"))
    with store.session() as s:
        get_or_raise(s, Series, series_id, translate("Errors", "series"))
        stmt = (
            select(Proposal, Workshop)
            .join(Workshop, Proposal.workshop_id == Workshop.id)
            .where(Workshop.series_id == series_id, Proposal.outcome.is_not(None))
            .options(selectinload(Proposal.versions))  # one query for every wording
        )
        if workshop_id is not None:
            stmt = stmt.where(Proposal.workshop_id == check_id(workshop_id, "workshop"))
        if outcome is not None:
            stmt = stmt.where(Proposal.outcome == outcome)
        rows = []
        for p, w in s.execute(stmt):
            text = p.versions[-1].text if p.versions else ""
            if query.strip() and not matches(query, p.title, text, p.outcome_statement):
                continue
            rows.append(
                RegisterRow(
                    id=p.id,
                    workshop_id=w.id,
                    workshop_number=w.number,
                    workshop_title=w.title,
                    decision_number=p.decision_number,
                    title=p.title,
                    text=text,
                    outcome=Outcome(p.outcome),
                    outcome_statement=p.outcome_statement,
                    review_date=p.review_date,
                    review_due=p.outcome in AGREED
                    and p.review_date is not None
                    and p.review_date <= today,
                )
            )
    big = 1 << 62
    rows.sort(
        key=lambda r: (
            r.workshop_number if r.workshop_number is not None else big,
            r.workshop_id,
            r.decision_number if r.decision_number is not None else big,
            r.id,
        )
    )
    return rows


def decisions_for_minutes(store: Store, workshop_id: int) -> tuple[MinutesDecision, ...]:
    """The decided proposals of a workshop (outcome set), in agenda order, for the minutes."""
    with store.session() as s:
        load_workshop(s, workshop_id)
        positions = {
            item.id: item.position
            for item in s.scalars(select(AgendaItem).where(AgendaItem.workshop_id == workshop_id))
        }
    decided = [p for p in list_proposals(store, workshop_id) if p.outcome is not None]
    big = 1 << 62
    decided.sort(
        key=lambda p: (
            positions.get(p.agenda_item_id, big),
            p.decision_number if p.decision_number is not None else big,
            p.id,
        )
    )
    return tuple(
        MinutesDecision(
            label=p.label,
            title=p.title,
            text=p.text,
            agenda_item_title=p.agenda_item_title,
            method=p.method,
            voice=p.voice,
            rounds=tuple(
                MinutesRound(
                    number=r.number,
                    method=r.method,
                    voice=r.voice,
                    tally=r.tally,
                    quorum=r.quorum,
                    threshold=r.threshold,
                    proposed_outcome=r.proposed_outcome,
                    version_number=r.version_number,
                    reasons=r.reasons,
                )
                for r in p.rounds
                if not r.is_open
            ),
            outcome=p.outcome,
            outcome_statement=p.outcome_statement,
            override_reason=p.override_reason,
            review_date=p.review_date,
        )
        for p in decided
    )
