"""Reading Word documents back with python-docx for the tests: body text in order (tables
included), headings by level, header and footer text, tables and their repeated headers."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph


def open_docx(path: Path):
    return Document(str(path))


def paragraphs(doc) -> list[Paragraph]:
    """Every paragraph of the body in reading order, those in table cells too."""
    return [Paragraph(p, doc) for p in doc.element.body.iter(qn("w:p"))]


def body_text(doc) -> str:
    return "\n".join(p.text for p in paragraphs(doc))


def words(text: str) -> str:
    return " ".join(text.split())


def headings(doc, level: int) -> list[str]:
    """The texts of the paragraphs in Word's style "Heading ``level``", in order."""
    name = f"Heading {level}"
    return [p.text for p in doc.paragraphs if p.style is not None and p.style.name == name]


def header_text(doc) -> str:
    return "\n".join(p.text for p in doc.sections[0].header.paragraphs)


def footer_text(doc) -> str:
    return "\n".join(p.text for p in doc.sections[0].footer.paragraphs)


def repeats_header(table: Table) -> bool:
    """The table's first row is marked to repeat at the top of every page (w:tblHeader)."""
    props = table.rows[0]._tr.trPr
    return props is not None and props.find(qn("w:tblHeader")) is not None


def first_row(table: Table) -> list[str]:
    return [cell.text for cell in table.rows[0].cells]


def soffice_or_skip() -> str:
    """LibreOffice's soffice; missing, the test is skipped on a developer's machine only
    (CI installs libreoffice-writer-nogui and must run it)."""
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is needed in CI: .ci/run installs it")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def convert_to_pdf(files: list[Path], folder: Path) -> subprocess.CompletedProcess:
    """Convert ``files`` to PDF in one LibreOffice run (a profile of its own in ``folder``)."""
    soffice = soffice_or_skip()
    home = folder / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "HOME": str(home)}
    args = [soffice, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(folder)]
    return subprocess.run(
        [*args, *map(str, files)], capture_output=True, text=True, env=env, timeout=240
    )
