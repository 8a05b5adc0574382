"""The ideas service, without Qt: cards and clusters, dot rounds by person, by institution
and by counts, budgets, ties, the split between sectors, and promotion with its link back."""

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.errors import ConflictError, NotFoundError, ValidationError
from facilitator.models import Attendance, NoteKind, Sector, Voice
from facilitator.services import attendees, commitments, ideas, live, proposals
from tests.services.test_numbering_concurrency import run_together

NOW = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)
MARKUP = "<b>Ortak & “proje”</b> &amp; <script>x</script> <unclosed"


def _ideas(store, room, *texts):
    return [ideas.add_idea(store, room["workshop"].id, t, now=NOW) for t in texts]


def test_an_idea_keeps_its_words_author_and_institution(store, room):
    wid = room["workshop"].id
    author = room["people"][2]
    row = ideas.add_idea(store, wid, MARKUP, author_id=author.id, now=NOW)
    assert row.text == MARKUP
    assert row.author_id == author.id
    assert row.organization_name == "Çağdaş Yaşam Derneği"
    assert row.sector is Sector.NGO
    assert ideas.board(store, wid).ideas == (row,)


def test_an_empty_idea_or_a_control_character_is_refused_and_nothing_is_stored(store, room):
    wid = room["workshop"].id
    for bad in ("   ", "gönüllü\x07lük"):
        with pytest.raises(ValidationError):
            ideas.add_idea(store, wid, bad, now=NOW)
    assert ideas.board(store, wid).ideas == ()


def test_notes_of_kind_idea_are_on_the_board_and_become_cards_when_clustered(store, room):
    wid = room["workshop"].id
    speaker = room["people"][0]
    note = live.add_note(
        store, wid, "Gönüllü bankası", kind=NoteKind.IDEA, speaker_id=speaker.id, now=NOW
    )
    live.add_note(store, wid, "Sadece bir not", now=NOW)
    board = ideas.board(store, wid)
    assert [(i.key, i.text, i.organization_name) for i in board.ideas] == [
        (f"n{note.id}", "Gönüllü bankası", "Öncü Gıda A.Ş.")
    ]
    cluster = ideas.create_cluster(store, wid, "Gönüllülük", [f"n{note.id}"])
    board = ideas.board(store, wid)
    (card,) = board.ideas
    assert card.key.startswith("i") and card.note_id == note.id
    assert cluster.id == card.cluster_id
    # The card shows the note's words while the note exists, and edits reach the note.
    ideas.edit_idea(store, wid, card.key, text="Gönüllü zaman bankası")
    texts = {n.id: n.text for n in live.notes_of_item(store, wid, None)}
    assert texts[note.id] == "Gönüllü zaman bankası"
    assert ideas.board(store, wid).ideas[0].text == "Gönüllü zaman bankası"
    # Deleted, the note leaves the card with its words; brought back, it is one card again.
    snapshot = live.delete_note(store, note.id)
    assert [i.text for i in ideas.board(store, wid).ideas] == ["Gönüllü zaman bankası"]
    live.restore_note(store, snapshot)
    assert [i.key for i in ideas.board(store, wid).ideas] == [card.key]


def test_a_cluster_name_is_not_given_twice_in_turkish_case(store, room):
    wid = room["workshop"].id
    ideas.create_cluster(store, wid, "İşbirliği")
    with pytest.raises(ConflictError, match="already a cluster"):
        ideas.create_cluster(store, wid, "işbirliği")
    assert [c.name for c in ideas.board(store, wid).clusters] == ["İşbirliği"]


def test_placing_returns_where_each_card_was_and_refuses_a_stale_undo(store, room):
    wid = room["workshop"].id
    a, b = _ideas(store, room, "Ortak proje havuzu", "Kapasite eğitimi")
    first = ideas.create_cluster(store, wid, "Projeler", [a.key])
    second = ideas.create_cluster(store, wid, "Kapasite")
    before = ideas.place(store, wid, [a.key, b.key], second.id)
    assert before == {a.key: first.id, b.key: None}
    ideas.place(store, wid, [b.key], None)  # moved elsewhere since
    with pytest.raises(ConflictError, match="moved elsewhere"):
        ideas.place(store, wid, [a.key, b.key], None, expect={a.key: second.id, b.key: second.id})
    assert ideas.board(store, wid).idea(a.key).cluster_id == second.id


def _round(store, room, **fields):
    fields.setdefault("budget", 3)
    return ideas.open_dot_round(store, room["workshop"].id, now=NOW, **fields)


