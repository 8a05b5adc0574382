"""What the ideas services hand out: plain, frozen rows (no sessions, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from facilitator.models.enums import Sector, Voice

IDEA = "i"  # an idea card: "i12"
NOTE = "n"  # a note of kind "idea" not yet a card of its own: "n40"
CLUSTER = "c"  # a cluster: "c5"


def key(prefix: str, row_id: int) -> str:
    return f"{prefix}{row_id}"


@dataclass(frozen=True)
class IdeaRow:
    """One card on the board. ``key`` names it for every edit ("i12", or "n40" for a note
    of kind "idea" that is not yet a card of its own)."""

    key: str
    idea_id: int | None
    note_id: int | None
    text: str
    author_id: int | None
    author_name: str
    organization_id: int | None
    organization_name: str
    sector: Sector | None
    agenda_item_id: int | None
    cluster_id: int | None
    added_at: datetime
    proposal_id: int | None = None
    commitment_id: int | None = None

    @property
    def from_note(self) -> bool:
        return self.note_id is not None

    @property
    def source(self) -> str:
        """Who gave it, as a card shows it: "Ayşe Demir (UKEK)", an institution, or ""."""
        if self.author_name and self.organization_name:
            return f"{self.author_name} ({self.organization_name})"
        return self.author_name or self.organization_name


@dataclass(frozen=True)
class ClusterRow:
    id: int
    name: str
    position: int
    idea_keys: tuple[str, ...]
    proposal_id: int | None = None
    commitment_id: int | None = None
    # Where each card moved into it was before (idea id → cluster), as create_cluster
    # hands it out for the undo; empty on a board read.
    before: dict[int, int | None] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        return key(CLUSTER, self.id)


@dataclass(frozen=True)
class DotRoundRow:
    id: int
    workshop_id: int
    number: int
    question: str
    voice: Voice
    budget: int
    on_clusters: bool
    opened_at: datetime | None
    closed_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.opened_at is not None and self.closed_at is None


@dataclass(frozen=True)
class Board:
    """Everything the board shows: the cards in the order they came, the clusters in
    their order, and the dot round open now (or the last one)."""

    workshop_id: int
    ideas: tuple[IdeaRow, ...]
    clusters: tuple[ClusterRow, ...]
    round: DotRoundRow | None

    def idea(self, idea_key: str) -> IdeaRow | None:
        return next((i for i in self.ideas if i.key == idea_key), None)

    def cluster(self, cluster_id: int) -> ClusterRow | None:
        return next((c for c in self.clusters if c.id == cluster_id), None)

    def unclustered(self) -> tuple[IdeaRow, ...]:
        return tuple(i for i in self.ideas if i.cluster_id is None)


@dataclass(frozen=True)
class Share:
    """Dots from one group of voters (a sector, an institution) on one target."""

    group: str  # the sector's value, or the institution's name ("" for counted dots)
    dots: int


@dataclass(frozen=True)
class TargetResult:
    """The dots on one idea or cluster: in all, by sector and by institution; its rank
    (tied targets share a rank), and whether the sectors' support for it differs sharply."""

    key: str
    label: str
    dots: int
    rank: int
    tied: bool
    by_sector: tuple[Share, ...]
    by_organization: tuple[Share, ...]
    splits: bool


@dataclass(frozen=True)
class DotResults:
    round: DotRoundRow
    targets: tuple[TargetResult, ...]  # most dots first; ties in the board's order
    clusters: tuple[TargetResult, ...]  # dots on ideas added up by cluster (idea rounds)
    voters: int  # voters (or institutions) who put at least one dot
    dots: int  # dots in all
    sectors: tuple[str, ...]  # the sectors that voted, in the vocabulary's order

    def of(self, target_key: str) -> TargetResult | None:
        return next((t for t in self.targets if t.key == target_key), None)
