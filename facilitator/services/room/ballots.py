"""Positions from phones: named rounds through the proposals' rules, anonymous rounds as
counts and a ballot that says only "this token took part".

A round of voice "counts only" is anonymous: each token (and the voice it carries as a
proxy) may take part once, its value is added to the round's counts, and the ballot
row keeps neither the value nor the moment (its times are the round's opening, its key
is drawn at random), so nothing stored ties a token to what it said.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update

from facilitator.errors import ConflictError, NotFoundError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    DecisionMethod,
    Participation,
    Position,
    Proposal,
    RoomBallot,
    Round,
    RoundCount,
    Voice,
)
from facilitator.services import consensus, proposals
from facilitator.services._common import check_aware, check_id
from facilitator.services.room.tokens import Holder
from facilitator.store import Store

_MAX_KEY = 2**31 - 1


@dataclass(frozen=True)
class Cast:
    """What the phone is told once its position is stored."""

    round_id: int
    value: str
    for_proxy: bool
    replaced: str | None  # the value given before (named rounds); None the first time
    method: DecisionMethod | None = None
    voter: str = ""  # whose voice: the holder's name, or the name of the voice carried


def _round_here(s, workshop_id: int, round_id) -> Round:
    r = s.get(Round, check_id(round_id, "round"))
    proposal = s.get(Proposal, r.proposal_id) if r is not None else None
    if r is None or proposal is None or proposal.workshop_id != workshop_id:
        raise NotFoundError(translate("Errors", "This round is not open in this room."))
    if r.closed_at is not None:
        raise ConflictError(translate("Errors", "This round is closed; open a new round."))
    return r


def cast(
    store: Store,
    holder: Holder,
    round_id: int,
    value,
    *,
    now: datetime,
    for_proxy: bool = False,
) -> Cast:
    """Store ``holder``'s position (or, ``for_proxy``, the voice they carry) in an open
    round of their workshop. Named rounds keep the last position given; an anonymous
    round takes one ballot per voice and refuses a second."""
    now = check_aware(now, "now", translate("Fields", "Time"))
    person_id = holder.proxy_for_id if for_proxy else holder.person_id
    if person_id is None:
        raise ValidationError(translate("Errors", "You carry nobody else's voice."), "for_proxy")
    with store.connection() as conn:  # how the round is taken: one row, no ORM objects
        found = conn.execute(
            select(Round.voice, Round.method)
            .join(Proposal, Proposal.id == Round.proposal_id)
            .where(Round.id == check_id(round_id, "round"))
            .where(Proposal.workshop_id == holder.workshop_id)
        ).first()
    if found is None:
        raise NotFoundError(translate("Errors", "This round is not open in this room."))
    anonymous, method = Voice(found.voice) is Voice.COUNTS, DecisionMethod(found.method)
    if not anonymous:  # closed or not, the round's own rules say (in one commit)
        replaced = proposals.record_attendee_position(
            store, holder.workshop_id, round_id, person_id, value, now,
            in_the_room=holder.person_id,
        )  # fmt: skip
        voter = holder.proxy_for_name if for_proxy else holder.name
        return Cast(round_id, value, for_proxy, replaced, method, voter)
    value = consensus.check_value(method, value)
    with store.transaction() as s:
        r = _round_here(s, holder.workshop_id, round_id)
        used = s.scalar(
            select(RoomBallot.id).where(
                RoomBallot.round_id == r.id, RoomBallot.person_id == person_id
            )
        )
        if used is not None:  # whichever badge gave it: a voice takes part once
            raise ConflictError(
                translate(
                    "Errors",
                    "This voice has already taken part in this anonymous round; "
                    "it cannot be changed.",
                )
            )
        # Not the moment of the ballot: the round's opening (or, were it ever unknown,
        # the same fixed time for every ballot).
        opened = r.opened_at or datetime(2000, 1, 1, tzinfo=UTC)
        s.add(
            RoomBallot(
                id=secrets.randbelow(_MAX_KEY) + 1,  # drawn: the order of ballots says nothing
                round_id=r.id,
                person_id=person_id,
                token_id=holder.token_id,
                created_at=opened,
                updated_at=opened,
            )
        )
        # One statement adds the ballot: two phones at once never lose one.
        added = s.execute(
            update(RoundCount)
            .where(RoundCount.round_id == r.id, RoundCount.value == value)
            .values(count=RoundCount.count + 1)
        )
        if added.rowcount == 0:
            s.add(RoundCount(round_id=r.id, value=value, count=1))
    return Cast(round_id, value, for_proxy, None, method, "")


def given(store: Store, holder: Holder, round_id: int) -> tuple[str | None, str | None]:
    """The holder's own position and that of the voice they carry, in a named round (what
    their phone shows as chosen); never anyone else's."""
    with store.session() as s:
        r = s.get(Round, round_id)
        proposal = s.get(Proposal, r.proposal_id) if r is not None else None
        if proposal is None or proposal.workshop_id != holder.workshop_id:
            return None, None  # another workshop's round: nothing of it is told here
        if Voice(r.voice) is Voice.COUNTS:
            return None, None

        def of(person_id: int | None) -> str | None:
            if person_id is None:
                return None
            if r.voice is Voice.PERSON:
                holder_id, column = person_id, Position.person_id
            else:
                holder_id = s.scalar(
                    select(Participation.organization_id).where(
                        Participation.workshop_id == holder.workshop_id,
                        Participation.person_id == person_id,
                    )
                )
                column = Position.organization_id
            if holder_id is None:
                return None
            return s.scalar(
                select(Position.value).where(Position.round_id == r.id, column == holder_id)
            )

        return of(holder.person_id), of(holder.proxy_for_id)


def used_voices(store: Store, holder: Holder, round_id: int) -> tuple[bool, bool]:
    """Whether the holder's own voice and the voice they carry took part in an anonymous
    round (a phone shows "done" rather than the buttons again)."""
    voices = [v for v in (holder.person_id, holder.proxy_for_id) if v is not None]
    with store.session() as s:
        used = set(
            s.scalars(
                select(RoomBallot.person_id)
                .join(Round, Round.id == RoomBallot.round_id)
                .join(Proposal, Proposal.id == Round.proposal_id)
                .where(
                    RoomBallot.round_id == round_id,
                    RoomBallot.person_id.in_(voices),
                    Proposal.workshop_id == holder.workshop_id,
                )
            )
        )
    return holder.person_id in used, holder.proxy_for_id in used
