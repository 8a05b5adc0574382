"""A bundle carries the ideas board: ideas (typed, and made from notes), clusters, dot
rounds by person, by institution and by counts with their dots, and what was promoted.

Read in another database, the board and every round's results are what they were. A
bundle whose board the services could never have made is refused whole, naming the row
and the field; so is one whose dots, added to the ones this database recorded for the
same round, would take a voter past the budget. Nothing changes when a bundle is refused.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid as uuid_module
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from facilitator.errors import FacilitatorError, ValidationError
from facilitator.models import (
    AgendaItem,
    Attendance,
    Commitment,
    Idea,
    IdeaCluster,
    Note,
    NoteKind,
    Organization,
    Person,
    Proposal,
    Sector,
    Voice,
)
from facilitator.services import agenda, attendees, bundles, ideas, live
from facilitator.store import Store

NOW = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)


@pytest.fixture
def room(store, make_series, make_workshop, make_org, make_person):
    """A workshop with an agenda and six people present: two each from a company, an
    NGO and a public body."""
    series = make_series()
    workshop = make_workshop(series_id=series.id, number=5)
    orgs = [
        make_org("Öncü Gıda A.Ş.", sector=Sector.COMPANY),
        make_org("Çağdaş Yaşam Derneği", sector=Sector.NGO),
        make_org("Osmangazi Belediyesi", sector=Sector.PUBLIC),
    ]
    people = []
    for i in range(6):
        person = make_person()
        attendees.add_attendee(
            store,
            workshop.id,
            person.id,
            organization_id=orgs[i // 2].id,
            attendance=Attendance.PRESENT,
        )
        people.append(person)
    item = agenda.add_item(store, workshop.id, "Öncelikler: gönüllülük ve kapasite")
    return {"workshop": workshop.id, "orgs": orgs, "people": people, "item": item.id}


def _board_session(store, room) -> dict:
    """Ideas (one from a note, one note not yet a card), three clusters, a closed round
    by person on ideas, a closed round by institution on clusters, an open counted round;
    a cluster promoted to a proposal and an idea to a commitment."""
    wid, p, orgs = room["workshop"], [x.id for x in room["people"]], room["orgs"]

    def add(text, author, minutes):
        return ideas.add_idea(
            store,
            wid,
            text,
            author_id=author,
            agenda_item_id=room["item"],
            now=NOW + timedelta(minutes=minutes),
        )

    bank = add("Gönüllü zaman bankası <kurulsun> & büyüsün", p[0], 1)
    insurance = add("Gönüllü sigortası", p[2], 2)
    pool = add("Ortak proje havuzu", p[4], 3)
    training = add("STK'lara kapasite eğitimi", p[3], 4)
    anonymous = ideas.add_idea(store, wid, "İsimsiz bir fikir: şeffaf bütçe", now=NOW)
    note = live.add_note(
        store,
        wid,
        "Şirket çalışanlarına gönüllü izin günü",
        kind=NoteKind.IDEA,
        speaker_id=p[1],
        agenda_item_id=room["item"],
        now=NOW + timedelta(minutes=5),
    )
    live.add_note(
        store,
        wid,
        "Üniversitelerle staj köprüsü",
        kind=NoteKind.IDEA,
        speaker_id=p[5],
        now=NOW + timedelta(minutes=6),
    )
    volunteering = ideas.create_cluster(
        store, wid, "Gönüllülük altyapısı", [bank.key, insurance.key, f"n{note.id}"]
    )
    projects = ideas.create_cluster(store, wid, "Ortak projeler", [pool.key])
    capacity = ideas.create_cluster(store, wid, "STK kapasitesi", [training.key])
    leave = ideas.board(store, wid).cluster(volunteering.id).idea_keys[-1]

    by_person = ideas.open_dot_round(
        store, wid, budget=3, now=NOW + timedelta(minutes=10), question="Hangisi önce?"
    )
    for voter, target, dots in [
        (p[0], bank.key, 2),
        (p[0], pool.key, 1),
        (p[1], leave, 3),
        (p[2], insurance.key, 1),
        (p[2], bank.key, 1),
        (p[3], training.key, 3),
        (p[4], pool.key, 2),
        (p[5], anonymous.key, 1),
    ]:
        ideas.give_dot(store, by_person.id, target, voter, dots)
    ideas.close_dot_round(store, by_person.id, now=NOW + timedelta(minutes=20))

    by_institution = ideas.open_dot_round(
        store,
        wid,
        budget=2,
        voice=Voice.ORGANIZATION,
        on_clusters=True,
        now=NOW + timedelta(minutes=25),
    )
    ideas.give_dot(store, by_institution.id, volunteering.key, orgs[0].id, 2)
    ideas.give_dot(store, by_institution.id, projects.key, orgs[1].id)
    ideas.give_dot(store, by_institution.id, capacity.key, orgs[1].id)
    ideas.give_dot(store, by_institution.id, volunteering.key, orgs[2].id)
    ideas.close_dot_round(store, by_institution.id, now=NOW + timedelta(minutes=30))

    counted = ideas.open_dot_round(
        store, wid, budget=5, voice=Voice.COUNTS, now=NOW + timedelta(minutes=35)
    )
    ideas.set_count(store, counted.id, pool.key, 11)
    ideas.set_count(store, counted.id, bank.key, 7)

    ideas.promote_to_proposal(store, wid, volunteering.key)
    ideas.promote_to_commitment(store, wid, training.key, orgs[1].id)
    return {"by_person": by_person.id, "by_institution": by_institution.id, "counted": counted.id}


def _uuids(store) -> dict:
    """The UUID of every row a board names by id, table by table."""
    with store.session() as s:
        return {
            model: dict(s.query(model.id, model.uuid).all())
            for model in (
                Idea,
                IdeaCluster,
                Note,
                Person,
                Organization,
                AgendaItem,
                Proposal,
                Commitment,
            )
        }


def _key_uuid(uuids, key: str) -> str:
    model = {"i": Idea, "c": IdeaCluster, "n": Note}[key[0]]
    return uuids[model][int(key[1:])]


def _view(store, workshop_id) -> dict:
    """The board and every round's results as a person sees them, ids read as UUIDs."""
    u = _uuids(store)

    def ref(model, row_id):
        return None if row_id is None else u[model][row_id]

    board = ideas.board(store, workshop_id)
    cards = [
        (
            _key_uuid(u, i.key),
            i.text,
            i.from_note,
            ref(Person, i.author_id),
            i.source,
            i.sector,
            ref(AgendaItem, i.agenda_item_id),
            ref(IdeaCluster, i.cluster_id),
            i.added_at,
            ref(Proposal, i.proposal_id),
            ref(Commitment, i.commitment_id),
        )
        for i in board.ideas
    ]
    clusters = [
        (
            u[IdeaCluster][c.id],
            c.name,
            c.position,
            [_key_uuid(u, k) for k in c.idea_keys],
            ref(Proposal, c.proposal_id),
            ref(Commitment, c.commitment_id),
        )
        for c in board.clusters
    ]

    def targets(found):
        return [
            (
                _key_uuid(u, t.key),
                t.label,
                t.dots,
                t.rank,
                t.tied,
                t.by_sector,
                t.by_organization,
                t.splits,
            )
            for t in found
        ]

    rounds = []
    for r in ideas.rounds_of(store, workshop_id):
        result = ideas.results(store, r.id)
        rounds.append(
            (
                r.number,
                r.question,
                r.voice,
                r.budget,
                r.on_clusters,
                r.opened_at,
                r.closed_at,
                result.voters,
                result.dots,
                result.sectors,
                targets(result.targets),
                targets(result.clusters),
            )
        )
    current = board.round.number if board.round else None
    return {"cards": cards, "clusters": clusters, "rounds": rounds, "current": current}


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def source(store, room):
    rounds = _board_session(store, room)
    return store, room, rounds


