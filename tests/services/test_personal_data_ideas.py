"""A person's ideas and dots are their personal data: in the file handed to them, and kept
(attributed to the placeholder) when they are anonymised."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from facilitator.models import Attendance, NoteKind
from facilitator.services import attendees, ideas, live, personal_data

NOW = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)


def test_a_persons_ideas_and_dots_are_in_their_data_and_stay_when_anonymised(
    store, make_org, make_person, make_workshop
):
    org = make_org("Işık Lösemili Çocuklar Vakfı")
    gulsen = make_person("Gülşen", "Öztürkoğlu", email="gulsen@ornek-vakif.org.tr")
    other = make_person("İsmail", "Işık")
    workshop = make_workshop()
    for person in (gulsen, other):
        attendees.add_attendee(
            store, workshop.id, person.id, organization_id=org.id, attendance=Attendance.PRESENT
        )
    bank = ideas.add_idea(
        store,
        workshop.id,
        "Gönüllü saatleri <ortak & şeffaf> toplansın",
        author_id=gulsen.id,
        now=NOW,
    )
    note = live.add_note(
        store,
        workshop.id,
        "Çocuklar için gönüllü okuma saati",
        kind=NoteKind.IDEA,
        speaker_id=gulsen.id,
        now=NOW,
    )
    theirs = ideas.add_idea(store, workshop.id, "Başkasının fikri", author_id=other.id, now=NOW)
    cluster = ideas.create_cluster(store, workshop.id, "Gönüllülük", [bank.key, f"n{note.id}"])
    # The note's words change on the board: her data shows the words of the card.
    card = ideas.board(store, workshop.id).cluster(cluster.id).idea_keys[1]
    ideas.edit_idea(store, workshop.id, card, text="Çocuklar için haftalık okuma saati")
    r = ideas.open_dot_round(store, workshop.id, budget=3, now=NOW, question="Hangisi önce?")
    ideas.give_dot(store, r.id, bank.key, gulsen.id, 2)
    ideas.give_dot(store, r.id, theirs.key, gulsen.id)
    ideas.give_dot(store, r.id, bank.key, other.id)

    data = json.loads(personal_data.person_data_json(store, gulsen.id, now=NOW))
    assert [(i["text"], i["organization"], i["cluster"]) for i in data["ideas"]] == [
        ("Gönüllü saatleri <ortak & şeffaf> toplansın", org.name, "Gönüllülük"),
        ("Çocuklar için haftalık okuma saati", org.name, "Gönüllülük"),
    ], "only her ideas, in the board's words"
    assert [(d["round"], d["question"], d["on"], d["dots"]) for d in data["dots"]] == [
        (1, "Hangisi önce?", "Gönüllü saatleri <ortak & şeffaf> toplansın", 2),
        (1, "Hangisi önce?", "Başkasının fikri", 1),
    ]
    assert data["ideas"][0]["workshop"]["title"] == workshop.title

    result = personal_data.anonymise_person(store, gulsen.id)
    assert result.ideas == 2
    after = personal_data.person_data(store, gulsen.id)
    assert len(after["ideas"]) == 2 and len(after["dots"]) == 2
    board = ideas.board(store, workshop.id)
    assert board.idea(bank.key).author_name == f"Participant {gulsen.id}"
    assert ideas.results(store, r.id).of(bank.key).dots == 3
