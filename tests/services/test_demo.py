"""The demo series: a believable, fully recorded world, and loading it twice changes nothing."""

from collections import Counter

from sqlalchemy import func, select

from facilitator.models import (
    AgendaItem,
    Attendance,
    Commitment,
    Note,
    Organization,
    Participation,
    Person,
    Position,
    Proposal,
    Round,
    Series,
    SpeakerTurn,
    Workshop,
    WorkshopStatus,
)
from facilitator.services import directory, series, workshops
from facilitator.services.demo import DEMO_SERIES_UUID, load_demo

TURKISH_LETTERS = set("çğıİöşüÇĞÖŞÜ")


def latest_held_in_main_series(store) -> Workshop:
    with store.session() as s:
        return s.scalars(
            select(Workshop)
            .join(Series, Series.id == Workshop.series_id)
            .where(Series.uuid == DEMO_SERIES_UUID, Workshop.status == WorkshopStatus.HELD)
            .order_by(Workshop.planned_start.desc())
        ).first()


def test_the_demo_reports_what_it_loaded(store, demo):
    loaded = demo.loaded
    assert loaded.loaded is True
    assert (loaded.series, loaded.workshops, loaded.organizations, loaded.people) == (
        len(series.list_series(store)),
        workshops.count_workshops(store),
        len(directory.list_organizations(store)),
        directory.count_people(store),
    )


def test_the_demo_has_series_of_at_least_six_workshops_in_every_state(store, demo):
    listed = workshops.list_workshops(store)
    assert len(listed) >= 6
    assert len(demo.workshops) >= 6, "the main series has at least six workshops"
    statuses = {w.status for w in listed}
    assert {WorkshopStatus.MINUTES_SENT, WorkshopStatus.HELD, WorkshopStatus.SCHEDULED} <= statuses
    numbers = [w.number for w in workshops.list_workshops(store, series_id=demo.series_id)]
    assert numbers == list(range(1, len(numbers) + 1))


def test_the_demo_has_about_twelve_organizations_of_different_sectors(store, demo):
    orgs = directory.list_organizations(store)
    assert 10 <= len(orgs) <= 15
    assert len({o.sector for o in orgs}) >= 5
    assert sum(1 for o in orgs if TURKISH_LETTERS & set(o.name)) >= len(orgs) // 2


def test_the_demo_has_about_forty_people_with_turkish_names(store, demo):
    people = directory.list_people(store)
    assert 35 <= len(people) <= 45
    assert all(p.organization_name for p in people)
    assert all("@" in p.email for p in people)
    assert sum(1 for p in people if TURKISH_LETTERS & set(p.full_name)) >= len(people) // 2
    assert {p.contact_consent for p in people} == {True, False}
    assert any(p.honorific.startswith("Prof. Dr.") for p in people)


def test_the_latest_held_workshop_has_a_timed_agenda(store, demo):
    held = latest_held_in_main_series(store)
    with store.session() as s:
        items = s.scalars(
            select(AgendaItem)
            .where(AgendaItem.workshop_id == held.id)
            .order_by(AgendaItem.position)
        ).all()
    assert len(items) >= 6
    assert [i.position for i in items] == list(range(1, len(items) + 1))
    assert len({i.kind for i in items}) >= 5
    assert all(i.actual_start and i.actual_end and i.actual_end > i.actual_start for i in items)
    assert held.session_started_at is not None and held.session_ended_at is not None


def test_the_latest_held_workshop_has_attendees_with_roles_and_attendance(store, demo):
    held = latest_held_in_main_series(store)
    with store.session() as s:
        attendees = s.scalars(
            select(Participation).where(Participation.workshop_id == held.id)
        ).all()
    assert len(attendees) >= 15
    assert len({a.role for a in attendees}) >= 4
    assert {a.attendance for a in attendees} >= {
        Attendance.PRESENT,
        Attendance.ABSENT,
        Attendance.EXCUSED,
    }
    assert all(a.arrived_at for a in attendees if a.attendance is Attendance.PRESENT)
    assert len({a.organization_id for a in attendees}) >= 8


def test_the_latest_held_workshop_has_notes_of_several_kinds_with_speakers(store, demo):
    held = latest_held_in_main_series(store)
    with store.session() as s:
        notes = s.scalars(select(Note).where(Note.workshop_id == held.id)).all()
        turns = s.scalar(
            select(func.count()).select_from(SpeakerTurn).where(SpeakerTurn.workshop_id == held.id)
        )
    assert len(notes) >= 10
    assert len({n.kind for n in notes}) >= 5
    assert all(n.speaker_id is not None for n in notes)
    assert len({n.speaker_id for n in notes}) >= 5
    assert turns >= 5


