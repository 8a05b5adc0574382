"""The minutes call a time actual only when it was recorded: a workshop whose session never
ran shows its planned time as planned, and a held one its recorded times."""

from __future__ import annotations

from facilitator.documents.minutes import write_minutes
from facilitator.documents.template import RenderOptions
from facilitator.services import document_data as data
from tests.documents.pdf_text import pdftotext


def _text(demo, tmp_path, number: int, language: str) -> str:
    minutes = data.minutes_data(demo.store, demo.workshop(number))
    path = tmp_path / f"tutanak-{number}-{language}.pdf"
    write_minutes(path, minutes, RenderOptions(language=language))
    return " ".join(pdftotext(path).split())


def test_a_session_never_held_has_no_actual_time(demo, tmp_path):
    text = _text(demo, tmp_path, 6, "tr")  # scheduled, not held
    assert "Planlanan saat 10:00–13:00" in text
    assert "Gerçekleşen saat" not in text
    assert "Planned time 10:00–13:00" in _text(demo, tmp_path, 6, "en")


def test_a_held_session_shows_its_recorded_times(demo, tmp_path):
    text = _text(demo, tmp_path, 5, "tr")
    assert "Gerçekleşen saat" in text
    assert "Planlanan saat 10:00" not in text
