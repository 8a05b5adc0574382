"""The attendance sign-in sheet of a workshop as a PDF, portrait or landscape.

Pre-filled with the invited and confirmed attendees by family name, then
given name, in Turkish order (the data arrives sorted so), then
blank numbered rows for walk-ins to the foot of the last page (as many as
:data:`WALK_IN_ROWS` or more, at least three when the last names leave less room: one
page is better than a second for a few rows; never a page of blank rows alone); every
row has room for a signature.

Its columns are chosen for each export (:func:`sheet_columns`): the name always, then
any of institution, position, e-mail (printed only for those who consented to share
it), gender and photo consent (filled in by each attendee: the gender written, the
photo consent ticked) and the signature. For EU reporting the header carries the
funder's emblem, the funding statement and the project reference (see
:class:`~facilitator.documents.template.Branding`), and the personal-data information
text set in the Settings (KVKK / GDPR) stands above the signatures.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from facilitator.documents.blocks import data_table, para, series_line
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import RenderOptions, heading, write_pdf
from facilitator.errors import ValidationError
from facilitator.i18n import translate
from facilitator.services.document_data import AttendanceData, ParticipantLine

WALK_IN_ROWS = 10  # blank rows asked for (the last page is filled with them)

# The columns a sheet may have, in the order they are printed: (label key, width weight).
COLUMNS: dict[str, tuple[str, float]] = {
    "name": ("name", 0.22),
    "organization": ("organization", 0.24),
    "position": ("job_position", 0.17),
    "email": ("email_column", 0.21),
    "gender": ("gender_column", 0.11),
    "photo": ("photo_column", 0.13),
    "signature": ("signature", 0.19),
}
DEFAULT_COLUMNS = ("name", "organization", "position", "signature")
NUMBER_WEIGHT = 0.05


def sheet_columns(chosen: Iterable[str] | None) -> tuple[str, ...]:
    """The columns of a sheet in print order, the name always among them; None or empty
    is :data:`DEFAULT_COLUMNS`. An unknown column is refused by name."""
    chosen = [c.strip().lower() for c in (chosen or ()) if c.strip()]
    if not chosen:
        return DEFAULT_COLUMNS
    unknown = [c for c in chosen if c not in COLUMNS]
    if unknown:
        raise ValidationError(
            translate(
                "Errors", "The attendance sheet has no column “{column}”; it has: {columns}."
            ).format(column=unknown[0], columns=", ".join(COLUMNS))
        )
    return tuple(c for c in COLUMNS if c == "name" or c in chosen)


def column_fractions(columns: tuple[str, ...]) -> list[float]:
    """The widths of the number column and ``columns``, as fractions of the page."""
    return [NUMBER_WEIGHT, *(COLUMNS[c][1] for c in columns)]


def column_headers(columns: tuple[str, ...], labels: DocumentLabels) -> list[str]:
    return [labels.text("no"), *(labels.text(COLUMNS[c][0]) for c in columns)]


CELL_PADDING = 6  # points: a cell's text is this much narrower than its column
CELL_SIZE = 8.5  # points: the size of the cells' text


def row_cells(
    columns: tuple[str, ...],
    person: ParticipantLine | None,
    labels: DocumentLabels,
    width: float,
) -> list[str]:
    """The cells of a row after its number, for a table ``width`` points wide: an e-mail
    address too long for its column breaks before its "@", the photo choices go one under
    the other, never a word cut in two."""
    fractions = column_fractions(columns)
    total = sum(fractions)
    return [
        _fitted(cell_text(c, person, labels), width * f / total - CELL_PADDING)
        for c, f in zip(columns, fractions[1:], strict=True)
    ]


def _fitted(text: str, room: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from facilitator.documents.fonts import FAMILY, register_fonts

    register_fonts()

    def fits(part: str) -> bool:
        return stringWidth(part, FAMILY, CELL_SIZE) <= room

    if not text or fits(text):
        return text
    if "  " in text:  # choices side by side: one under the other
        return "\n".join(text.split("  "))
    if "@" not in text:
        return text
    # An address breaks before its "@" and after a dot, as few times as its column needs.
    lines: list[str] = []
    for piece in re.split(r"(?<=\.)|(?=@)", text):
        if lines and fits(lines[-1] + piece) and not piece.startswith("@"):
            lines[-1] += piece
        else:
            lines.append(piece)
    return "\n".join(line for line in lines if line)


def cell_text(column: str, person: ParticipantLine | None, labels: DocumentLabels) -> str:
    """What a row prints in ``column`` (a blank row: ``person`` None); "" for the signature,
    which is room to sign."""
    if column == "photo":
        return labels.text("photo_choices")  # ticked by the attendee, named or not
    if person is None:
        return ""
    return {
        "name": person.name,
        "organization": person.organization,
        "position": person.position,
        "email": person.email,  # only there when they consented to share it
    }.get(column, "")


def write_attendance(
    path: str | os.PathLike,
    data: AttendanceData,
    options: RenderOptions,
    *,
    blank_rows: int = WALK_IN_ROWS,
    filled: list[int] | None = None,
) -> int:
    """Write the sign-in sheet to ``path``; returns the page count. ``filled``, when given,
    ends with the number of blank rows printed."""
    w = data.workshop
    labels = DocumentLabels(options.language, w.time_zone)
    columns = sheet_columns(options.columns)
    consent = options.branding.consent_in(options.language)
    return write_pdf(
        path,
        options,
        title=f"{labels.text('attendance_sheet')}: {w.title}",
        subject=labels.text("subject_attendance"),
        author=w.host or w.moderator or "Facilitator",
        running_title=f"{labels.text('attendance_sheet')} — {w.title}",
        story=lambda labels, styles, width: _story(
            data, labels, styles, width, blank_rows, columns, consent, filled
        ),
        time_zone=w.time_zone,
    )


def _story(
    data: AttendanceData,
    labels: DocumentLabels,
    styles,
    width,
    blank_rows,
    columns,
    consent,
    filled=None,
) -> list:
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
    if consent:
        # What the personal data is collected for, read before signing (KVKK / GDPR).
        flow.append(heading(labels.text("personal_data"), styles.h3))
        flow.append(para(consent, styles.small))
    named = [
        [str(n), *_without_signature(columns, row_cells(columns, p, labels, width))]
        for n, p in enumerate(data.attendees, 1)
    ]
    blank = _without_signature(columns, row_cells(columns, None, labels, width))
    flow.append(
        sign_in_table(
            named,
            blank_rows,
            column_headers(columns, labels),
            styles,
            width,
            blank=blank,
            fractions=column_fractions(columns),
            signature="signature" in columns,
            filled=filled,
        )
    )
    return flow


def blank_rows_printed(data: AttendanceData, options: RenderOptions) -> int:
    """How many blank rows the PDF sheet of ``data`` prints (filling its last page), for
    the Word sheet to number the same rows."""
    import tempfile

    filled: list[int] = []
    with tempfile.TemporaryDirectory(prefix="facilitator-") as folder:
        write_attendance(Path(folder) / "sheet.pdf", data, options, filled=filled)
    return filled[-1] if filled else WALK_IN_ROWS


def _without_signature(columns: tuple[str, ...], cells: list[str]) -> list[str]:
    return [cell for c, cell in zip(columns, cells, strict=True) if c != "signature"]


SIGNATURE_HEIGHT = 18  # points: every row is tall enough to sign in


def sign_in_table(
    named: list,
    blank_rows: int,
    columns: list,
    styles,
    width,
    *,
    blank: list,
    fractions: list[float],
    signature: bool = True,
    filled: list[int] | None = None,
):
    """The sign-in table: the named rows, then numbered blank rows (``blank``: what each
    of their cells after the number holds) to the foot of the page the names end on. No
    page holds only blank rows: when that page has room for fewer than half of
    ``blank_rows`` (and for fewer than three), the last named rows go over to a new page
    with them, and it is filled; otherwise there are at least ``blank_rows``."""
    from reportlab.platypus import Spacer

    def table(rows: list, blanks: int):
        # The last cell holds a spacer: every row is tall enough to sign in (or write),
        # and a long name or institution still makes its row taller, never overflows.
        first = len(named) + 1
        room = [Spacer(1, SIGNATURE_HEIGHT)]
        if signature:
            cells = [[*row, *room] for row in rows]
            cells += [[str(n), *blank, *room] for n in range(first, first + blanks)]
        else:
            cells = [[*row[:-1], [para(row[-1], styles.cell), *room]] for row in rows]
            cells += [
                [str(n), *blank[:-1], [para(blank[-1], styles.cell), *room]]
                for n in range(first, first + blanks)
            ]
        return data_table(
            columns,
            cells,
            fractions,
            styles,
            width,
            split_rows=False,
            extra_style=[("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                         ("GRID", (0, 0), (-1, -1), 0.25, styles.grid)],
        )  # fmt: skip

    if blank_rows <= 0:
        return table(named, 0)
    return _filling_class()(table, named, blank_rows, filled if filled is not None else [])


def _filling_class():
    cls = _classes.get("filling")
    if cls is not None:
        return cls
    from reportlab.platypus.doctemplate import FrameBreak
    from reportlab.platypus.flowables import Flowable

    class FillingTable(Flowable):
        """Named rows, then blank rows to the foot of the page where the table ends."""

        MOVED_ROWS = 2  # named rows that go over with the blank rows to a new page
        MIN_BLANKS = 3  # blank rows that end the sheet on the names' page, not a new one
        SLACK = 2  # points left free below the last blank row

        def __init__(self, table, rows: list, blanks: int, filled: list[int]):
            super().__init__()
            self.table = table  # (named rows, number of blank rows) -> Table
            self.rows = rows
            self.blanks = blanks
            self.filled = filled  # the blank rows of the table that ends the sheet

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
                self.filled.append(self.blanks + more)
                return [self.table(self.rows, self.blanks + more)]
            if not parts:
                if top:
                    self.filled.append(self.blanks)
                    return [whole]
                return [FrameBreak(), self]
            kept = len(parts[0]._cellvalues) - 1  # the header row repeats
            if kept < len(self.rows):
                # Named rows go on over the page: the rest, and the blank rows, follow.
                rest = FillingTable(self.table, self.rows[kept:], self.blanks, self.filled)
                return [parts[0], rest]
            if kept - len(self.rows) >= min(self.MIN_BLANKS, (self.blanks + 1) // 2):
                # Room for a few blank rows or more: they fill this page, no new one.
                self.filled.append(kept - len(self.rows))
                return [parts[0]]
            # Only a few blank rows would stay and the rest start a page of their own:
            # the last named rows go over with them, and they fill that page.
            moved = min(self.MOVED_ROWS, len(self.rows))
            if moved == len(self.rows):
                if top:
                    self.filled.append(self.blanks)
                    return [whole]
                return [FrameBreak(), self]
            stay = self.table(self.rows[:-moved], 0)
            rest = FillingTable(self.table, self.rows[-moved:], self.blanks, self.filled)
            return [stay, FrameBreak(), rest]

        def draw(self):  # never drawn: always split into tables
            pass

    _classes["filling"] = FillingTable
    return FillingTable


_classes: dict[str, type] = {}
