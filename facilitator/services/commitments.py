"""Commitments: what an institution undertakes to do for a series, by when, and their review.

A commitment is made at a workshop (or straight on the series' roadmap), by
an organization and optionally one of its people, with a contribution type,
an optional quantity in one unit, a phase, start and due dates, a status and
the decision it serves. Open commitments of earlier workshops are carried
into each later workshop of the series for review; the review records the
workshop where it happened. Rows come back as frozen dataclasses so the
minutes (#7), the workshop page and the roadmap read the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    Commitment,
    CommitmentReview,
    CommitmentStatus,
    ContributionType,
    Note,
    Organization,
    Outcome,
    Participation,
    Person,
    Phase,
    Proposal,
    QuantityUnit,
    Sector,
    Series,
    Workshop,
)
from facilitator.services import snapshots
from facilitator.services._common import (
    MAX_AMOUNT,
    check_choice,
    check_date,
    check_expected,
    check_field,
    check_id,
    check_seen,
    field_rule,
    get_or_raise,
    unknown_fields,
)
from facilitator.store import Store
from facilitator.text import sort_key
from facilitator.zones import zone

OPEN_STATUSES = (
    CommitmentStatus.PROPOSED,
    CommitmentStatus.COMMITTED,
    CommitmentStatus.IN_PROGRESS,
)
CLOSED_STATUSES = (CommitmentStatus.DONE, CommitmentStatus.DROPPED)
AGREED_OUTCOMES = (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS)
# The limits of the shared field rules.
MAX_TITLE = field_rule("commitment", "title").max_length
MAX_QUANTITY = MAX_AMOUNT


@dataclass(frozen=True)
class CommitmentRow:
    """One commitment as tables, the timeline, the matrix and the minutes show it."""

    id: int
    uuid: str
    series_id: int | None
    workshop_id: int | None  # where it was made
    workshop_number: int | None
    made_on: date | None  # the day of that workshop
    title: str
    organization_id: int
    organization_name: str
    sector: Sector
    person_id: int | None
    person_name: str
    contribution_type: ContributionType
    quantity: Decimal | None
    unit: QuantityUnit | None
    phase_id: int | None
    phase_title: str
    start_date: date | None
    due_date: date | None
    status: CommitmentStatus
    proposal_id: int | None
    decision_label: str
    reviewed_workshop_id: int | None
    reviewed_workshop_number: int | None
    reviewed_at: datetime | None
    overdue: bool = False  # set by :func:`carried_over` and :func:`with_overdue`
    organization_short_name: str = ""  # "BBB": what people type to find the organization

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class DecisionChoice:
    """An agreed decision a commitment can serve: "5/2 İlk ortak proje …"."""

    id: int
    label: str


def is_overdue(status: CommitmentStatus, due: date | None, today: date) -> bool:
    """Past its due date and neither done nor dropped."""
    return due is not None and due < today and status not in CLOSED_STATUSES


def with_overdue(rows, today: date) -> list[CommitmentRow]:
    """The rows with ``overdue`` worked out for ``today``."""
    return [replace(r, overdue=is_overdue(r.status, r.due_date, today)) for r in rows]


def shorten_title(text: str) -> str:
    """A text as a commitment's title: whole when it fits, otherwise cut at a word before
    :data:`MAX_TITLE` characters with "…" (a long live note becomes a commitment)."""
    text = text.strip()
    if len(text) <= MAX_TITLE:
        return text
    cut = text[: MAX_TITLE - 1]
    space = cut.rfind(" ")
    if space > MAX_TITLE // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def decision_label(workshop_number: int | None, decision_number: int | None, title: str) -> str:
    if decision_number is not None and workshop_number is not None:
        return f"{workshop_number}/{decision_number} {title}"
    return title


# -- reading --------------------------------------------------------------------------------

_made = aliased(Workshop)
_reviewed = aliased(Workshop)
_decided = aliased(Workshop)


def _select():
    c = Commitment
    return (
        select(
            c.id,
            c.uuid,
            c.series_id,
            c.workshop_id,
            _made.number.label("workshop_number"),
            _made.planned_start.label("made_at"),
            _made.time_zone.label("made_zone"),
            c.title,
            c.organization_id,
            Organization.name.label("organization_name"),
            Organization.short_name.label("organization_short_name"),
            Organization.sector,
            c.person_id,
            Person.honorific,
            Person.given_name,
            Person.family_name,
            c.contribution_type,
            c.quantity,
            c.unit,
            c.phase_id,
            Phase.title.label("phase_title"),
            c.start_date,
            c.due_date,
            c.status,
            c.proposal_id,
            Proposal.title.label("proposal_title"),
            Proposal.decision_number,
            _decided.number.label("decided_workshop_number"),
            c.reviewed_workshop_id,
            _reviewed.number.label("reviewed_workshop_number"),
            c.reviewed_at,
        )
        .join(Organization, Organization.id == c.organization_id)
        .outerjoin(Person, Person.id == c.person_id)
        .outerjoin(_made, _made.id == c.workshop_id)
        .outerjoin(Phase, Phase.id == c.phase_id)
        .outerjoin(Proposal, Proposal.id == c.proposal_id)
        .outerjoin(_decided, _decided.id == Proposal.workshop_id)
        .outerjoin(_reviewed, _reviewed.id == c.reviewed_workshop_id)
    )


def _local_day(value: datetime | None, time_zone: str | None) -> date | None:
    """The day of a workshop where it is held (its own zone), whatever the computer's."""
    if value is None:
        return None
    return value.astimezone(zone(time_zone)).date()


