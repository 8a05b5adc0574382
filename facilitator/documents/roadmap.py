"""The roadmap of a series as a PDF.

The phases and workshops on a timeline drawn as vector graphics, the
commitments of each phase with the responsible organization and status, the
contribution matrix (organizations × kinds of contribution) and, as an
appendix, the register of the series' decisions.
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date, timedelta
from typing import NamedTuple

from facilitator.documents.blocks import data_table, details_table, para
from facilitator.documents.escape import drawable, plain
from facilitator.documents.fonts import BOLD, FAMILY
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.minutes import commitments_table
from facilitator.documents.styles import Styles
from facilitator.documents.template import RenderOptions, heading, write_pdf
from facilitator.services.document_data import RoadmapData


def held_on(labels: DocumentLabels, workshop) -> str:
    """The day a workshop of the series is held, where it is held."""
    return DocumentLabels(labels.language, workshop.time_zone).short_date(workshop.planned_start)


def write_roadmap(path: str | os.PathLike, data: RoadmapData, options: RenderOptions) -> int:
    """Write the roadmap of ``data``'s series to ``path``; returns the page count."""
    labels = DocumentLabels(options.language)
    return write_pdf(
        path,
        # Its footer names who issues it, as the other documents' do: the coordinator.
        options if options.organizer else options.issued_by(data.coordinator),
        title=f"{labels.text('roadmap')}: {data.title}",
        subject=labels.text("subject_roadmap"),
        author=data.coordinator or "Facilitator",
        running_title=f"{labels.text('roadmap')} — {data.title}",
        story=lambda labels, styles, width: _story(data, labels, styles, width),
    )


def _story(data: RoadmapData, labels: DocumentLabels, styles: Styles, width) -> list:
    flow = [
        para(labels.text("roadmap"), styles.subtitle),
        heading(data.title, styles.title, 0, outline=labels.text("roadmap")),
    ]
    details = details_table(
        [
            (labels.text("coordinator"), data.coordinator),
            (labels.text("details"), data.description),
        ],
        styles,
        width,
    )
    if details is not None:
        flow.append(details)
    if data.workshops:
        flow.append(heading(labels.text("workshops"), styles.h1, 0))
        flow.append(
            data_table(
                [labels.text("no"), labels.text("date"), labels.text("workshop"),
                 labels.text("status")],
                [
                    ["" if w.number is None else str(w.number), held_on(labels, w),
                     w.title, labels.enum("workshop_status", w.status)]
                    for w in data.workshops
                ],
                [0.07, 0.16, 0.59, 0.18],
                styles,
                width,
            )
        )  # fmt: skip
    flow += _figures(data, labels, styles, width)
    flow.append(heading(labels.text("timeline"), styles.h1, 0))
    drawn = timeline(data, labels, styles, width)
    if drawn is None:
        flow.append(para(labels.text("no_phases"), styles.body))
    else:
        flow.append(drawn.drawing)
        if drawn.key:
            flow.append(
                data_table(
                    [labels.text("no"), labels.text("phase"), labels.text("date")],
                    [list(row) for row in drawn.key],
                    [0.07, 0.73, 0.2],
                    styles,
                    width,
                )
            )
    flow += _phases(data, labels, styles, width)
    flow += _matrix(data, labels, styles, width)
    flow += _register(data, labels, styles, width)
    return flow


