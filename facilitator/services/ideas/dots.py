"""Dot voting: a round gives each voter — a person present, or an institution present (one
voice each, whoever of its people puts the dot) — a budget of dots to put on ideas or on
clusters; or the moderator counts the room's dots and enters the counts.

Every dot is one transaction, committed before the function returns. The results split
the dots by sector and by institution and mark the targets whose support differs sharply
between sectors.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    Attendance,
    DotRound,
    DotVote,
    IdeaCluster,
    Organization,
    Participation,
    Sector,
    Voice,
)
from facilitator.services import snapshots
from facilitator.services._common import (
    MAX_COUNT,
    check_aware,
    check_choice,
    check_field,
    check_id,
    check_whole,
    get_or_raise,
    lock_for_numbering,
)
from facilitator.services.ideas import taking
from facilitator.services.ideas.board import adopt, cluster_of, parse_key, read_board, round_row
from facilitator.services.ideas.rows import (
    CLUSTER,
    IDEA,
    DotResults,
    DotRoundRow,
    Share,
    TargetResult,
    key,
)
from facilitator.services.live.base import current_item_id, load_workshop
from facilitator.services.proposals.rounds import voters_in
from facilitator.store import Store
from facilitator.text import sort_key

# A target "splits the room" when the share of their dots that two sectors gave it differs
# by this much or more (a sector gives it 40 % of its dots, another 10 %).
SPLIT_GAP = 0.25
# ...among the sectors that put at least this many dots in the round.
SPLIT_MIN_DOTS = 4


def _now(value) -> datetime:
    return check_aware(value, "now", translate("Fields", "Time")).astimezone(UTC)


def _round(s: Session, round_id) -> DotRound:
    what = translate("Errors", "dot round")
    return get_or_raise(s, DotRound, round_id, what)


def _open(s: Session, round_id) -> DotRound:
    """The open round, held until the unit of work ends: two clients putting dots at once
    (team mode) each see the other's, so neither takes a voter past the budget."""
    lock_for_numbering(s, DotRound, check_id(round_id, translate("Errors", "dot round")))
    r = _round(s, round_id)
    if r.closed_at is not None:
        raise ConflictError(translate("Errors", "This dot round is closed; open a new one."))
    return r


def _open_round(s: Session, workshop_id: int, but: int | None = None) -> int | None:
    """The id of the workshop's open round (other than ``but``), if there is one."""
    query = select(DotRound.id).where(
        DotRound.workshop_id == workshop_id, DotRound.closed_at.is_(None)
    )
    if but is not None:
        query = query.where(DotRound.id != but)
    return s.scalar(query)


def open_dot_round(
    store: Store,
    workshop_id: int,
    *,
    budget: int,
    now: datetime,
    voice: Voice | str = Voice.PERSON,
    on_clusters: bool = False,
    question: str = "",
) -> DotRoundRow:
    """A new dot round, numbered after the workshop's last; one round is open at a time."""
    now = _now(now)
    with store.transaction() as s:
        workshop = load_workshop(s, workshop_id)
        lock_for_numbering(s, type(workshop), workshop.id)
        values = dict(
            budget=check_field("dot_round", "budget", budget, translate("Fields", "Dots each")),
            voice=check_choice(voice, Voice, "voice", translate("Fields", "voice")),
            on_clusters=check_field(
                "dot_round", "on_clusters", on_clusters, translate("Fields", "On clusters")
            ),
            question=check_field(
                "dot_round", "question", question, translate("Fields", "Question")
            ),
        )
        if _open_round(s, workshop_id) is not None:
            raise ConflictError(translate("Errors", "A dot round is already open; close it first."))
        if values["on_clusters"] and not s.scalar(
            select(IdeaCluster.id).where(IdeaCluster.workshop_id == workshop_id).limit(1)
        ):
            raise ValidationError(
                translate("Errors", "There are no clusters to put dots on yet."), "on_clusters"
            )
        last = s.scalar(
            select(func.max(DotRound.number)).where(DotRound.workshop_id == workshop_id)
        )
        r = DotRound(
            workshop_id=workshop_id,
            agenda_item_id=current_item_id(s, workshop_id),
            number=(last or 0) + 1,
            opened_at=now,
            **values,
        )
        s.add(r)
        s.flush()
        return round_row(r)


