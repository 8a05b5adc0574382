"""The proposals service: wordings and history, rounds by person, organization and counts,
outcomes with overrides, stable decision numbers, the register and the minutes' data."""

from datetime import UTC, date, datetime, timedelta

import pytest

from facilitator.errors import ConflictError, ValidationError
from facilitator.models import Attendance, DecisionMethod, Outcome, Threshold, Voice
from facilitator.services import agenda, attendees, live, proposals

NOW = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
MARKUP = "<b>Ortak & “proje”</b> &amp; <script>x</script> <unclosed"


@pytest.fixture
def room(store, make_series, make_workshop, make_org, make_person):
    """Workshop 5 of a series: six people present from three institutions, one absent."""
    series = make_series()
    workshop = make_workshop(series_id=series.id, number=5)
    orgs = [make_org() for _ in range(3)]
    people = []
    for i in range(6):
        person = make_person()
        attendees.add_attendee(
            store,
            workshop.id,
            person.id,
            organization_id=orgs[i % 3].id,
            attendance=Attendance.PRESENT,
        )
        people.append(person)
    absent = make_person("Nazlı", "Güneş")
    attendees.add_attendee(
        store, workshop.id, absent.id, organization_id=orgs[0].id, attendance=Attendance.ABSENT
    )
    return {
        "series": series,
        "workshop": workshop,
        "orgs": orgs,
        "people": people,
        "absent": absent,
    }


def _proposal(store, room, **fields):
    return proposals.create_proposal(
        store,
        room["workshop"].id,
        "Kent gönüllülük platformu",
        "Şirketler ve STK'lar ortak bir platform kurar.",
        **fields,
    )


def test_amendments_keep_every_earlier_wording(store, room):
    p = _proposal(store, room)
    p = proposals.amend(store, p.id, "Şirketler ve STK'lar ortak bir platform kurar; İzmir'de.")
    assert [v.number for v in p.versions] == [1, 2]
    assert p.text.endswith("İzmir'de.")
    assert p.versions[0].text == "Şirketler ve STK'lar ortak bir platform kurar."


def test_amend_refuses_the_same_wording_and_an_open_round(store, room):
    p = _proposal(store, room)
    with pytest.raises(ValidationError, match="same"):
        proposals.amend(store, p.id, "  Şirketler ve STK'lar ortak bir platform kurar.  ")
    proposals.open_round(store, p.id, now=NOW)
    with pytest.raises(ConflictError, match="close it first"):
        proposals.amend(store, p.id, "Başka bir metin")
    assert len(proposals.get_proposal(store, p.id).versions) == 1


def test_markup_in_title_and_text_is_kept_as_typed(store, room):
    p = proposals.create_proposal(store, room["workshop"].id, MARKUP, MARKUP)
    assert p.title == MARKUP and p.text == MARKUP


def test_empty_title_is_refused_and_nothing_is_made(store, room):
    with pytest.raises(ValidationError, match="empty"):
        proposals.create_proposal(store, room["workshop"].id, "  ", "metin")
    assert proposals.list_proposals(store, room["workshop"].id) == []


def test_proposal_from_note_takes_its_text_and_agenda_item(store, room):
    w = room["workshop"].id
    item = agenda.add_item(store, w, "Platformun yapısı")
    text = "Platform her yıl iki çalıştay düzenler ve gönüllü sayısını " + "artırır " * 20
    note = live.add_note(store, w, text, agenda_item_id=item.id, now=NOW)
    p = proposals.proposal_from_note(store, note.id)
    assert p.text == text.strip()
    assert p.agenda_item_title == "Platformun yapısı"
    assert p.source_note_id == note.id
    assert p.title.startswith("Platform her yıl") and p.title.endswith("…")
    assert len(p.title) <= proposals.NOTE_TITLE_LENGTH


def test_gradient_round_by_person_proposes_and_confirm_numbers_the_decision(store, room):
    p = _proposal(store, room)
    r = proposals.open_round(store, p.id, now=NOW)
    voters = proposals.voters(store, room["workshop"].id, Voice.PERSON)
    assert len(voters) == 6  # the absent person takes no position
    for voter, value in zip(voters, "112236", strict=True):
        r = proposals.record_position(store, r.id, voter.id, value)
    assert dict(r.tally) == {"1": 2, "2": 2, "3": 1, "4": 0, "5": 0, "6": 1, "7": 0, "8": 0}
    r = proposals.close_round(store, r.id, NOW)
    assert r.proposed_outcome is Outcome.AGREED_WITH_RESERVATIONS
    p = proposals.confirm(store, p.id, now=NOW, statement="Platform kurulacak.")
    assert p.outcome is Outcome.AGREED_WITH_RESERVATIONS
    assert p.label == "5/1"
    assert p.override_reason == ""


