"""Quick notes in a long session: from Enter to the note committed and readable for the feed.

A workshop on disk (the real Store: WAL, ``synchronous=FULL``) that already
holds 2,000 notes, all on the current agenda item (the worst case for
re-reading the feed). For 200 new notes each it times:

* ``add_note`` alone: committed, and returning the row the feed appends;
* ``add_note`` + the latest 100 notes of the current item (``notes_of_item(limit=100)``);
* ``add_note`` + ``notes_of_item`` of the current item: the whole feed read again;
* ``session_state`` with the notes in place (the live screen's other panels).

Targets for Enter → visible: median ≤ 30 ms, 99th percentile ≤ 100 ms — the
interface adds its own share, so the service should stay well below.

    python benchmarks/live_notes.py
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

EXISTING = 2000
SAMPLES = 200
TAIL = 100
TEXTS = [
    "Gönüllü çalışan sayısını artırmak için şirket içi duyurular yapılmalı.",
    "Işık Vakfı uzmanlık desteği verebilir; İŞ BİRLİĞİ protokolü hazırlansın.",
    "Maddi katkı yerine ayni katkı: <gıda & kırtasiye> bağışı önerildi.",
    "Öncü Gıda platformun sekretaryasını üstlenmeye gönüllü.",
    "Çağdaş Yaşam Derneği Bursa'daki okullarla bağlantı kurabilir.",
]


def build(path: Path, start: datetime) -> tuple[int, list[int]]:
    """The workshop: five items (the first running), 20 present attendees, 2,000 notes."""

    from benchmarks.sample_notes import insert_notes
    from facilitator.services import agenda, attendees, directory, live, workshops
    from facilitator.store import Store

    store = Store.open(path)
    try:
        w = workshops.create_workshop(
            store, "5. Çalıştay — Platformun işleyiş modeli", start, start + timedelta(hours=3)
        )
        for n, minutes in enumerate((10, 40, 60, 30, 20), start=1):
            agenda.add_item(store, w.id, f"Gündem maddesi {n}", planned_minutes=minutes)
        org = directory.create_organization(store, "Şehir Gönüllüleri Koordinasyon Merkezi")
        people = []
        for n in range(20):
            person = directory.create_person(store, "Katılımcı", f"Öztürk {n}")
            row = attendees.add_attendee(store, w.id, person.id, organization_id=org.id)
            live.set_present(store, row.id, True, start)
            people.append(person.id)
        state = live.start_session(store, w.id, start)
        insert_notes(
            store,
            w.id,
            EXISTING,
            item=lambda n: state.current_item.id,
            speaker=lambda n: people[n % len(people)] if n % 4 else None,
            text=lambda n: TEXTS[n % len(TEXTS)],
            at=lambda n: start + timedelta(seconds=n),
        )
        return w.id, people
    finally:
        store.close()


def _figures(label: str, timings: list[float]) -> str:
    ms = sorted(t * 1000 for t in timings)
    p99 = statistics.quantiles(ms, n=100, method="inclusive")[98]
    return f"{label}: median {statistics.median(ms):.1f} ms, p99 {p99:.1f} ms, max {ms[-1]:.1f} ms"


def main() -> None:
    from sqlalchemy import text

    from facilitator.services import live
    from facilitator.store import Store

    start = datetime(2026, 3, 14, 7, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_HOME"] = tmp
        path = Path(tmp) / "canlı oturum.db"
        workshop_id, people = build(path, start)
        store = Store.open(path)
        try:
            with store.connection() as conn:
                synchronous = conn.execute(text("PRAGMA synchronous")).scalar()
                journal = conn.execute(text("PRAGMA journal_mode")).scalar()
            assert synchronous == 2, "the benchmark must run with synchronous=FULL"
            clock = start + timedelta(seconds=EXISTING)
            item_id = live.session_state(store, workshop_id, clock).current_item.id

            add_only, add_and_tail, add_and_feed, feed_sizes = [], [], [], []
            for n in range(3 * SAMPLES):
                clock += timedelta(seconds=20)
                speaker = people[n % len(people)] if n % 4 else None
                t = time.perf_counter()
                row = live.add_note(
                    store, workshop_id, TEXTS[n % len(TEXTS)], speaker_id=speaker, now=clock
                )
                if n % 3 == 0:
                    add_only.append(time.perf_counter() - t)
                elif n % 3 == 1:
                    tail = live.notes_of_item(store, workshop_id, item_id, limit=TAIL)
                    add_and_tail.append(time.perf_counter() - t)
                    assert tail[-1].id == row.id and len(tail) == TAIL
                else:
                    feed = live.notes_of_item(store, workshop_id, item_id)
                    add_and_feed.append(time.perf_counter() - t)
                    assert feed[-1].id == row.id
                    feed_sizes.append(len(feed))

            states = []
            for _ in range(50):
                t = time.perf_counter()
                live.session_state(store, workshop_id, clock)
                states.append(time.perf_counter() - t)
        finally:
            store.close()

    print(
        f"live notes: {EXISTING:,} notes already on the current item, database on disk "
        f"(journal_mode={journal}, synchronous=FULL)"
    )
    print(_figures(f"add_note, committed, row for the feed ({SAMPLES} notes)", add_only))
    print(_figures(f"add_note + notes_of_item(limit={TAIL}), the feed's tail", add_and_tail))
    print(
        _figures(
            f"add_note + notes_of_item, whole feed of {feed_sizes[0]:,}–{feed_sizes[-1]:,} notes "
            f"({SAMPLES} notes)",
            add_and_feed,
        )
    )
    print(_figures("session_state (50 reads)", states))
    print("targets (Enter → visible, UI included): median ≤ 30 ms, p99 ≤ 100 ms")


if __name__ == "__main__":
    main()