def test_nobody_exceeds_their_budget(store, room):
    a, b = _ideas(store, room, "Gönüllü bankası", "Ortak proje havuzu")
    r = _round(store, room, budget=3)
    voter = room["people"][0].id
    assert ideas.give_dot(store, r.id, a.key, voter) == 2
    assert ideas.give_dot(store, r.id, b.key, voter, dots=2) == 0
    with pytest.raises(ConflictError, match="No dots left"):
        ideas.give_dot(store, r.id, a.key, voter)
    with pytest.raises(ConflictError, match="No dots left"):
        ideas.give_dot(store, r.id, a.key, room["people"][1].id, dots=4)
    result = ideas.results(store, r.id)
    assert {t.key: t.dots for t in result.targets} == {a.key: 1, b.key: 2}
    assert ideas.spent(store, r.id) == {voter: 3}


def test_dots_given_at_once_from_several_windows_stay_within_the_budget(store, room):
    """Two windows (or, in team mode, two computers) recording the same voter at once."""
    a, b = _ideas(store, room, "Gönüllü bankası", "Ortak proje havuzu")
    r = _round(store, room, budget=3)
    voter = room["people"][0].id
    errors = run_together(8, lambda i: ideas.give_dot(store, r.id, (a, b)[i % 2].key, voter))
    assert len(errors) == 5 and all(isinstance(e, ConflictError) for e in errors)
    assert ideas.spent(store, r.id) == {voter: 3}
    assert ideas.results(store, r.id).dots == 3


def test_only_people_present_put_dots(store, room, make_person):
    (a,) = _ideas(store, room, "Gönüllü bankası")
    late = make_person("Nazlı", "Güneş")
    attendees.add_attendee(store, room["workshop"].id, late.id, attendance=Attendance.ABSENT)
    r = _round(store, room)
    with pytest.raises(ValidationError, match="not checked in"):
        ideas.give_dot(store, r.id, a.key, late.id)
    assert ideas.results(store, r.id).dots == 0


def test_per_institution_voting_counts_each_institution_once(store, room):
    a, b = _ideas(store, room, "Gönüllü bankası", "Ortak proje havuzu")
    r = _round(store, room, budget=2, voice=Voice.ORGANIZATION)
    company = room["orgs"][0].id
    ideas.give_dot(store, r.id, a.key, company)
    ideas.give_dot(store, r.id, b.key, company)
    # Its second representative has no dots of their own: the institution's are spent.
    with pytest.raises(ConflictError, match="No dots left"):
        ideas.give_dot(store, r.id, a.key, company)
    with pytest.raises(ValidationError, match="Nobody present"):
        ideas.give_dot(store, r.id, a.key, room["people"][0].id + 10_000)
    result = ideas.results(store, r.id)
    assert result.voters == 1 and result.dots == 2
    left = {v.id: n for v, n in ideas.voters(store, r.id)}
    assert left[company] == 0 and left[room["orgs"][1].id] == 2


def test_ties_share_a_rank_in_the_board_order(store, room):
    a, b, c = _ideas(store, room, "Birinci", "İkinci", "Üçüncü")
    r = _round(store, room, budget=5)
    p = [x.id for x in room["people"]]
    ideas.give_dot(store, r.id, c.key, p[0], dots=2)
    ideas.give_dot(store, r.id, a.key, p[1], dots=2)
    ideas.give_dot(store, r.id, b.key, p[2], dots=1)
    result = ideas.results(store, r.id)
    assert [(t.label, t.dots, t.rank, t.tied) for t in result.targets] == [
        ("Birinci", 2, 1, True),
        ("Üçüncü", 2, 1, True),
        ("İkinci", 1, 3, False),
    ]


def test_results_split_by_sector_and_mark_ideas_that_divide_the_room(store, room):
    a, b = _ideas(store, room, "Vergi indirimi", "Gönüllü bankası")
    r = _round(store, room, budget=2)
    p = [x.id for x in room["people"]]
    # Both company people put everything on the tax idea; NGO and public on the bank.
    for voter in p[:2]:
        ideas.give_dot(store, r.id, a.key, voter, dots=2)
    for voter in p[2:]:
        ideas.give_dot(store, r.id, b.key, voter, dots=2)
    result = ideas.results(store, r.id)
    tax = result.of(a.key)
    assert tax.splits
    assert [(s.group, s.dots) for s in tax.by_sector] == [("company", 4)]
    assert [(s.group, s.dots) for s in result.of(b.key).by_sector] == [("ngo", 4), ("public", 4)]
    assert result.sectors == ("company", "ngo", "public")
    assert [(s.group, s.dots) for s in tax.by_organization] == [("Öncü Gıda A.Ş.", 4)]


