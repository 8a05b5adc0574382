"""Proposals and decisions: wordings, rounds, positions, outcomes and the decision register.

A proposal belongs to a workshop (and optionally an agenda item). Amending it
adds a wording; earlier wordings are kept as its history. Agreement is tested
in rounds, each on the wording current when it opened, with the method and
voice the proposal had then:

* voice "person": one position per participant checked in as present;
* voice "organization": one position per institution represented by present
  participants (one voice per institution);
* voice "counts only": how many of each value the room showed (cards).

Closing a round stores the outcome the method's rule proposes
(:mod:`facilitator.services.consensus`). The moderator then confirms it, or
sets another outcome with a reason (an override), or withdraws or defers the
proposal. An agreed proposal (also "agreed with reservations") gets the next
decision number of its workshop; the number is never reused or renumbered and
stays when the outcome changes later. The register label is "workshop
number/decision number", e.g. "5/3".

Every function is one unit of work; times come from the caller (``now``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from facilitator.errors import ConflictError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    AgendaItem,
    Attendance,
    DecisionMethod,
    Note,
    Organization,
    Outcome,
    Participation,
    Person,
    Position,
    Proposal,
    ProposalVersion,
    Round,
    RoundCount,
    Series,
    Threshold,
    Voice,
    Workshop,
)
from facilitator.services import consensus
from facilitator.services._common import (
    check_aware,
    check_choice,
    check_date,
    check_expected,
    check_field,
    check_id,
    clean_query,
    field_rule,
    get_or_raise,
    lock_for_numbering,
    unknown_fields,
)
from facilitator.store import Store
from facilitator.text import matches, sort_key

# The lengths the shared field rules allow (the decisions tab limits typing to them).
TITLE_LENGTH = field_rule("proposal", "title").max_length
TEXT_LENGTH = field_rule("proposal_version", "text").max_length
STATEMENT_LENGTH = field_rule("proposal", "outcome_statement").max_length
REASON_LENGTH = field_rule("proposal", "override_reason").max_length
NOTE_TITLE_LENGTH = 80
AGREED = (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS)
# Withdrawing or deferring never needs a reason: they decide nothing.
_NO_REASON_NEEDED = (Outcome.WITHDRAWN, Outcome.DEFERRED)
EDITABLE_FIELDS = frozenset(
    {"title", "method", "voice", "review_date", "outcome_statement", "agenda_item_id"}
)


# -- plain rows out --------------------------------------------------------------------


@dataclass(frozen=True)
class VersionRow:
    """One wording of a proposal (1 = as first put)."""

    id: int
    number: int
    text: str


@dataclass(frozen=True)
class Voter:
    """Who can take a position in a round: a present participant or a represented institution."""

    id: int  # person id (voice "person") or organization id (voice "organization")
    name: str
    detail: str  # the organization a person represents; the people present for an institution


@dataclass(frozen=True)
class PositionRow:
    """The position one voter took in a round."""

    holder_id: int
    value: str
    reason: str


@dataclass(frozen=True)
class StatedReason:
    """A position given with its reason (an objection, for instance), with who gave it."""

    name: str  # the person or the institution
    value: str
    reason: str


@dataclass(frozen=True)
class RoundRow:
    """One round: its method and voice as they were, its tally and the outcome its rule proposed."""

    id: int
    proposal_id: int
    number: int
    version_number: int | None
    method: DecisionMethod
    voice: Voice
    quorum: int | None
    threshold: Threshold | None
    opened_at: datetime | None
    closed_at: datetime | None
    proposed_outcome: Outcome | None
    explanation: str
    tally: tuple[tuple[str, int], ...]  # every value of the scale, in scale order
    positions: tuple[PositionRow, ...]
    reasons: tuple[StatedReason, ...] = ()  # positions given with a reason, in Turkish order

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def total(self) -> int:
        return sum(n for _value, n in self.tally)

    def position_of(self, holder_id: int) -> PositionRow | None:
        return next((p for p in self.positions if p.holder_id == holder_id), None)


@dataclass(frozen=True)
class ProposalRow:
    """A proposal with its wording history and its rounds."""

    id: int
    workshop_id: int
    workshop_number: int | None
    agenda_item_id: int | None
    agenda_item_title: str
    source_note_id: int | None
    title: str
    versions: tuple[VersionRow, ...]
    method: DecisionMethod
    voice: Voice
    outcome: Outcome | None
    outcome_statement: str
    override_reason: str
    review_date: date | None
    decided_at: datetime | None
    decision_number: int | None
    rounds: tuple[RoundRow, ...]

    @property
    def text(self) -> str:
        """The current wording."""
        return self.versions[-1].text if self.versions else ""

    @property
    def label(self) -> str:
        """The register number, "workshop number/decision number" (empty when not numbered)."""
        return decision_label(self.workshop_number, self.decision_number)

    @property
    def open_round(self) -> RoundRow | None:
        return next((r for r in self.rounds if r.is_open), None)

    @property
    def last_closed_round(self) -> RoundRow | None:
        """The last round closed with an outcome proposed by its rule.

        A round cut short by withdrawing or deferring proposes nothing and is skipped.
        """
        closed = [r for r in self.rounds if not r.is_open and r.proposed_outcome is not None]
        return closed[-1] if closed else None

    @property
    def proposed_outcome(self) -> Outcome | None:
        """What the last closed round's rule proposed (None before any round closed)."""
        last = self.last_closed_round
        return last.proposed_outcome if last else None


