"""Building blocks the documents share: escaped paragraphs, detail lists, tables, tally bars.

Every user string reaches reportlab through :func:`para` (and so through
:func:`facilitator.documents.escape.para_text`); tables split inside rows so a
very long cell never makes a page overflow.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from facilitator.documents.escape import para_text, plain
from facilitator.documents.labels import DocumentLabels, names_other_meeting
from facilitator.documents.styles import Styles

LONG_CELL = 400  # characters; a cell this long may be taller than a page in a narrow column


@cache
def paragraph_class() -> type:
    """reportlab's ``Paragraph``, breaking its lines once per width.

    A paragraph is wrapped more than once at the same width: measured by the groups that
    keep a heading with what follows (and the page estimate), then placed by the frame, and
    a table's cells each time the table is measured or split. Its lines depend on the
    width alone, so the second time they are reused (line breaking is most of the time
    a document takes). A split drops them (``blPara``), and they are then broken again.
    """
    from reportlab.platypus import Paragraph

    class _Paragraph(Paragraph):
        _wrapped_at = None

        def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
            if availWidth == self._wrapped_at and hasattr(self, "blPara"):
                return self.width, self.height
            result = super().wrap(availWidth, availHeight)
            self._wrapped_at = availWidth if hasattr(self, "blPara") else None
            return result

    return _Paragraph


def para(text, style):
    """A paragraph showing ``text`` exactly (user text is escaped here)."""
    return paragraph_class()(para_text(text), style)


def markup(fixed_markup: str, style, **options):
    """A paragraph from markup built by the documents themselves (values escaped by the
    caller); ``options`` are reportlab's (``bulletText``)."""
    return paragraph_class()(fixed_markup, style, **options)


def details_table(rows: Sequence[tuple[str, object]], styles: Styles, width: float):
    """Label/value pairs in two columns; rows with an empty value are left out."""
    from reportlab.platypus import Table

    data = [
        [para(label, styles.head), para(value, styles.cell) if isinstance(value, str) else value]
        for label, value in rows
        if value not in ("", None)
    ]
    if not data:
        return None
    table = Table(data, colWidths=[0.24 * width, 0.76 * width], hAlign="LEFT", splitInRow=1)
    table.setStyle(styles.table_style(header_rows=0))
    return table


def text_length(cell) -> int:
    """How many characters of text a cell holds: a string, a paragraph or a list of them
    (a cell of several paragraphs is as tall as all of them together)."""
    if isinstance(cell, str):
        return len(cell)
    if isinstance(cell, list | tuple):
        return sum(text_length(c) for c in cell)
    text = getattr(cell, "getPlainText", None)
    return len(text()) if callable(text) else 0


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    fractions: Sequence[float],
    styles: Styles,
    width: float,
    *,
    extra_style=(),
    row_heights=None,
    split_rows: bool | None = None,
    head_style=None,
    right: Sequence[int] = (),
):
    """A table with a repeated header row; strings become escaped cell paragraphs
    (right-aligned in the columns listed in ``right``).

    Rows are split across pages only when a cell is long enough to need it
    (``split_rows=None``): reportlab's in-row splitting can leave a lone header
    row at the foot of a page, so ordinary tables keep their rows whole.
    """
    from reportlab.platypus import Table

    if split_rows is None:
        split_rows = any(text_length(c) > LONG_CELL for row in rows for c in row)
    widths = _widths(fractions, width)
    data = [_header_row(header, widths, styles, head_style, right)]
    data += [_cells(row, styles, right) for row in rows]
    table = Table(
        data,
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=1 if split_rows else 0,
        rowHeights=row_heights,
    )
    table.setStyle(styles.table_style(extra=extra_style))
    return table


def _widths(fractions: Sequence[float], width: float) -> list[float]:
    total = sum(fractions)
    return [width * f / total for f in fractions]


def _header_row(header, widths, styles: Styles, head_style=None, right: Sequence[int] = ()):
    from reportlab.lib.styles import ParagraphStyle

    head = head_style or styles.head
    head_right = ParagraphStyle(f"{head.name}_right", parent=head, alignment=2) if right else head
    return [
        para(h, _fitting_head(h, head_right if n in right else head, widths[n]))
        for n, h in enumerate(header)
    ]


def _cells(row, styles: Styles, right: Sequence[int] = ()) -> list:
    cells = []
    for n, cell in enumerate(row):
        if isinstance(cell, str):
            cell = para(cell, styles.cell_right if n in right else styles.cell)
        cells.append(cell)
    return cells


