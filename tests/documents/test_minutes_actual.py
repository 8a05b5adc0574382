"""The minutes call a time actual only when it was recorded, and a workshop not held yet
has none: its minutes are refused with the reason and what can be made instead."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.documents.minutes import write_minutes
from facilitator.documents.template import RenderOptions
from facilitator.errors import ValidationError
from facilitator.services import document_data as data
from facilitator.services import workshops
from tests.documents.pdf_text import pdftotext

ROOT = Path(__file__).resolve().parents[2]


def _text(demo, tmp_path, number: int, language: str) -> str:
    minutes = data.minutes_data(demo.store, demo.workshop(number))
    path = tmp_path / f"tutanak-{number}-{language}.pdf"
    write_minutes(path, minutes, RenderOptions(language=language))
    return " ".join(pdftotext(path).split())


def test_a_workshop_recorded_held_without_a_live_session_has_no_actual_time(demo, tmp_path):
    workshops.update_workshop(demo.store, demo.workshop(6), status="held")  # sign-in on paper
    text = _text(demo, tmp_path, 6, "tr")
    assert "Planlanan saat 10:00–13:00" in text
    assert "Gerçekleşen saat" not in text
    assert "Planned time 10:00–13:00" in _text(demo, tmp_path, 6, "en")


def test_a_held_session_shows_its_recorded_times(demo, tmp_path):
    text = _text(demo, tmp_path, 5, "tr")
    assert "Gerçekleşen saat" in text
    assert "Planlanan saat 10:00" not in text


def test_the_minutes_of_a_workshop_not_held_yet_are_refused(demo):
    with pytest.raises(ValidationError, match="has not been held yet") as refused:
        data.minutes_data(demo.store, demo.workshop(6))
    assert "agenda handout" in str(refused.value)


def test_the_command_line_refuses_them_with_exit_status_2(demo, db_location, tmp_path, home):
    target = tmp_path / "tutanak.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "--database", db_location, "export", "minutes",
         str(demo.workshop(6)), "-o", str(target)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "has not been held yet: its minutes come after its session." in done.stderr
    assert not target.exists()