@dataclass(frozen=True)
class RegisterRow:
    """One decided proposal in a series' decision register."""

    id: int
    workshop_id: int
    workshop_number: int | None
    workshop_title: str
    decision_number: int | None
    title: str
    text: str
    outcome: Outcome
    outcome_statement: str
    review_date: date | None
    review_due: bool

    @property
    def label(self) -> str:
        return decision_label(self.workshop_number, self.decision_number)


@dataclass(frozen=True)
class MinutesRound:
    """One round as the minutes report it."""

    number: int
    method: DecisionMethod
    voice: Voice
    tally: tuple[tuple[str, int], ...]
    quorum: int | None
    threshold: Threshold | None
    proposed_outcome: Outcome | None
    version_number: int | None
    reasons: tuple[StatedReason, ...] = ()  # e.g. each objection with who raised it


@dataclass(frozen=True)
class MinutesDecision:
    """One decided proposal as the minutes render it."""

    label: str
    title: str
    text: str
    agenda_item_title: str
    method: DecisionMethod
    voice: Voice
    rounds: tuple[MinutesRound, ...]
    outcome: Outcome
    outcome_statement: str
    override_reason: str
    review_date: date | None


def decision_label(workshop_number: int | None, decision_number: int | None) -> str:
    """ "5/3" for decision 3 of workshop 5; "3" when the workshop has no number; "" unnumbered."""
    if decision_number is None:
        return ""
    if workshop_number is None:
        return str(decision_number)
    return f"{workshop_number}/{decision_number}"


# -- reading ---------------------------------------------------------------------------


def _proposal(session: Session, proposal_id: int, *, numbering: bool = False) -> Proposal:
    """The proposal; with ``numbering`` it is locked first (its wordings and rounds are
    numbered MAX+1), before anything of it is read in this unit of work."""
    if numbering:
        lock_for_numbering(
            session, Proposal, check_id(proposal_id, translate("Errors", "proposal"))
        )
    return get_or_raise(session, Proposal, proposal_id, translate("Errors", "proposal"))


def _next_decision_number(session: Session, workshop_id: int) -> int:
    """The register number of the next agreed decision of the workshop (stable once given)."""
    lock_for_numbering(session, Workshop, workshop_id)
    highest = session.scalar(
        select(func.max(Proposal.decision_number)).where(Proposal.workshop_id == workshop_id)
    )
    return (highest or 0) + 1


def _round(session: Session, round_id: int) -> Round:
    return get_or_raise(session, Round, round_id, translate("Errors", "round"))


def _reasons(session: Session, r: Round) -> tuple[StatedReason, ...]:
    reasons = []
    for p in r.positions:
        if not p.reason:
            continue
        if p.person_id is not None:
            person = session.get(Person, p.person_id)
            name = person.full_name() if person else ""
        else:
            org = session.get(Organization, p.organization_id)
            name = org.name if org else ""
        reasons.append(StatedReason(name, p.value, p.reason))
    reasons.sort(key=lambda x: (sort_key(x.name), x.reason))
    return tuple(reasons)


def _round_row(r: Round, version_numbers: dict[int, int], session: Session) -> RoundRow:
    if r.voice is Voice.COUNTS:
        counts = consensus.tally_from_counts(r.method, {c.value: c.count for c in r.counts})
    else:
        counts = consensus.tally(r.method, [p.value for p in r.positions])
    explanation = ""
    if r.closed_at is not None:
        explanation = consensus.propose_outcome(
            r.method, counts, quorum=r.quorum, threshold=r.threshold
        ).explanation
    return RoundRow(
        id=r.id,
        proposal_id=r.proposal_id,
        number=r.number,
        version_number=version_numbers.get(r.version_id) if r.version_id else None,
        method=DecisionMethod(r.method),
        voice=Voice(r.voice),
        quorum=r.quorum,
        threshold=Threshold(r.threshold) if r.threshold else None,
        opened_at=r.opened_at.astimezone(UTC) if r.opened_at else None,
        closed_at=r.closed_at.astimezone(UTC) if r.closed_at else None,
        proposed_outcome=Outcome(r.proposed_outcome) if r.proposed_outcome else None,
        explanation=explanation,
        tally=tuple(counts.items()),
        positions=tuple(
            PositionRow(p.person_id or p.organization_id, p.value, p.reason)
            for p in sorted(r.positions, key=lambda p: p.id)
        ),
        reasons=_reasons(session, r),
    )