def close_dot_round(store: Store, round_id: int, *, now: datetime) -> DotRoundRow:
    now = _now(now)
    with store.transaction() as s:
        r = _open(s, round_id)
        r.closed_at = max(now, r.opened_at)
        s.flush()
        return round_row(r)


def reopen_dot_round(store: Store, round_id: int) -> DotRoundRow:
    """Undo of :func:`close_dot_round` (refused while another round is open)."""
    with store.transaction() as s:
        r = _round(s, round_id)
        if _open_round(s, r.workshop_id, but=r.id) is not None:
            raise ConflictError(
                translate("Errors", "Another dot round is open; this one stays closed.")
            )
        r.closed_at = None
        s.flush()
        return round_row(r)


def delete_dot_round(store: Store, round_id: int) -> dict:
    """Take a round off with its dots; returns what :func:`restore_dot_round` puts back."""
    with store.transaction() as s:
        r = _round(s, round_id)
        votes = snapshots.take(
            s, DotVote, s.scalars(select(DotVote.id).where(DotVote.round_id == r.id))
        )
        return {"votes": votes, "round": snapshots.take(s, DotRound, [r.id])}


def restore_dot_round(store: Store, taken: dict) -> DotRoundRow:
    """Undo of :func:`delete_dot_round` (an open round: refused while another is open);
    dots on cards or clusters deleted since stay gone."""
    with store.transaction() as s:
        values = taking.links_still_there(s, DotRound, taken["round"][0])
        if values["closed_at"] is None and _open_round(s, values["workshop_id"]) is not None:
            raise ConflictError(translate("Errors", "A dot round is already open; close it first."))
        snapshots.put_back(s, DotRound, [values])
        votes = [taking.links_still_there(s, DotVote, v) for v in taken["votes"]]
        snapshots.put_back(s, DotVote, [v for v in votes if v["idea_id"] or v["cluster_id"]])
        return round_row(_round(s, values["id"]))


def rounds_of(store: Store, workshop_id: int) -> list[DotRoundRow]:
    with store.session() as s:
        load_workshop(s, workshop_id)
        return [
            round_row(r)
            for r in s.scalars(
                select(DotRound)
                .where(DotRound.workshop_id == workshop_id)
                .order_by(DotRound.number)
            )
        ]


# -- dots --------------------------------------------------------------------------------


def _target(s: Session, r: DotRound, target_key: str) -> dict:
    """The vote's target columns for a key: an idea in an idea round, a cluster in a
    cluster round."""
    prefix, row_id = parse_key(target_key)
    if r.on_clusters:
        if prefix != CLUSTER:
            raise ValidationError(translate("Errors", "This round puts dots on clusters."))
        return {"cluster_id": cluster_of(s, r.workshop_id, row_id).id, "idea_id": None}
    if prefix == CLUSTER:
        raise ValidationError(translate("Errors", "This round puts dots on ideas."))
    return {"idea_id": adopt(s, r.workshop_id, target_key).id, "cluster_id": None}


def _holder_word(r: DotRound) -> str:
    if r.voice is Voice.ORGANIZATION:
        return translate("Errors", "organization")
    return translate("Errors", "person")


