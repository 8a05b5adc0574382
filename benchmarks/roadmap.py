"""Roadmap page: opening it, and repainting the timeline while zooming and scrolling.

A series of 50 workshops with 2,000 commitments by 150 organizations over four
years, 8 phases. Prints the time to open the roadmap page (read, build the
timeline, first paint; target ≤ 300 ms), the series page opening on that tab (what
a click on the series does; the other tabs read only when chosen) and then choosing
its matrix tab (target ≤ 300 ms each), and the per-frame repaint time of zooming
(Ctrl+wheel steps) and scrolling the timeline (target ≤ 33 ms).

    python benchmarks/roadmap.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import facilitator  # noqa: F401 - first, as in the app: it sets how PySide6 makes Qt's enums

WORKSHOPS = 50
COMMITMENTS = 2000
ORGANIZATIONS = 150
PHASES = 8


def fill(store) -> int:
    """The series, written in one transaction; returns its id."""
    from facilitator.models import (
        Commitment,
        CommitmentStatus,
        ContributionType,
        Organization,
        Phase,
        QuantityUnit,
        Sector,
        Series,
        Workshop,
        WorkshopStatus,
    )

    rng = random.Random(6)
    tz = ZoneInfo("Europe/Istanbul")
    with store.transaction() as s:
        series = Series(title="Bursa Sosyal Sorumluluk Platformu — dört yıl")
        s.add(series)
        orgs = [
            Organization(
                name=f"Kurum {n:03d} Gönüllülük ve Dayanışma Derneği",
                sector=rng.choice(list(Sector)),
            )
            for n in range(ORGANIZATIONS)
        ]
        s.add_all(orgs)
        s.flush()
        workshops = []
        for n in range(WORKSHOPS):
            start = datetime(2024, 1, 13, 10, tzinfo=tz) + timedelta(weeks=4 * n)
            workshops.append(
                Workshop(
                    series_id=series.id,
                    number=n + 1,
                    title=f"{n + 1}. çalıştay: iş birliği",
                    planned_start=start,
                    planned_end=start + timedelta(hours=5),
                    status=WorkshopStatus.HELD,
                )
            )
        s.add_all(workshops)
        phases = [
            Phase(
                series_id=series.id,
                title=f"{n + 1}. aşama: yaygınlaştırma ve ölçme",
                target_date=date(2024, 6, 30) + timedelta(days=180 * n),
            )
            for n in range(PHASES)
        ]
        s.add_all(phases)
        s.flush()
        units = list(QuantityUnit)
        for n in range(COMMITMENTS):
            workshop = rng.choice(workshops)
            start = workshop.planned_start.date() + timedelta(days=rng.randint(0, 60))
            unit = rng.choice([*units, None, None])
            s.add(
                Commitment(
                    series_id=series.id,
                    workshop_id=workshop.id,
                    title=f"Taahhüt {n}: gönüllü eşleştirme, eğitim ve iletişim desteği",
                    organization_id=rng.choice(orgs).id,
                    contribution_type=rng.choice(list(ContributionType)),
                    quantity=Decimal(rng.randint(1, 50000)) if unit else None,
                    unit=unit,
                    phase_id=rng.choice(phases).id,
                    start_date=start,
                    due_date=start + timedelta(days=rng.randint(7, 400)),
                    status=rng.choice(list(CommitmentStatus)),
                )
            )
        return series.id


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from facilitator.store import Store
    from facilitator.ui.commitments.roadmap_view import RoadmapView
    from facilitator.ui.commitments.timeline_scene import MONTHS_SCALE
    from facilitator.ui.kit.changes import ChangeBus
    from facilitator.ui.kit.undo import EditHistory
    from facilitator.ui.series.series_page import SeriesPage

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_HOME"] = tmp
        store = Store.open(Path(tmp) / "roadmap.db")
        series_id = fill(store)
        history = EditHistory(lambda _m: None)
        today = date(2026, 6, 1)

        opens = []
        for _ in range(7):
            started = time.perf_counter()
            page = RoadmapView(store, ChangeBus(), history, today=lambda: today)
            page.resize(1400, 800)
            page.show_series(series_id)
            page.show()
            page.view.viewport().repaint()  # the first frame on screen
            app.processEvents()
            opens.append(time.perf_counter() - started)
            bars = len(page.view.timeline().bars)
            page.close()
            page.deleteLater()
            app.processEvents()

        page = RoadmapView(store, ChangeBus(), history, today=lambda: today)
        page.resize(1400, 800)
        page.show_series(series_id)
        page.show()
        app.processEvents()
        view = page.view
        zoom = []
        scale = MONTHS_SCALE
        for step in range(60):
            scale = scale * (1.25 if (step // 10) % 2 else 0.8)
            started = time.perf_counter()
            view.set_scale(scale, 400)
            view.viewport().repaint()
            zoom.append(time.perf_counter() - started)
        view.set_scale(MONTHS_SCALE)
        scroll = []
        horizontal, vertical = view.horizontalScrollBar(), view.verticalScrollBar()
        for step in range(120):
            started = time.perf_counter()
            if step % 2:
                vertical.setValue((vertical.value() + 90) % max(1, vertical.maximum()))
            else:
                horizontal.setValue((horizontal.value() + 120) % max(1, horizontal.maximum()))
            view.viewport().repaint()
            scroll.append(time.perf_counter() - started)
        page.close()
        # What a click on the series in the sidebar does: the series page opens on its
        # roadmap tab (the other tabs read when chosen), first frame on screen.
        series_opens = []
        for _ in range(5):
            started = time.perf_counter()
            series_page = SeriesPage(store, ChangeBus(), history=history)
            series_page.resize(1400, 800)
            series_page.tabs.setCurrentWidget(series_page.roadmap)
            series_page.show_series(series_id)
            series_page.show()
            series_page.roadmap.view.viewport().repaint()
            app.processEvents()
            series_opens.append(time.perf_counter() - started)
            series_page.close()
            series_page.deleteLater()
            app.processEvents()
        started = time.perf_counter()
        series_page = SeriesPage(store, ChangeBus(), history=history)
        series_page.resize(1400, 800)
        series_page.show_series(series_id)
        series_page.show()
        app.processEvents()
        series_page.tabs.setCurrentWidget(series_page.matrix)
        series_page.matrix.table.viewport().repaint()
        app.processEvents()
        matrix_tab = time.perf_counter() - started
        series_page.close()
        store.close()

    def ms(values, q=None):
        values = sorted(values)
        if q is None:
            return statistics.median(values) * 1000
        return values[min(len(values) - 1, int(len(values) * q))] * 1000

    print(
        f"roadmap: {WORKSHOPS} workshops, {COMMITMENTS} commitments ({bars} bars), "
        f"{ORGANIZATIONS} organizations, {PHASES} phases"
    )
    print(
        f"open the roadmap page: median {ms(opens):.0f} ms, max {max(opens) * 1000:.0f} ms "
        f"over {len(opens)} opens (target ≤ 300 ms)"
    )
    print(
        f"open the series page on its roadmap tab: median {ms(series_opens):.0f} ms, "
        f"max {max(series_opens) * 1000:.0f} ms over {len(series_opens)} opens "
        f"(target ≤ 300 ms)"
    )
    print(
        f"open the series page, then choose the matrix tab: {matrix_tab * 1000:.0f} ms "
        "(target ≤ 300 ms)"
    )
    print(
        f"zoom, per frame: median {ms(zoom):.1f} ms, p95 {ms(zoom, 0.95):.1f} ms, "
        f"max {max(zoom) * 1000:.1f} ms over {len(zoom)} steps (target ≤ 33 ms)"
    )
    print(
        f"scroll, per frame: median {ms(scroll):.1f} ms, p95 {ms(scroll, 0.95):.1f} ms, "
        f"max {max(scroll) * 1000:.1f} ms over {len(scroll)} steps (target ≤ 33 ms)"
    )


if __name__ == "__main__":
    main()
    # The figures are printed; skip interpreter teardown, where PySide6 can trip over
    # widgets collected after their QApplication.
    sys.stdout.flush()
    os._exit(0)
