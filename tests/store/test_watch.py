"""Asking whether anyone else committed: exact on SQLite, "maybe" on a database server."""

from types import SimpleNamespace

from facilitator.services import ideas
from facilitator.store import Store
from facilitator.store.watch import ChangeWatch
from tests.room.conftest import NOW


def test_a_commit_from_another_connection_is_seen_once(demo, db_path):
    watch = ChangeWatch(demo.store)
    try:
        assert watch.changed() is False
        other = Store.open(db_path)
        try:
            ideas.add_idea(other, demo.workshop(6), "Ortak takvim", now=NOW)
        finally:
            other.close()
        assert watch.changed() is True
        assert watch.changed() is False
    finally:
        watch.close()


def test_on_a_database_server_every_question_answers_maybe():
    server = SimpleNamespace(engine=SimpleNamespace(dialect=SimpleNamespace(name="postgresql")))
    watch = ChangeWatch(server)
    assert watch.changed() is True and watch.changed() is True
    watch.close()