def test_the_latest_held_workshop_has_two_proposals_tested_in_rounds(store, demo):
    held = latest_held_in_main_series(store)
    with store.session() as s:
        proposals = s.scalars(
            select(Proposal)
            .where(Proposal.workshop_id == held.id)
            .order_by(Proposal.decision_number)
        ).all()
        assert len(proposals) == 2
        assert [p.decision_number for p in proposals] == [1, 2]
        assert len({p.method for p in proposals}) == 2
        for proposal in proposals:
            assert proposal.outcome is not None and proposal.outcome_statement
            assert proposal.rounds, proposal.title
            assert all(r.positions for r in proposal.rounds)
        assert max(len(p.versions) for p in proposals) >= 2  # one was amended
        rounds = s.scalar(select(func.count()).select_from(Round))
        positions = s.scalar(select(func.count()).select_from(Position))
    assert rounds >= 3
    assert positions >= 20


def test_the_latest_held_workshop_has_an_ideas_session_with_one_dot_round(store, demo):
    """About twenty ideas on the seeds' themes in five clusters, one closed round of three
    dots a person within everyone's budget, a tie and a split; the first cluster became
    decision 5/2."""
    from facilitator.services import ideas, proposals

    workshop = latest_held_in_main_series(store)
    board = ideas.board(store, workshop.id)
    assert 18 <= len(board.ideas) <= 24
    assert all(i.idea_id is not None for i in board.ideas)  # its idea notes are cards too
    assert sum(1 for i in board.ideas if not i.author_name) >= 2
    assert len({i.organization_name for i in board.ideas if i.organization_name}) >= 8
    assert len(board.clusters) == 5 and all(len(c.idea_keys) >= 3 for c in board.clusters)
    (rnd,) = ideas.rounds_of(store, workshop.id)
    assert rnd.closed_at is not None and rnd.budget == 3
    assert set(ideas.spent(store, rnd.id).values()) == {3}
    results = ideas.results(store, rnd.id)
    assert results.voters >= 15 and results.dots == 3 * results.voters
    top = results.clusters[0]
    assert top.rank == 1 and not top.tied and top.label == "Ortak projeler"
    assert any(c.tied for c in results.clusters)
    assert [c.label for c in results.clusters if c.splits] == ["STK'ların kurumsal kapasitesi"]
    assert sum(1 for t in results.targets if t.splits) == 1
    promoted = board.cluster(next(c.id for c in board.clusters if c.name == top.label))
    decision = proposals.get_proposal(store, promoted.proposal_id)
    assert decision.label == "5/2"


def test_the_demo_has_commitments_of_several_contribution_types_and_phases(store, demo):
    with store.session() as s:
        commitments = s.scalars(select(Commitment)).all()
    types = Counter(c.contribution_type for c in commitments)
    assert len(commitments) >= 6
    assert {"financial", "moral", "expertise"} <= set(types)
    assert len(types) >= 5
    assert len({c.phase_id for c in commitments if c.phase_id}) >= 2
    assert len({c.status for c in commitments}) >= 3
    assert any(c.quantity is not None and c.unit is not None for c in commitments)
    assert len({c.organization_id for c in commitments}) >= 5


def test_loading_the_demo_twice_changes_nothing(store, db_path, dump_database, demo):
    before = dump_database(store)
    again = load_demo(store)
    assert again.loaded is False
    assert dump_database(store) == before


def test_the_demo_leaves_the_users_own_data_alone(store, make_org, make_person):
    own = make_org("Kendi Derneğimiz")
    make_person("Çağrı", "Ilgın", organization_id=own.id)
    load_demo(store)
    assert directory.get_organization(store, own.id).people_count == 1
    assert [p.full_name for p in directory.list_people(store, "ılgın")] == ["Çağrı Ilgın"]


def test_the_demo_loads_again_after_the_user_deleted_its_series(store, demo):
    main = series.get_series(store, demo.series_id)
    for workshop_id in demo.workshops:
        workshops.delete_workshop(store, workshop_id)
    series.delete_series(store, main.id)
    others = [s.title for s in series.list_series(store)]

    again = load_demo(store)

    assert again.loaded is True
    titles = [s.title for s in series.list_series(store)]
    assert main.title in titles
    assert sorted(titles) == sorted([main.title, *others])
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == demo.loaded.people
        assert s.scalar(select(func.count()).select_from(Organization)) == demo.loaded.organizations


def _texts(value):
    """Every string in the demo's content, however deeply it is nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key)
            yield from _texts(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _texts(item)


def test_the_demo_holds_no_test_strings(store):
    """What a new user sees first reads as a real workshop: no markup or ampersands put in
    to try the escaping (hostile text has fixtures of its own, tests/documents)."""
    from facilitator import demo_content

    texts = [t for name, v in vars(demo_content).items() if name.isupper() for t in _texts(v)]
    assert len(texts) > 200
    load_demo(store)
    with store.session() as s:
        texts += [n.text for n in s.scalars(select(Note))]
        texts += [c.title for c in s.scalars(select(Commitment))]
        texts += [p.title for p in s.scalars(select(Proposal))]
    suspicious = [
        t for t in texts if any(mark in t for mark in ("<", ">", "&", "etiket", "işareti"))
    ]
    assert suspicious == []
