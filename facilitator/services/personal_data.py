"""Personal data (KVKK / GDPR): what is kept about a person, anonymising them, and retention.

* :func:`person_data` gathers everything the database holds about one person:
  their details, every participation, every note attributed to them, every
  position recorded for them in a round, every commitment naming them, their
  speaking turns, the workshops they moderated, the ideas they gave and the dots
  they put in dot rounds. :func:`person_data_json` gives it as the JSON file
  handed to the person.
* :func:`anonymise_person` replaces their name and contact details with a
  placeholder ("Participant N"); notes, positions, commitments, ideas and dots
  stay, now attributed to the placeholder. The store then rewrites the file so the old
  values are gone from its bytes. On a PostgreSQL server that cannot be promised: the
  tables that held them are vacuumed where the role may, and the result says plainly
  (:attr:`Anonymised.remains`) that old values may stay in the server's files, its
  write-ahead log and its backups until the administrator runs ``VACUUM FULL``.
* :func:`people_not_seen` lists people not seen in any workshop for more than
  N years: candidates for anonymising.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from facilitator.errors import StoreError, ValidationError
from facilitator.i18n import translate
from facilitator.models import (
    Commitment,
    DotRound,
    DotVote,
    Idea,
    IdeaCluster,
    Note,
    Organization,
    Participation,
    Person,
    Position,
    Proposal,
    Round,
    SpeakerTurn,
    Workshop,
)
from facilitator.services._common import check_aware, check_id, get_or_raise
from facilitator.services.minutes_record import redact_person
from facilitator.store import Store
from facilitator.text import sort_key

FORMAT = "facilitator-person-data"
FORMAT_VERSION = 1


def _value(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def _workshop(workshop: Workshop | None) -> dict | None:
    if workshop is None:
        return None
    return {
        "uuid": workshop.uuid,
        "title": workshop.title,
        "planned_start": _value(workshop.planned_start),
    }


def person_data(store: Store, person_id: int, *, now: datetime | None = None) -> dict:
    """Everything the database holds about one person, as plain JSON-ready values."""
    person_id = check_id(person_id, translate("Errors", "person"))
    if now is not None:
        now = check_aware(now, "now", translate("Fields", "Time"))
    with store.session() as s:
        person = get_or_raise(s, Person, person_id, translate("Errors", "person"))
        org = s.get(Organization, person.organization_id) if person.organization_id else None
        participations = []
        stmt = (
            select(Participation, Workshop, Organization.name)
            .join(Workshop, Participation.workshop_id == Workshop.id)
            .outerjoin(Organization, Participation.organization_id == Organization.id)
            .where(Participation.person_id == person_id)
            .order_by(Workshop.planned_start, Participation.id)
        )
        for p, w, org_name in s.execute(stmt):
            participations.append(
                {
                    "workshop": _workshop(w),
                    "organization": org_name or "",
                    "role": _value(p.role),
                    "invitation": _value(p.invitation),
                    "attendance": _value(p.attendance),
                    "arrived_at": _value(p.arrived_at),
                }
            )
        notes = [
            {
                "uuid": n.uuid,
                "workshop": _workshop(w),
                "noted_at": _value(n.noted_at),
                "kind": _value(n.kind),
                "text": n.text,
            }
            for n, w in s.execute(
                select(Note, Workshop)
                .join(Workshop, Note.workshop_id == Workshop.id)
                .where(Note.speaker_id == person_id)
                .order_by(Note.noted_at, Note.id)
            )
        ]
        positions = [
            {
                "workshop": _workshop(w),
                "proposal": pr.title,
                "round": r.number,
                "value": pos.value,
                "reason": pos.reason,
            }
            for pos, r, pr, w in s.execute(
                select(Position, Round, Proposal, Workshop)
                .join(Round, Position.round_id == Round.id)
                .join(Proposal, Round.proposal_id == Proposal.id)
                .join(Workshop, Proposal.workshop_id == Workshop.id)
                .where(Position.person_id == person_id)
                .order_by(Workshop.planned_start, Proposal.id, Round.number)
            )
        ]
        commitments = [
            {
                "uuid": c.uuid,
                "title": c.title,
                "organization": org_name,
                "contribution_type": _value(c.contribution_type),
                "quantity": _value(c.quantity),
                "unit": _value(c.unit),
                "start_date": _value(c.start_date),
                "due_date": _value(c.due_date),
                "status": _value(c.status),
            }
            for c, org_name in s.execute(
                select(Commitment, Organization.name)
                .join(Organization, Commitment.organization_id == Organization.id)
                .where(Commitment.person_id == person_id)
                .order_by(Commitment.id)
            )
        ]
        turns = [
            {
                "workshop": _workshop(w),
                "requested_at": _value(t.requested_at),
                "started_at": _value(t.started_at),
                "ended_at": _value(t.ended_at),
            }
            for t, w in s.execute(
                select(SpeakerTurn, Workshop)
                .join(Workshop, SpeakerTurn.workshop_id == Workshop.id)
                .where(SpeakerTurn.person_id == person_id)
                .order_by(SpeakerTurn.requested_at, SpeakerTurn.id)
            )
        ]
        moderated = [
            _workshop(w)
            for w in s.scalars(
                select(Workshop)
                .where(Workshop.moderator_id == person_id)
                .order_by(Workshop.planned_start)
            )
        ]
        ideas = _ideas(s, person_id)
        dots = _dots(s, person_id)
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "exported_at": _value(now or datetime.now(UTC)),
            "person": {
                "uuid": person.uuid,
                "honorific": person.honorific,
                "given_name": person.given_name,
                "family_name": person.family_name,
                "position": person.position,
                "organization": org.name if org else "",
                "email": person.email,
                "phone": person.phone,
                "contact_details_may_appear_in_documents": person.contact_consent,
                "consent_date": _value(person.consent_date),
                "created_at": _value(person.created_at),
                "updated_at": _value(person.updated_at),
            },
            "participations": participations,
            "notes": notes,
            "positions": positions,
            "commitments": commitments,
            "speaking_turns": turns,
            "moderated_workshops": moderated,
            "ideas": ideas,
            "dots": dots,
        }


def _ideas(s, person_id: int) -> list[dict]:
    """The ideas a person gave, in the words the board shows (the note's, while the idea
    is made from a note)."""
    return [
        {
            "uuid": idea.uuid,
            "workshop": _workshop(w),
            "added_at": _value(idea.added_at),
            "text": note_text if note_text is not None else idea.text,
            "organization": org_name or "",
            "cluster": cluster_name or "",
        }
        for idea, w, note_text, org_name, cluster_name in s.execute(
            select(Idea, Workshop, Note.text, Organization.name, IdeaCluster.name)
            .join(Workshop, Idea.workshop_id == Workshop.id)
            .outerjoin(Note, Note.uuid == Idea.note_uuid)
            .outerjoin(Organization, Idea.organization_id == Organization.id)
            .outerjoin(IdeaCluster, Idea.cluster_id == IdeaCluster.id)
            .where(Idea.author_id == person_id)
            .order_by(Idea.added_at, Idea.id)
        )
    ]


def _dots(s, person_id: int) -> list[dict]:
    """The dots a person put in dot rounds (by person), and on what."""
    on_idea = aliased(Idea)
    idea_note = aliased(Note)
    return [
        {
            "workshop": _workshop(w),
            "round": r.number,
            "question": r.question,
            "on": cluster_name
            if cluster_name is not None
            else (note_text if note_text is not None else idea_text),
            "dots": vote.dots,
        }
        for vote, r, w, idea_text, note_text, cluster_name in s.execute(
            select(DotVote, DotRound, Workshop, on_idea.text, idea_note.text, IdeaCluster.name)
            .join(DotRound, DotVote.round_id == DotRound.id)
            .join(Workshop, DotRound.workshop_id == Workshop.id)
            .outerjoin(on_idea, DotVote.idea_id == on_idea.id)
            .outerjoin(idea_note, idea_note.uuid == on_idea.note_uuid)
            .outerjoin(IdeaCluster, DotVote.cluster_id == IdeaCluster.id)
            .where(DotVote.person_id == person_id)
            .order_by(Workshop.planned_start, DotRound.number, DotVote.id)
        )
    ]


def person_data_json(store: Store, person_id: int, *, now: datetime | None = None) -> str:
    """:func:`person_data` as UTF-8 JSON text, indented for reading."""
    return json.dumps(person_data(store, person_id, now=now), ensure_ascii=False, indent=2)


def placeholder_name(person_id: int) -> str:
    """The name an anonymised person gets, in the current language ("Participant 12")."""
    return translate("PersonalData", "Participant {number}").format(number=person_id)


def _placeholders(person_id: int) -> set[str]:
    return {f"Participant {person_id}", f"Katılımcı {person_id}", placeholder_name(person_id)}


@dataclass(frozen=True)
class Anonymised:
    """The result of anonymising a person: their id and the placeholder they now carry."""

    person_id: int
    placeholder: str
    notes: int
    positions: int
    commitments: int
    ideas: int = 0
    # On a database server: what may remain of the old details, and where, in the user's
    # words (empty for a file, whose old values are gone).
    remains: str = ""


class EraseIncompleteError(StoreError):
    """The person is anonymised, but their old values could not yet be erased from the file.

    Another program was reading the database; :func:`erase_old_values` tries again.
    """


# The tables where anonymising replaces values: the person, and the minutes' versions.
_HOLDING_PERSONAL_DATA = ("person", "minutes_version")


def on_server(store: Store) -> bool:
    return store.engine.dialect.name == "postgresql"


def erase_old_values(store: Store) -> str:
    """Rewrite the database file so values replaced earlier are gone from its bytes.

    Raises :class:`EraseIncompleteError` when another reader keeps them there.
    On a server, vacuums the tables that held them where the role may, and returns
    what may remain of them, in the user's words (an empty string for a file).
    """
    if on_server(store):
        from facilitator.store.server_vacuum import vacuum_tables

        vacuumed = vacuum_tables(store.engine, _HOLDING_PERSONAL_DATA)
        return server_remains(vacuumed.skipped == ())
    try:
        store.erase_freed_space()
    except StoreError as exc:
        raise EraseIncompleteError(
            translate(
                "Errors",
                "The old details are still in the database file because another program is "
                "reading it. Close that program (or the other Facilitator) and try again.",
            )
        ) from exc
    return ""


def server_notice() -> str:
    """What anonymising on a database server cannot erase, in the user's words."""
    return translate(
        "PersonalData",
        "On a database server the old details may stay in the server's files, its "
        "write-ahead log and its backups until its administrator runs maintenance "
        "(VACUUM FULL).",
    )