def _row(session: Session, p: Proposal) -> ProposalRow:
    session.flush()
    session.refresh(p)
    workshop = session.get(Workshop, p.workshop_id)
    item = session.get(AgendaItem, p.agenda_item_id) if p.agenda_item_id else None
    versions = tuple(VersionRow(v.id, v.number, v.text) for v in p.versions)
    numbers = {v.id: v.number for v in versions}
    return ProposalRow(
        id=p.id,
        workshop_id=p.workshop_id,
        workshop_number=workshop.number,
        agenda_item_id=p.agenda_item_id,
        agenda_item_title=item.title if item else "",
        source_note_id=p.source_note_id,
        title=p.title,
        versions=versions,
        method=DecisionMethod(p.method),
        voice=Voice(p.voice),
        outcome=Outcome(p.outcome) if p.outcome else None,
        outcome_statement=p.outcome_statement,
        override_reason=p.override_reason,
        review_date=p.review_date,
        decided_at=p.decided_at.astimezone(UTC) if p.decided_at else None,
        decision_number=p.decision_number,
        rounds=tuple(_round_row(r, numbers, session) for r in p.rounds),
    )


def get_proposal(store: Store, proposal_id: int) -> ProposalRow:
    with store.session() as s:
        return _row(s, _proposal(s, proposal_id))


def list_proposals(store: Store, workshop_id: int) -> list[ProposalRow]:
    """The proposals of a workshop in the order they were made."""
    with store.session() as s:
        _workshop(s, workshop_id)
        found = s.scalars(
            select(Proposal).where(Proposal.workshop_id == workshop_id).order_by(Proposal.id)
        )
        return [_row(s, p) for p in found]


def _workshop(session: Session, workshop_id: int) -> Workshop:
    return get_or_raise(session, Workshop, workshop_id, translate("Errors", "workshop"))


# -- creating and editing ----------------------------------------------------------------


def _clean_title(value) -> str:
    return check_field("proposal", "title", value, translate("Fields", "Title"))


def _clean_wording(value) -> str:
    return check_field("proposal_version", "text", value, translate("Fields", "Proposal text"))


def _clean_statement(value) -> str:
    return check_field(
        "proposal", "outcome_statement", value, translate("Fields", "Outcome statement")
    )


def _check_item(session: Session, workshop_id: int, item_id) -> int | None:
    if item_id is None:
        return None
    item = get_or_raise(session, AgendaItem, item_id, translate("Errors", "agenda item"))
    if item.workshop_id != workshop_id:
        raise ValidationError(
            translate("Errors", "The agenda item “{title}” is not on this agenda.").format(
                title=item.title
            ),
            "agenda_item_id",
        )
    return item.id


def create_proposal(
    store: Store,
    workshop_id: int,
    title: str,
    text: str,
    *,
    method: DecisionMethod | str = DecisionMethod.GRADIENTS,
    voice: Voice | str = Voice.PERSON,
    agenda_item_id: int | None = None,
    source_note_id: int | None = None,
) -> ProposalRow:
    """A new proposal with its first wording."""
    with store.transaction() as s:
        _workshop(s, workshop_id)
        values = dict(
            workshop_id=workshop_id,
            title=_clean_title(title),
            method=check_choice(method, DecisionMethod, "method", translate("Fields", "method")),
            voice=check_choice(voice, Voice, "voice", translate("Fields", "voice")),
            agenda_item_id=_check_item(s, workshop_id, agenda_item_id),
        )
        wording = _clean_wording(text)
        if source_note_id is not None:
            note = get_or_raise(s, Note, source_note_id, translate("Errors", "note"))
            if note.workshop_id != workshop_id:
                raise ValidationError(
                    translate("Errors", "The note is not from this workshop."), "source_note_id"
                )
            values["source_note_id"] = note.id
        proposal = Proposal(**values)
        s.add(proposal)
        s.flush()
        s.add(ProposalVersion(proposal_id=proposal.id, number=1, text=wording))
        return _row(s, proposal)


