"""The agenda service: computed times, overrun, reordering, breaks, copies, templates, refusals."""

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from facilitator.errors import ConflictError, NotFoundError, StaleEditError, ValidationError
from facilitator.models import AgendaItem, AgendaKind, Note
from facilitator.services import agenda, attendees, live, workshops
from facilitator.services.demo import demo_uuid

ISTANBUL = ZoneInfo("Europe/Istanbul")
MARKUP = "<b>Açılış & “tanışma”</b> &amp; <script>alert('ş')</script> <unclosed"


@pytest.fixture
def fifth(demo) -> int:
    """The fifth workshop of the demo series: 8 items, 10:00–13:00 Istanbul time."""
    return demo.workshop(5)


@pytest.fixture
def sixth(demo) -> int:
    """The sixth workshop of the demo series: attendees but no agenda yet."""
    return demo.workshop(6)


@pytest.fixture
def unchanged(store, dump_database):
    """Asserts, when called, that the database holds exactly what it held at the start."""
    before = []

    def start():
        before.append(dump_database(store))

        def check():
            assert dump_database(store) == before[0], "a refused change must change nothing"

        return check

    return start


def _local_starts(plan: agenda.Agenda) -> list[str]:
    return [item.planned_start.astimezone(ISTANBUL).strftime("%H:%M") for item in plan.items]


def _titles(store, workshop_id) -> list[str]:
    return [item.title for item in agenda.get_agenda(store, workshop_id).items]


def _positions(store, workshop_id) -> list[int]:
    with store.session() as s:
        return list(
            s.scalars(
                select(AgendaItem.position)
                .where(AgendaItem.workshop_id == workshop_id)
                .order_by(AgendaItem.position)
            )
        )


def _person_id(store, key: str) -> int:
    from facilitator.models import Person

    with store.session() as s:
        return s.scalar(select(Person.id).where(Person.uuid == demo_uuid("person", key)))


# -- times and total ------------------------------------------------------------------


def test_start_times_are_computed_from_the_workshop_start(store, fifth):
    plan = agenda.get_agenda(store, fifth)
    assert len(plan.items) == 8
    assert _local_starts(plan) == [
        "10:00",
        "10:15",
        "10:35",
        "10:50",
        "11:30",
        "11:45",
        "12:20",
        "12:50",
    ]
    assert plan.items[-1].planned_end.astimezone(ISTANBUL).strftime("%H:%M") == "13:00"
    # UTC-aware values, as every service returns them.
    assert all(item.planned_start.tzinfo is UTC for item in plan.items)
    assert plan.items[0].planned_start == datetime(2026, 3, 14, 7, 0, tzinfo=UTC)
    assert plan.total_minutes == plan.available_minutes == 180
    assert plan.overrun_minutes == 0 and plan.spare_minutes == 0
    assert plan.ends_at == plan.planned_end
    assert plan.items[4].title == "Kahve arası" and plan.items[4].kind is AgendaKind.BREAK
    assert plan.items[0].presenter_name == "Prof. Dr. Rüya Küçükosmanoğlu"
    assert plan.items[4].presenter_name == ""


def test_a_longer_item_overruns_the_planned_end_and_moves_later_starts(store, fifth):
    plan = agenda.get_agenda(store, fifth)
    discussion = plan.items[3]
    row = agenda.update_item(store, discussion.id, planned_minutes=discussion.planned_minutes + 15)
    assert row.planned_minutes == 55
    plan = agenda.get_agenda(store, fifth)
    assert plan.total_minutes == 195
    assert plan.overrun_minutes == 15 and plan.spare_minutes == 0
    assert plan.ends_at.astimezone(ISTANBUL).strftime("%H:%M") == "13:15"
    assert _local_starts(plan)[3:6] == ["10:50", "11:45", "12:00"]

    agenda.update_item(store, discussion.id, planned_minutes=20)
    plan = agenda.get_agenda(store, fifth)
    assert plan.overrun_minutes == 0 and plan.spare_minutes == 20


def test_an_empty_agenda_has_the_whole_workshop_to_spare(store, sixth):
    plan = agenda.get_agenda(store, sixth)
    assert plan.items == ()
    assert plan.total_minutes == 0 and plan.spare_minutes == 180
    assert plan.ends_at == plan.planned_start


# -- adding, breaks ---------------------------------------------------------------------


