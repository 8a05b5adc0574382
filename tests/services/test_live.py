"""The live session service: a whole session, clocks, resume, notes, speaker queue, check-in.

Time is a simulated clock moved by hand; no test waits for real time.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, func, insert, select

from facilitator.errors import ConflictError, NotFoundError, ValidationError
from facilitator.models import (
    AgendaItem,
    Attendance,
    Invitation,
    Note,
    NoteKind,
    Outcome,
    Participation,
    Person,
    Proposal,
    Role,
    SpeakerTurn,
    Workshop,
    WorkshopStatus,
)
from facilitator.services import agenda, attendees, directory, live, workshops
from facilitator.services.live import ClockStatus, ItemStatus
from facilitator.store import Store
from tests.fake_clock import FakeClock

ISTANBUL = ZoneInfo("Europe/Istanbul")
DAY = datetime(2026, 3, 14, 10, 0, tzinfo=ISTANBUL)
MARKUP = "<b>Gıda & “bağış”</b> &amp; <script>alert('ş')</script> <kapanmamış"

# Planned minutes of the five agenda items: 10 + 20 + 30 + 15 + 5 = 80.
ITEMS = [
    ("Açılış ve tanışma", 10),
    ("Platformun yapısı", 20),
    ("Öncelikler: maddi, manevi ve uzmanlık katkıları", 30),
    ("Gönüllü çalışan sayısını artırmak", 15),
    ("Kapanış ve yol haritası", 5),
]

# key, given name, family name, organization represented (key of ORGS), attendance to start with
PEOPLE = [
    ("gulsen", "Gülşen", "Öztürk", "cagdas", Invitation.CONFIRMED),
    ("ismail", "İsmail", "Işık", "isik", Invitation.CONFIRMED),
    ("sule", "Şule", "Çağlar", "oncu", Invitation.CONFIRMED),
    ("umit", "Ümit", "Doğan", "ipekyolu", Invitation.CONFIRMED),
    ("cigdem", "Çiğdem", "Ilgaz", "uludere", Invitation.CONFIRMED),
    ("oguz", "Oğuz", "Ünal", "sehir", Invitation.CONFIRMED),
    ("ayse", "Ayşe", "Yılmaz", "cagdas", Invitation.CONFIRMED),
    ("mehmet", "Mehmet", "Kaya", "oncu", Invitation.INVITED),
    ("zeynep", "Zeynep", "Şahin", "isik", Invitation.INVITED),
    ("ugur", "Uğur", "Çelik", "uludere", Invitation.CONFIRMED),
    ("elif", "Elif", "Aydın", "sehir", Invitation.INVITED),
    ("baris", "Barış", "Koç", "ipekyolu", Invitation.DECLINED),
]
ORGS = {
    "cagdas": "Çağdaş Yaşam Gönüllüleri Derneği",
    "isik": "Işık Lösemili Çocuklar Vakfı",
    "oncu": "Öncü Gıda San. ve Tic. A.Ş.",
    "ipekyolu": "İpekyolu Lojistik",
    "uludere": "Uludere Üniversitesi",
    "sehir": "Şehir Gönüllüleri Koordinasyon Merkezi",
}


@dataclass
class Room:
    """A workshop ready to run: five agenda items, twelve attendees from six organizations."""

    workshop_id: int
    items: list[int]
    people: dict[str, int] = field(default_factory=dict)  # key → person id
    attendee: dict[str, int] = field(default_factory=dict)  # key → participation id
    orgs: dict[str, int] = field(default_factory=dict)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(DAY - timedelta(minutes=15))


@pytest.fixture
def room(store, make_workshop) -> Room:
    w = make_workshop(
        "5. Çalıştay — Platformun işleyiş modeli",
        planned_start=DAY,
        planned_end=DAY + timedelta(hours=3),
    )
    items = [
        agenda.add_item(store, w.id, title, planned_minutes=minutes).id for title, minutes in ITEMS
    ]
    r = Room(w.id, items)
    for key, name in ORGS.items():
        r.orgs[key] = directory.create_organization(store, name).id
    for key, given, family, org, invitation in PEOPLE:
        # Mehmet works at İpekyolu but represents Öncü Gıda at this workshop.
        current = r.orgs["ipekyolu"] if key == "mehmet" else r.orgs[org]
        person = directory.create_person(store, given, family, organization_id=current)
        r.people[key] = person.id
        r.attendee[key] = attendees.add_attendee(
            store, w.id, person.id, organization_id=r.orgs[org], invitation=invitation
        ).id
    return r


@pytest.fixture
def unchanged(store, dump_database):
    """Call to snapshot the database; call the result to assert nothing changed since."""

    def start():
        before = dump_database(store)

        def check():
            assert dump_database(store) == before, "a refused action must change nothing"

        return check

    return start


def check_in(store, room: Room, clock: FakeClock, *keys: str) -> None:
    for key in keys:
        live.set_present(store, room.attendee[key], True, clock())
        clock.advance(seconds=20)


def _item_times(store, room: Room) -> list[tuple[datetime | None, datetime | None]]:
    with store.session() as s:
        rows = s.execute(
            select(AgendaItem.actual_start, AgendaItem.actual_end)
            .where(AgendaItem.workshop_id == room.workshop_id)
            .order_by(AgendaItem.position)
        ).all()
    return [(a, b) for a, b in rows]


# -- a whole session --------------------------------------------------------------------


def test_a_whole_session_is_recorded_exactly_as_the_clock_says(store, room, clock):
    present = ["gulsen", "ismail", "sule", "umit", "cigdem", "oguz", "ayse", "mehmet", "zeynep"]
    arrivals = {}
    for key in [*present, "ugur"]:  # ten check-ins, one of them undone
        arrivals[key] = clock()
        live.set_present(store, room.attendee[key], True, clock())
        clock.advance(seconds=20)
    live.set_present(store, room.attendee["ugur"], False, clock())
    check_in(store, room, clock, "elif")
    arrivals["elif"] = clock.now - timedelta(seconds=20)
    present.append("elif")

    expected_items: list[list[datetime | None]] = [[None, None] for _ in ITEMS]
    clock.now = DAY + timedelta(minutes=4, seconds=30)
    state = live.start_session(store, room.workshop_id, clock())
    expected_items[0][0] = clock()
    assert state.status is WorkshopStatus.IN_SESSION
    assert state.current_item.id == room.items[0]
    assert state.next_item.id == room.items[1]
    assert (state.present_count, state.expected_count) == (10, 11)

    kinds = list(NoteKind)
    speakers = [None, *present]
    notes_written: list[tuple[int, NoteKind, int | None, datetime, str]] = []
    note_counter = itertools.count()
    turns_written = []
    walk_in = None

    def take_notes(index: int, n: int) -> None:
        for _ in range(n):
            k = next(note_counter)
            clock.advance(seconds=47)
            kind = kinds[k % len(kinds)]
            speaker_key = speakers[k % len(speakers)]
            speaker = room.people[speaker_key] if speaker_key else None
            text = f"Not {k + 1}: gönüllülük, şeffaflık ve İŞ BİRLİĞİ" if k != 7 else MARKUP
            row = live.add_note(
                store, room.workshop_id, text, kind=kind, speaker_id=speaker, now=clock()
            )
            assert (row.agenda_item_id, row.kind, row.speaker_id) == (
                room.items[index],
                kind,
                speaker,
            )
            notes_written.append((room.items[index], kind, speaker, clock(), text))

    def speak(key: str, seconds: int) -> None:
        live.request_floor(store, room.workshop_id, room.people[key], clock(), limit_seconds=120)
        clock.advance(seconds=5)
        turn = live.next_speaker(store, room.workshop_id, clock())
        assert turn.person_id == room.people[key]
        start = clock()
        clock.advance(seconds=seconds)
        ended = live.end_turn(store, room.workshop_id, clock())
        assert ended.id == turn.id
        turns_written.append((room.people[key], start, clock()))

    take_notes(0, 6)
    clock.advance(minutes=3)
    live.next_item(store, room.workshop_id, clock())
    expected_items[0][1] = expected_items[1][0] = clock()

    take_notes(1, 6)
    speak("gulsen", 95)
    speak("ismail", 130)
    speak("sule", 60)
    clock.advance(minutes=4)
    live.next_item(store, room.workshop_id, clock())
    # The moderator moved on too early: back to item 2, which runs on from its start.
    clock.advance(seconds=40)
    state = live.previous_item(store, room.workshop_id, clock())
    assert state.current_item.id == room.items[1]
    assert [i.status for i in state.items] == [
        ItemStatus.DONE,
        ItemStatus.CURRENT,
        ItemStatus.UPCOMING,
        ItemStatus.UPCOMING,
        ItemStatus.UPCOMING,
    ]
    clock.advance(minutes=2)
    live.next_item(store, room.workshop_id, clock())
    expected_items[1][1] = expected_items[2][0] = clock()

    walk_in = live.add_walk_in(
        store, room.workshop_id, "Nur", "Ağaoğlu", room.orgs["sehir"], now=clock()
    )
    walk_in_at = clock()
    take_notes(2, 6)
    speak("umit", 45)
    speak("gulsen", 70)
    speak("cigdem", 200)
    clock.advance(minutes=9)
    live.next_item(store, room.workshop_id, clock())
    expected_items[2][1] = expected_items[3][0] = clock()

    take_notes(3, 6)
    speak("ayse", 30)
    speak("mehmet", 110)
    clock.advance(minutes=5)
    live.next_item(store, room.workshop_id, clock())
    expected_items[3][1] = expected_items[4][0] = clock()

    take_notes(4, 6)
    clock.advance(minutes=1)
    state = live.end_session(store, room.workshop_id, clock())
    expected_items[4][1] = ended_at = clock()
    assert state.status is WorkshopStatus.HELD
    assert state.current_item is None

    # What the database holds, read back from the file.
    assert _item_times(store, room) == [tuple(t) for t in expected_items]
    with store.session() as s:
        w = s.get(Workshop, room.workshop_id)
        assert w.status is WorkshopStatus.HELD
        assert w.session_started_at == DAY + timedelta(minutes=4, seconds=30)
        assert w.session_ended_at == ended_at
        notes = s.execute(
            select(Note.agenda_item_id, Note.kind, Note.speaker_id, Note.noted_at, Note.text)
            .where(Note.workshop_id == room.workshop_id)
            .order_by(Note.id)
        ).all()
        assert [tuple(n) for n in notes] == notes_written
        assert len(notes) == 30
        assert {n.kind for n in notes} == set(NoteKind)
        turns = s.execute(
            select(SpeakerTurn.person_id, SpeakerTurn.started_at, SpeakerTurn.ended_at)
            .where(SpeakerTurn.workshop_id == room.workshop_id)
            .order_by(SpeakerTurn.id)
        ).all()
        assert [tuple(t) for t in turns] == turns_written
        assert len(turns) == 8
        arrived = dict(
            s.execute(
                select(Participation.id, Participation.arrived_at).where(
                    Participation.workshop_id == room.workshop_id,
                    Participation.attendance == Attendance.PRESENT,
                )
            ).all()
        )
        assert arrived == {
            **{room.attendee[k]: arrivals[k] for k in present},
            walk_in.id: walk_in_at,
        }
        ugur = s.get(Participation, room.attendee["ugur"])
        assert (ugur.attendance, ugur.arrived_at) == (Attendance.UNKNOWN, None)
        nur = s.get(Participation, walk_in.id)
        assert (nur.invitation, nur.role, nur.organization_id) == (
            Invitation.NOT_INVITED,
            Role.PARTICIPANT,
            room.orgs["sehir"],
        )
        assert s.get(Person, nur.person_id).full_name() == "Nur Ağaoğlu"

    # The agenda list: every item done, with actual against planned minutes.
    assert [i.status for i in state.items] == [ItemStatus.DONE] * 5
    for item, (start, end) in zip(state.items, expected_items, strict=True):
        assert item.actual_seconds == int((end - start).total_seconds())
        assert item.note_count == 6
    assert state.session_ended_at == ended_at
    assert state.projected_end == ended_at
    # Speaking time per person and per organization (the one represented here).
    by_person = {t.person_id: (t.seconds, t.turns) for t in state.speaking_by_person}
    assert by_person[room.people["gulsen"]] == (95 + 70, 2)
    assert by_person[room.people["cigdem"]] == (200, 1)
    assert state.speaking_by_person[0].person_id == room.people["cigdem"]
    by_org = {
        t.organization_id: (t.seconds, t.turns, t.speakers) for t in state.speaking_by_organization
    }
    assert by_org[room.orgs["cagdas"]] == (95 + 70 + 30, 3, 2)
    assert by_org[room.orgs["oncu"]] == (60 + 110, 2, 2)  # Mehmet speaks for Öncü Gıda here
    assert room.orgs["ipekyolu"] in by_org and by_org[room.orgs["ipekyolu"]] == (45, 1, 1)

    # Once ended, the session refuses live actions but keeps its record.
    with pytest.raises(ValidationError, match="has ended"):
        live.next_item(store, room.workshop_id, clock())
    with pytest.raises(ValidationError, match="has ended"):
        live.start_session(store, room.workshop_id, clock())
    assert live.resume_info(store) is None


def test_every_write_is_in_the_file_when_the_function_returns(
    store, room, clock, db_path, dump_database
):
    check_in(store, room, clock, "gulsen")
    live.start_session(store, room.workshop_id, clock())
    note = live.add_note(
        store, room.workshop_id, "Kaydedildi mi?", speaker_id=room.people["gulsen"], now=clock()
    )
    # Another connection straight to the file sees it: it was committed, not just flushed.
    notes = dump_database(store)["note"]
    assert any(note.uuid in row for row in notes)
    turn = live.request_floor(store, room.workshop_id, room.people["gulsen"], clock())
    assert any(turn.id == row[0] for row in dump_database(store)["speaker_turn"])


# -- agenda control -----------------------------------------------------------------------


def test_next_and_previous_record_times_and_the_last_next_ends_the_last_item(store, room, clock):
    t0 = clock()
    live.start_session(store, room.workshop_id, t0)
    t1 = clock.advance(minutes=11)
    state = live.next_item(store, room.workshop_id, t1)
    assert state.current_item.id == room.items[1]
    assert state.items[0].actual_minutes == 11 and state.items[0].planned_minutes == 10
    t2 = clock.advance(minutes=3)
    state = live.previous_item(store, room.workshop_id, t2)
    # Item 1 runs again from its recorded start; item 2 is not started any more.
    assert _item_times(store, room)[:2] == [(t0, None), (None, None)]
    assert state.current_item.id == room.items[0]
    assert state.item_elapsed_seconds == 14 * 60
    assert state.item_clock is ClockStatus.OVER
    with pytest.raises(ValidationError, match="no previous agenda item"):
        live.previous_item(store, room.workshop_id, clock())
    times = []
    for _ in range(5):
        times.append(clock.advance(minutes=7))
        state = live.next_item(store, room.workshop_id, clock())
    assert state.current_item is None and state.next_item is None
    assert _item_times(store, room) == [
        (t0, times[0]),
        (times[0], times[1]),
        (times[1], times[2]),
        (times[2], times[3]),
        (times[3], times[4]),
    ]
    with pytest.raises(ValidationError, match="no next agenda item"):
        live.next_item(store, room.workshop_id, clock())
    # Back from "all done" reopens the last item.
    state = live.previous_item(store, room.workshop_id, clock.advance(minutes=1))
    assert state.current_item.id == room.items[4]
    assert _item_times(store, room)[4] == (times[3], None)


def test_starting_twice_resumes_and_changes_nothing(store, room, clock, unchanged):
    first = live.start_session(store, room.workshop_id, clock())
    check = unchanged()
    again = live.start_session(store, room.workshop_id, clock.advance(minutes=5))
    check()
    assert again.session_started_at == first.session_started_at
    assert again.current_item.id == first.current_item.id
    assert again.item_elapsed_seconds == 300


def test_a_session_without_an_agenda_can_run_and_take_notes(store, make_workshop, clock):
    w = make_workshop("Gündemsiz toplantı")
    state = live.start_session(store, w.id, clock())
    assert state.current_item is None and state.items == ()
    note = live.add_note(store, w.id, "Gündem yok ama not var", now=clock())
    assert note.agenda_item_id is None
    assert [n.id for n in live.notes_of_item(store, w.id, None)] == [note.id]
    with pytest.raises(ValidationError, match="no next agenda item"):
        live.next_item(store, w.id, clock())


def test_agenda_control_needs_a_running_session(store, room, clock, unchanged):
    check = unchanged()
    for action in (live.next_item, live.previous_item, live.end_session):
        with pytest.raises(ValidationError, match="has not started"):
            action(store, room.workshop_id, clock())
    check()


# -- clocks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed", "planned", "status"),
    [
        (0, 600, ClockStatus.OK),
        (479, 600, ClockStatus.OK),
        (480, 600, ClockStatus.WARNING),
        (600, 600, ClockStatus.WARNING),
        (601, 600, ClockStatus.OVER),
        (47, 60, ClockStatus.OK),
        (48, 60, ClockStatus.WARNING),
        (61, 60, ClockStatus.OVER),
        (0, 0, ClockStatus.WARNING),
        (1, 0, ClockStatus.OVER),
    ],
)
def test_clock_status_turns_at_eighty_percent_and_when_over(elapsed, planned, status):
    assert live.clock_status(elapsed, planned) is status


def test_item_and_turn_clocks_at_their_exact_boundaries(store, room, clock):
    check_in(store, room, clock, "sule")
    start = clock()
    live.start_session(store, room.workshop_id, start)  # item 1: 10 minutes planned
    live.request_floor(store, room.workshop_id, room.people["sule"], start, limit_seconds=60)
    live.next_speaker(store, room.workshop_id, start)
    for seconds, item_status, turn_status in [
        (0, ClockStatus.OK, ClockStatus.OK),
        (47, ClockStatus.OK, ClockStatus.OK),
        (48, ClockStatus.OK, ClockStatus.WARNING),
        (60, ClockStatus.OK, ClockStatus.WARNING),
        (61, ClockStatus.OK, ClockStatus.OVER),
        (479, ClockStatus.OK, ClockStatus.OVER),
        (480, ClockStatus.WARNING, ClockStatus.OVER),
        (600, ClockStatus.WARNING, ClockStatus.OVER),
        (601, ClockStatus.OVER, ClockStatus.OVER),
    ]:
        state = live.session_state(store, room.workshop_id, start + timedelta(seconds=seconds))
        assert (state.item_elapsed_seconds, state.item_planned_seconds) == (seconds, 600)
        assert state.item_clock is item_status, seconds
        assert state.turn_elapsed_seconds == seconds
        assert state.current_turn.limit_seconds == 60
        assert state.turn_clock is turn_status, seconds


def test_the_session_clock_runs_against_the_planned_end(store, room, clock):
    live.start_session(store, room.workshop_id, DAY + timedelta(minutes=5))
    span = 3 * 3600
    for offset, status in [
        (span * 4 // 5 - 1, ClockStatus.OK),
        (span * 4 // 5, ClockStatus.WARNING),
        (span, ClockStatus.WARNING),
        (span + 1, ClockStatus.OVER),
    ]:
        now = DAY + timedelta(seconds=offset)
        state = live.session_state(store, room.workshop_id, now)
        assert state.session_clock is status, offset
        assert state.session_remaining_seconds == span - offset
        assert state.session_elapsed_seconds == offset - 300


def test_projected_end_adds_the_planned_minutes_still_ahead(store, room):
    start = DAY + timedelta(minutes=20)
    live.start_session(store, room.workshop_id, start)
    # Item 1 (10 min) within its time: it ends as planned, then 20 + 30 + 15 + 5 minutes.
    state = live.session_state(store, room.workshop_id, start + timedelta(minutes=4))
    assert state.projected_end == start + timedelta(minutes=80)
    # Item 1 overrunning by 6 minutes pushes everything after it.
    state = live.session_state(store, room.workshop_id, start + timedelta(minutes=16))
    assert state.projected_end == start + timedelta(minutes=86)


def test_after_ten_simulated_minutes_the_elapsed_time_equals_the_clocks(store, room, clock):
    clock.now = DAY + timedelta(seconds=0.4)  # a start between two whole seconds
    state = live.start_session(store, room.workshop_id, clock())
    started = clock()
    item_start = state.current_item.actual_start
    # The screen ticks roughly every second, never exactly: ticks must not add up to drift.
    for _ in range(620):  # 606.9 s
        clock.advance(seconds=0.9789)
        shown = live.elapsed_seconds(item_start, clock())
        assert abs(shown - (clock() - started).total_seconds()) < 1
    assert clock() - started >= timedelta(minutes=10)
    state = live.session_state(store, room.workshop_id, clock())
    true_elapsed = (clock() - started).total_seconds()
    assert abs(state.item_elapsed_seconds - true_elapsed) < 1
    assert abs(state.session_elapsed_seconds - true_elapsed) < 1
    assert state.item_clock is ClockStatus.OVER  # 10 minutes planned, 6 s over


def test_resuming_after_reopening_the_file_computes_the_clocks_from_recorded_times(
    store, room, clock, db_location
):
    check_in(store, room, clock, "ismail", "zeynep")
    live.start_session(store, room.workshop_id, clock())
    live.next_item(store, room.workshop_id, clock.advance(minutes=12))
    item_started = clock()
    note = live.add_note(store, room.workshop_id, "Çökmeden önceki son not", now=clock())
    live.request_floor(store, room.workshop_id, room.people["ismail"], clock(), limit_seconds=90)
    live.request_floor(store, room.workshop_id, room.people["zeynep"], clock())
    live.next_speaker(store, room.workshop_id, clock.advance(seconds=10))
    turn_started = clock()
    store.close()  # the laptop dies here; nothing is held in memory

    reopened = Store.open(db_location)
    try:
        later = clock.advance(minutes=7, seconds=3)
        info = live.resume_info(reopened)
        assert info.workshop_id == room.workshop_id
        assert info.current_item_title == ITEMS[1][0]
        state = live.start_session(reopened, room.workshop_id, later)  # resume
        assert state.current_item.id == room.items[1]
        assert state.item_elapsed_seconds == int((later - item_started).total_seconds())
        assert state.current_turn.person_id == room.people["ismail"]
        assert state.turn_elapsed_seconds == int((later - turn_started).total_seconds())
        assert state.turn_clock is ClockStatus.OVER
        assert [t.person_id for t in state.queue] == [room.people["zeynep"]]
        assert live.last_note(reopened, room.workshop_id).id == note.id
    finally:
        reopened.close()


def test_resume_info_offers_the_most_recently_started_session(store, room, make_workshop, clock):
    assert live.resume_info(store) is None
    other = make_workshop("Danışma kurulu toplantısı")
    live.start_session(store, other.id, clock())
    live.start_session(store, room.workshop_id, clock.advance(minutes=1))
    info = live.resume_info(store)
    assert (info.workshop_id, info.current_item_title) == (room.workshop_id, ITEMS[0][0])
    assert info.session_started_at == clock()


# -- notes ------------------------------------------------------------------------------------


def test_a_note_goes_to_the_current_item_with_its_speaker_and_keeps_markup(store, room, clock):
    check_in(store, room, clock, "mehmet")
    live.start_session(store, room.workshop_id, clock())
    live.next_item(store, room.workshop_id, clock.advance(minutes=10))
    row = live.add_note(
        store,
        room.workshop_id,
        f"  {MARKUP}\n",
        kind="concern",
        speaker_id=room.people["mehmet"],
        now=clock(),
    )
    assert row.text == MARKUP
    assert row.kind is NoteKind.CONCERN
    assert row.agenda_item_id == room.items[1]
    assert row.speaker_name == "Mehmet Kaya"
    assert row.organization_name == ORGS["oncu"]  # represented here, not his employer
    assert row.noted_at == clock()
    with store.session() as s:
        assert s.get(Note, row.id).text == MARKUP


def test_notes_of_an_item_come_in_time_order_and_last_note_is_the_latest(store, room, clock):
    live.start_session(store, room.workshop_id, clock())
    first = live.add_note(store, room.workshop_id, "Birinci", now=clock.advance(seconds=5))
    # A note filed afterwards on an earlier moment still sorts by its time.
    later = live.add_note(store, room.workshop_id, "Üçüncü", now=clock.advance(seconds=5))
    earlier = live.add_note(
        store,
        room.workshop_id,
        "İkinci",
        agenda_item_id=room.items[0],
        now=clock() - timedelta(seconds=2),
    )
    other = live.add_note(
        store, room.workshop_id, "Başka madde", agenda_item_id=room.items[3], now=clock()
    )
    notes = live.notes_of_item(store, room.workshop_id, room.items[0])
    assert [n.id for n in notes] == [first.id, earlier.id, later.id]
    tail = live.notes_of_item(store, room.workshop_id, room.items[0], limit=2)
    assert [n.id for n in tail] == [earlier.id, later.id]
    assert [n.id for n in live.notes_of_item(store, room.workshop_id, room.items[3])] == [other.id]
    assert live.last_note(store, room.workshop_id).id == other.id


def test_edit_delete_restore_and_parking_lot(store, room, clock):
    check_in(store, room, clock, "gulsen", "ayse")
    live.start_session(store, room.workshop_id, clock())
    note = live.add_note(
        store, room.workshop_id, "Gıda bankası", speaker_id=room.people["gulsen"], now=clock()
    )
    edited = live.edit_note(
        store, note.id, text="Gıda bankası & aşevi", kind="idea", speaker_id=room.people["ayse"]
    )
    assert (edited.text, edited.kind, edited.speaker_name) == (
        "Gıda bankası & aşevi",
        NoteKind.IDEA,
        "Ayşe Yılmaz",
    )
    anonymous = live.edit_note(store, note.id, speaker_id=None)
    assert (anonymous.speaker_id, anonymous.speaker_name, anonymous.text) == (
        None,
        "",
        "Gıda bankası & aşevi",
    )
    parked = live.send_to_parking_lot(store, note.id)
    assert parked.kind is NoteKind.PARKING_LOT
    with store.transaction() as s:
        s.add(Proposal(workshop_id=room.workshop_id, title="Aşevi önerisi", source_note_id=note.id))

    snapshot = live.delete_note(store, note.id)
    assert live.notes_of_item(store, room.workshop_id, room.items[0]) == []
    assert live.last_note(store, room.workshop_id) is None
    with store.session() as s:
        assert s.scalar(select(Proposal.source_note_id)) is None
    restored = live.restore_note(store, snapshot)
    assert restored == parked
    with store.session() as s:
        assert s.scalar(select(Proposal.source_note_id)) == note.id
        assert s.get(Note, note.id).uuid == note.uuid
    with pytest.raises(ConflictError, match="already there"):
        live.restore_note(store, snapshot)
    with pytest.raises(ValidationError, match="unknown field"):
        live.edit_note(store, note.id, uuid="elsewhere")
    live.delete_note(store, note.id)
    with pytest.raises(NotFoundError):
        live.edit_note(store, note.id, text="yok")


def test_note_writes_expecting_values_changed_since_are_refused_and_change_nothing(
    store, room, clock
):
    """An undo or redo on the live screen carries what it expects the note to hold: a note
    changed elsewhere since (another window) keeps the later change."""
    from facilitator.errors import StaleEditError

    live.start_session(store, room.workshop_id, clock())
    note = live.add_note(store, room.workshop_id, "Gıda bankası", now=clock())
    seen = {"text": "Gıda bankası", "kind": NoteKind.POINT, "speaker_id": None}
    live.edit_note(store, note.id, text="Gıda bankası ve aşevi")  # elsewhere

    with pytest.raises(StaleEditError, match=r"changed elsewhere since \(Note\)"):
        live.edit_note(store, note.id, expect=seen, text="Gıda")
    with pytest.raises(StaleEditError):
        live.send_to_parking_lot(store, note.id, expect={"kind": NoteKind.IDEA})
    with pytest.raises(StaleEditError):
        live.delete_note(store, note.id, expect=seen)
    kept = live.last_note(store, room.workshop_id)
    assert (kept.id, kept.text, kept.kind) == (note.id, "Gıda bankası ve aşevi", NoteKind.POINT)

    # What it holds now is what a later undo expects: that works (the text is compared as
    # stored, whatever spaces the expectation carries).
    now = {"text": " Gıda bankası ve aşevi ", "kind": "point", "speaker_id": None}
    edited = live.edit_note(store, note.id, expect=now, text="Gıda")
    assert edited.text == "Gıda"
    parked = live.send_to_parking_lot(store, note.id, expect={"kind": NoteKind.POINT})
    assert parked.kind is NoteKind.PARKING_LOT
    live.delete_note(store, note.id, expect={"text": "Gıda", "kind": NoteKind.PARKING_LOT})
    assert live.last_note(store, room.workshop_id) is None


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_note_is_refused(store, room, clock, unchanged, text):
    live.start_session(store, room.workshop_id, clock())
    check = unchanged()
    with pytest.raises(ValidationError, match="cannot be empty"):
        live.add_note(store, room.workshop_id, text, now=clock())
    check()


def test_notes_refuse_speakers_who_do_not_attend_and_items_of_other_workshops(
    store, room, clock, unchanged, make_workshop
):
    live.start_session(store, room.workshop_id, clock())
    outsider = directory.create_person(store, "Kemal", "Sarıgül")
    elsewhere = make_workshop("Başka çalıştay")
    foreign_item = agenda.add_item(store, elsewhere.id, "Başka gündem").id
    note = live.add_note(store, room.workshop_id, "Geçerli not", now=clock())
    check = unchanged()
    with pytest.raises(ValidationError, match="does not attend this workshop") as caught:
        live.add_note(store, room.workshop_id, "Kimin sözü?", speaker_id=outsider.id, now=clock())
    assert caught.value.field == "speaker_id"
    with pytest.raises(ValidationError, match="does not attend"):
        live.edit_note(store, note.id, speaker_id=outsider.id)
    with pytest.raises(ValidationError, match="not on this agenda"):
        live.add_note(store, room.workshop_id, "Yanlış", agenda_item_id=foreign_item, now=clock())
    with pytest.raises(ValidationError, match="not a valid"):
        live.add_note(store, room.workshop_id, "Tür", kind="gossip", now=clock())
    with pytest.raises(ValidationError, match="timezone-aware"):
        live.add_note(store, room.workshop_id, "Saat", now=datetime(2026, 3, 14, 10, 0))
    with pytest.raises(ValidationError, match="too long"):
        live.add_note(store, room.workshop_id, "ş" * (live.NOTE_LENGTH + 1), now=clock())
    check()


def test_notes_can_be_taken_after_the_session(store, room, clock):
    live.start_session(store, room.workshop_id, clock())
    live.end_session(store, room.workshop_id, clock.advance(minutes=30))
    note = live.add_note(
        store, room.workshop_id, "Sonradan eklenen", agenda_item_id=room.items[0], now=clock()
    )
    assert note.agenda_item_id == room.items[0]
    assert live.add_note(store, room.workshop_id, "Maddesiz", now=clock()).agenda_item_id is None


# -- the speaker queue --------------------------------------------------------------------------


def test_the_queue_keeps_order_and_next_speaker_ends_the_current_turn(store, room, clock):
    check_in(store, room, clock, "gulsen", "ismail", "sule")
    live.start_session(store, room.workshop_id, clock())
    for key in ("gulsen", "ismail", "sule"):
        live.request_floor(store, room.workshop_id, room.people[key], clock.advance(seconds=3))
    assert [t.person_id for t in live.queue(store, room.workshop_id)] == [
        room.people[k] for k in ("gulsen", "ismail", "sule")
    ]
    first = live.next_speaker(store, room.workshop_id, clock.advance(seconds=10))
    t1 = clock()
    second = live.next_speaker(store, room.workshop_id, clock.advance(seconds=75))
    t2 = clock()
    assert (first.person_id, second.person_id) == (room.people["gulsen"], room.people["ismail"])
    state = live.session_state(store, room.workshop_id, clock.advance(seconds=20))
    assert state.current_turn.id == second.id
    assert state.turn_elapsed_seconds == 20
    assert state.next_speaker.person_id == room.people["sule"]
    with store.session() as s:
        ended = s.get(SpeakerTurn, first.id)
        assert (ended.started_at, ended.ended_at) == (t1, t2)
    # Moving to the next item ends the running turn at the same moment.
    live.next_item(store, room.workshop_id, clock())
    with store.session() as s:
        assert s.get(SpeakerTurn, second.id).ended_at == clock()
    last = live.next_speaker(store, room.workshop_id, clock.advance(seconds=5))
    assert last.agenda_item_id == room.items[1]  # spoken during item 2
    assert live.next_speaker(store, room.workshop_id, clock.advance(seconds=5)) is None
    with pytest.raises(ValidationError, match="Nobody is waiting"):
        live.next_speaker(store, room.workshop_id, clock())
    assert live.end_turn(store, room.workshop_id, clock()) is None


def test_first_timers_first_moves_people_who_have_not_spoken_to_the_front(store, room, clock):
    check_in(store, room, clock, "gulsen", "ismail", "sule", "umit")
    live.start_session(store, room.workshop_id, clock())
    for key in ("gulsen", "sule"):  # both speak once
        live.request_floor(store, room.workshop_id, room.people[key], clock())
        live.next_speaker(store, room.workshop_id, clock.advance(seconds=1))
        clock.advance(seconds=30)
    live.end_turn(store, room.workshop_id, clock())
    for key in ("gulsen", "ismail", "sule", "umit"):
        live.request_floor(store, room.workshop_id, room.people[key], clock.advance(seconds=2))
    plain = live.queue(store, room.workshop_id)
    assert [t.person_id for t in plain] == [
        room.people[k] for k in ("gulsen", "ismail", "sule", "umit")
    ]
    assert [t.first_time for t in plain] == [False, True, False, True]
    fair = live.queue(store, room.workshop_id, first_timers_first=True)
    assert [t.person_id for t in fair] == [
        room.people[k] for k in ("ismail", "umit", "gulsen", "sule")
    ]
    state = live.session_state(store, room.workshop_id, clock(), first_timers_first=True)
    assert [t.id for t in state.queue] == [t.id for t in fair]
    turn = live.next_speaker(store, room.workshop_id, clock(), first_timers_first=True)
    assert turn.person_id == room.people["ismail"]
    # Ismail has spoken now; Ümit is the only first-timer left.
    fair = live.queue(store, room.workshop_id, first_timers_first=True)
    assert [t.person_id for t in fair] == [room.people[k] for k in ("umit", "gulsen", "sule")]


def test_the_floor_refuses_absent_people_doubles_bad_limits_and_ended_sessions(
    store, room, clock, unchanged
):
    check_in(store, room, clock, "gulsen", "sule")
    outsider = directory.create_person(store, "Kemal", "Sarıgül")
    with pytest.raises(ValidationError, match="has not started"):
        live.request_floor(store, room.workshop_id, room.people["gulsen"], clock())
    live.start_session(store, room.workshop_id, clock())
    live.request_floor(store, room.workshop_id, room.people["gulsen"], clock())
    check = unchanged()
    with pytest.raises(ValidationError, match="not checked in as present"):
        live.request_floor(store, room.workshop_id, room.people["ismail"], clock())
    with pytest.raises(ValidationError, match="does not attend"):
        live.request_floor(store, room.workshop_id, outsider.id, clock())
    with pytest.raises(ConflictError, match="already waiting"):
        live.request_floor(store, room.workshop_id, room.people["gulsen"], clock())
    for bad in (0, -5, 3601, 1.5, True, "60"):
        with pytest.raises(ValidationError, match="speaking time limit"):
            live.request_floor(store, room.workshop_id, room.people["sule"], clock(), bad)
    check()
    live.end_session(store, room.workshop_id, clock.advance(minutes=1))
    with pytest.raises(ValidationError, match="has ended"):
        live.request_floor(store, room.workshop_id, room.people["gulsen"], clock())
    with pytest.raises(ValidationError, match="has ended"):
        live.next_speaker(store, room.workshop_id, clock())


def test_a_waiting_request_can_be_withdrawn_but_a_started_turn_cannot(store, room, clock):
    check_in(store, room, clock, "gulsen", "ismail")
    live.start_session(store, room.workshop_id, clock())
    a = live.request_floor(store, room.workshop_id, room.people["gulsen"], clock())
    b = live.request_floor(store, room.workshop_id, room.people["ismail"], clock())
    live.next_speaker(store, room.workshop_id, clock())
    with pytest.raises(ValidationError, match="already started"):
        live.withdraw(store, a.id)
    assert live.withdraw(store, b.id).person_id == room.people["ismail"]
    assert live.queue(store, room.workshop_id) == []
    with pytest.raises(NotFoundError):
        live.withdraw(store, b.id)
    # Withdrawn, Ismail may ask again.
    live.request_floor(store, room.workshop_id, room.people["ismail"], clock())


def test_speaking_time_counts_the_running_turn(store, room, clock):
    check_in(store, room, clock, "cigdem")
    live.start_session(store, room.workshop_id, clock())
    live.request_floor(store, room.workshop_id, room.people["cigdem"], clock())
    live.next_speaker(store, room.workshop_id, clock())
    state = live.session_state(store, room.workshop_id, clock.advance(seconds=42))
    (total,) = state.speaking_by_person
    assert (total.person_id, total.seconds, total.turns) == (room.people["cigdem"], 42, 1)
    assert total.organization_name == ORGS["uludere"]
    (org,) = state.speaking_by_organization
    assert (org.organization_id, org.seconds) == (room.orgs["uludere"], 42)


# -- the projector's decisions, attendance counts -----------------------------------------------


def test_only_agreed_decisions_are_listed_in_register_order(store, room, clock):
    with store.transaction() as s:
        for number, title, outcome in [
            (3, "Yol haritası 2026", Outcome.AGREED_WITH_RESERVATIONS),
            (1, "Platformun kuruluşu", Outcome.AGREED),
            (None, "Ertelenen öneri", Outcome.DEFERRED),
            (None, "Oylanmamış öneri", None),
            (2, "Reddedilen öneri", Outcome.NOT_AGREED),
        ]:
            s.add(
                Proposal(
                    workshop_id=room.workshop_id,
                    title=title,
                    outcome=outcome,
                    decision_number=number,
                )
            )
    state = live.session_state(store, room.workshop_id, clock())
    assert [(d.number, d.title) for d in state.decisions] == [
        (1, "Platformun kuruluşu"),
        (3, "Yol haritası 2026"),
    ]


def test_present_and_expected_counts(store, room, clock):
    state = live.session_state(store, room.workshop_id, clock())
    assert (state.present_count, state.expected_count) == (0, 11)  # Barış declined
    check_in(store, room, clock, "gulsen", "baris")  # Barış came after all
    attendees.update_attendees(store, [room.attendee["elif"]], attendance="excused")
    state = live.session_state(store, room.workshop_id, clock())
    assert (state.present_count, state.expected_count) == (2, 11)


# -- check-in ---------------------------------------------------------------------------------


def test_check_in_records_the_arrival_once_and_clears_it_on_undo(store, room, clock):
    arrived = clock()
    row = live.set_present(store, room.attendee["sule"], True, arrived)
    assert (row.attendance, row.arrived_at) == (Attendance.PRESENT, arrived)
    again = live.set_present(store, room.attendee["sule"], True, clock.advance(minutes=5))
    assert again.arrived_at == arrived  # pressing it twice does not move the arrival
    gone = live.set_present(store, room.attendee["sule"], False, clock())
    assert (gone.attendance, gone.arrived_at) == (Attendance.UNKNOWN, None)
    excused = attendees.update_attendees(store, [room.attendee["elif"]], attendance="excused")
    assert excused
    row = live.set_present(store, room.attendee["elif"], False, clock())
    assert (row.attendance, row.arrived_at) == (Attendance.EXCUSED, None)
    with pytest.raises(ValidationError, match="yes or no"):
        live.set_present(store, room.attendee["sule"], "yes", clock())
    with pytest.raises(NotFoundError):
        live.set_present(store, 987654, True, clock())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ışık", {"ismail", "zeynep"}),  # Işık (name) and Işık Vakfı (organization)
        ("ISIK", {"ismail", "zeynep"}),
        ("isik", set()),  # a dotted i is another letter than ı, as in text.search_key
        ("İSMAİL", {"ismail"}),
        ("ismail ışık", {"ismail"}),
        ("oztu", {"gulsen"}),
        ("çağ", {"sule", "gulsen", "ayse"}),  # Çağlar, and Çağdaş Yaşam's people
        ("GIDA", {"sule", "mehmet"}),
        ("", {key for key, *_ in PEOPLE}),
        ("yok böyle biri", set()),
    ],
)
def test_finding_attendees_is_turkish_aware(store, room, query, expected):
    by_id = {v: k for k, v in room.attendee.items()}
    assert {by_id[r.id] for r in live.find_attendees(store, room.workshop_id, query)} == expected


def test_a_walk_in_becomes_a_person_and_a_present_attendee(store, room, clock):
    row = live.add_walk_in(
        store, room.workshop_id, "  İlkay ", "Şenocak", room.orgs["isik"], now=clock()
    )
    assert (row.given_name, row.family_name, row.organization_name) == (
        "İlkay",
        "Şenocak",
        ORGS["isik"],
    )
    assert (row.attendance, row.invitation, row.arrived_at) == (
        Attendance.PRESENT,
        Invitation.NOT_INVITED,
        clock(),
    )
    assert directory.get_person(store, row.person_id).organization_id == room.orgs["isik"]
    assert [r.id for r in live.find_attendees(store, room.workshop_id, "ilkay senocak")] == [row.id]
    live.start_session(store, room.workshop_id, clock())
    live.request_floor(store, room.workshop_id, row.person_id, clock())  # present: may speak
    alone = live.add_walk_in(store, room.workshop_id, "Deniz", now=clock())
    assert (alone.family_name, alone.organization_id) == ("", None)


def test_a_walk_in_needs_a_name_and_a_real_organization(store, room, clock, unchanged):
    check = unchanged()
    with pytest.raises(ValidationError, match="cannot be empty"):
        live.add_walk_in(store, room.workshop_id, "  ", "Yılmaz", now=clock())
    with pytest.raises(NotFoundError):
        live.add_walk_in(store, room.workshop_id, "Ayşe", "Yılmaz", 987654, now=clock())
    check()


# -- the state stays cheap ---------------------------------------------------------------------


def _statements(store, action) -> list[str]:
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen


def test_the_state_of_a_workshop_with_2000_notes_never_reads_the_notes(store, room, clock):
    check_in(store, room, clock, "gulsen", "ismail")
    live.start_session(store, room.workshop_id, clock())
    live.request_floor(store, room.workshop_id, room.people["gulsen"], clock())
    live.next_speaker(store, room.workshop_id, clock())
    before = _statements(store, lambda: live.session_state(store, room.workshop_id, clock()))
    start = clock()
    with store.transaction() as s:
        s.execute(
            insert(Note),
            [
                {
                    "workshop_id": room.workshop_id,
                    "agenda_item_id": room.items[n % 5],
                    "kind": NoteKind.POINT,
                    "text": f"Not {n}: şeffaflık",
                    "speaker_id": room.people["ismail"] if n % 3 else None,
                    "noted_at": start + timedelta(seconds=n),
                    "uuid": f"00000000-0000-4000-8000-{n:012d}",
                }
                for n in range(2000)
            ],
        )
    captured = {}

    def read():
        captured["state"] = live.session_state(store, room.workshop_id, clock())

    after = _statements(store, read)
    assert len(after) == len(before) <= 8
    assert not any("note.text" in statement for statement in after)
    assert [i.note_count for i in captured["state"].items] == [400] * 5
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Note)) == 2000


def test_times_are_returned_in_utc(store, room, clock):
    state = live.start_session(store, room.workshop_id, clock())
    assert state.session_started_at.tzinfo is UTC
    assert state.current_item.actual_start == clock()
    assert state.planned_start == DAY


def test_a_session_held_on_another_day_is_measured_by_its_planned_length(store):
    """A workshop planned for January, run today: no "1312 hours left" on the screen."""
    from datetime import UTC, datetime, timedelta

    from facilitator.services import agenda, live, workshops

    planned = datetime(2027, 1, 16, 7, 0, tzinfo=UTC)
    w = workshops.create_workshop(store, "Prova", planned, planned + timedelta(hours=3))
    agenda.add_item(store, w.id, title="Açılış", planned_minutes=15)
    today = datetime(2026, 11, 22, 14, 0, tzinfo=UTC)
    live.start_session(store, w.id, today)
    state = live.session_state(store, w.id, today + timedelta(minutes=30))
    assert state.planned_end == today + timedelta(hours=3)
    assert state.session_remaining_seconds == 150 * 60


def test_checking_someone_out_takes_them_off_the_queue_and_ends_their_turn(store, room, clock):
    check_in(store, room, clock, "sule", "elif", "umit")
    live.start_session(store, room.workshop_id, clock())
    for key in ("sule", "elif", "umit"):
        live.request_floor(store, room.workshop_id, room.people[key], clock())
    speaking = live.next_speaker(store, room.workshop_id, clock())
    assert speaking.person_id == room.people["sule"]
    clock.advance(minutes=2)
    live.set_present(store, room.attendee["sule"], False, clock())  # left while speaking
    live.set_present(store, room.attendee["elif"], False, clock())  # left while waiting
    state = live.session_state(store, room.workshop_id, clock())
    assert state.current_turn is None
    assert [t.person_id for t in live.queue(store, room.workshop_id)] == [room.people["umit"]]
    assert live.next_speaker(store, room.workshop_id, clock()).person_id == room.people["umit"]
    with store.session() as s:
        ended = s.scalar(
            select(SpeakerTurn.ended_at).where(SpeakerTurn.person_id == room.people["sule"])
        )
    assert ended == clock()


def test_a_session_started_by_mistake_and_set_back_restarts_its_clock(store, room, clock):
    early = clock()
    live.start_session(store, room.workshop_id, early)  # Ctrl+L three days early, by mistake
    workshops.update_workshop(store, room.workshop_id, status=WorkshopStatus.SCHEDULED)
    on_the_day = clock.advance(days=3)
    state = live.start_session(store, room.workshop_id, on_the_day)
    assert state.current_item.id == room.items[0]
    assert state.item_elapsed_seconds == 0  # not 72 hours over
    assert _item_times(store, room)[0] == (on_the_day, None)
