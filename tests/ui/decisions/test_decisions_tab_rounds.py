"""The Decisions tab never loses a round by mistake: counts typed but not saved survive
"Close the round", withdrawing mid-round can be undone with the round's positions,
Enter with positions missing asks once more, an empty round can be cancelled; routine
grid messages are not shown as errors; method and voice stay fixed while a round runs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from facilitator.models import Attendance, DecisionMethod, Outcome, Voice
from facilitator.services import attendees, directory, proposals
from tests.ui.decisions.test_decisions_tab import _choose, _keys, _new_proposal, room, tab  # noqa: F401


def _open(qtbot, tab, text):  # noqa: F811
    _new_proposal(qtbot, tab, text)
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)


def test_close_button_keeps_counts_typed_but_not_saved(qtbot, tab, store, room):  # noqa: F811
    _new_proposal(qtbot, tab, "Kartlarla oylama")
    _choose(tab.method, DecisionMethod.COUNTS)
    _choose(tab.voice, Voice.COUNTS)
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    tab.rounds_box.grid.counts.spins["green"].setValue(12)
    tab.rounds_box.grid.counts.spins["yellow"].setValue(3)
    qtbot.mouseClick(tab.rounds_box.close_button, Qt.LeftButton)
    (p,) = proposals.list_proposals(store, room.id)
    assert dict(p.rounds[-1].tally) == {"green": 12, "yellow": 3, "red": 0}
    assert "Agreed with reservations" in tab.outcome_box.proposed.text()
    assert "Round 1 closed" in tab.rounds_box.round_status.text()


def test_withdrawing_mid_round_then_undo_brings_the_round_back(qtbot, tab, store, room):  # noqa: F811
    _open(qtbot, tab, "Yarıda geri çekilen")
    tab.rounds_box.grid.view.setFocus()
    _keys(qtbot, tab, "111")
    qtbot.mouseClick(tab.outcome_box.withdraw_button, Qt.LeftButton)
    (p,) = proposals.list_proposals(store, room.id)
    assert p.outcome is Outcome.WITHDRAWN and len(p.rounds) == 1
    assert not tab.rounds_box.open_round_widget.isVisible()
    summaries = [w.text() for w in tab.rounds_box.findChildren(QLabel) if w.isVisible()]
    assert any("3 positions · cut short: nothing proposed" in t for t in summaries)
    tab.history_for_test.undo()
    (p,) = proposals.list_proposals(store, room.id)
    assert p.outcome is None and p.open_round is not None
    assert tab.rounds_box.open_round_widget.isVisible()
    assert tab.rounds_box.grid.progress.text() == "3 of 12 recorded"


def test_undoing_reopen_after_opening_an_empty_round(qtbot, tab, store, room):  # noqa: F811
    _open(qtbot, tab, "Yeniden açılan")
    tab.rounds_box.grid.view.setFocus()
    _keys(qtbot, tab, "111111111111")
    qtbot.keyClick(tab.rounds_box.grid.view, Qt.Key_Return)
    qtbot.mouseClick(tab.outcome_box.confirm_button, Qt.LeftButton)
    qtbot.mouseClick(tab.outcome_box.reopen_button, Qt.LeftButton)
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    tab.history_for_test.undo()  # takes back "Reopen": the empty round goes with it
    (p,) = proposals.list_proposals(store, room.id)
    assert p.outcome is Outcome.AGREED and p.open_round is None
    assert tab.outcome_box.outcome_now.text() == "Decision 5/1: Agreed"
    assert not tab.rounds_box.open_round_widget.isVisible()


def test_grid_keystrokes_go_to_a_plain_status_line_not_the_error(qtbot, tab, room):  # noqa: F811
    _open(qtbot, tab, "Durum satırı")
    tab.rounds_box.grid.view.setFocus()
    _keys(qtbot, tab, "2")
    assert tab.rounds_box.round_status.isVisible()
    assert tab.rounds_box.round_status.text() == "Ayşe Çelik: 2 Agreement with a minor point"
    assert not tab.error.isVisible()


def test_enter_with_positions_missing_asks_again_and_says_how_many(qtbot, tab, store, room):  # noqa: F811
    _open(qtbot, tab, "Eksik katılım")
    tab.rounds_box.grid.view.setFocus()
    _keys(qtbot, tab, "11111")
    qtbot.keyClick(tab.rounds_box.grid.view, Qt.Key_Return)
    (p,) = proposals.list_proposals(store, room.id)
    assert p.open_round is not None
    assert tab.rounds_box.round_status.text() == (
        "7 of 12 gave no position: press Enter again to close the round."
    )
    qtbot.keyClick(tab.rounds_box.grid.view, Qt.Key_Return)
    (p,) = proposals.list_proposals(store, room.id)
    assert p.open_round is None
    assert "(7 of 12 gave no position)" in tab.rounds_box.round_status.text()


def test_an_empty_round_is_cancelled_a_used_one_is_not(qtbot, tab, store, room):  # noqa: F811
    _open(qtbot, tab, "Yanlışlıkla açılan tur")
    assert tab.rounds_box.cancel_round_button.isVisible()
    qtbot.mouseClick(tab.rounds_box.cancel_round_button, Qt.LeftButton)
    (p,) = proposals.list_proposals(store, room.id)
    assert p.rounds == ()
    assert (
        tab.rounds_box.open_button.isVisible() and not tab.rounds_box.open_round_widget.isVisible()
    )
    assert tab.rounds_box.round_status.text() == "Round 1 cancelled."
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    tab.rounds_box.grid.view.setFocus()
    _keys(qtbot, tab, "1")
    assert not tab.rounds_box.cancel_round_button.isVisible()


def test_second_round_shows_no_stale_proposal_and_method_is_fixed(qtbot, tab, store, room):  # noqa: F811
    _open(qtbot, tab, "İkinci tur")
    assert not tab.method.isEnabled() and not tab.voice.isEnabled()
    tab.rounds_box.grid.view.setFocus()
    _keys(qtbot, tab, "888888888888")
    qtbot.keyClick(tab.rounds_box.grid.view, Qt.Key_Return)
    assert "The rule proposes: Not agreed" in tab.outcome_box.proposed.text()
    assert tab.method.isEnabled()
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)  # round 2 on the same wording
    assert not tab.outcome_box.proposed.isVisible()
    assert "Not agreed" not in tab.outcome_box.proposed.text()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_no_review_date_button_and_calendar_opens_today(qtbot, tab, store, room):  # noqa: F811
    from PySide6.QtCore import QDate

    _new_proposal(qtbot, tab, "Gözden geçirilecek")
    assert not tab.clear_review.isEnabled()
    tab.review.setDate(QDate(2027, 3, 1))
    tab.review.editingFinished.emit()
    (p,) = proposals.list_proposals(store, room.id)
    assert p.review_date == date(2027, 3, 1)
    assert tab.clear_review.isEnabled()
    qtbot.mouseClick(tab.clear_review, Qt.LeftButton)
    (p,) = proposals.list_proposals(store, room.id)
    assert p.review_date is None
    assert tab.review.text() == "no review date"
    calendar = tab.review.calendarWidget()
    tab.review.setFocus()
    arrow = QPoint(tab.review.width() - 6, tab.review.height() // 2)
    qtbot.mouseClick(tab.review, Qt.LeftButton, pos=arrow)  # the arrow opens the calendar
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    qtbot.keyClick(calendar, Qt.Key_Escape)


def test_gradients_keys_line_has_a_legend(qtbot, tab, room):  # noqa: F811
    _open(qtbot, tab, "Anahtar satırı")
    text = tab.rounds_box.grid.keys.text()
    assert "1 Wholehearted endorsement" in text and "8 Veto" in text
    assert "4 Abstain" in tab.rounds_box.grid.keys.toolTip()


def test_institution_voice_with_nobody_representing_one(qtbot, store, make_series, make_workshop):
    from facilitator.ui.decisions.decisions_tab import DecisionsTab
    from facilitator.ui.kit.changes import ChangeBus
    from facilitator.ui.kit.undo import EditHistory

    w = make_workshop(series_id=make_series().id)
    person = directory.create_person(store, "Kerem", "Aksoy")
    attendees.add_attendee(store, w.id, person.id, attendance=Attendance.PRESENT)
    p = proposals.create_proposal(store, w.id, "Kurumsal", "metin", voice=Voice.ORGANIZATION)
    proposals.open_round(store, p.id, now=proposals.datetime.now(proposals.UTC))
    widget = DecisionsTab(store, ChangeBus(), EditHistory(lambda m: None))
    qtbot.addWidget(widget)
    widget.show_workshop(w.id)
    assert "No attendee represents an institution" in widget.rounds_box.grid.keys.text()


def test_a_refused_method_change_does_not_stay_on_screen(qtbot, tab, store, room):  # noqa: F811
    _new_proposal(qtbot, tab, "Yöntem değişimi")
    proposals.open_round(store, tab.current.id, now=proposals.datetime.now(proposals.UTC))
    # The round was opened elsewhere (the live screen) and this tab has not read it yet.
    _choose(tab.method, DecisionMethod.CONSENT)
    (p,) = proposals.list_proposals(store, room.id)
    assert p.method is DecisionMethod.GRADIENTS
    assert tab.method.currentData() == DecisionMethod.GRADIENTS
    assert "close it first" in tab.error.text()