def test_an_idea_the_sectors_support_alike_is_not_marked(store, room):
    a, b = _ideas(store, room, "Ortak takvim", "Gönüllü bankası")
    r = _round(store, room, budget=2)
    for person in room["people"]:
        ideas.give_dot(store, r.id, a.key, person.id)
        ideas.give_dot(store, r.id, b.key, person.id)
    result = ideas.results(store, r.id)
    assert not result.of(a.key).splits and not result.of(b.key).splits


def test_idea_rounds_add_up_by_cluster(store, room):
    wid = room["workshop"].id
    a, b, c = _ideas(store, room, "Gönüllü bankası", "Gönüllü sigortası", "Proje havuzu")
    volunteering = ideas.create_cluster(store, wid, "Gönüllülük", [a.key, b.key])
    ideas.create_cluster(store, wid, "Ortak projeler", [c.key])
    r = _round(store, room, budget=3)
    ideas.give_dot(store, r.id, a.key, room["people"][0].id, dots=2)
    ideas.give_dot(store, r.id, b.key, room["people"][2].id, dots=1)
    ideas.give_dot(store, r.id, c.key, room["people"][4].id, dots=1)
    clusters = ideas.results(store, r.id).clusters
    assert [(t.key, t.dots) for t in clusters] == [
        (volunteering.key, 3),
        (f"c{volunteering.id + 1}", 1),
    ]
    assert [(s.group, s.dots) for s in clusters[0].by_sector] == [("company", 2), ("ngo", 1)]


def test_cluster_rounds_take_dots_on_clusters_only(store, room):
    wid = room["workshop"].id
    (a,) = _ideas(store, room, "Gönüllü bankası")
    with pytest.raises(ValidationError, match="no clusters"):
        _round(store, room, on_clusters=True)
    cluster = ideas.create_cluster(store, wid, "Gönüllülük", [a.key])
    r = _round(store, room, on_clusters=True)
    with pytest.raises(ValidationError, match="on clusters"):
        ideas.give_dot(store, r.id, a.key, room["people"][0].id)
    ideas.give_dot(store, r.id, cluster.key, room["people"][0].id)
    assert [(t.label, t.dots) for t in ideas.results(store, r.id).targets] == [("Gönüllülük", 1)]


def test_counted_rounds_take_counts_and_refuse_a_stale_undo(store, room):
    a, b = _ideas(store, room, "Gönüllü bankası", "Ortak proje havuzu")
    r = _round(store, room, voice=Voice.COUNTS, budget=3)
    assert ideas.set_count(store, r.id, a.key, 7) == 0
    assert ideas.set_count(store, r.id, b.key, 4) == 0
    assert ideas.set_count(store, r.id, a.key, 9, expect=7) == 7
    with pytest.raises(ConflictError, match="changed elsewhere"):
        ideas.set_count(store, r.id, a.key, 0, expect=7)
    with pytest.raises(ValidationError, match="counts"):
        ideas.give_dot(store, r.id, a.key, room["people"][0].id)
    result = ideas.results(store, r.id)
    assert [(t.key, t.dots) for t in result.targets] == [(a.key, 9), (b.key, 4)]
    assert result.voters == 0 and result.sectors == ()


def test_one_round_is_open_at_a_time_and_a_closed_round_takes_no_dots(store, room):
    (a,) = _ideas(store, room, "Gönüllü bankası")
    r = _round(store, room)
    with pytest.raises(ConflictError, match="already open"):
        _round(store, room)
    ideas.close_dot_round(store, r.id, now=NOW + timedelta(minutes=5))
    with pytest.raises(ConflictError, match="closed"):
        ideas.give_dot(store, r.id, a.key, room["people"][0].id)
    second = _round(store, room)
    assert second.number == 2
    with pytest.raises(ConflictError, match="Another dot round is open"):
        ideas.reopen_dot_round(store, r.id)


def test_taking_dots_back_gives_them_back(store, room):
    (a,) = _ideas(store, room, "Gönüllü bankası")
    r = _round(store, room, budget=2)
    voter = room["people"][0].id
    ideas.give_dot(store, r.id, a.key, voter, dots=2)
    assert ideas.take_dot(store, r.id, a.key, voter) == 1
    assert ideas.take_dot(store, r.id, a.key, voter) == 2
    with pytest.raises(ConflictError, match="already taken back"):
        ideas.take_dot(store, r.id, a.key, voter)
    assert ideas.results(store, r.id).dots == 0