def _voter(
    s: Session, r: DotRound, holder_id, *, carried: bool = False
) -> tuple[int | None, int | None]:
    """(person_id, organization_id) of a vote by ``holder_id``, who must be able to vote:
    present, or (``carried``, a voice someone in the room carries as a proxy) attending."""
    check_id(holder_id, _holder_word(r))
    if r.voice is Voice.COUNTS:
        raise ValidationError(
            translate("Errors", "This round records counts, not dots by voter."), "holder_id"
        )
    present = (Participation.workshop_id == r.workshop_id,) + (
        () if carried else (Participation.attendance == Attendance.PRESENT,)
    )
    if r.voice is Voice.ORGANIZATION:
        # One row is enough: whoever of them is present gives the institution its dots.
        found = s.scalar(
            select(Participation.organization_id)
            .where(*present, Participation.organization_id == holder_id)
            .limit(1)
        )
        if found is None:
            raise ValidationError(
                translate("Errors", "Nobody present represents this institution; it has no dots."),
                "holder_id",
            )
        return None, holder_id
    row = s.execute(
        select(Participation.person_id, Participation.organization_id).where(
            *present, Participation.person_id == holder_id
        )
    ).first()
    if row is None:
        raise ValidationError(
            translate("Errors", "This person is not checked in as present."), "holder_id"
        )
    return holder_id, row.organization_id


def _holder_filter(r: DotRound, person_id, organization_id):
    if r.voice is Voice.ORGANIZATION:
        return DotVote.organization_id == organization_id
    return DotVote.person_id == person_id


def spent(store: Store, round_id: int) -> dict[int, int]:
    """Dots each voter (person or institution id) has put in this round."""
    with store.session() as s:
        return _spent(s, _round(s, round_id))


def _holder_column(r: DotRound):
    return DotVote.organization_id if r.voice is Voice.ORGANIZATION else DotVote.person_id


def _spent(s: Session, r: DotRound) -> dict[int, int]:
    column = _holder_column(r)
    return {
        holder: dots
        for holder, dots in s.execute(
            select(column, func.sum(DotVote.dots))
            .where(DotVote.round_id == r.id, column.is_not(None))
            .group_by(column)
        )
    }


def _spent_by(s: Session, r: DotRound, holder_id: int) -> int:
    """Dots one voter has put in this round."""
    return s.scalar(
        select(func.coalesce(func.sum(DotVote.dots), 0)).where(
            DotVote.round_id == r.id, _holder_column(r) == holder_id
        )
    )


def dots_left(store: Store, round_id: int, holder_id: int) -> int:
    """The dots a voter (person or institution id) has not put yet in this round."""
    with store.session() as s:
        r = _round(s, round_id)
        return r.budget - _spent_by(s, r, holder_id)


def give_dot(
    store: Store,
    round_id: int,
    target_key: str,
    holder_id: int,
    dots: int = 1,
    *,
    carried: bool = False,
) -> int:
    """``holder_id`` puts ``dots`` more on a target; refused beyond their budget. Returns
    the dots they have left. ``carried``: the voice is carried by a proxy in the room, so
    its owner need not be present, only attending."""
    dots = check_whole(dots, "dots", translate("Fields", "Dots"), 1, MAX_COUNT)
    with store.transaction() as s:
        r = _open(s, round_id)
        person_id, org_id = _voter(s, r, holder_id, carried=carried)
        target = _target(s, r, target_key)
        used = _spent_by(s, r, holder_id)
        if used + dots > r.budget:
            raise ConflictError(
                translate(
                    "Errors", "No dots left: each voter has {budget} and has put {used}."
                ).format(budget=r.budget, used=used)
            )
        vote = s.scalar(
            select(DotVote).where(
                DotVote.round_id == r.id,
                _holder_filter(r, person_id, org_id),
                *(getattr(DotVote, k) == v for k, v in target.items() if v is not None),
            )
        )
        if vote is None:
            s.add(
                DotVote(
                    round_id=r.id, person_id=person_id, organization_id=org_id, dots=dots, **target
                )
            )
        else:
            vote.dots += dots
        s.flush()
        return r.budget - used - dots


