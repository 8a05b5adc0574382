"""The attendance sign-in sheet as a Word document, portrait or landscape: the same content
in the same order as the PDF (:mod:`facilitator.documents.attendance`): the personal-data
text, then the invited and confirmed attendees in Turkish order in the columns chosen,
then blank numbered rows for walk-ins, every row tall enough to sign in."""

from __future__ import annotations

import os

from facilitator.documents.attendance import (
    blank_rows_printed,
    column_fractions,
    column_headers,
    row_cells,
    sheet_columns,
)
from facilitator.documents.blocks import series_line
from facilitator.documents.docx_base import WordDocument
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import RenderOptions
from facilitator.services.document_data import AttendanceData

WORD_MARGIN_ROWS = 2  # rows: Word's pages may hold a little less than the PDF's


def write_attendance_docx(
    path: str | os.PathLike,
    data: AttendanceData,
    options: RenderOptions,
    *,
    blank_rows: int | None = None,
) -> None:
    """Write the sign-in sheet to ``path`` as a .docx: with the PDF's blank rows, filling
    its last page as the PDF's does, unless ``blank_rows`` is given."""
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
    consent = options.branding.consent_in(options.language)
    if consent:
        doc.heading(labels.text("personal_data"), 3)
        doc.paragraph(consent, "Small Print")
    columns = sheet_columns(options.columns)
    width = ((297 if options.landscape else 210) - 32) * 72 / 25.4  # the text's, in points
    rows = [
        [str(n), *row_cells(columns, p, labels, width)]
        for n, p in enumerate(data.attendees, start=1)
    ]
    if blank_rows is None:
        # Word lays out its own pages: the PDF's count, less a margin for a slightly
        # shorter page, never a new page of a few blank rows alone.
        blank_rows = max(3, blank_rows_printed(data, options) - WORD_MARGIN_ROWS)
    first_blank = len(rows) + 1
    blank = row_cells(columns, None, labels, width)
    rows += [[str(n), *blank] for n in range(first_blank, first_blank + blank_rows)]
    doc.table(column_headers(columns, labels), rows, column_fractions(columns), min_height=24)
    doc.save(path)
