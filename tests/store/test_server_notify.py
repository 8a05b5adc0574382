"""The change notifications of a PostgreSQL server, and what a server URL may say."""

from __future__ import annotations

import queue
import time

import pytest

from facilitator.errors import StoreError
from facilitator.services import directory
from facilitator.store import Store
from facilitator.store.notify import EVERYTHING, ChangeListener


def test_another_clients_commit_names_its_tables_and_ones_own_does_not(postgres_url):
    mine, theirs = Store.open(postgres_url), Store.open(postgres_url)
    told: queue.Queue = queue.Queue()
    listener = ChangeListener(mine, told.put)
    try:
        listener.start()
        assert listener.wait_listening(10)
        directory.create_person(theirs, "Gülşen", "Öztürk")
        assert told.get(timeout=5) == frozenset({"person"})
        directory.create_person(mine, "İsmail", "Işık")
        directory.create_organization(theirs, "Işık Vakfı")
        assert told.get(timeout=5) == frozenset({"organization"})  # not "person" again
    finally:
        listener.stop()
        mine.close()
        theirs.close()


def test_a_server_away_at_the_start_is_found_once_it_answers(postgres_url, postgres_cluster):
    store = Store.open(postgres_url)
    told: queue.Queue = queue.Queue()
    ups: list[bool] = []
    postgres_cluster.halt()
    listener = ChangeListener(store, told.put, ups.append)
    try:
        listener.start()
        deadline = time.monotonic() + 10
        while not store.connection_lost and time.monotonic() < deadline:
            time.sleep(0.05)
        assert store.connection_lost and ups == [False]
        with pytest.raises(StoreError, match="connection to the database server is lost"):
            directory.list_people(store)
        postgres_cluster.restart()
        assert told.get(timeout=15) == EVERYTHING  # whatever was missed: read again
        assert ups == [False, True] and not store.connection_lost
        assert directory.list_people(store) == []
    finally:
        listener.stop()
        store.close()


def test_a_refused_url_never_shows_its_password(postgres_url):
    with pytest.raises(StoreError) as refused:
        Store.open("mysql://organizer:gizli-parola@db.example.org/team")
    assert "gizli-parola" not in str(refused.value) and "mysql" in str(refused.value)
    with pytest.raises(StoreError) as refused:
        Store.open("postgresql+asyncpg://organizer:gizli-parola@db.example.org/team")
    assert "gizli-parola" not in str(refused.value) and "psycopg" in str(refused.value)
    short = postgres_url.replace("postgresql+psycopg://", "postgres://")
    store = Store.open(short)  # the scheme many hosting panels hand out
    try:
        assert store.engine.url.drivername == "postgresql+psycopg"
    finally:
        store.close()
