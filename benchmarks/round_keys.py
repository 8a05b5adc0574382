"""Consensus rounds: from a position key in the round grid until it is stored and shown.

A workshop on disk with 60 people checked in; the live screen's proposal panel
(Ctrl+D) records a gradients round for all 60, one key each, five rounds in
all. Prints the median and the 99th percentile per key (target: under 50 ms),
then the time to read a series' decision register holding 1,000 decisions.

    python benchmarks/round_keys.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import facilitator  # noqa: F401 - first, as in the app: it sets how PySide6 makes Qt's enums


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.models import Attendance, Outcome
    from facilitator.services import agenda, attendees, directory, listing, live, proposals
    from facilitator.services.demo import load_demo
    from facilitator.store import Store
    from facilitator.ui.kit.changes import ChangeBus
    from facilitator.ui.live.live_window import LiveWindow

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_HOME"] = tmp
        store = Store.open(Path(tmp) / "rounds.db")
        load_demo(store)
        sixth = next(i for i in listing.list_workshops(store) if i.number == 6)
        agenda.add_item(store, sixth.id, title="Kararlar", planned_minutes=600)
        org = directory.create_organization(store, "Ölçüm Derneği")
        for n in range(60):
            person = directory.create_person(store, f"Katılımcı {n}", "Işıkçı")
            attendees.add_attendee(
                store, sixth.id, person.id, organization_id=org.id, attendance=Attendance.PRESENT
            )
        live.start_session(store, sixth.id, live.system_clock())
        app = QApplication.instance() or QApplication([])
        window = LiveWindow(store, ChangeBus())
        window.open_workshop(sixth.id)
        window.resize(1500, 860)
        window.show()
        app.processEvents()
        timings = []
        for round_number in range(5):
            live.add_note(store, sixth.id, f"Öneri {round_number}: ğüşıöç", now=live.system_clock())
            window.proposal.start_from_last_note(sixth.id)
            window.proposal.open_round()
            view = window.proposal.grid.view
            for n in range(window.proposal.grid.model.rowCount()):
                start = time.perf_counter()
                QTest.keyClick(view, "12345671"[n % 8])
                app.processEvents()
                timings.append((time.perf_counter() - start) * 1000)
            QTest.keyClick(view, Qt.Key_Return)
            window.proposal.confirm()
        timings.sort()
        print(f"position keys: {len(timings)}")
        print(f"median {statistics.median(timings):.1f} ms")
        print(f"p99    {timings[int(len(timings) * 0.99) - 1]:.1f} ms")

        series_id = listing.list_workshops(store)[0].series_id
        now = live.system_clock()
        for n in range(1000):
            p = proposals.create_proposal(store, sixth.id, f"Karar {n} İşbirliği", "Metin ğüş")
            proposals.set_outcome(store, p.id, Outcome.AGREED, now=now, reason="ölçüm")
        start = time.perf_counter()
        rows = proposals.register(store, series_id, today=date.today())
        print(f"register of {len(rows)} decisions: {(time.perf_counter() - start) * 1000:.0f} ms")
        start = time.perf_counter()
        rows = proposals.register(store, series_id, "isbirligi", today=date.today())
        print(f"search in it ({len(rows)} found): {(time.perf_counter() - start) * 1000:.0f} ms")
        window.close()
        store.close()


if __name__ == "__main__":
    main()
    # The figures are printed; skip interpreter teardown, where PySide6 can trip over
    # widgets collected after their QApplication.
    sys.stdout.flush()
    os._exit(0)