def grouped_table(
    header: Sequence[str],
    groups: Sequence[tuple[object, object, Sequence[Sequence[object]]]],
    fractions: Sequence[float],
    styles: Styles,
    width: float,
):
    """A table of rows in groups, each opened by a shaded row across all columns (an
    organization, then its people); ``groups`` holds ``(opening, continued, rows)``, the
    two openings as one cell each (text or a paragraph).

    The header row repeats on every page, and a page that starts inside a group opens
    with the group's ``continued`` row ("Uludere Üniversitesi (devam)"); a group's
    opening row never stays alone at the foot of a page.
    """
    widths = _widths(fractions, width)
    body: list[list] = []
    marks: list[tuple[int, bool]] = []  # for each body row: its group, and whether it opens it
    continued = []
    columns = len(header)
    for number, (opening, more, rows) in enumerate(groups):
        continued.append(_cells([more] + [""] * (columns - 1), styles))
        body.append(_cells([opening] + [""] * (columns - 1), styles))
        marks.append((number, True))
        for row in rows:
            body.append(_cells(row, styles))
            marks.append((number, False))
    split_rows = any(text_length(c) > LONG_CELL for row in body for c in row)
    layout = _GroupLayout(_header_row(header, widths, styles), widths, styles, split_rows)
    return layout.table(body, marks, continued)


class _GroupLayout:
    """What every part of a grouped table shares: header, widths, styles, continuations."""

    def __init__(self, header: list, widths: list[float], styles: Styles, split_rows: bool):
        self.header = header
        self.widths = widths
        self.styles = styles
        self.split_rows = split_rows

    def table(self, body: list, marks: list, continued: list, heights=None):
        """The table of ``body`` (its header first): groups' opening rows shaded, spanning
        the columns and kept with the row after them. ``heights``: the rows' heights where
        already measured (None where not), as reportlab's own split passes them on."""
        table = _grouped_class()(
            [self.header, *body],
            colWidths=self.widths,
            repeatRows=1,
            hAlign="LEFT",
            splitInRow=1 if self.split_rows else 0,
            rowHeights=heights,
        )
        extra = []
        for n, (_group, opens) in enumerate(marks, start=1):
            if opens:
                extra += [
                    ("SPAN", (0, n), (-1, n)),
                    ("BACKGROUND", (0, n), (-1, n), self.styles.shade),
                    ("NOSPLIT", (0, n), (-1, min(n + 1, len(marks)))),
                ]
        table.setStyle(self.styles.table_style(extra=extra))
        table.group_parts = (self, body, marks, continued)
        return table

    def rest(self, body: list, marks: list, continued: list, first: int, heights: list):
        """The part of the table from body row ``first`` on, opened by the continued row of
        the group it starts inside. ``heights``: the whole table's row heights, header
        first (measured once: the rest is not laid out again to find them)."""
        group, opens = marks[first]
        kept = heights[1 + first :]
        if opens:
            return self.table(body[first:], marks[first:], continued, [heights[0], *kept])
        return self.table(
            [continued[group], *body[first:]],
            [(group, True), *marks[first:]],
            continued,
            [heights[0], None, *kept],
        )


def _grouped_class():
    cls = _grouped.get("cls")
    if cls is not None:
        return cls
    from reportlab.platypus import Table

    class GroupedTable(Table):
        """A reportlab table whose part on the next page names the group it continues."""

        group_parts = None

        def split(self, avail_width, avail_height):
            parts = super().split(avail_width, avail_height)
            if len(parts) != 2 or self.group_parts is None:
                return parts
            layout, body, marks, continued = self.group_parts
            kept = len(parts[0]._cellvalues) - 1
            if kept + len(parts[1]._cellvalues) - 1 != len(body):
                return parts  # a row split inside itself: its own continuation says enough
            heights = list(self._rowHeights)
            return [parts[0], layout.rest(body, marks, continued, kept, heights)]

    _grouped["cls"] = GroupedTable
    return GroupedTable


_grouped: dict[str, type] = {}


CELL_PADDING = 6  # left plus right padding of a table cell (styles.table_style)
SMALLEST_HEAD = 5.5  # points; a header is not made smaller than this


def _fitting_head(text: str, style, column_width: float):
    """``style``, made smaller when a word of the header is wider than its column, so
    headers wrap only between words ("Duration", never "Duratio/n")."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = column_width - CELL_PADDING
    widest = max(
        (stringWidth(word, style.fontName, style.fontSize) for word in plain(text).split()),
        default=0,
    )
    if widest <= room or room <= 0:
        return style
    size = max(SMALLEST_HEAD, style.fontSize * room / widest * 0.98)
    return ParagraphStyle(
        f"{style.name}_{size:.2f}",
        parent=style,
        fontSize=size,
        leading=style.leading * size / style.fontSize,
    )


def tally_table(
    method: str, tally: Sequence[tuple[str, int]], labels: DocumentLabels, styles: Styles, width
):
    """A round's tally: position label, count and a bar, in the scale order given."""
    from reportlab.graphics.shapes import Drawing, Rect

    most = max((n for _v, n in tally), default=0) or 1
    bar_width = width * 0.40
    rows = []
    for value, count in tally:
        drawing = Drawing(bar_width, 9)
        length = bar_width * count / most
        if count:
            drawing.add(Rect(0, 1, length, 7, fillColor=styles.accent, strokeColor=None))
        rows.append([labels.position(method, value), str(count), drawing])
    return data_table(
        [labels.text("position"), labels.text("count"), ""],
        rows,
        [0.45, 0.12, 0.43],
        styles,
        width,
        right=(1,),
        extra_style=[("VALIGN", (2, 1), (2, -1), "MIDDLE")],
    )