# Stored value → member, by a dict lookup (StrEnum members hash as their values): a roadmap
# reads thousands of rows, and calling the enum class for each is a measurable part of it.
_SECTOR = {m.value: m for m in Sector}
_TYPE = {m.value: m for m in ContributionType}
_UNIT = {m.value: m for m in QuantityUnit}
_STATUS = {m.value: m for m in CommitmentStatus}


def _rows(result) -> list[CommitmentRow]:
    rows = []
    days: dict = {}
    for r in result:
        person = " ".join(p for p in (r.honorific, r.given_name, r.family_name) if p)
        made = days.get((r.made_at, r.made_zone))
        if made is None and r.made_at is not None:
            made = days[r.made_at, r.made_zone] = _local_day(r.made_at, r.made_zone)
        rows.append(
            CommitmentRow(
                id=r.id,
                uuid=r.uuid,
                series_id=r.series_id,
                workshop_id=r.workshop_id,
                workshop_number=r.workshop_number,
                made_on=made,
                title=r.title,
                organization_id=r.organization_id,
                organization_name=r.organization_name,
                organization_short_name=r.organization_short_name or "",
                sector=_SECTOR[r.sector],
                person_id=r.person_id,
                person_name=person,
                contribution_type=_TYPE[r.contribution_type],
                quantity=r.quantity,
                unit=_UNIT[r.unit] if r.unit is not None else None,
                phase_id=r.phase_id,
                phase_title=r.phase_title or "",
                start_date=r.start_date,
                due_date=r.due_date,
                status=_STATUS[r.status],
                proposal_id=r.proposal_id,
                decision_label=decision_label(
                    r.decided_workshop_number, r.decision_number, r.proposal_title
                )
                if r.proposal_id is not None
                else "",
                reviewed_workshop_id=r.reviewed_workshop_id,
                reviewed_workshop_number=r.reviewed_workshop_number,
                reviewed_at=r.reviewed_at,
            )
        )
    return rows


def _order(rows: list[CommitmentRow]) -> list[CommitmentRow]:
    """By organization (Turkish order), then due date (undated last), then as entered."""
    far = date.max
    keys: dict[str, tuple] = {}
    for r in rows:
        if r.organization_name not in keys:
            keys[r.organization_name] = sort_key(r.organization_name)
    return sorted(rows, key=lambda r: (keys[r.organization_name], r.due_date or far, r.id))


