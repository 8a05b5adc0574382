"""Importing a 5,000-row attendee CSV: how long it takes, and whether the window stays responsive.

A directory like a busy organizer's (the demo series plus 10,000 people in
2,000 organizations) and a 5,000-row list as Excel on Turkish Windows writes
it (Windows-1254, ``;``, CRLF, quoted cells): a fifth of the rows are people
already in the directory (matched by e-mail or by name and organization),
the rest are new, some from organizations that do not exist yet.

Two measurements, each on a fresh copy of the database:

* without Qt: read the file, build the preview, apply it (one transaction);
  median of N runs. Target: at most 3 s.
* in the real import dialog (``QT_QPA_PLATFORM=offscreen`` unless set): the
  file is read, the preview built and the import applied on the app's worker
  threads (``ui/kit/workers.py``), while a QTimer ticks every 10 ms. The longest gap
  between ticks, less the 10 ms interval, is the longest stall of the event
  loop. Target: under 100 ms.

What stalls the loop is Python, not the work: full garbage collections walk
the whole heap (PySide6 and SQLAlchemy alone hold some 70,000 objects) and
the GUI thread waits for the interpreter lock. The dialog changes nothing
process-wide; the application settles both once, after its start page is shown
(``facilitator.ui.app.settle_interpreter``: a 1 ms switch interval, the start-up
heap frozen out of the collector), and the dialog is measured so.
``--unsettled`` measures it without, to show what that setting is worth.

    python benchmarks/import_attendees.py [--runs 3] [--rows 5000] [--unsettled]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import facilitator  # noqa: E402, F401 - first, as in the app: it sets how PySide6 makes Qt's enums

GIVEN = [
    "Ayşe",
    "Mehmet",
    "Gülşen",
    "İsmail",
    "Şule",
    "Çiğdem",
    "Oğuz",
    "Ümit",
    "Işıl",
    "Ömer",
    "Zeynep",
    "Emre",
    "Elif",
    "Can",
]
FAMILY = [
    "Yılmaz",
    "Öztürk",
    "Çağlar",
    "Işık",
    "Doğan",
    "Şahin",
    "Güneş",
    "Ünal",
    "Ilgaz",
    "Kılıç",
    "Aydoğdu",
    "Karaca",
]
KINDS = ["Derneği", "Vakfı", "A.Ş.", "Üniversitesi", "Kooperatifi", "Platformu"]
HONORIFICS = ["", "", "", "", "Prof. Dr. ", "Doç. Dr. ", "Dr. "]


def seed_directory(store, people: int, organizations: int) -> list[tuple[str, str, str, str]]:
    """Bulk-create the directory; returns (given, family, organization, email) of each person."""
    from facilitator.models import Organization, Person

    rng = random.Random(1)
    made = []
    with store.transaction() as s:
        orgs = [
            Organization(name=f"{rng.choice(FAMILY)} {n} {rng.choice(KINDS)}")
            for n in range(organizations)
        ]
        s.add_all(orgs)
        s.flush()
        for n in range(people):
            org = orgs[n % organizations]
            given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}{n}"
            email = f"kisi{n}@ornek.org.tr"
            s.add(Person(given_name=given, family_name=family, email=email, organization_id=org.id))
            made.append((given, family, org.name, email))
    return made


def write_list(path: Path, rows: int, known: list[tuple[str, str, str, str]]) -> None:
    rng = random.Random(2)
    lines = ["Sıra;Adı Soyadı;Kurumu;Görevi;E-posta;Cep Telefonu;Zaman damgası"]
    for n in range(rows):
        if n % 5 == 0:  # someone from the directory: by e-mail, or by name and organization
            given, family, org, email = known[(n * 7) % len(known)]
            email = email.upper() if n % 10 == 0 else ""
        else:
            given = rng.choice(GIVEN)
            family = f"{rng.choice(FAMILY)}-{n}"
            org = (
                f"Yeni {rng.choice(FAMILY)} {n % 400} {rng.choice(KINDS)}"
                if n % 3
                else known[n % len(known)][2]
            )
            email = f"katilimci{n}@ornek.com.tr"
        name = f"{rng.choice(HONORIFICS)}{given} {family}"
        position = '"Proje Koordinatörü; Gönüllülük"' if n % 4 == 0 else "Uzman"
        phone = f"0532 {n:03d} 00 00"
        lines.append(
            f'{n + 1};{name};"{org}";{position};{email};{phone};14.03.2026 09:{n % 60:02d}'
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1254"))


def fresh_copy(seeded: Path, folder: Path, n: int) -> Path:
    target = folder / f"run{n}.db"
    shutil.copy(seeded, target)
    return target


def without_qt(database: Path, workshop_id: int, path: Path) -> dict[str, float]:
    from facilitator.documents.attendee_files import guess_columns, read_attendee_file
    from facilitator.services._common import forget_checked_emails
    from facilitator.services.attendee_import import apply_import, build_preview
    from facilitator.store import Store

    forget_checked_emails()  # each run checks its addresses as a new file would
    store = Store.open(database)
    try:
        t0 = time.perf_counter()
        table = read_attendee_file(path)
        t1 = time.perf_counter()
        preview = build_preview(store, workshop_id, table, guess_columns(table))
        t2 = time.perf_counter()
        result = apply_import(store, preview)
        t3 = time.perf_counter()
    finally:
        store.close()
    return {
        "read": t1 - t0,
        "preview": t2 - t1,
        "apply": t3 - t2,
        "total": t3 - t0,
        "created": result.created,
        "matched": result.matched,
        "organizations": result.organizations_created,
    }


def in_the_dialog(
    database: Path, workshop_id: int, path: Path, settle: bool = True
) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.documents.attendee_files import read_attendee_file
    from facilitator.services._common import forget_checked_emails
    from facilitator.store import Store
    from facilitator.ui.workshop.import_dialog import ImportDialog

    assert QApplication.instance() is not None, "main() makes the application"
    forget_checked_emails()  # each run checks its addresses as a new file would
    store = Store.open(database)
    ticks: list[float] = []
    marks: dict[str, float] = {}
    state: dict = {}
    loop = QEventLoop()
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def open_dialog():
        marks["open"] = time.perf_counter()
        table = read_attendee_file(path)  # on the GUI thread, as ask_import_attendees does
        dialog = ImportDialog(store, workshop_id, table)
        state["dialog"] = dialog
        dialog.preview_updated.connect(start_import)
        dialog.imported.connect(lambda _result: marks.setdefault("imported", time.perf_counter()))
        dialog.show()

    def start_import():
        dialog = state["dialog"]
        if "import" in marks or not dialog.import_button.isEnabled():
            return
        marks["preview"] = time.perf_counter()
        dialog.import_button.click()
        marks["import"] = time.perf_counter()
        watch = QTimer(dialog)
        watch.setInterval(5)
        watch.timeout.connect(lambda: finished(watch))
        watch.start()

    def finished(watch):
        if state["dialog"].close_button.isVisible():
            watch.stop()
            marks["done"] = time.perf_counter()
            QTimer.singleShot(50, loop.quit)  # a few more ticks after the end

    if settle:
        from facilitator.ui.app import settle_interpreter

        settle_interpreter()  # as the app does once its start page is shown
    ticker.start()
    QTimer.singleShot(30, open_dialog)
    loop.exec()
    ticker.stop()
    dialog = state["dialog"]
    result = dialog.import_result
    dialog.close()
    dialog.deleteLater()
    store.close()
    if settle:
        gc.unfreeze()

    def longest_stall(start: float, end: float) -> float:
        inside = [t for t in ticks if start <= t <= end]
        gaps = [b - a for a, b in zip([start, *inside], [*inside, end], strict=True)]
        return max(gaps) - 0.010

    return {
        "preview": marks["preview"] - marks["open"],
        "import": marks["done"] - marks["import"],
        "total": marks["done"] - marks["open"],
        "stall_preview": longest_stall(marks["open"], marks["preview"]),
        "stall_import": longest_stall(marks["import"], marks["done"]),
        "created": result.created if result else 0,
        "matched": result.matched if result else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument(
        "--unsettled", action="store_true", help="without the app's interpreter settings"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["FACILITATOR_HOME"] = str(folder / "home")
        from facilitator.services.demo import load_demo
        from facilitator.services.workshops import create_workshop
        from facilitator.store import Store

        seeded = folder / "seeded.db"
        store = Store.open(seeded)
        load_demo(store)
        known = seed_directory(store, 10_000, 2_000)
        start = datetime(2027, 3, 13, 7, 0, tzinfo=UTC)
        workshop = create_workshop(store, "Benchmark çalıştayı", start, start + timedelta(hours=3))
        store.close()
        path = folder / "katılımcılar 5000.csv"
        write_list(path, args.rows, known)

        plain = [without_qt(fresh_copy(seeded, folder, n), workshop.id, path)
                 for n in range(args.runs)]  # fmt: skip
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        gui = [in_the_dialog(fresh_copy(seeded, folder, 100 + n), workshop.id, path,
                             not args.unsettled) for n in range(args.runs)]  # fmt: skip
        del app

    def med(runs, key):
        return statistics.median(r[key] for r in runs)

    print(
        f"list: {args.rows} rows (cp1254, ';'), directory: demo + 10,000 people in 2,000 "
        f"organizations; {args.runs} runs each, platform {os.environ['QT_QPA_PLATFORM']}"
    )
    first = plain[0]
    print(f"result: {first['created']} created, {first['matched']} matched, "
          f"{first['organizations']} new organizations")  # fmt: skip
    print("without Qt (median):")
    print(f"  read the file      {med(plain, 'read') * 1000:7.0f} ms")
    print(f"  build the preview  {med(plain, 'preview') * 1000:7.0f} ms")
    print(f"  apply (1 txn)      {med(plain, 'apply') * 1000:7.0f} ms")
    total = med(plain, "total")
    verdict = "ok" if total <= 3 else "OVER"
    print(f"  total              {total * 1000:7.0f} ms   (target: at most 3000 ms: {verdict})")
    frozen = ", without the app's interpreter settings" if args.unsettled else ""
    print(f"in the import dialog{frozen} (median; worst stall over all runs):")
    print(f"  open to preview shown     {med(gui, 'preview') * 1000:7.0f} ms")
    print(f"  Import clicked to done    {med(gui, 'import') * 1000:7.0f} ms")
    print(f"  open to done              {med(gui, 'total') * 1000:7.0f} ms")
    stall_preview = max(r["stall_preview"] for r in gui)
    stall_import = max(r["stall_import"] for r in gui)
    print(f"  longest event-loop stall while previewing  {stall_preview * 1000:5.0f} ms")
    stall_verdict = "ok" if max(stall_preview, stall_import) < 0.1 else "OVER"
    print(
        f"  longest event-loop stall while importing   {stall_import * 1000:5.0f} ms"
        f"   (target: under 100 ms: {stall_verdict})"
    )


if __name__ == "__main__":
    main()
