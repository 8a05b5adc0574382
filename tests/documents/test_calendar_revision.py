"""The invitation again after a change replaces the one people have (SEQUENCE rises), and
names who sends it (ORGANIZER from Settings)."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar

from facilitator.documents.branding_file import read_organizer
from facilitator.documents.calendar import calendar_bytes
from facilitator.services import document_data as data
from facilitator.services import workshops

WORKSHOP_6 = "Platformun ilk ortak projesi: gönüllü eşleştirme"


def _event(agenda, **how):
    return next(iter(Calendar.from_ical(calendar_bytes(agenda, "tr", **how)).walk("VEVENT")))


def test_the_sequence_rises_when_the_time_changes_and_stays_otherwise(demo):
    from sqlalchemy import select

    from facilitator.models import AgendaItem, Workshop

    store, workshop = demo.store, demo.titles[WORKSHOP_6]
    with store.transaction() as s:  # the invitation went out an hour after the last edit
        rows = [s.get(Workshop, workshop)]
        rows += s.scalars(select(AgendaItem).where(AgendaItem.workshop_id == workshop)).all()
        for row in rows:
            row.updated_at = row.updated_at - timedelta(hours=1)
    first = _event(data.agenda_data(store, workshop))
    again = _event(data.agenda_data(store, workshop))
    assert int(first["sequence"]) == int(again["sequence"])  # nothing changed
    row = workshops.get_workshop(store, workshop)
    workshops.update_workshop(
        store,
        workshop,
        planned_start=row.planned_start + timedelta(hours=1),
        planned_end=row.planned_end + timedelta(hours=1),
    )
    moved = _event(data.agenda_data(store, workshop))
    assert int(moved["sequence"]) > int(first["sequence"])
    assert moved["uid"] == first["uid"]  # the same event, revised


def test_the_organizer_is_the_sender_in_settings(demo, home):
    from facilitator import paths

    agenda = data.agenda_data(demo.store, demo.titles[WORKSHOP_6])
    assert "organizer" not in _event(agenda)
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(
        "[sender]\nname=Selin Aydoğdu\nemail=selin@kentgonulluleri.org.tr\n", "utf-8"
    )
    organizer = read_organizer()
    assert organizer == ("Selin Aydoğdu", "selin@kentgonulluleri.org.tr")
    event = _event(agenda, organizer=organizer)
    assert str(event["organizer"]) == "mailto:selin@kentgonulluleri.org.tr"
    assert event["organizer"].params["cn"] == "Selin Aydoğdu"


def test_an_agenda_running_past_the_planned_end_keeps_the_invitation_until_it_ends(demo):
    from dataclasses import replace

    agenda = data.agenda_data(demo.store, demo.workshop(5))
    last = agenda.agenda[-1]
    assert _event(agenda).decoded("dtend") == agenda.workshop.planned_end
    # The last item ends 10 minutes after the planned end: so does the invitation.
    later = replace(last, planned_end=agenda.workshop.planned_end + timedelta(minutes=10))
    overrun = replace(agenda, agenda=(*agenda.agenda[:-1], later))
    assert _event(overrun).decoded("dtend") == later.planned_end
