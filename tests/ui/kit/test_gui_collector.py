"""Garbage is collected on the GUI thread only: a worker thread allocating past the
collector's thresholds never collects (and so never destroys a dropped widget there)."""

from __future__ import annotations

import gc
import threading
import weakref

from facilitator.ui.kit.gui_collector import collect_on_gui_thread


class _Cycle:
    def __init__(self):
        self.me = self


def test_a_worker_never_collects_and_the_gui_thread_does(qapp):
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # installed once
    assert not gc.isenabled()
    gc.collect()
    cycle = _Cycle()
    alive = weakref.ref(cycle)
    del cycle
    collected_on: list[str] = []
    gc.callbacks.append(
        lambda phase, _info: (
            phase == "start" and collected_on.append(threading.current_thread().name)
        )
    )
    try:
        # A worker allocates far past every threshold: no collection runs on it.
        worker = threading.Thread(target=lambda: [[] for _ in range(200_000)], name="worker")
        worker.start()
        worker.join()
        assert collected_on == [] and alive() is not None
        # Over the thresholds, the GUI thread's check collects, and the cycle is gone.
        while collector.check() != 2:
            gc.get_count()  # allocations above made every generation due in turn
            [_Cycle() for _ in range(1000)]
        assert alive() is None
        assert set(collected_on) == {threading.current_thread().name}
    finally:
        gc.callbacks.pop()