def what_may_remain(store: Store) -> str:
    """:func:`server_notice` for a database on a server; empty for a file (really erased)."""
    return server_notice() if on_server(store) else ""


def server_remains(vacuumed: bool) -> str:
    """What may remain of replaced values on a database server (said after anonymising),
    and whether the tables that held them were vacuumed."""
    if vacuumed:
        done = translate("PersonalData", "Facilitator ran VACUUM on the tables that held them.")
    else:
        done = translate(
            "PersonalData",
            "Facilitator could not run VACUUM on the tables that held them: only their owner may.",
        )
    return f"{server_notice()} {done}"


def anonymise_person(store: Store, person_id: int) -> Anonymised:
    """Replace a person's name and contact details with a placeholder, for good.

    Their participations, notes, positions, commitments, ideas and dots stay,
    attributed to the placeholder. The database file is then rewritten (see
    :meth:`Store.erase_freed_space`) so the old values are gone from it; when
    that cannot be done (another program is reading the file) the person stays
    anonymised and :class:`EraseIncompleteError` says the erase must be tried again.
    On a database server the result's ``remains`` says what may stay, and where.
    """
    person_id = check_id(person_id, translate("Errors", "person"))
    with store.session() as s:
        person = get_or_raise(s, Person, person_id, translate("Errors", "person"))
        already = person.given_name in _placeholders(person_id) and not (
            person.family_name or person.email or person.phone
        )
        name = person.given_name
    if already:
        # Anonymising again finishes an erase another reader prevented last time.
        remains = erase_old_values(store)
        if remains:
            raise ValidationError(
                translate("Errors", "{name} is already anonymised.").format(name=name)
                + " "
                + remains
            )
        raise ValidationError(
            translate(
                "Errors", "{name} is already anonymised; no old details are left in the file."
            ).format(name=name)
        )
    with store.transaction() as s:
        person = get_or_raise(s, Person, person_id, translate("Errors", "person"))
        placeholder = placeholder_name(person_id)
        # The minutes' stored versions name them too: erased there in the same unit of work.
        redact_person(
            s,
            {person.display_name(), person.full_name()},
            {person.email or "", person.phone or ""},
            placeholder,
        )
        person.honorific = ""
        person.given_name = placeholder
        person.family_name = ""
        person.position = ""
        person.email = ""
        person.phone = ""
        person.contact_consent = False
        person.consent_date = None

        def count(model, column):
            return s.scalar(select(func.count()).select_from(model).where(column == person_id))

        result = Anonymised(
            person_id,
            placeholder,
            count(Note, Note.speaker_id),
            count(Position, Position.person_id),
            count(Commitment, Commitment.person_id),
            count(Idea, Idea.author_id),
        )
    try:
        remains = erase_old_values(store)
    except EraseIncompleteError as exc:
        raise EraseIncompleteError(
            translate(
                "Errors",
                "{name} is anonymised, but the old details are still in the database file "
                "because another program is reading it. Close that program (or the other "
                "Facilitator) and try again.",
            ).format(name=placeholder)
        ) from exc
    if remains:
        return replace(result, remains=remains)
    return result


