"""Make tests/data/schema_0001.db: a database of the first schema (0001) with data in it.

Run once, with the schema at revision 0001, and commit the file; the migration
tests open it with every later version of the app and check nothing is lost.
Never regenerate it after the schema has moved on: it must stay a 0001 file.

    python tests/data/make_schema_0001_db.py
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
TARGET = HERE / "schema_0001.db"
ISTANBUL = ZoneInfo("Europe/Istanbul")


def main() -> int:
    os.environ["FACILITATOR_HOME"] = tempfile.mkdtemp(prefix="facilitator-make-db-")
    sys.path.insert(0, str(HERE.parents[1]))
    from facilitator.models import (
        AgendaItem,
        AgendaKind,
        AgendaTemplate,
        AgendaTemplateItem,
        Attendance,
        Commitment,
        CommitmentStatus,
        ContributionType,
        DecisionMethod,
        Invitation,
        Note,
        NoteKind,
        Organization,
        Outcome,
        Participation,
        Person,
        Proposal,
        ProposalVersion,
        QuantityUnit,
        Role,
        Round,
        RoundCount,
        Sector,
        Voice,
        Workshop,
        WorkshopStatus,
    )
    from facilitator.services.demo import load_demo
    from facilitator.store import SCHEMA_HEAD, Store

    if SCHEMA_HEAD != "0001":
        print(f"the schema is at {SCHEMA_HEAD}, not 0001: keep the committed file", file=sys.stderr)
        return 1
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{TARGET}{suffix}").unlink(missing_ok=True)

    store = Store.open(TARGET)
    load_demo(store)
    with store.transaction() as s:
        org = Organization(
            uuid="0b7f3c1e-5a0d-4d8e-9a51-6c2f0e4b7a10",
            name="Ilıca Şifa Gönüllüleri Derneği",
            short_name="IŞGD",
            sector=Sector.NGO,
            city="Çanakkale",
            website="https://ılıca.example.org",
        )
        s.add(org)
        s.flush()
        person = Person(
            uuid="1c8e4d2f-6b1e-4e9f-8b62-7d3f1f5c8b21",
            honorific="Doç. Dr.",
            given_name="Çağrı",
            family_name="Ilgın-Öğütçü",
            position="Gönüllü Koordinatörü",
            organization_id=org.id,
            email="cagri.ilgin@example.org",
            phone="+90 286 555 01 02",
            contact_consent=True,
        )
        s.add(person)
        s.flush()
        workshop = Workshop(
            uuid="2d9f5e30-7c2f-4fa0-9c73-8e40206d9c32",
            title="İğne ile kuyu kazmak: küçük STK'lar için şeffaflık",
            guiding_question="Küçük derneklerle şirketler nasıl eşit ortak olur?",
            planned_start=datetime(2025, 10, 26, 9, 30, tzinfo=ISTANBUL),
            planned_end=datetime(2025, 10, 26, 12, 15, tzinfo=ISTANBUL),
            venue_name="Ilıca Kültür Evi",
            venue_address="Çarşı Cad. No: 7, Çanakkale",
            host_id=org.id,
            moderator_id=person.id,
            status=WorkshopStatus.HELD,
            session_started_at=datetime(2025, 10, 26, 9, 34, 12, tzinfo=ISTANBUL),
            session_ended_at=datetime(2025, 10, 26, 12, 21, 5, tzinfo=ISTANBUL),
        )
        s.add(workshop)
        s.flush()
        item = AgendaItem(
            uuid="3ea06f41-8d30-40b1-8d84-9f51317ead43",
            workshop_id=workshop.id,
            position=1,
            title="Şeffaflık üzerine söyleşi — “güven” & <etiket>",
            kind=AgendaKind.DISCUSSION,
            planned_minutes=45,
            presenter_id=person.id,
            actual_start=datetime(2025, 10, 26, 9, 40, tzinfo=ISTANBUL),
            actual_end=datetime(2025, 10, 26, 10, 31, tzinfo=ISTANBUL),
        )
        s.add(item)
        s.add(
            Participation(
                uuid="4fb17052-9e41-41c2-9e95-a062428fbe54",
                workshop_id=workshop.id,
                person_id=person.id,
                organization_id=org.id,
                role=Role.MODERATOR,
                invitation=Invitation.CONFIRMED,
                attendance=Attendance.PRESENT,
                arrived_at=datetime(2025, 10, 26, 9, 12, tzinfo=ISTANBUL),
            )
        )
        s.flush()
        note = Note(
            uuid="50c28163-af52-42d3-afa6-b1735390cf65",
            workshop_id=workshop.id,
            agenda_item_id=item.id,
            kind=NoteKind.QUOTE,
            text="“Işığı paylaşınca azalmaz; İŞBİRLİĞİ de öyle.” — ğüşıöç ĞÜŞİÖÇ",
            speaker_id=person.id,
            noted_at=datetime(2025, 10, 26, 9, 58, 30, tzinfo=ISTANBUL),
        )
        s.add(note)
        s.flush()
        proposal = Proposal(
            uuid="61d39274-b063-43e4-b0b7-c28464a1d076",
            workshop_id=workshop.id,
            agenda_item_id=item.id,
            source_note_id=note.id,
            title="Kartlarla oylama: şeffaflık ilkesi",
            method=DecisionMethod.COUNTS,
            voice=Voice.COUNTS,
            outcome=Outcome.DEFERRED,
        )
        s.add(proposal)
        s.flush()
        version = ProposalVersion(
            uuid="72e4a385-c174-44f5-81c8-d39575b2e187",
            proposal_id=proposal.id,
            number=1,
            text="Her kurum yıllık katkısını açıklasın.",
        )
        s.add(version)
        s.flush()
        rnd = Round(
            uuid="83f5b496-d285-4506-92d9-e4a686c3f298",
            proposal_id=proposal.id,
            version_id=version.id,
            number=1,
            method=DecisionMethod.COUNTS,
            voice=Voice.COUNTS,
            opened_at=datetime(2025, 10, 26, 10, 20, tzinfo=ISTANBUL),
            closed_at=datetime(2025, 10, 26, 10, 24, tzinfo=ISTANBUL),
        )
        s.add(rnd)
        s.flush()
        for n, (value, count) in enumerate([("yeşil", 9), ("sarı", 4), ("kırmızı", 2)]):
            s.add(
                RoundCount(
                    uuid=f"94a6c5a7-e396-4617-a3ea-f5b797d4a3{n:02d}",
                    round_id=rnd.id,
                    value=value,
                    count=count,
                )
            )
        s.add(
            Commitment(
                uuid="a5b7d6b8-f4a7-4728-b4fb-06c8a8e5b4aa",
                workshop_id=workshop.id,
                title="Yıllık faaliyet raporunu Türkçe ve İngilizce yayımlamak",
                organization_id=org.id,
                person_id=person.id,
                contribution_type=ContributionType.COMMUNICATION,
                quantity=Decimal("12.50"),
                unit=QuantityUnit.VOLUNTEER_HOURS,
                status=CommitmentStatus.COMMITTED,
                reviewed_at=datetime(2025, 11, 1, 14, 0, tzinfo=ISTANBUL),
            )
        )
        template = AgendaTemplate(
            uuid="b6c8e7c9-05b8-4839-85ac-17d9b9f6c5bb", name="Yarım günlük çalıştay"
        )
        s.add(template)
        s.flush()
        for position, (title, kind, minutes) in enumerate(
            [
                ("Açılış ve tanışma", AgendaKind.OPENING, 15),
                ("Ortak akıl oturumu", AgendaKind.GROUP_WORK, 60),
                ("Kapanış", AgendaKind.CLOSING, 10),
            ],
            start=1,
        ):
            s.add(
                AgendaTemplateItem(
                    uuid=f"c7d9f8da-16c9-494a-96bd-28eaca07d6{position:02d}",
                    template_id=template.id,
                    position=position,
                    title=title,
                    kind=kind,
                    planned_minutes=minutes,
                )
            )
    store.close()

    # One self-contained file: everything checkpointed into it, no -wal needed.
    conn = sqlite3.connect(TARGET)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
