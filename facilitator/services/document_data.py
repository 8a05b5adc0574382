"""What the documents show, gathered from the store as plain frozen dataclasses.

One function per document (:func:`minutes_data`, :func:`agenda_data`,
:func:`attendance_data`, :func:`roadmap_data`). The document writers in
``facilitator/documents`` take these values and never touch the database, so
they are tested and rendered without a store.

Decisions come from :mod:`facilitator.services.proposals` (the minutes' view
and the series register, tallies in the scale order of
:mod:`facilitator.services.consensus`), commitments from
:mod:`facilitator.services.commitments` and phases from
:mod:`facilitator.services.roadmap`, the ideas board's section of the minutes from
:mod:`facilitator.services.minutes_ideas`; this module only turns their rows into
the documents' dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.errors import NotFoundError, ValidationError
from facilitator.i18n import translate
from facilitator.models.enums import Attendance, Invitation, Role, WorkshopStatus
from facilitator.services._common import get_or_raise
from facilitator.services.minutes_ideas import IdeasSection, read_ideas_section
from facilitator.store import Store
from facilitator.text import sort_key


@dataclass(frozen=True)
class WorkshopHeader:
    """The facts every workshop document opens with."""

    id: int
    series_title: str
    number: int | None
    title: str
    guiding_question: str
    objectives: str
    planned_start: datetime
    planned_end: datetime
    actual_start: datetime | None
    actual_end: datetime | None
    venue_name: str
    venue_address: str
    host: str
    moderator: str
    rapporteurs: tuple[str, ...]
    status: str
    uuid: str = ""
    time_zone: str = ""  # IANA name: its times are printed in it ("": this computer's)
    # Who issues its documents: the series' coordinating organization, else the host.
    organizer: str = ""


@dataclass(frozen=True)
class ParticipantLine:
    """One attendee of a workshop as the documents list them."""

    name: str
    organization: str
    sector: str  # Sector value, "" without organization
    role: str  # Role value
    position: str
    invitation: str
    attendance: str
    email: str  # only when the person consented to share contact details
    phone: str


@dataclass(frozen=True)
class AgendaLine:
    """An agenda item with planned (computed) and actual times."""

    id: int
    position: int
    title: str
    kind: str
    planned_minutes: int
    planned_start: datetime
    planned_end: datetime
    actual_start: datetime | None
    actual_end: datetime | None
    presenter: str
    goal: str
    # The session ended before the item was started (recorded: an ended session, no start).
    not_reached: bool = False
    uuid: str = ""  # the item's, stable across databases (a bundle moves the record)


@dataclass(frozen=True)
class NoteLine:
    """A note of the discussion; ``speaker`` is "" when none was recorded."""

    agenda_item_id: int | None
    kind: str
    text: str
    speaker: str
    noted_at: datetime
    id: int = 0  # the note's row: which note a later version changed
    uuid: str = ""  # the same note in another database (a bundle moves the record)


@dataclass(frozen=True)
class RoundLine:
    """One round of a decision: its tally in the scale order of its method."""

    number: int
    method: str
    voice: str
    tally: tuple[tuple[str, int], ...]
    reasons: tuple[tuple[str, str, str], ...] = ()  # (who, position value, reason)


@dataclass(frozen=True)
class DecisionLine:
    """A proposal put to the room, with its rounds and outcome (a decision when numbered)."""

    label: str  # "5/2" in the register; "" for a proposal without a number
    title: str
    text: str  # the last wording
    agenda_item: str
    method: str
    voice: str
    rounds: tuple[RoundLine, ...]
    outcome: str | None
    statement: str
    override_reason: str
    review_date: date | None
    workshop_title: str = ""
    decided_at: datetime | None = None


@dataclass(frozen=True)
class CommitmentLine:
    """A commitment of an organization: what, how much, by when, how it stands."""

    title: str
    organization: str
    person: str
    contribution_type: str
    quantity: Decimal | None
    unit: str | None
    phase_id: int | None
    phase: str
    start_date: date | None
    due_date: date | None
    status: str
    id: int = 0  # the commitment's row: which commitment a later version changed
    uuid: str = ""  # the same commitment in another database
    # Made at the minutes' workshop in the name of someone not present at it.
    absent: bool = False


@dataclass(frozen=True)
class ReviewLine:
    """A commitment of an earlier workshop reviewed at this one: how it stood before and
    after, and who reported on it ("" when nobody was named)."""

    title: str
    organization: str
    person: str  # responsible for the commitment
    status_before: str
    status_after: str
    reviewed_by: str
    remark: str
    due_date: date | None
    id: int = 0  # the commitment's row


@dataclass(frozen=True)
class NextWorkshop:
    """The series' next workshop after this one, when it is known."""

    number: int | None
    title: str
    planned_start: datetime
    planned_end: datetime
    venue_name: str


