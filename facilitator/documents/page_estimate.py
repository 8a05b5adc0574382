"""How many pages a story will fill, estimated from its text without laying it out.

Laying a long document out twice (once to count its pages, once for real) would double
the time an export takes. The estimate measures each paragraph's words in its own font
against the width it gets (a table cell's column, a bullet's indent), so it follows the
real layout within a few per cent for ordinary minutes: good enough to decide whether a
document is long, never to number its pages.
"""

from __future__ import annotations

import math
from functools import cache

CELL_PADDING = (3 + 3, 2 + 3)  # (left + right, top + bottom) of a table cell (styles.py)
CELL_LEADING = 10.5  # a line of cell text given as a plain string (styles.cell)
# What the page template takes from an A4 page's height: margins, header and footer
# (template.py; a little more with logos or a disclaimer, which only lengthens the pages).
DECORATION = 105


def frame_height(landscape: bool = False) -> float:
    """The height the body of an A4 page leaves for the story."""
    from reportlab.lib.pagesizes import A4

    return (A4[0] if landscape else A4[1]) - DECORATION


def estimated_pages(
    flowables, width: float, *, landscape: bool = False, up_to: float | None = None
) -> float:
    """How many pages ``flowables`` fill in a frame ``width`` wide (a fraction: 6.4 pages).

    ``up_to``: measuring stops once the story is longer than that many pages (a long
    document is only measured as far as the decision needs).
    """
    page = frame_height(landscape)
    limit = math.inf if up_to is None else up_to * page
    height = _measure()
    total = 0.0
    for flowable in flowables:
        total += height(flowable, width)
        if total > limit:
            break
    return total / page


def estimated_height(flowables, width: float) -> float:
    height = _measure()
    return sum(height(f, width) for f in flowables)


@cache
def _measure():
    """The measuring function (reportlab loads when a document is made, not before)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Spacer, Table

    def height(flowable, width: float) -> float:
        if isinstance(flowable, Paragraph):
            return paragraph(flowable, width)
        if isinstance(flowable, Table):
            return table(flowable, width)
        if isinstance(flowable, Spacer):
            return flowable.height
        if isinstance(flowable, list | tuple):
            return sum(height(f, width) for f in flowable)
        content = getattr(flowable, "_content", None)  # KeepTogether and the like
        if content is not None:
            return sum(height(f, width) for f in content)
        try:
            return flowable.wrap(width, 1e6)[1]  # a drawing, an image: cheap to measure
        except Exception:  # an estimate: what cannot be measured counts nothing
            return 0.0

    def paragraph(p, width: float) -> float:
        style = p.style
        room = width - style.leftIndent - style.rightIndent
        if room <= 1:
            room = width
        lines, line = 0, 0.0
        for frag in getattr(p, "frags", ()):
            if getattr(frag, "lineBreak", False):
                lines += max(1, math.ceil(line / room))
                line = 0.0
                continue
            text = getattr(frag, "text", "")
            if text:
                line += stringWidth(text, frag.fontName, frag.fontSize)
        lines += max(1, math.ceil(line / room))
        return lines * style.leading + style.spaceBefore + style.spaceAfter

    def table(t, width: float) -> float:
        columns = t._colWidths
        widths = [w if isinstance(w, int | float) else width / len(columns) for w in columns]
        fixed = t._argH if isinstance(getattr(t, "_argH", None), list | tuple) else None
        total = 0.0
        for n, row in enumerate(t._cellvalues):
            if fixed is not None and fixed[n] is not None:
                total += fixed[n]
                continue
            spanned = len(row) > 1 and all(cell in ("", None) for cell in row[1:])
            tallest = 0.0
            for column, cell in enumerate(row):
                room = (sum(widths) if spanned else widths[column]) - CELL_PADDING[0]
                tallest = max(tallest, cell_height(cell, room))
            total += tallest + CELL_PADDING[1]
        return total

    def cell_height(cell, width: float) -> float:
        if isinstance(cell, str):
            return CELL_LEADING * (cell.count("\n") + 1) if cell else 0.0
        if cell is None:
            return 0.0
        return height(cell, width)

    return height
