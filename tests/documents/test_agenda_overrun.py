"""The agenda handout when the agenda runs past the workshop's planned end: it prints the
time the agenda runs to and says that it runs over, in the PDF and in Word, in the
workshop's time zone (issue 17, point 6)."""

from __future__ import annotations

import pytest

from facilitator.documents.exports import export_document
from facilitator.documents.template import RenderOptions
from facilitator.services import agenda
from tests.documents.docx_text import body_text, open_docx, words
from tests.documents.pdf_text import local_zone, pdftotext

NOTE = {
    "tr": "Gündem, planlanan bitiş saatini 10 dakika aşıyor (13:00 → 13:10).",
    "en": "The agenda runs 10 minutes past the planned end (13:00 → 13:10).",
}
TIME = {"tr": "Saat", "en": "Time"}


def _lengthen(store, workshop_id: int, minutes: int) -> None:
    """The discussion (40 minutes) of the fifth workshop lengthened by ``minutes``."""
    discussion = agenda.get_agenda(store, workshop_id).items[3]
    agenda.update_item(store, discussion.id, planned_minutes=40 + minutes)


def _pdf_text(store, workshop_id: int, tmp_path, language: str) -> str:
    path = tmp_path / f"gündem-{language}.pdf"
    export_document(store, "agenda", workshop_id, path, RenderOptions(language=language))
    return " ".join(pdftotext(path).split())


def _time_cell(store, workshop_id: int, tmp_path, language: str) -> str:
    """The text of the handout's time row in Word (the details table's "Saat" / "Time")."""
    path = tmp_path / f"gündem-{language}.docx"
    export_document(store, "agenda", workshop_id, path, RenderOptions(language=language))
    doc = open_docx(path)
    for table in doc.tables:
        for row in table.rows:
            if row.cells[0].text == TIME[language]:
                return row.cells[1].text
    raise AssertionError(f"no {TIME[language]} row in {words(body_text(doc))!r}")


@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_handout_prints_the_time_the_agenda_runs_to_and_says_it_runs_over(
    demo, tmp_path, language
):
    fifth = demo.workshop(5)  # 10:00–13:00 in Istanbul, 180 minutes of items
    _lengthen(demo.store, fifth, 10)
    with local_zone("America/New_York"):  # the computer's clock is not the workshop's
        text = _pdf_text(demo.store, fifth, tmp_path, language)
        cell = _time_cell(demo.store, fifth, tmp_path, language)

    assert "10:00–13:10" in text
    assert "10:00–13:00" not in text, "no time range the agenda contradicts"
    assert NOTE[language] in text
    assert "13:00–13:10" in text  # the last item, as in the agenda table
    assert cell == f"10:00–13:10\n{NOTE[language]}"


@pytest.mark.parametrize("language", ["tr", "en"])
def test_a_handout_whose_agenda_fits_prints_the_planned_time_and_no_note(demo, tmp_path, language):
    fifth = demo.workshop(5)
    with local_zone("America/New_York"):
        text = _pdf_text(demo.store, fifth, tmp_path, language)
        cell = _time_cell(demo.store, fifth, tmp_path, language)
    assert "10:00–13:00" in text
    assert "planlanan bitiş" not in text and "planned end" not in text
    assert cell == "10:00–13:00"

    # An agenda that ends early: the workshop's planned time is still what is printed.
    _lengthen(demo.store, fifth, -20)
    with local_zone("America/New_York"):
        assert "10:00–13:00" in _pdf_text(demo.store, fifth, tmp_path, language)
        assert _time_cell(demo.store, fifth, tmp_path, language) == "10:00–13:00"


def test_one_minute_over_is_said_in_the_singular(demo, tmp_path):
    fifth = demo.workshop(5)
    _lengthen(demo.store, fifth, 1)
    text = _pdf_text(demo.store, fifth, tmp_path, "en")
    assert "The agenda runs 1 minute past the planned end (13:00 → 13:01)." in text
    assert _time_cell(demo.store, fifth, tmp_path, "tr") == (
        "10:00–13:01\nGündem, planlanan bitiş saatini 1 dakika aşıyor (13:00 → 13:01)."
    )
