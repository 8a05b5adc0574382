"""The attendees service: removing attendees refuses an undo that would lose a later change."""

from datetime import UTC, datetime

import pytest

from facilitator.errors import StaleEditError
from facilitator.models import Attendance
from facilitator.services import attendees, directory, live


def _stranger(demo) -> int:
    """Someone in the directory who does not attend the sixth workshop yet."""
    attending = {r.person_id for r in attendees.list_attendees(demo.store, demo.workshop(6))}
    return next(p.id for p in directory.list_people(demo.store) if p.id not in attending)


def test_removing_an_attendee_checked_in_since_is_refused_and_changes_nothing(demo):
    store, sixth = demo.store, demo.workshop(6)
    row = attendees.add_attendee(store, sixth, _stranger(demo))
    live.set_present(store, row.id, True, datetime(2030, 1, 1, 7, 0, tzinfo=UTC))
    with pytest.raises(StaleEditError, match="attendance"):
        attendees.remove_attendees(store, [row.id], expect={row.id: attendees.expected_values(row)})
    [kept] = [r for r in attendees.list_attendees(store, sixth) if r.id == row.id]
    assert kept.attendance is Attendance.PRESENT and kept.arrived_at is not None


def test_removing_an_attendee_as_expected_removes_and_the_restore_is_expected_again(demo):
    store, sixth = demo.store, demo.workshop(6)
    row = attendees.add_attendee(store, sixth, _stranger(demo), attendance="present")
    taken = attendees.remove_attendees(
        store, [row.id], expect={row.id: attendees.expected_values(row)}
    )
    assert row.id not in {r.id for r in attendees.list_attendees(store, sixth)}
    attendees.restore_attendees(store, taken)
    assert row in attendees.list_attendees(store, sixth)
    attendees.remove_attendees(
        store, [row.id], expect={s["id"]: attendees.expected_values(s) for s in taken}
    )
    assert row.id not in {r.id for r in attendees.list_attendees(store, sixth)}