@pytest.fixture
def target(tmp_path):
    opened = Store.open(tmp_path / "hedef.db")
    yield opened
    opened.close()


def _export(store, workshop_id, path: Path) -> Path:
    bundles.export_bundle(store, workshop_id, path)
    return path


def test_a_round_trip_keeps_the_board_its_rounds_and_what_was_promoted(source, target, tmp_path):
    store, room, _ = source
    before = _view(store, room["workshop"])
    # What the test compares is worth comparing: every kind of row is there.
    assert len(before["cards"]) == 7 and len(before["clusters"]) == 3
    assert [r[2] for r in before["rounds"]] == [Voice.PERSON, Voice.ORGANIZATION, Voice.COUNTS]
    assert [r[8] for r in before["rounds"]] == [14, 5, 18]
    assert before["rounds"][1][7] == 3  # three institutions, each counted once
    assert before["current"] == 3
    assert any(c[4] for c in before["clusters"]) and any(c[10] for c in before["cards"])
    assert sum(c[2] for c in before["cards"]) == 2  # a card of a note; a note not yet a card

    path = _export(store, room["workshop"], tmp_path / "fikirler.facilitator")
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format_version"] == bundles.FORMAT_VERSION == 5
    assert {t: manifest["counts"][t] for t in ("idea_cluster", "idea", "dot_round")} == {
        "idea_cluster": 3,
        "idea": 6,  # the note not yet a card travels as a note
        "dot_round": 3,
    }
    preview = bundles.preview_import(target, path)
    assert preview.conflicts == ()
    moved = bundles.apply_import(target, preview).workshop_id

    assert _view(target, moved) == before
    # The round left open goes on in the other database.
    counted = ideas.rounds_of(target, moved)[2]
    pool = next(i for i in ideas.board(target, moved).ideas if i.text == "Ortak proje havuzu")
    assert ideas.set_count(target, counted.id, pool.key, 12, expect=11) == 11


