"""Workshop bundles of a large workshop: export, import into an empty database, import again.

The workshop: 20 agenda items, 80 attendees from 20 organizations, 3,000 notes,
30 proposals with two versions and two rounds each (a position per attendee
in every round) and 60 commitments. Targets: export at most 2 s, import at
most 2 s.

    python benchmarks/bundles.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ATTENDEES = 80
NOTES = 3000
PROPOSALS = 30


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

    start = datetime(2026, 3, 14, 7, 0, tzinfo=UTC)
    store = Store.open(path)
    try:
        w = workshops.create_workshop(
            store, "Büyük çalıştay — iş birliği modeli", start, start + timedelta(hours=6)
        )
        items = [
            agenda.add_item(store, w.id, f"Gündem maddesi {n}", planned_minutes=15).id
            for n in range(20)
        ]
        orgs = [directory.create_organization(store, f"Kurum {n} Derneği").id for n in range(20)]
        people = []
        for n in range(ATTENDEES):
            person = directory.create_person(
                store, "Katılımcı", f"Öztürk {n}", organization_id=orgs[n % len(orgs)]
            )
            attendees.add_attendee(store, w.id, person.id, organization_id=orgs[n % len(orgs)])
            people.append(person.id)
        insert_notes(
            store,
            w.id,
            NOTES,
            item=lambda n: items[n % len(items)],
            speaker=lambda n: people[n % len(people)] if n % 3 else None,
            text=lambda n: f"Not {n}: gönüllülük, şeffaflık ve <ortak> çalışma üzerine.",
            at=lambda n: start + timedelta(seconds=5 * n),
        )
        with store.transaction() as s:
            for p in range(PROPOSALS):
                proposal = Proposal(workshop_id=w.id, title=f"Öneri {p}: ortak takvim")
                s.add(proposal)
                s.flush()
                for v in (1, 2):
                    version = ProposalVersion(proposal_id=proposal.id, number=v, text=f"Metin {v}")
                    s.add(version)
                    s.flush()
                    rnd = Round(
                        proposal_id=proposal.id,
                        version_id=version.id,
                        number=v,
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
                    title=f"Taahhüt {n}",
                    organization_id=orgs[n % len(orgs)],
                    person_id=people[n % len(people)],
                    workshop_id=w.id,
                )
                for n in range(60)
            )
        return w.id
    finally:
        store.close()


def main() -> None:
    from facilitator.services import bundles
    from facilitator.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_HOME"] = tmp
        folder = Path(tmp)
        workshop_id = build(folder / "kaynak.db")
        source = Store.open(folder / "kaynak.db")
        target = Store.open(folder / "hedef.db")
        try:
            bundle = folder / "büyük.facilitator"
            t = time.perf_counter()
            result = bundles.export_bundle(source, workshop_id, bundle)
            export_s = time.perf_counter() - t
            rows = sum(result.counts.values())
            print(
                f"export: {rows} rows, {bundle.stat().st_size / 1e6:.1f} MB in "
                f"{export_s * 1000:.0f} ms (target <= 2000 ms)"
            )
            t = time.perf_counter()
            preview = bundles.preview_import(target, bundle)
            preview_s = time.perf_counter() - t
            t = time.perf_counter()
            done = bundles.apply_import(target, preview)
            apply_s = time.perf_counter() - t
            print(
                f"import into an empty database: preview {preview_s * 1000:.0f} ms + "
                f"write {apply_s * 1000:.0f} ms = {(preview_s + apply_s) * 1000:.0f} ms, "
                f"{done.created} rows created (target <= 2000 ms)"
            )
            t = time.perf_counter()
            again = bundles.apply_import(target, bundles.preview_import(target, bundle))
            print(
                f"import again (everything matched): {(time.perf_counter() - t) * 1000:.0f} ms, "
                f"{again.created} created, {again.matched} matched"
            )
        finally:
            source.close()
            target.close()


if __name__ == "__main__":
    main()
