"""Paragraph and table styles shared by every document, in the shipped font family.

Built on demand (reportlab loads only when a document is made) and tinted
with the branding's accent colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.documents.fonts import BOLD, FAMILY, register_fonts

DEFAULT_ACCENT = "#1f5f8b"
BULLET_INDENT = 11  # points from the bullet's column to where a bulleted line's text starts


@dataclass(frozen=True)
class Styles:
    """The named styles of one document: paragraphs, plus the table look."""

    title: object
    subtitle: object
    h1: object
    h2: object
    h3: object
    body: object
    small: object
    cell: object
    cell_bold: object
    cell_right: object
    head: object
    accent: object  # reportlab Color
    grid: object
    shade: object
    # A bulleted line: its wrapped lines start under the text, not under the bullet.
    bullet: object = None

    def table_style(self, *, header_rows: int = 1, extra=()):
        """Thin grid, shaded header row(s) repeated on every page by the table itself."""
        from reportlab.platypus import TableStyle

        commands = [
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, self.grid),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header_rows:
            commands += [
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), self.shade),
                ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, self.accent),
            ]
        return TableStyle(commands + list(extra))


def make_styles(accent: str | None = None) -> Styles:
    register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    try:
        tint = colors.HexColor(accent or DEFAULT_ACCENT)
    except (ValueError, TypeError):
        tint = colors.HexColor(DEFAULT_ACCENT)
    dark = colors.HexColor("#222222")
    base = ParagraphStyle(
        "body",
        fontName=FAMILY,
        fontSize=9.5,
        leading=12.5,
        textColor=dark,
        spaceAfter=3,
        splitLongWords=1,
        bulletFontName=FAMILY,
    )

    def derive(name, **kw):
        return ParagraphStyle(name, parent=base, **kw)

    shade = colors.Color(tint.red, tint.green, tint.blue, alpha=0.12)
    return Styles(
        title=derive("title", fontName=BOLD, fontSize=17, leading=21, textColor=tint, spaceAfter=4),
        subtitle=derive("subtitle", fontSize=11, leading=14, spaceAfter=8),
        h1=derive(
            "h1", fontName=BOLD, fontSize=13, leading=16, textColor=tint, spaceBefore=10,
            spaceAfter=5, keepWithNext=1,
        ),
        h2=derive("h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=7, spaceAfter=3,
                  keepWithNext=1),
        h3=derive("h3", fontName=BOLD, fontSize=9.5, leading=12.5, spaceBefore=4, spaceAfter=2,
                  textColor=tint, keepWithNext=1),
        body=base,
        small=derive("small", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#555555")),
        cell=derive("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_right=derive("cell_right", fontSize=8.5, leading=10.5, spaceAfter=0, alignment=2),
        cell_bold=derive("cell_bold", fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0),
        head=derive("head", fontName=BOLD, fontSize=8, leading=10, spaceAfter=0),
        accent=tint,
        grid=colors.HexColor("#b8b8b8"),
        shade=shade,
        bullet=derive("bullet", leftIndent=BULLET_INDENT, bulletIndent=2),
    )  # fmt: skip