def test_importing_the_board_twice_changes_nothing(source, target, tmp_path):
    store, room, _ = source
    path = _export(store, room["workshop"], tmp_path / "fikirler.facilitator")
    bundles.apply_import(target, bundles.preview_import(target, path))
    before = _dump(target.path)
    preview = bundles.preview_import(target, path)
    assert preview.total_new == 0 and preview.conflicts == ()
    bundles.apply_import(target, preview)
    assert _dump(target.path) == before


def test_dots_given_since_on_the_other_computer_come_in_as_a_change(source, target, tmp_path):
    store, room, rounds = source
    path = _export(store, room["workshop"], tmp_path / "ilk.facilitator")
    moved = bundles.apply_import(target, bundles.preview_import(target, path)).workshop_id
    pool = next(i for i in ideas.board(store, room["workshop"]).ideas if i.text.startswith("Ortak"))
    ideas.set_count(store, rounds["counted"], pool.key, 12, expect=11)
    again = _export(store, room["workshop"], tmp_path / "ikinci.facilitator")
    preview = bundles.preview_import(target, again)
    (conflict,) = preview.conflicts
    assert conflict.table == "dot_vote"
    assert [(d.field, d.mine, d.theirs) for d in conflict.differences] == [("dots", "11", "12")]
    bundles.apply_import(target, preview, bundles.choose_all(preview, bundles.TAKE_THEIRS))
    assert _view(target, moved) == _view(store, room["workshop"])


def _rewrite(path: Path, out: Path, change, *, version: int | None = None) -> Path:
    """``path`` with its tables changed by ``change``, counts and checksum made to match."""
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    change(data["tables"])
    manifest["counts"] = {t: len(rows) for t, rows in data["tables"].items()}
    raw = json.dumps(data, ensure_ascii=False).encode()
    manifest["checksums"] = {"data.json": hashlib.sha256(raw).hexdigest()}
    if version is not None:
        manifest["format_version"] = version
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", raw)
    return out


def test_a_bundle_of_format_4_without_a_board_still_imports(source, target, tmp_path):
    store, room, _ = source
    path = _export(store, room["workshop"], tmp_path / "yeni.facilitator")

    def as_version_4(tables):
        for table in ("idea_cluster", "idea", "dot_round", "dot_vote"):
            del tables[table]

    old = _rewrite(path, tmp_path / "eski.facilitator", as_version_4, version=4)
    moved = bundles.apply_import(target, bundles.preview_import(target, old)).workshop_id
    board = ideas.board(target, moved)
    # The notes of kind "idea" came (as notes), and are on the board; nothing else is.
    assert sorted(i.text for i in board.ideas) == [
        "Üniversitelerle staj köprüsü",
        "Şirket çalışanlarına gönüllü izin günü",
    ]
    assert board.clusters == () and ideas.rounds_of(target, moved) == []


def test_a_bundle_of_a_later_format_is_refused_plainly(source, target, tmp_path):
    store, room, _ = source
    path = _export(store, room["workshop"], tmp_path / "yeni.facilitator")
    later = _rewrite(path, tmp_path / "sonraki.facilitator", lambda t: None, version=6)
    with pytest.raises(ValidationError, match=r"format version 6.*update Facilitator"):
        bundles.preview_import(target, later)


