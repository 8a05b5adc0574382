"""Merging two directory entries that are the same person or the same organization.

Everything that pointed to the entry that goes away is moved to the one that
stays — participations, notes, speaker turns, positions, commitments, the reviews
they reported on, roles in workshops and series, ideas and dots — in one transaction.
Where both entries had a row for the same workshop (or the same round), the one that
stays keeps its own and the richer facts of the other are folded in (e.g. present beats
unknown).

Dots: where both entries voted in the same dot round (two entries of one person, or of
one institution in a round by institution), their dots are added up as long as together
they stay within the round's budget, so the results stay what the room saw; dots on the
same card become one vote. Beyond the budget, the kept entry's dots stand and the other's
in that round go, as with positions: one voter, one budget.
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
    DotRound,
    DotVote,
    Idea,
    Invitation,
    Note,
    Organization,
    Participation,
    Person,
    Position,
    Series,
    SpeakerTurn,
    Voice,
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


def _combine_dots(s, column, keep_id: int, drop_id: int) -> tuple[int, int]:
    """Move the dots the entry that goes put as a voter (``column``: the person in rounds
    by person, the institution in rounds by institution) to the kept entry; (moved,
    combined). In a round where both voted, the dots are added up within the budget, else
    the kept entry's stand (see the module's words)."""
    voice = Voice.PERSON if column is DotVote.person_id else Voice.ORGANIZATION
    theirs_by_round: dict[int, list[DotVote]] = {}
    for vote in s.scalars(
        select(DotVote)
        .join(DotRound, DotRound.id == DotVote.round_id)
        .where(column == drop_id, DotRound.voice == voice)
        .order_by(DotVote.id)
    ):
        theirs_by_round.setdefault(vote.round_id, []).append(vote)
    moved = combined = 0
    for round_id, theirs in theirs_by_round.items():
        r = s.get(DotRound, round_id)
        mine = s.scalars(
            select(DotVote).where(DotVote.round_id == round_id, column == keep_id)
        ).all()
        if sum(v.dots for v in mine) + sum(v.dots for v in theirs) > r.budget:
            for vote in theirs:
                s.delete(vote)  # one voter, one budget: the kept entry's dots stand
                combined += 1
            continue
        on = {(v.idea_id, v.cluster_id): v for v in mine}
        for vote in theirs:
            same = on.get((vote.idea_id, vote.cluster_id))
            if same is None:
                setattr(vote, column.key, keep_id)
                moved += 1
            else:
                same.dots += vote.dots
                s.delete(vote)
                combined += 1
    if voice is Voice.PERSON and theirs_by_round:
        # The kept person's dots are on the institution they represent at the workshop now.
        s.flush()
        for r in s.scalars(select(DotRound).where(DotRound.id.in_(theirs_by_round))):
            org_id = s.scalar(
                select(Participation.organization_id).where(
                    Participation.workshop_id == r.workshop_id, Participation.person_id == keep_id
                )
            )
            if org_id is not None:
                s.execute(
                    update(DotVote)
                    .where(DotVote.round_id == r.id, DotVote.person_id == keep_id)
                    .values(organization_id=org_id)
                )
    return moved, combined


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

        dots_moved, dots_combined = _combine_dots(s, DotVote.person_id, keep_id, drop_id)
        moved += dots_moved
        combined += dots_combined
        # An idea the other entry gave for no institution is the kept person's institution's
        # at that workshop, as when they give one.
        for idea in s.scalars(
            select(Idea).where(Idea.author_id == drop_id, Idea.organization_id.is_(None))
        ).all():
            idea.organization_id = s.scalar(
                select(Participation.organization_id).where(
                    Participation.workshop_id == idea.workshop_id,
                    Participation.person_id == keep_id,
                )
            )

        for column in (
            Workshop.moderator_id,
            AgendaItem.presenter_id,
            Note.speaker_id,
            SpeakerTurn.person_id,
            Commitment.person_id,
            CommitmentReview.reviewed_by_id,
            Idea.author_id,
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
        dots_moved, dots_combined = _combine_dots(s, DotVote.organization_id, keep_id, drop_id)
        moved += dots_moved
        combined += dots_combined
        for column in (
            Person.organization_id,
            Participation.organization_id,
            Commitment.organization_id,
            Series.coordinator_id,
            Workshop.host_id,
            Idea.organization_id,
            DotVote.organization_id,  # the institution a person spoke for, in rounds by person
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
