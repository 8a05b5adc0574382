"""Migrations on a PostgreSQL server: every revision upgrades to the newest with rows in
it, the result is exactly the models' schema, and two clients opening an old database at
the same moment upgrade it once."""

from __future__ import annotations

import threading

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from facilitator.models import Base
from facilitator.services import directory, listing
from facilitator.store import Store
from facilitator.store.migrate import alembic_config
from facilitator.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD


def _at_revision(url: str, revision: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            extra = ", sector_other" if revision >= "0004" else ""  # 0004 added it
            conn.execute(
                text(
                    "INSERT INTO organization (uuid, created_at, updated_at, name, "
                    f"short_name, sector, city, website, search_text{extra}) VALUES "
                    "('00000000-0000-4000-8000-000000000001', now(), now(), "
                    "'Çağdaş Yaşam Gönüllüleri Derneği', 'ÇYGD', 'ngo', 'Bursa', "
                    "'https://ornek.org.tr/?a=1&b=<2>', 'cagdas yasam'"
                    + (", ''" if extra else "")
                    + ")"
                )
            )
    finally:
        engine.dispose()


def _new_database(cluster) -> str:
    return cluster.url(cluster.empty_database())


def test_every_revision_upgrades_to_the_newest_with_its_rows(postgres_cluster):
    for revision in KNOWN_REVISIONS[:-1]:
        url = _new_database(postgres_cluster)
        _at_revision(url, revision)
        store = Store.open(url, create=False)  # upgrades
        try:
            assert store.schema_revision() == SCHEMA_HEAD
            (org,) = directory.list_organizations(store)
            assert org.name == "Çağdaş Yaşam Gönüllüleri Derneği"
            assert org.website == "https://ornek.org.tr/?a=1&b=<2>"
            # The newest schema takes new rows everywhere (sector of 0004 included).
            directory.create_organization(store, "Kent Medya", sector="media")
            with store.engine.connect() as conn:
                differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            assert differences == [], f"from {revision}: {differences}"
        finally:
            store.close()


def test_two_clients_opening_an_old_database_at_once_upgrade_it_once(postgres_cluster):
    url = _new_database(postgres_cluster)
    _at_revision(url, KNOWN_REVISIONS[0])
    barrier = threading.Barrier(2)
    opened: list = []
    failures: list[BaseException] = []

    def open_it() -> None:
        barrier.wait(timeout=30)
        try:
            opened.append(Store.open(url, create=False))
        except BaseException as exc:  # reported below
            failures.append(exc)

    clients = [threading.Thread(target=open_it) for _ in range(2)]
    for t in clients:
        t.start()
    for t in clients:
        t.join(timeout=120)
    try:
        assert failures == []
        assert [s.schema_revision() for s in opened] == [SCHEMA_HEAD, SCHEMA_HEAD]
        with opened[0].engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
        assert listing.list_workshops(opened[1]) == []
    finally:
        for store in opened:
            store.close()
