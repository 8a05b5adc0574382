"""Translated labels for the stored vocabularies (enum values → words a user reads).

Where the documents name a value too (sectors, roles, statuses, attendance, and in the
decisions and commitments kits methods, positions, outcomes, contribution types and
units), the interface takes the documents' words (``documents/labels.py``) in its own
language: the live grid and the minutes both say "2 Küçük bir çekinceyle destek", the
app and the roadmap both "200 gönüllü saati". Words only the interface uses (a note's
kind, an invitation) go through Qt's catalogue.
"""

from __future__ import annotations

import html
from functools import cache

from PySide6.QtCore import QCoreApplication

from facilitator.documents.labels import DocumentLabels
from facilitator.i18n import current_language
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


@cache
def document_labels(language: str) -> DocumentLabels:
    return DocumentLabels(language)


def interface_labels() -> DocumentLabels:
    """The documents' words and number formats in the interface's language."""
    return document_labels(current_language())


def document_word(vocabulary: str, value) -> str:
    """What the documents call a stored value (``DocumentLabels.enum``), in the interface's
    language."""
    return interface_labels().enum(vocabulary, value)


def note_kind_label(kind: NoteKind) -> str:
    """One note's kind; the minutes head each group with its plural ("Görüş" →
    "Görüşler", "Yapılacak" → "Yapılacaklar")."""
    return {
        NoteKind.POINT: QCoreApplication.translate("NoteKind", "Point"),
        NoteKind.IDEA: QCoreApplication.translate("NoteKind", "Idea"),
        NoteKind.CONCERN: QCoreApplication.translate("NoteKind", "Concern"),
        NoteKind.QUESTION: QCoreApplication.translate("NoteKind", "Question"),
        NoteKind.PROPOSAL: QCoreApplication.translate("NoteKind", "Proposal"),
        NoteKind.QUOTE: QCoreApplication.translate("NoteKind", "Quote"),
        NoteKind.ACTION: QCoreApplication.translate("NoteKind", "Action"),
        NoteKind.PARKING_LOT: QCoreApplication.translate("NoteKind", "Parking lot"),
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
    return document_word("sector", Sector(sector))


def status_label(status: WorkshopStatus) -> str:
    return document_word("workshop_status", WorkshopStatus(status))


def language_label(code: str) -> str:
    return {"tr": "Türkçe", "en": "English"}.get(code, code)


def role_label(role: Role) -> str:
    return document_word("role", Role(role))


def invitation_label(invitation: Invitation) -> str:
    return {
        Invitation.NOT_INVITED: QCoreApplication.translate("Labels", "Not invited"),
        Invitation.INVITED: QCoreApplication.translate("Labels", "Invited"),
        Invitation.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        Invitation.DECLINED: QCoreApplication.translate("Labels", "Declined"),
    }[Invitation(invitation)]


def attendance_label(attendance: Attendance) -> str:
    return document_word("attendance", Attendance(attendance))


def plain_tooltip(text: str | None) -> str | None:
    """User text as a tooltip: Qt takes tooltip text that looks like markup for rich text,
    so it is escaped and marked up as one preformatted paragraph."""
    if not text:
        return None
    return '<p style="white-space:pre-wrap">' + html.escape(text) + "</p>"