def test_deleting_an_idea_takes_its_dots_and_undo_brings_both_back(store, room):
    (a,) = _ideas(store, room, "Gönüllü bankası")
    r = _round(store, room)
    ideas.give_dot(store, r.id, a.key, room["people"][0].id, dots=2)
    voter = room["people"][0].id
    assert ideas.dots_left(store, r.id, voter) == r.budget - 2
    taken = ideas.delete_idea(store, room["workshop"].id, a.key)
    assert ideas.results(store, r.id).dots == 0
    assert ideas.dots_left(store, r.id, voter) == r.budget  # the voter has them again
    back = ideas.restore_idea(store, taken)
    assert back.key == a.key
    assert ideas.results(store, r.id).of(a.key).dots == 2
    assert ideas.dots_left(store, r.id, voter) == r.budget - 2


def test_deleting_a_cluster_keeps_its_cards_and_undo_regroups_them(store, room):
    wid = room["workshop"].id
    a, b = _ideas(store, room, "Gönüllü bankası", "Gönüllü sigortası")
    cluster = ideas.create_cluster(store, wid, "Gönüllülük", [a.key, b.key])
    taken = ideas.delete_cluster(store, wid, cluster.id)
    board = ideas.board(store, wid)
    assert board.clusters == () and len(board.unclustered()) == 2
    assert ideas.restore_cluster(store, taken).idea_keys == (a.key, b.key)


def test_promotion_to_a_proposal_keeps_the_link_back(store, room):
    wid = room["workshop"].id
    a, b = _ideas(store, room, "Gönüllü bankası kurulsun", "Gönüllü sigortası")
    cluster = ideas.create_cluster(store, wid, "Gönüllülük altyapısı", [a.key, b.key])
    proposal = ideas.promote_to_proposal(store, wid, cluster.key)
    assert proposal.title == "Gönüllülük altyapısı"
    assert "• Gönüllü bankası kurulsun" in proposal.text
    assert ideas.board(store, wid).cluster(cluster.id).proposal_id == proposal.id
    with pytest.raises(ConflictError, match="already become a proposal"):
        ideas.promote_to_proposal(store, wid, cluster.key)
    single = ideas.promote_to_proposal(store, wid, a.key)
    assert single.text == "Gönüllü bankası kurulsun"
    assert ideas.board(store, wid).idea(a.key).proposal_id == single.id
    # Deleting the proposal unlinks; the idea stays.
    proposals.delete_proposal(store, single.id)
    assert ideas.board(store, wid).idea(a.key).proposal_id is None


def test_promotion_to_a_commitment_names_the_author_when_they_speak_for_it(store, room):
    wid = room["workshop"].id
    author = room["people"][2]
    idea = ideas.add_idea(store, wid, "Derneğimiz 20 gönüllü verir", author_id=author.id, now=NOW)
    made = ideas.promote_to_commitment(store, wid, idea.key, room["orgs"][1].id)
    assert made.person_id == author.id
    assert made.title == "Derneğimiz 20 gönüllü verir"
    assert ideas.board(store, wid).idea(idea.key).commitment_id == made.id
    assert commitments.get_commitment(store, made.id).organization_id == room["orgs"][1].id
    with pytest.raises(ConflictError, match="already become a commitment"):
        ideas.promote_to_commitment(store, wid, idea.key, room["orgs"][1].id)


def test_a_refused_promotion_changes_nothing(store, room):
    wid = room["workshop"].id
    (idea,) = _ideas(store, room, "Ortak proje havuzu")
    with pytest.raises(ValidationError):
        ideas.promote_to_commitment(store, wid, idea.key, None)
    assert ideas.board(store, wid).idea(idea.key).commitment_id is None
    assert commitments.commitments_of_workshop(store, wid) == []


def test_a_key_that_names_nothing_is_refused_plainly(store, room):
    wid = room["workshop"].id
    for bad in ("x1", "i", "i-3", "iabc", 12):
        with pytest.raises(ValidationError, match="names no idea"):
            ideas.place(store, wid, [bad], None)
    with pytest.raises(NotFoundError, match="#99999 no longer exists"):
        ideas.place(store, wid, ["i1"], 99999)
