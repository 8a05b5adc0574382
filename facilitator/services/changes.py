"""What an edit changed: a kind of record and the ids written.

Services and the interface speak of changes in these words. An edit
announces them once (``ui/kit/changes.py``). Each view that shows that kind
of record then reads again: in the main window, on the live screen, on the
projector.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

WORKSHOP = "workshop"
SERIES = "series"
PERSON = "person"
ORGANIZATION = "organization"
PROPOSAL = "proposal"
COMMITMENT = "commitment"
PHASE = "phase"
NOTE = "note"  # the discussion's notes (ids: the workshop's), apart from its other records
IDEA = "idea"  # the ideas board: cards, clusters, dot rounds and dots (ids: the workshop's)

KINDS = (WORKSHOP, SERIES, PERSON, ORGANIZATION, PROPOSAL, COMMITMENT, PHASE, NOTE, IDEA)


@dataclass(frozen=True)
class Changed:
    """Records of one kind that an edit wrote; no ids means "some, unnamed"."""

    kind: str
    ids: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind of change: {self.kind!r}")

    def concerns(self, kind: str, record_id: int | None = None) -> bool:
        """Whether a view of ``kind`` (showing ``record_id``, if given) must read again."""
        if self.kind != kind:
            return False
        return record_id is None or not self.ids or record_id in self.ids


def changed(kind: str, *ids: int | None) -> Changed:
    """``Changed(kind, ids)``, leaving out ids that are not known (``None``)."""
    return Changed(kind, tuple(i for i in ids if i is not None))


def as_changes(value: Changed | Iterable[Changed] | None) -> tuple[Changed, ...]:
    if value is None:
        return ()
    if isinstance(value, Changed):
        return (value,)
    return tuple(value)


# What another client's commit on a server means for the views: the kinds of record
# shown from each table (a table not listed, or "*", concerns every kind).
_TABLE_KINDS = {
    "workshop": (WORKSHOP,),
    "agenda_item": (WORKSHOP,),
    "agenda_template": (WORKSHOP,),
    "agenda_template_item": (WORKSHOP,),
    "participation": (WORKSHOP,),  # a check-in elsewhere: not the whole directory again
    "speaker_turn": (WORKSHOP,),
    "minutes_version": (WORKSHOP,),
    "room": (WORKSHOP, IDEA),
    "room_token": (WORKSHOP,),
    "live_lease": (),  # renewed every 30 s; no view shows it
    "series": (SERIES, WORKSHOP),
    "person": (PERSON,),
    "organization": (ORGANIZATION,),
    "proposal": (PROPOSAL,),
    "proposal_version": (PROPOSAL,),
    "round": (PROPOSAL,),
    "position": (PROPOSAL,),
    "round_count": (PROPOSAL,),
    "room_ballot": (PROPOSAL,),
    "commitment": (COMMITMENT,),
    "commitment_review": (COMMITMENT,),
    "phase": (PHASE,),
    "note": (NOTE,),
    "idea": (IDEA,),
    "idea_cluster": (IDEA,),
    "dot_round": (IDEA,),
    "dot_vote": (IDEA,),
    "room_idea": (IDEA,),
}


def changes_of_tables(tables: Iterable[str]) -> tuple[Changed, ...]:
    """The changes to announce for tables another client wrote (no ids: "some")."""
    kinds: dict[str, None] = {}
    for table in tables:
        for kind in _TABLE_KINDS.get(table, KINDS):
            kinds[kind] = None
    return tuple(Changed(kind) for kind in kinds)
