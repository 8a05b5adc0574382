"""Loading the demo: the series, workshops, people and records of
:mod:`facilitator.demo_content` written into a database in one transaction.

Every row gets a UUID derived from a fixed name (:func:`demo_uuid`), so loading
twice changes nothing, and an organization the user already has under the same
name is used rather than doubled.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from facilitator import demo_content as content
from facilitator.demo_content import (  # noqa: F401 - importable from here as before
    AGENDA_5,
    ATTENDEES_5,
    COMMITMENTS_5,
    NOTES_5,
    ORGANIZATIONS,
    PEOPLE,
    PHASES,
    SERIES_TITLE,
    SERIES_WORKSHOPS,
    VENUES,
)
from facilitator.models import (
    AgendaItem,
    Attendance,
    Commitment,
    CommitmentReview,
    ContributionType,
    DecisionMethod,
    DotRound,
    DotVote,
    Idea,
    IdeaCluster,
    Invitation,
    MinutesVersion,
    Note,
    Organization,
    Outcome,
    Participation,
    Person,
    Phase,
    Position,
    Proposal,
    ProposalVersion,
    Role,
    Round,
    Series,
    SpeakerTurn,
    Voice,
    Workshop,
    WorkshopStatus,
)
from facilitator.store import Store
from facilitator.text import name_key

_NS = uuid.UUID("6f1d7a52-3b8e-4c2a-9d4e-2f6a1c0b5e77")
TZ = ZoneInfo("Europe/Istanbul")


def demo_uuid(kind: str, key: str | int) -> str:
    return str(uuid.uuid5(_NS, f"{kind}/{key}"))


DEMO_SERIES_UUID = demo_uuid("series", "isbirligi")


@dataclass(frozen=True)
class DemoResult:
    loaded: bool  # False when the demo was already there
    series: int
    workshops: int
    organizations: int
    people: int


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def load_demo(store: Store) -> DemoResult:
    """Load the demo series in one transaction; does nothing when it is already there."""
    with store.transaction() as s:
        if s.scalar(select(Series.id).where(Series.uuid == DEMO_SERIES_UUID)) is not None:
            return DemoResult(False, 0, 0, 0, 0)

        # An organization the user already has under the same name is used, not doubled.
        by_name = {name_key(o.name): o for o in s.scalars(select(Organization))}
        orgs: dict[str, Organization] = {}
        for key, name, short, sector, city in content.ORGANIZATIONS:
            existing = s.scalar(
                select(Organization).where(Organization.uuid == demo_uuid("org", key))
            ) or by_name.get(name_key(name))
            orgs[key] = existing or Organization(
                uuid=demo_uuid("org", key), name=name, short_name=short, sector=sector, city=city
            )
            s.add(orgs[key])
        s.flush()

        people: dict[str, Person] = {}
        for n, (key, honorific, given, family, position, org, consent) in enumerate(content.PEOPLE):
            existing = s.scalar(select(Person).where(Person.uuid == demo_uuid("person", key)))
            ascii_family = family.translate(str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")).lower()
            ascii_given = given.translate(str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")).lower()
            people[key] = existing or Person(
                uuid=demo_uuid("person", key),
                honorific=honorific,
                given_name=given,
                family_name=family,
                position=position,
                organization=orgs[org],
                email=f"{ascii_given}.{ascii_family}@example.org",
                phone=f"+90 224 555 {10 + n:02d} {20 + n:02d}",
                contact_consent=consent,
                consent_date=date(2024, 3, 1) if consent else None,
            )
            s.add(people[key])
        s.flush()

        series = Series(
            uuid=DEMO_SERIES_UUID,
            title=content.SERIES_TITLE,
            coordinator=orgs["yesilova"],
            description=content.SERIES_DESCRIPTION,
        )
        s.add(series)
        s.flush()

        workshops: dict[int, Workshop] = {}
        for number, title, day, host, moderator, status in content.SERIES_WORKSHOPS:
            venue, address = content.VENUES[host]
            workshops[number] = Workshop(
                uuid=demo_uuid("workshop", number),
                series_id=series.id,
                number=number,
                title=title,
                guiding_question=content.SERIES_TITLE,
                planned_start=_at(day, 10),
                planned_end=_at(day, 13),
                venue_name=venue,
                venue_address=address,
                host_id=orgs[host].id,
                moderator_id=people[moderator].id,
                language="tr",
                time_zone=TZ.key,
                status=status,
                objectives="",
            )
            s.add(workshops[number])
        s.flush()

        # Earlier workshops: a short agenda and the people who came.
        for number in (1, 2, 3, 4):
            w = workshops[number]
            for pos, (kind, title, minutes) in enumerate(content.EARLIER_AGENDA, start=1):
                s.add(
                    AgendaItem(
                        uuid=demo_uuid(f"agenda/{number}", pos),
                        workshop_id=w.id,
                        position=pos,
                        title=w.title if title is None else title,
                        kind=kind,
                        planned_minutes=minutes,
                    )
                )
            for i, key in enumerate(content.ATTENDEES_5[: 10 + number * 2]):
                person_key = key[0]
                s.add(
                    Participation(
                        uuid=demo_uuid(f"participation/{number}", person_key),
                        workshop_id=w.id,
                        person_id=people[person_key].id,
                        organization_id=people[person_key].organization_id,
                        role=Role.MODERATOR
                        if person_key == "ruya" and number != 3
                        else (Role.PARTICIPANT if i else Role.OBSERVER),
                        invitation=Invitation.CONFIRMED,
                        attendance=Attendance.PRESENT,
                    )
                )
            w.session_started_at = w.planned_start
            w.session_ended_at = w.planned_end

        items_5 = _load_workshop_5(s, workshops[5], people, orgs)

        w6 = workshops[6]
        w6.objectives = content.WORKSHOP_6_OBJECTIVES
        for key in content.WORKSHOP_6_INVITED:
            s.add(
                Participation(
                    uuid=demo_uuid("participation/6", key),
                    workshop_id=w6.id,
                    person_id=people[key].id,
                    organization_id=people[key].organization_id,
                    role=Role.MODERATOR if key == "ruya" else Role.PARTICIPANT,
                    invitation=Invitation.INVITED,
                )
            )

        phases = {}
        for key, title, target, description in content.PHASES:
            phases[key] = Phase(
                uuid=demo_uuid("phase", key),
                series_id=series.id,
                title=title,
                target_date=target,
                description=description,
            )
            s.add(phases[key])
        s.flush()
        decision = s.scalar(select(Proposal).where(Proposal.uuid == demo_uuid("proposal", 2)))
        for (
            key,
            title,
            org,
            person,
            ctype,
            qty,
            unit,
            phase,
            start,
            due,
            status,
        ) in content.COMMITMENTS_5:
            s.add(
                Commitment(
                    uuid=demo_uuid("commitment", key),
                    series_id=series.id,
                    workshop_id=workshops[5].id,
                    title=title,
                    organization_id=orgs[org].id,
                    person_id=people[person].id,
                    contribution_type=ctype,
                    quantity=qty,
                    unit=unit,
                    phase_id=phases[phase].id,
                    start_date=start,
                    due_date=due,
                    status=status,
                    proposal_id=decision.id if ctype is ContributionType.VOLUNTEERING else None,
                )
            )

        s.flush()
        _load_ideas_5(s, workshops[5], items_5, people)
        outcomes = _load_earlier_commitments(s, series, workshops, items_5, people, orgs, phases)
        eu_workshops = _load_eu_project(s, orgs, people)
        s.flush()
        # One transaction for all of it: the finals of the minutes it records as sent
        # (history: the earlier commitments as they stood), then the review at the 5th.
        with store.sharing(s):
            _finalise_sent_minutes(store, s)
            _apply_reviews(store, outcomes)
        return DemoResult(
            True, 1 + (eu_workshops > 0), len(workshops) + eu_workshops, len(orgs), len(people)
        )


def _finalise_sent_minutes(store: Store, s) -> None:
    """The status "minutes sent" follows from a final: the demo's sent minutes were
    finalised two weeks after their workshop."""
    from facilitator.services import minutes_record

    demo_series = select(Series.id).where(
        Series.uuid.in_([DEMO_SERIES_UUID, demo_uuid("series", "ab-projesi")])
    )
    sent = [
        (w.id, w.planned_end)
        for w in s.scalars(
            select(Workshop).where(
                Workshop.status == WorkshopStatus.MINUTES_SENT,
                Workshop.series_id.in_(demo_series),
                ~Workshop.id.in_(select(MinutesVersion.workshop_id)),
            )
        )
    ]
    for workshop_id, ended in sent:
        minutes_record.finalize(store, workshop_id, at=ended + timedelta(days=14))


def _load_earlier_commitments(s, series, workshops, items_5, people, orgs, phases) -> list:
    """Commitments of workshops 3 and 4, reviewed at the 5th: how each stood before and
    after, and who reported on it.

    They are stored as they stood before the review; the review's outcome is applied by
    :func:`_apply_reviews` once the earlier workshops' minutes are finalised, so those
    finals print the statuses of their time. Returns what to apply.
    """
    outcomes = []
    at = items_5[content.REVIEW_ITEM_5].actual_start
    for n, row in enumerate(content.EARLIER_COMMITMENTS):
        key, number, title, org, person, ctype, phase, due, before, after, reporter, remark = row
        reviewed_at = at + timedelta(minutes=4 + 3 * n)
        commitment = Commitment(
            uuid=demo_uuid("commitment", key),
            series_id=series.id,
            workshop_id=workshops[number].id,
            title=title,
            organization_id=orgs[org].id,
            person_id=people[person].id,
            contribution_type=ctype,
            phase_id=phases[phase].id,
            start_date=workshops[number].planned_start.date(),
            due_date=due,
            status=before,
        )
        s.add(commitment)
        s.flush()
        outcomes.append((commitment.id, after, workshops[5].id, reviewed_at))
        s.add(
            CommitmentReview(
                uuid=demo_uuid("commitment_review", key),
                commitment_id=commitment.id,
                workshop_id=workshops[5].id,
                status_before=before,
                status_after=after,
                reviewed_by_id=people[reporter].id,
                reviewed_at=reviewed_at,
                remark=remark,
            )
        )
    return outcomes


def _apply_reviews(store: Store, outcomes) -> None:
    """The review at the 5th workshop changes the earlier commitments' statuses (in the
    demo's unit of work)."""
    with store.transaction() as s:
        for commitment_id, after, reviewed_workshop_id, reviewed_at in outcomes:
            commitment = s.get(Commitment, commitment_id)
            commitment.status = after
            commitment.reviewed_workshop_id = reviewed_workshop_id
            commitment.reviewed_at = reviewed_at