def _fit(text: str, size: float, limit: float, face: str = FAMILY) -> str:
    """``text`` on one line in ``face``, cut with "…" to ``limit`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = drawable(plain(text), face)
    if stringWidth(text, face, size) <= limit:
        return text
    while text and stringWidth(text + "…", face, size) > limit:
        text = text[:-1]
    return text.rstrip() + "…"


LABEL_GAP = 6  # points between two phase labels on one line


def place_labels(marks: list[tuple[float, float, float]]) -> list[int]:
    """A level (0 = nearest the axis) for each label ``(x, start, end)`` of a mark at ``x``.

    A label whose extent covers another mark goes above that mark's label, so no leader
    line (from a mark up to its label) runs through a label; labels on one level never
    overlap. Levels are added as needed, however close the dates are.
    """
    below = [
        {m for m, (x, _a, _b) in enumerate(marks) if m != n and a + 1 < x < b - 1}
        for n, (_x, a, b) in enumerate(marks)
    ]
    levels: dict[int, int] = {}
    waiting = list(range(len(marks)))
    while waiting:
        ready = [n for n in waiting if below[n] <= levels.keys()]
        # Marks covering one another (only when labels must face each other) cannot all
        # be satisfied: the first waiting label goes next, its cover partly ignored.
        n = ready[0] if ready else waiting[0]
        waiting.remove(n)
        _x, a, b = marks[n]
        level = max((levels[m] + 1 for m in below[n] if m in levels), default=0)
        while any(
            levels[m] == level and a < marks[m][2] + LABEL_GAP and marks[m][1] < b + LABEL_GAP
            for m in levels
        ):
            level += 1
        levels[n] = level
    return [levels[n] for n in range(len(marks))]


def _covers(mark: tuple[float, float, float], x: float) -> bool:
    return mark[1] + 1 < x < mark[2] - 1


def _untangle(marks: list[tuple[float, float, float]], texts: list[list]) -> None:
    """Two labels that each cover the other's mark cannot both go above the other: the
    title of the wider one is cut short of the other mark (its date stays whole), so one
    leader line ends below the other label instead of running through it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for n in range(len(marks)):
        for m in range(len(marks)):
            if m == n or not (_covers(marks[n], marks[m][0]) and _covers(marks[m], marks[n][0])):
                continue
            cut = n if marks[n][2] - marks[n][1] >= marks[m][2] - marks[m][1] else m
            other = m if cut == n else n
            x, a, b = marks[cut]
            title, when, anchor = texts[cut]
            room = abs(marks[other][0] - x) - LABEL_GAP
            shorter = _fit(title, 7.5, room, BOLD)
            wide = max(stringWidth(shorter, BOLD, 7.5), stringWidth(when, FAMILY, 6.5))
            if wide > room:
                continue  # its date alone covers the other mark: left to the levels
            texts[cut][0] = shorter
            marks[cut] = (x, a, a + wide) if anchor == "start" else (x, b - wide, b)


def _tangled(marks: list[tuple[float, float, float]]) -> bool:
    """Whether two labels still cover each other's marks (one leader would cross a label)."""
    return any(
        _covers(marks[n], marks[m][0]) and _covers(marks[m], marks[n][0])
        for n in range(len(marks))
        for m in range(n + 1, len(marks))
        if marks[n][0] != marks[m][0]  # one day: one leader line, crossing nothing
    )


class Timeline(NamedTuple):
    drawing: object  # a reportlab Drawing
    key: list[tuple[str, str, str]]  # (number, phase, date) when the diamonds are numbered


def timeline_drawing(data: RoadmapData, labels: DocumentLabels, styles: Styles, width):
    """The timeline's drawing (see :func:`timeline`); None if no phase has a date."""
    drawn = timeline(data, labels, styles, width)
    return None if drawn is None else drawn.drawing


