"""Every document names the Facilitator that made it, in the version the About box shows
(issue 21, point 5): the PDF's Creator and Producer, the Word file's application, and no
leftover of the template a Word file is built from (its Word name, its blank thumbnail)."""

from __future__ import annotations

import zipfile

import pytest
from pypdf import PdfReader

from facilitator import __version__
from facilitator.documents.exports import export_document
from facilitator.documents.template import RenderOptions

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"


@pytest.mark.parametrize("what", ["minutes", "agenda", "attendance"])
def test_a_pdf_names_facilitator_and_its_version(demo, tmp_path, what):
    path = tmp_path / f"{what}.pdf"
    export_document(demo.store, what, demo.titles[WORKSHOP_5], path, RenderOptions("tr"))
    info = PdfReader(path).metadata
    assert info.creator == f"Facilitator {__version__}"
    assert info.producer.startswith(f"Facilitator {__version__}")


@pytest.mark.parametrize("what", ["minutes", "agenda", "attendance"])
def test_a_word_file_names_facilitator_and_its_version_not_words_template(demo, tmp_path, what):
    path = tmp_path / f"{what}.docx"
    export_document(demo.store, what, demo.titles[WORKSHOP_5], path, RenderOptions("tr"))
    with zipfile.ZipFile(path) as package:
        app = package.read("docProps/app.xml").decode()
        names = package.namelist()
        rels = package.read("_rels/.rels").decode()
    assert f"<Application>Facilitator {__version__}</Application>" in app
    assert "Microsoft" not in app
    assert not [name for name in names if "thumbnail" in name]
    assert "thumbnail" not in rels