def title_from_text(text: str) -> str:
    """A title for a proposal typed as one text: its first line, cut at a word."""
    first = " ".join(text.split("\n", 1)[0].split())
    if len(first) <= NOTE_TITLE_LENGTH:
        return first
    cut = first[: NOTE_TITLE_LENGTH - 1]
    if " " in cut[NOTE_TITLE_LENGTH // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def proposal_from_note(
    store: Store,
    note_id: int,
    *,
    method: DecisionMethod | str = DecisionMethod.GRADIENTS,
    voice: Voice | str = Voice.PERSON,
) -> ProposalRow:
    """A proposal worded as the note, on the note's agenda item; its title is the note's start."""
    with store.session() as s:
        note = get_or_raise(s, Note, check_id(note_id, "note"), translate("Errors", "note"))
        workshop_id, item_id, text = note.workshop_id, note.agenda_item_id, note.text
    return create_proposal(
        store,
        workshop_id,
        title_from_text(text),
        text,
        method=method,
        voice=voice,
        agenda_item_id=item_id,
        source_note_id=note_id,
    )


def _open(proposal: Proposal) -> Round | None:
    return next((r for r in proposal.rounds if r.closed_at is None), None)


def _refuse_while_open(proposal: Proposal) -> None:
    if _open(proposal) is not None:
        raise ConflictError(
            translate("Errors", "A round is open on “{title}”; close it first.").format(
                title=proposal.title
            )
        )


def amend(store: Store, proposal_id: int, text: str) -> ProposalRow:
    """A new wording; the earlier ones are kept as history. Refused while a round is open."""
    with store.transaction() as s:
        proposal = _proposal(s, proposal_id, numbering=True)
        wording = _clean_wording(text)
        _refuse_while_open(proposal)
        if proposal.versions and proposal.versions[-1].text == wording:
            raise ValidationError(
                translate("Errors", "The new wording is the same as the current one."), "text"
            )
        number = max((v.number for v in proposal.versions), default=0) + 1
        s.add(ProposalVersion(proposal_id=proposal.id, number=number, text=wording))
        return _row(s, proposal)


def remove_last_wording(store: Store, proposal_id: int) -> ProposalRow:
    """Take back the latest amendment (what undo does); refused when a round tested it."""
    with store.transaction() as s:
        proposal = _proposal(s, proposal_id)
        if len(proposal.versions) < 2:
            raise ValidationError(
                translate("Errors", "“{title}” has no amendment to take back.").format(
                    title=proposal.title
                )
            )
        last = proposal.versions[-1]
        if any(r.version_id == last.id for r in proposal.rounds):
            raise ConflictError(
                translate(
                    "Errors", "A round was held on the amended wording of “{title}”; it stays."
                ).format(title=proposal.title)
            )
        s.delete(last)
        s.flush()
        s.expire(proposal)
        return _row(s, proposal)


@dataclass(frozen=True)
class OutcomeSnapshot:
    """A proposal's outcome fields as they were, for undo (and the round then open, if any)."""

    outcome: Outcome | None
    outcome_statement: str
    override_reason: str
    decided_at: datetime | None
    open_round_id: int | None = None


def outcome_snapshot(row: ProposalRow) -> OutcomeSnapshot:
    open_round = row.open_round
    return OutcomeSnapshot(
        row.outcome,
        row.outcome_statement,
        row.override_reason,
        row.decided_at,
        open_round.id if open_round else None,
    )


def restore_outcome(
    store: Store,
    proposal_id: int,
    snapshot: OutcomeSnapshot,
    *,
    expect: OutcomeSnapshot | None = None,
) -> ProposalRow:
    """Put the outcome fields back as a snapshot had them (undo and redo of an outcome).

    A round that was open in the snapshot and was cut short by withdrawing or
    deferring is opened again with its positions. Setting an outcome back while
    a round is open is refused, unless the round is still empty (opened by
    mistake after reopening): it is then removed. The decision number stays
    as it is: numbers are never taken back.

    ``expect`` (an undo's or redo's): the outcome fields the proposal must still
    hold; when another window or the live screen decided it otherwise since,
    :class:`StaleEditError` is raised and nothing changes.
    """
    with store.transaction() as s:
        proposal = _proposal(s, proposal_id)
        if expect is not None:
            check_expected(
                proposal,
                {
                    "outcome": expect.outcome,
                    "outcome_statement": expect.outcome_statement,
                    "override_reason": expect.override_reason,
                    "decided_at": expect.decided_at,
                },
            )
        open_round = _open(proposal)
        if snapshot.outcome is not None and open_round is not None:
            if snapshot.outcome in _NO_REASON_NEEDED:
                open_round.closed_at = snapshot.decided_at or open_round.opened_at
                open_round.proposed_outcome = None
            elif open_round.positions or open_round.counts:
                raise ConflictError(
                    translate(
                        "Errors",
                        "A round is open on “{title}”; close or cancel it first.",
                    ).format(title=proposal.title)
                )
            else:
                s.delete(open_round)
            s.flush()
            s.expire(proposal)
        if snapshot.outcome is None and snapshot.open_round_id is not None and open_round is None:
            cut_short = s.get(Round, snapshot.open_round_id)
            if cut_short is not None and cut_short.proposal_id == proposal.id:
                cut_short.closed_at = None
                cut_short.proposed_outcome = None
                s.flush()
                s.expire(proposal)
        proposal.outcome = snapshot.outcome
        proposal.outcome_statement = snapshot.outcome_statement
        proposal.override_reason = snapshot.override_reason
        proposal.decided_at = snapshot.decided_at
        if snapshot.outcome in AGREED and proposal.decision_number is None:
            proposal.decision_number = _next_decision_number(s, proposal.workshop_id)
        return _row(s, proposal)


