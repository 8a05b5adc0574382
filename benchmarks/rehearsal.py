"""Starting a rehearsal of the large workshop: the copy made, the live screen open on it and
the session started there, as Ctrl+Shift+R then Ctrl+Shift+B do.

The workshop has the size of the one in ``benchmarks/documents.py``: 150 attendees from
40 organizations, 25 agenda items, 1,500 notes already taken (before the session), 40
proposals with a round each (a position per attendee) and 120 commitments. Target: the
rehearsal started in at most 1.5 s (median of five; each run after the copy of the run
before was closed and deleted). The database is a file, so the copy is a snapshot made
with SQLite's backup API (a database server would go through the workshop's bundle).

    python benchmarks/rehearsal.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import facilitator  # noqa: F401 - first, as in the app: it sets how PySide6 makes Qt's enums

PARTICIPANTS = 150
ORGANIZATIONS = 40
ITEMS = 25
NOTES = 1_500
PROPOSALS = 40
COMMITMENTS = 120
RUNS = 5


def build(path: Path) -> int:
    from benchmarks.sample_notes import insert_notes
    from facilitator.models import (
        Commitment,
        Position,
        Proposal,
        ProposalVersion,
        Round,
    )
    from facilitator.services import agenda, attendees, directory, workshops
    from facilitator.store import Store

    start = datetime(2027, 3, 14, 7, 0, tzinfo=UTC)
    store = Store.open(path)
    try:
        w = workshops.create_workshop(
            store,
            "Büyük çalıştay: işleyiş modeli ve yol haritası",
            start,
            start + timedelta(hours=8),
        )
        items = [
            agenda.add_item(store, w.id, f"Gündem maddesi {n + 1}", planned_minutes=19).id
            for n in range(ITEMS)
        ]
        orgs = [
            directory.create_organization(store, f"Kurum {n} Çağdaş Yaşam Derneği").id
            for n in range(ORGANIZATIONS)
        ]
        people = []
        for n in range(PARTICIPANTS):
            org = orgs[n % ORGANIZATIONS]
            person = directory.create_person(store, "Gülşen", f"Öztürk {n}", organization_id=org)
            attendees.add_attendee(store, w.id, person.id, organization_id=org)
            people.append(person.id)
        insert_notes(
            store,
            w.id,
            NOTES,
            item=lambda n: items[n % ITEMS],
            speaker=lambda n: people[n % PARTICIPANTS] if n % 3 else None,
            text=lambda n: f"Not {n}: gönüllülük, şeffaflık ve <ortak> çalışma üzerine.",
            at=lambda n: start - timedelta(days=7, seconds=-5 * n),  # a week before
        )
        with store.transaction() as s:
            for p in range(PROPOSALS):
                proposal = Proposal(workshop_id=w.id, title=f"Karar önerisi {p + 1}")
                s.add(proposal)
                s.flush()
                version = ProposalVersion(proposal_id=proposal.id, number=1, text="Ortak takvim")
                s.add(version)
                s.flush()
                rnd = Round(
                    proposal_id=proposal.id,
                    version_id=version.id,
                    number=1,
                    method=proposal.method,
                    voice=proposal.voice,
                )
                s.add(rnd)
                s.flush()
                s.add_all(
                    Position(round_id=rnd.id, person_id=pid, value=str(1 + pid % 8))
                    for pid in people
                )
            s.add_all(
                Commitment(
                    title=f"Taahhüt {n}: gönüllü eğitimi",
                    organization_id=orgs[n % ORGANIZATIONS],
                    person_id=people[n % PARTICIPANTS],
                    workshop_id=w.id,
                )
                for n in range(COMMITMENTS)
            )
        return w.id
    finally:
        store.close()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from facilitator.services import live
    from facilitator.services.live import rehearsal
    from facilitator.store import Store
    from facilitator.ui.kit.changes import ChangeBus
    from facilitator.ui.live.live_window import LiveWindow

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_HOME"] = tmp
        folder = Path(tmp)
        workshop_id = build(folder / "kaynak.db")
        app = QApplication.instance() or QApplication([])
        store = Store.open(folder / "kaynak.db")
        copies, screens, starts = [], [], []
        try:
            for _ in range(RUNS):
                t = time.perf_counter()
                copy = rehearsal.open_rehearsal(store, workshop_id, folder / "rehearsals")
                copied = time.perf_counter()
                window = LiveWindow(copy.store, ChangeBus(), rehearsal=True)
                window.open_workshop(copy.workshop_id)
                window.resize(1366, 768)
                window.show()
                app.processEvents()
                shown = time.perf_counter()
                window.start_session()
                app.processEvents()
                started = time.perf_counter()
                assert window.state.in_session and not copy.resumed
                copies.append(copied - t)
                screens.append(shown - copied)
                starts.append(started - t)
                window.close()
                rehearsal.close_rehearsal(copy)
            assert (
                live.session_state(store, workshop_id, live.system_clock()).session_started_at
                is None
            )
        finally:
            store.close()

    def ms(values) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    print(
        f"rehearsal of {PARTICIPANTS} attendees, {ITEMS} items, {NOTES} notes, {PROPOSALS} "
        f"proposals, {COMMITMENTS} commitments (median of {RUNS}):"
    )
    print(f"  copy of the database made: {ms(copies)}")
    print(f"  live screen shown on it:   {ms(screens)}")
    print(f"  started (total):           {ms(starts)} (target <= 1500 ms)")


if __name__ == "__main__":
    main()