@dataclass(frozen=True)
class MinutesData:
    """Everything the minutes of one workshop show."""

    workshop: WorkshopHeader
    participants: tuple[ParticipantLine, ...]
    agenda: tuple[AgendaLine, ...]
    notes: tuple[NoteLine, ...]
    decisions: tuple[DecisionLine, ...]
    commitments: tuple[CommitmentLine, ...]
    next_workshop: NextWorkshop | None
    reviews: tuple[ReviewLine, ...] = ()  # earlier commitments reviewed at this workshop
    # The ideas board: clusters, closed dot rounds, what was taken forward (None: not used).
    ideas: IdeasSection | None = None


@dataclass(frozen=True)
class AgendaData:
    """The agenda handout: the workshop's details and its timed agenda."""

    workshop: WorkshopHeader
    agenda: tuple[AgendaLine, ...]
    # Rises whenever the workshop or its agenda is edited (whole seconds since 2020 of the
    # latest edit): a calendar invitation sent again replaces the one people have.
    revision: int = 0


@dataclass(frozen=True)
class AttendanceData:
    """The sign-in sheet: invited and confirmed attendees in Turkish alphabetical order."""

    workshop: WorkshopHeader
    attendees: tuple[ParticipantLine, ...]


@dataclass(frozen=True)
class PhaseLine:
    """A milestone of the series' roadmap."""

    id: int
    title: str
    target_date: date | None
    description: str


@dataclass(frozen=True)
class SeriesWorkshopLine:
    """A workshop of the series as the roadmap lists it."""

    number: int | None
    title: str
    planned_start: datetime
    status: str
    time_zone: str = ""  # its day is the day where it is held


@dataclass(frozen=True)
class MatrixLine:
    """One organization (or the total) across the contribution types shown: per type the
    number of commitments and their amounts summed per unit."""

    label: str
    cells: tuple[tuple[int, tuple[tuple[str, Decimal], ...]], ...]
    total: int


@dataclass(frozen=True)
class SeriesFigures:
    """What the series achieved so far (from :func:`roadmap.series_indicators`)."""

    workshops_total: int
    workshops_held: int
    unique_participants: int
    participations: int
    unique_organizations: int
    organizations_by_sector: tuple[tuple[str, int], ...]  # sector value ("" for none)
    commitments_by_status: tuple[tuple[str, int], ...]
    commitments_total: int


@dataclass(frozen=True)
class RoadmapData:
    """The roadmap of a series: phases, commitments per phase, contributions, decisions."""

    series_id: int
    title: str
    coordinator: str
    description: str
    workshops: tuple[SeriesWorkshopLine, ...]
    phases: tuple[PhaseLine, ...]
    commitments: tuple[CommitmentLine, ...]
    decisions: tuple[DecisionLine, ...]
    matrix_types: tuple[str, ...] = ()  # contribution types with any commitment
    matrix: tuple[MatrixLine, ...] = ()  # organizations in Turkish order, then the total
    figures: SeriesFigures | None = None


# -- reading ------------------------------------------------------------------------


def _models():
    from facilitator import models

    return models


def _name(person) -> str:
    return person.display_name() if person is not None else ""


def _person_order(person) -> tuple:
    """Family name, then given name, in Turkish order, as the app lists people (the
    honorific, "Prof. Dr.", never decides the place)."""
    return (sort_key(person.family_name), sort_key(person.given_name), person.id)


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


def _header(s: Session, w) -> WorkshopHeader:
    m = _models()
    rapporteurs = s.scalars(
        select(m.Person)
        .join(m.Participation, m.Participation.person_id == m.Person.id)
        .where(m.Participation.workshop_id == w.id, m.Participation.role == Role.RAPPORTEUR)
    ).all()
    return WorkshopHeader(
        id=w.id,
        series_title=w.series.title if w.series else "",
        number=w.number,
        title=w.title,
        guiding_question=w.guiding_question or "",
        objectives=w.objectives or "",
        planned_start=_utc(w.planned_start),
        planned_end=_utc(w.planned_end),
        actual_start=_utc(w.session_started_at),
        actual_end=_utc(w.session_ended_at),
        venue_name=w.venue_name or "",
        venue_address=w.venue_address or "",
        host=w.host.name if w.host else "",
        moderator=_name(w.moderator),
        rapporteurs=tuple(_name(p) for p in sorted(rapporteurs, key=_person_order)),
        status=str(w.status.value if hasattr(w.status, "value") else w.status),
        uuid=w.uuid,
        time_zone=w.time_zone,
        organizer=_organizer(w),
    )