def update_proposal(
    store: Store, proposal_id: int, *, expect: dict | None = None, **changes
) -> ProposalRow:
    """Change ``title``, ``method``, ``voice``, ``review_date``, ``outcome_statement``,
    ``agenda_item_id``. Method and voice cannot change while a round is open.

    ``expect`` (an undo's or redo's, in stored form): the values the proposal must still
    hold, else :class:`StaleEditError` and nothing changes.
    """
    unknown_fields(changes, EDITABLE_FIELDS)
    if expect:
        unknown_fields(expect, EDITABLE_FIELDS)
    with store.transaction() as s:
        proposal = _proposal(s, proposal_id)
        if expect:
            check_expected(proposal, expect)
        if "title" in changes:
            proposal.title = _clean_title(changes["title"])
        if "method" in changes or "voice" in changes:
            _refuse_while_open(proposal)
        if "method" in changes:
            proposal.method = check_choice(
                changes["method"], DecisionMethod, "method", translate("Fields", "method")
            )
        if "voice" in changes:
            proposal.voice = check_choice(
                changes["voice"], Voice, "voice", translate("Fields", "voice")
            )
        if "review_date" in changes:
            proposal.review_date = check_field(
                "proposal",
                "review_date",
                changes["review_date"],
                translate("Fields", "Review date"),
            )
        if "outcome_statement" in changes:
            proposal.outcome_statement = _clean_statement(changes["outcome_statement"])
        if "agenda_item_id" in changes:
            proposal.agenda_item_id = _check_item(
                s, proposal.workshop_id, changes["agenda_item_id"]
            )
        return _row(s, proposal)


def delete_proposal(store: Store, proposal_id: int) -> None:
    """Delete a proposal with its wordings and rounds.

    A proposal that has a decision number is refused: its number must stay
    in the register (and never be given again); change its outcome instead.
    """
    with store.transaction() as s:
        proposal = _proposal(s, proposal_id)
        if proposal.decision_number is not None:
            raise ConflictError(
                translate(
                    "Errors",
                    "“{title}” is decision {label} of the register; change its outcome instead.",
                ).format(title=proposal.title, label=_row(s, proposal).label)
            )
        s.delete(proposal)


# -- who takes a position ------------------------------------------------------------------


def _present(session: Session, workshop_id: int):
    return session.execute(
        select(Person, Organization)
        .join(Participation, Participation.person_id == Person.id)
        .outerjoin(Organization, Participation.organization_id == Organization.id)
        .where(
            Participation.workshop_id == workshop_id,
            Participation.attendance == Attendance.PRESENT,
        )
    ).all()


def _voters(session: Session, workshop_id: int, voice: Voice) -> list[Voter]:
    rows = _present(session, workshop_id)
    if voice is Voice.PERSON:
        voters = [
            Voter(person.id, person.full_name(), org.name if org else "") for person, org in rows
        ]
        voters.sort(key=lambda v: (sort_key(v.name), v.id))
        return voters
    if voice is Voice.ORGANIZATION:
        people: dict[int, list[str]] = {}
        names: dict[int, str] = {}
        for person, org in rows:
            if org is None:
                continue
            names[org.id] = org.name
            people.setdefault(org.id, []).append(person.full_name())
        voters = [
            Voter(oid, names[oid], ", ".join(sorted(people[oid], key=sort_key))) for oid in names
        ]
        voters.sort(key=lambda v: (sort_key(v.name), v.id))
        return voters
    return []


def voters(store: Store, workshop_id: int, voice: Voice | str) -> list[Voter]:
    """Who takes a position with this voice: present participants (Turkish order by name),
    or the institutions they represent (one voice each). Counts only: nobody by name."""
    voice = check_choice(voice, Voice, "voice", translate("Fields", "voice"))
    with store.session() as s:
        _workshop(s, workshop_id)
        return _voters(s, workshop_id, voice)


# -- rounds --------------------------------------------------------------------------------


