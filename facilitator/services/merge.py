"""Merging two directory entries that are the same person or the same organization.

Everything that pointed to the entry that goes away is moved to the one that
stays — participations, notes, speaker turns, positions, commitments, the reviews
they reported on, roles in workshops and series — in one transaction. Where both
entries had a row for the same workshop (or the same round), the one that stays
keeps its own and the richer facts of the other are folded in (e.g. present beats
unknown).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    AgendaItem,
    Attendance,
    Commitment,
    CommitmentReview,
    Invitation,
    Note,
    Organization,
    Participation,
    Person,
    Position,
    Series,
    SpeakerTurn,
    Workshop,
)
from facilitator.services._common import get_or_raise
from facilitator.store import Store

_INVITATION_RANK = {
    Invitation.NOT_INVITED: 0,
    Invitation.DECLINED: 1,
    Invitation.INVITED: 2,
    Invitation.CONFIRMED: 3,
}
_ATTENDANCE_RANK = {
    Attendance.UNKNOWN: 0,
    Attendance.ABSENT: 1,
    Attendance.EXCUSED: 2,
    Attendance.PRESENT: 3,
}


@dataclass(frozen=True)
class MergeResult:
    """What moved from the removed entry to the kept one."""

    kept_id: int
    moved: int  # rows that now point to the kept entry
    combined: int  # rows of the same workshop or round folded into the kept entry's


def merge_people(store: Store, keep_id: int, drop_id: int) -> MergeResult:
    """Make ``drop_id`` part of ``keep_id`` and remove it from the directory."""
    if keep_id == drop_id:
        raise ValidationError(translate("Errors", "A person cannot be merged with themselves."))
    with store.transaction() as s:
        keep = get_or_raise(s, Person, keep_id, translate("Errors", "person"))
        drop = get_or_raise(s, Person, drop_id, translate("Errors", "person"))
        moved = combined = 0

        kept_participations = {
            p.workshop_id: p
            for p in s.scalars(select(Participation).where(Participation.person_id == keep_id))
        }
        for p in s.scalars(select(Participation).where(Participation.person_id == drop_id)).all():
            mine = kept_participations.get(p.workshop_id)
            if mine is None:
                p.person_id = keep_id
                moved += 1
                continue
            if _INVITATION_RANK[p.invitation] > _INVITATION_RANK[mine.invitation]:
                mine.invitation = p.invitation
            if _ATTENDANCE_RANK[p.attendance] > _ATTENDANCE_RANK[mine.attendance]:
                mine.attendance = p.attendance
                mine.arrived_at = mine.arrived_at or p.arrived_at
            if mine.organization_id is None:
                mine.organization_id = p.organization_id
            s.delete(p)
            combined += 1

        kept_rounds = set(s.scalars(select(Position.round_id).where(Position.person_id == keep_id)))
        for position in s.scalars(select(Position).where(Position.person_id == drop_id)).all():
            if position.round_id in kept_rounds:
                s.delete(position)  # one voice per person in a round: the kept one stands
                combined += 1
            else:
                position.person_id = keep_id
                moved += 1

        for column in (
            Workshop.moderator_id,
            AgendaItem.presenter_id,
            Note.speaker_id,
            SpeakerTurn.person_id,
            Commitment.person_id,
            CommitmentReview.reviewed_by_id,
        ):
            result = s.execute(
                update(column.class_).where(column == drop_id).values({column.key: keep_id})
            )
            moved += result.rowcount or 0

        for field in ("honorific", "position", "email", "phone", "family_name"):
            if not getattr(keep, field) and getattr(drop, field):
                setattr(keep, field, getattr(drop, field))
        if keep.organization_id is None:
            keep.organization_id = drop.organization_id
        if keep.consent_date is None and drop.consent_date is not None:
            keep.consent_date = drop.consent_date
            keep.contact_consent = drop.contact_consent
        s.flush()
        s.delete(drop)
        return MergeResult(keep_id, moved, combined)


def merge_organizations(store: Store, keep_id: int, drop_id: int) -> MergeResult:
    """Make ``drop_id`` part of ``keep_id`` and remove it from the directory."""
    if keep_id == drop_id:
        raise ValidationError(translate("Errors", "An organization cannot be merged with itself."))
    with store.transaction() as s:
        keep = get_or_raise(s, Organization, keep_id, translate("Errors", "organization"))
        drop = get_or_raise(s, Organization, drop_id, translate("Errors", "organization"))
        moved = combined = 0
        kept_rounds = set(
            s.scalars(select(Position.round_id).where(Position.organization_id == keep_id))
        )
        for position in s.scalars(
            select(Position).where(Position.organization_id == drop_id)
        ).all():
            if position.round_id in kept_rounds:
                s.delete(position)  # one voice per institution: the kept one stands
                combined += 1
            else:
                position.organization_id = keep_id
                moved += 1
        for column in (
            Person.organization_id,
            Participation.organization_id,
            Commitment.organization_id,
            Series.coordinator_id,
            Workshop.host_id,
        ):
            result = s.execute(
                update(column.class_).where(column == drop_id).values({column.key: keep_id})
            )
            moved += result.rowcount or 0
        for field in ("short_name", "city", "website"):
            if not getattr(keep, field) and getattr(drop, field):
                setattr(keep, field, getattr(drop, field))
        s.flush()
        s.expire_all()
        s.delete(s.get(Organization, drop_id))
        return MergeResult(keep_id, moved, combined)