def _organizer(w) -> str:
    if w.series is not None and w.series.coordinator is not None:
        return w.series.coordinator.name
    return w.host.name if w.host is not None else ""


def _workshop(s: Session, workshop_id: int):
    return get_or_raise(s, _models().Workshop, workshop_id, translate("Errors", "workshop"))


def _participants(s: Session, workshop_id: int) -> tuple[ParticipantLine, ...]:
    m = _models()
    rows = s.execute(
        select(m.Participation, m.Person, m.Organization)
        .join(m.Person, m.Participation.person_id == m.Person.id)
        .outerjoin(m.Organization, m.Participation.organization_id == m.Organization.id)
        .where(m.Participation.workshop_id == workshop_id)
    ).all()
    rows = sorted(rows, key=lambda row: _person_order(row[1]))
    lines = [
        ParticipantLine(
            name=person.display_name(),
            organization=org.name if org else "",
            sector=org.sector.value if org else "",
            role=part.role.value,
            position=person.position or "",
            invitation=part.invitation.value,
            attendance=part.attendance.value,
            email=person.email if person.contact_consent else "",
            phone=person.phone if person.contact_consent else "",
        )
        for part, person, org in rows
    ]
    return tuple(lines)


def _agenda(s: Session, w) -> tuple[AgendaLine, ...]:
    from facilitator.services.agenda import agenda_rows

    ended = w.session_ended_at is not None and w.status in (
        WorkshopStatus.HELD,
        WorkshopStatus.MINUTES_SENT,
    )
    return tuple(
        AgendaLine(
            id=r.id,
            position=r.position,
            title=r.title,
            kind=r.kind.value,
            planned_minutes=r.planned_minutes,
            planned_start=r.planned_start,
            planned_end=r.planned_end,
            actual_start=r.actual_start,
            actual_end=r.actual_end,
            presenter=r.presenter_name,
            goal=r.goal or "",
            not_reached=ended and r.actual_start is None,
            uuid=r.uuid,
        )
        for r in agenda_rows(s, w)
    )


def _notes(s: Session, workshop_id: int) -> tuple[NoteLine, ...]:
    m = _models()
    rows = s.execute(
        select(m.Note, m.Person)
        .outerjoin(m.Person, m.Note.speaker_id == m.Person.id)
        .where(m.Note.workshop_id == workshop_id)
        .order_by(m.Note.noted_at, m.Note.id)
    ).all()
    return tuple(
        NoteLine(
            agenda_item_id=note.agenda_item_id,
            kind=note.kind.value,
            text=note.text,
            speaker=_name(person),
            noted_at=_utc(note.noted_at),
            id=note.id,
            uuid=note.uuid,
        )
        for note, person in rows
    )


def _value(v) -> str:
    return str(getattr(v, "value", v)) if v is not None else ""


def _minutes_decision(d) -> DecisionLine:
    """A decision of the minutes from :func:`proposals.decisions_for_minutes`."""
    return DecisionLine(
        label=d.label,
        title=d.title,
        text=d.text,
        agenda_item=d.agenda_item_title,
        method=_value(d.method),
        voice=_value(d.voice),
        rounds=tuple(
            RoundLine(
                number=r.number,
                method=_value(r.method),
                voice=_value(r.voice),
                tally=tuple(r.tally),
                reasons=tuple((x.name, x.value, x.reason) for x in r.reasons),
            )
            for r in d.rounds
        ),
        outcome=_value(d.outcome) or None,
        statement=d.outcome_statement or "",
        override_reason=d.override_reason or "",
        review_date=d.review_date,
    )


def _register_decision(r) -> DecisionLine:
    """A decision of the series register from :func:`proposals.register`."""
    return DecisionLine(
        label=r.label,
        title=r.title,
        text=r.text,
        agenda_item="",
        method="",
        voice="",
        rounds=(),
        outcome=_value(r.outcome) or None,
        statement=r.outcome_statement or "",
        override_reason="",
        review_date=r.review_date,
        workshop_title=r.workshop_title,
    )


def _commitment(c, present: frozenset | None = None) -> CommitmentLine:
    """A commitment from :mod:`facilitator.services.commitments`; ``present``: the people
    present at its workshop (the minutes flag one made in the name of someone else)."""
    return CommitmentLine(
        title=c.title,
        organization=c.organization_name,
        person=c.person_name or "",
        contribution_type=_value(c.contribution_type),
        quantity=c.quantity,
        unit=_value(c.unit) or None,
        phase_id=c.phase_id,
        phase=c.phase_title or "",
        start_date=c.start_date,
        due_date=c.due_date,
        status=_value(c.status),
        id=c.id,
        uuid=c.uuid,
        absent=present is not None and c.person_id is not None and c.person_id not in present,
    )