def _read(session: Session, commitment_id: int) -> CommitmentRow:
    return _rows(session.execute(_select().where(Commitment.id == commitment_id)))[0]


def get_commitment(store: Store, commitment_id: int) -> CommitmentRow:
    with store.session() as s:
        get_or_raise(s, Commitment, commitment_id, translate("Errors", "commitment"))
        return _read(s, commitment_id)


def commitments_of_workshop(store: Store, workshop_id: int) -> list[CommitmentRow]:
    """The commitments made at a workshop, by organization (Turkish order), then due date."""
    with store.session() as s:
        get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        return _order(_rows(s.execute(_select().where(Commitment.workshop_id == workshop_id))))


def commitments_of_series(store: Store, series_id: int) -> list[CommitmentRow]:
    """Every commitment on a series' roadmap, by organization, then due date."""
    with store.session() as s:
        get_or_raise(s, Series, series_id, translate("Errors", "series"))
        return _order(_rows(s.execute(_select().where(Commitment.series_id == series_id))))


def carried_over(store: Store, workshop_id: int, today: date) -> list[CommitmentRow]:
    """Commitments of earlier workshops of the same series to review at this one.

    The open ones (proposed, committed, in progress), plus those already
    reviewed at this workshop whatever their status now, so that what was
    marked done or dropped here stays in sight. ``overdue`` is set for
    ``today``. A workshop outside any series has nothing carried over.
    """
    today = check_date(today, "today", translate("Fields", "Today"))
    with store.session() as s:
        workshop = get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        if workshop.series_id is None:
            return []
        # Everything on the series' roadmap except what was made here or at a later workshop:
        # a commitment whose workshop was deleted (or one made straight on the roadmap) is
        # still reviewed.
        here_or_later = select(Workshop.id).where(
            Workshop.series_id == workshop.series_id,
            or_(
                Workshop.planned_start > workshop.planned_start,
                and_(Workshop.planned_start == workshop.planned_start, Workshop.id >= workshop.id),
            ),
        )
        stmt = _select().where(
            Commitment.series_id == workshop.series_id,
            or_(Commitment.workshop_id.is_(None), Commitment.workshop_id.not_in(here_or_later)),
            or_(
                Commitment.status.in_([st.value for st in OPEN_STATUSES]),
                Commitment.reviewed_workshop_id == workshop_id,
            ),
        )
        rows = _rows(s.execute(stmt))
    rows = with_overdue(rows, today)
    # Overdue first (they need a word), then by due date.
    return sorted(
        rows,
        key=lambda r: (not r.overdue, r.due_date or date.max, sort_key(r.organization_name), r.id),
    )


def decision_choices(store: Store, workshop_id: int) -> list[DecisionChoice]:
    """The workshop's agreed decisions (agreed, or with reservations), by decision number."""
    with store.session() as s:
        workshop = get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        stmt = (
            select(Proposal.id, Proposal.title, Proposal.decision_number)
            .where(
                Proposal.workshop_id == workshop_id,
                Proposal.outcome.in_([o.value for o in AGREED_OUTCOMES]),
            )
            .order_by(Proposal.decision_number.is_(None), Proposal.decision_number, Proposal.id)
        )
        return [
            DecisionChoice(r.id, decision_label(workshop.number, r.decision_number, r.title))
            for r in s.execute(stmt)
        ]


