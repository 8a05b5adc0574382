"""SQLAlchemy declarative classes for the whole domain — no Qt, no I/O.

Importing this package is cheap: the mapped classes are built the first time
one of them is asked for (``from facilitator.models import Workshop``), and
then all of them at once, so the mapping is always complete. The start-up
path lists workshops with Core queries (``services/listing.py``) and does not
pay for the mapping before the window is on screen.
"""

from __future__ import annotations

import importlib

from facilitator.models.enums import (
    AgendaKind,
    Attendance,
    CommitmentStatus,
    ContributionType,
    DecisionMethod,
    Invitation,
    NoteKind,
    Outcome,
    QuantityUnit,
    Role,
    Sector,
    Threshold,
    Voice,
    WorkshopStatus,
)
from facilitator.models.types import UTCDateTime, new_uuid, utcnow

_MAPPED = {
    "NAMING_CONVENTION": "base",
    "Base": "base",
    "Organization": "directory",
    "Person": "directory",
    "Series": "workshops",
    "Workshop": "workshops",
    "Participation": "workshops",
    "AgendaItem": "workshops",
    "AgendaTemplate": "workshops",
    "AgendaTemplateItem": "workshops",
    "Note": "discussion",
    "SpeakerTurn": "discussion",
    "Proposal": "decisions",
    "ProposalVersion": "decisions",
    "Round": "decisions",
    "Position": "decisions",
    "RoundCount": "decisions",
    "Phase": "roadmap",
    "Commitment": "roadmap",
    "CommitmentReview": "roadmap",
    "MinutesVersion": "records",
    "Idea": "ideas",
    "IdeaCluster": "ideas",
    "DotRound": "ideas",
    "DotVote": "ideas",
    "Room": "room",
    "RoomToken": "room",
    "RoomBallot": "room",
    "RoomIdea": "room",
    "LiveLease": "lease",
}
_MODULES = (
    "base",
    "directory",
    "workshops",
    "discussion",
    "decisions",
    "roadmap",
    "records",
    "ideas",
    "room",
    "lease",
)


def __getattr__(name: str):
    module = _MAPPED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for each in _MODULES:  # all of them: relationships refer across modules
        importlib.import_module(f"{__name__}.{each}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "AgendaKind",
    "Attendance",
    "CommitmentStatus",
    "ContributionType",
    "DecisionMethod",
    "Invitation",
    "NoteKind",
    "Outcome",
    "QuantityUnit",
    "Role",
    "Sector",
    "Threshold",
    "UTCDateTime",
    "Voice",
    "WorkshopStatus",
    "new_uuid",
    "utcnow",
    *_MAPPED,
]
