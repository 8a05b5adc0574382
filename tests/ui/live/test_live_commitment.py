"""Ctrl+T on the live screen: organization, contribution type and due date, all by keys."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from facilitator.models import ContributionType
from facilitator.services import commitments, workshops
from facilitator.ui.live.commitment_defaults import add_months, hinted_type, parse_due
from tests.ui.keys import type_text
from tests.ui.live.test_live_screen import check_in, enter, note, press


def _workshop_day(store, workshop_id: int) -> date:
    return workshops.get_workshop(store, workshop_id).planned_start.astimezone().date()


def _ready(qtbot, win, room, text: str):
    """Someone with an organization is present and ``text`` is the last note; Ctrl+T."""
    someone = next(r for r in room.attendees if r.organization_id is not None)
    check_in(qtbot, win, someone.full_name)
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    note(qtbot, win, text)
    press(qtbot, Qt.Key_T)
    assert win.commitment.isVisible()
    assert QApplication.focusWidget() is win.commitment.field
    return someone


def test_type_and_due_date_chosen_by_keys_are_stored(qtbot, store, room, open_screen):
    win = open_screen()
    someone = _ready(qtbot, win, room, "Toplantı notu: ortak çalışma")
    type_text(win.commitment.field, someone.organization_name)
    press(qtbot, Qt.Key_Tab, Qt.NoModifier)
    assert QApplication.focusWidget() is win.commitment.kind
    press(qtbot, Qt.Key_3, Qt.NoModifier)  # the third type: expertise
    assert win.commitment.kind.currentText() == "Expertise"
    press(qtbot, Qt.Key_Tab, Qt.NoModifier)
    assert QApplication.focusWidget() is win.commitment.due
    assert win.commitment.due_reason.text()  # the default named
    type_text(win.commitment.due, "30.06.2027")  # Tab selected the default: typed over
    assert win.commitment.due_reason.text() == ""  # no longer the default: no reason
    enter(qtbot)
    (made,) = commitments.commitments_of_workshop(store, room.workshop_id)
    assert made.organization_id == someone.organization_id
    assert made.contribution_type is ContributionType.EXPERTISE
    assert made.due_date == date(2027, 6, 30)
    assert not win.commitment.isVisible()
    assert QApplication.focusWidget() is win.notes.note_field
    assert "Commitment recorded" in win.status_line.text()


def test_shift_tab_goes_back_and_letters_choose_the_type(qtbot, store, room, open_screen):
    win = open_screen()
    someone = _ready(qtbot, win, room, "Ortak çalışma")
    type_text(win.commitment.field, someone.organization_name)
    press(qtbot, Qt.Key_Backtab, Qt.ShiftModifier)  # backwards from the first: the date
    assert QApplication.focusWidget() is win.commitment.due
    type_text(win.commitment.due, "3 months")
    press(qtbot, Qt.Key_Backtab, Qt.ShiftModifier)
    assert QApplication.focusWidget() is win.commitment.kind
    type_text(win.commitment.kind, "H")  # the combo's own type-ahead: Hosting
    assert win.commitment.chosen_type is ContributionType.HOSTING
    enter(qtbot)
    (made,) = commitments.commitments_of_workshop(store, room.workshop_id)
    assert made.contribution_type is ContributionType.HOSTING
    assert made.due_date == add_months(_workshop_day(store, room.workshop_id), 3)


def test_enter_with_the_defaults_stores_them(qtbot, store, room, open_screen):
    """No hint in the note, no commitment yet at this workshop, the last workshop of its
    series: the first type that is not "other" and three months after the workshop."""
    for row in commitments.commitments_of_workshop(store, room.workshop_id):
        commitments.delete_commitment(store, row.id)
    win = open_screen()
    someone = _ready(qtbot, win, room, "Ortak çalışma yapılacak")
    assert win.commitment.due_reason.text() == "3 months after this workshop"
    type_text(win.commitment.field, someone.organization_name)
    enter(qtbot)
    (made,) = commitments.commitments_of_workshop(store, room.workshop_id)
    assert made.contribution_type is ContributionType.FINANCIAL
    day = _workshop_day(store, room.workshop_id)
    assert made.due_date == add_months(day, 3)
    assert made.due_date.month == (day.month + 2) % 12 + 1


def test_the_defaults_follow_the_workshop_and_the_series(qtbot, store, room, open_screen):
    """The type most used at this workshop (not "other"), and the series' next workshop."""
    this = workshops.get_workshop(store, room.workshop_id)
    start = this.planned_start + timedelta(days=40)
    following = workshops.create_workshop(
        store, "Sonraki buluşma", start, start + timedelta(hours=3), series_id=this.series_id
    )
    existing = commitments.commitments_of_workshop(store, room.workshop_id)
    for row in existing:
        commitments.delete_commitment(store, row.id)
    org = next(r for r in room.attendees if r.organization_id is not None).organization_id
    for kind in (ContributionType.OTHER,) * 3 + (ContributionType.MORAL,) * 2:
        commitments.create_commitment(
            store, "Eski söz", org, workshop_id=room.workshop_id, contribution_type=kind
        )
    win = open_screen()
    someone = _ready(qtbot, win, room, "Ortak çalışma")
    assert win.commitment.due_reason.text() == f"next workshop (No. {following.number})"
    type_text(win.commitment.field, someone.organization_name)
    enter(qtbot)
    made = max(commitments.commitments_of_workshop(store, room.workshop_id), key=lambda r: r.id)
    assert made.contribution_type is ContributionType.MORAL
    assert made.due_date == start.astimezone().date()