def workshop_number(number, title: str = ""):
    """The number a meeting is called by ("5. çalıştay"), or None: a meeting without one,
    or one whose title names it as another kind (an advisory board meeting is not
    "1. çalıştay", whatever its place in the series)."""
    if number is None or names_other_meeting(title):
        return None
    return number


def series_line(series_title: str, number, labels: DocumentLabels, title: str = "") -> str:
    """'Series title — 5. çalıştay' (either part may be missing; no number for a meeting
    whose ``title`` names another kind of meeting: see :func:`workshop_number`)."""
    parts = [plain(series_title)] if series_title else []
    number = workshop_number(number, title)
    if number is not None:
        parts.append(labels.text("workshop_n", n=number))
    return " — ".join(parts)


def title_block(document_key: str, header, labels: DocumentLabels, styles: Styles) -> list:
    """Document name, the series line and the workshop title, as the first flowables."""
    from facilitator.documents.template import heading

    flow = [
        para(labels.text(document_key), styles.subtitle),
        heading(header.title, styles.title, 0, outline=labels.text(document_key)),
    ]
    line = series_line(header.series_title, header.number, labels, header.title)
    if line:
        flow.append(para(line, styles.subtitle))
    return flow


def workshop_detail_rows(header, labels: DocumentLabels, *, actual: bool) -> list:
    """The (label, value) rows of a workshop's details: date, time, venue, host, moderator, …
    (a value may be empty: the table leaves its row out)."""
    planned = labels.time_range(header.planned_start, header.planned_end)
    time_label, time_text = labels.text("time"), planned
    if actual:
        # "Actual" only for what was recorded: a session never held keeps its planned time,
        # named as planned, not passed off as what happened.
        time_label = labels.text("planned_time")
        if header.actual_start is not None:
            time_label = labels.text("actual_time")
            happened = labels.time_range(header.actual_start, header.actual_end)
            time_text = happened
            if happened != planned:
                time_text = f"{happened} ({labels.text('planned')}: {planned})"
    venue = ", ".join(v for v in (plain(header.venue_name), plain(header.venue_address)) if v)
    rows = [
        (labels.text("date"), labels.long_date(header.actual_start or header.planned_start)),
        (time_label, time_text),
        (labels.text("time_zone"), labels.zone_text(header.planned_start)),
        (labels.text("venue"), venue),
        (labels.text("host"), header.host),
        (labels.text("moderator"), header.moderator),
    ]
    if actual:
        rows.append((labels.text("rapporteur"), ", ".join(header.rapporteurs)))
    # The series line above already says a guiding question that is the series' title.
    question = header.guiding_question
    if " ".join(question.split()).casefold() == " ".join(header.series_title.split()).casefold():
        question = ""
    rows += [
        (labels.text("guiding_question"), question),
        (labels.text("objectives"), header.objectives),
    ]
    return rows


def workshop_details(header, labels: DocumentLabels, styles: Styles, width, *, actual: bool):
    """The details table of a workshop: date, time, venue, host, moderator, …"""
    return details_table(workshop_detail_rows(header, labels, actual=actual), styles, width)


AGENDA_COLUMNS = ("no", "item", "presenter", "planned_time", "actual_time")


def agenda_rows(data, labels: DocumentLabels) -> list[list[str]]:
    """The minutes' agenda as rows of :data:`AGENDA_COLUMNS`: planned and actual times
    with their minutes, "Ulaşılamadı" for an item not reached."""
    rows = []
    for item in data.agenda:
        actual = labels.time_range(item.actual_start, item.actual_end)
        if item.not_reached:
            actual = labels.text("not_reached")
        if item.actual_start is not None and item.actual_end is not None:
            minutes = round((item.actual_end - item.actual_start).total_seconds() / 60)
            actual += f"\n{labels.text('minutes_unit', n=minutes)}"
        planned = labels.time_range(item.planned_start, item.planned_end)
        planned += f"\n{labels.text('minutes_unit', n=item.planned_minutes)}"
        rows.append([str(item.position), item.title, item.presenter, planned, actual])
    return rows
