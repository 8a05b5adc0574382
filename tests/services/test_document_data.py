"""The data each document shows, gathered from the store (no PDF involved)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from facilitator.errors import NotFoundError, ValidationError
from facilitator.models import Invitation, Participation, Person
from facilitator.services import document_data as data
from facilitator.services.workshops import create_workshop

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"


def test_minutes_data_of_the_recorded_workshop(store, demo):
    minutes = data.minutes_data(store, demo.titles[WORKSHOP_5])
    assert minutes.workshop.title == WORKSHOP_5
    assert minutes.workshop.number == 5
    assert minutes.workshop.rapporteurs == ("Selin Aydoğdu",)
    assert minutes.workshop.actual_start is not None and minutes.workshop.actual_end is not None
    present = [p for p in minutes.participants if p.attendance == "present"]
    assert len(present) == 23  # of 26 invited: two absent, one excused
    assert [d.label for d in minutes.decisions] == ["5/1", "5/2"]
    consent = minutes.decisions[1]
    assert [r.number for r in consent.rounds] == [1, 2]
    # The scale order of the consensus rules, not alphabetical.
    assert [v for v, _n in consent.rounds[0].tally] == ["no_objection", "objection", "stand_aside"]
    assert dict(consent.rounds[0].tally)["objection"] == 1
    # The objection's reason, with the institution that gave it.
    assert [(v, r) for _who, v, r in consent.rounds[0].reasons] == [
        ("objection", "Kapsam ilk yıl için fazla geniş.")
    ]
    gradients = minutes.decisions[0].rounds[0].tally
    assert [v for v, _n in gradients] == [str(n) for n in range(1, 9)]
    assert sum(n for _v, n in gradients) == 20
    assert len(minutes.commitments) == 9
    assert all(c.organization for c in minutes.commitments)
    assert minutes.next_workshop is not None and minutes.next_workshop.number == 6
    assert len(minutes.notes) == 16
    assert all(n.text for n in minutes.notes)


def test_contact_details_only_with_consent(store, demo):
    minutes = data.minutes_data(store, demo.titles[WORKSHOP_5])
    with store.session() as s:
        consent = {p.display_name(): p.contact_consent for p in s.scalars(select(Person))}
    assert any(consent[p.name] for p in minutes.participants)
    assert any(not consent[p.name] for p in minutes.participants)
    for person in minutes.participants:
        if consent[person.name]:
            assert person.email
        else:
            assert person.email == "" and person.phone == ""


def test_attendance_data_invited_and_confirmed_in_turkish_order(store, demo):
    w6 = demo.titles["Platformun ilk ortak projesi: gönüllü eşleştirme"]
    with store.transaction() as s:
        part = s.scalars(select(Participation).where(Participation.workshop_id == w6)).first()
        part.invitation = Invitation.DECLINED
        declined = s.get(Person, part.person_id).display_name()
    sheet = data.attendance_data(store, w6)
    names = [p.name for p in sheet.attendees]
    assert declined not in names
    assert len(names) == 6
    everyone = [
        "Mert Ağca",
        "Murat Çelikkaya",
        "Aylin Çınar",
        "Prof. Dr. Rüya Küçükosmanoğlu",
        "Hakan Ünlü",
        "Kemal Yıldırım",
        "Dilara Yüce",
    ]  # family name, then given name; the honorific plays no part
    assert names == [n for n in everyone if n != declined]
    recipients = data.email_recipients(store, w6)
    assert declined not in [r.name for r in recipients]
    assert all("@" in r.email for r in recipients)


def test_roadmap_data_of_the_demo_series(store, demo):
    series_id = data.series_of_workshop(store, demo.titles[WORKSHOP_5])
    assert series_id == demo.series_id
    roadmap = data.roadmap_data(store, series_id)
    assert [p.title for p in roadmap.phases] == [
        "Platformun kuruluşu",
        "İlk ortak proje: gönüllü eşleştirme",
        "Yaygınlaştırma",
    ]
    assert len(roadmap.workshops) == 6
    assert [w.number for w in roadmap.workshops] == [1, 2, 3, 4, 5, 6]
    assert len(roadmap.commitments) == 12  # the 5th's nine, three of the 3rd and 4th
    assert {c.phase_id for c in roadmap.commitments} <= {p.id for p in roadmap.phases}
    assert [d.label for d in roadmap.decisions] == ["5/1", "5/2"]


def test_agenda_data_times_follow_the_planned_minutes(store, demo):
    agenda = data.agenda_data(store, demo.titles[WORKSHOP_5])
    items = agenda.agenda
    assert items[0].planned_start == agenda.workshop.planned_start
    for before, after in itertools.pairwise(items):
        assert after.planned_start == before.planned_end


def test_unknown_or_bad_ids_are_refused(store, demo):
    with pytest.raises(NotFoundError):
        data.minutes_data(store, 9999)
    with pytest.raises(ValidationError):
        data.agenda_data(store, "5")
    with pytest.raises(NotFoundError):
        data.roadmap_data(store, 9999)


def test_a_workshop_without_series_has_no_roadmap(store):
    start = datetime(2026, 5, 1, 7, tzinfo=UTC)
    w = create_workshop(store, "Tek başına", start, start.replace(hour=9), status="held")
    with pytest.raises(NotFoundError, match="Tek başına"):
        data.series_of_workshop(store, w.id)
    minutes = data.minutes_data(store, w.id)
    assert minutes.workshop.series_title == "" and minutes.next_workshop is None
    assert minutes.decisions == () and minutes.commitments == () and minutes.notes == ()
