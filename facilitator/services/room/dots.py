"""Dots from phones: a voter puts their dots on the cards (or clusters) of the round open,
one tap at a time, within the round's budget, as the moderator would for them.

A round counted by the moderator (voice "counts only") takes no dots from phones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from facilitator.errors import ConflictError, NotFoundError, ValidationError
from facilitator.i18n import translate
from facilitator.models import DotRound, DotVote, Participation, Voice
from facilitator.services import ideas
from facilitator.services._common import check_aware, check_id
from facilitator.services.ideas.rows import CLUSTER, IDEA, key
from facilitator.services.live.checkin import ensure_present
from facilitator.services.room.tokens import Holder
from facilitator.store import Store


@dataclass(frozen=True)
class MyDots:
    """A phone's dots in a round: how many are left, and where the others are."""

    round_id: int
    left: int
    placed: dict[str, int]  # target key ("i12", "c3") → dots


def _voice(holder: Holder, for_proxy: bool) -> int:
    """Whose dots: the holder's own, or (``for_proxy``) those of the voice they carry."""
    if not for_proxy:
        return holder.person_id
    if holder.proxy_for_id is None:
        raise ValidationError(translate("Errors", "You carry nobody else's voice."), "for_proxy")
    return holder.proxy_for_id


def _holder_id(s, r: DotRound, person_id: int) -> int | None:
    if r.voice is Voice.ORGANIZATION:
        return s.scalar(
            select(Participation.organization_id).where(
                Participation.workshop_id == r.workshop_id,
                Participation.person_id == person_id,
            )
        )
    return person_id


def _round_here(s, holder: Holder, round_id) -> DotRound:
    r = s.get(DotRound, check_id(round_id, "round"))
    if r is None or r.workshop_id != holder.workshop_id or r.opened_at is None:
        raise NotFoundError(translate("Errors", "This round is not open in this room."))
    if r.closed_at is not None:
        raise ConflictError(translate("Errors", "This round is closed; open a new round."))
    if r.voice is Voice.COUNTS:
        raise ValidationError(
            translate("Errors", "The moderator counts the dots of this round."), "round"
        )
    return r


def my_dots(store: Store, holder: Holder, round_id: int, *, for_proxy: bool = False) -> MyDots:
    """The holder's dots in the round (``for_proxy``: those of the voice they carry)."""
    person_id = _voice(holder, for_proxy)
    with store.session() as s:
        r = _round_here(s, holder, round_id)
        holder_id = _holder_id(s, r, person_id)
        column = DotVote.organization_id if r.voice is Voice.ORGANIZATION else DotVote.person_id
        placed: dict[str, int] = {}
        if holder_id is not None:
            for idea_id, cluster_id, dots in s.execute(
                select(DotVote.idea_id, DotVote.cluster_id, func.sum(DotVote.dots))
                .where(DotVote.round_id == r.id, column == holder_id)
                .group_by(DotVote.idea_id, DotVote.cluster_id)
            ):
                target = key(IDEA, idea_id) if idea_id is not None else key(CLUSTER, cluster_id)
                placed[target] = int(dots)
        return MyDots(r.id, r.budget - sum(placed.values()), placed)


def place_dot(
    store: Store,
    holder: Holder,
    round_id: int,
    target_key,
    delta: int,
    *,
    now: datetime,
    for_proxy: bool = False,
) -> MyDots:
    """One dot more (``delta`` 1) or one less (-1) on a target, for the holder (or the
    institution they represent, when the round gives dots per institution); ``for_proxy``,
    for the voice they carry, within that voice's own budget. The holder is in the room,
    so they are marked present first (never the absent owner of a voice carried)."""
    now = check_aware(now, "now", translate("Fields", "Time"))
    if delta not in (1, -1) or not isinstance(target_key, str) or len(target_key) > 20:
        raise ValidationError(
            translate("Errors", "A dot is given or taken one at a time."), "delta"
        )
    person_id = _voice(holder, for_proxy)
    with store.transaction() as s:
        r = _round_here(s, holder, round_id)
        ensure_present(s, holder.workshop_id, holder.person_id, now)
        holder_id = _holder_id(s, r, person_id)
    if holder_id is None:
        message = (
            translate(
                "Errors",
                "This round gives dots per institution, and the voice you carry "
                "represents none at this workshop.",
            )
            if for_proxy
            else translate(
                "Errors",
                "This round gives dots per institution, and you represent none at this workshop.",
            )
        )
        raise ValidationError(message, "holder_id")
    if delta == 1:
        ideas.give_dot(store, round_id, target_key, holder_id, carried=for_proxy)
    else:
        ideas.take_dot(store, round_id, target_key, holder_id)
    return my_dots(store, holder, round_id, for_proxy=for_proxy)
