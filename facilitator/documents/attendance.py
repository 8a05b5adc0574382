"""The attendance sign-in sheet of a workshop as a PDF, portrait or landscape.

Pre-filled with the invited and confirmed attendees by family name, then
given name, in Turkish order (the data arrives sorted so), then
blank numbered rows for walk-ins to the foot of the last page (as many as
:data:`WALK_IN_ROWS` or more, at least half that many when the last names leave less
room, never a page of blank rows alone); every row has room for a signature.
"""

from __future__ import annotations

import os

from facilitator.documents.blocks import data_table, para, series_line
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import RenderOptions, heading, write_pdf
from facilitator.services.document_data import AttendanceData

WALK_IN_ROWS = 10  # blank rows asked for (the last page is filled with them)


def write_attendance(
    path: str | os.PathLike,
    data: AttendanceData,
    options: RenderOptions,
    *,
    blank_rows: int = WALK_IN_ROWS,
) -> int:
    """Write the sign-in sheet to ``path``; returns the page count."""
    w = data.workshop
    labels = DocumentLabels(options.language, w.time_zone)
    return write_pdf(
        path,
        options,
        title=f"{labels.text('attendance_sheet')}: {w.title}",
        subject=labels.text("subject_attendance"),
        author=w.host or w.moderator or "Facilitator",
        running_title=f"{labels.text('attendance_sheet')} — {w.title}",
        story=lambda labels, styles, width: _story(data, labels, styles, width, blank_rows),
        time_zone=w.time_zone,
    )


def _story(data: AttendanceData, labels: DocumentLabels, styles, width, blank_rows) -> list:
    w = data.workshop
    flow = [
        heading(w.title, styles.title, 0, outline=labels.text("attendance_sheet")),
        para(labels.text("attendance_sheet"), styles.subtitle),
    ]
    facts = [series_line(w.series_title, w.number, labels, w.title)]
    facts.append(
        f"{labels.long_date(w.planned_start)}, {labels.time_range(w.planned_start, w.planned_end)}"
    )
    venue = ", ".join(v for v in (w.venue_name, w.venue_address) if v)
    if venue:
        facts.append(venue)
    flow.append(para("\n".join(f for f in facts if f), styles.body))
    named = [[str(n), p.name, p.organization, p.position] for n, p in enumerate(data.attendees, 1)]
    columns = [
        labels.text("no"),
        labels.text("name"),
        labels.text("institution"),
        labels.text("job_position"),
        labels.text("signature"),
    ]
    flow.append(sign_in_table(named, blank_rows, columns, styles, width))
    return flow


SIGNATURE_HEIGHT = 18  # points: every row is tall enough to sign in


def sign_in_table(named: list, blank_rows: int, columns: list, styles, width):
    """The sign-in table: the named rows, then numbered blank rows to the foot of the page
    the names end on. No page holds only blank rows: when that page has room for fewer
    than half of ``blank_rows``, the last named rows go over to a new page with them, and
    it is filled; otherwise there are at least ``blank_rows``."""
    from reportlab.platypus import Spacer

    def table(rows: list, blanks: int):
        # The signature cell holds a spacer: every row is tall enough to sign in, and a
        # long name or institution still makes its row taller, never overflows.
        first = len(named) + 1
        cells = [[*row, Spacer(1, SIGNATURE_HEIGHT)] for row in rows]
        cells += [
            [str(n), "", "", "", Spacer(1, SIGNATURE_HEIGHT)] for n in range(first, first + blanks)
        ]
        return data_table(
            columns,
            cells,
            [0.06, 0.25, 0.28, 0.2, 0.21],
            styles,
            width,
            split_rows=False,
            extra_style=[("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                         ("GRID", (0, 0), (-1, -1), 0.25, styles.grid)],
        )  # fmt: skip

    if blank_rows <= 0:
        return table(named, 0)
    return _filling_class()(table, named, blank_rows)


def _filling_class():
    cls = _classes.get("filling")
    if cls is not None:
        return cls
    from reportlab.platypus.doctemplate import FrameBreak
    from reportlab.platypus.flowables import Flowable

    class FillingTable(Flowable):
        """Named rows, then blank rows to the foot of the page where the table ends."""

        MOVED_ROWS = 2  # named rows that go over with the blank rows to a new page
        SLACK = 2  # points left free below the last blank row

        def __init__(self, table, rows: list, blanks: int):
            super().__init__()
            self.table = table  # (named rows, number of blank rows) -> Table
            self.rows = rows
            self.blanks = blanks

        def wrap(self, avail_width, avail_height):
            return avail_width, 0xFFFFFF  # always asked to split

        def split(self, avail_width, avail_height):
            frame = getattr(self, "_frame", None)
            top = frame is not None and bool(getattr(frame, "_atTop", False))
            whole = self.table(self.rows, self.blanks)
            parts = whole.splitOn(self.canv, avail_width, avail_height)
            if len(parts) == 1:
                # Everything fits: as many more blank rows as the page still has room for.
                row = whole._rowHeights[-1]
                room = avail_height - whole._height - self.SLACK
                more = max(0, int(room // row)) if row > 0 else 0
                return [self.table(self.rows, self.blanks + more)]
            if not parts:
                return [whole] if top else [FrameBreak(), self]
            kept = len(parts[0]._cellvalues) - 1  # the header row repeats
            if kept < len(self.rows):
                # Named rows go on over the page: the rest, and the blank rows, follow.
                return [parts[0], FillingTable(self.table, self.rows[kept:], self.blanks)]
            if kept - len(self.rows) >= (self.blanks + 1) // 2:
                # Room for half the blank rows or more: they fill this page, no new one.
                return [parts[0]]
            # Only a few blank rows would stay and the rest start a page of their own:
            # the last named rows go over with them, and they fill that page.
            moved = min(self.MOVED_ROWS, len(self.rows))
            if moved == len(self.rows):
                return [whole] if top else [FrameBreak(), self]
            stay = self.table(self.rows[:-moved], 0)
            return [stay, FrameBreak(), FillingTable(self.table, self.rows[-moved:], self.blanks)]

        def draw(self):  # never drawn: always split into tables
            pass

    _classes["filling"] = FillingTable
    return FillingTable


_classes: dict[str, type] = {}
