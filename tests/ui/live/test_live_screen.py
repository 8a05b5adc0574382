"""The live screen, driven by the keyboard only, on a simulated clock.

The clock is moved by hand between key presses and the window's ``tick`` is
called instead of waiting; every recorded time is then the clock's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from facilitator.models import (
    AgendaItem,
    Attendance,
    Note,
    NoteKind,
    Outcome,
    Participation,
    Person,
    Proposal,
    SpeakerTurn,
    Workshop,
    WorkshopStatus,
)
from facilitator.services import agenda, attendees, commitments, directory, live
from facilitator.ui.kit.labels import NOTE_KINDS
from facilitator.ui.live import LiveWindow, ProjectorWindow
from facilitator.ui.live.item_models import parse_duration
from tests.ui.keys import type_text
from tests.ui.live.conftest import ITEMS


def press(qtbot, key, modifiers=Qt.ControlModifier) -> None:
    """A key press where the keyboard focus is, as the user's keyboard sends it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifiers)


def enter(qtbot) -> None:
    press(qtbot, Qt.Key_Return, Qt.NoModifier)


def note(qtbot, win: LiveWindow, text: str) -> None:
    assert QApplication.focusWidget() is win.notes.note_field
    type_text(win.notes.note_field, text)
    enter(qtbot)


def check_in(qtbot, win: LiveWindow, name: str) -> None:
    press(qtbot, Qt.Key_I)
    assert QApplication.focusWidget() is win.checkin.field
    type_text(win.checkin.field, name)
    enter(qtbot)


def queue_up(qtbot, win: LiveWindow, name: str) -> None:
    press(qtbot, Qt.Key_S)
    assert QApplication.focusWidget() is win.speakers.add.field
    type_text(win.speakers.add.field, name)
    enter(qtbot)
    assert QApplication.focusWidget() is win.notes.note_field


KIND_KEYS = [Qt.Key_1, Qt.Key_2, Qt.Key_3, Qt.Key_4, Qt.Key_5, Qt.Key_6, Qt.Key_7, Qt.Key_8]


