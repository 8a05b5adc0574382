"""The attendees of a workshop as a table of text, ready to be written as CSV or XLSX.

Headers and the words for role, invitation and attendance are in the current
language (``facilitator.i18n``), with the same words the interface and the documents
use ("Katıldı", as on the attendance sheet and in the Attendees tab); the
person columns are named so that importing the file again maps them itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.i18n import translate
from facilitator.models import Attendance, Invitation, Role
from facilitator.services.attendee_import import Field, field_label
from facilitator.services.attendees import list_attendees
from facilitator.store import Store


@dataclass(frozen=True)
class AttendeeTable:
    """Headers and one row of text per attendee, in Turkish alphabetical order."""

    workshop_id: int
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    sheet_title: str


def role_text(role: Role) -> str:
    return {
        Role.MODERATOR: translate("Labels", "Moderator"),
        Role.HOST: translate("Labels", "Host"),
        Role.SPEAKER: translate("Labels", "Speaker"),
        Role.PARTICIPANT: translate("Labels", "Participant"),
        Role.OBSERVER: translate("Labels", "Observer"),
        Role.RAPPORTEUR: translate("Labels", "Rapporteur"),
        Role.ORGANIZER: translate("Labels", "Organizer"),
    }[Role(role)]


def invitation_text(invitation: Invitation) -> str:
    return {
        Invitation.NOT_INVITED: translate("Labels", "Not invited"),
        Invitation.INVITED: translate("Labels", "Invited"),
        Invitation.CONFIRMED: translate("Labels", "Confirmed"),
        Invitation.DECLINED: translate("Labels", "Declined"),
    }[Invitation(invitation)]


def attendance_text(attendance: Attendance) -> str:
    return {
        Attendance.UNKNOWN: translate("Attendance", "Unknown"),
        Attendance.PRESENT: translate("Attendance", "Present"),
        Attendance.ABSENT: translate("Attendance", "Absent"),
        Attendance.EXCUSED: translate("Attendance", "Excused"),
    }[Attendance(attendance)]


def attendee_table(store: Store, workshop_id: int) -> AttendeeTable:
    """The workshop's attendees as rows of text (the organization is the one represented)."""
    headers = (
        field_label(Field.HONORIFIC),
        field_label(Field.GIVEN_NAME),
        field_label(Field.FAMILY_NAME),
        field_label(Field.ORGANIZATION),
        field_label(Field.POSITION),
        field_label(Field.EMAIL),
        field_label(Field.PHONE),
        translate("Fields", "Role"),
        translate("Fields", "Invitation"),
        translate("Fields", "Attendance"),
    )
    rows = tuple(
        (
            a.honorific,
            a.given_name,
            a.family_name,
            a.organization_name,
            a.position,
            a.email,
            a.phone,
            role_text(a.role),
            invitation_text(a.invitation),
            attendance_text(a.attendance),
        )
        for a in list_attendees(store, workshop_id)
    )
    return AttendeeTable(
        workshop_id=workshop_id,
        headers=headers,
        rows=rows,
        sheet_title=translate("Fields", "Attendees"),
    )
