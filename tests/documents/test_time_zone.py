"""Documents show times as the app shows them: in the computer's local time zone (the app
keeps no zone per workshop). Checked on a UTC machine and on an Istanbul one, so a test
machine's zone can hide nothing; the invitation's agenda says which offset it uses."""

from __future__ import annotations

import os

import pytest
from icalendar import Calendar

from facilitator.documents.agenda import write_agenda
from facilitator.documents.calendar import calendar_bytes
from facilitator.documents.template import RenderOptions
from facilitator.services import document_data as data
from facilitator.ui.kit import timefmt
from tests.documents.pdf_text import local_zone, pdftotext

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"


@pytest.mark.parametrize(
    ("name", "offset"), [("UTC", "UTC+00:00"), ("Europe/Istanbul", "UTC+03:00")]
)
def test_times_are_those_the_app_shows_in_the_local_zone(demo, tmp_path, name, offset):
    before = os.environ.get("TZ")
    with local_zone(name):
        _check_times_in_zone(demo, tmp_path, name, offset)
    assert os.environ.get("TZ") == before  # the zone ends with the test


def _check_times_in_zone(demo, tmp_path, name, offset):
    # The demo was loaded before the zone was set: stored times do not depend on it.
    agenda = data.agenda_data(demo.store, demo.titles[WORKSHOP_5])
    start, end = agenda.workshop.planned_start, agenda.workshop.planned_end
    shown_in_app = f"{timefmt.clock(start)}–{timefmt.clock(end)}"
    assert shown_in_app == {"UTC": "07:00–10:00", "Europe/Istanbul": "10:00–13:00"}[name]
    path = tmp_path / "agenda.pdf"
    write_agenda(path, agenda, RenderOptions(language="tr"))
    assert shown_in_app in pdftotext(path)
    first = agenda.agenda[0]
    event = next(iter(Calendar.from_ical(calendar_bytes(agenda, "tr")).walk("VEVENT")))
    description = str(event["description"])
    assert f"Gündem ({offset}):" in description
    assert timefmt.clock(first.planned_start) in description
    assert os.environ["TZ"] == name