def test_a_whole_session_by_keyboard(qtbot, store, bus, clock, room, open_screen):
    announced = []
    bus.changed.connect(lambda kind, ids, _initiator: announced.append((kind, ids)))
    win = open_screen()
    session_start = clock.now
    assert win.notes.note_field.hasFocus()

    # Check in ten people; each arrival time is the clock's at that moment.
    arrivals = {}
    for row in room.attendees[:10]:
        clock.advance(seconds=20)
        check_in(qtbot, win, row.full_name)
        arrivals[row.id] = clock.now
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    assert QApplication.focusWidget() is win.notes.note_field
    assert win.checkin.counts.text().startswith("10 present")
    present = room.attendees[:10]

    expected_notes = []  # (text, kind, item id, speaker person id, time)
    starts, ends, turn_starts = {0: session_start}, {}, []
    n = 0
    for index, item_id in enumerate(room.items):
        assert win.state.current_item.id == item_id
        speaking = None
        if index < 4:  # two turns per item on the first four: eight turns
            for who in present[2 * index : 2 * index + 2]:
                clock.advance(seconds=10)
                queue_up(qtbot, win, who.full_name)
            assert [t.person_id for t in win.state.queue] == [
                w.person_id for w in present[2 * index : 2 * index + 2]
            ]
        for k in range(6):
            if index < 4 and k in (0, 3):
                clock.advance(seconds=15)
                press(qtbot, Qt.Key_N)
                speaking = present[2 * index + (k // 3)].person_id
                assert win.state.current_turn.person_id == speaking
                turn_starts.append((speaking, clock.now))
            kind = NOTE_KINDS[n % 8]
            speaker = speaking
            if k == 5:  # attributed to someone else with Ctrl+P
                other = present[9 - index]
                press(qtbot, Qt.Key_P)
                assert QApplication.focusWidget() is win.notes.attribute.field
                type_text(win.notes.attribute.field, other.full_name)
                enter(qtbot)
                speaker = other.person_id
            if kind is not NoteKind.POINT or n % 3 == 0:
                press(qtbot, KIND_KEYS[n % 8])
            clock.advance(seconds=40)
            text = f"Not {n + 1}: gönüllü sayısı ğüşıöç İ"
            note(qtbot, win, text)
            expected_notes.append((text, kind, item_id, speaker, clock.now))
            assert win.notes.feed.rows()[-1].text == text
            n += 1
        assert win.notes.feed.rowCount() == 6
        clock.advance(minutes=3)
        press(qtbot, Qt.Key_Right)
        ends[index] = clock.now
        if index + 1 < len(room.items):
            starts[index + 1] = clock.now
    assert win.state.current_item is None

    with store.session() as s:
        items = {
            i.id: i
            for i in s.scalars(select(AgendaItem).where(AgendaItem.workshop_id == room.workshop_id))
        }
        for index, item_id in enumerate(room.items):
            assert items[item_id].actual_start == starts[index]
            assert items[item_id].actual_end == ends[index]
        notes = list(
            s.scalars(
                select(Note).where(Note.workshop_id == room.workshop_id).order_by(Note.noted_at)
            )
        )
        assert [(x.text, x.kind, x.agenda_item_id, x.speaker_id, x.noted_at) for x in notes] == (
            expected_notes
        )
        turns = list(
            s.scalars(
                select(SpeakerTurn)
                .where(SpeakerTurn.workshop_id == room.workshop_id)
                .order_by(SpeakerTurn.started_at)
            )
        )
        assert [(t.person_id, t.started_at) for t in turns] == turn_starts
        assert all(t.ended_at is not None for t in turns)
        for row in present:
            p = s.get(Participation, row.id)
            assert p.attendance is Attendance.PRESENT
            assert p.arrived_at == arrivals[row.id]
    assert len(expected_notes) == 30 and len(turn_starts) == 8

    # Ending takes two presses within three seconds; a lone press ends nothing.
    ended = []
    win.session_ended.connect(ended.append)
    press(qtbot, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    assert "again" in win.status_line.text()
    clock.advance(seconds=4)
    press(qtbot, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    assert ended == []
    clock.advance(seconds=2)
    press(qtbot, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    assert ended == [room.workshop_id]
    with store.session() as s:
        w = s.get(Workshop, room.workshop_id)
        assert w.status is WorkshopStatus.HELD
        assert w.session_started_at == session_start
        assert w.session_ended_at == clock.now
    assert ("workshop", (room.workshop_id,)) in announced


def test_the_clocks_turn_colour_at_80_percent_and_when_over(qtbot, clock, room, open_screen):
    win = open_screen()  # the first item: 10 minutes planned
    clock.advance(minutes=7, seconds=59)
    win.tick()
    assert win.header.item_clock.property("clock") == "ok"
    clock.advance(seconds=1)
    win.tick()
    assert win.header.item_clock.property("clock") == "warning"
    assert win.header.item_clock.text() == "08:00 / 10:00"
    clock.advance(minutes=2)
    win.tick()
    assert win.header.item_clock.property("clock") == "warning"
    clock.advance(seconds=1)
    win.tick()
    assert win.header.item_clock.property("clock") == "over"

    # A turn with a limit warns visibly at 80 % and when over.
    for row in room.attendees[:1]:
        check_in(qtbot, win, row.full_name)
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    win.speakers.limit.setValue(60)
    queue_up(qtbot, win, room.attendees[0].full_name)
    press(qtbot, Qt.Key_N)
    clock.advance(seconds=48)
    win.tick()
    assert win.speakers.turn_clock.property("clock") == "warning"
    assert win.speakers.turn_warning.isVisibleTo(win)
    clock.advance(seconds=13)
    win.tick()
    assert win.speakers.turn_clock.property("clock") == "over"
    assert win.speakers.turn_warning.text() == "Over the time limit"
    press(qtbot, Qt.Key_E)
    assert win.state.current_turn is None


def test_after_ten_simulated_minutes_the_clock_has_not_drifted(clock, open_screen):
    win = open_screen()
    start = win.state.current_item.actual_start
    for _ in range(600):
        clock.advance(seconds=1, microseconds=3_000)  # a timer that fires a little late
        win.tick()
    shown = parse_duration(win.header.item_clock.text().split(" / ")[0])
    assert abs(shown - (clock.now - start).total_seconds()) < 1


def test_up_edits_the_last_note_and_esc_cancels(qtbot, store, clock, room, open_screen):
    win = open_screen()
    note(qtbot, win, "İlk not")
    note(qtbot, win, "Yazım hatsı")
    press(qtbot, Qt.Key_Up, Qt.NoModifier)
    assert win.notes.note_field.text() == "Yazım hatsı"
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    assert win.notes.note_field.text() == ""
    press(qtbot, Qt.Key_Up, Qt.NoModifier)
    win.notes.note_field.setText("")
    type_text(win.notes.note_field, "Yazım hatası düzeldi")
    press(qtbot, Qt.Key_4)  # a question, after all
    enter(qtbot)
    last = live.last_note(store, room.workshop_id)
    assert (last.text, last.kind) == ("Yazım hatası düzeldi", NoteKind.QUESTION)
    assert [r.text for r in win.notes.feed.rows()] == ["İlk not", "Yazım hatası düzeldi"]
    assert win.notes.kind is NoteKind.POINT  # the next note is a point again
    press(qtbot, Qt.Key_Z)
    assert live.last_note(store, room.workshop_id).text == "Yazım hatsı"
    assert win.notes.feed.rows()[-1].text == "Yazım hatsı"


def test_delete_the_last_note_and_undo(qtbot, store, room, open_screen):
    win = open_screen()
    note(qtbot, win, "Kalacak not")
    note(qtbot, win, "Silinecek not")
    before = live.last_note(store, room.workshop_id)
    press(qtbot, Qt.Key_Backspace)
    assert "Ctrl+Z" in win.status_line.text()
    assert [r.text for r in win.notes.feed.rows()] == ["Kalacak not"]
    assert live.last_note(store, room.workshop_id).text == "Kalacak not"
    press(qtbot, Qt.Key_Z)
    assert live.last_note(store, room.workshop_id) == before
    assert [r.text for r in win.notes.feed.rows()] == ["Kalacak not", "Silinecek not"]
    press(qtbot, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo: gone again
    assert live.last_note(store, room.workshop_id).text == "Kalacak not"


def test_send_the_last_note_to_the_parking_lot(qtbot, store, room, open_screen):
    win = open_screen()
    press(qtbot, Qt.Key_2)
    assert win.notes.kind_label.text() == "Idea"
    note(qtbot, win, "Konu dışı ama önemli")
    press(qtbot, Qt.Key_K)
    assert live.last_note(store, room.workshop_id).kind is NoteKind.PARKING_LOT
    assert win.notes.feed.rows()[-1].kind is NoteKind.PARKING_LOT
    press(qtbot, Qt.Key_Z)
    assert live.last_note(store, room.workshop_id).kind is NoteKind.IDEA


def test_a_walk_in_is_added_present(qtbot, store, clock, room, open_screen):
    win = open_screen()
    press(qtbot, Qt.Key_I)
    type_text(win.checkin.field, "Ayşe Nur Karadağlıoğlu")
    clock.advance(minutes=2)
    press(qtbot, Qt.Key_I, Qt.ControlModifier | Qt.ShiftModifier)  # Ctrl+W closes windows
    assert win.isVisible()
    with store.session() as s:
        person = s.scalar(select(Person).where(Person.family_name == "Karadağlıoğlu"))
        assert person.given_name == "Ayşe Nur"
        p = s.scalar(select(Participation).where(Participation.person_id == person.id))
        assert p.attendance is Attendance.PRESENT and p.arrived_at == clock.now
    assert any(r.person_id == person.id for r in win.checkin.present_rows())
    # Present, so they can ask for the floor at once.
    queue_up(qtbot, win, "ayse nur")
    assert win.state.queue[0].person_id == person.id


def test_check_in_finds_turkish_names_and_toggles(qtbot, store, clock, room, open_screen):
    win = open_screen()
    check_in(qtbot, win, "IŞILDAK")  # finds "Çağrı Işıldak"
    row = next(r for r in win.checkin.present_rows())
    assert row.family_name == "Işıldak"
    check_in(qtbot, win, "çağrı ışıldak")  # one Enter on someone present: only a question
    assert [r.id for r in win.checkin.present_rows()] == [row.id]
    assert "Enter again" in win.status_line.text()
    clock.advance(seconds=10)  # too late for the second Enter: asks again
    enter(qtbot)
    assert [r.id for r in win.checkin.present_rows()] == [row.id]
    clock.advance(seconds=1)
    enter(qtbot)  # the second Enter within 3 seconds takes them off the list
    assert win.checkin.present_rows() == []
    with store.session() as s:
        assert s.get(Participation, row.id).attendance is Attendance.UNKNOWN


def test_the_projector_shows_agreed_decisions_and_never_notes(qtbot, store, room, open_screen):
    win = open_screen()
    with store.transaction() as s:
        s.add(
            Proposal(
                workshop_id=room.workshop_id,
                title="Ortak gönüllülük takvimi",
                outcome=Outcome.AGREED,
                decision_number=1,
            )
        )
        s.add(
            Proposal(
                workshop_id=room.workshop_id,
                title="Reddedilen öneri",
                outcome=Outcome.NOT_AGREED,
                decision_number=2,
            )
        )
    note(qtbot, win, "Gizli kalması gereken not")
    press(qtbot, Qt.Key_F5, Qt.NoModifier)
    projector = win.projector
    assert isinstance(projector, ProjectorWindow) and projector.isVisible()
    texts = " ".join(label.text() for label in projector.findChildren(QLabel))
    assert "6/1  Ortak gönüllülük takvimi" in texts  # numbered as in the register
    assert "Reddedilen öneri" not in texts
    assert "Gizli" not in texts
    assert ITEMS[0][0] in texts
    assert projector.windowTitle()
    # The moderator's keys still work on the live screen, and F5 hides it again.
    qtbot.waitActive(win)
    press(qtbot, Qt.Key_F5, Qt.NoModifier)
    assert not projector.isVisible()


def test_resume_after_closing_restores_the_item_and_the_clocks(
    qtbot, store, bus, clock, room, open_screen
):
    win = open_screen()
    clock.advance(minutes=11)
    press(qtbot, Qt.Key_Right)
    second_start = clock.now
    note(qtbot, win, "Kaydedilen not")
    win.close()

    clock.advance(minutes=7, seconds=30)  # the laptop was down for a while
    again = open_screen()
    assert again.state.current_item.id == room.items[1]
    assert again.header.item_clock.text() == "07:30 / 20:00"
    assert again.item_elapsed_seconds() == (clock.now - second_start).total_seconds()
    assert [r.text for r in again.notes.feed.rows()] == ["Kaydedilen not"]
    assert "resumed" in again.status_line.text()
    assert again.notes.note_field.hasFocus()


def test_errors_are_shown_inline(qtbot, room, open_screen, answers):
    win = open_screen()
    press(qtbot, Qt.Key_Left)  # there is no previous item
    assert win.status_line.text() == "There is no previous agenda item."
    press(qtbot, Qt.Key_N)  # nobody waits
    assert "waiting" in win.status_line.text()
    check_in(qtbot, win, "Çağrı Işıldak")
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    queue_up(qtbot, win, "Çağrı Işıldak")
    queue_up(qtbot, win, "Çağrı Işıldak")  # already waiting: refused by the service
    assert "Işıldak" in win.status_line.text()
    assert [t.person_id for t in win.state.queue] == [win.checkin.present_rows()[0].person_id]
    assert answers.errors == []  # never a dialog on the live screen
    assert not win.history.canUndo()  # a refused edit leaves nothing to undo


def test_notes_check_ins_and_commitments_are_announced_once_naming_the_live_screen(
    qtbot, store, bus, room, open_screen
):
    win = open_screen()
    heard = []
    bus.changed.connect(lambda kind, ids, initiator: heard.append((kind, ids, initiator)))
    someone = next(r for r in room.attendees if r.organization_id is not None)
    check_in(qtbot, win, someone.full_name)
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    assert heard == [("workshop", (room.workshop_id,), win.checkin)]
    heard.clear()
    note(qtbot, win, "Derneğimiz iki gönüllü verir")
    assert heard == [("note", (room.workshop_id,), win.notes)]
    heard.clear()
    press(qtbot, Qt.Key_T)
    type_text(win.commitment.field, someone.organization_name)
    enter(qtbot)
    (made,) = commitments.commitments_of_workshop(store, room.workshop_id)
    assert heard == [("commitment", (made.id,), win.commitment)]
    heard.clear()
    press(qtbot, Qt.Key_Z)  # an undo names nobody: every view reads again
    assert heard == [("commitment", (made.id,), None)]
    assert commitments.commitments_of_workshop(store, room.workshop_id) == []


def test_the_item_models_pass_the_model_tester(qtmodeltester, qtbot, room, open_screen):
    win = open_screen()
    check_in(qtbot, win, room.attendees[0].full_name)
    check_in(qtbot, win, room.attendees[1].full_name)
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    queue_up(qtbot, win, room.attendees[0].full_name)
    queue_up(qtbot, win, room.attendees[1].full_name)
    press(qtbot, Qt.Key_N)
    note(qtbot, win, "Bir not")
    for model in (
        win.notes.feed,
        win.agenda.model,
        win.speakers.queue,
        win.speakers.by_person,
        win.speakers.by_organization,
        win.checkin.search.model,
        win.notes.attribute.model,
    ):
        qtmodeltester.check(model)


def _texts(store, workshop_id) -> list[str]:
    with store.session() as s:
        return list(
            s.scalars(select(Note.text).where(Note.workshop_id == workshop_id).order_by(Note.id))
        )


def test_undo_after_a_new_note_took_a_deleted_notes_id_loses_nothing(
    qtbot, store, room, open_screen
):
    """SQLite gives a deleted note's id to the next note; undo must find its own note."""
    win = open_screen()
    note(qtbot, win, "A notu")
    note(qtbot, win, "X yazm hatası")
    press(qtbot, Qt.Key_Up, Qt.NoModifier)
    win.notes.note_field.setText("")
    type_text(win.notes.note_field, "X yazım hatası")
    enter(qtbot)
    press(qtbot, Qt.Key_Backspace)  # the field is empty: deletes the last note
    note(qtbot, win, "Y yeni not")
    press(qtbot, Qt.Key_Z)  # brings X back (under a new id if Y took the old one)
    press(qtbot, Qt.Key_Z)  # and its original wording
    assert sorted(_texts(store, room.workshop_id)) == ["A notu", "X yazm hatası", "Y yeni not"]
    assert sorted(r.text for r in win.notes.feed.rows()) == [
        "A notu",
        "X yazm hatası",
        "Y yeni not",
    ]
    assert "Y yeni not" not in win.status_line.text()


def test_editing_keys_stay_with_the_field_while_it_holds_text(qtbot, store, room, open_screen):
    """Ctrl+Backspace deletes a word while typing; only from an empty field is it the
    screen's "delete the last note"; Ctrl+Left likewise moves the cursor, not the agenda."""
    win = open_screen()
    press(qtbot, Qt.Key_Right)  # on to the second item
    started = win.state.current_item.id
    note(qtbot, win, "Kaydedilmiş not")
    type_text(win.notes.note_field, "yarım kalan cümle")
    press(qtbot, Qt.Key_Backspace)
    # The field's editing key (deletes a word where the platform binds it so).
    assert win.notes.note_field.text().startswith("yarım kalan")
    press(qtbot, Qt.Key_Left)
    assert win.state.current_item.id == started
    assert _texts(store, room.workshop_id) == ["Kaydedilmiş not"]
    win.notes.note_field.setText("")
    press(qtbot, Qt.Key_Backspace)
    assert _texts(store, room.workshop_id) == []
    assert "Kaydedilmiş not" in win.status_line.text()


def test_ctrl_p_while_editing_gives_the_note_to_another_person(
    qtbot, store, clock, room, open_screen
):
    someone = room.attendees[0]
    live.set_present(store, someone.id, True, clock.now)
    win = open_screen()
    note(qtbot, win, "Kimin olduğu sonra anlaşıldı")
    press(qtbot, Qt.Key_Up, Qt.NoModifier)
    press(qtbot, Qt.Key_P)
    type_text(win.notes.attribute.field, someone.full_name)
    enter(qtbot)
    assert QApplication.focusWidget() is win.notes.note_field
    enter(qtbot)
    last = live.last_note(store, room.workshop_id)
    assert (last.text, last.speaker_id) == ("Kimin olduğu sonra anlaşıldı", someone.person_id)
    assert "nobody in particular" in win.notes.who_label.text()  # the next note is anyone's
    press(qtbot, Qt.Key_Z)
    assert live.last_note(store, room.workshop_id).speaker_id is None


def test_note_keys_act_on_the_shown_item_only(qtbot, store, room, open_screen):
    win = open_screen()
    note(qtbot, win, "Birinci maddenin notu")
    press(qtbot, Qt.Key_Right)  # the second item: its feed is empty
    press(qtbot, Qt.Key_Backspace)
    press(qtbot, Qt.Key_K)
    assert win.notes.feed.rows() == []
    last = live.last_note(store, room.workshop_id)
    assert (last.text, last.kind) == ("Birinci maddenin notu", NoteKind.POINT)
    assert "no note" in win.status_line.text()


def test_markup_in_user_text_is_shown_as_typed_on_the_screen_and_the_projector(
    qtbot, store, clock, room, open_screen
):
    title = "<i>Bütçe</i> ve <Taslak> & öneriler"
    agenda.update_item(store, room.items[0], title=title)
    person = directory.create_person(store, "<u>Ali</u>", "Şen & Co")
    attendees.add_attendee(store, room.workshop_id, person.id)
    win = open_screen()  # the first item starts
    press(qtbot, Qt.Key_F5, Qt.NoModifier)
    shown = [
        label
        for window in (win, win.projector)
        for label in window.findChildren(QLabel)
        if "<i>Bütçe</i>" in label.text()
    ]
    assert len(shown) >= 2  # the current item on both screens
    # Rich text would show "Bütçe" in italics and swallow "<Taslak>".
    assert all(label.textFormat() == Qt.PlainText for label in shown)
    tooltip = win.agenda.model.index(0, 1).data(Qt.ToolTipRole)
    assert "&lt;Taslak&gt;" in tooltip and "<Taslak>" not in tooltip


def test_turn_limit_and_first_timers_first_by_keyboard(qtbot, store, clock, room, open_screen):
    first, second, third = room.attendees[:3]
    for row in (first, second, third):
        live.set_present(store, row.id, True, clock.now)
    win = open_screen()
    shift = Qt.ControlModifier | Qt.ShiftModifier
    press(qtbot, Qt.Key_L, shift)
    assert win.speakers.limit.value() == 60
    assert "01:00" in win.status_line.text()
    # The first speaker has had a turn; then the second and the first ask again.
    queue_up(qtbot, win, first.full_name)
    press(qtbot, Qt.Key_N)
    assert win.state.current_turn.limit_seconds == 60
    clock.advance(seconds=61)
    win.tick()
    assert win.speakers.turn_warning.text()  # over the limit: the warning shows
    press(qtbot, Qt.Key_E)
    queue_up(qtbot, win, first.full_name)
    queue_up(qtbot, win, second.full_name)
    assert [t.person_id for t in win.state.queue] == [first.person_id, second.person_id]
    press(qtbot, Qt.Key_F, shift)
    assert win.speakers.first_timers.isChecked()
    assert [t.person_id for t in win.state.queue] == [second.person_id, first.person_id]
    for _ in range(4):  # 2, 3, 5 minutes, then no limit again
        press(qtbot, Qt.Key_L, shift)
    assert win.speakers.limit.value() == 0


def test_an_attendee_added_in_the_main_window_can_be_checked_in_at_once(
    qtbot, store, bus, room, open_screen
):
    from facilitator.ui.kit.changes import WORKSHOP

    win = open_screen()
    person = directory.create_person(store, "Şükrü", "Öztürk")
    attendees.add_attendee(store, room.workshop_id, person.id)
    bus.announce(WORKSHOP, room.workshop_id)  # as the attendees tab does after adding
    check_in(qtbot, win, "şükrü öztürk")
    assert person.id in [r.person_id for r in win.checkin.present_rows()]
    assert "1 present" in win.checkin.counts.text()


def test_ctrl_z_never_deletes_a_commitment_changed_since_elsewhere(qtbot, store, room, open_screen):
    """A commitment made with Ctrl+T and then completed in the main window: Ctrl+Z on the
    live screen is refused in its status line and the main window's work is kept."""
    win = open_screen()
    someone = next(r for r in room.attendees if r.organization_id is not None)
    check_in(qtbot, win, someone.full_name)
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    note(qtbot, win, "İki gönüllü verilecek")
    press(qtbot, Qt.Key_T)
    type_text(win.commitment.field, someone.organization_name)
    enter(qtbot)
    (made,) = commitments.commitments_of_workshop(store, room.workshop_id)
    commitments.update_commitment(store, made.id, title="İki gönüllü, Mart ayında")
    press(qtbot, Qt.Key_Z)
    (kept,) = commitments.commitments_of_workshop(store, room.workshop_id)
    assert (kept.id, kept.title) == (made.id, "İki gönüllü, Mart ayında")
    assert "changed elsewhere" in win.status_line.text()
    assert not win.history.canUndo()


def test_ctrl_z_of_a_note_edit_never_overwrites_a_change_made_elsewhere(
    qtbot, store, room, open_screen
):
    """The note was corrected again in the main window after the live screen's edit: Ctrl+Z
    is refused in the status line, and the store and the feed keep the newer wording."""
    win = open_screen()
    note(qtbot, win, "Yazm hatası")
    press(qtbot, Qt.Key_Up, Qt.NoModifier)
    win.notes.note_field.setText("")
    type_text(win.notes.note_field, "Yazım hatası")
    enter(qtbot)
    edited = live.last_note(store, room.workshop_id)
    live.edit_note(store, edited.id, text="Yazım hatası (düzeltildi)")  # elsewhere
    press(qtbot, Qt.Key_Z)
    assert live.last_note(store, room.workshop_id).text == "Yazım hatası (düzeltildi)"
    assert [r.text for r in win.notes.feed.rows()] == ["Yazım hatası (düzeltildi)"]
    assert "changed elsewhere" in win.status_line.text()
    assert not win.history.canUndo()


def test_ctrl_z_of_parking_a_note_keeps_a_kind_chosen_elsewhere_since(
    qtbot, store, room, open_screen
):
    win = open_screen()
    note(qtbot, win, "Konu dışı ama önemli")
    press(qtbot, Qt.Key_K)
    parked = live.last_note(store, room.workshop_id)
    live.edit_note(store, parked.id, kind=NoteKind.ACTION)  # elsewhere: an action after all
    press(qtbot, Qt.Key_Z)
    assert live.last_note(store, room.workshop_id).kind is NoteKind.ACTION
    assert win.notes.feed.rows()[-1].kind is NoteKind.ACTION
    assert "changed elsewhere" in win.status_line.text()


def test_redoing_a_note_deletion_never_deletes_a_change_made_since_it_came_back(
    qtbot, store, room, open_screen
):
    win = open_screen()
    note(qtbot, win, "Silinecek not")
    press(qtbot, Qt.Key_Backspace)
    press(qtbot, Qt.Key_Z)  # back again
    back = live.last_note(store, room.workshop_id)
    live.edit_note(store, back.id, text="Silinmeyecek not")  # elsewhere
    press(qtbot, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo the deletion
    assert live.last_note(store, room.workshop_id).text == "Silinmeyecek not"
    assert [r.text for r in win.notes.feed.rows()] == ["Silinmeyecek not"]
    assert "changed elsewhere" in win.status_line.text()


def test_ctrl_w_closes_the_screen_and_the_session_stays_in_session(
    qtbot, store, clock, room, open_screen
):
    win = open_screen()
    note(qtbot, win, "Bir not")
    closed = []
    win.closed_in_session.connect(closed.append)
    assert "Ctrl+W" in win.close_button.text()
    assert "in session" in win.close_button.toolTip()
    press(qtbot, Qt.Key_W)
    assert not win.isVisible()
    assert closed == [room.workshop_id]
    with store.session() as s:
        assert s.get(Workshop, room.workshop_id).status is WorkshopStatus.IN_SESSION
    assert live.last_note(store, room.workshop_id).text == "Bir not"
    # Opened again, the session goes on where it was.
    again = open_screen()
    assert again.status_line.text() == "Session resumed where it was."


def test_the_close_button_closes_the_screen_its_own_way(qtbot, store, room, open_screen):
    win = open_screen()
    press(qtbot, Qt.Key_F5, Qt.NoModifier)
    projector = win.projector
    assert projector.isVisible()
    qtbot.mouseClick(win.close_button, Qt.LeftButton)
    assert not win.isVisible() and not projector.isVisible()
    with store.session() as s:
        assert s.get(Workshop, room.workshop_id).status is WorkshopStatus.IN_SESSION


def test_f1_shows_every_key_of_the_table_and_esc_hides_it(qtbot, room, open_screen):
    win = open_screen()
    assert not win.keys_panel.isVisible()
    press(qtbot, Qt.Key_F1, Qt.NoModifier)
    assert win.keys_panel.isVisible()
    # The proposal panel's keys and the ideas board's, listed after.
    panel_keys = win.proposal.key_rows() + win.board.key_rows()
    assert win.keys_panel.listed() == [(key.label, key.text) for key in win.keys] + panel_keys
    assert ("Ctrl+Delete", "round: cancel it while empty") in panel_keys
    assert ("O · A · W · D", "outcome: override · amend · withdraw · defer") in panel_keys
    assert "round:" not in win.key_hints.text()  # the hint line keeps to the screen's keys
    labels = {label for label, _text in win.keys_panel.listed()}
    # Every shortcut the screen has comes from the table, so it is listed.
    bound = {key.toString() for entry in win.keys for key, _action in entry.bindings}
    shortcuts = {s.key().toString() for s in win.findChildren(QShortcut)}
    assert shortcuts == bound
    assert {"Ctrl+W", "Ctrl+Q", "Ctrl+Shift+I", "Ctrl+Shift+M", "Esc", "F5"} <= labels
    listed = dict(win.keys_panel.listed())
    assert listed["Ctrl+Shift+I"] == "walk-in"
    assert listed["Ctrl+W"] == "close this screen (stays in session)"
    assert all(f"{key.label} {key.text}" in win.key_hints.text() for key in win.keys)
    assert QApplication.focusWidget() is win.notes.note_field
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    assert not win.keys_panel.isVisible()
    assert QApplication.focusWidget() is win.notes.note_field
    # The note field goes on taking notes; Esc is the fields' own again.
    type_text(win.notes.note_field, "Sonra")
    enter(qtbot)
    assert win.notes.note_field.text() == ""


def test_question_mark_shows_the_keys_only_outside_text_fields(qtbot, room, open_screen):
    win = open_screen()
    type_text(win.notes.note_field, "Neden?")
    assert win.notes.note_field.text() == "Neden?"
    assert not win.keys_panel.isVisible()
    win.notes.note_field.clear()
    win.keys_button.setFocusPolicy(Qt.StrongFocus)
    win.keys_button.setFocus()  # something that is not a text field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.keys_button)
    qtbot.keyClick(win.keys_button, "?")
    assert win.keys_panel.isVisible()
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    assert not win.keys_panel.isVisible()
