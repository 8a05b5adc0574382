"""Automatic backup of a full database: how long it takes, and whether the window stalls meanwhile.

A database on disk with 50 workshops and 20,000 notes (400 per workshop). It
times :func:`facilitator.store.backups.backup_and_rotate` directly (target: at
most 1 s), then runs the same backup through the app's BackupScheduler (on a
worker thread) while a 5 ms QTimer measures the longest gap the GUI thread saw
(target: no stall over 100 ms).

    python benchmarks/backup.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import facilitator  # noqa: F401 - first, as in the app: it sets how PySide6 makes Qt's enums

WORKSHOPS = 50
NOTES = 20_000
TEXTS = [
    "Gönüllü çalışan sayısını artırmak için şirket içi duyurular yapılmalı.",
    "Işık Vakfı uzmanlık desteği verebilir; İŞ BİRLİĞİ protokolü hazırlansın.",
    "Maddi katkı yerine ayni katkı: <gıda & kırtasiye> bağışı önerildi.",
    "Öncü Gıda platformun sekretaryasını üstlenmeye gönüllü.",
]


def build(path: Path) -> None:
    from sqlalchemy import insert

    from facilitator.models import Note, NoteKind
    from facilitator.services import directory, workshops
    from facilitator.store import Store

    start = datetime(2026, 1, 10, 7, 0, tzinfo=UTC)
    store = Store.open(path)
    try:
        people = [directory.create_person(store, "Katılımcı", f"Öztürk {n}").id for n in range(40)]
        ids = [
            workshops.create_workshop(
                store,
                f"{n + 1}. Çalıştay",
                start + timedelta(weeks=n),
                start + timedelta(weeks=n, hours=3),
            ).id
            for n in range(WORKSHOPS)
        ]
        kinds = list(NoteKind)
        with store.transaction() as s:
            s.execute(
                insert(Note),
                [
                    {
                        "uuid": f"00000000-0000-4000-8000-{n:012d}",
                        "workshop_id": ids[n % WORKSHOPS],
                        "kind": kinds[n % len(kinds)],
                        "text": TEXTS[n % len(TEXTS)] * 2,
                        "speaker_id": people[n % len(people)] if n % 3 else None,
                        "noted_at": start + timedelta(seconds=n),
                    }
                    for n in range(NOTES)
                ],
            )
    finally:
        store.close()


def main() -> None:
    from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.store import backups
    from facilitator.ui.database.backup_scheduler import BackupScheduler

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_HOME"] = tmp
        path = Path(tmp) / "büyük veritabanı.db"
        build(path)
        size_mb = path.stat().st_size / 1e6

        timings = []
        for _ in range(5):
            t = time.perf_counter()
            backups.backup_and_rotate(path, "manual")
            timings.append(time.perf_counter() - t)
        print(
            f"backup + verify + rotate of {size_mb:.1f} MB ({WORKSHOPS} workshops, "
            f"{NOTES} notes): best {min(timings) * 1000:.0f} ms, "
            f"worst {max(timings) * 1000:.0f} ms (target <= 1000 ms)"
        )

        app = QApplication.instance() or QApplication([])
        pool = QThreadPool()
        scheduler = BackupScheduler(path, pool=pool)
        gaps = []
        elapsed = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(5)

        def tick():
            gaps.append(elapsed.restart())

        ticker.timeout.connect(tick)
        finished = []
        scheduler.backed_up.connect(lambda made: (finished.append(made), app.quit()))
        scheduler.failed.connect(lambda message: (print(message), app.quit()))
        elapsed.start()
        ticker.start()
        # the newest backup is fresh, so make start() back up anyway
        for made in backups.list_backups(path):
            made.path.unlink()
        QTimer.singleShot(50, scheduler.start)
        app.exec()
        ticker.stop()
        pool.waitForDone()
        print(
            f"GUI thread during a scheduled backup: longest gap {max(gaps)} ms over "
            f"{len(gaps)} ticks of 5 ms (target <= 100 ms); backup made: {bool(finished)}"
        )


if __name__ == "__main__":
    main()
