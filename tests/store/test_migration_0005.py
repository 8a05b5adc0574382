"""Schema 0005: ideas, their clusters and dot rounds. A database of 0004 keeps every row of
every table it had and gains the four empty tables; the committed 0005 file reads back
its board, its rounds and the link from a cluster to the proposal it became."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator.services import ideas, proposals
from facilitator.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"
NEW_TABLES = {"idea", "idea_cluster", "dot_round", "dot_vote"}


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] not in ("alembic_version", "sqlite_sequence")
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _copy(tmp_path, name: str) -> Path:
    copy = tmp_path / name
    shutil.copyfile(DATA / name, copy)
    return copy


def test_an_upgraded_0004_database_keeps_every_row_and_gains_empty_idea_tables(tmp_path):
    old = _copy(tmp_path, "schema_0004.db")
    before = _counts(old)
    Store.open(old).close()
    after = _counts(old)
    assert {t: after[t] for t in before} == before  # later revisions add their own tables
    assert {t: after[t] for t in NEW_TABLES} == dict.fromkeys(NEW_TABLES, 0)


def test_an_upgraded_database_takes_ideas_and_its_notes_of_kind_idea_are_on_the_board(tmp_path):
    old = _copy(tmp_path, "schema_0004.db")
    store = Store.open(old)
    try:
        before = ideas.board(store, 5)
        # Workshop 5 had notes of kind "idea": they are on the board, not yet cards.
        assert before.ideas and all(i.key.startswith("n") for i in before.ideas)
        ideas.create_cluster(store, 5, "Öncelikler", [i.key for i in before.ideas])
        after = ideas.board(store, 5)
    finally:
        store.close()
    assert [i.text for i in after.ideas] == [i.text for i in before.ideas]
    assert all(i.cluster_id == after.clusters[0].id for i in after.ideas)


@pytest.fixture
def v5(tmp_path) -> Path:
    return _copy(tmp_path, "schema_0005.db")


def test_the_0005_file_reads_back_its_board_rounds_and_promotion(v5):
    store = Store.open(v5)
    try:
        board = ideas.board(store, 5)
        rounds = ideas.rounds_of(store, 5)
        first = ideas.results(store, rounds[0].id)
        counted = ideas.results(store, rounds[1].id)
        linked = proposals.get_proposal(store, board.clusters[0].proposal_id)
    finally:
        store.close()
    assert [c.name for c in board.clusters] == ["Gönüllülük altyapısı", "STK kapasitesi"]
    texts = [i.text for i in board.ideas]
    assert "STK'lar için ortak muhasebe & hukuk desteği <ücretsiz>" in texts
    assert sum(1 for i in board.ideas if i.from_note) >= 2
    assert [(r.number, r.voice.value, r.is_open) for r in rounds] == [
        (1, "person", False),
        (2, "counts", True),
    ]
    assert first.dots == 18 and first.voters == 6
    assert [t.dots for t in counted.targets] == [7, 6]
    assert linked.title == "Gönüllülük altyapısı"
