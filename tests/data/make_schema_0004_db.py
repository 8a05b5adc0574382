"""Make tests/data/schema_0004.db: the committed schema-0003 database as schema 0004
(more sectors, the words of "other") writes it.

Run once, with the schema at revision 0004, and commit the file; the migration tests open
it with every later version of the app. Besides the upgrade it records organizations of
the new sectors (a cooperative, a chamber, a newspaper) and one of "other" with its own
words, each with someone working there, so later migrations are tested against them.
Never regenerate it after the schema has moved on: it must stay a 0004 file.

    python tests/data/make_schema_0004_db.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema_0003.db"
TARGET = HERE / "schema_0004.db"

# (name, short name, sector, words for "other", city, the person working there)
ORGANIZATIONS = (
    ("Uludağ Kadın Emeği Kooperatifi", "UKEK", "cooperative", "", "Bursa", ("Şükran", "Öztürk")),
    ("Bursa Ticaret ve Sanayi Odası", "BTSO", "chamber", "", "Bursa", ("İlhan", "Çağlar")),
    ("Olay Gazetesi", "", "media", "", "Bursa", ("Gülşen", "Irmak")),
    ("Mahalle Muhtarları Birliği", "", "other", "Muhtarlar birliği", "Bursa", ("Ümit", "Işıl")),
)


def main() -> int:
    os.environ["FACILITATOR_HOME"] = tempfile.mkdtemp(prefix="facilitator-make-db-")
    os.environ["TZ"] = "Europe/Istanbul"
    sys.path.insert(0, str(HERE.parents[1]))
    from facilitator.services import directory
    from facilitator.store import SCHEMA_HEAD, Store

    assert SCHEMA_HEAD == "0004", "make this file only while 0004 is the newest schema"
    work = Path(tempfile.mkdtemp()) / TARGET.name
    shutil.copyfile(SOURCE, work)
    store = Store.open(work)
    try:
        for name, short, sector, other, city, (given, family) in ORGANIZATIONS:
            org = directory.create_organization(
                store, name, short_name=short, sector=sector, sector_other=other, city=city
            )
            directory.create_person(store, given, family, organization_id=org.id)
    finally:
        store.close()
    from tests.data.fixture_file import write_fixture

    write_fixture(work, TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
