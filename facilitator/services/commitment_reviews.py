"""The review of a commitment at a later workshop: how it stood before and after, and who
reported on it in the room.

:func:`review` records it: the commitment's (new) status and where it was last reviewed,
and the review row of that workshop (one per commitment and workshop; a second review
there keeps the first "before"). :func:`review_state` and :func:`restore_review_state`
undo and redo a review exactly, refusing when either was changed since.
:func:`reviews_at` lists what was reviewed at a workshop, for its minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from facilitator.errors import StaleEditError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    Commitment,
    CommitmentReview,
    CommitmentStatus,
    Organization,
    Person,
    Workshop,
)
from facilitator.services._common import check_expected, check_field, get_or_raise

# The commitment's own rules and reading, shared with the module that owns them.
from facilitator.services.commitments import (
    _RESTORABLE,
    CommitmentRow,
    _check_whole,
    _clean,
    _read,
)
from facilitator.store import Store
from facilitator.text import sort_key

# What a later review at the same workshop may change in the row.
_REVIEW_FIELDS = ("status_before", "status_after", "reviewed_by_id", "reviewed_at", "remark")


@dataclass(frozen=True)
class ReviewRow:
    """A commitment reviewed at a workshop, as its minutes print it."""

    id: int
    commitment_id: int
    workshop_id: int
    title: str
    organization_name: str
    organization_short_name: str
    person_name: str  # the person responsible for the commitment ("" for none)
    due_date: date | None
    status_before: CommitmentStatus
    status_after: CommitmentStatus
    reviewed_by_id: int | None
    reviewed_by_name: str  # who reported on it ("" when nobody was named)
    reviewed_at: datetime
    remark: str


def review(
    store: Store,
    commitment_id: int,
    workshop_id: int,
    status: CommitmentStatus | str | None = None,
    now: datetime | None = None,
    *,
    reviewed_by_id: int | None = None,
    remark: str | None = None,
) -> CommitmentRow:
    """Record that a commitment was reviewed at a workshop (and, optionally, its new status).

    ``reviewed_by_id``: the person who reported on it; ``remark``: what was said. Either
    left out (None) keeps what an earlier review at the same workshop recorded.
    """
    now = now or datetime.now(UTC)
    with store.transaction() as s:
        commitment = get_or_raise(s, Commitment, commitment_id, translate("Errors", "commitment"))
        workshop = get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        _check_reviewable(s, commitment, workshop)
        if reviewed_by_id is not None:
            get_or_raise(s, Person, reviewed_by_id, translate("Errors", "person"))
        if remark is not None:
            remark = check_field(
                "commitment_review", "remark", remark, translate("Fields", "Remark")
            )
        before = commitment.status
        changes: dict = {"reviewed_workshop_id": workshop_id, "reviewed_at": now}
        if status is not None:
            changes["status"] = status
        for field, value in _clean(s, commitment.series_id, changes).items():
            setattr(commitment, field, value)
        row = _review_row(s, commitment_id, workshop_id)
        if row is None:
            row = CommitmentReview(
                commitment_id=commitment_id, workshop_id=workshop_id, status_before=before
            )
            row.remark = ""
            s.add(row)
        row.status_after = commitment.status
        row.reviewed_at = commitment.reviewed_at
        if reviewed_by_id is not None:
            row.reviewed_by_id = reviewed_by_id
        if remark is not None:
            row.remark = remark
        s.flush()
        return _read(s, commitment_id)


def _check_reviewable(s: Session, commitment: Commitment, workshop: Workshop) -> None:
    if commitment.series_id is not None and workshop.series_id != commitment.series_id:
        raise ValidationError(
            translate("Errors", "A commitment is reviewed at a workshop of its own series."),
            "workshop_id",
        )
    made = s.get(Workshop, commitment.workshop_id) if commitment.workshop_id else None
    if made is not None and (workshop.planned_start, workshop.id) < (made.planned_start, made.id):
        raise ValidationError(
            translate(
                "Errors",
                "A commitment cannot be reviewed at a workshop held before the one where it "
                "was made.",
            ),
            "workshop_id",
        )


def _review_row(s: Session, commitment_id: int, workshop_id: int) -> CommitmentReview | None:
    return s.scalar(
        select(CommitmentReview).where(
            CommitmentReview.commitment_id == commitment_id,
            CommitmentReview.workshop_id == workshop_id,
        )
    )


def _snapshot(row: CommitmentReview | None) -> dict | None:
    if row is None:
        return None
    return {column.key: getattr(row, column.key) for column in CommitmentReview.__table__.columns}


# -- undo and redo ---------------------------------------------------------------------------


def review_state(store: Store, commitment_id: int, workshop_id: int) -> dict:
    """What a review at ``workshop_id`` changes, as it stands now: the commitment's values
    (those :func:`commitments.commitment_values` gives) and its review row there (every
    column; None when it was not reviewed there)."""
    with store.session() as s:
        c = get_or_raise(s, Commitment, commitment_id, translate("Errors", "commitment"))
        return {
            "values": {field: getattr(c, field) for field in sorted(_RESTORABLE)},
            "review": _snapshot(_review_row(s, commitment_id, workshop_id)),
        }


def restore_review_state(
    store: Store, commitment_id: int, workshop_id: int, state: dict, *, expect: dict
) -> CommitmentRow:
    """Put back a state :func:`review_state` took (the undo or redo of a review): the
    commitment's values, and its review row at the workshop as it was (removed when there
    was none, with the same id and UUID when it comes back).

    Refused (:class:`StaleEditError`, nothing changes) when the commitment or the review
    row no longer hold ``expect``: a later change is never overwritten.
    """
    with store.transaction() as s:
        commitment = get_or_raise(s, Commitment, commitment_id, translate("Errors", "commitment"))
        check_expected(commitment, expect["values"])
        row = _review_row(s, commitment_id, workshop_id)
        _check_review(row, expect["review"])
        for field, value in _clean(s, commitment.series_id, state["values"]).items():
            setattr(commitment, field, value)
        _check_whole(commitment)
        wanted = state["review"]
        if wanted is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            values = dict(wanted)
            if (
                values["reviewed_by_id"] is not None
                and s.get(Person, values["reviewed_by_id"]) is None
            ):
                values["reviewed_by_id"] = None  # forgotten meanwhile: the review stays
            s.add(CommitmentReview(**values))
        else:
            for field in _REVIEW_FIELDS:
                setattr(row, field, wanted[field])
        s.flush()
        return _read(s, commitment_id)


def _check_review(row: CommitmentReview | None, expected: dict | None) -> None:
    if (row is None) != (expected is None) or (row is not None and row.id != expected["id"]):
        raise StaleEditError(
            translate(
                "Errors",
                "This was changed elsewhere since; undoing or redoing would "
                "overwrite the newer value, so nothing was changed.",
            )
        )
    if row is not None:
        check_expected(row, {field: expected[field] for field in _REVIEW_FIELDS})


# -- reading ---------------------------------------------------------------------------------

_reporter = aliased(Person)


def reviews_at(store: Store, workshop_id: int) -> list[ReviewRow]:
    """The commitments reviewed at ``workshop_id``, by organization (Turkish order), then
    what was committed."""
    with store.session() as s:
        get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        rows = s.execute(
            select(CommitmentReview, Commitment, Organization, Person, _reporter)
            .join(Commitment, Commitment.id == CommitmentReview.commitment_id)
            .join(Organization, Organization.id == Commitment.organization_id)
            .outerjoin(Person, Person.id == Commitment.person_id)
            .outerjoin(_reporter, _reporter.id == CommitmentReview.reviewed_by_id)
            .where(CommitmentReview.workshop_id == workshop_id)
        ).all()
        found = [
            ReviewRow(
                id=r.id,
                commitment_id=c.id,
                workshop_id=r.workshop_id,
                title=c.title,
                organization_name=org.name,
                organization_short_name=org.short_name or "",
                person_name=person.display_name() if person is not None else "",
                due_date=c.due_date,
                status_before=CommitmentStatus(r.status_before),
                status_after=CommitmentStatus(r.status_after),
                reviewed_by_id=r.reviewed_by_id,
                reviewed_by_name=reporter.display_name() if reporter is not None else "",
                reviewed_at=r.reviewed_at,
                remark=r.remark or "",
            )
            for r, c, org, person, reporter in rows
        ]
    return sorted(found, key=lambda r: (sort_key(r.organization_name), sort_key(r.title), r.id))