def timeline(data: RoadmapData, labels: DocumentLabels, styles: Styles, width):
    """Phases (diamonds, labelled) and workshops (dots) along one dated axis, with a legend;
    None if no phase has a date. Labels of close phases go on more levels, never overlap."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    phases = sorted(
        (p for p in data.phases if p.target_date is not None), key=lambda p: p.target_date
    )
    # Each workshop on the day it is held where it is held.
    workshop_days = [
        DocumentLabels("en", w.time_zone).local(w.planned_start).date() for w in data.workshops
    ]
    days = [p.target_date for p in phases] + workshop_days
    if not phases:
        return None
    first, last = min(days), max(days)
    first = date(first.year, first.month, 1)
    last = (date(last.year, last.month, 28) + timedelta(days=4)).replace(day=1)
    span = max((last - first).days, 1)
    left, right = 4, width - 4
    label_h = 11
    axis_y = 40  # room below the axis for month names and the legend

    def x_of(day: date) -> float:
        return left + (right - left) * (day - first).days / span

    # Each label: its title (cut to at most a third of the width) and date, starting at
    # its diamond, or ending there when it would run past the right edge.
    most = (right - left) / 3
    texts = []
    marks = []
    xs = [x_of(phase.target_date) for phase in phases]
    for phase, x in zip(phases, xs, strict=True):
        title = _fit(phase.title, 7.5, most, BOLD)
        when = labels.short_date(phase.target_date)
        wide = max(stringWidth(title, BOLD, 7.5), stringWidth(when, FAMILY, 6.5))
        # Right of the mark, or left of it: whichever fits on the page and covers fewer
        # other marks (a covered mark's label has to go higher).
        sides = [("start", x, x + wide), ("end", x - wide, x)]
        sides = [side for side in sides if side[1] >= left - 4 and side[2] <= right + 4]
        anchor, a, b = min(sides, key=lambda side: sum(side[1] + 1 < o < side[2] - 1 for o in xs))
        marks.append((x, a, b))
        texts.append([title, when, anchor])
    _untangle(marks, texts)
    key: list[tuple[str, str, str]] = []
    if _tangled(marks):
        # Too close to label without a leader line running through a label: each diamond
        # gets its number, and a key under the timeline names the phases.
        for n, (phase, x) in enumerate(zip(phases, xs, strict=True)):
            number = str(n + 1)
            key.append((number, phase.title, labels.short_date(phase.target_date)))
            half = stringWidth(number, BOLD, 7.5) / 2 + 1
            marks[n] = (x, x - half, x + half)
            texts[n] = [number, "", "middle"]
    levels = place_labels(marks)
    rows = max(levels) + 1
    height = axis_y + 14 + rows * 2 * label_h
    d = Drawing(width, height)
    grey = colors.HexColor("#888888")

    d.add(Line(left, axis_y, right, axis_y, strokeColor=grey, strokeWidth=1))
    # Month ticks, with a label every few months so they stay readable.
    months = []
    cursor = first
    while cursor <= last:
        months.append(cursor)
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    step = max(1, len(months) // 12 + (1 if len(months) % 12 else 0))
    for n, month in enumerate(months):
        x = x_of(month)
        d.add(Line(x, axis_y - 3, x, axis_y + 3, strokeColor=grey, strokeWidth=0.5))
        if n % step == 0:
            d.add(
                String(x, axis_y - 12, labels.month_year(month), fontName=FAMILY, fontSize=6,
                       fillColor=grey, textAnchor="middle")
            )  # fmt: skip
    for day in workshop_days:
        d.add(
            Circle(x_of(day), axis_y, 2.6, fillColor=colors.white, strokeColor=styles.accent,
                   strokeWidth=1)
        )  # fmt: skip
    for (x, _a, _b), level, (title, when, anchor) in zip(marks, levels, texts, strict=True):
        y = axis_y + 14 + level * 2 * label_h
        d.add(Line(x, axis_y + 4, x, y - 2, strokeColor=styles.accent, strokeWidth=0.5))
        d.add(
            Polygon([x, axis_y + 5, x + 5, axis_y, x, axis_y - 5, x - 5, axis_y],
                    fillColor=styles.accent, strokeColor=None)
        )  # fmt: skip
        d.add(
            String(x, y + label_h, title, fontName=BOLD, fontSize=7.5, fillColor=styles.accent,
                   textAnchor=anchor)
        )  # fmt: skip
        d.add(
            String(x, y + 1, when, fontName=FAMILY, fontSize=6.5, fillColor=grey,
                   textAnchor=anchor)
        )  # fmt: skip
    # Legend: what a dot and a diamond stand for.
    legend_y = 6
    d.add(
        Circle(left + 3, legend_y + 2, 2.6, fillColor=colors.white, strokeColor=styles.accent,
               strokeWidth=1)
    )  # fmt: skip
    workshop_text = labels.text("workshop")
    d.add(String(left + 10, legend_y, workshop_text, fontName=FAMILY, fontSize=6.5, fillColor=grey))
    x = left + 10 + stringWidth(workshop_text, FAMILY, 6.5) + 14
    d.add(
        Polygon([x, legend_y + 6, x + 4, legend_y + 2, x, legend_y - 2, x - 4, legend_y + 2],
                fillColor=styles.accent, strokeColor=None)
    )  # fmt: skip
    d.add(
        String(x + 8, legend_y, labels.text("phase"), fontName=FAMILY, fontSize=6.5,
               fillColor=grey)
    )  # fmt: skip
    return Timeline(d, key)


def _phases(data: RoadmapData, labels: DocumentLabels, styles: Styles, width) -> list:
    flow = [heading(labels.text("phases"), styles.h1, 0)]
    by_phase = defaultdict(list)
    for c in data.commitments:
        by_phase[c.phase_id].append(c)
    known = {p.id for p in data.phases}
    for phase in data.phases:
        title = phase.title
        if phase.target_date is not None:
            title = f"{phase.title} ({labels.short_date(phase.target_date)})"
        flow.append(heading(title, styles.h2, 1))
        if phase.description:
            # The phase's heading and description stay with its first commitments.
            description = para(phase.description, styles.body)
            description.keepWithNext = 1
            flow.append(description)
        if by_phase.get(phase.id):
            flow.append(commitments_table(by_phase[phase.id], labels, styles, width))
        else:
            flow.append(para(labels.text("no_commitments"), styles.small))
    loose = [c for key, items in by_phase.items() if key not in known for c in items]
    if loose:
        flow.append(heading(labels.text("no_phase"), styles.h2, 1))
        flow.append(commitments_table(loose, labels, styles, width))
    if not data.phases and not loose:
        flow.append(para(labels.text("no_phases"), styles.body))
    return flow


def _matrix(data: RoadmapData, labels: DocumentLabels, styles: Styles, width) -> list:
    from reportlab.lib.styles import ParagraphStyle

    flow = [heading(labels.text("contribution_matrix"), styles.h1, 0)]
    if not data.matrix:
        flow.append(para(labels.text("no_commitments"), styles.body))
        return flow
    kinds = data.matrix_types
    rows = []
    for line in data.matrix:
        label = line.label if line.label else labels.text("total")
        row = [label if line.label else para(label, styles.cell_bold)]
        for count, amounts in line.cells:
            shown = [str(count)] if count else [""]
            shown += [labels.quantity(amount, unit) for unit, amount in amounts]
            row.append("\n".join(shown))
        row.append(str(line.total))
        rows.append(row)
    first = 0.26 if len(kinds) < 6 else 0.16
    fractions = [first] + [(0.93 - first) / max(len(kinds), 1)] * len(kinds) + [0.07]
    # Seven kinds side by side leave narrow columns: a smaller header keeps
    # words like "Communication" whole.
    narrow = ParagraphStyle("matrix_head", parent=styles.head, fontSize=6.6, leading=8.5)
    flow.append(
        data_table(
            [labels.text("organization")]
            + [
                labels.enum("contribution_short" if len(kinds) > 5 else "contribution", k)
                for k in kinds
            ]
            + [labels.text("total")],
            rows,
            fractions,
            styles,
            width,
            head_style=narrow if len(kinds) > 4 else None,
            right=tuple(range(1, len(kinds) + 2)),
            # The total row never starts a page alone under the repeated header.
            extra_style=[
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, styles.accent),
                ("NOSPLIT", (0, -2), (-1, -1)),
            ],
        )
    )
    flow.append(para(labels.text("matrix_note"), styles.small))
    return flow


def _figures(data: RoadmapData, labels: DocumentLabels, styles: Styles, width) -> list:
    f = data.figures
    if f is None:
        return []
    sectors = ", ".join(
        f"{labels.enum('sector', s) if s else '—'} {n}" for s, n in f.organizations_by_sector
    )
    statuses = ", ".join(
        f"{labels.enum('commitment_status', s)} {n}" for s, n in f.commitments_by_status if n
    )
    rows = [
        (labels.text("workshops_held"), f"{f.workshops_held} / {f.workshops_total}"),
        (labels.text("unique_participants"), str(f.unique_participants)),
        (labels.text("participations"), str(f.participations)),
        (labels.text("organizations_n"), f"{f.unique_organizations} ({sectors})" if sectors
         else str(f.unique_organizations)),
        (labels.text("commitments"), f"{f.commitments_total} ({statuses})" if statuses
         else str(f.commitments_total)),
    ]  # fmt: skip
    table = details_table(rows, styles, width)
    return [heading(labels.text("figures"), styles.h1, 0), table] if table else []


def _register(data: RoadmapData, labels: DocumentLabels, styles: Styles, width) -> list:
    flow = [heading(labels.text("decision_register"), styles.h1, 0)]
    if not data.decisions:
        flow.append(para(labels.text("no_decisions"), styles.body))
        return flow
    rows = []
    for d in data.decisions:
        what = [para(d.title, styles.cell_bold)]
        if d.statement:
            what.append(para(d.statement, styles.cell))
        rows.append(
            [
                d.label,
                what,
                d.workshop_title,
                labels.enum("outcome", d.outcome) if d.outcome else labels.text("undecided"),
                labels.short_date(d.review_date),
            ]
        )
    flow.append(
        data_table(
            [labels.text("no"), labels.text("decision"), labels.text("workshop"),
             labels.text("outcome"), labels.text("review_date")],
            rows,
            [0.07, 0.45, 0.2, 0.14, 0.14],
            styles,
            width,
        )
    )  # fmt: skip
    return flow
