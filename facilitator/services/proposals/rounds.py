"""Rounds: who takes a position, opening a round on the current wording, recording positions
or counts, closing it with the outcome its rule proposes, cancelling one opened by mistake.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    Attendance,
    DecisionMethod,
    Organization,
    Participation,
    Person,
    Position,
    Proposal,
    ProposalVersion,
    Round,
    RoundCount,
    Threshold,
    Voice,
)
from facilitator.services import consensus
from facilitator.services._common import check_aware, check_choice, check_field, check_id
from facilitator.services.proposals.reading import (
    load_proposal,
    load_round,
    load_workshop,
    refuse_while_open,
    round_row,
)
from facilitator.services.proposals.rows import RoundRow, Voter
from facilitator.store import Store
from facilitator.text import sort_key


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


def voters_in(session: Session, workshop_id: int, voice: Voice) -> list[Voter]:
    """Who holds a voice in this workshop (see :func:`voters`), in an open session."""
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
        load_workshop(s, workshop_id)
        return voters_in(s, workshop_id, voice)


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
        proposal = load_proposal(s, proposal_id, numbering=True)
        refuse_while_open(proposal)
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
    return round_row(r, numbers, session)


def get_round(store: Store, round_id: int) -> RoundRow:
    with store.session() as s:
        return _round_out(s, load_round(s, round_id))


def _open_round_for_writing(session: Session, round_id: int) -> tuple[Round, Proposal]:
    r = load_round(session, round_id)
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
        (v for v in voters_in(session, proposal.workshop_id, Voice(r.voice)) if v.id == holder_id),
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
        return _write_position(s, r, holder_id, value, reason)


def _write_position(s: Session, r: Round, holder_id: int, value, reason: str) -> RoundRow:
    put_position(s, r, holder_id, value, reason)
    s.expire(r)
    return _round_out(s, r)


def put_position(s: Session, r: Round, holder_id: int, value, reason: str = "") -> str | None:
    """Write (or, ``value`` None, take back) one voter's position inside the caller's unit
    of work, the voter already checked; returns the value it replaced (None: first)."""
    if value is not None:
        value = consensus.check_value(r.method, value)
    reason = check_field("position", "reason", reason, translate("Fields", "Reason"))
    column = Position.person_id if r.voice is Voice.PERSON else Position.organization_id
    existing = s.scalar(select(Position).where(Position.round_id == r.id, column == holder_id))
    before = existing.value if existing is not None else None
    if value is None:
        if existing is not None:
            s.delete(existing)
    elif existing is not None:
        existing.value = value
        existing.reason = reason
    else:
        holder = (
            {"person_id": holder_id} if r.voice is Voice.PERSON else {"organization_id": holder_id}
        )
        s.add(Position(round_id=r.id, value=value, reason=reason, **holder))
    s.flush()
    return before


def clear_position(store: Store, round_id: int, holder_id: int) -> RoundRow:
    """Take back a voter's position in an open round."""
    return record_position(store, round_id, holder_id, None)


def _store_counts(session: Session, r: Round, counts, expected=None) -> None:
    if r.voice is not Voice.COUNTS:
        raise ValidationError(
            translate("Errors", "This round records positions by name, not counts."), "counts"
        )
    if not isinstance(counts, Mapping) or (
        expected is not None and not isinstance(expected, Mapping)
    ):
        raise ValidationError(translate("Errors", "Counts must be given per value."), "counts")
    cleaned = consensus.tally_from_counts(r.method, counts)
    if expected is not None:
        # The counts typed were typed over ``expected``; phones may have added ballots
        # since. What the moderator changed is applied to what is stored now, so
        # neither the hands counted nor the phones' ballots are lost.
        base = consensus.tally_from_counts(r.method, expected)
        stored = {c.value: c.count for c in r.counts}
        merged = {}
        for value, count in cleaned.items():
            merged[value] = stored.get(value, 0) + count - base.get(value, 0)
            if merged[value] < 0:
                raise ConflictError(
                    translate(
                        "Errors",
                        "The counts changed while you typed (votes from phones); "
                        "look at them again and save.",
                    )
                )
        cleaned = consensus.tally_from_counts(r.method, merged)
    for old in list(r.counts):
        session.delete(old)
    session.flush()
    for value, count in cleaned.items():
        if count:
            session.add(RoundCount(round_id=r.id, value=value, count=count))
    session.flush()
    session.expire(r)


def record_counts(
    store: Store,
    round_id: int,
    counts: Mapping[str, int],
    *,
    expected: Mapping[str, int] | None = None,
) -> RoundRow:
    """Set the counts of a counts-only round (values left out count 0).

    With ``expected`` (the counts the form showed before they were typed over), only
    the difference typed is applied to the counts stored now: ballots from phones
    that arrived meanwhile are kept.
    """
    with store.transaction() as s:
        r, _proposal_row = _open_round_for_writing(s, round_id)
        _store_counts(s, r, counts, expected)
        return _round_out(s, r)


def close_round(
    store: Store,
    round_id: int,
    now: datetime,
    *,
    counts: Mapping[str, int] | None = None,
    expected: Mapping[str, int] | None = None,
) -> RoundRow:
    """Close an open round and store the outcome its rule proposes.

    ``counts`` (counts-only rounds) are the counts on screen, saved first in
    the same unit of work so that nothing typed is lost by closing; ``expected`` as
    for :func:`record_counts`.
    """
    now = check_aware(now, "now", translate("Fields", "Time"))
    with store.transaction() as s:
        r, _proposal_row = _open_round_for_writing(s, round_id)
        if counts is not None:
            _store_counts(s, r, counts, expected)
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
        r = load_round(s, round_id)
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
