"""Directory and Attendees tab at scale.

A directory of 10,000 people and 2,000 organizations: how long filter-as-you-type
takes to refresh the people list per keystroke (median; target 50 ms), and how
long the Attendees tab of a 300-person workshop takes to open (target 150 ms).

    python benchmarks/directory.py                  # a SQLite file
    python benchmarks/directory.py --postgres-here  # a PostgreSQL server over loopback
    python benchmarks/directory.py --database postgresql+psycopg://USER@HOST/EMPTY_DB
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import facilitator  # noqa: F401 - first, as in the app: it sets how PySide6 makes Qt's enums

GIVEN = [
    "Ayşe",
    "Fatma",
    "Emine",
    "Hatice",
    "Zeynep",
    "Elif",
    "Özge",
    "Şule",
    "Gülşen",
    "İrem",
    "Mehmet",
    "Mustafa",
    "Ahmet",
    "Ali",
    "Hüseyin",
    "İsmail",
    "Oğuz",
    "Çağrı",
    "Uğur",
    "Barış",
]
FAMILY = [
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Yıldız",
    "Yıldırım",
    "Öztürk",
    "Aydın",
    "Özdemir",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Kara",
    "Koç",
    "Kurt",
    "Özkan",
    "Şimşek",
    "Işık",
    "Ilgaz",
    "Ünal",
    "Güneş",
    "Ağaoğlu",
]
WORDS = [
    "Gönüllüler",
    "Dayanışma",
    "Eğitim",
    "Sağlık",
    "Çevre",
    "Kültür",
    "Işık",
    "Umut",
    "Gelecek",
    "İyilik",
    "Şefkat",
    "Öncü",
    "Yeşil",
    "Kent",
    "Genç",
]
KINDS = ["Derneği", "Vakfı", "A.Ş.", "Ltd. Şti.", "Kooperatifi", "Merkezi"]


def build(path) -> int:
    from facilitator.models import Organization, Participation, Person, Sector, Workshop
    from facilitator.store import Store

    rng = random.Random(5)
    store = Store.open(path)
    sectors = list(Sector)
    with store.transaction() as s:
        orgs = [
            Organization(
                name=f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(KINDS)} {i}",
                sector=rng.choice(sectors),
                city="Bursa",
            )
            for i in range(2000)
        ]
        s.add_all(orgs)
        s.flush()
        people = [
            Person(
                given_name=rng.choice(GIVEN),
                family_name=rng.choice(FAMILY),
                position="Uzman",
                organization_id=rng.choice(orgs).id,
                email=f"kisi{i}@example.org",
            )
            for i in range(10000)
        ]
        s.add_all(people)
        s.flush()
        start = datetime(2027, 3, 6, 7, 0, tzinfo=UTC)
        workshop = Workshop(
            title="Büyük çalıştay", planned_start=start, planned_end=start + timedelta(hours=3)
        )
        s.add(workshop)
        s.flush()
        s.add_all(
            Participation(
                workshop_id=workshop.id, person_id=p.id, organization_id=p.organization_id
            )
            for p in people[:300]
        )
        workshop_id = workshop.id
    store.close()
    return workshop_id


def main() -> None:
    from _database import arguments, database, describe
    from PySide6.QtWidgets import QApplication

    from facilitator.store import Store
    from facilitator.ui.directory.directory_page import DirectoryPage
    from facilitator.ui.kit.changes import ChangeBus
    from facilitator.ui.kit.undo import EditHistory
    from facilitator.ui.workshop.attendees_tab import AttendeesTab

    args = arguments("Directory and Attendees tab at scale")
    with tempfile.TemporaryDirectory() as tmp, database(args, Path(tmp), "big.db") as path:
        os.environ["FACILITATOR_HOME"] = tmp
        workshop_id = build(path)
        app = QApplication.instance() or QApplication([])
        store = Store.open(path)
        bus = ChangeBus()

        page = DirectoryPage(store, bus)
        page.resize(1200, 800)
        page.show()
        started = time.perf_counter()
        page.ensure_loaded()
        app.processEvents()
        opened = time.perf_counter() - started
        pane = page.people
        timings = []
        for text in ("ayşe yıl", "IŞIK", "özt", "kisi12"):
            pane.search.clear()
            app.processEvents()
            typed = ""
            for ch in text:
                typed += ch
                t = time.perf_counter()
                pane.search.setText(typed)  # what each keystroke does: textChanged → filter
                app.processEvents()  # and the view repaints
                timings.append(time.perf_counter() - t)

        tab = AttendeesTab(store, bus, EditHistory(lambda _m: None))
        tab.resize(1200, 800)
        tab.show()
        app.processEvents()
        opens = []
        for _ in range(7):
            t = time.perf_counter()
            tab.show_workshop(workshop_id)
            app.processEvents()
            opens.append(time.perf_counter() - t)
        first_keystroke = time.perf_counter()
        tab.add_search.setText("a")  # the directory is read at the first keystroke
        app.processEvents()
        first_keystroke = time.perf_counter() - first_keystroke
        store.close()
        for widget in (page, tab):
            widget.close()
            widget.deleteLater()
        app.processEvents()

    print("directory: 10,000 people, 2,000 organizations")
    print(f"database: {describe(path)}")
    print(f"directory page first load: {opened * 1000:.0f} ms")
    print(
        f"filter as you type: median {statistics.median(timings) * 1000:.1f} ms per keystroke, "
        f"max {max(timings) * 1000:.1f} ms over {len(timings)} keystrokes (target: median ≤ 50)"
    )
    print(
        "attendees tab of a 300-person workshop opens: "
        f"median {statistics.median(opens) * 1000:.0f} ms over {len(opens)} runs (target ≤ 150)"
    )
    print(
        f"attendees tab, first keystroke in 'add people' (reads the 10,000 people): "
        f"{first_keystroke * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
    # The figures are printed; skip interpreter teardown, where PySide6 can trip over
    # widgets collected after their QApplication (seen as "none_dealloc" at exit).
    sys.stdout.flush()
    os._exit(0)
