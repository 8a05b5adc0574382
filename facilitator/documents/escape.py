"""The one gate every user string passes before it reaches a reportlab ``Paragraph``.

reportlab reads paragraph text as a small markup language: a stray ``<``, an
``&`` that looks like an entity or an unclosed tag either raises in the middle
of an export or silently changes the document. :func:`para_text` turns any
text into markup that shows exactly that text.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that have no place in a document and that reportlab or PDF readers
# choke on: C0/C1 controls (tab and newline are handled), lone surrogates,
# non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def clean(text: object) -> str:
    """Plain text as it will be shown: NFC, no control characters, newlines unified."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFC", str(text))
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", value)


# Shown in place of a character no face of the font can draw. A missing glyph would
# print as an empty box that reads back as nothing (CJK) or as a wrong character
# (reportlab garbles the text of anything beyond U+FFFF, even when the font has
# it); U+FFFD is Unicode's own "a character was here that cannot be shown", every
# face has it, and it reads back as itself, so the text layer is never wrong.
PLACEHOLDER = "\ufffd"
_INVISIBLE = {"Cf", "Mn", "Me"}  # format and combining marks: dropped when not drawable


def drawable(text: str, face: str | None = None) -> str:
    """``text`` with every character ``face`` (default: the regular face) cannot draw, and
    everything beyond U+FFFF, replaced by :data:`PLACEHOLDER` (invisible marks dropped)."""
    from facilitator.documents.fonts import FAMILY, face_codes

    codes = face_codes(face or FAMILY)
    if _drawn_by(face or FAMILY, codes).issuperset(text):  # the usual case, checked fast
        return text
    out = []
    for ch in text:
        if ch == "\n" or (ord(ch) <= 0xFFFF and ord(ch) in codes):
            out.append(ch)
        elif unicodedata.category(ch) not in _INVISIBLE:
            out.append(PLACEHOLDER)
    return "".join(out)


_DRAWN: dict[str, frozenset[str]] = {}


def _drawn_by(face: str, codes: frozenset[int]) -> frozenset[str]:
    """The characters ``face`` draws as they are (up to U+FFFF), and the line break."""
    if face not in _DRAWN:
        _DRAWN[face] = frozenset(chr(c) for c in codes if c <= 0xFFFF) | {"\n"}
    return _DRAWN[face]


def para_text(text: object, *, newlines: bool = True) -> str:
    """``text`` as reportlab paragraph markup that displays exactly that text.

    ``&``, ``<`` and ``>`` become entities (so ``&#123;`` or ``<b>`` show as
    typed) and line breaks become ``<br/>`` (or spaces with ``newlines=False``).
    Very long words need nothing here: every style keeps reportlab's
    ``splitLongWords``, which breaks a word wider than its column.
    """
    value = drawable(clean(text))
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = value.replace('"', "&quot;")
    value = _regular_face_where_needed(value)
    if newlines:
        return "<br/>".join(value.split("\n"))
    return " ".join(value.split("\n"))


def _regular_face_where_needed(value: str) -> str:
    """Runs of characters the bold and oblique faces lack, set in the regular face, so
    a speaker's name in italics or a heading in bold never shows empty boxes."""
    from facilitator.documents.fonts import FAMILY, regular_only

    special = regular_only()
    if special.isdisjoint(value):
        return value
    out: list[str] = []
    run: list[str] = []
    for ch in value:
        if ch in special:
            run.append(ch)
            continue
        if run:
            out.append(f'<font face="{FAMILY}">{"".join(run)}</font>')
            run = []
        out.append(ch)
    if run:
        out.append(f'<font face="{FAMILY}">{"".join(run)}</font>')
    return "".join(out)


def plain(text: object) -> str:
    """``text`` on one line for places that take plain strings (metadata, bookmarks, drawings)."""
    return " ".join(clean(text).split())