def test_items_are_added_at_the_end_or_at_a_position(store, sixth):
    first = agenda.add_item(store, sixth, "  Açılış  ", kind="opening", planned_minutes=10)
    assert first.position == 1 and first.title == "Açılış" and first.kind is AgendaKind.OPENING
    agenda.add_item(store, sixth, "Kapanış", kind=AgendaKind.CLOSING, planned_minutes=10)
    middle = agenda.add_item(
        store,
        sixth,
        "Gönüllü eşleştirme: ilk üç ay",
        planned_minutes=90,
        presenter_id=_person_id(store, "mert"),
        goal="Pilot kurumları seçmek",
        position=2,
    )
    assert middle.position == 2 and middle.presenter_name == "Mert Ağca"
    assert _titles(store, sixth) == ["Açılış", "Gönüllü eşleştirme: ilk üç ay", "Kapanış"]
    assert _positions(store, sixth) == [1, 2, 3]
    plan = agenda.get_agenda(store, sixth)
    assert _local_starts(plan) == ["10:00", "10:10", "11:40"]
    assert plan.spare_minutes == 70


def test_a_break_is_inserted_right_after_the_chosen_item(store, fifth):
    items = agenda.get_agenda(store, fifth).items
    row = agenda.insert_break(store, items[1].id, "Çay arası", planned_minutes=10)
    assert row.kind is AgendaKind.BREAK and row.position == 3
    plan = agenda.get_agenda(store, fifth)
    assert [i.title for i in plan.items][1:4] == [items[1].title, "Çay arası", items[2].title]
    assert _positions(store, fifth) == list(range(1, 10))
    assert _local_starts(plan)[2:4] == ["10:35", "10:45"]
    assert plan.overrun_minutes == 10


# -- reordering -----------------------------------------------------------------------


def test_moving_keeps_positions_one_to_n_and_returns_the_old_place(store, fifth):
    items = agenda.get_agenda(store, fifth).items
    titles = [i.title for i in items]
    coffee = items[4]
    assert agenda.move_item(store, coffee.id, 1) == 5
    assert _titles(store, fifth) == [titles[4], *titles[:4], *titles[5:]]
    assert _positions(store, fifth) == list(range(1, 9))
    assert agenda.move_item(store, coffee.id, 8) == 1
    assert _titles(store, fifth)[-1] == "Kahve arası"
    assert agenda.move_item(store, coffee.id, 5) == 8
    assert _titles(store, fifth) == titles
    # The computed times follow the new order.
    agenda.move_item(store, items[0].id, 2)
    plan = agenda.get_agenda(store, fifth)
    assert plan.items[0].title == titles[1]
    assert _local_starts(plan)[:3] == ["10:00", "10:20", "10:35"]


def test_many_random_moves_behave_like_a_list(store, fifth):
    expected = [i.id for i in agenda.get_agenda(store, fifth).items]
    rng = random.Random(1923)
    for _ in range(40):
        item_id = rng.choice(expected)
        position = rng.randint(1, len(expected))
        agenda.move_item(store, item_id, position)
        expected.remove(item_id)
        expected.insert(position - 1, item_id)
        assert [i.id for i in agenda.get_agenda(store, fifth).items] == expected
    assert _positions(store, fifth) == list(range(1, 9))


@pytest.mark.parametrize("position", [0, 9, -1, True, "2"])
def test_a_move_out_of_range_is_refused_and_changes_nothing(store, fifth, unchanged, position):
    item = agenda.get_agenda(store, fifth).items[2]
    check = unchanged()
    with pytest.raises(ValidationError) as caught:
        agenda.move_item(store, item.id, position)
    assert "between 1 and 8" in str(caught.value)
    check()


# -- delete and restore -------------------------------------------------------------------


def test_delete_and_restore_keeps_ids_places_actual_times_and_notes(store, fifth):
    before = agenda.get_agenda(store, fifth).items
    discussion, group_work = before[3], before[5]
    with store.session() as s:
        notes = set(s.scalars(select(Note.id).where(Note.agenda_item_id == discussion.id)))
    assert notes, "the demo has notes on the discussion"

    snapshots = agenda.delete_items(store, [group_work.id, discussion.id])
    assert [s.id for s in snapshots] == [discussion.id, group_work.id]
    assert len(agenda.get_agenda(store, fifth).items) == 6
    assert _positions(store, fifth) == list(range(1, 7))
    with store.session() as s:
        assert s.scalar(select(Note.agenda_item_id).where(Note.id.in_(notes))) is None

    agenda.restore_items(store, snapshots)
    after = agenda.get_agenda(store, fifth).items
    assert after == before  # same ids, uuids, places, presenters, computed and actual times
    with store.session() as s:
        assert set(s.scalars(select(Note.id).where(Note.agenda_item_id == discussion.id))) == notes
        created = s.get(AgendaItem, discussion.id).created_at
    assert created == snapshots[0].values["created_at"]


