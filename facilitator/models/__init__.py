"""SQLAlchemy declarative classes for the whole domain — no Qt, no I/O."""

from facilitator.models.base import NAMING_CONVENTION, Base, UTCDateTime, new_uuid, utcnow
from facilitator.models.decisions import Position, Proposal, ProposalVersion, Round, RoundCount
from facilitator.models.directory import Organization, Person
from facilitator.models.discussion import Note, SpeakerTurn
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
from facilitator.models.roadmap import Commitment, Phase
from facilitator.models.workshops import (
    AgendaItem,
    AgendaTemplate,
    AgendaTemplateItem,
    Participation,
    Series,
    Workshop,
)

__all__ = [
    "NAMING_CONVENTION",
    "AgendaItem",
    "AgendaKind",
    "AgendaTemplate",
    "AgendaTemplateItem",
    "Attendance",
    "Base",
    "Commitment",
    "CommitmentStatus",
    "ContributionType",
    "DecisionMethod",
    "Invitation",
    "Note",
    "NoteKind",
    "Organization",
    "Outcome",
    "Participation",
    "Person",
    "Phase",
    "Position",
    "Proposal",
    "ProposalVersion",
    "QuantityUnit",
    "Role",
    "Round",
    "RoundCount",
    "Sector",
    "Series",
    "SpeakerTurn",
    "Threshold",
    "UTCDateTime",
    "Voice",
    "Workshop",
    "WorkshopStatus",
    "new_uuid",
    "utcnow",
]
