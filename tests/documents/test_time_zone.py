"""Documents show a workshop's times where it is held, in its own zone, whatever the zone
of the computer that makes them: the Bursa workshop's minutes made on a UTC machine, in
Brussels and in New York read the same, 10:00 Istanbul time, and name the zone once."""

from __future__ import annotations

import os

import pytest
from icalendar import Calendar

from facilitator.documents.calendar import calendar_bytes
from facilitator.documents.minutes import write_minutes
from facilitator.documents.template import RenderOptions
from facilitator.services import document_data as data
from tests.documents.pdf_text import local_zone, pdftotext

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"
ZONES = ("UTC", "Europe/Brussels", "America/New_York")


@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_minutes_read_the_same_on_computers_in_three_zones(demo, tmp_path, language):
    before = os.environ.get("TZ")
    texts = {}
    for name in ZONES:
        with local_zone(name):
            minutes = data.minutes_data(demo.store, demo.titles[WORKSHOP_5])
            path = tmp_path / f"{name.replace('/', '-')}.pdf"
            write_minutes(path, minutes, RenderOptions(language=language))
            texts[name] = pdftotext(path)
    assert os.environ.get("TZ") == before  # the zone ends with the test
    assert texts["Europe/Brussels"] == texts["UTC"] == texts["America/New_York"]
    text = " ".join(texts["UTC"].split())
    assert "10:00–13:00" in text  # planned 10:00 in Istanbul: 07:00 UTC, 08:00 in Brussels
    assert "07:00–10:00" not in text
    assert text.count("Europe/Istanbul (UTC+3)") == 1  # named once


def test_the_invitation_gives_the_agenda_where_the_workshop_is_held(demo):
    for name in ZONES:
        with local_zone(name):
            agenda = data.agenda_data(demo.store, demo.titles[WORKSHOP_5])
            event = next(iter(Calendar.from_ical(calendar_bytes(agenda, "tr")).walk("VEVENT")))
            description = str(event["description"])
            assert "Gündem, Europe/Istanbul (UTC+3):" in description
            assert "\n10:00–" in description
            # DTSTART itself is UTC: every calendar shows it in its reader's zone.
            assert event.decoded("dtstart").utcoffset().total_seconds() == 0
