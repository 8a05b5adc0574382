"""The rules the schema itself keeps, whatever code writes to it."""

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import StatementError

from facilitator.errors import ConflictError, InUseError
from facilitator.models import (
    AgendaItem,
    AgendaTemplate,
    AgendaTemplateItem,
    Attendance,
    Base,
    Commitment,
    ContributionType,
    DecisionMethod,
    Note,
    NoteKind,
    Organization,
    Outcome,
    Participation,
    Person,
    Phase,
    Position,
    Proposal,
    ProposalVersion,
    QuantityUnit,
    Role,
    Round,
    RoundCount,
    SpeakerTurn,
    Voice,
    Workshop,
)
from facilitator.services import directory, workshops

ISTANBUL = ZoneInfo("Europe/Istanbul")


def count(store, model, *where) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


# -- uniqueness -------------------------------------------------------------------


def test_a_person_attends_a_workshop_only_once(store, make_person, make_workshop):
    person = make_person()
    workshop = make_workshop()
    with store.transaction() as s:
        s.add(Participation(workshop_id=workshop.id, person_id=person.id))

    with pytest.raises(ConflictError, match="refused by the database"), store.transaction() as s:
        s.add(Participation(workshop_id=workshop.id, person_id=person.id, role=Role.SPEAKER))

    assert count(store, Participation) == 1


def test_the_same_person_may_attend_two_workshops(store, make_person, make_workshop):
    person = make_person()
    first, second = make_workshop(), make_workshop()
    with store.transaction() as s:
        s.add(Participation(workshop_id=first.id, person_id=person.id))
        s.add(Participation(workshop_id=second.id, person_id=person.id))
    assert count(store, Participation, Participation.person_id == person.id) == 2


def test_two_agenda_items_cannot_share_a_place_in_one_agenda(store, make_workshop):
    workshop = make_workshop()
    with store.transaction() as s:
        s.add(AgendaItem(workshop_id=workshop.id, position=1, title="Açılış"))

    with pytest.raises(ConflictError, match="refused by the database"), store.transaction() as s:
        s.add(AgendaItem(workshop_id=workshop.id, position=1, title="Söz alma kuralları"))

    assert count(store, AgendaItem) == 1


def test_agendas_of_different_workshops_each_have_a_first_item(store, make_workshop):
    first, second = make_workshop(), make_workshop()
    with store.transaction() as s:
        s.add(AgendaItem(workshop_id=first.id, position=1, title="Açılış"))
        s.add(AgendaItem(workshop_id=second.id, position=1, title="Açılış"))
    assert count(store, AgendaItem, AgendaItem.position == 1) == 2


# -- deleting a workshop --------------------------------------------------------------


