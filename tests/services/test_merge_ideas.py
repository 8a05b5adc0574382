"""Merging duplicate people and institutions carries their ideas and dots: dots of the
two entries in one round are added up within the budget (one vote per card), the kept
entry's stand beyond it, and the results by institution follow the merge."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from facilitator.models import Attendance, DotVote, Sector, Voice
from facilitator.services import attendees, ideas, merge
from facilitator.services.directory import get_person

NOW = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)


@pytest.fixture
def room(store, make_workshop, make_org, make_person):
    """Murat (for a company) and his duplicate entry, both checked in; an NGO and its
    duplicate entry, each with someone present."""
    workshop = make_workshop()
    company = make_org("Öncü Gıda A.Ş.", sector=Sector.COMPANY)
    ngo = make_org("Çağdaş Yaşam Derneği", sector=Sector.NGO)
    ngo_twin = make_org("Çağdaş Yaşam Dern.", sector=Sector.NGO)
    murat = make_person("Murat", "Çelikkaya")
    twin = make_person("Murat", "Celikkaya")
    ayse = make_person("Ayşe", "Güneş")
    idil = make_person("İdil", "Öztürk")
    for person, org in ((murat, company), (twin, None), (ayse, ngo), (idil, ngo_twin)):
        attendees.add_attendee(
            store,
            workshop.id,
            person.id,
            organization_id=org.id if org else None,
            attendance=Attendance.PRESENT,
        )
    cards = [
        ideas.add_idea(store, workshop.id, text, author_id=author.id, now=NOW)
        for text, author in (
            ("Gönüllü zaman bankası", murat),
            ("Gönüllü sigortası", twin),
            ("Ortak proje havuzu", idil),
        )
    ]
    return {
        "workshop": workshop.id,
        "murat": murat.id,
        "twin": twin.id,
        "ayse": ayse.id,
        "idil": idil.id,
        "company": company.id,
        "ngo": ngo.id,
        "ngo_twin": ngo_twin.id,
        "cards": [c.key for c in cards],
    }


def _round(store, room, budget, **fields):
    return ideas.open_dot_round(store, room["workshop"], budget=budget, now=NOW, **fields).id


def _close(store, round_id):
    ideas.close_dot_round(store, round_id, now=NOW)


def _dots(store, round_id) -> dict[str, int]:
    return {t.key: t.dots for t in ideas.results(store, round_id).targets if t.dots}


def _votes(store, round_id) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).where(DotVote.round_id == round_id))


def test_a_duplicate_persons_ideas_and_dots_move_to_the_kept_entry(store, room):
    a, b, c = room["cards"]
    murat, twin = room["murat"], room["twin"]
    # Within the budget together: 1 + 2 of 3; both put a dot on the bank.
    within = _round(store, room, 3)
    ideas.give_dot(store, within, a, murat)
    ideas.give_dot(store, within, a, twin)
    ideas.give_dot(store, within, b, twin)
    _close(store, within)
    # Beyond it: 2 + 2 of 2 (the same human voted twice under two entries).
    beyond = _round(store, room, 2)
    ideas.give_dot(store, beyond, a, murat, 2)
    ideas.give_dot(store, beyond, b, twin, 2)
    _close(store, beyond)
    # Only the duplicate voted.
    alone = _round(store, room, 2)
    ideas.give_dot(store, alone, c, twin, 2)
    _close(store, alone)
    shown = _dots(store, within)

    result = merge.merge_people(store, murat, twin)

    # The results the room saw stand where the budget allows; one vote per card.
    assert _dots(store, within) == shown == {a: 2, b: 1}
    assert ideas.spent(store, within) == {murat: 3}
    assert _votes(store, within) == 2
    assert _dots(store, beyond) == {a: 2}
    assert ideas.spent(store, beyond) == {murat: 2}
    assert ideas.spent(store, alone) == {murat: 2}
    # His dots count for the institution he represents (the duplicate had none).
    assert [(s.group, s.dots) for s in ideas.results(store, within).of(a).by_organization] == [
        ("Öncü Gıda A.Ş.", 2)
    ]
    assert ideas.results(store, within).of(b).by_sector[0].group == "company"
    # The duplicate's idea is his now.
    card = ideas.board(store, room["workshop"]).idea(b)
    assert (card.author_id, card.source) == (murat, "Murat Çelikkaya (Öncü Gıda A.Ş.)")
    # Moved: the idea, the dot on another card (within) and the dots of the third round;
    # combined: the attendance, the dot on the same card, and the two dots beyond.
    assert (result.moved, result.combined) == (3, 3)
    with pytest.raises(Exception, match="no longer exists"):
        get_person(store, twin)


def test_a_duplicate_institutions_dots_are_one_institutions(store, room):
    a, b, c = room["cards"]
    ngo, twin = room["ngo"], room["ngo_twin"]
    wid = room["workshop"]
    cluster = ideas.create_cluster(store, wid, "Gönüllülük", [a, b]).key
    other = ideas.create_cluster(store, wid, "Projeler", [c]).key
    by_institution = _round(store, room, 3, voice=Voice.ORGANIZATION, on_clusters=True)
    ideas.give_dot(store, by_institution, cluster, ngo)
    ideas.give_dot(store, by_institution, cluster, twin)
    ideas.give_dot(store, by_institution, other, twin)
    _close(store, by_institution)
    beyond = _round(store, room, 1, voice=Voice.ORGANIZATION)
    ideas.give_dot(store, beyond, a, ngo)
    ideas.give_dot(store, beyond, c, twin)
    _close(store, beyond)
    by_person = _round(store, room, 2)
    ideas.give_dot(store, by_person, c, room["idil"], 2)  # İdil speaks for the duplicate
    _close(store, by_person)

    merge.merge_organizations(store, ngo, twin)

    assert _dots(store, by_institution) == {cluster: 2, other: 1}
    assert ideas.spent(store, by_institution) == {ngo: 3}
    assert _votes(store, by_institution) == 2
    assert ideas.results(store, by_institution).voters == 1
    assert _dots(store, beyond) == {a: 1} and ideas.spent(store, beyond) == {ngo: 1}
    result = ideas.results(store, by_person).of(c)
    assert [(s.group, s.dots) for s in result.by_organization] == [("Çağdaş Yaşam Derneği", 2)]
    assert ideas.spent(store, by_person) == {room["idil"]: 2}
    card = ideas.board(store, wid).idea(c)
    assert card.organization_id == ngo and card.source == "İdil Öztürk (Çağdaş Yaşam Derneği)"
