"""Reading rendered PDFs back for the document tests: body text, fonts, metadata, outline."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from tests.local_zone import local_zone  # noqa: F401 (the document tests' import)

# Page decorations sit within this distance of the top and bottom edge (points);
# the body frame starts further in (see facilitator/documents/template.py).
EDGE = 50


def body_text(path: Path) -> str:
    """The text of every page without header and footer, in drawing order."""
    reader = PdfReader(str(path))
    parts: list[str] = []
    for page in reader.pages:
        height = float(page.mediabox.height)

        def visit(text, cm, tm, _font, _size, height=height):
            y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
            if EDGE < y < height - EDGE:
                parts.append(text)

        page.extract_text(visitor_text=visit)
    return "".join(parts)


def squeeze(text: str) -> str:
    """Text without any whitespace: line breaks may fall anywhere in a long word."""
    return re.sub(r"\s+", "", text)


def pdftotext(path: Path, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def fonts_without_file(path: Path) -> list[str]:
    """Names of fonts used on any page that are not embedded as TrueType (FontFile2)."""
    missing = []
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        if not fonts:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.append(str(font.get("/BaseFont")))
    return missing


def outline_titles(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    titles: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def qpdf_check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


def tools_missing() -> list[str]:
    return [tool for tool in ("qpdf", "pdftotext") if shutil.which(tool) is None]


_EMBEDDED_RTL = re.compile("\u202b([^\u202c]*)\u202c")


def body_text_in_stream_order(path: Path) -> str:
    """The text without header and footer, in content-stream order (``pdftotext -raw``),
    right-to-left runs put back in logical order.

    poppler marks each right-to-left run it reverses for display with U+202B … U+202C;
    reversing the run again gives the text as stored, its neighbours untouched.
    """
    box = PdfReader(str(path)).pages[0].mediabox
    width, height = int(float(box.width)), int(float(box.height))
    args = ["pdftotext", "-raw", "-enc", "UTF-8", "-x", "0", "-y", str(EDGE), "-W", str(width)]
    args += ["-H", str(height - 2 * EDGE), str(path), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return _EMBEDDED_RTL.sub(lambda m: m.group(1)[::-1], text)