def test_an_absent_person_cannot_take_a_position(store, room):
    p = _proposal(store, room)
    r = proposals.open_round(store, p.id, now=NOW)
    with pytest.raises(ValidationError, match="present"):
        proposals.record_position(store, r.id, room["absent"].id, "1")
    assert proposals.get_round(store, r.id).total == 0


def test_a_value_of_another_method_is_refused(store, room):
    p = _proposal(store, room, method=DecisionMethod.FIST_TO_FIVE)
    r = proposals.open_round(store, p.id, now=NOW)
    with pytest.raises(ValidationError, match="not a position"):
        proposals.record_position(store, r.id, room["people"][0].id, "8")


def test_position_replaced_and_cleared(store, room):
    p = _proposal(store, room)
    r = proposals.open_round(store, p.id, now=NOW)
    person = room["people"][0].id
    proposals.record_position(store, r.id, person, "1")
    r = proposals.record_position(store, r.id, person, "7")
    assert r.position_of(person).value == "7" and r.total == 1
    r = proposals.clear_position(store, r.id, person)
    assert r.position_of(person) is None and r.total == 0


def test_consent_by_organization_objection_then_amendment_and_second_round(store, room):
    p = _proposal(store, room, method=DecisionMethod.CONSENT, voice=Voice.ORGANIZATION)
    orgs = proposals.voters(store, room["workshop"].id, Voice.ORGANIZATION)
    assert len(orgs) == 3  # one voice per institution, though six people are present
    r = proposals.open_round(store, p.id, now=NOW)
    proposals.record_position(store, r.id, orgs[0].id, "no_objection")
    proposals.record_position(store, r.id, orgs[1].id, "objection", "Bütçe belirsiz")
    r = proposals.record_position(store, r.id, orgs[2].id, "stand_aside")
    assert r.position_of(orgs[1].id).reason == "Bütçe belirsiz"
    r = proposals.close_round(store, r.id, NOW)
    assert r.proposed_outcome is Outcome.NOT_AGREED
    assert [(x.name, x.value, x.reason) for x in r.reasons] == [
        (orgs[1].name, "objection", "Bütçe belirsiz")
    ]
    p = proposals.amend(store, p.id, "Platform kurulur; bütçe ilk yıl 100.000 TL ile sınırlı.")
    r2 = proposals.open_round(store, p.id, now=NOW + timedelta(minutes=10))
    for org in orgs[:2]:
        proposals.record_position(store, r2.id, org.id, "no_objection")
    proposals.record_position(store, r2.id, orgs[2].id, "stand_aside")
    proposals.close_round(store, r2.id, NOW + timedelta(minutes=12))
    p = proposals.confirm(store, p.id, now=NOW)
    assert [(r.number, r.version_number, r.proposed_outcome) for r in p.rounds] == [
        (1, 1, Outcome.NOT_AGREED),
        (2, 2, Outcome.AGREED_WITH_RESERVATIONS),
    ]
    assert p.outcome is Outcome.AGREED_WITH_RESERVATIONS


def test_organization_not_represented_is_refused(store, room, make_org):
    other = make_org("Ege Kalkınma Ajansı")
    p = _proposal(store, room, voice=Voice.ORGANIZATION)
    r = proposals.open_round(store, p.id, now=NOW)
    with pytest.raises(ValidationError, match="Ege Kalkınma Ajansı"):
        proposals.record_position(store, r.id, other.id, "1")


def test_counts_only_fist_to_five(store, room):
    p = _proposal(store, room, method=DecisionMethod.FIST_TO_FIVE, voice=Voice.COUNTS)
    r = proposals.open_round(store, p.id, now=NOW)
    r = proposals.record_counts(store, r.id, {"5": 9, "4": 3, "1": 1})
    assert dict(r.tally) == {"0": 0, "1": 1, "2": 0, "3": 0, "4": 3, "5": 9}
    with pytest.raises(ValidationError, match="counts"):
        proposals.record_position(store, r.id, room["people"][0].id, "5")
    r = proposals.close_round(store, r.id, NOW)
    assert r.proposed_outcome is Outcome.DEFERRED
    assert "concerns" in r.explanation


