"""The page template every PDF document shares: branding header, footer, metadata, outline.

:class:`DocumentTemplate` is a reportlab ``BaseDocTemplate`` that builds its
frame and page template in ``__init__`` and draws the page decorations
(organization and funder logos, accent rule, disclaimer, version, generation
date, "page X of Y") inside ``saveState``/``restoreState``. Headings made with
:func:`heading` become bookmarks of the PDF outline. :func:`write_pdf` writes
beside the target and renames, so a failed export never leaves half a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from facilitator import __version__
from facilitator.documents.escape import clean, drawable, para_text, plain
from facilitator.documents.fonts import BOLD as FAMILY_BOLD
from facilitator.documents.fonts import FAMILY
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.safe_write import atomic_path
from facilitator.documents.styles import DEFAULT_ACCENT, Styles, make_styles
from facilitator.errors import FacilitatorError, ValidationError
from facilitator.i18n import translate

MAX_DISCLAIMER = 600
MAX_FUNDED_BY = 120  # the funding statement beside the funder's emblem
MAX_REFERENCE = 120  # the project or grant reference
MAX_CONSENT = 1500  # the personal-data information text of the attendance sheet
_TOTAL_FORM = "facilitatorPageTotal"


@dataclass(frozen=True)
class Branding:
    """What the Settings put on every document: logos, disclaimer, accent colour, and for
    funded projects the funding statement and the project's reference.

    Texts a reader reads are written per language (``disclaimer`` Turkish,
    ``disclaimer_en`` English; likewise ``funded_by`` and ``consent``): an English
    document never carries the Turkish text. As EU visibility rules ask, the funding
    statement ("Avrupa Birliği tarafından finanse edilmektedir") stands beside the
    funder's emblem at the top of the first page and every page after it; the project
    or grant reference, printed as written, stands under it. ``consent`` is the
    personal-data information text (KVKK / GDPR) printed above the attendance sheet's
    signatures.
    """

    organization_logo: str | None = None
    funder_logo: str | None = None
    disclaimer: str = ""
    accent: str = DEFAULT_ACCENT
    disclaimer_en: str = ""
    funded_by: str = ""
    funded_by_en: str = ""
    project_reference: str = ""
    consent: str = ""
    consent_en: str = ""

    def disclaimer_in(self, language: str) -> str:
        """The disclaimer of a document in ``language``, its line breaks kept."""
        return _lines(self.disclaimer_en if language == "en" else self.disclaimer, MAX_DISCLAIMER)

    def funded_by_in(self, language: str) -> str:
        """The funding statement of a document in ``language``, its line breaks kept."""
        return _lines(self.funded_by_en if language == "en" else self.funded_by, MAX_FUNDED_BY)

    def reference(self) -> str:
        """The project or grant reference on one line, as written."""
        return " ".join(clean(self.project_reference).split())[:MAX_REFERENCE]

    def consent_in(self, language: str) -> str:
        """The attendance sheet's personal-data text in ``language``, its line breaks kept."""
        return _lines(self.consent_en if language == "en" else self.consent, MAX_CONSENT)


