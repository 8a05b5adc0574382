"""The attendance sign-in sheet as a Word document, portrait or landscape: the same content
in the same order as the PDF (:mod:`facilitator.documents.attendance`): the invited and
confirmed attendees in Turkish order, then blank numbered rows for walk-ins, every row
tall enough to sign in."""

from __future__ import annotations

import os

from facilitator.documents.attendance import WALK_IN_ROWS
from facilitator.documents.blocks import series_line
from facilitator.documents.docx_base import WordDocument
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import RenderOptions
from facilitator.services.document_data import AttendanceData


def write_attendance_docx(
    path: str | os.PathLike,
    data: AttendanceData,
    options: RenderOptions,
    *,
    blank_rows: int = WALK_IN_ROWS,
) -> None:
    """Write the sign-in sheet to ``path`` as a .docx."""
    w = data.workshop
    labels = DocumentLabels(options.language, w.time_zone)
    doc = WordDocument(
        options,
        labels,
        title=f"{labels.text('attendance_sheet')}: {w.title}",
        subject=labels.text("subject_attendance"),
        author=w.host or w.moderator or "Facilitator",
        running_title=f"{labels.text('attendance_sheet')} — {w.title}",
        landscape=options.landscape,
    )
    doc.paragraph(" ".join(w.title.split()), "title")
    doc.paragraph(labels.text("attendance_sheet"), "subtitle")
    facts = [series_line(w.series_title, w.number, labels, w.title)]
    facts.append(
        f"{labels.long_date(w.planned_start)}, {labels.time_range(w.planned_start, w.planned_end)}"
    )
    venue = ", ".join(v for v in (w.venue_name, w.venue_address) if v)
    if venue:
        facts.append(venue)
    doc.paragraph("\n".join(f for f in facts if f))
    rows = [
        [str(n), p.name, p.organization, p.position, ""]
        for n, p in enumerate(data.attendees, start=1)
    ]
    first_blank = len(rows) + 1
    rows += [[str(n), "", "", "", ""] for n in range(first_blank, first_blank + blank_rows)]
    doc.table(
        [labels.text("no"), labels.text("name"), labels.text("institution"),
         labels.text("job_position"), labels.text("signature")],
        rows,
        [0.06, 0.25, 0.28, 0.2, 0.21],
        min_height=24,
    )  # fmt: skip
    doc.save(path)
