"""Translated labels for the stored vocabularies (enum values → words a user reads)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from facilitator.models.enums import (
    Attendance,
    Invitation,
    NoteKind,
    Role,
    Sector,
    WorkshopStatus,
)

# The kinds of note in the live screen's order (its keys Ctrl+1 … Ctrl+8), everywhere.
NOTE_KINDS = (
    NoteKind.POINT,
    NoteKind.IDEA,
    NoteKind.CONCERN,
    NoteKind.QUESTION,
    NoteKind.PROPOSAL,
    NoteKind.QUOTE,
    NoteKind.ACTION,
    NoteKind.PARKING_LOT,
)


def note_kind_label(kind: NoteKind) -> str:
    return {
        NoteKind.POINT: QCoreApplication.translate("Live", "Point"),
        NoteKind.IDEA: QCoreApplication.translate("Live", "Idea"),
        NoteKind.CONCERN: QCoreApplication.translate("Live", "Concern"),
        NoteKind.QUESTION: QCoreApplication.translate("Live", "Question"),
        NoteKind.PROPOSAL: QCoreApplication.translate("Live", "Proposal"),
        NoteKind.QUOTE: QCoreApplication.translate("Live", "Quote"),
        NoteKind.ACTION: QCoreApplication.translate("Live", "Action"),
        NoteKind.PARKING_LOT: QCoreApplication.translate("Live", "Parking lot"),
    }[NoteKind(kind)]


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2 … replaced by ``values`` in one pass: a value holding "%2"
    (a Turkish "%20" in an agenda title) is never replaced again."""
    import re

    def value(match: re.Match) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if 0 < n <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)


def sector_label(sector: Sector, other: str = "") -> str:
    """The sector's name; ``other``: an organization's own words for "other" ("Diğer: …")."""
    if other and Sector(sector) is Sector.OTHER:
        return QCoreApplication.translate("Labels", "Other: %1").replace("%1", other)
    return {
        Sector.COMPANY: QCoreApplication.translate("Labels", "Company"),
        Sector.NGO: QCoreApplication.translate("Labels", "NGO / association"),
        Sector.FOUNDATION: QCoreApplication.translate("Labels", "Foundation"),
        Sector.COOPERATIVE: QCoreApplication.translate("Labels", "Cooperative"),
        Sector.CHAMBER: QCoreApplication.translate("Labels", "Chamber / professional body"),
        Sector.UNIVERSITY: QCoreApplication.translate("Labels", "University"),
        Sector.PUBLIC: QCoreApplication.translate("Labels", "Public body"),
        Sector.MEDIA: QCoreApplication.translate("Labels", "Media"),
        Sector.INTERNATIONAL: QCoreApplication.translate("Labels", "International"),
        Sector.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[Sector(sector)]


def status_label(status: WorkshopStatus) -> str:
    return {
        WorkshopStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        WorkshopStatus.SCHEDULED: QCoreApplication.translate("Labels", "Scheduled"),
        WorkshopStatus.IN_SESSION: QCoreApplication.translate("Labels", "In session"),
        WorkshopStatus.HELD: QCoreApplication.translate("Labels", "Held"),
        WorkshopStatus.MINUTES_SENT: QCoreApplication.translate("Labels", "Minutes sent"),
    }[WorkshopStatus(status)]


def language_label(code: str) -> str:
    return {"tr": "Türkçe", "en": "English"}.get(code, code)


def role_label(role: Role) -> str:
    return {
        Role.MODERATOR: QCoreApplication.translate("Labels", "Moderator"),
        Role.HOST: QCoreApplication.translate("Labels", "Host"),
        Role.SPEAKER: QCoreApplication.translate("Labels", "Speaker"),
        Role.PARTICIPANT: QCoreApplication.translate("Labels", "Participant"),
        Role.OBSERVER: QCoreApplication.translate("Labels", "Observer"),
        Role.RAPPORTEUR: QCoreApplication.translate("Labels", "Rapporteur"),
        Role.ORGANIZER: QCoreApplication.translate("Labels", "Organizer"),
    }[Role(role)]


def invitation_label(invitation: Invitation) -> str:
    return {
        Invitation.NOT_INVITED: QCoreApplication.translate("Labels", "Not invited"),
        Invitation.INVITED: QCoreApplication.translate("Labels", "Invited"),
        Invitation.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        Invitation.DECLINED: QCoreApplication.translate("Labels", "Declined"),
    }[Invitation(invitation)]


def attendance_label(attendance: Attendance) -> str:
    return {
        Attendance.UNKNOWN: QCoreApplication.translate("Labels", "Unknown"),
        Attendance.PRESENT: QCoreApplication.translate("Labels", "Present"),
        Attendance.ABSENT: QCoreApplication.translate("Labels", "Absent"),
        Attendance.EXCUSED: QCoreApplication.translate("Labels", "Excused"),
    }[Attendance(attendance)]


def plain_tooltip(text: str | None) -> str | None:
    """User text as a tooltip: Qt takes tooltip text that looks like markup for rich text,
    so it is escaped and marked up as one preformatted paragraph."""
    if not text:
        return None
    return '<p style="white-space:pre-wrap">' + html.escape(text) + "</p>"
