"""Several organizers writing to one PostgreSQL server at once lose nothing.

Two processes work on the same workshop through the services at the same moment:
agenda items, decisions numbered in agreement, and a field both change from what they
last read. Every item and decision lands, numbers are never given twice, and every edit
of the shared field either lands or is refused as changed by the other (nothing is
overwritten silently). Then twenty imports into twenty workshops run at once and all
land, each person once in the directory.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitator.documents.attendee_files import guess_columns, read_attendee_file
from facilitator.models import Outcome
from facilitator.services import agenda, attendees, directory, proposals, workshops
from facilitator.services.attendee_import import apply_import, build_preview
from facilitator.store import Store

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2027, 3, 13, 7, 0, tzinfo=UTC)
ROUNDS = 25

WRITER = r"""
import sys
from datetime import UTC, datetime
from facilitator.errors import StaleEditError
from facilitator.models import Outcome
from facilitator.services import agenda, proposals
from facilitator.store import Store

url, workshop_id, item_id, me, rounds = sys.argv[1:6]
workshop_id, item_id, rounds = int(workshop_id), int(item_id), int(rounds)
store = Store.open(url)
now = datetime(2027, 3, 13, 8, 0, tzinfo=UTC)
print("READY", flush=True)
sys.stdin.readline()  # both start together
landed = refused = 0
for n in range(rounds):
    agenda.add_item(store, workshop_id, f"{me} madde {n}", planned_minutes=5)
    p = proposals.create_proposal(store, workshop_id, f"{me} öneri {n}", "Metin")
    proposals.set_outcome(store, p.id, Outcome.AGREED, now=now, reason="Oybirliği")
    seen = next(i for i in agenda.get_agenda(store, workshop_id).items if i.id == item_id)
    seen = seen.planned_minutes  # read, think, write back + 1
    try:
        agenda.update_item(store, item_id, expect={"planned_minutes": seen},
                           planned_minutes=seen + 1)
        landed += 1
    except StaleEditError:
        refused += 1
print("DONE", landed, refused, flush=True)
"""


def _writer(url: str, workshop_id: int, item_id: int, me: str) -> subprocess.Popen:
    command = [sys.executable, "-c", WRITER, url, str(workshop_id), str(item_id), me, str(ROUNDS)]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_on_one_workshop_lose_no_update_and_report_every_conflict(postgres_url):
    store = Store.open(postgres_url)
    try:
        workshop = workshops.create_workshop(
            store, "Ortak çalıştay", START, START + timedelta(hours=3)
        )
        shared_id = agenda.add_item(store, workshop.id, "Ortak madde", planned_minutes=10).id
    finally:
        store.close()
    children = [_writer(postgres_url, workshop.id, shared_id, me) for me in ("Ayşe", "Mehmet")]
    for child in children:
        assert child.stdout.readline().strip() == "READY", child.stderr.read()
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()
    results = []
    for child in children:
        out, err = child.communicate(timeout=240)
        assert child.returncode == 0, err
        _done, landed, refused = out.split()
        results.append((int(landed), int(refused)))

    store = Store.open(postgres_url)
    try:
        items = agenda.get_agenda(store, workshop.id).items
        titles = [i.title for i in items]
        for me in ("Ayşe", "Mehmet"):
            assert [t for t in titles if t.startswith(me)] == [
                f"{me} madde {n}" for n in range(ROUNDS)
            ]  # every item, each writer's in its own order
        assert [i.position for i in items] == list(range(1, 2 * ROUNDS + 2))
        decided = [p for p in proposals.list_proposals(store, workshop.id) if p.outcome]
        assert len(decided) == 2 * ROUNDS
        assert all(p.outcome is Outcome.AGREED for p in decided)
        assert sorted(p.decision_number for p in decided) == list(range(1, 2 * ROUNDS + 1))
        minutes = next(i for i in items if i.title == "Ortak madde").planned_minutes
        landed = sum(r[0] for r in results)
        assert all(sum(r) == ROUNDS for r in results)  # each edit landed or was refused
        assert minutes == 10 + landed  # no landed edit was overwritten by the other
    finally:
        store.close()


def test_twenty_imports_into_twenty_workshops_at_once_all_land(postgres_url):
    store = Store.open(postgres_url)
    try:
        ids = [
            workshops.create_workshop(
                store, f"Çalıştay {n + 1}", START + timedelta(days=n),
                START + timedelta(days=n, hours=3),
            ).id
            for n in range(20)
        ]  # fmt: skip
    finally:
        store.close()
    table = read_attendee_file(ROOT / "tests" / "data" / "attendees" / "excel_tr_cp1254.csv")
    columns = guess_columns(table)
    failures: list[BaseException] = []
    barrier = threading.Barrier(len(ids))

    def import_into(workshop_id: int) -> None:
        own = Store.open(postgres_url)  # each organizer's own connection
        try:
            preview = build_preview(own, workshop_id, table, columns)
            barrier.wait(timeout=60)
            apply_import(own, preview)
        except BaseException as exc:  # reported below with the workshop
            failures.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=import_into, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=240)
    assert failures == []
    store = Store.open(postgres_url)
    try:
        counts = {len(attendees.list_attendees(store, i)) for i in ids}
        people = directory.list_people(store)
        assert counts == {len(table.rows)}  # every row, in every workshop
        names = [p.full_name for p in people]
        assert len(names) == len(set(names)) == len(table.rows)  # each person once
    finally:
        store.close()