def open_round(
    store: Store,
    proposal_id: int,
    *,
    now: datetime,
    quorum: int | None = None,
    threshold: Threshold | str | None = None,
) -> RoundRow:
    """Open a round on the current wording with the proposal's method and voice.

    Quorum and threshold belong to majority votes (threshold defaults to simple).
    One round at a time per proposal; a decided proposal is reopened by clearing its outcome.
    """
    now = check_aware(now, "now", translate("Fields", "Time"))
    with store.transaction() as s:
        proposal = _proposal(s, proposal_id, numbering=True)
        _refuse_while_open(proposal)
        if proposal.outcome is not None:
            raise ConflictError(
                translate(
                    "Errors", "“{title}” is already decided; clear its outcome to test it again."
                ).format(title=proposal.title)
            )
        method = DecisionMethod(proposal.method)
        if method is DecisionMethod.MAJORITY:
            quorum = consensus.check_quorum(quorum)
            threshold = check_choice(
                threshold or Threshold.SIMPLE,
                Threshold,
                "threshold",
                translate("Fields", "threshold"),
            )
        elif quorum is not None or threshold is not None:
            raise ValidationError(
                translate("Errors", "Only a majority vote has a quorum and a threshold."),
                "quorum",
            )
        number = max((r.number for r in proposal.rounds), default=0) + 1
        version = proposal.versions[-1] if proposal.versions else None
        r = Round(
            proposal_id=proposal.id,
            version_id=version.id if version else None,
            number=number,
            method=method,
            voice=Voice(proposal.voice),
            quorum=quorum,
            threshold=threshold,
            opened_at=now,
        )
        s.add(r)
        s.flush()
        return _round_out(s, r)


def _round_out(session: Session, r: Round) -> RoundRow:
    session.flush()
    session.refresh(r)
    numbers = {
        v.id: v.number
        for v in session.scalars(
            select(ProposalVersion).where(ProposalVersion.proposal_id == r.proposal_id)
        )
    }
    return _round_row(r, numbers, session)


def get_round(store: Store, round_id: int) -> RoundRow:
    with store.session() as s:
        return _round_out(s, _round(s, round_id))


def _open_round_for_writing(session: Session, round_id: int) -> tuple[Round, Proposal]:
    r = _round(session, round_id)
    if r.closed_at is not None:
        raise ConflictError(translate("Errors", "This round is closed; open a new round."))
    return r, session.get(Proposal, r.proposal_id)


def _check_voter(session: Session, r: Round, proposal: Proposal, holder_id) -> Voter:
    check_id(holder_id, "holder")
    if r.voice is Voice.COUNTS:
        raise ValidationError(
            translate("Errors", "This round records counts, not positions."), "holder_id"
        )
    voter = next(
        (v for v in _voters(session, proposal.workshop_id, Voice(r.voice)) if v.id == holder_id),
        None,
    )
    if voter is None:
        if r.voice is Voice.PERSON:
            person = session.get(Person, holder_id)
            name = person.full_name() if person else f"#{holder_id}"
            message = translate("Errors", "{name} is not checked in as present.").format(name=name)
        else:
            org = session.get(Organization, holder_id)
            name = org.name if org else f"#{holder_id}"
            message = translate(
                "Errors", "Nobody present represents {name}; one voice per institution present."
            ).format(name=name)
        raise ValidationError(message, "holder_id")
    return voter


def record_position(
    store: Store, round_id: int, holder_id: int, value: str | None, reason: str = ""
) -> RoundRow:
    """Record (or replace) a voter's position in an open round; ``value`` None clears it.

    The holder is a person (voice "person") or an organization (voice
    "organization"); ``reason`` is the reason of an objection, for instance.
    """
    with store.transaction() as s:
        r, proposal = _open_round_for_writing(s, round_id)
        _check_voter(s, r, proposal, holder_id)
        if value is not None:
            value = consensus.check_value(r.method, value)
        reason = check_field("position", "reason", reason, translate("Fields", "Reason"))
        column = Position.person_id if r.voice is Voice.PERSON else Position.organization_id
        existing = s.scalar(select(Position).where(Position.round_id == r.id, column == holder_id))
        if value is None:
            if existing is not None:
                s.delete(existing)
        elif existing is not None:
            existing.value = value
            existing.reason = reason
        else:
            holder = (
                {"person_id": holder_id}
                if r.voice is Voice.PERSON
                else {"organization_id": holder_id}
            )
            s.add(Position(round_id=r.id, value=value, reason=reason, **holder))
        s.flush()
        s.expire(r)
        return _round_out(s, r)


def clear_position(store: Store, round_id: int, holder_id: int) -> RoundRow:
    """Take back a voter's position in an open round."""
    return record_position(store, round_id, holder_id, None)