# -- hostile bundles -----------------------------------------------------------------------


def _index(tables, table, **where) -> int:
    """The position (from 0) of the first row of ``table`` with the values ``where``."""
    return next(
        n for n, row in enumerate(tables[table]) if all(row[k] == v for k, v in where.items())
    )


def _round_uuid(tables, voice: str) -> str:
    return next(r["uuid"] for r in tables["dot_round"] if r["voice"] == voice)


def _first_vote(tables, voice: str) -> int:
    return _index(tables, "dot_vote", round_id=_round_uuid(tables, voice))


def _set(table, n_of, **values):
    """Change the row ``n_of(tables)`` of ``table``; the message names it "table #n"."""

    def change(tables):
        n = n_of(tables)
        tables[table][n].update(values(tables) if callable(values) else values)
        return f"{table} #{n + 1}"

    return change


def _vote(voice="person", **values):
    def change(tables):
        n = _first_vote(tables, voice)
        tables["dot_vote"][n].update(
            {k: (v(tables) if callable(v) else v) for k, v in values.items()}
        )
        return f"dot_vote #{n + 1}"

    return change


def _a_cluster(tables):
    return tables["idea_cluster"][0]["uuid"]


def _an_idea(tables):
    return tables["idea"][0]["uuid"]


def _a_person(tables):
    return tables["person"][0]["uuid"]


def _two_from_one_note(tables):
    note = next(i["note_uuid"] for i in tables["idea"] if i["note_uuid"])
    n = _index(tables, "idea", note_uuid=None)
    tables["idea"][n]["note_uuid"] = note
    return f"idea #{n + 1}"


def _both_open(tables):
    for r in tables["dot_round"]:
        r["closed_at"] = None
    return "dot_round #2"  # the second one open


def _same_number(tables):
    tables["dot_round"][1]["number"] = tables["dot_round"][0]["number"]
    return "dot_round #2"


def _past_the_budget(tables):
    """One dot more on the voter's first vote: refused at their vote that passes the budget."""
    n = _first_vote(tables, "person")
    voter = tables["dot_vote"][n]["person_id"]
    r = next(r for r in tables["dot_round"] if r["voice"] == "person")
    theirs = [
        number
        for number, v in enumerate(tables["dot_vote"])
        if v["round_id"] == r["uuid"] and v["person_id"] == voter
    ]
    spent = sum(tables["dot_vote"][number]["dots"] for number in theirs)
    tables["dot_vote"][n]["dots"] += r["budget"] - spent + 1
    return f"dot_vote #{theirs[-1] + 1}"


def _missing_idea(tables):
    n = _first_vote(tables, "person")
    tables["dot_vote"][n]["idea_id"] = str(uuid_module.uuid4())
    return f"dot_vote #{n + 1}"