def test_a_clear_hint_in_the_note_gives_the_type(qtbot, store, room, open_screen):
    win = open_screen()
    someone = _ready(qtbot, win, room, "Derneğimiz iki gönüllü verir")
    assert win.commitment.chosen_type is ContributionType.VOLUNTEERING
    type_text(win.commitment.field, someone.organization_name)
    enter(qtbot)
    made = max(commitments.commitments_of_workshop(store, room.workshop_id), key=lambda r: r.id)
    assert made.contribution_type is ContributionType.VOLUNTEERING


def test_esc_from_any_field_cancels_and_nothing_is_stored(qtbot, store, room, open_screen):
    before = commitments.commitments_of_workshop(store, room.workshop_id)
    win = open_screen()
    someone = _ready(qtbot, win, room, "Ortak çalışma")
    type_text(win.commitment.field, someone.organization_name)
    press(qtbot, Qt.Key_Tab, Qt.NoModifier)
    press(qtbot, Qt.Key_Tab, Qt.NoModifier)
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    assert not win.commitment.isVisible()
    assert QApplication.focusWidget() is win.notes.note_field
    assert commitments.commitments_of_workshop(store, room.workshop_id) == before
    assert not QApplication.activeModalWidget()
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_wrong_date_is_said_in_the_status_line_and_nothing_is_stored(
    qtbot, store, room, open_screen
):
    before = commitments.commitments_of_workshop(store, room.workshop_id)
    win = open_screen()
    someone = _ready(qtbot, win, room, "Ortak çalışma")
    type_text(win.commitment.field, someone.organization_name)
    press(qtbot, Qt.Key_Backtab, Qt.ShiftModifier)
    type_text(win.commitment.due, "31.02.2027")
    enter(qtbot)
    assert commitments.commitments_of_workshop(store, room.workshop_id) == before
    assert "“31.02.2027” is not a date" in win.status_line.text()
    assert QApplication.focusWidget() is win.commitment.due
    assert not QApplication.activeModalWidget()


def test_undo_removes_the_commitment_made_with_type_and_date(qtbot, store, room, open_screen):
    before = commitments.commitments_of_workshop(store, room.workshop_id)
    win = open_screen()
    someone = _ready(qtbot, win, room, "Ortak çalışma")
    type_text(win.commitment.field, someone.organization_name)
    press(qtbot, Qt.Key_Tab, Qt.NoModifier)
    press(qtbot, Qt.Key_7, Qt.NoModifier)
    enter(qtbot)
    made = commitments.commitments_of_workshop(store, room.workshop_id)
    assert Counter(r.contribution_type for r in made) - Counter(
        r.contribution_type for r in before
    ) == Counter({ContributionType.COMMUNICATION: 1})
    press(qtbot, Qt.Key_Z)
    assert commitments.commitments_of_workshop(store, room.workshop_id) == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("30.06.2027", date(2027, 6, 30)),
        ("1/7/2027", date(2027, 7, 1)),
        ("3 ay", date(2027, 4, 30)),
        ("1 month", date(2027, 2, 28)),
        ("2 hafta", date(2027, 2, 14)),
    ],
)
def test_parse_due(text, expected):
    assert parse_due(text, date(2027, 1, 31)) == expected


def test_parse_due_refuses_what_is_not_a_date():
    for text in ("yarın", "31.02.2027", "3"):
        with pytest.raises(ValueError):
            parse_due(text, date(2027, 1, 31))


def test_only_a_clear_hint_names_a_type():
    assert hinted_type("5.000 ₺ bütçe ayrılacak") is ContributionType.FINANCIAL
    assert hinted_type("GÖNÜLLÜ desteği") is ContributionType.VOLUNTEERING
    assert hinted_type("Bir sonraki toplantıya ev sahipliği") is ContributionType.HOSTING
    assert hinted_type("Konuyu araştıracağız") is None


def test_the_panel_fits_a_1366_by_768_screen(qtbot, store, room, open_screen):
    win = open_screen()
    win.resize(1366, 768)
    someone = _ready(qtbot, win, room, "Derneğimiz iki gönüllü verir; salon bizden")
    type_text(win.commitment.field, someone.organization_name[:3])  # the matches show
    qtbot.waitUntil(lambda: win.commitment.search.list.isVisible())
    QApplication.processEvents()
    win.grab().save("/tmp/ctrlt.png")
    panel = win.commitment
    for part in (panel.field, panel.kind, panel.due, panel.due_reason, panel.search.list):
        top_left = part.mapTo(win, part.rect().topLeft())
        bottom_right = part.mapTo(win, part.rect().bottomRight())
        assert win.rect().contains(top_left) and win.rect().contains(bottom_right), part
        assert part.width() >= part.minimumSizeHint().width(), part
    assert panel.due_reason.text() == "3 months after this workshop"
    assert panel.due_reason.width() >= panel.due_reason.sizeHint().width()
    assert win.notes.height() > 200  # the notes keep room above the panel


def test_an_organization_nobody_here_represents_is_explained(qtbot, store, room, open_screen):
    win = open_screen()
    _ready(qtbot, win, room, "Toplantı notu: ortak çalışma")
    type_text(win.commitment.field, "Xyzq Vakfı")
    assert win.commitment.search.empty.isVisible()
    said = win.commitment.search.empty.text()
    assert "Xyzq Vakfı" in said and "Ctrl+Shift+I" in said
    enter(qtbot)  # nothing to record: nothing recorded, the panel stays to correct
    assert commitments.commitments_of_workshop(store, room.workshop_id) == []
    assert win.commitment.isVisible()
