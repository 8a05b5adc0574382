"""Make tests/data/schema_0006.db: the committed schema-0005 database as schema 0006 (the
room on their phones) writes it.

Run once, with the schema at revision 0006, and commit the file; the migration tests open
it with every later version of the app. Besides the upgrade it records, at workshop 5 of
the Bursa series, the room (its code, the idea box open), the attendees' badges, an idea
sent from a phone and one sent with the room code, one approved onto the board, and an
anonymous round of cards with two ballots, so later migrations are tested against them.
Never regenerate it after the schema has moved on: it must stay a 0006 file.

    python tests/data/make_schema_0006_db.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema_0005.db"
TARGET = HERE / "schema_0006.db"
WORKSHOP_ID = 5
NOW = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


def main() -> int:
    os.environ["FACILITATOR_HOME"] = tempfile.mkdtemp(prefix="facilitator-make-db-")
    os.environ["TZ"] = "Europe/Istanbul"
    sys.path.insert(0, str(HERE.parents[1]))
    from facilitator.services import proposals
    from facilitator.services import room as room_service
    from facilitator.store import SCHEMA_HEAD, Store

    assert SCHEMA_HEAD == "0006", "make this file only while 0006 is the newest schema"
    work = Path(tempfile.mkdtemp()) / TARGET.name
    shutil.copyfile(SOURCE, work)
    store = Store.open(work)
    try:
        badges = room_service.issue_badges(store, WORKSHOP_ID)
        holders = [room_service.identify(store, WORKSHOP_ID, b.token) for b in badges[:2]]
        room_service.open_idea_box(store, WORKSHOP_ID, True)
        sent = room_service.send_idea(
            store,
            WORKSHOP_ID,
            "Gönüllü haritası <il geneli>",
            now=NOW,
            token_id=holders[0].token_id,
        )
        room_service.send_idea(store, WORKSHOP_ID, "Ortak takvim & ajanda", now=NOW)
        room_service.approve(store, sent.id, now=NOW)
        proposal = proposals.create_proposal(
            store,
            WORKSHOP_ID,
            "Kart turu",
            "Ortak takvim kurulsun",
            method="counts",
            voice="counts",
        )
        round_id = proposals.open_round(store, proposal.id, now=NOW).id
        for holder, value in zip(holders, ("green", "yellow"), strict=True):
            room_service.cast(store, holder, round_id, value, now=NOW)
    finally:
        store.close()
    from tests.data.fixture_file import write_fixture

    write_fixture(work, TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
