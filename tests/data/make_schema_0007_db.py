"""Make tests/data/schema_0007.db: the committed schema-0006 database as schema 0007 (the
live screen's lease) writes it.

Run once, with the schema at revision 0007, and commit the file; the migration tests open
it with every later version of the app. Besides the upgrade it records, at workshop 5 of
the Bursa series, the lease of a live screen opened on another organizer's computer (and
never closed), so later migrations are tested against it.
Never regenerate it after the schema has moved on: it must stay a 0007 file.

    python tests/data/make_schema_0007_db.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema_0006.db"
TARGET = HERE / "schema_0007.db"
WORKSHOP_ID = 5
NOW = datetime(2026, 12, 3, 7, 5, tzinfo=UTC)  # 10:05 in Istanbul
HOLDER = "5f2c9a0e6b1d4e3a.4242@LAPTOP-3"
LABEL = "ayşe @ LAPTOP-3"


def main() -> int:
    os.environ["FACILITATOR_HOME"] = tempfile.mkdtemp(prefix="facilitator-make-db-")
    os.environ["TZ"] = "Europe/Istanbul"
    sys.path.insert(0, str(HERE.parents[1]))
    from facilitator.services.live import lease
    from facilitator.store import SCHEMA_HEAD, Store

    assert SCHEMA_HEAD == "0007", "make this file only while 0007 is the newest schema"
    work = Path(tempfile.mkdtemp()) / TARGET.name
    shutil.copyfile(SOURCE, work)
    store = Store.open(work)
    try:
        lease.take(store, WORKSHOP_ID, HOLDER, LABEL, NOW)
    finally:
        store.close()
    from tests.data.fixture_file import write_fixture

    write_fixture(work, TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
