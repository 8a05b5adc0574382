"""A workshop's ideas board goes with the workshop and is not copied with it: deleting a
workshop deletes its ideas, clusters, dot rounds and dots (nothing left pointing nowhere);
a copy starts with an empty board, as it starts without notes. An agenda item deleted and
brought back by undo finds its ideas and dot rounds again, as it finds its notes."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from facilitator.errors import StaleEditError
from facilitator.models import Attendance, DotRound, DotVote, Idea, IdeaCluster
from facilitator.services import agenda, attendees, ideas, workshops

NOW = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)


def _board(store, make_workshop, make_person, **fields):
    workshop = make_workshop(**fields)
    person = make_person()
    attendees.add_attendee(store, workshop.id, person.id, attendance=Attendance.PRESENT)
    card = ideas.add_idea(store, workshop.id, "Gönüllü bankası", author_id=person.id, now=NOW)
    ideas.create_cluster(store, workshop.id, "Gönüllülük", [card.key])
    r = ideas.open_dot_round(store, workshop.id, budget=2, now=NOW)
    ideas.give_dot(store, r.id, card.key, person.id, 2)
    return workshop


def _rows(store) -> dict:
    with store.session() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m))
            for m in (Idea, IdeaCluster, DotRound, DotVote)
        }


def test_deleting_a_workshop_deletes_its_board_only(store, db_path, make_workshop, make_person):
    gone = _board(store, make_workshop, make_person)
    kept = _board(store, make_workshop, make_person)
    assert _rows(store) == {"idea": 2, "idea_cluster": 2, "dot_round": 2, "dot_vote": 2}
    workshops.delete_workshop(store, gone.id)
    assert _rows(store) == {"idea": 1, "idea_cluster": 1, "dot_round": 1, "dot_vote": 1}
    assert ideas.results(store, ideas.rounds_of(store, kept.id)[0].id).dots == 2
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_a_copy_of_a_workshop_starts_with_an_empty_board(store, make_workshop, make_person):
    source = _board(store, make_workshop, make_person)
    copy = workshops.duplicate_workshop(store, source.id, title="Gönüllülük çalıştayı 2")
    board = ideas.board(store, copy.id)
    assert (board.ideas, board.clusters, board.round) == ((), (), None)
    assert len(ideas.board(store, source.id).ideas) == 1


def test_an_agenda_item_deleted_and_brought_back_keeps_its_ideas_and_rounds(
    store, make_workshop, make_person
):
    workshop = make_workshop()
    item = agenda.add_item(store, workshop.id, "Öncelikler")
    card = ideas.add_idea(store, workshop.id, "Ortak proje havuzu", agenda_item_id=item.id, now=NOW)
    with store.transaction() as s:  # a round opened while the item ran
        s.add(DotRound(workshop_id=workshop.id, agenda_item_id=item.id, number=1, budget=3))
    taken = agenda.delete_items(store, [item.id])
    assert ideas.board(store, workshop.id).idea(card.key).agenda_item_id is None
    (restored,) = agenda.restore_items(store, taken)
    assert ideas.board(store, workshop.id).idea(card.key).agenda_item_id == item.id
    assert restored.links["idea"] == (card.idea_id,) and len(restored.links["dot_round"]) == 1
    with store.session() as s:
        assert s.scalar(select(DotRound.agenda_item_id)) == item.id
    # An idea added on it since: an undo expecting the item as it was is refused.
    ideas.add_idea(store, workshop.id, "Sonradan", agenda_item_id=item.id, now=NOW)
    with pytest.raises(StaleEditError, match="ideas or dot rounds"):
        agenda.delete_items(store, [item.id], expect=[restored])