def _review(r) -> ReviewLine:
    """A review from :func:`commitment_reviews.reviews_at`."""
    return ReviewLine(
        title=r.title,
        organization=r.organization_name,
        person=r.person_name,
        status_before=_value(r.status_before),
        status_after=_value(r.status_after),
        reviewed_by=r.reviewed_by_name,
        remark=r.remark,
        due_date=r.due_date,
        id=r.commitment_id,
    )


def _present(s: Session, workshop_id: int) -> frozenset:
    """The people recorded present at a workshop."""
    m = _models()
    return frozenset(
        s.scalars(
            select(m.Participation.person_id).where(
                m.Participation.workshop_id == workshop_id,
                m.Participation.attendance == Attendance.PRESENT,
            )
        )
    )


def _next_workshop(s: Session, w) -> NextWorkshop | None:
    m = _models()
    if w.series_id is None:
        return None
    nxt = s.scalars(
        select(m.Workshop)
        .where(m.Workshop.series_id == w.series_id, m.Workshop.planned_start > w.planned_start)
        .order_by(m.Workshop.planned_start)
        .limit(1)
    ).first()
    if nxt is None:
        return None
    return NextWorkshop(
        nxt.number, nxt.title, _utc(nxt.planned_start), _utc(nxt.planned_end), nxt.venue_name or ""
    )


# -- per document -------------------------------------------------------------------


def minutes_data(store: Store, workshop_id: int) -> MinutesData:
    """Everything the minutes of ``workshop_id`` show.

    A workshop not held yet (its session never started, and not recorded as held) has no
    minutes: refused with :class:`ValidationError`, its agenda handout named instead.
    """
    from facilitator.services.commitment_reviews import reviews_at
    from facilitator.services.commitments import commitments_of_workshop
    from facilitator.services.proposals import decisions_for_minutes

    with store.session() as s:
        w = _workshop(s, workshop_id)
        held = WorkshopStatus(w.status) in (WorkshopStatus.HELD, WorkshopStatus.MINUTES_SENT)
        if w.session_started_at is None and not held:
            raise ValidationError(
                translate(
                    "Errors",
                    "“{title}” has not been held yet: its minutes come after its session. "
                    "Its agenda handout can be made now.",
                ).format(title=w.title),
                "workshop",
            )
        header = _header(s, w)
        participants = _participants(s, w.id)
        agenda = _agenda(s, w)
        notes = _notes(s, w.id)
        nxt = _next_workshop(s, w)
        present = _present(s, w.id)
        ideas = read_ideas_section(s, w.id)
    return MinutesData(
        workshop=header,
        participants=participants,
        agenda=agenda,
        notes=notes,
        decisions=tuple(_minutes_decision(d) for d in decisions_for_minutes(store, workshop_id)),
        commitments=tuple(
            _commitment(c, present) for c in commitments_of_workshop(store, workshop_id)
        ),
        next_workshop=nxt,
        reviews=tuple(_review(r) for r in reviews_at(store, workshop_id)),
        ideas=ideas,
    )


_REVISION_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def agenda_data(store: Store, workshop_id: int) -> AgendaData:
    """The agenda handout of ``workshop_id``."""
    with store.session() as s:
        w = _workshop(s, workshop_id)
        m = _models()
        edited = s.scalar(
            select(func.max(m.AgendaItem.updated_at)).where(m.AgendaItem.workshop_id == w.id)
        )
        latest = max(t for t in (_utc(w.updated_at), _utc(edited)) if t is not None)
        revision = max(0, int((latest - _REVISION_EPOCH).total_seconds()))
        return AgendaData(workshop=_header(s, w), agenda=_agenda(s, w), revision=revision)


def attendance_data(store: Store, workshop_id: int) -> AttendanceData:
    """Invited and confirmed attendees of ``workshop_id``, in Turkish alphabetical order."""
    with store.session() as s:
        w = _workshop(s, workshop_id)
        wanted = {Invitation.INVITED.value, Invitation.CONFIRMED.value}
        attendees = [
            p
            for p in _participants(s, w.id)
            if p.invitation in wanted or p.attendance == Attendance.PRESENT.value
        ]
        return AttendanceData(workshop=_header(s, w), attendees=tuple(attendees))


@dataclass(frozen=True)
class Recipient:
    """Someone the minutes can be e-mailed to."""

    name: str
    email: str


