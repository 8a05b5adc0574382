"""The kind a new agenda item takes when none is given: that of the item above it."""

import pytest

from facilitator.errors import ValidationError
from facilitator.models import AgendaKind
from facilitator.services import agenda


def _kinds(store, workshop_id) -> list[AgendaKind]:
    return [item.kind for item in agenda.get_agenda(store, workshop_id).items]


def test_the_first_item_is_a_discussion_and_the_next_ones_follow_the_last(store, demo):
    sixth = demo.workshop(6)  # attendees, no agenda yet
    first = agenda.add_item(store, sixth, "Durum değerlendirmesi")
    assert first.kind is AgendaKind.DISCUSSION
    agenda.add_item(store, sixth, "Bakanlığın sunumu", kind=AgendaKind.TALK)
    added = agenda.add_item(store, sixth, "Belediyenin sunumu")
    assert added.kind is AgendaKind.TALK
    assert _kinds(store, sixth) == [AgendaKind.DISCUSSION, AgendaKind.TALK, AgendaKind.TALK]


def test_an_item_inserted_in_the_middle_follows_the_item_above_it(store, demo):
    fifth = demo.workshop(5)
    items = agenda.get_agenda(store, fifth).items
    # Opening, talk, talk, discussion, break, group work, decision, closing.
    assert [i.kind for i in items[2:4]] == [AgendaKind.TALK, AgendaKind.DISCUSSION]
    row = agenda.add_item(store, fifth, "Üçüncü sunum", position=4)
    # The kind of the item above, not of the one it pushes down nor of the last one.
    assert row.kind is AgendaKind.TALK
    assert _kinds(store, fifth)[3:5] == [AgendaKind.TALK, AgendaKind.DISCUSSION]
    assert _kinds(store, fifth)[-1] is AgendaKind.CLOSING
    first = agenda.add_item(store, fifth, "Hoş geldiniz", position=1)
    assert first.kind is AgendaKind.DISCUSSION  # nothing above it


def test_a_break_above_is_passed_over(store, demo):
    sixth = demo.workshop(6)
    agenda.add_item(store, sixth, "Kahve", kind=AgendaKind.BREAK)
    assert agenda.add_item(store, sixth, "Açılış").kind is AgendaKind.DISCUSSION
    agenda.add_item(store, sixth, "Grup çalışması 1", kind=AgendaKind.GROUP_WORK)
    agenda.insert_break(store, agenda.get_agenda(store, sixth).items[-1].id, "Çay arası")
    row = agenda.add_item(store, sixth, "Grup çalışması 2")
    assert row.kind is AgendaKind.GROUP_WORK
    assert _kinds(store, sixth)[-3:] == [
        AgendaKind.GROUP_WORK,
        AgendaKind.BREAK,
        AgendaKind.GROUP_WORK,
    ]


def test_a_kind_given_is_kept_and_a_wrong_position_is_still_refused(store, demo):
    fifth = demo.workshop(5)
    assert agenda.add_item(store, fifth, "Karar", kind="decision").kind is AgendaKind.DECISION
    with pytest.raises(ValidationError) as caught:
        agenda.add_item(store, fifth, "Nereye?", position=42)
    assert caught.value.field == "position"