def _store_counts(session: Session, r: Round, counts) -> None:
    if r.voice is not Voice.COUNTS:
        raise ValidationError(
            translate("Errors", "This round records positions by name, not counts."), "counts"
        )
    if not isinstance(counts, Mapping):
        raise ValidationError(translate("Errors", "Counts must be given per value."), "counts")
    cleaned = consensus.tally_from_counts(r.method, counts)
    for old in list(r.counts):
        session.delete(old)
    session.flush()
    for value, count in cleaned.items():
        if count:
            session.add(RoundCount(round_id=r.id, value=value, count=count))
    session.flush()
    session.expire(r)


def record_counts(store: Store, round_id: int, counts: Mapping[str, int]) -> RoundRow:
    """Set the counts of a counts-only round (values left out count 0)."""
    with store.transaction() as s:
        r, _proposal_row = _open_round_for_writing(s, round_id)
        _store_counts(s, r, counts)
        return _round_out(s, r)


def close_round(
    store: Store, round_id: int, now: datetime, *, counts: Mapping[str, int] | None = None
) -> RoundRow:
    """Close an open round and store the outcome its rule proposes.

    ``counts`` (counts-only rounds) are the counts on screen, saved first in
    the same unit of work so that nothing typed is lost by closing.
    """
    now = check_aware(now, "now", translate("Fields", "Time"))
    with store.transaction() as s:
        r, _proposal_row = _open_round_for_writing(s, round_id)
        if counts is not None:
            _store_counts(s, r, counts)
        row = _round_out(s, r)
        proposed = consensus.propose_outcome(
            r.method, dict(row.tally), quorum=r.quorum, threshold=r.threshold
        )
        r.proposed_outcome = proposed.outcome
        r.closed_at = now
        return _round_out(s, r)


def delete_round(store: Store, round_id: int) -> None:
    """Cancel a round opened by mistake: only an open round in which nothing was recorded."""
    with store.transaction() as s:
        r = _round(s, round_id)
        proposal = s.get(Proposal, r.proposal_id)
        if proposal.outcome is not None:
            raise ConflictError(
                translate("Errors", "“{title}” is decided; its rounds are kept.").format(
                    title=proposal.title
                )
            )
        if r.closed_at is not None:
            raise ConflictError(
                translate("Errors", "Round {number} is closed; its result is kept.").format(
                    number=r.number
                )
            )
        if r.positions or r.counts:
            raise ConflictError(
                translate(
                    "Errors",
                    "Positions were recorded in round {number}; close it instead of cancelling.",
                ).format(number=r.number)
            )
        s.delete(r)


# -- outcomes ------------------------------------------------------------------------------


def set_outcome(
    store: Store,
    proposal_id: int,
    outcome: Outcome | str | None,
    *,
    now: datetime,
    statement: str | None = None,
    reason: str = "",
) -> ProposalRow:
    """Set the outcome; None clears it (the proposal is open again, its number kept).

    The outcome the last closed round proposed needs no reason; any other
    outcome (an override) needs one, except withdrawing and deferring.
    Agreed outcomes get the workshop's next decision number, once.
    """
    now = check_aware(now, "now", translate("Fields", "Time"))
    with store.transaction() as s:
        proposal = _proposal(s, proposal_id)
        if outcome is not None:
            outcome = check_choice(outcome, Outcome, "outcome", translate("Fields", "outcome"))
        reason = check_field("proposal", "override_reason", reason, translate("Fields", "Reason"))
        if statement is not None:
            proposal.outcome_statement = _clean_statement(statement)
        if outcome is None:
            proposal.outcome = None
            proposal.decided_at = None
            proposal.override_reason = ""
            return _row(s, proposal)
        open_round = _open(proposal)
        if open_round is not None and outcome not in _NO_REASON_NEEDED:
            raise ConflictError(
                translate("Errors", "A round is open on “{title}”; close it first.").format(
                    title=proposal.title
                )
            )
        closed = [
            r for r in proposal.rounds if r.closed_at is not None and r.proposed_outcome is not None
        ]
        proposed = Outcome(closed[-1].proposed_outcome) if closed else None
        overridden = outcome is not proposed and outcome not in _NO_REASON_NEEDED
        if overridden and not reason:
            if proposed is None:
                message = translate(
                    "Errors", "No round was held: give the reason for this outcome."
                )
            else:
                message = translate(
                    "Errors",
                    "The rule proposed another outcome: give the reason for overriding it.",
                )
            raise ValidationError(message, "reason")
        if open_round is not None:
            # Withdrawn or deferred mid-round: the round is kept with its positions but
            # proposes nothing; undo opens it again.
            open_round.closed_at = now
            open_round.proposed_outcome = None
        proposal.outcome = outcome
        proposal.decided_at = now
        proposal.override_reason = reason if overridden or reason else ""
        if outcome in AGREED and proposal.decision_number is None:
            proposal.decision_number = _next_decision_number(s, proposal.workshop_id)
        return _row(s, proposal)