def _lines(text: str, limit: int) -> str:
    """``text`` cleaned of control characters, spaces collapsed within lines, line breaks
    kept (empty lines between paragraphs too, at most one), cut at ``limit`` characters."""
    lines = [" ".join(line.split()) for line in clean(text).split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()[:limit].strip()


@dataclass(frozen=True)
class RenderOptions:
    """How one document is made: its language, branding, orientation, attribution."""

    language: str = "tr"
    branding: Branding = field(default_factory=Branding)
    landscape: bool = False
    anonymise: bool = False  # the Chatham House rule: notes without speakers
    # Who issues the document (the series' coordinating organization, else the host): the
    # PDF's Author and the first words of every footer; "" leaves both to the document.
    organizer: str = ""
    # The attendance sheet's columns (see documents.attendance.sheet_columns); () is its
    # default set.
    columns: tuple[str, ...] = ()

    def issued_by(self, organizer: str) -> RenderOptions:
        """These options with ``organizer`` as the issuer, when one is named (minutes keep
        the organizer recorded in their version, so a final reprints its own)."""
        return replace(self, organizer=organizer) if organizer else self


class DocumentError(FacilitatorError):
    """A document could not be made (its message names why)."""


def load_logo(path: str | os.PathLike | None):
    """A logo as reportlab reads it, or None; a file that is not a readable image is an error.

    Only a local PNG or JPEG file is read (reportlab itself would also try a
    path it cannot open as a URL).
    """
    if not path:
        return None
    from PIL import Image, UnidentifiedImageError
    from reportlab.lib.utils import ImageReader

    name = Path(path).name
    try:
        with Image.open(Path(path)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise ValueError(image.format)
            image.load()
            reader = ImageReader(image.copy())
        width, height = reader.getSize()
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise ValidationError(
            translate("Errors", "The logo {file} cannot be read as a PNG or JPEG image.").format(
                file=name
            )
        ) from exc
    if width <= 0 or height <= 0:
        raise ValidationError(translate("Errors", "The logo {file} has no size.").format(file=name))
    return reader


def fit_words(text: str, limit: float, width: Callable[[str], float]) -> str:
    """``text`` cut at a word boundary with "…" so that ``width`` of it fits ``limit``
    ("Tutanak — Bursa Sosyal…", never "…işle…"); a single long word is cut where it must."""
    if width(text) <= limit:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(" —–-,:;·") + "…"
        if width(candidate) <= limit:
            return candidate
    cut = text
    while cut and width(cut + "…") > limit:
        cut = cut[:-1]
    return cut + "…" if cut else ""


def heading(text: str, style, level: int = 0, *, outline: str | None = None):
    """A heading paragraph that also becomes an outline entry (bookmark) at ``level``."""
    from facilitator.documents.blocks import paragraph_class

    paragraph = paragraph_class()(para_text(text, newlines=False), style)
    paragraph.outline_title = plain(outline or text) or "—"
    paragraph.outline_level = level
    return paragraph


class DocumentTemplate:
    """Factory for the reportlab template class (reportlab is imported only when used)."""

    def __new__(cls, *args, **kwargs):
        return _template_class()(*args, **kwargs)


_cache: dict[str, type] = {}


def keep_with_previous(flow: list, block: list) -> list:
    """``flow`` followed by ``block`` (an approval), the block never alone at the top of a
    page: it is kept with the lines of text before it, or, when only headings stand
    between it and the last table, with that table, whose last rows go over with it when
    it would start a page."""
    from reportlab.platypus import Paragraph, Spacer, Table

    start = len(flow)
    while start and isinstance(flow[start - 1], Paragraph | Spacer):
        start -= 1
    # A line of text before the block ("No notes were taken.", the next meeting) is
    # company enough: the table before it stays whole where it is.
    company = any(
        isinstance(f, Paragraph) and not hasattr(f, "outline_title") for f in flow[start:]
    )
    table = None
    if start and not company and isinstance(flow[start - 1], Table):
        start -= 1
        table = flow[start]
    rest = flow[start + (table is not None) :] + list(block)
    return [*flow[:start], _flow_classes()["tail"](table, rest)]


def keep_with_next(flowables: list):
    """Headings (and short lines) and what follows them, grouped as a heading keeps with
    its next flowable: moved to the next page together unless the group is long."""
    return _flow_classes()["next"](flowables)


def _measure(flowables, canv, width, height) -> list[float]:
    """The height each of ``flowables`` takes, its spaces before and after included (a
    kept-together group counts its content's height, not the split it asks for)."""
    heights = []
    for flowable in flowables:
        _w, h = flowable.wrapOn(canv, width, height)
        if h >= 0xFFFFFF:
            h = getattr(flowable, "_H", h)
        heights.append(h + flowable.getSpaceBefore() + flowable.getSpaceAfter())
    return heights


def _flow_classes() -> dict[str, type]:
    if "next" in _cache:
        return _cache
    from reportlab.platypus import Table
    from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak
    from reportlab.platypus.flowables import Flowable, KeepTogether

    def long_table(flowable) -> bool:
        """A table too long to be kept on one page with what precedes it."""
        if isinstance(flowable, Table):
            return len(flowable._cellvalues) > _KeepWithNext.LONG_TABLE
        return bool(getattr(flowable, "long_table", False))

    def at_top(flowable) -> bool:
        frame = getattr(flowable, "_frame", None)
        return frame is not None and bool(getattr(frame, "_atTop", False))

    class _KeepWithNext(KeepTogether):
        """A heading and what follows it: kept together when short; when long (a big
        table), it starts where it is, unless the heading and a few lines would not fit.

        reportlab's own KeepTogether moves anything up to a page long to the next page,
        which left half-empty pages before every long table. What follows a heading and
        cannot split (a drawing, a group kept together) moves with the heading.
        """

        SHORT = 150  # points: groups up to this height are kept whole
        ROOM = 70  # points needed below a heading to start a long group
        LONG_TABLE = 8  # rows: a table this long is a long group, without measuring it

        def wrap(self, avail_width, avail_height):
            # Measure only as far as the decision needs: a long table would otherwise
            # be laid out here once more than it is on the page.
            self._wrapInfo = (avail_width, avail_height)
            limit = max(avail_height, self.SHORT)
            total = 0.0
            head = 0.0  # everything before the last flowable: the headings
            last = len(self._content) - 1
            for n, flowable in enumerate(self._content):
                if n and long_table(flowable):
                    total = float("inf")
                    break
                (height,) = _measure([flowable], self.canv, avail_width, avail_height)
                total += height
                if n < last:
                    head += height
                if total > limit:
                    break
            self._H = total
            self._H0 = head
            return avail_width, 0xFFFFFF  # always asked to split

        def split(self, avail_width, avail_height):
            if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
                self.wrap(avail_width, avail_height)
            content = list(self._content)
            if avail_height >= self._H or at_top(self) or len(content) < 2:
                return content
            if self._H > self.SHORT and avail_height >= self._H0 + self.ROOM:
                # A long group starts here when what follows the headings splits and
                # leaves some of itself below them (a table's first rows, lines of text).
                parts = content[-1].splitOn(self.canv, avail_width, avail_height - self._H0)
                if parts and not isinstance(parts[0], ActionFlowable):
                    return content[:-1] + parts
            return [FrameBreak(), *content]

    class _KeepTail(Flowable):
        """A table's end and what follows it (the approval), never apart: when the table
        ends on a page and the rest would start the next one alone, the table's last rows
        go over with it."""

        MOVED_ROWS = 2  # rows of the table that go over with the rest
        SLACK = 6  # points: measured heights are not exactly what the frame uses

        def __init__(self, table, rest):
            super().__init__()
            self.table = table
            self.rest = list(rest)
            self.long_table = table is not None and long_table(table)
            # What it holds, in order (the page estimate reads it as a KeepTogether's).
            self._content = ([table] if table is not None else []) + self.rest

        def wrap(self, avail_width, avail_height):
            # A long table is laid out when it is split, not here as well.
            self._H = float("inf")
            if not self.long_table:
                self._H = sum(_measure(self._content, self.canv, avail_width, avail_height))
            return avail_width, 0xFFFFFF  # always asked to split

        def split(self, avail_width, avail_height):
            content = list(self._content)
            top = at_top(self)
            table = self.table
            if table is None:
                rest = sum(_measure(self.rest, self.canv, avail_width, avail_height))
                if top or rest + self.SLACK <= avail_height:
                    return content
                return [FrameBreak(), *content]
            parts = table.splitOn(self.canv, avail_width, avail_height)
            if len(parts) == 2:
                # The table runs on past this page anyway: its rows up to here, the rest
                # (with what follows) placed again on the next page.
                return [parts[0], _KeepTail(parts[1], self.rest)]
            if not parts:
                return content if top else [FrameBreak(), *content]
            rest = sum(_measure(self.rest, self.canv, avail_width, avail_height))
            if table._height + rest + self.SLACK <= avail_height:
                return content
            # The table ends here but what follows does not fit: its last rows go over.
            rows = table._rowHeights
            repeat = table.repeatRows if isinstance(table.repeatRows, int) else 0
            moved = min(self.MOVED_ROWS, len(rows) - repeat - 1)
            if len(rows) - repeat - moved < 2:
                # Fewer than two rows would stay under the header: the table goes whole.
                moved = 0
            if moved > 0:
                parts = table.splitOn(self.canv, avail_width, sum(rows[:-moved]) + 0.01)
                if len(parts) == 2:
                    return [parts[0], FrameBreak(), _KeepTail(parts[1], self.rest)]
            return content if top else [FrameBreak(), *content]

        def draw(self):  # never drawn: always split into its content
            pass

    _cache.update({"next": _KeepWithNext, "tail": _KeepTail})
    return _cache


def _template_class():
    if "cls" in _cache:
        return _cache["cls"]
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    keep_with_next_class = _flow_classes()["next"]

    class _Template(BaseDocTemplate):
        """A4 pages with the branding header and the numbered footer."""

        def __init__(
            self,
            target,
            *,
            labels: DocumentLabels,
            styles: Styles,
            branding: Branding,
            title: str,
            subject: str,
            author: str,
            running_title: str = "",
            is_landscape: bool = False,
            stamp: str = "",
            watermark: str = "",
            organizer: str = "",
        ):
            self.labels = labels
            self.stamp = drawable(plain(stamp))
            self.organizer = drawable(plain(organizer))
            self.watermark = drawable(plain(watermark))
            self.styles = styles
            self.branding = branding
            self.running_title = drawable(plain(running_title))
            self.org_logo = load_logo(branding.organization_logo)
            self.funder_logo = load_logo(branding.funder_logo)
            self.funded_by = drawable(branding.funded_by_in(labels.language), FAMILY_BOLD)
            self.reference = drawable(branding.reference())
            self.generated = datetime.now().astimezone()
            self._bookmarks = 0
            pagesize = landscape(A4) if is_landscape else A4
            width, height = pagesize
            margin = 16 * mm
            disclaimer = branding.disclaimer_in(labels.language)
            self.disclaimer = Paragraph(para_text(disclaimer), styles.small) if disclaimer else None
            disclaimer_height = 0
            if self.disclaimer is not None:
                _w, disclaimer_height = self.disclaimer.wrap(width - 2 * margin, height)
            self.header_height = 17 * mm if self._branded_header() else 9 * mm
            self.footer_height = 9 * mm + disclaimer_height
            super().__init__(
                target,
                pagesize=pagesize,
                leftMargin=margin,
                rightMargin=margin,
                topMargin=margin * 0.6 + self.header_height,
                bottomMargin=margin * 0.6 + self.footer_height,
                title=plain(title),
                author=plain(author),
                subject=plain(subject),
                creator=f"Facilitator {__version__}",
                producer=f"Facilitator {__version__} (ReportLab)",
                lang=labels.language,
                keywords=[],
                # Otherwise every page starts in Helvetica, an unembedded font.
                initialFontName=FAMILY,
                initialFontSize=9.5,
                # Viewers show the document's title, not its file name.
                displayDocTitle=1,
            )
            frame = Frame(
                self.leftMargin,
                self.bottomMargin,
                self.width,
                self.height,
                id="body",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
            self.keepTogetherClass = keep_with_next_class

        # -- page decorations ---------------------------------------------------------

        def _branded_header(self) -> bool:
            return bool(self.org_logo or self.funder_logo or self.funded_by or self.reference)

        def _decorate(self, canv, doc):
            canv.saveState()
            try:
                if self.watermark:
                    self._draw_page_mark(canv)
                self._draw_header(canv)
                self._draw_footer(canv)
            finally:
                canv.restoreState()

        def _draw_page_mark(self, canv):
            """A draft says so at the top of every page ("TASLAK v2"): in the header, so the
            text of the page copies and reads without it (no diagonal watermark in the way)."""
            width, height = self.pagesize
            size = 11
            canv.setFont(FAMILY_BOLD, size)
            canv.setFillColor(self.styles.accent)
            canv.drawCentredString(width / 2, height - 8 * mm - size * 0.35, self.watermark)

        def _draw_logo(self, canv, reader, x, top, max_w, max_h, align_right=False) -> float:
            """Draw a logo in the box; returns the width it takes."""
            w, h = reader.getSize()
            scale = min(max_w / w, max_h / h)
            dw, dh = w * scale, h * scale
            left = x - dw if align_right else x
            canv.drawImage(reader, left, top - dh, dw, dh, mask="auto")
            return dw

        FUNDING_WIDTH = 85 * mm  # the funding statement's lines at most, beside the emblem
        FUNDING_SIZE = 7.5

        def _draw_funding(self, canv, right: float, top: float, box_h: float, room: float):
            """The funding statement (bold) and the project reference, right-aligned at
            ``right`` and centred on the emblem's box, as the EU's "funded by" mark is; a
            long statement is set smaller until it and the reference fit the box."""
            for size in (self.FUNDING_SIZE, 6.5, 5.5):
                lines = self._funding_lines(size, max(room, 30 * mm))
                leading = size * 1.2
                if leading * len(lines) <= box_h:
                    break
            lines = lines[: max(1, int(box_h // leading))]  # never below the header's rule
            y = top - (box_h - leading * len(lines)) / 2 - size
            canv.setFillColor(self.styles.small.textColor)
            for line, face, line_size in lines:
                canv.setFont(face, line_size)
                canv.drawRightString(right, y, line)
                y -= leading

        def _funding_lines(self, size: float, room: float) -> list[tuple[str, str, float]]:
            from reportlab.lib.utils import simpleSplit

            lines = []
            for part in self.funded_by.split("\n") if self.funded_by else []:
                wrapped = simpleSplit(part, FAMILY_BOLD, size, room) or [""]
                lines += [(line, FAMILY_BOLD, size) for line in wrapped]
            if self.reference:
                wrapped = simpleSplit(self.reference, FAMILY, size - 1, room)
                lines += [(line, FAMILY, size - 1) for line in wrapped]
            return lines

        def _draw_header(self, canv):
            width, height = self.pagesize
            left, right = self.leftMargin, width - self.rightMargin
            top = height - 10 * mm
            logo_h = self.header_height - 5 * mm
            org = 0.0
            if self.org_logo is not None:
                org = self._draw_logo(canv, self.org_logo, left, top, 50 * mm, logo_h)
            emblem = 0.0
            if self.funder_logo is not None:
                emblem = self._draw_logo(canv, self.funder_logo, right, top, 50 * mm, logo_h, True)
            if self.funded_by or self.reference:
                right_of_text = right - emblem - (2 * mm if emblem else 0)
                # Kept above the running title, which runs just over the rule.
                room = min(self.FUNDING_WIDTH, right_of_text - left - org - (4 * mm if org else 0))
                self._draw_funding(canv, right_of_text, top, logo_h - 2 * mm, room)
            rule_y = height - 10 * mm - self.header_height + 2 * mm
            if self.running_title:
                canv.setFont(FAMILY, 7.5)
                canv.setFillColor(self.styles.accent)
                limit = right - left - (110 * mm if self._branded_header() else 0)
                text = fit_words(
                    self.running_title, limit, lambda t: canv.stringWidth(t, FAMILY, 7.5)
                )
                canv.drawCentredString((left + right) / 2, rule_y + 1.5 * mm, text)
            canv.setStrokeColor(self.styles.accent)
            canv.setLineWidth(1.2)
            canv.line(left, rule_y, right, rule_y)

        def _draw_footer(self, canv):
            width, _height = self.pagesize
            left, right = self.leftMargin, width - self.rightMargin
            base = 8 * mm
            canv.setStrokeColor(self.styles.grid)
            canv.setLineWidth(0.5)
            disclaimer_height = 0
            if self.disclaimer is not None:
                _w, disclaimer_height = self.disclaimer.wrap(right - left, self.pagesize[1])
                self.disclaimer.drawOn(canv, left, base + 4 * mm)
            rule_y = base + 5.5 * mm + disclaimer_height
            canv.line(left, rule_y, right, rule_y)
            canv.setFont(FAMILY, 7.5)
            canv.setFillColor(self.styles.small.textColor)
            # A version of the minutes names itself (and its date) instead of today's: a
            # final exported again prints exactly the same.
            stamp = self.stamp or self.labels.text(
                "generated", date=self.labels.short_date(self.generated)
            )
            if self.organizer:
                stamp = f"{self.organizer}  ·  {stamp}"
            limit = right - left - 40 * mm
            text = fit_words(stamp, limit, lambda t: canv.stringWidth(t, FAMILY, 7.5))
            canv.drawString(left, base, text)
            # "Sayfa 3 / " now, the total later: a form defined once the last page is known.
            marker = "\x00"
            words = self.labels.text("page_of", page=canv.getPageNumber(), pages=marker)
            prefix = words.split(marker)[0]
            start = right - 32 * mm
            canv.drawString(start, base, prefix)
            canv.saveState()
            canv.translate(start + canv.stringWidth(prefix, FAMILY, 7.5), base)
            canv.doForm(_TOTAL_FORM)
            canv.restoreState()

        # -- outline --------------------------------------------------------------------

        def afterFlowable(self, flowable):
            title = getattr(flowable, "outline_title", None)
            if title is None:
                return
            self._bookmarks += 1
            key = f"section{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=flowable.outline_level, closed=False)

        def _endBuild(self):
            self._doSave = 0
            super()._endBuild()
            total = self.canv.getPageNumber() - 1
            self.canv.beginForm(_TOTAL_FORM)
            self.canv.setFont(FAMILY, 7.5)
            self.canv.setFillColor(self.styles.small.textColor)
            self.canv.drawString(0, 0, str(total))
            self.canv.endForm()
            self.canv.showOutline()
            self.canv.save()
            self.page_count = total

    _cache["cls"] = _Template
    return _Template


def write_pdf(
    path: str | os.PathLike,
    options: RenderOptions,
    *,
    title: str,
    subject: str,
    author: str,
    running_title: str,
    story: Callable[[DocumentLabels, Styles, float], list],
    time_zone: str = "",
    stamp: str = "",
    watermark: str = "",
) -> int:
    """Build a PDF at ``path`` from the flowables ``story(labels, styles, width)`` returns.

    ``stamp`` replaces the footer's "generated" date (a minutes version names itself);
    ``watermark`` is written across every page ("TASLAK").

    Written to a temporary file in the same folder and renamed over ``path``
    only when complete. Returns the number of pages.
    """
    from reportlab.platypus.doctemplate import LayoutError

    target = Path(path)
    labels = DocumentLabels(options.language, time_zone)
    styles = make_styles(options.branding.accent)
    with atomic_path(target, DocumentError) as temp_name:
        doc = DocumentTemplate(
            temp_name,
            labels=labels,
            styles=styles,
            branding=options.branding,
            title=title,
            subject=subject,
            author=options.organizer or author,
            running_title=running_title,
            is_landscape=options.landscape,
            stamp=stamp,
            watermark=watermark,
            organizer=options.organizer,
        )
        try:
            doc.build(story(labels, styles, doc.width))
        except LayoutError as exc:
            # reportlab's message names its own objects, which says nothing to a user.
            raise DocumentError(
                translate(
                    "Errors",
                    "The document could not be laid out: one of its texts is too long to fit "
                    "on a page. Shorten the longest text (a goal, a statement, a note) and "
                    "export again.",
                )
            ) from exc
    return doc.page_count
