"""Ideas of the room — the step before consensus: idea cards, clusters, dot rounds, and
their promotion to proposals and commitments. Qt-free; the live board is built on it.

The package: ``rows`` (what is handed out), ``board`` (cards and clusters), ``dots``
(rounds, dots and results), ``promotion``.
"""

from facilitator.services.ideas.board import (
    add_idea,
    board,
    create_cluster,
    delete_cluster,
    delete_idea,
    edit_idea,
    idea_from_key,
    place,
    rename_cluster,
    restore_cluster,
    restore_idea,
)
from facilitator.services.ideas.dots import (
    SPLIT_GAP,
    close_dot_round,
    delete_dot_round,
    give_dot,
    open_dot_round,
    reopen_dot_round,
    restore_dot_round,
    results,
    rounds_of,
    set_count,
    spent,
    take_dot,
    voters,
)
from facilitator.services.ideas.promotion import promote_to_commitment, promote_to_proposal
from facilitator.services.ideas.rows import (
    CLUSTER,
    IDEA,
    NOTE,
    Board,
    ClusterRow,
    DotResults,
    DotRoundRow,
    IdeaRow,
    Share,
    TargetResult,
)

__all__ = [
    "CLUSTER",
    "IDEA",
    "NOTE",
    "SPLIT_GAP",
    "Board",
    "ClusterRow",
    "DotResults",
    "DotRoundRow",
    "IdeaRow",
    "Share",
    "TargetResult",
    "add_idea",
    "board",
    "close_dot_round",
    "create_cluster",
    "delete_cluster",
    "delete_dot_round",
    "delete_idea",
    "edit_idea",
    "give_dot",
    "idea_from_key",
    "open_dot_round",
    "place",
    "promote_to_commitment",
    "promote_to_proposal",
    "rename_cluster",
    "reopen_dot_round",
    "restore_cluster",
    "restore_dot_round",
    "restore_idea",
    "results",
    "rounds_of",
    "set_count",
    "spent",
    "take_dot",
    "voters",
]