def series_decision_choices(store: Store, series_id: int) -> list[DecisionChoice]:
    """The agreed decisions of all the series' workshops, by workshop, then decision number:
    what a commitment made straight on the roadmap can serve."""
    with store.session() as s:
        get_or_raise(s, Series, series_id, translate("Errors", "series"))
        stmt = (
            select(Proposal.id, Proposal.title, Proposal.decision_number, Workshop.number)
            .join(Workshop, Workshop.id == Proposal.workshop_id)
            .where(
                Workshop.series_id == series_id,
                Proposal.outcome.in_([o.value for o in AGREED_OUTCOMES]),
            )
            .order_by(
                Workshop.planned_start,
                Workshop.id,
                Proposal.decision_number.is_(None),
                Proposal.decision_number,
                Proposal.id,
            )
        )
        return [
            DecisionChoice(r.id, decision_label(r.number, r.decision_number, r.title))
            for r in s.execute(stmt)
        ]


# -- writing --------------------------------------------------------------------------------

_FIELDS = {
    "title",
    "organization_id",
    "person_id",
    "contribution_type",
    "quantity",
    "unit",
    "phase_id",
    "start_date",
    "due_date",
    "status",
    "proposal_id",
}
_RESTORABLE = _FIELDS | {"reviewed_workshop_id", "reviewed_at"}


def _seen_labels() -> dict[str, str]:
    """What the commitment form calls its fields, for a refused edit."""
    return {
        "title": translate("Fields", "What"),
        "organization_id": translate("Fields", "Organization"),
        "person_id": translate("Fields", "Person"),
        "phase_id": translate("Fields", "Phase"),
        "proposal_id": translate("Fields", "Decision"),
    }


def _quantity(value) -> Decimal | None:
    return check_field("commitment", "quantity", value, translate("Fields", "Quantity"))


def _clean(session: Session, series_id: int | None, changes: dict) -> dict:
    unknown_fields(changes, _RESTORABLE)
    cleaned: dict = {}
    if "title" in changes:
        cleaned["title"] = check_field(
            "commitment", "title", changes["title"], translate("Fields", "What")
        )
    if "organization_id" in changes:
        if changes["organization_id"] is None:
            raise ValidationError(
                translate("Errors", "A commitment needs the organization that makes it."),
                "organization_id",
            )
        get_or_raise(
            session, Organization, changes["organization_id"], translate("Errors", "organization")
        )
        cleaned["organization_id"] = changes["organization_id"]
    if "person_id" in changes:
        if changes["person_id"] is not None:
            get_or_raise(session, Person, changes["person_id"], translate("Errors", "person"))
        cleaned["person_id"] = changes["person_id"]
    if "contribution_type" in changes:
        cleaned["contribution_type"] = check_choice(
            changes["contribution_type"],
            ContributionType,
            "contribution_type",
            translate("Fields", "contribution type"),
        )
    if "quantity" in changes:
        cleaned["quantity"] = _quantity(changes["quantity"])
    if "unit" in changes:
        cleaned["unit"] = (
            None
            if changes["unit"] in (None, "")
            else check_choice(changes["unit"], QuantityUnit, "unit", translate("Fields", "unit"))
        )
    if "phase_id" in changes:
        if changes["phase_id"] is not None:
            phase = get_or_raise(session, Phase, changes["phase_id"], translate("Errors", "phase"))
            if series_id is not None and phase.series_id != series_id:
                raise ValidationError(
                    translate("Errors", "The phase “{title}” belongs to another series.").format(
                        title=phase.title
                    ),
                    "phase_id",
                )
        cleaned["phase_id"] = changes["phase_id"]
    for field, label in (
        ("start_date", translate("Fields", "Start date")),
        ("due_date", translate("Fields", "Due date")),
    ):
        if field in changes:
            cleaned[field] = check_field("commitment", field, changes[field], label)
    if "status" in changes:
        cleaned["status"] = check_choice(
            changes["status"], CommitmentStatus, "status", translate("Fields", "status")
        )
    if "proposal_id" in changes:
        if changes["proposal_id"] is not None:
            get_or_raise(session, Proposal, changes["proposal_id"], translate("Errors", "decision"))
        cleaned["proposal_id"] = changes["proposal_id"]
    if "reviewed_workshop_id" in changes:
        if changes["reviewed_workshop_id"] is not None:
            get_or_raise(
                session, Workshop, changes["reviewed_workshop_id"], translate("Errors", "workshop")
            )
        cleaned["reviewed_workshop_id"] = changes["reviewed_workshop_id"]
    if "reviewed_at" in changes:
        cleaned["reviewed_at"] = check_field(
            "commitment", "reviewed_at", changes["reviewed_at"], translate("Fields", "Reviewed")
        )
    return cleaned


