"""Work off the GUI thread: results, refusals, bugs and cancellation come back on the GUI
thread; the work speaks the caller's language; nothing process-wide changes."""

from __future__ import annotations

import threading

from facilitator import i18n
from facilitator.errors import ValidationError
from facilitator.ui.kit.workers import Worker


def _collect(job) -> dict:
    seen: dict = {"threads": set()}

    def note(name):
        def record(*args):
            seen[name] = args[0] if args else True
            seen["threads"].add(threading.current_thread().name)

        return record

    for name in ("done", "failed", "crashed", "cancelled", "progressed", "finished"):
        getattr(job, name).connect(note(name))
    return seen


def test_the_result_comes_back_on_the_gui_thread_from_another_thread(qtbot):
    worker = Worker()
    ran_on: list[str] = []

    def work(job):
        ran_on.append(threading.current_thread().name)
        job.report_progress(50)
        return 42

    job = worker.submit(work, "adding numbers")
    seen = _collect(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["done"] == 42 and seen["progressed"] == 50
    assert ran_on != [threading.main_thread().name]
    assert seen["threads"] == {threading.main_thread().name}
    assert not worker.busy


def test_a_refusal_arrives_in_plain_words_and_a_bug_as_the_exception(qtbot):
    worker = Worker()

    def refused(_job):
        raise ValidationError("Dosya okunamadı.")

    def bug(_job):
        raise ZeroDivisionError

    first = worker.submit(refused, "reading a file")
    first_seen = _collect(first)
    with qtbot.waitSignal(first.finished, timeout=5000):
        pass
    second = worker.submit(bug, "dividing")
    second_seen = _collect(second)
    with qtbot.waitSignal(second.finished, timeout=5000):
        pass
    assert first_seen["failed"] == "Dosya okunamadı." and "done" not in first_seen
    assert isinstance(second_seen["crashed"], ZeroDivisionError)


def test_a_cancelled_job_stops_at_its_next_check(qtbot):
    worker = Worker()
    started = threading.Event()
    go_on = threading.Event()

    def long_work(job):
        started.set()
        go_on.wait(5)
        job.check()
        return "finished anyway"

    job = worker.submit(long_work, "a long job")
    seen = _collect(job)
    assert started.wait(5)
    job.cancel()
    go_on.set()
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen.get("cancelled") is True and "done" not in seen


def test_the_work_speaks_the_callers_language(qtbot):
    worker = Worker()
    with i18n.using_language("tr"):
        job = worker.submit(lambda _job: i18n.current_language(), "asking the language")
    seen = _collect(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["done"] == "tr"
    assert i18n.current_language() == "en", "the caller's own context is unchanged"
