"""``facilitator export minutes|agenda|attendance -o FILE.docx``: editable Word documents from
the command line (issue 16, point 3); bad names are refused as for PDFs (test_cli_documents)."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import run
from tests.cli.test_cli_documents import demo_db, demo_template  # noqa: F401 - fixtures
from tests.documents.docx_text import body_text, footer_text, header_text, open_docx, words

pytestmark = pytest.mark.slow

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"


def test_export_the_minutes_as_word_then_the_final_as_word(demo_db, tmp_path):  # noqa: F811
    out = tmp_path / "tutanak taslağı.docx"
    result = run("--database", str(demo_db), "export", "minutes", "5", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}: draft v1"  # no page count: Word counts
    doc = open_docx(out)
    assert WORKSHOP_5 in words(body_text(doc))
    assert "TASLAK" in header_text(doc) and "Taslak v1 ·" in footer_text(doc)

    result = run("--database", str(demo_db), "minutes", "finalize", "5")
    assert result.returncode == 0, result.stderr
    sha = result.stdout.split("SHA-256: ")[1].split()[0]
    final = tmp_path / "final.docx"
    result = run(
        "--database", str(demo_db), "export", "minutes", "5", "-o", str(final),
        "--version", "final", "--lang", "en",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {final}: final v2"
    doc = open_docx(final)
    assert sha in words(body_text(doc)) and "DRAFT" not in header_text(doc)


@pytest.mark.parametrize("what", ["agenda", "attendance"])
def test_export_the_agenda_and_the_attendance_sheet_as_word(demo_db, tmp_path, what):  # noqa: F811
    out = tmp_path / f"{what}.DOCX"
    result = run("--database", str(demo_db), "export", what, "5", "-o", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}"
    doc = open_docx(out)
    assert WORKSHOP_5 in words(body_text(doc))
    assert doc.core_properties.language == "en-GB"


def test_help_names_word_documents():
    result = run("export", "--help")
    assert result.returncode == 0
    assert "FILE.pdf or FILE.docx (minutes, agenda, attendance)" in " ".join(result.stdout.split())