def _check_whole(c: Commitment) -> None:
    """The rules between fields, on the commitment as it would be saved."""
    if c.quantity is not None and c.unit is None:
        raise ValidationError(
            translate(
                "Errors", "A quantity needs its unit (TRY, EUR, volunteer hours or volunteers)."
            ),
            "unit",
        )
    if c.unit is not None and c.quantity is None:
        raise ValidationError(
            translate("Errors", "A unit needs a quantity; enter the amount or clear the unit."),
            "quantity",
        )
    if c.start_date is not None and c.due_date is not None and c.due_date < c.start_date:
        raise ValidationError(
            translate("Errors", "The due date ({due}) is before the start date ({start}).").format(
                due=c.due_date.strftime("%d.%m.%Y"), start=c.start_date.strftime("%d.%m.%Y")
            ),
            "due_date",
        )


def _check_links(s: Session, c: Commitment, before: tuple | None) -> None:
    """The person and the decision must fit the commitment; checked only when they (or the
    organization) change, so undoing an old edit is not refused for what changed since."""
    org_id, person_id, proposal_id = before or (None, None, None)
    if c.person_id is not None and (
        before is None or (c.person_id, c.organization_id) != (person_id, org_id)
    ):
        person = s.get(Person, c.person_id)
        # Speaking for it at a workshop of the series, or at the commitment's own one.
        where_represented = [
            condition
            for condition, known in (
                (Workshop.series_id == c.series_id, c.series_id is not None),
                (Participation.workshop_id == c.workshop_id, c.workshop_id is not None),
            )
            if known
        ]
        represented = (
            bool(where_represented)
            and s.scalar(
                select(Participation.id)
                .join(Workshop, Workshop.id == Participation.workshop_id)
                .where(
                    Participation.person_id == c.person_id,
                    Participation.organization_id == c.organization_id,
                    or_(*where_represented),
                )
                .limit(1)
            )
            is not None
        )
        if person.organization_id != c.organization_id and not represented:
            organization = s.get(Organization, c.organization_id)
            raise ValidationError(
                translate(
                    "Errors",
                    "{person} is not with {organization}; choose one of its people or nobody.",
                ).format(person=person.display_name(), organization=organization.name),
                "person_id",
            )
    if c.proposal_id is not None and (before is None or c.proposal_id != proposal_id):
        proposal = s.get(Proposal, c.proposal_id)
        decided = s.get(Workshop, proposal.workshop_id)
        _require_agreed(proposal)
        if (c.series_id is not None and decided.series_id != c.series_id) or (
            c.series_id is None and proposal.workshop_id != c.workshop_id
        ):
            raise ValidationError(
                translate("Errors", "The decision “{title}” was taken in another series.").format(
                    title=proposal.title
                ),
                "proposal_id",
            )


def _require_agreed(proposal: Proposal) -> None:
    if proposal.outcome not in AGREED_OUTCOMES:
        raise ValidationError(
            translate(
                "Errors",
                "“{title}” has not been agreed; a commitment serves an agreed decision.",
            ).format(title=proposal.title),
            "proposal_id",
        )


def _agreed_decision(session: Session, proposal_id) -> Proposal:
    """The decision a commitment is to serve; refused unless the room agreed it."""
    proposal = get_or_raise(
        session, Proposal, check_id(proposal_id, "decision"), translate("Errors", "decision")
    )
    _require_agreed(proposal)
    return proposal