@dataclass(frozen=True)
class RetentionRow:
    """A person not seen in any workshop for a long time (or never, and long known)."""

    id: int
    display_name: str
    organization_name: str
    last_seen: datetime | None  # start of the last workshop they took part in
    workshops: int
    organization_short_name: str = ""  # "BBB": found by it too


def _years_before(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - years, day=28)


def people_not_seen(store: Store, years: int, now: datetime) -> list[RetentionRow]:
    """People whose last workshop started more than ``years`` years before ``now``.

    People in no workshop at all count when they were added that long ago.
    Anonymised people are left out. Oldest first.
    """
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= 100:
        raise ValidationError(
            translate("Errors", "The number of years must be between 1 and 100."), "years"
        )
    now = check_aware(now, "now", translate("Fields", "Time"))
    cutoff = _years_before(now.astimezone(UTC), years)
    last = (
        select(
            Participation.person_id.label("person_id"),
            func.max(Workshop.planned_start).label("last_seen"),
            func.count(Participation.id).label("workshops"),
        )
        .join(Workshop, Participation.workshop_id == Workshop.id)
        .group_by(Participation.person_id)
        .subquery()
    )
    stmt = (
        select(
            Person, Organization.name, last.c.last_seen, last.c.workshops, Organization.short_name
        )
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .outerjoin(last, last.c.person_id == Person.id)
    )
    rows = []
    with store.session() as s:
        for person, org_name, last_seen, workshops, short in s.execute(stmt):
            if person.given_name in _placeholders(person.id) and not person.family_name:
                continue
            seen = last_seen  # max() keeps the column's type: an aware UTC datetime
            if seen is not None and seen >= cutoff:
                continue
            if seen is None and person.created_at >= cutoff:
                continue
            name = " ".join(filter(None, (person.honorific, person.given_name, person.family_name)))
            rows.append(
                RetentionRow(person.id, name, org_name or "", seen, workshops or 0, short or "")
            )
    rows.sort(
        key=lambda r: (
            r.last_seen is not None,
            r.last_seen or datetime.min.replace(tzinfo=UTC),
            sort_key(r.display_name),
        )
    )
    return rows