def _load_workshop_5(s, w: Workshop, people: dict, orgs: dict) -> list[AgendaItem]:
    """The fully recorded 5th workshop; returns its agenda items."""
    day = w.planned_start
    w.objectives = content.WORKSHOP_5_OBJECTIVES
    w.session_started_at = day + timedelta(minutes=content.SESSION_5_LATE_MINUTES)
    items = []
    clock = w.session_started_at
    for pos, (kind, title, minutes, presenter, goal) in enumerate(content.AGENDA_5, start=1):
        actual = minutes + content.OVERRUN_5[pos - 1]
        item = AgendaItem(
            uuid=demo_uuid("agenda/5", pos),
            workshop_id=w.id,
            position=pos,
            title=title,
            kind=kind,
            planned_minutes=minutes,
            presenter_id=people[presenter].id if presenter else None,
            goal=goal,
            actual_start=clock,
            actual_end=clock + timedelta(minutes=actual),
        )
        clock = item.actual_end
        items.append(item)
        s.add(item)
    w.session_ended_at = clock
    s.flush()

    for key, role, attendance in content.ATTENDEES_5:
        present = attendance is Attendance.PRESENT
        s.add(
            Participation(
                uuid=demo_uuid("participation/5", key),
                workshop_id=w.id,
                person_id=people[key].id,
                organization_id=people[key].organization_id,
                role=role,
                invitation=Invitation.CONFIRMED
                if present or attendance is Attendance.EXCUSED
                else Invitation.INVITED,
                attendance=attendance,
                arrived_at=day - timedelta(minutes=20) + timedelta(minutes=len(key))
                if present
                else None,
            )
        )

    notes = []
    for n, (index, offset, kind, speaker, text) in enumerate(content.NOTES_5):
        note = Note(
            uuid=demo_uuid("note/5", n),
            workshop_id=w.id,
            agenda_item_id=items[index].id,
            kind=kind,
            text=text,
            speaker_id=people[speaker].id,
            noted_at=items[index].actual_start + timedelta(minutes=offset),
        )
        notes.append(note)
        s.add(note)
    for n, (index, key, minutes) in enumerate(content.TURNS_5):
        start = items[index].actual_start + timedelta(minutes=2 + n * 3)
        s.add(
            SpeakerTurn(
                uuid=demo_uuid("turn/5", n),
                workshop_id=w.id,
                agenda_item_id=items[index].id,
                person_id=people[key].id,
                requested_at=start - timedelta(minutes=1),
                started_at=start,
                ended_at=start + timedelta(minutes=minutes),
                limit_seconds=content.TURN_LIMIT_SECONDS,
            )
        )
    s.flush()

    # Decision 5/1: the structure, by gradients of agreement, person by person.
    first_note = notes[content.DECISION_1_NOTE]
    p1 = Proposal(
        uuid=demo_uuid("proposal", 1),
        workshop_id=w.id,
        agenda_item_id=items[3].id,
        source_note_id=first_note.id,
        title=content.DECISION_1_TITLE,
        method=DecisionMethod.GRADIENTS,
        voice=Voice.PERSON,
        outcome=Outcome.AGREED,
        outcome_statement=content.DECISION_1_STATEMENT,
        review_date=content.DECISION_1_REVIEW,
        decided_at=items[3].actual_end,
        decision_number=1,
    )
    s.add(p1)
    s.flush()
    v1 = ProposalVersion(
        uuid=demo_uuid("proposal_version", "1/1"), proposal_id=p1.id, number=1, text=first_note.text
    )
    s.add(v1)
    s.flush()
    r1 = Round(
        uuid=demo_uuid("round", "1/1"),
        proposal_id=p1.id,
        version_id=v1.id,
        number=1,
        method=DecisionMethod.GRADIENTS,
        voice=Voice.PERSON,
        opened_at=items[3].actual_end - timedelta(minutes=6),
        closed_at=items[3].actual_end - timedelta(minutes=2),
        proposed_outcome=Outcome.AGREED,
    )
    s.add(r1)
    s.flush()
    gradients = content.DECISION_1_GRADIENTS
    voters = [k for k, _role, att in content.ATTENDEES_5 if att is Attendance.PRESENT]
    for key, value in zip(voters[: len(gradients)], gradients, strict=True):
        s.add(
            Position(
                uuid=demo_uuid("position", f"1/1/{key}"),
                round_id=r1.id,
                person_id=people[key].id,
                value=value,
            )
        )

    # Decision 5/2: the first joint project, by consent with one voice per institution,
    # amended after an objection.
    second_note = notes[content.DECISION_2_NOTE]
    p2 = Proposal(
        uuid=demo_uuid("proposal", 2),
        workshop_id=w.id,
        agenda_item_id=items[6].id,
        source_note_id=second_note.id,
        title=content.DECISION_2_TITLE,
        method=DecisionMethod.CONSENT,
        voice=Voice.ORGANIZATION,
        outcome=Outcome.AGREED_WITH_RESERVATIONS,
        outcome_statement=content.DECISION_2_STATEMENT,
        review_date=content.DECISION_2_REVIEW,
        decided_at=items[6].actual_end,
        decision_number=2,
    )
    s.add(p2)
    s.flush()
    v21 = ProposalVersion(
        uuid=demo_uuid("proposal_version", "2/1"),
        proposal_id=p2.id,
        number=1,
        text=second_note.text,
    )
    v22 = ProposalVersion(
        uuid=demo_uuid("proposal_version", "2/2"),
        proposal_id=p2.id,
        number=2,
        text=second_note.text.rstrip(".") + content.DECISION_2_AMENDMENT,
    )
    s.add_all([v21, v22])
    s.flush()
    for number, (version, values) in enumerate(
        zip((v21, v22), content.DECISION_2_ROUNDS, strict=True), start=1
    ):
        rnd = Round(
            uuid=demo_uuid("round", f"2/{number}"),
            proposal_id=p2.id,
            version_id=version.id,
            number=number,
            method=DecisionMethod.CONSENT,
            voice=Voice.ORGANIZATION,
            opened_at=items[6].actual_start + timedelta(minutes=8 + number * 10),
            closed_at=items[6].actual_start + timedelta(minutes=12 + number * 10),
            proposed_outcome=(
                Outcome.NOT_AGREED if number == 1 else Outcome.AGREED_WITH_RESERVATIONS
            ),
        )
        s.add(rnd)
        s.flush()
        for key in content.DECISION_2_VOICES:
            value = values.get(key, "no_objection")
            s.add(
                Position(
                    uuid=demo_uuid("position", f"2/{number}/{key}"),
                    round_id=rnd.id,
                    organization_id=orgs[key].id,
                    value=value,
                    reason=content.DECISION_2_OBJECTION if value == "objection" else "",
                )
            )
    return items