def create_commitment(
    store: Store,
    title: str,
    organization_id: int | None,
    *,
    workshop_id: int | None = None,
    series_id: int | None = None,
    **fields,
) -> CommitmentRow:
    """A new commitment, made at ``workshop_id`` (its series is the roadmap it goes on)
    or straight on the roadmap of ``series_id``."""
    with store.transaction() as s:
        return _create(s, title, organization_id, workshop_id, series_id, fields)


def _create(s: Session, title, organization_id, workshop_id, series_id, fields) -> CommitmentRow:
    if workshop_id is not None:
        workshop = get_or_raise(s, Workshop, workshop_id, translate("Errors", "workshop"))
        series_id = workshop.series_id
    elif series_id is not None:
        get_or_raise(s, Series, series_id, translate("Errors", "series"))
    else:
        raise ValidationError(
            translate("Errors", "A commitment is made at a workshop or on a series' roadmap.")
        )
    cleaned = _clean(s, series_id, {"title": title, "organization_id": organization_id, **fields})
    commitment = Commitment(series_id=series_id, workshop_id=workshop_id, **cleaned)
    _check_whole(commitment)
    _check_links(s, commitment, None)
    s.add(commitment)
    s.flush()
    return _read(s, commitment.id)


def update_commitment(
    store: Store,
    commitment_id: int,
    *,
    expect: dict | None = None,
    seen: dict | None = None,
    **changes,
) -> CommitmentRow:
    """Change fields of a commitment; a refused value changes nothing.

    ``expect`` (an undo's or redo's, as :func:`commitment_values` gave them): the values
    the commitment must still hold, else :class:`StaleEditError` and nothing changes.
    ``seen`` (an edit's): the values the user
    saw, else :class:`ChangedElsewhereError` naming the field and its new value.
    """
    with store.transaction() as s:
        commitment = get_or_raise(s, Commitment, commitment_id, translate("Errors", "commitment"))
        if expect:
            check_expected(commitment, expect)
        check_seen(
            commitment,
            seen,
            lambda values: _clean(s, commitment.series_id, values),
            _seen_labels(),
        )
        before = (commitment.organization_id, commitment.person_id, commitment.proposal_id)
        cleaned = _clean(s, commitment.series_id, changes)
        for field, value in cleaned.items():
            setattr(commitment, field, value)
        _check_whole(commitment)
        _check_links(s, commitment, before)
        s.flush()
        return _read(s, commitment_id)


def commitment_values(store: Store, commitment_id: int) -> dict:
    """The editable values of a commitment, to put them back on undo."""
    with store.session() as s:
        c = get_or_raise(s, Commitment, commitment_id, translate("Errors", "commitment"))
        return {field: getattr(c, field) for field in sorted(_RESTORABLE)}


def restore_values(
    store: Store, commitment_id: int, values: dict, *, expect: dict | None = None
) -> CommitmentRow:
    """Put back values taken by :func:`commitment_values` (undo of an edit or a review),
    refused when the commitment no longer holds ``expect`` (changed elsewhere since)."""
    return update_commitment(store, commitment_id, expect=expect, **values)


def delete_commitment(store: Store, commitment_id: int, *, expect: dict | None = None) -> dict:
    """Delete a commitment; returns what :func:`restore_commitment` needs to bring it back.

    ``expect`` (the undo of making it, the redo of deleting it; as :func:`commitment_values`
    gave them): the values it must still hold, else :class:`StaleEditError` and it stays.
    """
    with store.transaction() as s:
        c = get_or_raise(s, Commitment, commitment_id, translate("Errors", "commitment"))
        if expect:
            check_expected(c, expect)
        taken = {column.key: getattr(c, column.key) for column in Commitment.__table__.columns}
        # Its reviews at later workshops go with it, and come back with it.
        reviews = select(CommitmentReview.id).where(CommitmentReview.commitment_id == c.id)
        taken["reviews"] = snapshots.take(s, CommitmentReview, s.scalars(reviews).all())
        s.delete(c)
        return taken