def email_recipients(store: Store, workshop_id: int) -> tuple[Recipient, ...]:
    """Attendees of ``workshop_id`` with an e-mail address (not those who declined), by name.

    Sending someone the minutes of a meeting they were invited to does not
    publish their address, so the contact-consent flag does not apply here.
    """
    m = _models()
    with store.session() as s:
        w = _workshop(s, workshop_id)
        people = s.scalars(
            select(m.Person)
            .join(m.Participation, m.Participation.person_id == m.Person.id)
            .where(
                m.Participation.workshop_id == w.id,
                m.Participation.invitation != Invitation.DECLINED,
                m.Person.email != "",
            )
        ).all()
        return tuple(
            Recipient(p.display_name(), p.email.strip())
            for p in sorted(people, key=_person_order)
            if p.email.strip()
        )


def organizer_of(store: Store, workshop_id: int) -> str:
    """Who issues a workshop's documents: its series' coordinating organization, else its
    host ("" for neither)."""
    with store.session() as s:
        return _organizer(_workshop(s, workshop_id))


def series_of_workshop(store: Store, workshop_id: int) -> int:
    """The series ``workshop_id`` belongs to; a workshop outside any series is an error."""
    with store.session() as s:
        w = _workshop(s, workshop_id)
        if w.series_id is None:
            raise NotFoundError(
                translate(
                    "Errors",
                    "The workshop “{title}” is not part of a series, so it has no roadmap.",
                ).format(title=w.title)
            )
        return w.series_id


def roadmap_data(store: Store, series_id: int, *, today: date | None = None) -> RoadmapData:
    """The roadmap of ``series_id``: phases, commitments, contributions and the decisions."""
    from facilitator.services.commitments import commitments_of_series
    from facilitator.services.proposals import register
    from facilitator.services.roadmap import list_phases

    m = _models()
    with store.session() as s:
        series = get_or_raise(s, m.Series, series_id, translate("Errors", "series"))
        workshops = s.scalars(
            select(m.Workshop)
            .where(m.Workshop.series_id == series.id)
            .order_by(m.Workshop.planned_start, m.Workshop.id)
        ).all()
        title = series.title
        coordinator = series.coordinator.name if series.coordinator else ""
        description = series.description or ""
        workshop_lines = tuple(
            SeriesWorkshopLine(
                w.number, w.title, _utc(w.planned_start), w.status.value, w.time_zone
            )
            for w in workshops
        )
    phases = tuple(
        PhaseLine(p.id, p.title, p.target_date, p.description or "")
        for p in list_phases(store, series_id)
    )
    decisions = register(store, series_id, today=today or date.today())
    matrix_types, matrix = _matrix(store, series_id)
    return RoadmapData(
        series_id=series_id,
        title=title,
        coordinator=coordinator,
        description=description,
        workshops=workshop_lines,
        phases=phases,
        commitments=tuple(_commitment(c) for c in commitments_of_series(store, series_id)),
        decisions=tuple(_register_decision(r) for r in decisions),
        matrix_types=matrix_types,
        matrix=matrix,
        figures=_figures(store, series_id),
    )


def _matrix(store: Store, series_id: int):
    """The contribution matrix without dropped commitments, as plain lines."""
    from facilitator.models.enums import CommitmentStatus
    from facilitator.services.roadmap import contribution_matrix

    kept = [s for s in CommitmentStatus if s is not CommitmentStatus.DROPPED]
    matrix = contribution_matrix(store, series_id, statuses=kept)
    used = [n for n, _t in enumerate(matrix.types) if matrix.total.cells[n].count]

    def line(label: str, row) -> MatrixLine:
        cells = tuple(
            (row.cells[n].count, tuple((_value(u), a) for u, a in row.cells[n].sums)) for n in used
        )
        return MatrixLine(label, cells, row.total.count)

    lines = [line(r.label, r) for r in matrix.organizations]
    if lines:
        lines.append(line("", matrix.total))
    return tuple(_value(matrix.types[n]) for n in used), tuple(lines)


def _figures(store: Store, series_id: int) -> SeriesFigures:
    from facilitator.services.roadmap import series_indicators

    i = series_indicators(store, series_id)
    return SeriesFigures(
        workshops_total=i.workshops_total,
        workshops_held=i.workshops_held,
        unique_participants=i.unique_participants,
        participations=i.participations,
        unique_organizations=i.unique_organizations,
        organizations_by_sector=tuple((_value(s), n) for s, n in i.organizations_by_sector),
        commitments_by_status=tuple((_value(s), n) for s, n in i.commitments_by_status),
        commitments_total=i.commitments_total,
    )