# case -> (change returning "table #n", fragments the message holds besides "table #n")
HOSTILE = {
    "no-dots": (_vote(dots=0), [", dots:", "from 1 to"]),
    "negative-dots": (_vote(dots=-3), [", dots:", "from 1 to"]),
    "dots-as-text": (_vote(dots="3"), ["wrong value for dots"]),
    "vote-on-nothing": (_vote(idea_id=None), ["it is not on exactly one idea or cluster"]),
    "vote-on-both": (
        _vote(cluster_id=_a_cluster),
        ["it is not on exactly one idea or cluster"],
    ),
    "vote-on-a-missing-idea": (_missing_idea, ["refers to a missing idea"]),
    "idea-in-a-missing-cluster": (
        _set("idea", lambda t: 0, cluster_id=str(uuid_module.uuid4())),
        ["refers to a missing idea_cluster"],
    ),
    "idea-too-long": (_set("idea", lambda t: 0, text="ş" * 10_001), [", text:", "too long"]),
    "idea-with-a-control-character": (
        _set("idea", lambda t: 0, text="Gönüllü\x1b[2J bankası"),
        [", text:", "U+001B"],
    ),
    "cluster-name-too-long": (
        _set("idea_cluster", lambda t: 0, name="Ç" * 201),
        ["wrong value for name"],
    ),
    "note-uuid-not-a-uuid": (_set("idea", lambda t: 0, note_uuid="../../not"), ["note_uuid"]),
    "no-budget": (_set("dot_round", lambda t: 0, budget=0), [", budget:", "from 1 to 100"]),
    "closed-before-opened": (
        _set(
            "dot_round",
            lambda t: 0,
            closed_at="2026-03-14T09:00:00+00:00",
            opened_at="2026-03-14T09:30:00+00:00",
        ),
        ["closed before it was opened"],
    ),
    "past-the-budget": (_past_the_budget, [", dots:", "more than the 3 each has"]),
    "institution-vote-naming-a-person": (
        _vote("organization", person_id=_a_person),
        ["person_id", "names an institution only"],
    ),
    "person-vote-naming-nobody": (
        _vote(person_id=None),
        ["person_id", "names no person"],
    ),
    "counted-vote-naming-a-voter": (
        _vote("counts", person_id=_a_person),
        ["person_id", "names no voter"],
    ),
    "cluster-dots-in-an-idea-round": (
        _vote(idea_id=None, cluster_id=_a_cluster),
        ["cluster_id", "puts dots on ideas, not on clusters"],
    ),
    "idea-dots-in-a-cluster-round": (
        _vote("organization", cluster_id=None, idea_id=_an_idea),
        ["idea_id", "puts dots on clusters, not on ideas"],
    ),
    "two-cards-of-one-note": (_two_from_one_note, ["note_uuid", "already the card of this note"]),
    "two-rounds-open": (_both_open, ["closed_at", "one is open at a time"]),
    "one-number-twice": (_same_number, [", number:", "has this number"]),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_board_is_refused_naming_the_problem_and_nothing_changes(
    case, source, target, tmp_path
):
    store, room, _ = source
    good = _export(store, room["workshop"], tmp_path / "iyi.facilitator")
    change, fragments = HOSTILE[case]
    named = []
    bad = _rewrite(
        good, tmp_path / f"{case}.facilitator", lambda tables: named.append(change(tables))
    )
    before = _dump(target.path)
    with pytest.raises(ValidationError) as info:
        bundles.apply_import(target, bundles.preview_import(target, bad))
    message = str(info.value)
    for fragment in [named[0], *fragments]:
        assert fragment in message, message
    assert "\n" not in message and "\x1b" not in message
    assert _dump(target.path) == before


def test_a_vote_on_another_workshops_card_is_refused(source, target, tmp_path, make_workshop):
    store, room, _ = source
    other = make_workshop(title="Başka bir çalıştay")
    stray = ideas.add_idea(store, other.id, "Başka çalıştayın fikri", now=NOW)
    path = _export(store, room["workshop"], tmp_path / "iyi.facilitator")
    with store.session() as s:
        stray_uuid = s.get(Idea, stray.idea_id).uuid

    def point_at_it(tables):
        # The other workshop and its idea come along, and a vote of the round points at it.
        tables["workshop"].append(
            dict(next(iter(tables["workshop"])), uuid=str(uuid_module.uuid4()), title="Başka")
        )
        idea = dict(tables["idea"][0], uuid=stray_uuid, workshop_id=tables["workshop"][-1]["uuid"])
        idea.update(cluster_id=None, note_uuid=None, agenda_item_id=None)
        idea.update(proposal_id=None, commitment_id=None)
        tables["idea"].append(idea)
        n = _first_vote(tables, "person")
        tables["dot_vote"][n]["idea_id"] = stray_uuid
        return n

    named = []
    bad = _rewrite(path, tmp_path / "baska.facilitator", lambda t: named.append(point_at_it(t)))
    before = _dump(target.path)
    with pytest.raises(ValidationError) as info:
        bundles.preview_import(target, bad)
    assert f"dot_vote #{named[0] + 1}, idea_id" in str(info.value)
    assert "another workshop's board" in str(info.value)
    assert _dump(target.path) == before


# -- together with this database's dots ----------------------------------------------------


def test_dots_of_both_computers_past_the_budget_are_refused(store, room, target, tmp_path):
    """Two laptops recorded the same open round: together a voter has more dots than the
    budget. Nothing is imported, and the message says which round and which voter."""
    wid, voter = room["workshop"], room["people"][0]
    a, b, _ = (ideas.add_idea(store, wid, t, now=NOW) for t in ("Birinci", "İkinci", "Üçüncü"))
    r = ideas.open_dot_round(store, wid, budget=3, now=NOW)
    ideas.give_dot(store, r.id, a.key, voter.id)
    first = _export(store, wid, tmp_path / "ilk.facilitator")
    moved = bundles.apply_import(target, bundles.preview_import(target, first)).workshop_id
    ideas.give_dot(store, r.id, b.key, voter.id, 2)  # here: 3 of 3
    there = ideas.rounds_of(target, moved)[0]
    c_there = next(i.key for i in ideas.board(target, moved).ideas if i.text == "Üçüncü")
    with target.session() as s:
        voter_there = s.query(Person.id).filter_by(uuid=voter.uuid).scalar()
    ideas.give_dot(target, there.id, c_there, voter_there, 2)  # there: 3 of 3

    second = _export(store, wid, tmp_path / "ikinci.facilitator")
    before = _dump(target.path)
    with pytest.raises(ValidationError) as info:
        bundles.apply_import(target, bundles.preview_import(target, second))
    message = str(info.value)
    assert message.startswith("Not imported: in dot round 1 of “")
    assert f"{voter.given_name} {voter.family_name} would have put 5 dots" in message
    assert "more than the 3 each has" in message
    assert _dump(target.path) == before
    assert ideas.spent(target, there.id) == {voter_there: 3}


def test_a_second_round_open_on_each_computer_is_refused(store, room, target, tmp_path):
    wid = room["workshop"]
    (a,) = (ideas.add_idea(store, wid, "Birinci", now=NOW),)
    r = ideas.open_dot_round(store, wid, budget=3, now=NOW)
    first = _export(store, wid, tmp_path / "ilk.facilitator")
    moved = bundles.apply_import(target, bundles.preview_import(target, first)).workshop_id
    # Here round 1 is closed and round 2 opened; there round 1 stays open.
    ideas.close_dot_round(store, r.id, now=NOW + timedelta(minutes=5))
    ideas.open_dot_round(store, wid, budget=2, now=NOW + timedelta(minutes=6))
    second = _export(store, wid, tmp_path / "ikinci.facilitator")
    preview = bundles.preview_import(target, second)
    assert [c.table for c in preview.conflicts] == ["dot_round"]
    before = _dump(target.path)
    with pytest.raises(ValidationError, match=r"dot rounds 1 and 2 open at once; close one"):
        bundles.apply_import(target, preview, bundles.choose_all(preview, bundles.KEEP_MINE))
    assert _dump(target.path) == before
    # Taking the closing from the bundle, it comes in whole.
    bundles.apply_import(target, preview, bundles.choose_all(preview, bundles.TAKE_THEIRS))
    assert [x.is_open for x in ideas.rounds_of(target, moved)] == [False, True]
    assert a


def test_a_round_number_taken_here_is_refused_plainly(store, room, target, tmp_path):
    wid = room["workshop"]
    first = _export(store, wid, tmp_path / "ilk.facilitator")
    moved = bundles.apply_import(target, bundles.preview_import(target, first)).workshop_id
    ideas.add_idea(store, wid, "Birinci", now=NOW)
    ideas.add_idea(target, moved, "Burada", now=NOW)
    ideas.close_dot_round(store, ideas.open_dot_round(store, wid, budget=3, now=NOW).id, now=NOW)
    ideas.close_dot_round(
        target, ideas.open_dot_round(target, moved, budget=2, now=NOW).id, now=NOW
    )
    second = _export(store, wid, tmp_path / "ikinci.facilitator")
    before = _dump(target.path)
    with pytest.raises(ValidationError, match="already has another dot round number 1 here"):
        bundles.apply_import(target, bundles.preview_import(target, second))
    assert _dump(target.path) == before


def test_a_note_made_a_card_on_both_computers_is_refused_plainly(store, room, target, tmp_path):
    wid = room["workshop"]
    note = live.add_note(store, wid, "Gönüllü izin günü", kind=NoteKind.IDEA, now=NOW)
    first = _export(store, wid, tmp_path / "ilk.facilitator")
    moved = bundles.apply_import(target, bundles.preview_import(target, first)).workshop_id
    ideas.create_cluster(store, wid, "Gönüllülük", [f"n{note.id}"])
    there = ideas.board(target, moved).ideas[0].key
    ideas.create_cluster(target, moved, "İzinler", [there])
    second = _export(store, wid, tmp_path / "ikinci.facilitator")
    before = _dump(target.path)
    with pytest.raises(FacilitatorError) as info:
        bundles.apply_import(target, bundles.preview_import(target, second))
    assert "idea #1, note_uuid: another card in this database is made of this note" in str(
        info.value
    )
    assert _dump(target.path) == before