def restore_commitment(store: Store, taken: dict) -> CommitmentRow:
    """Bring a deleted commitment back with the same id and uuid (undo of a delete)."""
    with store.transaction() as s:
        values = dict(taken)
        reviews = values.pop("reviews", [])
        for key, model in (
            ("workshop_id", Workshop),
            ("phase_id", Phase),
            ("proposal_id", Proposal),
        ):
            if values.get(key) is not None and s.get(model, values[key]) is None:
                values[key] = None  # gone meanwhile: the commitment still stands
        if (
            values.get("reviewed_workshop_id") is not None
            and s.get(Workshop, values["reviewed_workshop_id"]) is None
        ):
            values["reviewed_workshop_id"] = None
        get_or_raise(
            s, Organization, values["organization_id"], translate("Errors", "organization")
        )
        commitment = Commitment(**values)
        s.add(commitment)
        s.flush()
        kept = []
        for review in reviews:  # those of workshops since deleted are gone for good
            if s.get(Workshop, review["workshop_id"]) is not None:
                if review["reviewed_by_id"] is not None and not s.get(
                    Person, review["reviewed_by_id"]
                ):
                    review = {**review, "reviewed_by_id": None}
                kept.append(review)
        snapshots.put_back(s, CommitmentReview, kept)
        return _read(s, commitment.id)


def commitment_from_note(
    store: Store, note_id: int, organization_id: int | None, **fields
) -> CommitmentRow:
    """A commitment made from a note: its text is what is committed, at the note's workshop.

    The speaker of the note becomes the responsible person when they speak for the
    organization: represent it at the workshop (or, not represented there, work for
    it), unless ``person_id`` is given.
    """
    with store.transaction() as s:
        note = get_or_raise(s, Note, note_id, translate("Errors", "note"))
        if "person_id" not in fields and note.speaker_id is not None and organization_id:
            represented = s.scalar(
                select(Participation.organization_id).where(
                    Participation.workshop_id == note.workshop_id,
                    Participation.person_id == note.speaker_id,
                )
            )
            if represented is None:
                speaker = s.get(Person, note.speaker_id)
                represented = speaker.organization_id if speaker is not None else None
            if represented == organization_id:
                fields["person_id"] = note.speaker_id
        title = fields.pop("title", None) or shorten_title(note.text)
        return _create(s, title, organization_id, note.workshop_id, None, fields)


def commitment_from_decision(
    store: Store, proposal_id: int, organization_id: int | None, **fields
) -> CommitmentRow:
    """A commitment serving an agreed decision, made at the workshop that decided it.

    The decision's outcome statement (or its title) is the starting text.
    """
    with store.transaction() as s:
        proposal = _agreed_decision(s, proposal_id)
        title = fields.pop("title", None) or proposal.outcome_statement or proposal.title
        fields["proposal_id"] = proposal.id
        return _create(s, title, organization_id, proposal.workshop_id, None, fields)


def decision_defaults(store: Store, proposal_id: int) -> dict:
    """What a new commitment serving an agreed decision starts from: the decision's outcome
    statement (or title) as its text, and the decision itself."""
    with store.session() as s:
        proposal = _agreed_decision(s, proposal_id)
        return {
            "title": proposal.outcome_statement or proposal.title,
            "proposal_id": proposal.id,
        }


def review(
    store: Store,
    commitment_id: int,
    workshop_id: int,
    status: CommitmentStatus | str | None = None,
    now: datetime | None = None,
    **reported,
) -> CommitmentRow:
    """Record that a commitment was reviewed at a workshop (and, optionally, its new status,
    who reported on it and what was said): see :func:`commitment_reviews.review`."""
    from facilitator.services.commitment_reviews import review as record

    return record(store, commitment_id, workshop_id, status, now, **reported)