def test_restoring_an_item_that_is_already_there_is_refused(store, fifth):
    item = agenda.get_agenda(store, fifth).items[0]
    snapshots = agenda.delete_items(store, [item.id])
    agenda.restore_items(store, snapshots)
    with pytest.raises(ConflictError):
        agenda.restore_items(store, snapshots)


def test_deleting_unknown_items_is_refused_and_changes_nothing(store, fifth, unchanged):
    item = agenda.get_agenda(store, fifth).items[0]
    check = unchanged()
    with pytest.raises(NotFoundError):
        agenda.delete_items(store, [item.id, 99999])
    check()


# -- copying another workshop's agenda ------------------------------------------------------


def test_copy_replaces_and_keeps_only_presenters_who_attend(store, fifth, sixth):
    source = agenda.get_agenda(store, fifth).items
    agenda.add_item(store, sixth, "Eski taslak")
    change = agenda.copy_agenda(store, fifth, sixth, replace=True)
    assert change.added == 8 and [s.values["title"] for s in change.before] == ["Eski taslak"]
    copied = agenda.get_agenda(store, sixth).items
    assert [i.title for i in copied] == [i.title for i in source]
    assert [i.planned_minutes for i in copied] == [i.planned_minutes for i in source]
    assert {i.id for i in copied}.isdisjoint(i.id for i in source)
    assert all(i.actual_start is None for i in copied)
    # Rüya and Dilara attend the sixth workshop; Özge (host of the fifth) does not.
    by_title = {i.title: i for i in copied}
    assert by_title["Açılış ve tanışma"].presenter_id == _person_id(store, "ruya")
    assert by_title["Kapanış ve sonraki adımlar"].presenter_id == _person_id(store, "dilara")
    host_talk = next(i for i in copied if i.title.startswith("Ev sahibinin"))
    assert host_talk.presenter_id is None
    # The source is untouched.
    assert agenda.get_agenda(store, fifth).items == source

    # Undo and redo put back exactly the agenda before and after, with the same ids.
    agenda.put_agenda(store, sixth, change.before)
    assert [i.title for i in agenda.get_agenda(store, sixth).items] == ["Eski taslak"]
    assert agenda.get_agenda(store, sixth).items[0].id == change.before[0].id
    agenda.put_agenda(store, sixth, change.after)
    assert agenda.get_agenda(store, sixth).items == copied


def test_copy_can_append_after_the_current_items(store, demo, fifth, sixth):
    agenda.add_item(store, sixth, "Hoş geldiniz", kind="opening", planned_minutes=5)
    change = agenda.copy_agenda(store, demo.workshop(1), sixth)
    assert change.added == 3
    first = workshops.get_workshop(store, demo.workshop(1)).title
    assert _titles(store, sixth) == ["Hoş geldiniz", "Açılış", first, "Kapanış"]
    assert _positions(store, sixth) == [1, 2, 3, 4]
    assert agenda.get_agenda(store, sixth).total_minutes == 155


def test_replacing_an_agenda_with_notes_can_be_undone_with_the_notes(store, demo, fifth):
    before = agenda.get_agenda(store, fifth).items
    with store.session() as s:
        linked = sorted(s.execute(select(Note.id, Note.agenda_item_id)).all())
    change = agenda.copy_agenda(store, demo.workshop(1), fifth, replace=True)
    assert len(agenda.get_agenda(store, fifth).items) == 3
    agenda.put_agenda(store, fifth, change.before)
    assert agenda.get_agenda(store, fifth).items == before
    with store.session() as s:
        assert sorted(s.execute(select(Note.id, Note.agenda_item_id)).all()) == linked


