"""Name badges and table cards: each attendee's name, institution and room key as a QR code.

A4 portrait, eight cards a page (two columns, four rows) between light cut lines. A card
shows the name large, the institution under it, and the QR code of the attendee's link
into the room (``{base_url}j#t={token}``), with one line saying what scanning it does.
The words are in the workshop's language. The cards follow the attendees in Turkish
alphabetical order of family and given name, row by row.

Each QR code is drawn as vector squares, one unit per module inside its own coordinate
system (``cm``), with its quiet zone left white, so it prints sharp at any size and
reads back from the PDF exactly as drawn.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from facilitator.documents.escape import plain
from facilitator.documents.labels import LANGUAGES, DocumentLabels
from facilitator.errors import ValidationError
from facilitator.i18n import translate

MM = 72 / 25.4  # points in a millimetre
PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM  # A4 portrait
COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
MARGIN = 10 * MM  # around the cards; the sheet's footer stands in the bottom one
CARD_WIDTH = (PAGE_WIDTH - 2 * MARGIN) / COLUMNS
CARD_HEIGHT = (PAGE_HEIGHT - 2 * MARGIN) / ROWS
PADDING = 5 * MM  # inside a card, around its texts
QR_SIZE = 42 * MM  # the code with its quiet zone
QR_INSET = 2.5 * MM  # from the card's right and bottom edges to the quiet zone
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
GAP = 4  # points between the name and what is under it, and beside the code

NAME_SIZES = (20, 18, 16, 14, 12.5, 11)  # tried in turn until the name fits its room
ORGANIZATION_SIZES = (10, 9, 8)
SCAN_SIZE = 7.5

# key: (English, Turkish), as in facilitator.documents.labels
_TEXTS: dict[str, tuple[str, str]] = {
    "badges": ("Name badges", "Yaka kartları"),
    "subject_badges": ("Name badges with room codes", "Oda kodlu yaka kartları"),
    "scan": (
        "Scan with your phone: join the voting and the idea box",
        "Telefonunuzla okutun: oylamaya ve fikir kutusuna katılın",
    ),
}


def _text(labels: DocumentLabels, key: str) -> str:
    return _TEXTS[key][0 if labels.language == "en" else 1]


@dataclass(frozen=True)
class PlacedBadge:
    """One card on the sheet: who, the link its code holds, and where it is drawn."""

    name: str
    organization: str
    url: str
    page: int  # 1-based
    x: float  # the card's lower left corner, in points
    y: float


def room_address(host: str, port: int) -> str:
    """The room's address on ``host``:``port`` as a badge's link starts: ``http://HOST:PORT/``."""
    host = host.strip()
    if not host:
        raise ValidationError(translate("Errors", "The room's address has no host."))
    if not 0 < port < 65536:
        raise ValidationError(
            translate("Errors", "{port} is not a port number (1–65535).").format(port=port)
        )
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}/"


def badge_url(base_url: str, token: str) -> str:
    """The link on an attendee's badge: the room's join page with their token after the ``#``
    (a fragment, so it is never sent in a request line or written to a log)."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    return f"{base}j#t={token}"


def qr_matrix(url: str) -> tuple:
    """The modules of the QR code of ``url`` (rows top to bottom, 1 dark): the code drawn."""
    import segno

    return segno.make_qr(url, error="m").matrix


def layout(badges, base_url: str) -> list[PlacedBadge]:
    """Where each of ``badges`` (in order) goes: row by row, eight a page."""
    placed = []
    for n, badge in enumerate(badges):
        page, slot = divmod(n, PER_PAGE)
        row, column = divmod(slot, COLUMNS)
        placed.append(
            PlacedBadge(
                name=badge.name,
                organization=badge.organization,
                url=badge_url(base_url, badge.token),
                page=page + 1,
                x=MARGIN + column * CARD_WIDTH,
                y=PAGE_HEIGHT - MARGIN - (row + 1) * CARD_HEIGHT,
            )
        )
    return placed


def check_path(path: str | os.PathLike) -> Path:
    """``path`` as a PDF to write: refused unless it ends in .pdf in a folder that exists."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ValidationError(
            translate("Errors", "{file}: the file name must end in {suffix}.").format(
                file=path.name or str(path), suffix=".pdf"
            )
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            translate("Errors", "The folder {folder} does not exist.").format(folder=folder)
        )
    return path


