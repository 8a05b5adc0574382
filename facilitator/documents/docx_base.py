"""What the Word documents share: real Word styles, a branded header and footer, tables.

:class:`WordDocument` wraps a python-docx ``Document`` set up as the PDFs are: A4,
the document's language on every run (Word checks Turkish spelling in Turkish
minutes), headings in the styles Heading 1–3 (Word's navigation pane and table
of contents find them), bullets in List Bullet, tables in Table Grid whose
header row repeats on every page (``w:tblHeader``). The header carries the
branding's logos, the draft mark ("TASLAK") and the running title; the footer
the disclaimer, the version or the day it was made, and "Sayfa X / Y" as Word
fields, so Word and LibreOffice number the pages themselves.

Every user string passes :func:`word_text` (the rules of
:func:`facilitator.documents.escape.clean`): control characters and what XML
cannot hold are dropped, newlines become line breaks. Text in cells and
paragraphs is given as a string or as runs, ``[(text, "b"), (text, "is")]`` with
the flags b (bold), i (italic), s (small), g (grey).

Tables are written as WordprocessingML directly (python-docx's object model
builds a table cell by cell, about 0.8 ms a row: most of a second for the
large minutes' thousand rows, against about 0.2 s for their whole Word
document this way). :meth:`WordDocument.save` writes beside the target, fsyncs and
renames, so a failed export never leaves half a file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from facilitator import __version__
from facilitator.documents.escape import clean, plain
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.safe_write import atomic_path
from facilitator.documents.styles import DEFAULT_ACCENT
from facilitator.documents.template import DocumentError, RenderOptions

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
FONT = "Calibri"  # Word's own; LibreOffice reads it as Carlito, its metric twin
_TWIPS_PER_MM = 1440 / 25.4
_LANG = {"tr": "tr-TR", "en": "en-GB"}
GREY = "555555"
GRID = "B8B8B8"
# What follows w:pBdr in a paragraph's properties (the schema fixes their order).
_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_CELL_MARGIN = 57  # twips (1 mm) left and right in a table cell
LONG_CELL = 400  # characters: rows with a cell this long may break across pages

Runs = Sequence[tuple[str, str]]
Cell = "str | Runs | Bar"


def word_text(value: object) -> str:
    """``value`` as Word may hold it: NFC, no control characters or lone surrogates."""
    return clean(value)


def _hex(colour: str | None) -> str:
    value = (colour or DEFAULT_ACCENT).strip().lstrip("#")
    if len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value):
        return value.upper()
    return DEFAULT_ACCENT.lstrip("#").upper()


def _tint(colour: str, amount: float = 0.12) -> str:
    """``colour`` at ``amount`` over white (the shade of header rows, as in the PDF)."""
    channels = [int(colour[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(255 - (255 - c) * amount):02X}" for c in channels)


def _mm(value: float) -> int:
    return round(value * _TWIPS_PER_MM)


@dataclass(frozen=True)
class Bar:
    """A tally bar in the accent colour, ``fraction`` of its column long."""

    fraction: float


@dataclass(frozen=True)
class _Raw:
    """Runs already written as WordprocessingML (a bar's picture)."""

    xml: str


@dataclass(frozen=True)
class Span:
    """A table row of one cell across every column (an organization over its people)."""

    runs: Runs
    shade: bool = True


# -- WordprocessingML text ------------------------------------------------------------


def _run_xml(text: str, flags: str = "", size: float | None = None) -> str:
    props = []
    if "b" in flags:
        props.append("<w:b/><w:bCs/>")
    if "i" in flags:
        props.append("<w:i/><w:iCs/>")
    if "g" in flags:
        props.append(f'<w:color w:val="{GREY}"/>')
    if "s" in flags:
        size = 7.5
    if size is not None:
        half = round(size * 2)
        props.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    parts = []
    for n, line in enumerate(word_text(text).split("\n")):
        if n:
            parts.append("<w:br/>")
        if line:
            parts.append(f'<w:t xml:space="preserve">{escape(line)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>" if parts else ""


def runs_xml(content: Cell, flags: str = "") -> str:
    if isinstance(content, str):
        return _run_xml(content, flags)
    if isinstance(content, _Raw):
        return content.xml
    return "".join(_run_xml(text, flags + more) for text, more in content)


def _cell_xml(
    content: Cell,
    width: int,
    *,
    style: str,
    flags: str = "",
    right: bool = False,
    span: int = 1,
    fill: str = "",
    keep_next: bool = False,
    middle: bool = False,
) -> str:
    props = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
    if span > 1:
        props.append(f'<w:gridSpan w:val="{span}"/>')
    if fill:
        props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    if middle:
        props.append('<w:vAlign w:val="center"/>')
    ppr = f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if right:
        ppr += '<w:jc w:val="right"/>'
    return (
        f"<w:tc><w:tcPr>{''.join(props)}</w:tcPr>"
        f"<w:p><w:pPr>{ppr}</w:pPr>{runs_xml(content, flags)}</w:p></w:tc>"
    )


def _length(content: Cell) -> int:
    if isinstance(content, str):
        return len(content)
    if isinstance(content, Bar | _Raw):
        return 0
    return sum(len(text) for text, _flags in content)


# -- the document ---------------------------------------------------------------------


class WordDocument:
    """One Word document of Facilitator: styles, header, footer, body helpers, saving."""

    def __init__(
        self,
        options: RenderOptions,
        labels: DocumentLabels,
        *,
        title: str,
        subject: str,
        author: str,
        running_title: str,
        stamp: str = "",
        watermark: str = "",
        landscape: bool = False,
    ):
        from docx import Document
        from docx.oxml import parse_xml

        self._parse = parse_xml
        self.labels = labels
        self.options = options
        self.accent = _hex(options.branding.accent)
        self.shade = _tint(self.accent)
        self.doc = Document()
        self._bar_image: str | None = None  # the relationship of the bars' picture
        self._drawings = 1000  # ids of the bars' drawings (the header's logos have the first)
        self._last_table = None  # the last table written and the paragraph after it
        self._body = self.doc.element.body
        self._sect_pr = self._body.sectPr
        self._setup_styles()
        self._setup_page(landscape)
        self._setup_properties(title, subject, options.organizer or author)
        self._header(running_title, watermark)
        self._footer(stamp)

    # -- set-up ------------------------------------------------------------------------

    def _setup_styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt, RGBColor

        styles = self.doc.styles
        lang = _LANG.get(self.labels.language, "tr-TR")
        defaults = styles.element.find(f"{{{W_NS}}}docDefaults")
        defaults.getparent().remove(defaults)
        styles.element.insert(
            0,
            self._parse(
                f"<w:docDefaults {_NS}><w:rPrDefault><w:rPr>"
                f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
                '<w:sz w:val="20"/><w:szCs w:val="20"/>'
                f'<w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/>'
                "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
                '<w:spacing w:after="80" w:line="259" w:lineRule="auto"/>'
                "</w:pPr></w:pPrDefault></w:docDefaults>"
            ),
        )
        accent = RGBColor.from_string(self.accent)
        sizes = {"Title": 20, "Subtitle": 12, "Heading 1": 14, "Heading 2": 12, "Heading 3": 10}
        for name, size in sizes.items():
            style = styles[name]
            rpr = style.element.get_or_add_rPr()
            for fonts in rpr.findall(f"{{{W_NS}}}rFonts"):
                rpr.remove(fonts)  # the theme's fonts: the document's own instead
            style.font.name = FONT
            style.font.size = Pt(size)
            style.font.italic = False
            style.font.color.rgb = RGBColor.from_string("222222") if name == "Subtitle" else accent
            style.font.bold = name != "Subtitle"
            style.paragraph_format.space_before = Pt({"Heading 1": 14}.get(name, 8))
            style.paragraph_format.space_after = Pt(4)
        for name, tag in (("Title", "pBdr"), ("Title", "spacing"), ("Subtitle", "spacing")):
            for found in styles[name].element.findall(f".//{{{W_NS}}}{tag}"):
                if tag == "pBdr" or found.getparent().tag == f"{{{W_NS}}}rPr":
                    found.getparent().remove(found)  # the template's rule and letter spacing
        # A heading never ends a page: Word keeps it with what follows.
        for name in ("Heading 1", "Heading 2", "Heading 3"):
            styles[name].paragraph_format.keep_with_next = True
        table_text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
        table_text.base_style = styles["Normal"]
        table_text.font.size = Pt(8.5)
        table_text.paragraph_format.space_before = Pt(1)
        table_text.paragraph_format.space_after = Pt(1)
        table_text.paragraph_format.line_spacing = 1.0
        table_head = styles.add_style("Table Heading", WD_STYLE_TYPE.PARAGRAPH)
        table_head.base_style = table_text
        table_head.font.bold = True
        table_head.font.size = Pt(8)
        small = styles.add_style("Small Print", WD_STYLE_TYPE.PARAGRAPH)
        small.base_style = styles["Normal"]
        small.font.size = Pt(7.5)
        small.font.color.rgb = RGBColor.from_string(GREY)
        self.style_ids = {
            name: styles[name].style_id
            for name in ("Normal", "List Bullet", "Table Text", "Table Heading", "Small Print")
        }
        self.style_ids.update({f"h{n}": styles[f"Heading {n}"].style_id for n in (1, 2, 3)})
        self.style_ids.update(title=styles["Title"].style_id, subtitle=styles["Subtitle"].style_id)

    def _setup_page(self, landscape: bool) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm

        section = self.doc.sections[0]
        width, height = Mm(210), Mm(297)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            width, height = height, width
        section.page_width, section.page_height = width, height
        section.left_margin = section.right_margin = Mm(16)
        section.top_margin, section.bottom_margin = Mm(14), Mm(14)
        section.header_distance = section.footer_distance = Mm(7)
        self.text_width = _mm((297 if landscape else 210) - 32)  # twips
        # The template's tab stops are for Letter paper: one at the right of this page.
        for name in ("Header", "Footer"):
            ppr = self.doc.styles[name].element.get_or_add_pPr()
            for tabs in ppr.findall(f"{{{W_NS}}}tabs"):
                ppr.remove(tabs)
            ppr.insert(
                0,
                self._parse(
                    f'<w:tabs {_NS}><w:tab w:val="right" w:pos="{self.text_width}"/></w:tabs>'
                ),
            )

    def _setup_properties(self, title: str, subject: str, author: str) -> None:
        props = self.doc.core_properties
        now = datetime.now(UTC).replace(microsecond=0)
        props.title = plain(title)[:250]
        props.subject = plain(subject)[:250]
        props.author = plain(author)[:250] or "Facilitator"
        props.last_modified_by = props.author
        props.language = _LANG.get(self.labels.language, "tr-TR")
        props.comments = ""  # the template's "generated by python-docx"
        props.revision = 1
        props.created = props.modified = now
        _name_the_application(self.doc)

    def _header(self, running_title: str, watermark: str) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        header = self.doc.sections[0].header
        first = header.paragraphs[0]
        branding = self.options.branding
        logos = [(branding.organization_logo, False), (branding.funder_logo, True)]
        if any(path for path, _right in logos):
            for path, right in logos:
                if right:
                    first.add_run("\t")  # to the header's right tab stop
                if path:
                    self._logo(first.add_run(), path)
            first = header.add_paragraph(style="Header")
        funding = [
            (word_text(line), True)
            for line in branding.funded_by_in(self.options.language).split("\n")
            if line
        ]
        if branding.reference():
            funding.append((word_text(branding.reference()), False))
        if funding:
            # The funding statement and the project's reference under the funder's emblem,
            # at the right as the PDF prints them.
            for n, (text, bold) in enumerate(funding):
                if n:
                    first.add_run().add_break()
                run = first.add_run(text)
                run.bold = bold
                self._colour(run, GREY, 7.5 if bold else 6.5)
            first.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            first = header.add_paragraph(style="Header")
        if watermark:
            mark = first.add_run(word_text(plain(watermark)))
            mark.bold = True
            self._colour(mark, self.accent, 11)
            first.alignment = WD_ALIGN_PARAGRAPH.CENTER
            first = header.add_paragraph(style="Header")
        title = first.add_run(word_text(plain(running_title)))
        self._colour(title, self.accent, 7.5)
        first.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._border(first, "bottom", self.accent, 10)

    def _logo(self, run, path: str) -> None:
        """A logo at most 12 mm high and 50 mm wide (a bad file is refused by name)."""
        from docx.shared import Mm

        from facilitator.documents.template import load_logo

        width, height = load_logo(path).getSize()
        scale = min(50 / width, 12 / height)
        run.add_picture(str(path), width=Mm(width * scale), height=Mm(height * scale))

    def _footer(self, stamp: str) -> None:
        footer = self.doc.sections[0].footer
        line = footer.paragraphs[0]
        disclaimer = word_text(self.options.branding.disclaimer_in(self.options.language))
        if disclaimer:
            line.style = self.doc.styles["Small Print"]
            line.add_run(disclaimer)
            line = footer.add_paragraph(style="Footer")
        self._border(line, "top", GRID, 4)
        labels = self.labels
        when = datetime.now().astimezone()
        left = plain(stamp) or labels.text("generated", date=labels.short_date(when))
        if self.options.organizer:  # who issues it, as the PDF's footer says
            left = f"{plain(self.options.organizer)}  ·  {left}"
        words = labels.text("page_of", page="\x00", pages="\x01")
        before, rest = words.split("\x00")
        between, after = rest.split("\x01")
        tabs = "<w:r><w:tab/></w:r>"  # to the footer's right tab stop
        xml = _run_xml(left, size=7.5) + tabs + _run_xml(before, size=7.5)
        xml += _field_xml("PAGE") + _run_xml(between, size=7.5)
        xml += _field_xml("NUMPAGES") + _run_xml(after, size=7.5)
        for element in self._parse(f"<w:p {_NS}>{xml}</w:p>"):
            line._p.append(element)

    def _colour(self, run, colour: str, size: float) -> None:
        from docx.shared import Pt, RGBColor

        run.font.color.rgb = RGBColor.from_string(colour)
        run.font.size = Pt(size)

    def _border(self, paragraph, side: str, colour: str, eighths: int) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        border = self._parse(
            f'<w:pBdr {_NS}><w:{side} w:val="single" w:sz="{eighths}" w:space="1" '
            f'w:color="{colour}"/></w:pBdr>'
        )
        ppr.insert_element_before(border, *_AFTER_BORDER)

    # -- the body ----------------------------------------------------------------------

    def _append(self, xml: str) -> None:
        self._sect_pr.addprevious(self._parse(xml))

    def paragraph(
        self, content: Cell, style: str = "Normal", flags: str = "", *, keep_next: bool = False
    ) -> None:
        """A paragraph of ``style`` (a name: Normal, List Bullet, Small Print, h1–h3, title,
        subtitle) holding ``content``."""
        ppr = f'<w:pStyle w:val="{self.style_ids[style]}"/>'
        if keep_next:
            ppr += "<w:keepNext/>"
        self._append(f"<w:p {_NS}><w:pPr>{ppr}</w:pPr>{runs_xml(content, flags)}</w:p>")

    def heading(self, text: str, level: int) -> None:
        """A heading in Word's Heading 1–3 style (on one line: its line breaks become spaces)."""
        self.paragraph(" ".join(word_text(text).split()), f"h{level}")

    def bullet(self, content: Cell, *, keep_next: bool = False) -> None:
        self.paragraph(content, "List Bullet", keep_next=keep_next)

    def keep_end_with_next(self, rows: int = 2) -> None:
        """What the body ends with so far stays on the page of what comes next (the
        approval never alone on the last page): the last paragraph, or the last ``rows``
        rows of a table the body ends with."""
        from docx.text.paragraph import Paragraph

        last = self._sect_pr.getprevious()
        if last is None:
            return
        keep = [last]
        if self._last_table is not None and self._last_table[1] is last:
            rows_xml = self._last_table[0].findall(f"{{{W_NS}}}tr")[-rows:]
            keep += [p for row in rows_xml for p in row.iter(f"{{{W_NS}}}p")]
        for element in keep:
            if element.tag == f"{{{W_NS}}}p":
                Paragraph(element, None).paragraph_format.keep_with_next = True

    def details(self, rows: Sequence[tuple[str, Cell]]) -> None:
        """Label/value pairs in two columns (no header row); rows without a value left out.
        Kept on one page with the heading above it (a decision and its review date)."""
        shown = [(label, value) for label, value in rows if value not in ("", None)]
        if not shown:
            return
        widths = self._widths([0.24, 0.76], 1.0)
        head, text = self.style_ids["Table Heading"], self.style_ids["Table Text"]
        last = len(shown) - 1
        xml = [
            "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            + _cell_xml(label, widths[0], style=head, fill=self.shade, keep_next=n < last)
            + _cell_xml(value, widths[1], style=text, keep_next=n < last)
            + "</w:tr>"
            for n, (label, value) in enumerate(shown)
        ]
        self._table(widths, xml)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell] | Span],
        fractions: Sequence[float],
        *,
        scale: float = 1.0,
        right: Sequence[int] = (),
        bold_last: bool = False,
        min_height: float | None = None,
        keep_together: bool = False,
        keep_with_next: bool = False,
        groups: bool = False,
    ) -> None:
        """A table whose header row repeats at the top of every page it runs onto.

        ``groups``: each :class:`Span` row (an organization) opens a table of its own
        whose first row it is, repeated on every page that table runs onto, as the PDF's
        "(devam)" row names the organization of a page's first person (Word repeats only
        a table's first rows); the column headings top the first table.

        Rows stay whole on one page unless a cell is long enough to need splitting (as in
        the PDF); a :class:`Span` row (an organization) stays with the row under it.
        ``min_height`` (points): every body row at least this tall (room to sign in), its
        text centred in the height. ``keep_together``: the whole table on one page (a short
        one: a round's tally), with what comes before it when that keeps with the table;
        ``keep_with_next`` as well: with what follows it (the reasons stated in a round).
        """
        widths = self._widths(fractions, scale)
        head_style, text_style = self.style_ids["Table Heading"], self.style_ids["Table Text"]
        head = "".join(
            _cell_xml(
                h, widths[n], style=head_style, right=n in right, fill=self.shade, keep_next=True
            )
            for n, h in enumerate(header)
        )
        xml = [f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{head}</w:tr>"]
        last = len(rows) - 1
        for index, row in enumerate(rows):
            if isinstance(row, Span):
                cell = _cell_xml(
                    row.runs,
                    sum(widths),
                    style=text_style,
                    span=len(widths),
                    fill=self.shade if row.shade else "",
                    keep_next=True,
                )
                if groups and len(xml) > 1:  # the group before it is a table of its own
                    self._table(widths, xml)
                    xml = []
                repeat = "<w:tblHeader/>" if groups else ""
                xml.append(f"<w:tr><w:trPr><w:cantSplit/>{repeat}</w:trPr>{cell}</w:tr>")
                continue
            flags = "b" if bold_last and index == last else ""
            cells = "".join(
                _cell_xml(
                    self._bar(c.fraction, widths[n]) if isinstance(c, Bar) else c,
                    widths[n],
                    style=text_style,
                    flags=flags,
                    right=n in right,
                    middle=min_height is not None,
                    keep_next=keep_together and (index < last or keep_with_next),
                )
                for n, c in enumerate(row)
            )
            props = "" if any(_length(c) > LONG_CELL for c in row) else "<w:cantSplit/>"
            if min_height is not None:
                props += f'<w:trHeight w:val="{round(min_height * 20)}" w:hRule="atLeast"/>'
            xml.append(f"<w:tr><w:trPr>{props}</w:trPr>{cells}</w:tr>")
        self._table(widths, xml)

    def signatures(self, people: Sequence[tuple[str, str]], under: str) -> None:
        """Side by side, for each (role, name): the role, the name, room to sign on a line,
        and ``under`` ("İmza / Tarih"); kept on one page, with the heading above it."""
        widths = self._widths([1] * len(people), 1.0)
        style, head = self.style_ids["Table Text"], self.style_ids["Table Heading"]
        pairs = list(zip(people, widths, strict=True))
        rows = [
            [_cell_xml(role, w, style=head, keep_next=True) for (role, _name), w in pairs],
            [_cell_xml(name, w, style=style, keep_next=True) for (_role, name), w in pairs],
            [_signature_cell(w, style) for w in widths],
            [_cell_xml(under, w, style=style, flags="sg") for w in widths],
        ]
        xml = [f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(r)}</w:tr>" for r in rows]
        self._table(widths, xml, borders=False)

    def _bar(self, fraction: float, column: int) -> _Raw:
        """A bar ``fraction`` of a ``column`` twips wide: a one-pixel picture in the accent
        colour, stretched (Word and LibreOffice both draw it; shaded spaces LibreOffice
        does not)."""
        length = round((column - 2 * _CELL_MARGIN - 20) * max(0.0, min(fraction, 1.0)) * 635)
        if length <= 0:
            return _Raw("")
        if self._bar_image is None:
            from io import BytesIO

            from PIL import Image

            colour = tuple(int(self.accent[i : i + 2], 16) for i in (0, 2, 4))
            png = BytesIO()
            Image.new("RGB", (1, 1), colour).save(png, "PNG")
            png.seek(0)
            self._bar_image, _image = self.doc.part.get_or_add_image(png)
        self._drawings += 1
        number, image, height = self._drawings, self._bar_image, 7 * 12700  # 7 pt in EMU
        extent = f'cx="{length}" cy="{height}"'
        return _Raw(
            f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent {extent}/><wp:docPr id="{number}" name="Bar {number}"/>'
            "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData "
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            f'<pic:nvPicPr><pic:cNvPr id="{number}" name="bar.png"/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{image}"/><a:stretch><a:fillRect/>'
            f'</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext {extent}/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        )

    def _widths(self, fractions: Sequence[float], scale: float) -> list[int]:
        total = sum(fractions)
        return [round(self.text_width * scale * f / total) for f in fractions]

    def _table(self, widths: Sequence[int], rows: Sequence[str], *, borders: bool = True) -> None:
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        sides = ("top", "left", "bottom", "right", "insideH", "insideV")  # schema order
        line = f'w:val="single" w:sz="4" w:color="{GRID}"' if borders else 'w:val="nil"'
        lines = "".join(f"<w:{side} {line}/>" for side in sides)
        self._append(
            f'<w:tbl {_NS}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{lines}</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="{_CELL_MARGIN}" w:type="dxa"/>'
            f'<w:right w:w="{_CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
        )
        # Two tables in a row would merge into one in Word: a paragraph keeps them apart.
        self._append(
            f'<w:p {_NS}><w:pPr><w:spacing w:before="0" w:after="60"/>'
            '<w:rPr><w:sz w:val="8"/></w:rPr></w:pPr></w:p>'
        )
        spacer = self._sect_pr.getprevious()
        self._last_table = (spacer.getprevious(), spacer)

    # -- saving ------------------------------------------------------------------------

    def save(self, path: str | os.PathLike) -> Path:
        """Write the document to ``path``: beside it first, flushed to disk, then renamed."""
        target = Path(path)
        with atomic_path(target, DocumentError) as temp_name, open(temp_name, "wb") as out:
            self.doc.save(out)
            out.flush()
            os.fsync(out.fileno())
        return target


def _field_xml(code: str) -> str:
    """A Word field (PAGE, NUMPAGES) in the footer's small print, showing 1 until updated."""
    size = '<w:rPr><w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr>'
    return (
        f'<w:r>{size}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{size}<w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        f'<w:r>{size}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{size}<w:t>1</w:t></w:r>"
        f'<w:r>{size}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def _signature_cell(width: int, style: str) -> str:
    """An empty cell, tall enough to sign in, with the line to sign on at its foot."""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:tcBorders>'
        f'<w:bottom w:val="single" w:sz="4" w:color="{GRID}"/></w:tcBorders></w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:keepNext/>'
        '<w:spacing w:before="560" w:after="0"/></w:pPr></w:p></w:tc>'
    )


_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def _name_the_application(doc) -> None:
    """The package says Facilitator (and its version) made it, not the template's Word.

    python-docx's blank template carries an extended-properties part naming "Microsoft
    Macintosh Word" and a thumbnail of an empty page that file browsers would show.
    """
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == _THUMBNAIL:
            package.rels.pop(rel_id)
    major, minor = (int(part) for part in re.match(r"(\d+)\.(\d+)", __version__).groups())
    for part in package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = (
                "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                'extended-properties"><Application>Facilitator '
                f"{__version__}</Application><AppVersion>{major:02d}.{minor:04d}"
                "</AppVersion></Properties>"
            ).encode()
