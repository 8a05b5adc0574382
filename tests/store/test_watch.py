"""Asking whether anyone else committed: exact on SQLite, "maybe" on a database server."""

from datetime import UTC, datetime, timedelta

from facilitator.services import ideas, workshops
from facilitator.store import Store
from facilitator.store.watch import ChangeWatch
from tests.room.conftest import NOW


def test_a_commit_from_another_connection_is_seen_once(file_store, db_path):
    start = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    end = start + timedelta(hours=3)
    workshop = workshops.create_workshop(file_store, "Gönüllülük çalıştayı", start, end)
    watch = ChangeWatch(file_store)
    try:
        assert watch.changed() is False
        other = Store.open(db_path)
        try:
            ideas.add_idea(other, workshop.id, "Ortak takvim", now=NOW)
        finally:
            other.close()
        assert watch.changed() is True
        assert watch.changed() is False
    finally:
        watch.close()


def test_on_a_database_server_every_question_answers_maybe(postgres_url):
    server = Store.open(postgres_url)
    watch = ChangeWatch(server)
    try:
        assert watch.changed() is True and watch.changed() is True
    finally:
        watch.close()
        server.close()
