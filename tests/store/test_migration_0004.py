"""Schema 0004: more sectors (cooperative, chamber or professional body, media) and the
words of "other". A database of 0003 keeps every organization's sector and takes the new
ones; the CHECK constraint still refuses a sector nobody knows."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from facilitator.models.enums import Sector
from facilitator.services import directory
from facilitator.store import Store, migrate

DATA = Path(__file__).resolve().parents[1] / "data"


def _sectors(path: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(organization)")]
        other = "sector_other" if "sector_other" in columns else "''"
        rows = conn.execute(f"SELECT name, sector, {other} FROM organization").fetchall()
        return {name: (sector, words) for name, sector, words in rows}
    finally:
        conn.close()


@pytest.fixture
def old(tmp_path) -> Path:
    copy = tmp_path / "schema_0003.db"
    shutil.copyfile(DATA / "schema_0003.db", copy)
    return copy


def test_every_organization_keeps_its_sector_and_says_nothing_more_for_other(old):
    before = _sectors(old)
    Store.open(old).close()
    after = _sectors(old)
    assert after == {name: (sector, "") for name, (sector, _) in before.items()}
    assert {sector for sector, _ in after.values()} >= {"company", "ngo", "foundation"}


def test_an_upgraded_database_takes_the_new_sectors_and_the_words_of_other(old):
    store = Store.open(old)
    try:
        coop = directory.create_organization(
            store, "Yenişehir Süt Üreticileri Kooperatifi", sector=Sector.COOPERATIVE
        )
        chamber = directory.create_organization(
            store, "Bursa Serbest Muhasebeci Mali Müşavirler Odası", sector=Sector.CHAMBER
        )
        media = directory.create_organization(store, "Kent FM", sector=Sector.MEDIA)
        other = directory.create_organization(
            store, "İnegöl Esnaf Dayanışması", sector=Sector.OTHER, sector_other="Esnaf birliği"
        )
        read = {o.id: o for o in directory.list_organizations(store)}
    finally:
        store.close()
    assert read[coop.id].sector is Sector.COOPERATIVE
    assert read[chamber.id].sector is Sector.CHAMBER
    assert read[media.id].sector is Sector.MEDIA
    assert (read[other.id].sector, read[other.id].sector_other) == (Sector.OTHER, "Esnaf birliği")


def test_the_database_still_refuses_a_sector_nobody_knows(old):
    Store.open(old).close()
    conn = sqlite3.connect(old)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(
                "INSERT INTO organization (name, short_name, sector, sector_other, city, website,"
                " search_text, uuid, created_at, updated_at) VALUES ('Tarım Kredi', '', 'tarim',"
                " '', '', '', '', 'b1f0c2d4-0000-4000-8000-000000000001', '2026-12-03',"
                " '2026-12-03')"
            )
    finally:
        conn.close()


def test_the_committed_0004_database_holds_an_organization_of_every_new_sector():
    sectors = _sectors(DATA / "schema_0004.db")
    assert sectors["Uludağ Kadın Emeği Kooperatifi"] == ("cooperative", "")
    assert sectors["Bursa Ticaret ve Sanayi Odası"] == ("chamber", "")
    assert sectors["Olay Gazetesi"] == ("media", "")
    assert sectors["Mahalle Muhtarları Birliği"] == ("other", "Muhtarlar birliği")


def test_going_back_to_0003_keeps_every_organization_under_a_sector_0003_knew(tmp_path):
    copy = tmp_path / "schema_0004.db"
    shutil.copyfile(DATA / "schema_0004.db", copy)
    engine = create_engine(f"sqlite:///{copy}")
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0003")
    finally:
        engine.dispose()
    sectors = _sectors(copy)
    assert len(sectors) == len(_sectors(DATA / "schema_0004.db"))
    assert sectors["Uludağ Kadın Emeği Kooperatifi"] == ("other", "")
    assert sectors["Yeşilova Grup"] == ("company", "")
