"""The phones' writes in shared commits: each stands or falls alone, none is lost."""

from __future__ import annotations

from concurrent.futures import wait

import pytest

from facilitator.errors import ValidationError
from facilitator.room.writer import GroupWriter
from facilitator.services import ideas
from tests.room.conftest import NOW


def test_writes_arriving_together_commit_together_and_a_refused_one_leaves_nothing(demo):
    store, workshop = demo.store, demo.workshop(6)
    writer = GroupWriter(store)

    def add(n: int):
        def call():
            card = ideas.add_idea(store, workshop, f"Fikir {n}", now=NOW)
            if n % 5 == 0:  # written, then refused: its savepoint takes it back
                raise ValidationError(f"Fikir {n} geri alındı")
            return card.text

        return call

    try:
        futures = [writer.submit(add(n)) for n in range(1, 41)]
        wait(futures, timeout=60)
    finally:
        writer.close()
    kept = [f.result() for n, f in enumerate(futures, 1) if n % 5]
    assert kept == [f"Fikir {n}" for n in range(1, 41) if n % 5]
    for n, future in enumerate(futures, 1):
        if n % 5 == 0:
            with pytest.raises(ValidationError, match=f"Fikir {n} geri alındı"):
                future.result()
    on_board = sorted(
        i.text for i in ideas.board(store, workshop).ideas if i.text.startswith("Fikir ")
    )
    assert on_board == sorted(kept)


def test_writes_submitted_before_closing_are_all_made(demo):
    store, workshop = demo.store, demo.workshop(6)
    writer = GroupWriter(store)
    futures = [
        writer.submit(lambda n=n: ideas.add_idea(store, workshop, f"Son {n}", now=NOW).text)
        for n in range(10)
    ]
    writer.close()
    assert [f.result(timeout=0) for f in futures] == [f"Son {n}" for n in range(10)]
