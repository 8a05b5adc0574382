"""The Notes tab of a workshop with 2,000 notes: opening it and filtering as the user types.

A workshop on disk (the real Store) with ten agenda items, 40 attendees from
eight organizations and 2,000 notes of Turkish text spread over the items.
It times, with the window painted each time (offscreen):

* opening the tab: building it, reading the notes, showing the rows;
* each keystroke of search words typed letter by letter (median, max),
  and choosing a kind and an organization in the filters.

Targets: opening ≤ 200 ms; a keystroke ≤ 50 ms median.

    QT_QPA_PLATFORM=offscreen python benchmarks/notes_tab.py
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

NOTES = 2000
TEXTS = [
    "Gönüllü çalışan sayısını artırmak için şirket içi duyurular yapılmalı; her çeyrekte "
    "bir etkinlik takvimi paylaşılsın.",
    "Işık Vakfı uzmanlık desteği verebilir; İŞ BİRLİĞİ protokolü hazırlansın.",
    "Maddi katkı yerine ayni katkı: <gıda & kırtasiye> bağışı önerildi.",
    "Öncü Gıda platformun sekretaryasını üstlenmeye gönüllü.",
    "Çağdaş Yaşam Derneği Bursa'daki okullarla bağlantı kurabilir; öğretmenlerle ortak "
    "bir çalışma grubu kurulması, velilerin de sürece katılması istendi.",
    "Etki ölçümü için ortak göstergeler belirlensin.",
]
ORGANIZATIONS = [
    "Çağdaş Yaşam Gönüllüleri Derneği",
    "Işık Lösemili Çocuklar Vakfı",
    "Öncü Gıda San. ve Tic. A.Ş.",
    "İpekyolu Lojistik",
    "Uludere Üniversitesi",
    "Şehir Gönüllüleri Koordinasyon Merkezi",
    "Marmara Tekstil A.Ş.",
    "Yeşilova Grup",
]
WORDS = ["gönüllü", "işbirliği", "ISIK"]


def build(path: Path, start: datetime) -> int:
    from benchmarks.sample_notes import insert_notes
    from facilitator.services import agenda, attendees, directory, workshops
    from facilitator.store import Store

    store = Store.open(path)
    try:
        w = workshops.create_workshop(
            store, "5. Çalıştay — Platformun işleyiş modeli", start, start + timedelta(hours=6)
        )
        items = [
            agenda.add_item(store, w.id, f"Gündem maddesi {n}: iş birliği", planned_minutes=30).id
            for n in range(1, 11)
        ]
        orgs = [directory.create_organization(store, name).id for name in ORGANIZATIONS]
        people = []
        for n in range(40):
            person = directory.create_person(store, "Katılımcı", f"Öztürk {n}")
            attendees.add_attendee(store, w.id, person.id, organization_id=orgs[n % len(orgs)])
            people.append(person.id)
        insert_notes(
            store,
            w.id,
            NOTES,
            item=lambda n: items[n * len(items) // NOTES] if n % 50 else None,
            speaker=lambda n: people[n % len(people)] if n % 4 else None,
            text=lambda n: TEXTS[n % len(TEXTS)],
            at=lambda n: start + timedelta(seconds=9 * n),
        )
        return w.id
    finally:
        store.close()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from facilitator.store import Store
    from facilitator.ui.kit.changes import ChangeBus
    from facilitator.ui.kit.undo import EditHistory
    from facilitator.ui.workshop.notes_tab import NotesTab

    app = QApplication.instance() or QApplication([])
    start = datetime(2026, 3, 14, 7, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_HOME"] = tmp
        path = Path(tmp) / "notlar.db"
        workshop_id = build(path, start)
        store = Store.open(path)
        try:
            opening = []
            for _ in range(5):
                t = time.perf_counter()
                tab = NotesTab(store, ChangeBus(), EditHistory())
                tab.resize(1166, 600)
                tab.show_workshop(workshop_id)
                tab.show()
                tab.repaint()
                app.processEvents()
                opening.append(time.perf_counter() - t)
                shown = tab.model.shown_count()
                tab.close()
                tab.deleteLater()
                app.processEvents()

            tab = NotesTab(store, ChangeBus(), EditHistory())
            tab.resize(1166, 600)
            tab.show_workshop(workshop_id)
            tab.show()
            app.processEvents()
            keystrokes = []
            for word in WORDS:
                tab.search.clear()
                app.processEvents()
                for n in range(1, len(word) + 1):
                    t = time.perf_counter()
                    tab.search.setText(word[:n])  # what a key press does to the field
                    tab.repaint()
                    app.processEvents()
                    keystrokes.append(time.perf_counter() - t)
            found = tab.model.shown_count()
            tab.search.clear()
            combos = []
            for combo, index in ((tab.kind_filter, 3), (tab.organization_filter, 2)):
                t = time.perf_counter()
                combo.setCurrentIndex(index)
                tab.repaint()
                app.processEvents()
                combos.append(time.perf_counter() - t)
            tab.close()
        finally:
            store.close()

    ms = sorted(t * 1000 for t in keystrokes)
    print(f"notes tab: {NOTES:,} notes on 10 agenda items, 40 attendees, database on disk")
    print(
        f"open the tab (build, read, show {shown:,} rows): median "
        f"{statistics.median(opening) * 1000:.1f} ms, first {opening[0] * 1000:.1f} ms, "
        f"max {max(opening) * 1000:.1f} ms  (target ≤ 200 ms)"
    )
    print(
        f"filter per keystroke ({len(ms)} keys typing {', '.join(WORDS)}; last found {found}): "
        f"median {statistics.median(ms):.1f} ms, max {ms[-1]:.1f} ms  (target ≤ 50 ms median)"
    )
    print(f"kind / organization filter chosen: {', '.join(f'{c * 1000:.1f} ms' for c in combos)}")


if __name__ == "__main__":
    main()
