"""Make tests/data/schema_0005.db: the committed schema-0004 database as schema 0005 (ideas,
their clusters, dot rounds) writes it.

Run once, with the schema at revision 0005, and commit the file; the migration tests open
it with every later version of the app. Besides the upgrade it records, at workshop 5 of
the Bursa series, ideas (one typed on the board, one a note of kind "idea" taken onto
it), two clusters, a closed dot round by person and an open one of counts, and a cluster
promoted to a proposal, so later migrations are tested against them. Never regenerate it
after the schema has moved on: it must stay a 0005 file.

    python tests/data/make_schema_0005_db.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "schema_0004.db"
TARGET = HERE / "schema_0005.db"
WORKSHOP_ID = 5
NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)

IDEAS = (
    ("Gönüllü zaman bankası", "Gönüllülük altyapısı"),
    ("Şirket çalışanlarına gönüllülük izni", "Gönüllülük altyapısı"),
    ("STK'lar için ortak muhasebe & hukuk desteği <ücretsiz>", "STK kapasitesi"),
    ("İl genelinde ortak proje havuzu", None),
)


def main() -> int:
    os.environ["FACILITATOR_HOME"] = tempfile.mkdtemp(prefix="facilitator-make-db-")
    os.environ["TZ"] = "Europe/Istanbul"
    sys.path.insert(0, str(HERE.parents[1]))
    from facilitator.models import NoteKind, Voice
    from facilitator.services import ideas, live, proposals
    from facilitator.store import SCHEMA_HEAD, Store

    assert SCHEMA_HEAD == "0005", "make this file only while 0005 is the newest schema"
    work = Path(tempfile.mkdtemp()) / TARGET.name
    shutil.copyfile(SOURCE, work)
    store = Store.open(work)
    try:
        voters = proposals.voters(store, WORKSHOP_ID, Voice.PERSON)
        clusters: dict[str, int] = {}
        for n, (text, cluster) in enumerate(IDEAS):
            if n == 1:  # a note of kind "idea", taken onto the board by clustering it
                note = live.add_note(
                    store, WORKSHOP_ID, text, kind=NoteKind.IDEA, speaker_id=voters[1].id, now=NOW
                )
                key = f"n{note.id}"
            else:
                key = ideas.add_idea(store, WORKSHOP_ID, text, author_id=voters[n].id, now=NOW).key
            if cluster is not None:
                if cluster not in clusters:
                    clusters[cluster] = ideas.create_cluster(store, WORKSHOP_ID, cluster).id
                ideas.place(store, WORKSHOP_ID, [key], clusters[cluster])
        cards = [i.key for i in ideas.board(store, WORKSHOP_ID).ideas]
        first = ideas.open_dot_round(store, WORKSHOP_ID, budget=3, now=NOW, question="Öncelik?")
        for m, voter in enumerate(voters[:6]):
            ideas.give_dot(store, first.id, cards[m % len(cards)], voter.id, dots=2)
            ideas.give_dot(store, first.id, cards[(m + 1) % len(cards)], voter.id)
        ideas.close_dot_round(store, first.id, now=NOW)
        counted = ideas.open_dot_round(
            store, WORKSHOP_ID, budget=2, voice=Voice.COUNTS, on_clusters=True, now=NOW
        )
        for cluster_id in clusters.values():
            ideas.set_count(store, counted.id, f"c{cluster_id}", 5 + cluster_id)
        ideas.promote_to_proposal(store, WORKSHOP_ID, f"c{clusters['Gönüllülük altyapısı']}")
    finally:
        store.close()
    from tests.data.fixture_file import write_fixture

    write_fixture(work, TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
