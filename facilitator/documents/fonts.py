"""The DejaVu Sans family shipped in ``resources/fonts/``, registered once with reportlab.

Helvetica (reportlab's default) has no ğ ş ı İ; DejaVu Sans covers Turkish and
most scripts users paste. The four faces are registered as one family, so
``<b>`` and ``<i>`` in a paragraph pick the right file.
"""

from __future__ import annotations

from facilitator.assets import resource_path

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FACES = (FAMILY, BOLD, ITALIC, BOLD_ITALIC)
_state = {"registered": False}


def register_fonts() -> str:
    """Register the family with reportlab (idempotent); returns the family name."""
    if _state["registered"]:
        return FAMILY
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for face in _FACES:
        pdfmetrics.registerFont(TTFont(face, str(resource_path("fonts", f"{face}.ttf"))))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    for bold, italic, face in ((0, 0, FAMILY), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, face)
    # Drawings (charts, the roadmap timeline) start from reportlab's default
    # state, Helvetica: point it at the family so no unembedded font is used.
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FAMILY
    _state["registered"] = True
    return FAMILY


def has_glyph(char: str, faces: tuple[str, ...] = _FACES) -> bool:
    """Whether every one of ``faces`` (by default all four) can draw ``char``.

    The bold and oblique faces cover fewer scripts than the regular one; a
    character one of them lacks shows as an empty box where that face is used.
    """
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    return all(ord(char) in pdfmetrics.getFont(face).face.charWidths for face in faces)


def regular_only() -> frozenset[str]:
    """Characters only the regular face draws (the bold and oblique faces lack them).

    Text in bold or italic shows them in the regular face rather than as empty
    boxes (see :func:`facilitator.documents.escape.para_text`).
    """
    if "regular_only" not in _state:
        register_fonts()
        from reportlab.pdfbase import pdfmetrics

        regular = set(pdfmetrics.getFont(FAMILY).face.charWidths)
        others = [set(pdfmetrics.getFont(face).face.charWidths) for face in _FACES[1:]]
        _state["regular_only"] = frozenset(
            chr(code) for code in regular if not all(code in other for other in others)
        )
    return _state["regular_only"]


def face_codes(face: str = FAMILY) -> frozenset[int]:
    """Code points ``face`` has a glyph for (cached)."""
    key = f"codes:{face}"
    if key not in _state:
        register_fonts()
        from reportlab.pdfbase import pdfmetrics

        _state[key] = frozenset(pdfmetrics.getFont(face).face.charWidths)
    return _state[key]
