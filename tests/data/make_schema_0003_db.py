"""Make tests/data/schema_0003.db: the committed schema-0002 database as schema 0003
(minutes versions, reviews of commitments, a correction deadline) writes it.

Run once, with the schema at revision 0003, and commit the file; the migration tests open
it with every later version of the app. Besides the upgrade it records, on the Bursa
workshop, a correction deadline, a minutes draft (v1) and the review of a commitment, so
later migrations are tested against rows in the new tables (the final must print the same
text with every later version of the app). Never regenerate it after
the schema has moved on: it must stay a 0003 file.

    python tests/data/make_schema_0003_db.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema_0002.db"
TARGET = HERE / "schema_0003.db"


def main() -> int:
    os.environ["FACILITATOR_HOME"] = tempfile.mkdtemp(prefix="facilitator-make-db-")
    os.environ["TZ"] = "Europe/Istanbul"
    sys.path.insert(0, str(HERE.parents[1]))
    from sqlalchemy import select, update

    from facilitator.models import Commitment, CommitmentReview, MinutesVersion, Workshop
    from facilitator.models.enums import CommitmentStatus
    from facilitator.services import minutes_record
    from facilitator.store import SCHEMA_HEAD, Store

    assert SCHEMA_HEAD == "0003", "make this file only while 0003 is the newest schema"
    work = Path(tempfile.mkdtemp()) / TARGET.name
    shutil.copyfile(SOURCE, work)
    store = Store.open(work)
    try:
        with store.transaction() as s:
            bursa = s.scalars(select(Workshop).where(Workshop.title.like("Bursa%"))).one()
            bursa.correction_deadline = date(2026, 3, 28)
            bursa_id = bursa.id
            commitment = s.scalars(select(Commitment).order_by(Commitment.id)).first()
            s.add(
                CommitmentReview(
                    commitment_id=commitment.id,
                    workshop_id=bursa_id,
                    status_before=CommitmentStatus.COMMITTED,
                    status_after=CommitmentStatus.IN_PROGRESS,
                    reviewed_by_id=commitment.person_id,
                    reviewed_at=datetime(2026, 3, 14, 8, 30, tzinfo=UTC),
                    remark="Çalışma sürüyor; Nisan sonunda tamamlanacak.",
                )
            )
        # The draft sent on 16 March, then the final of 30 March, as the app records them.
        minutes_record.record_draft(store, bursa_id)
        with store.transaction() as s:
            s.execute(
                update(MinutesVersion).values(created_at=datetime(2026, 3, 16, 9, 0, tzinfo=UTC))
            )
        minutes_record.finalize(store, bursa_id, at=datetime(2026, 3, 30, 9, 0, tzinfo=UTC))
    finally:
        store.close()
    from tests.data.fixture_file import write_fixture

    write_fixture(work, TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