@pytest.fixture
def recorded_workshop(store, make_org, make_person, make_series, make_workshop):
    """A held workshop with everything recorded at it, and a second one beside it."""
    org = make_org("Çocuk Sağlığı Dayanışma Derneği")
    other_org = make_org("Işık Lösemili Çocuklar Vakfı")
    moderator = make_person("Rüya", "Küçükosmanoğlu", organization_id=org.id)
    speaker = make_person("İsmail", "Işık", organization_id=other_org.id)
    series = make_series(coordinator_id=org.id)
    workshop = make_workshop(
        "Platformun işleyiş modeli",
        series_id=series.id,
        host_id=org.id,
        moderator_id=moderator.id,
    )
    kept = make_workshop("Gönüllü eşleştirme", series_id=series.id, host_id=org.id)
    start = workshop.planned_start
    with store.transaction() as s:
        for w in (workshop, kept):
            for person in (moderator, speaker):
                s.add(
                    Participation(
                        workshop_id=w.id,
                        person_id=person.id,
                        organization_id=person.organization_id,
                        attendance=Attendance.PRESENT,
                    )
                )
            s.add(AgendaItem(workshop_id=w.id, position=1, title="Yapı ve karar alma"))
        s.flush()
        item = s.scalar(select(AgendaItem).where(AgendaItem.workshop_id == workshop.id))
        note = Note(
            workshop_id=workshop.id,
            agenda_item_id=item.id,
            kind=NoteKind.PROPOSAL,
            text="Platform bir iş birliği protokolüyle kurulsun.",
            speaker_id=speaker.id,
            noted_at=start + timedelta(minutes=20),
        )
        s.add(note)
        s.add(
            SpeakerTurn(
                workshop_id=workshop.id,
                agenda_item_id=item.id,
                person_id=speaker.id,
                started_at=start + timedelta(minutes=18),
                ended_at=start + timedelta(minutes=21),
            )
        )
        s.flush()
        proposal = Proposal(
            workshop_id=workshop.id,
            agenda_item_id=item.id,
            source_note_id=note.id,
            title="Kuruluş biçimi",
            method=DecisionMethod.CONSENT,
            voice=Voice.ORGANIZATION,
            outcome=Outcome.AGREED,
            decision_number=1,
        )
        s.add(proposal)
        s.flush()
        version = ProposalVersion(proposal_id=proposal.id, number=1, text=note.text)
        s.add(version)
        s.flush()
        rnd = Round(
            proposal_id=proposal.id,
            version_id=version.id,
            number=1,
            method=DecisionMethod.CONSENT,
            voice=Voice.ORGANIZATION,
        )
        s.add(rnd)
        s.flush()
        s.add(Position(round_id=rnd.id, organization_id=org.id, value="no_objection"))
        s.add(Position(round_id=rnd.id, organization_id=other_org.id, value="stand_aside"))
        s.add(RoundCount(round_id=rnd.id, value="no_objection", count=2))
        phase = Phase(series_id=series.id, title="Kuruluş")
        s.add(phase)
        s.flush()
        s.add(
            Commitment(
                series_id=series.id,
                workshop_id=workshop.id,
                reviewed_workshop_id=workshop.id,
                title="Protokol taslağını hazırlamak",
                organization_id=org.id,
                person_id=moderator.id,
                contribution_type=ContributionType.EXPERTISE,
                quantity=Decimal("20"),
                unit=QuantityUnit.VOLUNTEER_HOURS,
                phase_id=phase.id,
                proposal_id=proposal.id,
            )
        )
    return workshop, kept


@pytest.mark.parametrize(
    "model",
    [AgendaItem, Note, SpeakerTurn, Proposal, ProposalVersion, Round, Position, RoundCount],
    ids=lambda m: m.__tablename__,
)
def test_deleting_a_workshop_removes_what_was_recorded_at_it(store, recorded_workshop, model):
    workshop, _kept = recorded_workshop
    assert count(store, model) > 0
    workshops.delete_workshop(store, workshop.id)
    remaining = count(store, model)
    assert remaining == (1 if model is AgendaItem else 0)


def test_deleting_a_workshop_removes_its_attendees_but_not_the_people(store, recorded_workshop):
    workshop, kept = recorded_workshop
    workshops.delete_workshop(store, workshop.id)

    assert count(store, Participation, Participation.workshop_id == workshop.id) == 0
    assert count(store, Participation, Participation.workshop_id == kept.id) == 2
    assert count(store, Person) == 2
    assert count(store, Organization) == 2
    assert [w.title for w in workshops.list_workshops(store)] == ["Gönüllü eşleştirme"]


def test_commitments_made_at_a_deleted_workshop_stay_on_the_roadmap(store, recorded_workshop):
    workshop, _kept = recorded_workshop
    workshops.delete_workshop(store, workshop.id)

    with store.session() as s:
        commitment = s.scalars(select(Commitment)).one()
        assert commitment.title == "Protokol taslağını hazırlamak"
        assert commitment.workshop_id is None
        assert commitment.reviewed_workshop_id is None
        assert commitment.proposal_id is None
        assert commitment.phase_id is not None
        assert commitment.quantity == Decimal("20")


def test_deleting_the_demo_workshop_5_keeps_people_organizations_and_commitments(demo):
    store = demo.store
    people, orgs = count(store, Person), count(store, Organization)
    commitments = count(store, Commitment)

    workshops.delete_workshop(store, demo.workshop(5))

    assert (count(store, Person), count(store, Organization)) == (people, orgs)
    assert count(store, Commitment) == commitments == 12  # 9 made at the 5th, 3 before it
    assert count(store, Commitment, Commitment.workshop_id.is_(None)) == 9
    assert count(store, Note) == 0
    assert count(store, Proposal) == 0


# -- deleting an organization ---------------------------------------------------------


def test_an_organization_people_belong_to_cannot_be_deleted(store, make_org, make_person):
    org = make_org("Çağdaş Yaşam Gönüllüleri Derneği")
    make_person("Gülşen", "Öztürk", organization_id=org.id)

    with pytest.raises(InUseError) as info:
        directory.delete_organization(store, org.id)

    message = str(info.value)
    assert "Çağdaş Yaşam Gönüllüleri Derneği" in message
    assert "Gülşen Öztürk" in message
    assert count(store, Organization) == 1