def write_badges(store, workshop_id: int, path: str | os.PathLike, base_url: str) -> int:
    """Write the badges of everyone expected at ``workshop_id`` to ``path`` (a PDF), each
    with the QR code of ``{base_url}j#t={token}``; returns how many.

    Tokens are issued to attendees who have none; the others keep theirs, so a sheet
    printed again holds the same codes. With nobody to print a badge for, nothing is
    written and the error says so.
    """
    from facilitator.services.listing import get_workshop
    from facilitator.services.room import issue_badges

    target = check_path(path)
    if not base_url.startswith(("http://", "https://")):
        raise ValidationError(translate("Errors", "The room's address must start with http://."))
    workshop = get_workshop(store, workshop_id)
    badges = issue_badges(store, workshop_id)
    if not badges:
        raise ValidationError(
            translate(
                "Errors",
                "Nobody is expected at “{title}”, so there are no badges to print: add the "
                "attendees first (those who declined or were absent get none).",
            ).format(title=workshop.title)
        )
    language = workshop.language if workshop.language in LANGUAGES else "tr"
    labels = DocumentLabels(language, workshop.time_zone)
    write_badge_sheet(target, layout(badges, base_url), labels, workshop.title)
    return len(badges)


def write_badge_sheet(path: Path, placed: list[PlacedBadge], labels, title: str) -> int:
    """Draw the cards of ``placed`` into a PDF at ``path`` (written beside, then renamed);
    returns the number of pages."""
    from reportlab.pdfgen.canvas import Canvas

    from facilitator import __version__
    from facilitator.documents.fonts import FAMILY, register_fonts
    from facilitator.documents.safe_write import atomic_path
    from facilitator.documents.template import DocumentError

    register_fonts()
    pages = math.ceil(len(placed) / PER_PAGE)
    styles = _styles()
    scan = _text(labels, "scan")
    footer = f"{plain(title)} — {_text(labels, 'badges')}"
    with atomic_path(path, DocumentError) as temp_name:
        canv = Canvas(
            temp_name,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            lang=labels.language,
            initialFontName=FAMILY,
            initialFontSize=9.5,
        )
        canv.setTitle(f"{_text(labels, 'badges')}: {plain(title)}")
        canv.setSubject(_text(labels, "subject_badges"))
        canv.setAuthor("Facilitator")
        canv.setCreator(f"Facilitator {__version__}")
        canv.setViewerPreference("DisplayDocTitle", "true")
        for page in range(1, pages + 1):
            on_page = [p for p in placed if p.page == page]
            _cut_lines(canv, on_page)
            for card in on_page:
                _draw_card(canv, card, styles, scan)
            _footer(canv, footer, labels.text("page_of", page=page, pages=pages))
            canv.showPage()
        canv.save()
    return pages


def _styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from facilitator.documents.fonts import BOLD, FAMILY

    def style(name, face, size, colour, leading=1.2):
        return ParagraphStyle(
            name,
            fontName=face,
            fontSize=size,
            leading=round(size * leading, 1),
            textColor=colors.HexColor(colour),
            splitLongWords=1,
        )

    return {
        "name": [style(f"name{s}", BOLD, s, "#111111", 1.15) for s in NAME_SIZES],
        "organization": [style(f"org{s}", FAMILY, s, "#333333") for s in ORGANIZATION_SIZES],
        "scan": [style("scan", FAMILY, SCAN_SIZE, "#555555")],
    }