def test_counts_refuse_negative_and_keep_the_earlier_counts(store, room):
    p = _proposal(store, room, method=DecisionMethod.COUNTS, voice=Voice.COUNTS)
    r = proposals.open_round(store, p.id, now=NOW)
    proposals.record_counts(store, r.id, {"green": 12, "yellow": 3, "red": 1})
    with pytest.raises(ValidationError, match="whole number"):
        proposals.record_counts(store, r.id, {"green": -2})
    assert dict(proposals.get_round(store, r.id).tally) == {"green": 12, "yellow": 3, "red": 1}


def test_counts_typed_over_older_counts_add_only_what_was_typed(store, room):
    """Counts typed over what the form showed apply their difference to what is stored
    now: what arrived meanwhile (ballots from phones) is kept, by saving and by closing."""
    p = _proposal(store, room, method=DecisionMethod.COUNTS, voice=Voice.COUNTS)
    r = proposals.open_round(store, p.id, now=NOW)
    shown = dict(proposals.record_counts(store, r.id, {"green": 2}).tally)
    proposals.record_counts(store, r.id, {"green": 5, "red": 1})  # meanwhile, elsewhere
    r = proposals.record_counts(store, r.id, {"green": 3, "yellow": 1}, expected=shown)
    assert dict(r.tally) == {"green": 6, "yellow": 1, "red": 1}
    with pytest.raises(ConflictError, match="changed while you typed"):
        proposals.record_counts(store, r.id, {"green": 0}, expected={"green": 9})
    assert dict(proposals.get_round(store, r.id).tally) == {"green": 6, "yellow": 1, "red": 1}
    r = proposals.close_round(store, r.id, NOW, counts={"green": 6, "red": 2}, expected=shown)
    assert dict(r.tally) == {"green": 10, "yellow": 1, "red": 3}


def test_majority_with_quorum_not_met_proposes_deferred(store, room):
    p = _proposal(store, room, method=DecisionMethod.MAJORITY)
    r = proposals.open_round(store, p.id, now=NOW, quorum=5, threshold=Threshold.TWO_THIRDS)
    for person in room["people"][:3]:
        proposals.record_position(store, r.id, person.id, "yes")
    r = proposals.close_round(store, r.id, NOW)
    assert (r.quorum, r.threshold) == (5, Threshold.TWO_THIRDS)
    assert r.proposed_outcome is Outcome.DEFERRED


def test_quorum_only_for_majority(store, room):
    p = _proposal(store, room)
    with pytest.raises(ValidationError, match="majority"):
        proposals.open_round(store, p.id, now=NOW, quorum=3)


def test_override_needs_a_reason_and_keeps_it(store, room):
    p = _proposal(store, room, method=DecisionMethod.CONSENT)
    r = proposals.open_round(store, p.id, now=NOW)
    proposals.record_position(store, r.id, room["people"][0].id, "objection")
    proposals.close_round(store, r.id, NOW)
    with pytest.raises(ValidationError, match="reason"):
        proposals.set_outcome(store, p.id, Outcome.AGREED, now=NOW)
    assert proposals.get_proposal(store, p.id).outcome is None
    p = proposals.set_outcome(
        store, p.id, Outcome.AGREED, now=NOW, reason="İtiraz oturumda geri çekildi"
    )
    assert p.outcome is Outcome.AGREED and p.override_reason == "İtiraz oturumda geri çekildi"
    assert p.decision_number == 1


def test_withdraw_and_defer_need_no_reason_and_get_no_number(store, room):
    a = proposals.withdraw(store, _proposal(store, room).id, now=NOW)
    b = proposals.defer(store, _proposal(store, room).id, now=NOW)
    assert (a.outcome, b.outcome) == (Outcome.WITHDRAWN, Outcome.DEFERRED)
    assert a.label == "" and b.label == ""


def test_decision_numbers_are_stable(store, room):
    reason = "Oda açıkça onayladı"
    first = proposals.set_outcome(
        store, _proposal(store, room).id, "agreed", now=NOW, reason=reason
    )
    second = proposals.set_outcome(
        store, _proposal(store, room).id, "agreed", now=NOW, reason=reason
    )
    assert (first.label, second.label) == ("5/1", "5/2")
    changed = proposals.set_outcome(
        store, first.id, Outcome.NOT_AGREED, now=NOW, reason="Yeniden görüşüldü"
    )
    assert changed.label == "5/1"  # kept though no longer agreed
    with pytest.raises(ConflictError, match="5/2"):
        proposals.delete_proposal(store, second.id)
    third = proposals.set_outcome(
        store, _proposal(store, room).id, "agreed", now=NOW, reason=reason
    )
    assert third.label == "5/3"  # never reused
    again = proposals.set_outcome(store, first.id, "agreed", now=NOW, reason=reason)
    assert again.label == "5/1"


