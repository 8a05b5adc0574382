"""Fixtures of the service tests."""

import pytest

from facilitator.models import Attendance, Sector
from facilitator.services import attendees


@pytest.fixture
def room(store, make_series, make_workshop, make_org, make_person):
    """Six people present: two from a company, two from an NGO, two from a public body."""
    series = make_series()
    workshop = make_workshop(series_id=series.id, number=5)
    orgs = [
        make_org("Öncü Gıda A.Ş.", sector=Sector.COMPANY),
        make_org("Çağdaş Yaşam Derneği", sector=Sector.NGO),
        make_org("Osmangazi Belediyesi", sector=Sector.PUBLIC),
    ]
    people = []
    for i in range(6):
        person = make_person()
        attendees.add_attendee(
            store,
            workshop.id,
            person.id,
            organization_id=orgs[i // 2].id,
            attendance=Attendance.PRESENT,
        )
        people.append(person)
    return {"workshop": workshop, "orgs": orgs, "people": people, "series": series}