def test_copy_sources_list_other_workshops_with_an_agenda_latest_earlier_first(
    store, demo, fifth, sixth
):
    sources = agenda.copy_sources(store, sixth)
    ids = [s.id for s in sources]
    assert sixth not in ids
    assert all(s.item_count > 0 for s in sources)
    fifth_row = next(s for s in sources if s.id == fifth)
    assert (fifth_row.number, fifth_row.item_count, fifth_row.total_minutes) == (5, 8, 180)
    assert ids.index(fifth) < ids.index(demo.workshop(4)) < ids.index(demo.workshop(1))
    earlier = [s.planned_start for s in sources if s.planned_start < fifth_row.planned_start]
    assert earlier == sorted(earlier, reverse=True)


def test_copy_refusals(store, fifth, sixth, unchanged):
    check = unchanged()
    with pytest.raises(ValidationError):
        agenda.copy_agenda(store, fifth, fifth)
    with pytest.raises(ValidationError) as caught:
        agenda.copy_agenda(store, sixth, fifth, replace=True)
    assert "no agenda" in str(caught.value)
    with pytest.raises(NotFoundError):
        agenda.copy_agenda(store, 99999, sixth)
    check()


# -- templates ------------------------------------------------------------------------------


def test_save_list_apply_and_delete_a_template(store, fifth, sixth):
    saved = agenda.save_template(store, fifth, "  Yarım günlük çalıştay ")
    assert saved.name == "Yarım günlük çalıştay"
    assert len(saved.items) == 8 and saved.total_minutes == 180
    agenda.add_item(store, sixth, "Eski taslak")
    agenda.save_template(store, sixth, "Çok kısa")
    assert [t.name for t in agenda.list_templates(store)] == ["Çok kısa", "Yarım günlük çalıştay"]

    change = agenda.apply_template(store, saved.id, sixth)
    items = agenda.get_agenda(store, sixth).items
    assert [i.title for i in items] == [i.title for i in saved.items]
    assert [i.kind for i in items] == [i.kind for i in saved.items]
    assert all(i.presenter_id is None for i in items)
    assert [s.values["title"] for s in change.before] == ["Eski taslak"]

    appended = agenda.apply_template(store, saved.id, sixth, replace=False)
    assert appended.added == 8 and len(agenda.get_agenda(store, sixth).items) == 16
    assert _positions(store, sixth) == list(range(1, 17))

    agenda.delete_template(store, saved.id)
    assert [t.name for t in agenda.list_templates(store)] == ["Çok kısa"]
    with pytest.raises(NotFoundError):
        agenda.apply_template(store, saved.id, sixth)


def test_a_template_name_is_unique_ignoring_turkish_case_unless_replaced(store, fifth, sixth):
    agenda.save_template(store, fifth, "İş birliği çalıştayı")
    agenda.add_item(store, sixth, "Tek madde", planned_minutes=30)
    with pytest.raises(ConflictError) as caught:
        agenda.save_template(store, sixth, "iş birliği çalıştayı")
    assert "İş birliği çalıştayı" in str(caught.value)
    replaced = agenda.save_template(store, sixth, "iş birliği çalıştayı", replace=True)
    templates = agenda.list_templates(store)
    assert len(templates) == 1 and templates[0].id == replaced.id
    assert [i.title for i in templates[0].items] == ["Tek madde"]
    assert templates[0].name == "iş birliği çalıştayı"


def test_an_empty_agenda_cannot_become_a_template(store, sixth, unchanged):
    check = unchanged()
    with pytest.raises(ValidationError):
        agenda.save_template(store, sixth, "Boş")
    with pytest.raises(ValidationError):
        agenda.save_template(store, sixth, "   ")
    check()


# -- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize("minutes", [-1, -15, 601, 1.5, True, "15", None])
def test_planned_minutes_out_of_range_are_refused(store, fifth, unchanged, minutes):
    item = agenda.get_agenda(store, fifth).items[0]
    check = unchanged()
    with pytest.raises(ValidationError) as caught:
        agenda.update_item(store, item.id, planned_minutes=minutes)
    assert caught.value.field == "planned_minutes"
    with pytest.raises(ValidationError):
        agenda.add_item(store, fifth, "Yeni", planned_minutes=minutes)
    check()