def take_dot(store: Store, round_id: int, target_key: str, holder_id: int, dots: int = 1) -> int:
    """``holder_id`` takes ``dots`` back from a target (the undo of :func:`give_dot`).
    Returns the dots they have left."""
    dots = check_whole(dots, "dots", translate("Fields", "Dots"), 1, MAX_COUNT)
    with store.transaction() as s:
        r = _open(s, round_id)
        check_id(holder_id, _holder_word(r))
        if r.voice is Voice.COUNTS:
            raise ValidationError(
                translate("Errors", "This round records counts, not dots by voter.")
            )
        person_id, org_id = (
            (None, holder_id) if r.voice is Voice.ORGANIZATION else (holder_id, None)
        )
        target = _target(s, r, target_key)
        vote = s.scalar(
            select(DotVote).where(
                DotVote.round_id == r.id,
                _holder_filter(r, person_id, org_id),
                *(getattr(DotVote, k) == v for k, v in target.items() if v is not None),
            )
        )
        if vote is None or vote.dots < dots:
            raise ConflictError(
                translate("Errors", "These dots were already taken back elsewhere.")
            )
        if vote.dots == dots:
            s.delete(vote)
        else:
            vote.dots -= dots
        s.flush()
        return r.budget - _spent_by(s, r, holder_id)


def set_count(
    store: Store, round_id: int, target_key: str, count: int, *, expect: int | None = None
) -> int:
    """The room's dots on a target, counted (rounds of counts). Returns the count before;
    ``expect``: the count it must still be, else nothing changes."""
    count = check_whole(count, "count", translate("Fields", "Dots"), 0, MAX_COUNT)
    with store.transaction() as s:
        r = _open(s, round_id)
        if r.voice is not Voice.COUNTS:
            raise ValidationError(
                translate("Errors", "This round records each voter's dots, not counts.")
            )
        target = _target(s, r, target_key)
        vote = s.scalar(
            select(DotVote).where(
                DotVote.round_id == r.id,
                *(getattr(DotVote, k) == v for k, v in target.items() if v is not None),
            )
        )
        before = vote.dots if vote is not None else 0
        if expect is not None and before != expect:
            raise ConflictError(
                translate("Errors", "The count was changed elsewhere since; it is now {n}.").format(
                    n=before
                )
            )
        if vote is not None and count == 0:
            s.delete(vote)
        elif vote is not None:
            vote.dots = count
        elif count:
            s.add(DotVote(round_id=r.id, dots=count, **target))
        s.flush()
        return before


# -- results -----------------------------------------------------------------------------


def _ranked(totals: list[tuple[str, str, int]]) -> list[tuple[str, str, int, int, bool]]:
    """(key, label, dots) most dots first, the board's order kept among equals; each with
    its rank (equals share one: 1, 2, 2, 4) and whether it is tied."""
    ordered = sorted(enumerate(totals), key=lambda pair: (-pair[1][2], pair[0]))
    counts: dict[int, int] = defaultdict(int)
    for _, (_, _, dots) in ordered:
        counts[dots] += 1
    out = []
    rank = 0
    previous = None
    for place, (_, (target_key, label, dots)) in enumerate(ordered, start=1):
        if dots != previous:
            rank, previous = place, dots
        out.append((target_key, label, dots, rank, counts[dots] > 1))
    return out


def _shares(values: dict[str, int], order) -> tuple[Share, ...]:
    return tuple(Share(group, values[group]) for group in order if values.get(group))


def results(store: Store, round_id: int) -> DotResults:
    """The dots of a round: by target (most first, ties ranked equal), split by sector and
    by institution; for idea rounds also added up by cluster."""
    with store.session() as s:
        r = _round(s, round_id)
        return read_results(s, r)


