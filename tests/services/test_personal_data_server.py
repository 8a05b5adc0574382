"""Anonymising a person on a PostgreSQL server: the values are replaced, the tables that
held them vacuumed where the role may, and the user told plainly what may stay."""

import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from facilitator.errors import ValidationError
from facilitator.services import directory, personal_data
from facilitator.store import Store

EMAIL = "gulsen.ozturk@oncu.com.tr"


def make_gulsen(store: Store) -> int:
    org = directory.create_organization(store, "Öncü Gıda San. ve Tic. A.Ş.")
    person = directory.create_person(
        store,
        "Gülşen",
        "Öztürk",
        organization_id=org.id,
        email=EMAIL,
        phone="+90 532 000 00 00",
        contact_consent=True,
        consent_date=date(2025, 4, 2),
    )
    return person.id


def stored_person(url: str, person_id: int) -> tuple:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(
                text("SELECT given_name, family_name, email, phone FROM person WHERE id = :id"),
                {"id": person_id},
            ).one()
    finally:
        engine.dispose()


def last_vacuum(url: str, table: str):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(
                text("SELECT last_vacuum FROM pg_stat_user_tables WHERE relname = :t"),
                {"t": table},
            ).scalar()
    finally:
        engine.dispose()


def test_anonymising_on_the_server_vacuums_and_says_what_may_stay(postgres_url):
    store = Store.open(postgres_url)
    try:
        person_id = make_gulsen(store)
        assert personal_data.what_may_remain(store).startswith("On a database server")
        result = personal_data.anonymise_person(store, person_id)
    finally:
        store.close()
    assert result.placeholder == f"Participant {person_id}"
    assert "may stay in the server's files" in result.remains
    assert "write-ahead log" in result.remains and "backups" in result.remains
    assert "VACUUM FULL" in result.remains
    assert "ran VACUUM on the tables that held them" in result.remains
    assert stored_person(postgres_url, person_id) == (f"Participant {person_id}", "", "", "")
    assert last_vacuum(postgres_url, "person") is not None

    store = Store.open(postgres_url)
    try:
        with pytest.raises(ValidationError) as again:
            personal_data.anonymise_person(store, person_id)
    finally:
        store.close()
    message = str(again.value)
    assert "is already anonymised." in message and "VACUUM FULL" in message
    assert "no old details are left" not in message  # never claimed on a server


@pytest.fixture
def organizer_url(postgres_url):
    """The URL of the same database for a role that may read and write its tables but, not
    owning them, may not vacuum them (an organizer's account on a team server)."""
    role = f"organizer_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        conn.execute(
            text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
        )
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}"))
    yield make_url(postgres_url).set(username=role).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :role"),
            {"role": role},
        )
        conn.execute(text(f"DROP OWNED BY {role}"))
        conn.execute(text(f"DROP ROLE {role}"))
    admin.dispose()


def test_a_role_that_may_not_vacuum_still_anonymises_and_is_told_so(postgres_url, organizer_url):
    store = Store.open(postgres_url)
    try:
        person_id = make_gulsen(store)
    finally:
        store.close()
    store = Store.open(organizer_url)
    try:
        result = personal_data.anonymise_person(store, person_id)
    finally:
        store.close()
    assert "could not run VACUUM" in result.remains and "only their owner may" in result.remains
    assert "VACUUM FULL" in result.remains
    assert stored_person(postgres_url, person_id) == (f"Participant {person_id}", "", "", "")
    assert last_vacuum(postgres_url, "person") is None


def test_anonymising_in_a_file_erases_and_says_nothing_may_stay(file_store):
    person_id = make_gulsen(file_store)
    assert personal_data.what_may_remain(file_store) == ""
    result = personal_data.anonymise_person(file_store, person_id)
    assert result.remains == ""
    wal = file_store.path.with_name(file_store.path.name + "-wal")
    stored = file_store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert EMAIL.encode() not in stored