def test_a_presenter_must_attend_the_workshop(store, fifth, sixth, unchanged, make_person):
    item = agenda.add_item(store, sixth, "Sunum")
    outsider = make_person("Şükrü", "Işıkoğlu")
    ozge = _person_id(store, "ozge")  # attends the fifth, not the sixth
    check = unchanged()
    for person_id, name in ((outsider.id, "Şükrü Işıkoğlu"), (ozge, "Özge Şenyurt")):
        with pytest.raises(ValidationError) as caught:
            agenda.update_item(store, item.id, presenter_id=person_id)
        assert caught.value.field == "presenter_id"
        assert "does not attend" in str(caught.value)
        assert name in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        agenda.add_item(store, sixth, "Konuşma", presenter_id=outsider.id)
    assert "Şükrü Işıkoğlu" in str(caught.value)
    with pytest.raises(NotFoundError):
        agenda.update_item(store, item.id, presenter_id=99999)
    check()
    # Once invited, the same person can present.
    attendees.add_attendee(store, sixth, outsider.id)
    row = agenda.update_item(store, item.id, presenter_id=outsider.id)
    assert row.presenter_name == "Şükrü Işıkoğlu"
    assert agenda.update_item(store, item.id, presenter_id=None).presenter_name == ""


def test_unknown_ids_are_refused_with_a_readable_message(store, fifth, unchanged):
    check = unchanged()
    for call in (
        lambda: agenda.update_item(store, 99999, title="x"),
        lambda: agenda.move_item(store, 99999, 1),
        lambda: agenda.insert_break(store, 99999, "Mola"),
        lambda: agenda.get_agenda(store, 99999),
        lambda: agenda.add_item(store, 99999, "x"),
        lambda: agenda.copy_sources(store, 99999),
        lambda: agenda.save_template(store, 99999, "x"),
        lambda: agenda.delete_template(store, 99999),
    ):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert "99999" in str(caught.value)
    check()


def test_other_bad_values_are_refused(store, fifth, unchanged):
    item = agenda.get_agenda(store, fifth).items[0]
    check = unchanged()
    with pytest.raises(ValidationError) as caught:
        agenda.update_item(store, item.id, title="   ")
    assert caught.value.field == "title"
    with pytest.raises(ValidationError):
        agenda.update_item(store, item.id, title="ş" * 301)
    with pytest.raises(ValidationError) as caught:
        agenda.update_item(store, item.id, kind="keynote")
    assert caught.value.field == "kind"
    with pytest.raises(ValidationError):
        agenda.update_item(store, item.id, position=3)
    with pytest.raises(ValidationError):
        agenda.add_item(store, fifth, "Yeni", position=10)
    # One bad value refuses the whole change.
    with pytest.raises(ValidationError):
        agenda.update_item(store, item.id, title="İyi başlık", planned_minutes=-5)
    check()


def test_text_full_of_markup_is_kept_exactly(store, fifth, sixth):
    row = agenda.add_item(store, sixth, MARKUP, goal=MARKUP + "\n& ikinci satır")
    assert row.title == MARKUP and row.goal == MARKUP + "\n& ikinci satır"
    item = agenda.get_agenda(store, fifth).items[0]
    assert agenda.update_item(store, item.id, title=MARKUP).title == MARKUP
    template = agenda.save_template(store, sixth, "<şablon & co>")
    assert template.name == "<şablon & co>" and template.items[0].title == MARKUP
    with pytest.raises(ConflictError) as caught:
        agenda.save_template(store, sixth, "<ŞABLON & CO>")
    assert "<şablon & co>" in str(caught.value)


def test_an_update_returns_the_row_with_its_computed_times(store, fifth):
    items = agenda.get_agenda(store, fifth).items
    row = agenda.update_item(
        store, items[2].id, title="Ev sahibinin deneyimi", kind="discussion", goal="Örnek"
    )
    assert row.planned_start == items[2].planned_start
    assert row.planned_end == items[2].planned_start + timedelta(minutes=15)
    assert (row.title, row.kind, row.goal) == (
        "Ev sahibinin deneyimi",
        AgendaKind.DISCUSSION,
        "Örnek",
    )


def test_a_refused_undo_names_the_field_in_the_users_words_never_a_column(store, fifth):
    from facilitator import i18n
    from facilitator.errors import StaleEditError

    item = agenda.get_agenda(store, fifth).items[0]
    agenda.update_item(store, item.id, planned_minutes=item.planned_minutes + 5)
    with i18n.using_language("tr"), pytest.raises(StaleEditError) as refused:
        agenda.update_item(
            store, item.id, expect={"planned_minutes": item.planned_minutes}, planned_minutes=1
        )
    assert "(Dakika)" in str(refused.value)
    assert "planned_minutes" not in str(refused.value)
    assert agenda.get_agenda(store, fifth).items[0].planned_minutes == item.planned_minutes + 5


