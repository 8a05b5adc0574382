"""The roadmap of a series: its phases, the timeline of commitments, the contribution matrix
and the indicators funders ask for.

Quantities are summed per unit only (TRY, EUR, volunteer hours and volunteers
are never added to each other), as :class:`~decimal.Decimal`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.i18n import translate
from facilitator.models import (
    Attendance,
    Commitment,
    CommitmentStatus,
    ContributionType,
    Organization,
    Participation,
    Phase,
    QuantityUnit,
    Sector,
    Series,
    Workshop,
    WorkshopStatus,
)
from facilitator.services._common import (
    check_choice,
    check_expected,
    check_fields,
    check_seen,
    get_or_raise,
    unknown_fields,
)
from facilitator.services.commitments import CommitmentRow, commitments_of_series, with_overdue
from facilitator.store import Store
from facilitator.text import sort_key

HELD_STATUSES = (WorkshopStatus.HELD, WorkshopStatus.MINUTES_SENT)
UNIT_ORDER = tuple(QuantityUnit)
SECTOR_ORDER = tuple(Sector)


# -- phases ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhaseRow:
    """A milestone of the roadmap, with how many commitments it groups."""

    id: int
    uuid: str
    series_id: int
    title: str
    target_date: date | None
    description: str
    commitment_count: int = 0


_PHASE_FIELDS = {"title", "target_date", "description"}


def _phase_labels() -> dict[str, str]:
    return {
        "title": translate("Fields", "Title"),
        "target_date": translate("Fields", "Target date"),
        "description": translate("Fields", "Description"),
    }


def _clean_phase(changes: dict) -> dict:
    unknown_fields(changes, _PHASE_FIELDS)
    return check_fields("phase", changes, _phase_labels())


def _check_phase(phase: Phase, expect: dict | None) -> None:
    """Refuse (:class:`StaleEditError`) when ``phase`` no longer holds ``expect``."""
    if expect:
        check_expected(phase, _clean_phase(expect), _phase_labels())


def _phase_row(session: Session, phase: Phase) -> PhaseRow:
    count = session.scalar(select(func.count()).where(Commitment.phase_id == phase.id)) or 0
    return PhaseRow(
        phase.id,
        phase.uuid,
        phase.series_id,
        phase.title,
        phase.target_date,
        phase.description or "",
        count,
    )


def _phase_order(row: PhaseRow):
    # By target date; phases without one come last, then by title.
    return (row.target_date is None, row.target_date or date.max, sort_key(row.title), row.id)


def list_phases(store: Store, series_id: int) -> list[PhaseRow]:
    """The phases of a series, ordered by target date (those without one last)."""
    with store.session() as s:
        get_or_raise(s, Series, series_id, translate("Errors", "series"))
        counts = dict(
            s.execute(
                select(Commitment.phase_id, func.count())
                .where(Commitment.series_id == series_id, Commitment.phase_id.is_not(None))
                .group_by(Commitment.phase_id)
            ).all()
        )
        rows = [
            PhaseRow(
                p.id,
                p.uuid,
                p.series_id,
                p.title,
                p.target_date,
                p.description or "",
                counts.get(p.id, 0),
            )
            for p in s.scalars(select(Phase).where(Phase.series_id == series_id))
        ]
    return sorted(rows, key=_phase_order)


def create_phase(store: Store, series_id: int, title: str, **fields) -> PhaseRow:
    with store.transaction() as s:
        get_or_raise(s, Series, series_id, translate("Errors", "series"))
        phase = Phase(series_id=series_id, **_clean_phase({"title": title, **fields}))
        s.add(phase)
        s.flush()
        return _phase_row(s, phase)


def update_phase(
    store: Store, phase_id: int, *, expect: dict | None = None, seen: dict | None = None, **changes
) -> PhaseRow:
    """Change fields of a phase.

    ``expect`` (an undo's or redo's, as :func:`phase_values` gave them): the values the
    phase must still hold, else :class:`StaleEditError` and nothing changes.
    ``seen`` (an edit's): the values the user
    saw, else :class:`ChangedElsewhereError` naming the field and its new value.
    """
    with store.transaction() as s:
        phase = get_or_raise(s, Phase, phase_id, translate("Errors", "phase"))
        _check_phase(phase, expect)
        check_seen(phase, seen, _clean_phase, _phase_labels())
        for key, value in _clean_phase(changes).items():
            setattr(phase, key, value)
        s.flush()
        return _phase_row(s, phase)


def phase_values(store: Store, phase_id: int) -> dict:
    """The editable values of a phase, to put them back on undo."""
    with store.session() as s:
        phase = get_or_raise(s, Phase, phase_id, translate("Errors", "phase"))
        return {key: getattr(phase, key) for key in sorted(_PHASE_FIELDS)}


@dataclass(frozen=True)
class TakenPhase:
    """A deleted phase and the commitments that were in it: undo puts both back."""

    values: dict
    commitment_ids: tuple[int, ...]


def delete_phase(store: Store, phase_id: int, *, expect: dict | None = None) -> TakenPhase:
    """Delete a phase; its commitments stay on the roadmap without a phase.

    ``expect`` (the undo of adding it, the redo of deleting it): the values the phase must
    still hold, else :class:`StaleEditError` and it stays.
    """
    with store.transaction() as s:
        phase = get_or_raise(s, Phase, phase_id, translate("Errors", "phase"))
        _check_phase(phase, expect)
        ids = tuple(s.scalars(select(Commitment.id).where(Commitment.phase_id == phase_id)))
        values = {c.key: getattr(phase, c.key) for c in Phase.__table__.columns}
        for commitment in s.scalars(select(Commitment).where(Commitment.phase_id == phase_id)):
            commitment.phase_id = None
        s.delete(phase)
        return TakenPhase(values, ids)


def restore_phase(store: Store, taken: TakenPhase) -> PhaseRow:
    """Bring a deleted phase back with the same id, and its commitments into it."""
    with store.transaction() as s:
        get_or_raise(s, Series, taken.values["series_id"], translate("Errors", "series"))
        phase = Phase(**taken.values)
        s.add(phase)
        s.flush()
        for commitment_id in taken.commitment_ids:
            commitment = s.get(Commitment, commitment_id)
            if commitment is not None and commitment.phase_id is None:
                commitment.phase_id = phase.id
        s.flush()
        return _phase_row(s, phase)


# -- timeline -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineBar:
    """A commitment drawn from ``start`` to ``end`` (inclusive days)."""

    commitment: CommitmentRow
    start: date
    end: date


@dataclass(frozen=True)
class TimelineLane:
    """One organization's row of bars."""

    organization_id: int
    organization_name: str
    sector: Sector
    bars: tuple[TimelineBar, ...]


@dataclass(frozen=True)
class Timeline:
    """Phases and the commitments' bars of a series, over the span ``first``…``last``."""

    phases: tuple[PhaseRow, ...]
    lanes: tuple[TimelineLane, ...]
    first: date | None
    last: date | None
    undated: tuple[CommitmentRow, ...] = ()  # no start, due or workshop date to place them

    @property
    def bar_count(self) -> int:
        return sum(len(lane.bars) for lane in self.lanes)


def bar_span(row: CommitmentRow) -> tuple[date, date] | None:
    """Where a commitment's bar runs: start (or the day it was made) to due date.

    Without a due date the bar is one day long at its start; without any date
    it is not drawn.
    """
    start = row.start_date or row.made_on
    end = row.due_date
    if start is not None and end is not None and end < start:
        start = end  # made after its due date: a one-day bar on the due date
    start = start or end
    end = end or start
    if start is None:
        return None
    return start, end


def timeline(store: Store, series_id: int, today: date | None = None) -> Timeline:
    """The data of the roadmap timeline: phases, and bars grouped by organization.

    With ``today`` the commitments past their due date and still open are marked overdue.
    """
    phases = list_phases(store, series_id)
    rows = commitments_of_series(store, series_id)
    if today is not None:
        rows = with_overdue(rows, today)
    lanes: dict[int, list[TimelineBar]] = defaultdict(list)
    names: dict[int, tuple[str, Sector]] = {}
    undated = []
    for row in rows:
        span = bar_span(row)
        if span is None:
            undated.append(row)
            continue
        lanes[row.organization_id].append(TimelineBar(row, *span))
        names[row.organization_id] = (row.organization_name, row.sector)
    ordered = sorted(lanes, key=lambda org_id: (sort_key(names[org_id][0]), org_id))
    built = tuple(
        TimelineLane(
            org_id,
            names[org_id][0],
            names[org_id][1],
            tuple(sorted(lanes[org_id], key=lambda b: (b.start, b.end, b.commitment.id))),
        )
        for org_id in ordered
    )
    days = [b.start for lane in built for b in lane.bars] + [
        b.end for lane in built for b in lane.bars
    ]
    days += [p.target_date for p in phases if p.target_date is not None]
    return Timeline(
        tuple(phases),
        built,
        min(days) if days else None,
        max(days) if days else None,
        tuple(undated),
    )


# -- contribution matrix ----------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """How many commitments of one type, and their quantities summed per unit."""

    count: int = 0
    sums: tuple[tuple[QuantityUnit, Decimal], ...] = ()

    def amount(self, unit: QuantityUnit) -> Decimal | None:
        return dict(self.sums).get(unit)


def _cell(rows: Iterable[CommitmentRow]) -> Cell:
    count = 0
    sums: dict[QuantityUnit, Decimal] = {}
    for row in rows:
        count += 1
        if row.quantity is not None and row.unit is not None:
            sums[row.unit] = sums.get(row.unit, Decimal(0)) + row.quantity
    return Cell(count, tuple((u, sums[u]) for u in UNIT_ORDER if u in sums))


@dataclass(frozen=True)
class MatrixRow:
    """An organization (or a sector's or the grand total) across the contribution types."""

    label: str
    sector: Sector | None
    organization_id: int | None
    cells: tuple[Cell, ...]  # one per ContributionType, in its order
    total: Cell

    def cell(self, kind: ContributionType) -> Cell:
        return self.cells[list(ContributionType).index(ContributionType(kind))]


@dataclass(frozen=True)
class Matrix:
    """Organizations × contribution types, with totals per sector and overall."""

    types: tuple[ContributionType, ...]
    organizations: tuple[MatrixRow, ...]
    sectors: tuple[MatrixRow, ...]
    total: MatrixRow


def _matrix_row(label, sector, org_id, rows: list[CommitmentRow]) -> MatrixRow:
    by_type: dict[ContributionType, list[CommitmentRow]] = defaultdict(list)
    for row in rows:
        by_type[row.contribution_type].append(row)
    return MatrixRow(
        label,
        sector,
        org_id,
        tuple(_cell(by_type.get(t, ())) for t in ContributionType),
        _cell(rows),
    )


NO_PHASE = 0  # the matrix's filter for commitments without a phase (no phase has id 0)


def contribution_matrix(
    store: Store,
    series_id: int,
    phase_id: int | None = None,
    statuses: Iterable[CommitmentStatus | str] | None = None,
) -> Matrix:
    """Organizations × contribution types over a series' commitments.

    ``phase_id`` keeps one phase's commitments (:data:`NO_PHASE`: those without a
    phase); ``statuses`` keeps those statuses (all when None). Quantities are summed
    per unit.
    """
    wanted = (
        None
        if statuses is None
        else {
            check_choice(s, CommitmentStatus, "statuses", translate("Fields", "status"))
            for s in statuses
        }
    )
    rows = [
        r
        for r in commitments_of_series(store, series_id)
        if (phase_id is None or r.phase_id == (None if phase_id == NO_PHASE else phase_id))
        and (wanted is None or r.status in wanted)
    ]
    by_org: dict[int, list[CommitmentRow]] = defaultdict(list)
    by_sector: dict[Sector, list[CommitmentRow]] = defaultdict(list)
    for row in rows:
        by_org[row.organization_id].append(row)
        by_sector[row.sector].append(row)
    organizations = sorted(
        (
            _matrix_row(group[0].organization_name, group[0].sector, org_id, group)
            for org_id, group in by_org.items()
        ),
        key=lambda r: (sort_key(r.label), r.organization_id),
    )
    sectors = tuple(
        _matrix_row("", sector, None, by_sector[sector])
        for sector in SECTOR_ORDER
        if sector in by_sector
    )
    return Matrix(
        tuple(ContributionType), tuple(organizations), sectors, _matrix_row("", None, None, rows)
    )


# -- indicators -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesIndicators:
    """What a series achieved, for reports to funders."""

    workshops_total: int
    workshops_held: int
    unique_participants: int  # people present at least once
    participations: int  # present attendances, counted per workshop
    unique_organizations: int
    organizations_by_sector: tuple[tuple[Sector | None, int], ...]
    participations_by_sector: tuple[tuple[Sector | None, int], ...]
    commitments_by_status: tuple[tuple[CommitmentStatus, int], ...]
    commitments_total: int


def _sector_counts(counter: Counter) -> tuple[tuple[Sector | None, int], ...]:
    ordered = [(s, counter[s]) for s in SECTOR_ORDER if counter.get(s)]
    if counter.get(None):
        ordered.append((None, counter[None]))  # people who came for no organization
    return tuple(ordered)


def series_indicators(store: Store, series_id: int) -> SeriesIndicators:
    """Workshops held, unique participants (present), unique organizations by sector,
    participations by sector and commitments by status.

    Attendance counts at held workshops only (held or minutes sent); the
    organization is the one the person represented at that workshop.
    """
    with store.session() as s:
        get_or_raise(s, Series, series_id, translate("Errors", "series"))
        statuses = list(s.scalars(select(Workshop.status).where(Workshop.series_id == series_id)))
        held_values = [st.value for st in HELD_STATUSES]
        present = s.execute(
            select(Participation.person_id, Participation.organization_id, Organization.sector)
            .join(Workshop, Workshop.id == Participation.workshop_id)
            .outerjoin(Organization, Organization.id == Participation.organization_id)
            .where(
                Workshop.series_id == series_id,
                Workshop.status.in_(held_values),
                Participation.attendance == Attendance.PRESENT.value,
            )
        ).all()
        by_status = Counter(
            CommitmentStatus(st)
            for st in s.scalars(select(Commitment.status).where(Commitment.series_id == series_id))
        )
    held = sum(1 for st in statuses if WorkshopStatus(st) in HELD_STATUSES)
    people = {r.person_id for r in present}
    organizations = {r.organization_id: r.sector for r in present if r.organization_id}
    org_sectors = Counter(
        Sector(sector) if sector is not None else None for sector in organizations.values()
    )
    participation_sectors = Counter(
        Sector(r.sector) if r.sector is not None else None for r in present
    )
    return SeriesIndicators(
        workshops_total=len(statuses),
        workshops_held=held,
        unique_participants=len(people),
        participations=len(present),
        unique_organizations=len(organizations),
        organizations_by_sector=_sector_counts(org_sectors),
        participations_by_sector=_sector_counts(participation_sectors),
        commitments_by_status=tuple((st, by_status.get(st, 0)) for st in CommitmentStatus),
        commitments_total=sum(by_status.values()),
    )
