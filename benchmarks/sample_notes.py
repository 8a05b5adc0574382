"""Many notes at once for the benchmarks: one multi-row INSERT instead of a service call per
note (the benchmarks measure reading and showing them, not taking them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime


def insert_notes(
    store,
    workshop_id: int,
    count: int,
    *,
    item: Callable[[int], int | None],
    speaker: Callable[[int], int | None],
    text: Callable[[int], str],
    at: Callable[[int], datetime],
) -> None:
    """``count`` notes of every kind in turn; note ``n`` is on ``item(n)``, by ``speaker(n)``,
    says ``text(n)`` and was taken at ``at(n)``."""
    from sqlalchemy import insert

    from facilitator.models import Note, NoteKind

    kinds = list(NoteKind)
    with store.transaction() as s:
        s.execute(
            insert(Note),
            [
                {
                    "uuid": f"00000000-0000-4000-8000-{n:012d}",
                    "workshop_id": workshop_id,
                    "agenda_item_id": item(n),
                    "kind": kinds[n % len(kinds)],
                    "text": text(n),
                    "speaker_id": speaker(n),
                    "noted_at": at(n),
                }
                for n in range(count)
            ],
        )