def read_results(s: Session, r: DotRound) -> DotResults:
    board_now = read_board(s, r.workshop_id)
    rows = s.execute(
        select(
            DotVote.idea_id,
            DotVote.cluster_id,
            DotVote.person_id,
            DotVote.organization_id,
            DotVote.dots,
            Organization.name,
            Organization.sector,
        )
        .outerjoin(Organization, Organization.id == DotVote.organization_id)
        .where(DotVote.round_id == r.id)
    ).all()
    by_target: dict[str, int] = defaultdict(int)
    by_sector: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_org: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    sector_totals: dict[str, int] = defaultdict(int)
    voters = set()
    for idea_id, cluster_id, person_id, org_id, dots, org_name, sector in rows:
        target_key = key(IDEA, idea_id) if idea_id is not None else key(CLUSTER, cluster_id)
        by_target[target_key] += dots
        if r.voice is not Voice.COUNTS:
            voters.add(org_id if r.voice is Voice.ORGANIZATION else person_id)
        if sector:
            by_sector[target_key][sector] += dots
            sector_totals[sector] += dots
        if org_name:
            by_org[target_key][org_name] += dots
    sectors = tuple(s_.value for s_ in Sector if sector_totals.get(s_.value))

    def result(totals: list[tuple[str, str, int]], sector_of, org_of) -> tuple[TargetResult, ...]:
        out = []
        for target_key, label, dots, rank, tied in _ranked(totals):
            split = sector_of(target_key)
            # Sectors that put a handful of dots say little about the room: only those
            # with SPLIT_MIN_DOTS or more are compared.
            shares = [
                split.get(sec, 0) / sector_totals[sec]
                for sec in sectors
                if sector_totals[sec] >= SPLIT_MIN_DOTS
            ]
            splits = len(shares) >= 2 and dots >= 2 and max(shares) - min(shares) >= SPLIT_GAP
            orgs = org_of(target_key)
            out.append(
                TargetResult(
                    key=target_key,
                    label=label,
                    dots=dots,
                    rank=rank,
                    tied=tied,
                    by_sector=_shares(split, sectors),
                    by_organization=tuple(
                        Share(name, n)
                        for name, n in sorted(orgs.items(), key=lambda p: (-p[1], sort_key(p[0])))
                    ),
                    splits=splits,
                )
            )
        return tuple(out)

    if r.on_clusters:
        totals = [(c.key, c.name, by_target.get(c.key, 0)) for c in board_now.clusters]
        targets = result(totals, lambda k: by_sector.get(k, {}), lambda k: by_org.get(k, {}))
        clusters = targets
    else:
        totals = [(i.key, i.text, by_target.get(i.key, 0)) for i in board_now.ideas]
        targets = result(totals, lambda k: by_sector.get(k, {}), lambda k: by_org.get(k, {}))
        members = {c.key: c.idea_keys for c in board_now.clusters}

        def summed(table, cluster_key):
            out: dict[str, int] = defaultdict(int)
            for idea_key in members[cluster_key]:
                for group, n in table.get(idea_key, {}).items():
                    out[group] += n
            return out

        cluster_totals = [
            (c.key, c.name, sum(by_target.get(k, 0) for k in c.idea_keys))
            for c in board_now.clusters
        ]
        clusters = result(
            cluster_totals, lambda k: summed(by_sector, k), lambda k: summed(by_org, k)
        )
    return DotResults(
        round=round_row(r),
        targets=targets,
        clusters=clusters,
        voters=len(voters - {None}),
        dots=sum(by_target.values()),
        sectors=sectors,
    )


def voters(store: Store, round_id: int):
    """Who may put dots in this round (present people, or institutions present), with
    the dots each has left: ``[(Voter, left)]``."""
    with store.session() as s:
        r = _round(s, round_id)
        if r.voice is Voice.COUNTS:
            return []
        used = _spent(s, r)
        return [(v, r.budget - used.get(v.id, 0)) for v in voters_in(s, r.workshop_id, r.voice)]


__all__ = [
    "SPLIT_GAP",
    "close_dot_round",
    "delete_dot_round",
    "dots_left",
    "give_dot",
    "open_dot_round",
    "reopen_dot_round",
    "restore_dot_round",
    "results",
    "rounds_of",
    "set_count",
    "spent",
    "take_dot",
    "voters",
]
