"""Positions by name of anyone expected: the grid offers every attendee (sign-in on paper
leaves nobody checked in), and a position of someone not checked in marks them present.

How a round counts is unchanged: a position is stored only for a voter present when it
is recorded (the recording marks them present first, in the same commit), one per
person or one per institution; whoever is offered but gives no position counts for
nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.errors import NotFoundError, StaleEditError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    Attendance,
    Invitation,
    Organization,
    Participation,
    Person,
    Position,
    Voice,
)
from facilitator.services._common import check_aware, check_choice, check_id
from facilitator.services.proposals.reading import load_workshop
from facilitator.services.proposals.rounds import (
    _check_voter,
    _open_round_for_writing,
    _write_position,
    put_position,
)
from facilitator.services.proposals.rows import (
    ABSENT,
    DECLINED,
    NOT_CHECKED_IN,
    PRESENT,
    PositionRow,
    RoundRow,
    Voter,
)
from facilitator.store import Store
from facilitator.text import sort_key

_RANK = {PRESENT: 0, NOT_CHECKED_IN: 1, DECLINED: 2, ABSENT: 2}


def _presence(p: Participation) -> str:
    if p.attendance is Attendance.PRESENT:
        return PRESENT
    if p.attendance in (Attendance.ABSENT, Attendance.EXCUSED):
        return ABSENT
    if p.invitation is Invitation.DECLINED:
        return DECLINED
    return NOT_CHECKED_IN


def _ordered(voters: list[Voter]) -> list[Voter]:
    return sorted(voters, key=lambda v: (_RANK[v.presence], sort_key(v.name), v.id))


def _attending(session: Session, workshop_id: int):
    return session.execute(
        select(Participation, Person, Organization)
        .join(Person, Participation.person_id == Person.id)
        .outerjoin(Organization, Participation.organization_id == Organization.id)
        .where(Participation.workshop_id == workshop_id)
    ).all()


def candidates(store: Store, workshop_id: int, voice: Voice | str) -> list[Voter]:
    """Who a round offers by name: every attendee (voice "person") or every institution
    an attendee represents (voice "organization", one voice each), each with its
    ``presence``: present first, then those not checked in yet, then who declined or is
    recorded absent (offered, marked so). Turkish order by name within each group.

    The present ones are exactly :func:`~facilitator.services.proposals.voters`.
    Counts only: nobody by name.
    """
    voice = check_choice(voice, Voice, "voice", translate("Fields", "voice"))
    with store.session() as s:
        load_workshop(s, workshop_id)
        rows = _attending(s, workshop_id)
        if voice is Voice.PERSON:
            return _ordered(
                [
                    Voter(person.id, person.full_name(), org.name if org else "", _presence(p))
                    for p, person, org in rows
                ]
            )
        if voice is not Voice.ORGANIZATION:
            return []
        groups: dict[int, list[tuple[str, str]]] = {}
        names: dict[int, str] = {}
        for p, person, org in rows:
            if org is not None:
                names[org.id] = org.name
                groups.setdefault(org.id, []).append((_presence(p), person.full_name()))
        voters = []
        for org_id, people in groups.items():
            presence = min((x for x, _name in people), key=_RANK.__getitem__)
            if presence == DECLINED and any(x == ABSENT for x, _name in people):
                presence = ABSENT
            shown = sorted((n for x, n in people if x == presence), key=sort_key)
            voters.append(Voter(org_id, names[org_id], ", ".join(shown), presence))
        return _ordered(voters)


def _spokesperson(session: Session, workshop_id: int, org_id: int) -> int | None:
    """Who is marked present when an institution nobody present represents takes a
    position: its one attendee expected (or, none expected, its one attendee). None when
    someone present represents it already; refused when several could speak for it."""
    rows = session.execute(
        select(Participation, Person)
        .join(Person, Participation.person_id == Person.id)
        .where(Participation.workshop_id == workshop_id, Participation.organization_id == org_id)
    ).all()
    if any(p.attendance is Attendance.PRESENT for p, _person in rows):
        return None
    org = session.get(Organization, org_id)
    name = org.name if org else f"#{org_id}"
    if not rows:
        raise ValidationError(
            translate("Errors", "Nobody attending this workshop represents {name}.").format(
                name=name
            ),
            "holder_id",
        )
    expected = [(p, person) for p, person in rows if _presence(p) == NOT_CHECKED_IN]
    pick = expected or rows
    if len(pick) > 1:
        people = ", ".join(sorted((person.full_name() for _p, person in pick), key=sort_key))
        raise ValidationError(
            translate(
                "Errors",
                "Several attendees may speak for {name} ({people}): check in who is here, "
                "then record its position.",
            ).format(name=name, people=people),
            "holder_id",
        )
    return pick[0][1].id


def record_position_marking_present(
    store: Store, round_id: int, holder_id: int, value: str, now: datetime, reason: str = ""
):
    """A position of a voter offered but not checked in (sign-in on paper): they are in the
    room, so they are marked present (arrived ``now``) in the same commit. Voice "person":
    the person; voice "organization": the one attendee who can speak for the institution
    (refused, naming them, when several could).

    Returns the round and what the attendance was (a
    :class:`~facilitator.services.live.checkin.MarkedPresent`, None when nothing changed),
    for the status line and the undo (:func:`take_back_position`).
    """
    # Imported here: the live package reads decision labels from this one.
    from facilitator.services.live.checkin import ensure_present

    now = check_aware(now, "now", translate("Fields", "Time"))
    check_id(holder_id, "holder")
    with store.transaction() as s:
        r, proposal = _open_round_for_writing(s, round_id)
        if r.voice is Voice.ORGANIZATION:
            person_id = _spokesperson(s, proposal.workshop_id, holder_id)
        elif r.voice is Voice.PERSON:
            person_id = holder_id
        else:
            raise ValidationError(
                translate("Errors", "This round records counts, not positions."), "holder_id"
            )
        marked = (
            ensure_present(s, proposal.workshop_id, person_id, now)
            if person_id is not None
            else None
        )
        s.flush()
        _check_voter(s, r, proposal, holder_id)
        return _write_position(s, r, holder_id, value, reason), marked


def _position_now(session: Session, r, holder_id: int) -> PositionRow | None:
    column = Position.person_id if r.voice is Voice.PERSON else Position.organization_id
    p = session.scalar(select(Position).where(Position.round_id == r.id, column == holder_id))
    return None if p is None else PositionRow(holder_id, p.value, p.reason)


def _refuse_unless(now: PositionRow | None, expected: PositionRow | None) -> None:
    def plain(x):
        return None if x is None else (x.value, x.reason)

    if plain(now) != plain(expected):
        raise StaleEditError(
            translate(
                "Errors",
                "This position was changed since; undoing or redoing would overwrite it, "
                "so nothing was changed.",
            )
        )


def take_back_position(
    store: Store,
    round_id: int,
    holder_id: int,
    before: PositionRow | None,
    after: PositionRow | None,
    marked,
) -> RoundRow:
    """The undo of :func:`record_position_marking_present`: the position goes back to
    ``before`` and, in the same commit, the attendance to what it was (kept when changed
    since). Refused (:class:`StaleEditError`) when the position is no longer ``after``."""
    from facilitator.services.live.checkin import unmark_present

    with store.transaction() as s:
        r, _proposal = _open_round_for_writing(s, round_id)
        _refuse_unless(_position_now(s, r, holder_id), after)
        row = _write_position(
            s, r, holder_id, before.value if before else None, before.reason if before else ""
        )
        if marked is not None:
            unmark_present(s, marked)
        return row


def give_position_again(
    store: Store,
    round_id: int,
    holder_id: int,
    before: PositionRow | None,
    after: PositionRow | None,
    marked,
) -> RoundRow:
    """The redo of :func:`take_back_position`: present again (same arrival) and the
    position ``after``; refused when the position is no longer ``before``, or the voter
    was recorded otherwise since (then nobody is marked present)."""
    from facilitator.services.live.checkin import mark_present_again

    with store.transaction() as s:
        r, proposal = _open_round_for_writing(s, round_id)
        _refuse_unless(_position_now(s, r, holder_id), before)
        if marked is not None:
            mark_present_again(s, marked)
            s.flush()
        if after is not None:
            _check_voter(s, r, proposal, holder_id)
        return _write_position(
            s, r, holder_id, after.value if after else None, after.reason if after else ""
        )


def record_attendee_position(
    store: Store,
    workshop_id: int,
    round_id: int,
    person_id: int,
    value,
    now: datetime,
    *,
    in_the_room: int | None = None,
) -> str | None:
    """A position an attendee gives themselves (from their phone): their own with voice
    "person", their institution's with voice "organization" (the last one given for it
    stands). They are in the room, so they are marked present in the same commit.

    ``in_the_room``: who gives it, when they carry ``person_id``'s voice as a proxy: they
    are marked present, and the one whose voice it is stays as recorded (absent, say).

    Returns the value this replaced (None when it is the first), so the moderator can be
    told that a position was given again. Only this voter's rows are read: a room of 150
    phones voting at once waits for nobody's list of voters.
    """
    from facilitator.services.attendees import attending_person
    from facilitator.services.live.checkin import ensure_present

    now = check_aware(now, "now", translate("Fields", "Time"))
    check_id(person_id, "person")
    with store.transaction() as s:
        r, proposal = _open_round_for_writing(s, round_id)
        if proposal.workshop_id != workshop_id:
            raise NotFoundError(
                translate("Errors", "The {what} #{id} no longer exists.").format(
                    what=translate("Errors", "round"), id=round_id
                )
            )
        if r.voice is Voice.COUNTS:
            raise ValidationError(
                translate("Errors", "This round records counts, not positions."), "holder_id"
            )
        # Refuses someone who does not attend; whoever is in the room is present from now
        # on, and may take a position (for themselves, or for the institution they
        # represent); a voice carried for someone else is theirs wherever they are.
        if in_the_room is None or in_the_room == person_id:
            ensure_present(s, workshop_id, person_id, now)
        else:
            attending_person(s, workshop_id, person_id, "person_id")
            ensure_present(s, workshop_id, check_id(in_the_room, "person"), now)
        if r.voice is Voice.PERSON:
            holder_id = person_id
        else:
            holder_id = s.scalar(
                select(Participation.organization_id).where(
                    Participation.workshop_id == workshop_id,
                    Participation.person_id == person_id,
                )
            )
            if holder_id is None:
                raise ValidationError(
                    translate(
                        "Errors",
                        "This round takes one voice per institution, and you represent none "
                        "at this workshop.",
                    ),
                    "holder_id",
                )
        return put_position(s, r, holder_id, value)
