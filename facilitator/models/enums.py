"""The closed vocabularies of the domain. Values are stored; labels live in the UI and documents."""

from __future__ import annotations

import enum


class Sector(enum.StrEnum):
    """The kind of an organization; the order is the order of lists and "by sector" tallies.

    OTHER may carry its own words (``Organization.sector_other``, e.g. "Meslek birliği").
    """

    COMPANY = "company"
    NGO = "ngo"
    FOUNDATION = "foundation"
    COOPERATIVE = "cooperative"
    CHAMBER = "chamber"  # a chamber or professional body (oda / meslek kuruluşu)
    UNIVERSITY = "university"
    PUBLIC = "public"
    MEDIA = "media"
    INTERNATIONAL = "international"
    OTHER = "other"


class WorkshopStatus(enum.StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    IN_SESSION = "in_session"
    HELD = "held"
    MINUTES_SENT = "minutes_sent"


class Role(enum.StrEnum):
    MODERATOR = "moderator"
    HOST = "host"
    SPEAKER = "speaker"
    PARTICIPANT = "participant"
    OBSERVER = "observer"
    RAPPORTEUR = "rapporteur"
    ORGANIZER = "organizer"


class Invitation(enum.StrEnum):
    NOT_INVITED = "not_invited"
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"


class Attendance(enum.StrEnum):
    UNKNOWN = "unknown"
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class AgendaKind(enum.StrEnum):
    OPENING = "opening"
    TALK = "talk"
    DISCUSSION = "discussion"
    GROUP_WORK = "group_work"
    BREAK = "break"
    DECISION = "decision"
    CLOSING = "closing"


class NoteKind(enum.StrEnum):
    POINT = "point"
    IDEA = "idea"
    CONCERN = "concern"
    QUESTION = "question"
    PROPOSAL = "proposal"
    QUOTE = "quote"
    ACTION = "action"
    PARKING_LOT = "parking_lot"


class DecisionMethod(enum.StrEnum):
    GRADIENTS = "gradients"  # 8-point gradients of agreement
    FIST_TO_FIVE = "fist_to_five"  # 0-5
    CONSENT = "consent"  # no objection / objection / stand aside
    MAJORITY = "majority"  # yes / no / abstain with quorum and threshold
    COUNTS = "counts"  # counts only, any scale (cards)


class Voice(enum.StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTS = "counts"


class Outcome(enum.StrEnum):
    AGREED = "agreed"
    AGREED_WITH_RESERVATIONS = "agreed_with_reservations"
    NOT_AGREED = "not_agreed"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"


class Threshold(enum.StrEnum):
    SIMPLE = "simple"
    TWO_THIRDS = "two_thirds"


class ContributionType(enum.StrEnum):
    FINANCIAL = "financial"  # maddi
    MORAL = "moral"  # manevi
    EXPERTISE = "expertise"  # uzmanlık
    IN_KIND = "in_kind"  # ayni
    VOLUNTEERING = "volunteering"  # gönüllülük
    HOSTING = "hosting"
    COMMUNICATION = "communication"
    OTHER = "other"


class QuantityUnit(enum.StrEnum):
    TRY = "TRY"
    EUR = "EUR"
    VOLUNTEER_HOURS = "volunteer_hours"
    VOLUNTEERS = "volunteers"


class CommitmentStatus(enum.StrEnum):
    PROPOSED = "proposed"
    COMMITTED = "committed"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"
