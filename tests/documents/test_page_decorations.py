"""What every page carries: a running header cut between words, the viewer showing the
document's title, the version stamp instead of the app's version."""

from __future__ import annotations

from pypdf import PdfReader

from facilitator.documents.minutes import write_minutes
from facilitator.documents.template import RenderOptions, fit_words
from facilitator.services import document_data as data
from facilitator.services import workshops

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"


def test_a_long_header_is_cut_between_words():
    def width(text: str) -> float:
        return len(text)

    title = "Tutanak — Bursa Sosyal Sorumluluk Platformu: işleyiş modeli"
    assert fit_words(title, 100, width) == title
    assert fit_words(title, 40, width) == "Tutanak — Bursa Sosyal Sorumluluk…"
    assert fit_words(title, 12, width) == "Tutanak…"  # the dash left behind goes too
    assert fit_words("Dayanışmaderneği", 8, width) == "Dayanış…"  # one word: cut it
    assert fit_words("", 8, width) == ""


def test_the_header_of_a_long_title_ends_on_a_whole_word(demo, tmp_path):
    store = demo.store
    workshop = demo.titles[WORKSHOP_5]
    long_title = (
        "Özel sektör ve sivil toplum kuruluşları arasında iş birliğinin güçlendirilmesi için "
        "Bursa'da kurulan platformun işleyiş modeli, yol haritası ve katkı paylaşımı"
    )
    workshops.update_workshop(store, workshop, title=long_title)
    path = tmp_path / "uzun.pdf"
    write_minutes(path, data.minutes_data(store, workshop), RenderOptions())
    reader = PdfReader(str(path))
    header = next(
        line
        for line in reader.pages[1].extract_text().splitlines()
        if line.startswith("Tutanak — ")
    )
    assert header.endswith("…")
    kept = header.removesuffix("…").removeprefix("Tutanak — ")
    assert long_title.startswith(kept) and long_title[len(kept)] == " "
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    assert "Facilitator 0." not in reader.pages[0].extract_text()


def test_a_guiding_question_that_is_the_series_title_is_said_once(demo, tmp_path):
    from tests.documents.pdf_text import pdftotext

    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    minutes = data.minutes_data(store, workshop)
    assert minutes.workshop.guiding_question == minutes.workshop.series_title
    path = tmp_path / "tutanak.pdf"
    write_minutes(path, minutes, RenderOptions())
    text = " ".join(pdftotext(path).split())
    assert text.count(minutes.workshop.series_title) == 1
    workshops.update_workshop(store, workshop, guiding_question="Gönüllülük nasıl ölçülür?")
    write_minutes(path, data.minutes_data(store, workshop), RenderOptions())
    assert "Gönüllülük nasıl ölçülür?" in " ".join(pdftotext(path).split())


def test_each_language_prints_its_own_disclaimer_with_its_line_breaks(demo, tmp_path):
    from facilitator.documents.template import Branding
    from tests.documents.pdf_text import pdftotext

    branding = Branding(
        disclaimer="Bu yayın Avrupa Birliği'nin desteğiyle hazırlanmıştır.\nİçerik yalnızca "
        "Kent Gönüllüleri Derneği'nin sorumluluğundadır.",
        disclaimer_en="Funded by the European Union.\nViews and opinions expressed are those "
        "of the author(s) only.",
    )
    minutes = data.minutes_data(demo.store, demo.titles[WORKSHOP_5])
    texts = {}
    for language in ("tr", "en"):
        path = tmp_path / f"{language}.pdf"
        write_minutes(path, minutes, RenderOptions(language=language, branding=branding))
        texts[language] = pdftotext(path, layout=True)
    assert "desteğiyle hazırlanmıştır." in texts["tr"] and "Funded by" not in texts["tr"]
    assert "Funded by the European Union." in texts["en"] and "desteğiyle" not in texts["en"]
    # The line break is kept: the second sentence starts its own line.
    assert any(line.strip().startswith("Views and opinions") for line in texts["en"].splitlines())
    assert any(line.strip().startswith("İçerik yalnızca") for line in texts["tr"].splitlines())
    english_only = Branding(disclaimer_en="Funded by the European Union.")
    path = tmp_path / "yalniz.pdf"
    write_minutes(path, minutes, RenderOptions(language="tr", branding=english_only))
    assert "Funded by" not in pdftotext(path)


def test_the_organizer_issues_the_document_in_its_author_and_footer(demo, tmp_path):
    """The series' coordinating organization, not the host of the day."""
    from facilitator.documents.exports import export_document
    from tests.documents.pdf_text import page_texts

    workshop = demo.titles[WORKSHOP_5]
    for what in ("minutes", "agenda", "attendance"):
        path = tmp_path / f"{what}.pdf"
        export_document(demo.store, what, workshop, path, RenderOptions())
        reader = PdfReader(str(path))
        assert reader.metadata.author == "Yeşilova Grup"
        assert all(
            "Yeşilova Grup  ·" in " ".join(t.split("\n")) or "Yeşilova Grup ·" in t
            for t in page_texts(path)
        )
