"""A person or institution the ideas board names (an idea given, dots put) stays in the
directory until merged: deleting it would leave ideas without their author and dots
without their voter."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from facilitator.errors import InUseError
from facilitator.models import Attendance, Voice
from facilitator.services import attendees, directory, ideas

NOW = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)


def test_the_author_of_an_idea_or_a_voter_is_not_deleted(
    store, make_org, make_person, make_workshop
):
    workshop = make_workshop()
    org = make_org("Çağdaş Yaşam Derneği")
    author, voter = make_person("Şule", "Çağlar"), make_person("Ümit", "Doğan")
    seats = [
        attendees.add_attendee(store, workshop.id, person.id, attendance=Attendance.PRESENT).id
        for person in (author, voter)
    ]
    card = ideas.add_idea(store, workshop.id, "Gönüllü bankası", author_id=author.id, now=NOW)
    r = ideas.open_dot_round(store, workshop.id, budget=3, now=NOW)
    ideas.give_dot(store, r.id, card.key, voter.id, 2)
    attendees.remove_attendees(store, seats)  # not even attending any more

    with pytest.raises(InUseError, match=r"1 idea(\(s\))? on an ideas board"):
        directory.delete_person(store, author.id)
    with pytest.raises(InUseError, match=r"2 dot(s|\(s\)) in dot rounds"):
        directory.delete_person(store, voter.id)
    assert ideas.board(store, workshop.id).idea(card.key).author_id == author.id
    assert ideas.spent(store, r.id) == {voter.id: 2}

    ideas.close_dot_round(store, r.id, now=NOW)
    by_institution = ideas.open_dot_round(
        store, workshop.id, budget=2, voice=Voice.ORGANIZATION, now=NOW
    )
    rep = make_person("İdil", "Öztürk")
    seat = attendees.add_attendee(
        store, workshop.id, rep.id, organization_id=org.id, attendance=Attendance.PRESENT
    ).id
    ideas.give_dot(store, by_institution.id, card.key, org.id)
    attendees.remove_attendees(store, [seat])
    with pytest.raises(InUseError, match=r"1 dot(\(s\))? in dot rounds"):
        directory.delete_organization(store, org.id)
