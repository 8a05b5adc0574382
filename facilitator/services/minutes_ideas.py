"""What the minutes' "Ideas and priorities" section shows, gathered from the ideas board as
plain frozen dataclasses (part of :class:`~facilitator.services.document_data.MinutesData`).

The section exists when the board was used: a card of its own, a cluster or a dot round.
Notes of kind "idea" alone are already in the minutes' discussion; once the board is used
they are on it as cards and in this section too.

Only closed dot rounds are reported: an open round's dots are still moving, and minutes
record what the room settled. Row ids stay out (the content is compared across
databases); values are stored as the documents print them through their labels (a sector's
stored value, a voice's value).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Forward:
    """What an idea or cluster became: ``kind`` "decision" (``label`` its number, "5/2"),
    "proposal" (not decided yet, no label) or "commitment" (``label`` its institution)."""

    kind: str
    label: str
    title: str


@dataclass(frozen=True)
class IdeaLine:
    """One idea card: its words, who put it forward ("" when not recorded), what it became."""

    text: str
    author: str
    organization: str
    promoted: tuple[Forward, ...] = ()


@dataclass(frozen=True)
class ClusterLine:
    """A cluster with its ideas in the board's order."""

    name: str
    ideas: tuple[IdeaLine, ...]
    promoted: tuple[Forward, ...] = ()


@dataclass(frozen=True)
class DotLine:
    """One idea's or cluster's dots in a round: in all and by sector (stored sector values,
    in the vocabulary's order), its rank (equals share one) and whether the sectors'
    support for it differs sharply."""

    label: str
    dots: int
    rank: int
    tied: bool
    by_sector: tuple[tuple[str, int], ...]
    splits: bool


@dataclass(frozen=True)
class DotRoundLine:
    """A closed dot round: what it asked, how many dots each voter had, who voted and
    the results by cluster (summed over their ideas in an idea round) and by idea."""

    number: int
    question: str
    voice: str  # Voice value
    budget: int
    on_clusters: bool
    voters: int
    dots: int
    sectors: tuple[tuple[str, int], ...]  # each voting sector with the dots it put
    clusters: tuple[DotLine, ...]
    ideas: tuple[DotLine, ...]  # empty in a round on clusters
    opened_at: datetime | None = None  # UTC
    closed_at: datetime | None = None


@dataclass(frozen=True)
class Promotion:
    """An idea or cluster taken forward: ``kind`` "cluster" or "idea", its name or words,
    and what it became."""

    kind: str
    source: str
    to: Forward


@dataclass(frozen=True)
class IdeasSection:
    """The board as the minutes report it."""

    clusters: tuple[ClusterLine, ...]
    unclustered: tuple[IdeaLine, ...]
    rounds: tuple[DotRoundLine, ...]
    promotions: tuple[Promotion, ...]

    @property
    def idea_count(self) -> int:
        return sum(len(c.ideas) for c in self.clusters) + len(self.unclustered)


def _targets(s: Session, proposal_ids: set, commitment_ids: set) -> dict:
    """What promoted ideas became, by ("proposal", id) and ("commitment", id)."""
    from sqlalchemy import select

    from facilitator.models import Commitment, Organization, Proposal, Workshop
    from facilitator.services.proposals import decision_label

    found: dict = {}
    if proposal_ids:
        for pid, title, decision, number in s.execute(
            select(Proposal.id, Proposal.title, Proposal.decision_number, Workshop.number)
            .join(Workshop, Workshop.id == Proposal.workshop_id)
            .where(Proposal.id.in_(proposal_ids))
        ):
            label = decision_label(number, decision)
            found[("proposal", pid)] = Forward("decision" if label else "proposal", label, title)
    if commitment_ids:
        for cid, title, org in s.execute(
            select(Commitment.id, Commitment.title, Organization.name)
            .outerjoin(Organization, Organization.id == Commitment.organization_id)
            .where(Commitment.id.in_(commitment_ids))
        ):
            found[("commitment", cid)] = Forward("commitment", org or "", title)
    return found


def _promoted(row, targets: dict) -> tuple[Forward, ...]:
    out = []
    if row.proposal_id is not None and ("proposal", row.proposal_id) in targets:
        out.append(targets[("proposal", row.proposal_id)])
    if row.commitment_id is not None and ("commitment", row.commitment_id) in targets:
        out.append(targets[("commitment", row.commitment_id)])
    return tuple(out)


def _dot_line(result) -> DotLine:
    return DotLine(
        label=result.label,
        dots=result.dots,
        rank=result.rank,
        tied=result.tied,
        by_sector=tuple((share.group, share.dots) for share in result.by_sector),
        splits=result.splits,
    )


def _round_line(s: Session, r) -> DotRoundLine:
    from facilitator.services.ideas.dots import read_results

    results = read_results(s, r)
    totals: dict[str, int] = {}
    for target in results.targets:
        for share in target.by_sector:
            totals[share.group] = totals.get(share.group, 0) + share.dots
    return DotRoundLine(
        number=r.number,
        question=r.question or "",
        voice=r.voice.value,
        budget=r.budget,
        on_clusters=r.on_clusters,
        voters=results.voters,
        dots=results.dots,
        sectors=tuple((sector, totals.get(sector, 0)) for sector in results.sectors),
        clusters=tuple(_dot_line(t) for t in results.clusters),
        ideas=() if r.on_clusters else tuple(_dot_line(t) for t in results.targets if t.dots),
        opened_at=r.opened_at,
        closed_at=r.closed_at,
    )


def read_ideas_section(s: Session, workshop_id: int) -> IdeasSection | None:
    """The section of ``workshop_id``'s minutes, or None when its board was never used."""
    from sqlalchemy import select

    from facilitator.models import DotRound, Idea, IdeaCluster
    from facilitator.services.ideas.board import read_board

    used = any(
        s.scalar(select(model.id).where(model.workshop_id == workshop_id).limit(1)) is not None
        for model in (Idea, IdeaCluster, DotRound)
    )
    if not used:
        return None
    board = read_board(s, workshop_id)
    rows = [*board.ideas, *board.clusters]
    targets = _targets(
        s,
        {r.proposal_id for r in rows if r.proposal_id is not None},
        {r.commitment_id for r in rows if r.commitment_id is not None},
    )

    def idea_line(idea) -> IdeaLine:
        return IdeaLine(
            text=idea.text,
            author=idea.author_name,
            organization=idea.organization_name,
            promoted=_promoted(idea, targets),
        )

    by_key = {i.key: i for i in board.ideas}
    clusters = tuple(
        ClusterLine(
            name=c.name,
            ideas=tuple(idea_line(by_key[k]) for k in c.idea_keys if k in by_key),
            promoted=_promoted(c, targets),
        )
        for c in board.clusters
    )
    promotions = [
        Promotion("cluster", c.name, to) for c in board.clusters for to in _promoted(c, targets)
    ]
    promotions += [
        Promotion("idea", i.text, to) for i in board.ideas for to in _promoted(i, targets)
    ]
    rounds = tuple(
        _round_line(s, r)
        for r in s.scalars(
            select(DotRound)
            .where(DotRound.workshop_id == workshop_id, DotRound.closed_at.is_not(None))
            .order_by(DotRound.number)
        )
    )
    return IdeasSection(
        clusters=clusters,
        unclustered=tuple(idea_line(i) for i in board.unclustered()),
        rounds=rounds,
        promotions=tuple(promotions),
    )
