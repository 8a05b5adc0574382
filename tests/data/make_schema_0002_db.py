"""Make tests/data/schema_0002.db: the committed schema-0001 database as schema 0002
(a time zone per workshop) writes it, with one workshop held elsewhere.

Run once, with the schema at revision 0002, and commit the file; the migration tests open
it with every later version of the app. The upgrade runs as on a computer in Istanbul;
the Brussels study visit then gets its own zone. Never regenerate it after the schema
has moved on: it must stay a 0002 file.

    python tests/data/make_schema_0002_db.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema_0001.db"
TARGET = HERE / "schema_0002.db"


def main() -> int:
    os.environ["FACILITATOR_HOME"] = tempfile.mkdtemp(prefix="facilitator-make-db-")
    os.environ["TZ"] = "Europe/Istanbul"  # the computer that runs the migration
    sys.path.insert(0, str(HERE.parents[1]))
    from facilitator.services import workshops
    from facilitator.store import SCHEMA_HEAD, Store

    assert SCHEMA_HEAD == "0002", "make this file only while 0002 is the newest schema"
    work = Path(tempfile.mkdtemp()) / TARGET.name
    shutil.copyfile(SOURCE, work)
    store = Store.open(work)
    try:
        first = workshops.list_workshops(store)[0]
        visit = workshops.duplicate_workshop(
            store, first.id, title="Brüksel çalışma ziyareti: AB fonları ve gönüllülük"
        )
        workshops.update_workshop(store, visit.id, time_zone="Europe/Brussels")
    finally:
        store.close()
    from tests.data.fixture_file import write_fixture

    write_fixture(work, TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