def test_an_organization_with_commitments_cannot_be_deleted(store, make_org):
    org = make_org("Öncü Gıda San. ve Tic. A.Ş.")
    with store.transaction() as s:
        s.add(Commitment(title="Gıda bankası için ayni destek", organization_id=org.id))

    with pytest.raises(InUseError) as info:
        directory.delete_organization(store, org.id)

    assert "Gıda bankası için ayni destek" in str(info.value)
    assert count(store, Organization) == 1
    assert count(store, Commitment) == 1


# -- identity and time ------------------------------------------------------------------


def _a_room_in_use(demo) -> None:
    """The room's tables are not part of the demo: a badge, an idea sent, an anonymous ballot
    (nor is a live screen's lease)."""
    from facilitator.services import proposals
    from facilitator.services import room as room_service
    from facilitator.services.live import lease

    store, workshop = demo.store, demo.workshop(6)
    now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    holder = room_service.identify(
        store, workshop, room_service.issue_badges(store, workshop)[0].token
    )
    room_service.open_idea_box(store, workshop, True)
    room_service.send_idea(store, workshop, "Ortak takvim", now=now, token_id=holder.token_id)
    proposal = proposals.create_proposal(store, workshop, "Kart", "Kart turu", voice="counts")
    round_id = proposals.open_round(store, proposal.id, now=now).id
    room_service.cast(store, holder, round_id, "5", now=now)
    lease.take(store, workshop, "another-client", "ayşe @ LAPTOP-3", now)


def test_every_row_of_every_table_has_its_own_uuid(demo):
    store = demo.store
    with store.transaction() as s:
        template = AgendaTemplate(name="Yarım günlük çalıştay")
        template.items.append(AgendaTemplateItem(position=1, title="Açılış"))
        s.add(template)
        s.add(RoundCount(round_id=s.scalars(select(Round.id)).first(), value="yeşil", count=3))
    _a_room_in_use(demo)
    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            values = s.execute(select(table.c.uuid)).scalars().all()
            assert values, f"nothing to check in {table.name}"
            assert len(set(values)) == len(values), table.name
            for value in values:
                assert str(uuid.UUID(value)) == value, table.name


def test_rows_created_through_the_services_get_a_uuid(make_org, make_person, make_workshop):
    rows = [make_org(), make_person(), make_workshop()]
    uuids = [uuid.UUID(row.uuid) for row in rows]
    assert len(set(uuids)) == 3


def test_times_come_back_timezone_aware_in_utc(store, make_workshop):
    istanbul_ten = datetime(2026, 3, 14, 10, 0, tzinfo=ISTANBUL)
    created = make_workshop(planned_start=istanbul_ten)

    with store.session() as s:
        workshop = s.get(Workshop, created.id)
        assert workshop.planned_start.tzinfo is UTC
        assert workshop.planned_start == istanbul_ten
        assert workshop.planned_start.hour == 7
        assert workshop.created_at.tzinfo is UTC
    fetched = workshops.get_workshop(store, created.id)
    assert fetched.planned_end.tzinfo is UTC
    assert fetched.planned_end - fetched.planned_start == timedelta(hours=3)


def test_a_naive_datetime_is_refused_by_the_model(store):
    with pytest.raises(StatementError, match="timezone-aware"), store.transaction() as s:
        s.add(
            Workshop(
                title="Saat dilimi olmayan çalıştay",
                planned_start=datetime(2026, 3, 14, 10, 0),
                planned_end=datetime(2026, 3, 14, 13, 0),
            )
        )
    assert count(store, Workshop) == 0


def test_a_workshop_cannot_end_before_it_starts_even_without_the_services(store):
    start = datetime(2026, 3, 14, 10, 0, tzinfo=ISTANBUL)
    with pytest.raises(ConflictError, match="refused by the database"), store.transaction() as s:
        s.add(Workshop(title="Ters saatler", planned_start=start, planned_end=start))
    assert count(store, Workshop) == 0


def test_a_quantity_needs_its_unit(store, make_org):
    org = make_org()
    with pytest.raises(ConflictError, match="refused by the database"), store.transaction() as s:
        s.add(Commitment(title="Bağış", organization_id=org.id, quantity=Decimal("1000")))
    assert count(store, Commitment) == 0