def _load_ideas_5(s, w: Workshop, items: list[AgendaItem], people: dict) -> None:
    """The 5th workshop's ideas session: cards (two of them the notes of kind "idea"), five
    clusters, one closed dot round of three dots a person; the joint projects' cluster
    became decision 5/2, the food bank's idea Öncü Gıda's commitment."""
    clusters = {}
    for position, (key, name) in enumerate(content.IDEA_CLUSTERS_5, start=1):
        clusters[key] = IdeaCluster(
            uuid=demo_uuid("idea_cluster/5", key), workshop_id=w.id, name=name, position=position
        )
        s.add(clusters[key])
    s.flush()
    org_of = {
        p.person_id: p.organization_id
        for p in s.scalars(select(Participation).where(Participation.workshop_id == w.id))
    }
    group_work = items[content.IDEAS_ITEM_5]
    ideas = {}
    for key, cluster, minute, author, text in content.IDEAS_5:
        fields = {}
        if isinstance(text, int):  # a note of kind "idea" that became a card
            note = s.scalar(select(Note).where(Note.uuid == demo_uuid("note/5", text)))
            fields = dict(
                note_uuid=note.uuid,
                text=note.text,
                author_id=note.speaker_id,
                agenda_item_id=note.agenda_item_id,
                added_at=note.noted_at,
            )
        else:
            fields = dict(
                text=text,
                author_id=people[author].id if author else None,
                agenda_item_id=group_work.id,
                added_at=group_work.actual_start + timedelta(minutes=minute),
            )
        ideas[key] = Idea(
            uuid=demo_uuid("idea/5", key),
            workshop_id=w.id,
            cluster_id=clusters[cluster].id if cluster else None,
            organization_id=org_of.get(fields["author_id"]),
            **fields,
        )
        s.add(ideas[key])
    s.flush()
    item = items[content.DOTS_ITEM_5]
    rnd = DotRound(
        uuid=demo_uuid("dot_round/5", 1),
        workshop_id=w.id,
        agenda_item_id=item.id,
        number=1,
        question=content.DOT_QUESTION_5,
        voice=Voice.PERSON,
        budget=content.DOT_BUDGET_5,
        on_clusters=False,
        opened_at=item.actual_start + timedelta(minutes=1),
        closed_at=item.actual_start + timedelta(minutes=7),
    )
    s.add(rnd)
    s.flush()
    for voter, targets in content.DOTS_5:
        person = people[voter]
        for key in dict.fromkeys(targets):  # an idea named twice: two dots on it
            s.add(
                DotVote(
                    uuid=demo_uuid("dot_vote/5", f"{voter}/{key}"),
                    round_id=rnd.id,
                    idea_id=ideas[key].id,
                    person_id=person.id,
                    organization_id=org_of[person.id],
                    dots=targets.count(key),
                )
            )
    decision = s.scalar(select(Proposal).where(Proposal.uuid == demo_uuid("proposal", 2)))
    clusters[content.IDEAS_TO_DECISION_5].proposal_id = decision.id
    idea_key, commitment_key = content.IDEAS_TO_COMMITMENT_5
    ideas[idea_key].commitment_id = s.scalar(
        select(Commitment.id).where(Commitment.uuid == demo_uuid("commitment", commitment_key))
    )


