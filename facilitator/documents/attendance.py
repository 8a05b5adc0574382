"""The attendance sign-in sheet of a workshop as a PDF, portrait or landscape.

Pre-filled with the invited and confirmed attendees by family name, then
given name, in Turkish order (the data arrives sorted so), then
blank numbered rows for walk-ins; every row has room for a signature.
"""

from __future__ import annotations

import os

from facilitator.documents.blocks import data_table, para, series_line
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import RenderOptions, heading, write_pdf
from facilitator.services.document_data import AttendanceData

WALK_IN_ROWS = 10


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
    facts = [series_line(w.series_title, w.number, labels)]
    facts.append(
        f"{labels.long_date(w.planned_start)}, {labels.time_range(w.planned_start, w.planned_end)}"
    )
    venue = ", ".join(v for v in (w.venue_name, w.venue_address) if v)
    if venue:
        facts.append(venue)
    flow.append(para("\n".join(f for f in facts if f), styles.body))
    from reportlab.platypus import Spacer

    # The signature cell holds a spacer: every row is tall enough to sign in,
    # and a long name or institution still makes its row taller, never overflows.
    rows = [
        [str(n), p.name, p.organization, p.position, Spacer(1, 18)]
        for n, p in enumerate(data.attendees, start=1)
    ]
    first_blank = len(rows) + 1
    rows += [
        [str(n), "", "", "", Spacer(1, 18)] for n in range(first_blank, first_blank + blank_rows)
    ]
    flow.append(
        data_table(
            [labels.text("no"), labels.text("name"), labels.text("institution"),
             labels.text("job_position"), labels.text("signature")],
            rows,
            [0.06, 0.25, 0.28, 0.2, 0.21],
            styles,
            width,
            split_rows=False,
            extra_style=[("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                         ("GRID", (0, 0), (-1, -1), 0.25, styles.grid)],
        )
    )  # fmt: skip
    return flow