# -- undo and redo expect what they find ----------------------------------------------------

LIVE_NOW = datetime(2030, 1, 1, 7, 0, tzinfo=UTC)


def test_undoing_a_copy_after_the_live_screen_started_an_item_is_refused(
    store, fifth, sixth, unchanged
):
    change = agenda.copy_agenda(store, fifth, sixth)
    live.start_session(store, sixth, LIVE_NOW)  # the first item's actual start is recorded
    check = unchanged()
    with pytest.raises(StaleEditError, match="actual start"):
        agenda.put_agenda(store, sixth, change.before, expect=change.after)
    check()
    assert agenda.get_agenda(store, sixth).items[0].actual_start == LIVE_NOW


def test_undoing_a_copy_after_an_item_was_renamed_is_refused(store, fifth, sixth, unchanged):
    change = agenda.copy_agenda(store, fifth, sixth)
    first = agenda.get_agenda(store, sixth).items[0]
    agenda.update_item(store, first.id, title="Açılış (yeni)")
    check = unchanged()
    with pytest.raises(StaleEditError, match="Title"):
        agenda.put_agenda(store, sixth, change.before, expect=change.after)
    check()


def test_undoing_a_copy_after_an_item_was_added_is_refused(store, fifth, sixth, unchanged):
    change = agenda.copy_agenda(store, fifth, sixth)
    agenda.add_item(store, sixth, "Sonradan eklenen")
    check = unchanged()
    with pytest.raises(StaleEditError, match="agenda items"):
        agenda.put_agenda(store, sixth, change.before, expect=change.after)
    check()


def test_undo_and_redo_of_a_copy_that_find_what_they_expect_are_made(store, fifth, sixth):
    agenda.add_item(store, sixth, "Eski taslak")
    change = agenda.copy_agenda(store, fifth, sixth, replace=True)
    copied = agenda.get_agenda(store, sixth).items
    undone = agenda.put_agenda(store, sixth, change.before, expect=change.after)
    assert _titles(store, sixth) == ["Eski taslak"]
    assert [s.id for s in undone] == [s.id for s in change.before]
    agenda.put_agenda(store, sixth, change.after, expect=undone)
    assert agenda.get_agenda(store, sixth).items == copied


def test_undoing_an_add_after_a_note_was_taken_on_the_item_is_refused(store, fifth, unchanged):
    row = agenda.add_item(store, fifth, "Ek oturum")
    live.add_note(store, fifth, "Canlı ekrandan not", agenda_item_id=row.id, now=LIVE_NOW)
    check = unchanged()
    with pytest.raises(StaleEditError, match="notes"):
        agenda.delete_items(store, [row.id], expect=[agenda.added_item(row)])
    check()


def test_undoing_an_add_after_the_item_got_actual_times_is_refused(store, fifth, unchanged):
    row = agenda.add_item(store, fifth, "Ek oturum")
    with store.transaction() as s:  # as the live screen records it
        s.get(AgendaItem, row.id).actual_start = LIVE_NOW
    check = unchanged()
    with pytest.raises(StaleEditError, match="actual start"):
        agenda.delete_items(store, [row.id], expect=[agenda.added_item(row)])
    check()


def test_undoing_an_add_after_the_item_was_renamed_elsewhere_is_refused(store, fifth, unchanged):
    other = agenda.add_item(store, fifth, "Başka oturum")
    agenda.update_item(store, other.id, title="Başka oturum (yeni ad)")
    check = unchanged()
    with pytest.raises(StaleEditError, match="Title"):
        agenda.delete_items(store, [other.id], expect=[agenda.added_item(other)])
    check()


def test_deleting_what_was_expected_deletes_and_restoring_returns_the_next_expect(store, fifth):
    before = agenda.get_agenda(store, fifth).items
    row = agenda.add_item(store, fifth, "Ek oturum", position=2)
    taken = agenda.delete_items(store, [row.id], expect=[agenda.added_item(row)])
    assert agenda.get_agenda(store, fifth).items == before

    discussion = before[3]  # has notes: deleting and restoring keeps them
    taken = agenda.delete_items(store, [discussion.id])
    restored = agenda.restore_items(store, taken)
    assert [s.id for s in restored] == [discussion.id]
    assert restored[0].links["note"]
    agenda.delete_items(store, [discussion.id], expect=restored)
    assert discussion.id not in {i.id for i in agenda.get_agenda(store, fifth).items}