def test_agreed_decisions_appear_on_the_projector(store, room):
    p = _proposal(store, room, method=DecisionMethod.CONSENT)
    r = proposals.open_round(store, p.id, now=NOW)
    proposals.record_position(store, r.id, room["people"][0].id, "no_objection")
    proposals.close_round(store, r.id, NOW)
    proposals.confirm(store, p.id, now=NOW)
    state = live.session_state(store, room["workshop"].id, NOW)
    assert [(d.number, d.title) for d in state.decisions] == [(1, "Kent gönüllülük platformu")]


def test_open_round_refused_on_a_decided_proposal(store, room):
    p = proposals.defer(store, _proposal(store, room).id, now=NOW)
    with pytest.raises(ConflictError, match="decided"):
        proposals.open_round(store, p.id, now=NOW)
    p = proposals.set_outcome(store, p.id, None, now=NOW)
    assert proposals.open_round(store, p.id, now=NOW).number == 1


def test_register_search_filters_and_review_due(store, room, make_workshop):
    w = room["workshop"].id
    reason = "Oda onayladı"
    a = proposals.create_proposal(store, w, "İşbirliği protokolü", "STK'larla ortak projeler")
    proposals.set_outcome(store, a.id, "agreed", now=NOW, reason=reason)
    proposals.update_proposal(store, a.id, review_date=date(2026, 6, 1))
    b = proposals.create_proposal(store, w, "Gönüllü saatleri", "Şirket çalışanları yılda 8 saat")
    proposals.set_outcome(store, b.id, "not_agreed", now=NOW, reason=reason)
    proposals.update_proposal(store, b.id, review_date=date(2027, 1, 1))
    proposals.create_proposal(store, w, "Henüz karar yok", "açık öneri")
    later = make_workshop(series_id=room["series"].id, number=6)
    c = proposals.create_proposal(store, later.id, "IŞIK Vakfı bursu", "Burs fonu kurulur")
    proposals.set_outcome(store, c.id, "agreed", now=NOW, reason=reason)
    sid = room["series"].id
    today = date(2026, 7, 1)
    rows = proposals.register(store, sid, today=today)
    assert [(r.label, r.title) for r in rows] == [
        ("5/1", "İşbirliği protokolü"),
        ("", "Gönüllü saatleri"),
        ("6/1", "IŞIK Vakfı bursu"),
    ]
    assert [r.review_due for r in rows] == [True, False, False]
    assert [r.title for r in proposals.register(store, sid, "isbirligi", today=today)] == [
        "İşbirliği protokolü"
    ]
    assert [r.title for r in proposals.register(store, sid, "ışık", today=today)] == [
        "IŞIK Vakfı bursu"
    ]
    assert [r.title for r in proposals.register(store, sid, "ŞİRKET", today=today)] == [
        "Gönüllü saatleri"
    ]
    assert [r.label for r in proposals.register(store, sid, workshop_id=later.id, today=today)] == [
        "6/1"
    ]
    assert [
        r.title for r in proposals.register(store, sid, outcome=Outcome.NOT_AGREED, today=today)
    ] == ["Gönüllü saatleri"]


def test_decisions_for_minutes(store, room):
    w = room["workshop"].id
    item = agenda.add_item(store, w, "Öncelikler")
    p = proposals.create_proposal(
        store,
        w,
        "Öncelik: gençlik",
        "Gençlik projeleri önceliklidir.",
        agenda_item_id=item.id,
        method=DecisionMethod.MAJORITY,
    )
    r = proposals.open_round(store, p.id, now=NOW, quorum=3)
    for person, value in zip(room["people"], ["yes", "yes", "no", "abstain"], strict=False):
        proposals.record_position(store, r.id, person.id, value)
    proposals.close_round(store, r.id, NOW)
    proposals.confirm(store, p.id, now=NOW, statement="Gençlik öncelikli.")
    proposals.update_proposal(store, p.id, review_date=date(2026, 9, 1))
    proposals.create_proposal(store, w, "Açık", "Karar verilmedi")
    (decision,) = proposals.decisions_for_minutes(store, w)
    assert decision.label == "5/1"
    assert decision.agenda_item_title == "Öncelikler"
    assert decision.outcome is Outcome.AGREED
    assert decision.outcome_statement == "Gençlik öncelikli."
    assert decision.review_date == date(2026, 9, 1)
    (minutes_round,) = decision.rounds
    assert minutes_round.tally == (("yes", 2), ("no", 1), ("abstain", 1))
    assert minutes_round.quorum == 3 and minutes_round.threshold is Threshold.SIMPLE
    assert minutes_round.proposed_outcome is Outcome.AGREED


