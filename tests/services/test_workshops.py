"""Workshops: create, edit, list, delete and duplicate, with readable refusals."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from facilitator.errors import ConflictError, FacilitatorError, NotFoundError, ValidationError
from facilitator.models import (
    AgendaItem,
    AgendaKind,
    Attendance,
    Invitation,
    Note,
    Participation,
    Role,
    WorkshopStatus,
)
from facilitator.services import workshops

ISTANBUL = ZoneInfo("Europe/Istanbul")
START = datetime(2026, 3, 14, 10, 0, tzinfo=ISTANBUL)
END = datetime(2026, 3, 14, 13, 0, tzinfo=ISTANBUL)


@pytest.fixture
def unchanged(store, dump_database):
    """Asserts, when called, that the database holds exactly what it held at the start."""
    snapshots = []

    def check():
        assert dump_database(store) == snapshots[0], "a refused change must change nothing"

    def start():
        snapshots.append(dump_database(store))
        return check

    return start


# -- create ---------------------------------------------------------------------------


def test_a_workshop_is_created_with_every_detail(store, make_org, make_person, make_series):
    host = make_org("Villa Zeytin", sector="company")
    moderator = make_person("Rüya", "Küçükosmanoğlu", honorific="Prof. Dr.")
    in_series = make_series("İş Birliği Çalıştayları")
    created = workshops.create_workshop(
        store,
        "  Platformun işleyiş modeli ve yol haritası ",
        START,
        END,
        series_id=in_series.id,
        guiding_question="İş birliği nasıl güçlendirilir?",
        venue_name="Villa Zeytin",
        venue_address="Uludağ Yolu, Yıldırım / Bursa",
        host_id=host.id,
        moderator_id=moderator.id,
        language="tr",
        objectives="Öncelikleri belirlemek.",
    )
    assert created.title == "Platformun işleyiş modeli ve yol haritası"
    assert created.number == 1
    assert created.status is WorkshopStatus.DRAFT
    assert (created.series_title, created.host_name, created.moderator_name) == (
        "İş Birliği Çalıştayları",
        "Villa Zeytin",
        "Prof. Dr. Rüya Küçükosmanoğlu",
    )
    assert created.planned_start == START
    assert (created.attendee_count, created.agenda_count) == (0, 0)
    assert workshops.get_workshop(store, created.id) == created


@pytest.mark.parametrize("action", ["create", "edit", "duplicate"])
def test_the_row_a_change_returns_gives_times_in_utc_as_a_read_does(store, make_workshop, action):
    created = make_workshop(planned_start=START, planned_end=END)
    if action == "create":
        row = created
    elif action == "edit":
        row = workshops.update_workshop(store, created.id, planned_start=START - timedelta(hours=1))
    else:
        row = workshops.duplicate_workshop(
            store, created.id, planned_start=START + timedelta(days=7)
        )
    read = workshops.get_workshop(store, row.id)
    assert (read.planned_start.tzinfo, read.planned_end.tzinfo) == (UTC, UTC)
    assert (row.planned_start.tzinfo, row.planned_end.tzinfo) == (UTC, UTC)
    assert row == read


def test_workshops_of_a_series_are_numbered_one_after_another(make_series, make_workshop):
    in_series = make_series()
    numbers = [make_workshop(series_id=in_series.id).number for _ in range(3)]
    assert numbers == [1, 2, 3]
    assert make_workshop().number is None  # outside a series


def test_a_number_left_free_is_taken_after_the_highest(make_series, make_workshop):
    in_series = make_series()
    make_workshop(series_id=in_series.id, number=4)
    assert make_workshop(series_id=in_series.id).number == 5


@pytest.mark.parametrize(
    ("fields", "error", "message", "field"),
    [
        ({"title": "   "}, ValidationError, "Title cannot be empty", "title"),
        (
            {"planned_end": START - timedelta(hours=1)},
            ValidationError,
            "must end after it starts",
            "planned_end",
        ),
        ({"planned_end": START}, ValidationError, "must end after it starts", "planned_end"),
        (
            {"planned_start": datetime(2026, 3, 14, 10, 0)},
            ValidationError,
            "Start has no time zone",
            "planned_start",
        ),
        (
            {"planned_end": datetime(2026, 3, 14, 13, 0)},
            ValidationError,
            "End has no time zone",
            "planned_end",
        ),
        (
            {"planned_start": datetime(1899, 12, 31, 10, tzinfo=UTC)},
            ValidationError,
            "out of range",
            "planned_start",
        ),
        (
            {"planned_end": datetime(2201, 1, 1, 10, tzinfo=UTC)},
            ValidationError,
            "out of range",
            "planned_end",
        ),
        (
            {"planned_start": "2026-03-14 10:00"},
            ValidationError,
            "must be a date and time",
            "planned_start",
        ),
        ({"language": "de"}, ValidationError, "Turkish (tr) or English (en)", "language"),
        ({"status": "cancelled"}, ValidationError, "not a valid status", "status"),
        ({"number": 3}, ValidationError, "Only a workshop in a series", "number"),
        ({"host_id": 999}, NotFoundError, "organization #999 no longer exists", None),
        ({"moderator_id": 999}, NotFoundError, "person #999 no longer exists", None),
        ({"series_id": 999}, NotFoundError, "series #999 no longer exists", None),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_a_workshop_with_a_wrong_value_is_refused_readably_and_nothing_is_stored(
    store, make_workshop, unchanged, fields, error, message, field
):
    make_workshop("Var olan çalıştay")
    check_unchanged = unchanged()
    values = {"title": "Yeni çalıştay", "planned_start": START, "planned_end": END, **fields}

    with pytest.raises(error) as info:
        workshops.create_workshop(store, **values)

    assert message in str(info.value)
    assert "\n" not in str(info.value)
    if field is not None:
        assert info.value.field == field
    check_unchanged()
    assert workshops.count_workshops(store) == 1


@pytest.mark.parametrize("number", [0, -1, 10000, True, "2"])
def test_a_number_outside_1_to_9999_is_refused(store, make_series, unchanged, number):
    in_series = make_series()
    check_unchanged = unchanged()
    with pytest.raises(ValidationError, match="between 1 and 9999"):
        workshops.create_workshop(
            store, "Çalıştay", START, END, series_id=in_series.id, number=number
        )
    check_unchanged()


def test_a_number_taken_in_the_series_is_refused_naming_the_workshop(
    store, make_series, make_workshop, unchanged
):
    in_series = make_series()
    make_workshop("Ortak akıl: engeller", series_id=in_series.id)
    check_unchanged = unchanged()

    with pytest.raises(ConflictError) as info:
        workshops.create_workshop(store, "Yeni", START, END, series_id=in_series.id, number=1)

    assert str(info.value) == "Number 1 is already taken in this series by “Ortak akıl: engeller”."
    check_unchanged()


def test_the_same_number_is_fine_in_another_series(make_series, make_workshop):
    first, second = make_series("Birinci Seri"), make_series("İkinci Seri")
    make_workshop(series_id=first.id, number=1)
    assert make_workshop(series_id=second.id, number=1).number == 1


# -- edit -------------------------------------------------------------------------------


def test_a_workshop_is_edited(store, make_workshop):
    created = make_workshop("Taslak başlık")
    edited = workshops.update_workshop(
        store,
        created.id,
        title="Gönüllü eşleştirme",
        status="scheduled",
        planned_end=created.planned_start + timedelta(hours=5),
    )
    assert edited.title == "Gönüllü eşleştirme"
    assert edited.status is WorkshopStatus.SCHEDULED
    assert edited.planned_end - edited.planned_start == timedelta(hours=5)
    assert workshops.get_workshop(store, created.id) == edited


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "Yeni başlık", "planned_end": START - timedelta(minutes=1)},
        {"title": "Yeni başlık", "planned_start": END + timedelta(hours=1)},
        {"title": "Yeni başlık", "planned_start": datetime(2026, 3, 14, 9, 0)},
        {"title": "", "venue_name": "Yeni salon"},
        {"title": "Yeni başlık", "colour": "kırmızı"},
    ],
)
def test_a_refused_edit_leaves_the_workshop_as_it_was(store, make_workshop, unchanged, changes):
    created = make_workshop("Eski başlık", planned_start=START, planned_end=END)
    check_unchanged = unchanged()
    with pytest.raises(ValidationError):
        workshops.update_workshop(store, created.id, **changes)
    check_unchanged()
    assert workshops.get_workshop(store, created.id).title == "Eski başlık"


def test_moving_a_workshop_to_a_series_gives_it_the_next_number(store, make_series, make_workshop):
    target = make_series()
    make_workshop(series_id=target.id)
    loose = make_workshop("Serisiz çalıştay")
    moved = workshops.update_workshop(store, loose.id, series_id=target.id)
    assert (moved.series_id, moved.number) == (target.id, 2)


def test_taking_a_number_already_used_is_refused(store, make_series, make_workshop, unchanged):
    in_series = make_series()
    make_workshop("Birinci", series_id=in_series.id)
    second = make_workshop("İkinci", series_id=in_series.id)
    check_unchanged = unchanged()
    with pytest.raises(ConflictError, match="“Birinci”"):
        workshops.update_workshop(store, second.id, number=1)
    check_unchanged()


def test_editing_a_missing_workshop_says_it_no_longer_exists(store):
    with pytest.raises(NotFoundError, match="workshop #42 no longer exists"):
        workshops.update_workshop(store, 42, title="Hayalet")


# -- list, count, next ------------------------------------------------------------------


def test_workshops_are_listed_by_date(store, make_series, make_workshop):
    first = make_series("Birinci Seri")
    second = make_series("İkinci Seri")
    make_workshop(
        "Sonbahar", planned_start=datetime(2026, 10, 8, 10, tzinfo=ISTANBUL), series_id=second.id
    )
    make_workshop(
        "İlkbahar", planned_start=datetime(2026, 3, 14, 10, tzinfo=ISTANBUL), series_id=first.id
    )
    make_workshop(
        "Kış", planned_start=datetime(2027, 1, 16, 10, tzinfo=ISTANBUL), series_id=first.id
    )

    listed = workshops.list_workshops(store)
    assert [w.title for w in listed] == ["İlkbahar", "Sonbahar", "Kış"]
    assert all(w.planned_start.tzinfo is UTC for w in listed)
    assert [w.title for w in workshops.list_workshops(store, series_id=first.id)] == [
        "İlkbahar",
        "Kış",
    ]
    assert workshops.count_workshops(store) == 3


def test_the_workshop_opened_on_start_is_the_next_upcoming_one(store, make_workshop):
    make_workshop("Geçmiş", planned_start=datetime(2026, 3, 14, 10, tzinfo=ISTANBUL))
    later = make_workshop("Sonraki", planned_start=datetime(2027, 1, 16, 10, tzinfo=ISTANBUL))
    sooner = make_workshop("Yaklaşan", planned_start=datetime(2026, 12, 5, 10, tzinfo=ISTANBUL))
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)

    assert workshops.next_workshop_id(store, now) == sooner.id
    workshops.update_workshop(store, later.id, status="in_session")
    assert workshops.next_workshop_id(store, now) == later.id


def test_with_nothing_upcoming_the_latest_workshop_opens(store, make_workshop):
    make_workshop("Eski", planned_start=datetime(2025, 3, 14, 10, tzinfo=ISTANBUL))
    latest = make_workshop("Son", planned_start=datetime(2026, 3, 14, 10, tzinfo=ISTANBUL))
    assert workshops.next_workshop_id(store, datetime(2030, 1, 1, tzinfo=UTC)) == latest.id


def test_an_empty_database_has_no_workshop_to_open(store):
    assert workshops.next_workshop_id(store, datetime(2026, 1, 1, tzinfo=UTC)) is None


# -- delete -----------------------------------------------------------------------------


def test_a_workshop_is_deleted(store, make_workshop):
    kept = make_workshop("Kalan")
    gone = make_workshop("Silinen")
    workshops.delete_workshop(store, gone.id)
    assert [w.id for w in workshops.list_workshops(store)] == [kept.id]
    with pytest.raises(NotFoundError):
        workshops.get_workshop(store, gone.id)


def test_deleting_a_missing_workshop_is_a_readable_error(store):
    with pytest.raises(FacilitatorError, match="no longer exists"):
        workshops.delete_workshop(store, 7)


# -- duplicate --------------------------------------------------------------------------


@pytest.fixture
def held_workshop(store, make_org, make_person, make_series, make_workshop):
    """A held workshop in a series with an agenda, attendees and a note."""
    host = make_org("Villa Zeytin", sector="company")
    other = make_org("Çocuk Sağlığı Dayanışma Derneği")
    moderator = make_person("Rüya", "Küçükosmanoğlu", honorific="Prof. Dr.")
    guest = make_person("Gülşen", "Öztürk", organization_id=other.id)
    speaker = make_person("İsmail", "Işık")
    in_series = make_series()
    make_workshop("Birinci çalıştay", series_id=in_series.id)
    held = make_workshop(
        "Platformun işleyiş modeli",
        planned_start=START,
        planned_end=END,
        series_id=in_series.id,
        host_id=host.id,
        moderator_id=moderator.id,
        venue_name="Villa Zeytin",
        guiding_question="İş birliği nasıl güçlendirilir?",
        objectives="Yol haritası",
        status="held",
    )
    with store.transaction() as s:
        for position, (title, kind, minutes, presenter) in enumerate(
            [
                ("Açılış ve tanışma", AgendaKind.OPENING, 15, moderator.id),
                ("Platformun yapısı", AgendaKind.DISCUSSION, 40, speaker.id),
                ("Kahve arası", AgendaKind.BREAK, 15, None),
            ],
            start=1,
        ):
            s.add(
                AgendaItem(
                    workshop_id=held.id,
                    position=position,
                    title=title,
                    kind=kind,
                    planned_minutes=minutes,
                    presenter_id=presenter,
                    goal=f"Amaç {position}",
                    actual_start=START + timedelta(minutes=position * 20),
                    actual_end=START + timedelta(minutes=position * 20 + 10),
                )
            )
        for person, role, org_id, invitation, attendance in [
            (moderator, Role.MODERATOR, None, Invitation.CONFIRMED, Attendance.PRESENT),
            (guest, Role.PARTICIPANT, host.id, Invitation.DECLINED, Attendance.ABSENT),
            (speaker, Role.SPEAKER, other.id, Invitation.CONFIRMED, Attendance.EXCUSED),
        ]:
            s.add(
                Participation(
                    workshop_id=held.id,
                    person_id=person.id,
                    organization_id=org_id,
                    role=role,
                    invitation=invitation,
                    attendance=attendance,
                    arrived_at=START - timedelta(minutes=10),
                )
            )
        s.add(Note(workshop_id=held.id, text="Protokolle başlayalım.", speaker_id=speaker.id))
    return workshops.get_workshop(store, held.id)


def agenda_of(store, workshop_id):
    with store.session() as s:
        return [
            (
                i.position,
                i.title,
                i.kind,
                i.planned_minutes,
                i.presenter_id,
                i.goal,
                i.actual_start,
                i.actual_end,
            )
            for i in s.scalars(
                select(AgendaItem)
                .where(AgendaItem.workshop_id == workshop_id)
                .order_by(AgendaItem.position)
            )
        ]


def attendees_of(store, workshop_id):
    with store.session() as s:
        return sorted(
            (p.person_id, p.role, p.organization_id, p.invitation, p.attendance, p.arrived_at)
            for p in s.scalars(
                select(Participation).where(Participation.workshop_id == workshop_id)
            )
        )


def test_a_duplicate_is_a_draft_with_the_next_number_and_the_same_details(store, held_workshop):
    copy = workshops.duplicate_workshop(store, held_workshop.id)

    assert copy.id != held_workshop.id
    assert copy.uuid != held_workshop.uuid
    assert copy.status is WorkshopStatus.DRAFT
    assert copy.number == 3
    assert copy.series_id == held_workshop.series_id
    assert (copy.title, copy.venue_name, copy.host_id, copy.moderator_id) == (
        held_workshop.title,
        held_workshop.venue_name,
        held_workshop.host_id,
        held_workshop.moderator_id,
    )
    assert (copy.guiding_question, copy.objectives) == (
        "İş birliği nasıl güçlendirilir?",
        "Yol haritası",
    )
    assert (copy.agenda_count, copy.attendee_count) == (3, 3)


def test_a_duplicate_copies_the_agenda_without_the_recorded_times(store, held_workshop):
    copy = workshops.duplicate_workshop(store, held_workshop.id)
    original = agenda_of(store, held_workshop.id)
    copied = agenda_of(store, copy.id)
    assert [row[:6] for row in copied] == [row[:6] for row in original]
    assert [row[6:] for row in copied] == [(None, None)] * 3


def test_a_duplicate_invites_the_same_people_again_from_scratch(store, held_workshop):
    copy = workshops.duplicate_workshop(store, held_workshop.id)
    original = attendees_of(store, held_workshop.id)
    copied = attendees_of(store, copy.id)
    assert [row[:3] for row in copied] == [row[:3] for row in original]
    assert {row[3:] for row in copied} == {(Invitation.NOT_INVITED, Attendance.UNKNOWN, None)}
    # The original keeps its record.
    assert {row[4] for row in original} == {
        Attendance.PRESENT,
        Attendance.ABSENT,
        Attendance.EXCUSED,
    }


def test_a_duplicate_does_not_copy_notes(store, held_workshop):
    copy = workshops.duplicate_workshop(store, held_workshop.id)
    with store.session() as s:
        assert s.scalars(select(Note.workshop_id)).all() == [held_workshop.id]
    assert copy.agenda_count == 3


def test_a_duplicate_takes_a_new_title_and_date_keeping_the_length(store, held_workshop):
    new_start = datetime(2026, 9, 19, 14, 0, tzinfo=ISTANBUL)
    copy = workshops.duplicate_workshop(
        store, held_workshop.id, title="Platformun işleyiş modeli (tekrar)", planned_start=new_start
    )
    assert copy.title == "Platformun işleyiş modeli (tekrar)"
    assert copy.planned_start == new_start
    assert copy.planned_end == new_start + timedelta(hours=3)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "Title cannot be empty"),
        ({"planned_start": datetime(2026, 9, 19, 14, 0)}, "Start has no time zone"),
        ({"planned_start": datetime(2500, 9, 19, 14, 0, tzinfo=UTC)}, "out of range"),
    ],
)
def test_a_refused_duplicate_creates_nothing(store, held_workshop, unchanged, changes, message):
    check_unchanged = unchanged()
    with pytest.raises(ValidationError, match=message):
        workshops.duplicate_workshop(store, held_workshop.id, **changes)
    check_unchanged()


def test_a_workshop_outside_a_series_duplicates_without_a_number(store, make_workshop):
    loose = make_workshop("Serisiz çalıştay")
    copy = workshops.duplicate_workshop(store, loose.id)
    assert (copy.series_id, copy.number, copy.title) == (None, None, "Serisiz çalıştay")


def test_an_undo_that_expects_an_older_value_is_refused_and_changes_nothing(store, make_workshop):
    from facilitator.errors import StaleEditError

    made = make_workshop("İlk başlık")
    workshops.update_workshop(store, made.id, title="İkinci başlık")  # this window's edit
    workshops.update_workshop(store, made.id, title="Başka pencereden")  # another, later
    with pytest.raises(StaleEditError, match="changed elsewhere"):
        workshops.update_workshop(
            store, made.id, expect={"title": "İkinci başlık"}, title="İlk başlık"
        )
    assert workshops.get_workshop(store, made.id).title == "Başka pencereden"
    workshops.update_workshop(
        store, made.id, expect={"title": "Başka pencereden"}, title="İlk başlık"
    )
    assert workshops.get_workshop(store, made.id).title == "İlk başlık"
