"""Numbers given as MAX+1 (workshops in a series, decisions in the register) stay unique
when several units of work run at once: another window, the live screen, a worker thread."""

import threading
from datetime import datetime, timedelta

from facilitator.services import series, workshops
from tests.conftest import ISTANBUL


def run_together(count: int, work) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(count)

    def one(i: int) -> None:
        start.wait()
        try:
            work(i)
        except BaseException as exc:  # collected; the assertion names it
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_workshops_created_at_once_in_one_series_get_distinct_numbers(store):
    made = series.create_series(store, "Özel sektör ve STK iş birliği")
    start = datetime(2027, 3, 13, 10, tzinfo=ISTANBUL)

    def create(i: int) -> None:
        workshops.create_workshop(
            store,
            f"{i + 1}. Çalıştay",
            start + timedelta(days=7 * i),
            start + timedelta(days=7 * i, hours=3),
            series_id=made.id,
        )

    errors = run_together(8, create)
    assert errors == []
    numbers = sorted(w.number for w in workshops.list_workshops(store) if w.series_id == made.id)
    assert numbers == list(range(1, 9))