def test_remove_last_wording_takes_back_an_untested_amendment_only(store, room):
    p = _proposal(store, room)
    with pytest.raises(ValidationError, match="no amendment"):
        proposals.remove_last_wording(store, p.id)
    proposals.amend(store, p.id, "İkinci metin")
    p = proposals.remove_last_wording(store, p.id)
    assert [v.number for v in p.versions] == [1]
    proposals.amend(store, p.id, "Üçüncü metin")
    r = proposals.open_round(store, p.id, now=NOW)
    proposals.close_round(store, r.id, NOW)
    with pytest.raises(ConflictError, match="round"):
        proposals.remove_last_wording(store, p.id)


def test_restore_outcome_puts_back_the_earlier_outcome_and_keeps_the_number(store, room):
    p = _proposal(store, room)
    before = proposals.outcome_snapshot(p)
    p = proposals.set_outcome(store, p.id, Outcome.AGREED, now=NOW, reason="Oda onayladı")
    after = proposals.outcome_snapshot(p)
    p = proposals.restore_outcome(store, p.id, before)
    assert (p.outcome, p.override_reason, p.label) == (None, "", "5/1")
    p = proposals.restore_outcome(store, p.id, after)
    assert (p.outcome, p.override_reason, p.label) == (Outcome.AGREED, "Oda onayladı", "5/1")


def test_an_undo_of_a_proposal_edit_after_a_later_change_elsewhere_is_refused(store, make_workshop):
    """The Decisions tab retitled a proposal, then the live screen's panel changed it
    again: the tab's Ctrl+Z must not put its old title back over the newer one."""
    from facilitator.errors import StaleEditError

    workshop = make_workshop()
    made = proposals.create_proposal(
        store, workshop.id, "Platform yılda iki kez toplansın", "Toplantı sıklığı önerisi"
    )
    proposals.update_proposal(store, made.id, title="Platform yılda üç kez toplansın")
    proposals.update_proposal(store, made.id, title="Platform her çeyrekte toplansın")
    with pytest.raises(StaleEditError):
        proposals.update_proposal(
            store,
            made.id,
            expect={"title": "Platform yılda üç kez toplansın"},
            title="Platform yılda iki kez toplansın",
        )
    assert proposals.get_proposal(store, made.id).title == "Platform her çeyrekte toplansın"


def test_deleting_as_an_undo_of_adding_is_refused_once_work_was_done_on_it(store, room):
    """Undoing "add proposal" must not take rounds, positions, wordings or changes made since."""
    from facilitator.errors import StaleEditError

    made = _proposal(store, room)
    r = proposals.open_round(store, made.id, now=NOW)
    with pytest.raises(StaleEditError, match="Rounds were held"):
        proposals.delete_proposal(store, made.id, expect=made)
    opened = proposals.get_proposal(store, made.id)
    proposals.record_position(store, r.id, room["people"][0].id, "1")
    with pytest.raises(StaleEditError, match="Rounds were held"):
        proposals.delete_proposal(store, made.id, expect=opened)  # a position was recorded
    assert proposals.get_proposal(store, made.id).rounds[0].total == 1

    other = _proposal(store, room)
    proposals.amend(store, other.id, "Başka bir ifade.")
    with pytest.raises(StaleEditError, match="amended since"):
        proposals.delete_proposal(store, other.id, expect=other)
    third = _proposal(store, room)
    proposals.update_proposal(store, third.id, title="Canlı ekranda verilen başlık")
    with pytest.raises(StaleEditError, match="Title"):
        proposals.delete_proposal(store, third.id, expect=third)
    assert len(proposals.list_proposals(store, room["workshop"].id)) == 3

    untouched = _proposal(store, room)
    proposals.delete_proposal(store, untouched.id, expect=untouched)
    assert len(proposals.list_proposals(store, room["workshop"].id)) == 3


def test_taking_back_an_amendment_expects_its_wording_number(store, room):
    from facilitator.errors import StaleEditError

    p = _proposal(store, room)
    mine = proposals.amend(store, p.id, "İkinci ifade.").versions[-1].number
    proposals.amend(store, p.id, "Canlı ekranda üçüncü ifade.")  # amended again elsewhere
    with pytest.raises(StaleEditError, match="amended again since"):
        proposals.remove_last_wording(store, p.id, expect=mine)
    assert proposals.get_proposal(store, p.id).text == "Canlı ekranda üçüncü ifade."
    latest = proposals.get_proposal(store, p.id).versions[-1].number
    assert proposals.remove_last_wording(store, p.id, expect=latest).text == "İkinci ifade."