def _fitted(text: str, styles: list, width: float, height: float):
    """A paragraph of ``text`` (on one line's terms: line breaks are spaces) in the first of
    ``styles`` it fits ``width`` × ``height`` in, at a size that breaks no word in two if
    one does; in the last style, cut after a word with "…" when even that is too tall."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from facilitator.documents.blocks import para

    text = plain(text)
    words = text.split(" ")
    for whole_words in (True, False):  # a size that breaks no word in two, if there is one
        for style in styles:
            if whole_words and any(
                stringWidth(w, style.fontName, style.fontSize) > width for w in words
            ):
                continue
            paragraph = para(text, style)
            if paragraph.wrap(width, height)[1] <= height:
                return paragraph
    while len(words) > 1:
        words.pop()
        paragraph = para(" ".join(words) + "…", styles[-1])
        if paragraph.wrap(width, height)[1] <= height:
            return paragraph
    # One word too long even alone: cut it by characters.
    word = words[0] if words else ""
    while word:
        word = word[:-1]
        paragraph = para(word + "…", styles[-1])
        if paragraph.wrap(width, height)[1] <= height:
            return paragraph
    return para("", styles[-1])


def _cut_lines(canv, cards: list[PlacedBadge]) -> None:
    """Light dashed lines along every card's edges, to cut along."""
    canv.saveState()
    canv.setStrokeColorRGB(0.72, 0.72, 0.72)
    canv.setLineWidth(0.4)
    canv.setDash(3, 2)
    for card in cards:
        left, bottom = card.x, card.y
        right, top = left + CARD_WIDTH, bottom + CARD_HEIGHT
        edges = [(left, bottom, right, bottom), (right, bottom, right, top)]
        if top >= PAGE_HEIGHT - MARGIN - 1:  # the first row: nothing above draws its top
            edges.append((left, top, right, top))
        if left <= MARGIN + 1:  # the first column: nothing to its left draws its left edge
            edges.append((left, bottom, left, top))
        canv.lines(edges)  # each edge once, left to right and upwards: the dashes agree
    canv.restoreState()


def _draw_card(canv, card: PlacedBadge, styles: dict, scan: str) -> None:
    qr_left = card.x + CARD_WIDTH - QR_INSET - QR_SIZE
    qr_bottom = card.y + QR_INSET
    top = card.y + CARD_HEIGHT - PADDING
    left = card.x + PADDING
    # The name across the card, above the code.
    name_width = CARD_WIDTH - 2 * PADDING
    name_room = top - (qr_bottom + QR_SIZE) - GAP
    name = _fitted(card.name, styles["name"], name_width, name_room)
    _, name_height = name.wrap(name_width, name_room)
    name.drawOn(canv, left, top - name_height)
    # Beside the code: the institution at the top, what to do at the foot.
    side_width = qr_left - left - GAP
    bottom = card.y + PADDING
    hint = _fitted(scan, styles["scan"], side_width, QR_SIZE)
    _, hint_height = hint.wrap(side_width, QR_SIZE)
    hint.drawOn(canv, left, bottom)
    side_top = top - name_height - GAP
    room = side_top - (bottom + hint_height) - GAP
    if card.organization and room > 0:
        organization = _fitted(card.organization, styles["organization"], side_width, room)
        _, height = organization.wrap(side_width, room)
        organization.drawOn(canv, left, side_top - height)
    _draw_qr(canv, qr_matrix(card.url), qr_left, qr_bottom, QR_SIZE)


def _draw_qr(canv, matrix, x: float, y: float, size: float) -> None:
    """The code as filled squares, in a coordinate system of one unit per module whose
    origin is the code's lower left module (the quiet zone around it stays white)."""
    count = len(matrix)
    module = size / (count + 2 * QUIET_ZONE)
    canv.saveState()
    canv.transform(module, 0, 0, module, x + QUIET_ZONE * module, y + QUIET_ZONE * module)
    path = canv.beginPath()
    for r, row in enumerate(matrix):
        line = count - 1 - r
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            path.rect(start, line, column - start, 1)  # a run of dark modules: one rectangle
    canv.setFillColorRGB(0, 0, 0)
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


def _footer(canv, text: str, page_text: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from facilitator.documents.escape import drawable
    from facilitator.documents.fonts import FAMILY

    size = 7
    canv.saveState()
    canv.setFont(FAMILY, size)
    canv.setFillColorRGB(0.45, 0.45, 0.45)
    room = PAGE_WIDTH - 2 * MARGIN - stringWidth(page_text, FAMILY, size) - 12
    text = drawable(text)
    while text and stringWidth(text, FAMILY, size) > room:
        text = text[:-2] + "…"
    baseline = MARGIN / 2 - size / 3
    canv.drawString(MARGIN, baseline, text)
    canv.drawRightString(PAGE_WIDTH - MARGIN, baseline, page_text)
    canv.restoreState()