def _load_eu_project(s, orgs: dict, people: dict) -> int:
    """The EU project series; returns how many workshops it added."""
    if s.scalar(select(Series.id).where(Series.uuid == demo_uuid("series", "ab-projesi"))):
        return 0  # kept when the user deleted only the main demo series
    series = Series(
        uuid=demo_uuid("series", "ab-projesi"),
        title=content.EU_SERIES_TITLE,
        coordinator=orgs[content.EU_COORDINATOR],
        description=content.EU_SERIES_DESCRIPTION,
    )
    s.add(series)
    s.flush()
    moderator = content.EU_MODERATOR
    for number, title, day, status, (venue, address) in content.EU_MEETINGS:
        w = Workshop(
            uuid=demo_uuid("workshop/ab", number),
            series_id=series.id,
            number=number,
            title=title,
            planned_start=_at(day, 10),
            planned_end=_at(day, 16),
            venue_name=venue,
            venue_address=address,
            host_id=orgs[content.EU_COORDINATOR].id,
            moderator_id=people[moderator].id,
            language="tr",
            time_zone=TZ.key,
            status=status,
            guiding_question=content.EU_GUIDING_QUESTION,
        )
        s.add(w)
        s.flush()
        held = status is WorkshopStatus.HELD
        for key in content.EU_ATTENDEES:
            s.add(
                Participation(
                    uuid=demo_uuid(f"participation/ab{number}", key),
                    workshop_id=w.id,
                    person_id=people[key].id,
                    organization_id=people[key].organization_id,
                    role=Role.MODERATOR if key == moderator else Role.PARTICIPANT,
                    invitation=Invitation.CONFIRMED if held else Invitation.INVITED,
                    attendance=Attendance.PRESENT if held else Attendance.UNKNOWN,
                )
            )
    for key, title, target in content.EU_PHASES:
        s.add(
            Phase(
                uuid=demo_uuid("phase", key), series_id=series.id, title=title, target_date=target
            )
        )
    return len(content.EU_MEETINGS)
