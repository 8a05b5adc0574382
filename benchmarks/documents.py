"""The minutes of a large workshop: how long the PDF takes, against a bare reportlab floor,
and how long the same minutes take as a Word document.

150 participants from 40 organizations, 25 agenda items, 1,500 notes, 40
decisions (one round each) and 120 commitments, built as the data the
minutes take (no database: the renderer is what is measured). Targets: the
minutes in at most 2 s in-process, and at most 1.5 times the floor — the
same paragraphs in the same font flowed into a plain ``SimpleDocTemplate``
in the same run; the .docx of the same minutes in at most 2 s. Side by side, when it is
installed (for this benchmark only: it is no dependency of the app), WeasyPrint renders
the same content from HTML (benchmarks/weasy_minutes.py); the goal is our PDF at least
5 times faster. Both page counts are printed, so the comparison is seen to be fair.

    python benchmarks/documents.py
    pip install weasyprint   # optional; on Debian/Ubuntu also libpango-1.0-0 libpangoft2-1.0-0
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# The large workshop is shared with the page-craft test (tests/documents/test_page_craft.py).
from benchmarks.weasy_minutes import INSTALL, missing, write_weasy_minutes
from tests.documents.large_workshop import (
    COMMITMENTS,
    DECISIONS,
    ITEMS,
    NOTES,
    PARTICIPANTS,
    large_minutes,
)

RUNS = 5  # best of: the machine's noise is ±15 % from one run to the next
WEASY_GOAL = 5.0  # our PDF at least this many times faster than WeasyPrint


def _paragraphs(flowables) -> list:
    """Every Paragraph of a story, also those inside tables and kept-together groups."""
    from reportlab.platypus import Paragraph, Table

    found = []
    for item in flowables:
        if isinstance(item, Paragraph):
            found.append(item)
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    found += _paragraphs(cell if isinstance(cell, (list, tuple)) else [cell])
        elif isinstance(item, (list, tuple)):
            found += _paragraphs(item)
        elif hasattr(item, "_content"):
            found += _paragraphs(item._content)
    return found


def floor(path: Path, minutes) -> float:
    """The same paragraphs (every one the minutes make, table cells included, same text,
    same style and font) flowed one after another into a plain SimpleDocTemplate."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from facilitator.documents import minutes as module
    from facilitator.documents.labels import DocumentLabels
    from facilitator.documents.styles import make_styles
    from facilitator.documents.template import RenderOptions

    styles = make_styles()
    story = module.minutes_story(minutes, RenderOptions(), DocumentLabels("tr"), styles, 450)
    texts = [(p.text, p.style) for p in _paragraphs(story)]
    started = time.perf_counter()
    flow = [Paragraph(text, style) for text, style in texts]
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)
    return time.perf_counter() - started


def main() -> None:
    from facilitator.documents.docx_minutes import write_minutes_docx
    from facilitator.documents.minutes import LONG, write_minutes
    from facilitator.documents.template import RenderOptions

    minutes = large_minutes()
    weasy_missing = missing()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        write_minutes(out / "warm.pdf", minutes, RenderOptions())  # fonts, imports
        floor(out / "warm-floor.pdf", minutes)
        write_minutes_docx(out / "warm.docx", minutes, RenderOptions())
        ours, bare, word, weasy = [], [], [], []
        for run in range(RUNS):
            started = time.perf_counter()
            pages = write_minutes(out / f"minutes-{run}.pdf", minutes, RenderOptions())
            ours.append(time.perf_counter() - started)
            bare.append(floor(out / f"floor-{run}.pdf", minutes))
            started = time.perf_counter()
            write_minutes_docx(out / f"minutes-{run}.docx", minutes, RenderOptions())
            word.append(time.perf_counter() - started)
        # WeasyPrint after ours, not between: the memory it keeps (caches, garbage for the
        # collector) would slow the runs after it and blur our own figures.
        if not weasy_missing:
            # The HTML opens with the summary when our minutes do (longer than LONG pages).
            summary = pages > LONG
            write_weasy_minutes(out / "warm-weasy.pdf", minutes, summary=summary)
            for run in range(RUNS):
                started = time.perf_counter()  # the HTML built from the data, then laid out
                weasy_pages = write_weasy_minutes(
                    out / f"weasy-{run}.pdf", minutes, summary=summary
                )
                weasy.append(time.perf_counter() - started)
        size = os.path.getsize(out / "minutes-0.pdf")
        word_size = os.path.getsize(out / "minutes-0.docx")
        if weasy:
            weasy_size = os.path.getsize(out / "weasy-0.pdf")
    best, best_floor = min(ours), min(bare)
    print(
        f"minutes of {PARTICIPANTS} participants, {ITEMS} items, {NOTES} notes, "
        f"{DECISIONS} decisions, {COMMITMENTS} commitments: {pages} pages, {size / 1024:.0f} KiB"
    )
    print(f"minutes PDF: best {best:.2f} s of {RUNS} (target <= 2.00 s)")
    print(f"bare reportlab floor: best {best_floor:.2f} s")
    print(f"ratio: {best / best_floor:.2f} (target <= 1.50)")
    print(
        f"minutes .docx: best {min(word):.2f} s of {RUNS} (target <= 2.00 s), "
        f"{word_size / 1024:.0f} KiB"
    )
    if not weasy:
        print(f"WeasyPrint: not measured ({weasy_missing}); to compare, {INSTALL}")
        return
    print(
        f"WeasyPrint, the same minutes from HTML: best {min(weasy):.2f} s of {RUNS}, "
        f"{weasy_pages} pages (ours {pages}), {weasy_size / 1024:.0f} KiB"
    )
    print(f"ours vs WeasyPrint: {min(weasy) / best:.1f} times faster (goal >= {WEASY_GOAL:.0f})")


if __name__ == "__main__":
    main()