def confirm(store: Store, proposal_id: int, *, now: datetime, statement: str | None = None):
    """Set the outcome the last closed round proposed."""
    with store.session() as s:
        proposal = _proposal(s, proposal_id)
        closed = [
            r for r in proposal.rounds if r.closed_at is not None and r.proposed_outcome is not None
        ]
        if not closed:
            raise ValidationError(
                translate("Errors", "No round has been closed on “{title}” yet.").format(
                    title=proposal.title
                )
            )
        proposed = Outcome(closed[-1].proposed_outcome)
    return set_outcome(store, proposal_id, proposed, now=now, statement=statement)


def withdraw(store: Store, proposal_id: int, *, now: datetime) -> ProposalRow:
    return set_outcome(store, proposal_id, Outcome.WITHDRAWN, now=now)


def defer(store: Store, proposal_id: int, *, now: datetime) -> ProposalRow:
    return set_outcome(store, proposal_id, Outcome.DEFERRED, now=now)


# -- the register and the minutes ----------------------------------------------------------


def register(
    store: Store,
    series_id: int,
    query: str = "",
    *,
    workshop_id: int | None = None,
    outcome: Outcome | str | None = None,
    today: date,
) -> list[RegisterRow]:
    """Every decided proposal of a series, by workshop number and decision number.

    ``query`` matches title, wording and statement (Turkish-aware, every word);
    ``workshop_id`` and ``outcome`` filter; ``review_due`` is set when an agreed
    decision's review date is today or earlier (others have nothing to review).
    """
    query = clean_query(query)
    today = check_date(today, "today", translate("Fields", "Date"))
    if outcome is not None:
        outcome = check_choice(outcome, Outcome, "outcome", translate("Fields", "outcome"))
    with store.session() as s:
        get_or_raise(s, Series, series_id, translate("Errors", "series"))
        stmt = (
            select(Proposal, Workshop)
            .join(Workshop, Proposal.workshop_id == Workshop.id)
            .where(Workshop.series_id == series_id, Proposal.outcome.is_not(None))
            .options(selectinload(Proposal.versions))  # one query for every wording
        )
        if workshop_id is not None:
            stmt = stmt.where(Proposal.workshop_id == check_id(workshop_id, "workshop"))
        if outcome is not None:
            stmt = stmt.where(Proposal.outcome == outcome)
        rows = []
        for p, w in s.execute(stmt):
            text = p.versions[-1].text if p.versions else ""
            if query.strip() and not matches(query, p.title, text, p.outcome_statement):
                continue
            rows.append(
                RegisterRow(
                    id=p.id,
                    workshop_id=w.id,
                    workshop_number=w.number,
                    workshop_title=w.title,
                    decision_number=p.decision_number,
                    title=p.title,
                    text=text,
                    outcome=Outcome(p.outcome),
                    outcome_statement=p.outcome_statement,
                    review_date=p.review_date,
                    review_due=p.outcome in AGREED
                    and p.review_date is not None
                    and p.review_date <= today,
                )
            )
    big = 1 << 62
    rows.sort(
        key=lambda r: (
            r.workshop_number if r.workshop_number is not None else big,
            r.workshop_id,
            r.decision_number if r.decision_number is not None else big,
            r.id,
        )
    )
    return rows


def decisions_for_minutes(store: Store, workshop_id: int) -> tuple[MinutesDecision, ...]:
    """The decided proposals of a workshop (outcome set), in agenda order, for the minutes."""
    with store.session() as s:
        _workshop(s, workshop_id)
        positions = {
            item.id: item.position
            for item in s.scalars(select(AgendaItem).where(AgendaItem.workshop_id == workshop_id))
        }
    decided = [p for p in list_proposals(store, workshop_id) if p.outcome is not None]
    big = 1 << 62
    decided.sort(
        key=lambda p: (
            positions.get(p.agenda_item_id, big),
            p.decision_number if p.decision_number is not None else big,
            p.id,
        )
    )
    return tuple(
        MinutesDecision(
            label=p.label,
            title=p.title,
            text=p.text,
            agenda_item_title=p.agenda_item_title,
            method=p.method,
            voice=p.voice,
            rounds=tuple(
                MinutesRound(
                    number=r.number,
                    method=r.method,
                    voice=r.voice,
                    tally=r.tally,
                    quorum=r.quorum,
                    threshold=r.threshold,
                    proposed_outcome=r.proposed_outcome,
                    version_number=r.version_number,
                    reasons=r.reasons,
                )
                for r in p.rounds
                if not r.is_open
            ),
            outcome=p.outcome,
            outcome_statement=p.outcome_statement,
            override_reason=p.override_reason,
            review_date=p.review_date,
        )
        for p in decided
    )
