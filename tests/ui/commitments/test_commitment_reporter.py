"""Reviewing a carried-over commitment in the Commitments tab names who reported on it:
its responsible person unless another attendee is chosen; undo takes the review back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from facilitator.models import CommitmentStatus
from facilitator.services import commitment_reviews, commitments
from facilitator.ui.commitments.commitments_tab import CommitmentsTab
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.undo import EditHistory


@pytest.fixture
def history():
    errors = []
    stack = EditHistory(errors.append)
    stack.errors = errors
    return stack


@pytest.fixture
def tab(qtbot, store, history, demo):
    widget = CommitmentsTab(store, ChangeBus(), history, today=lambda: date(2027, 1, 16))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_workshop(demo.workshop(6))
    return widget


def select_carried(tab, title: str):
    for n in range(tab.carried.rowCount()):
        if tab.carried.row_at(n).title == title:
            tab.carried_view.selectRow(n)
            return tab.carried.row_at(n)
    raise AssertionError(f"{title!r} is not carried over")


def offered(tab) -> list[str]:
    return [tab.reporter.itemText(n) for n in range(tab.reporter.count())]


def test_the_responsible_person_is_offered_as_who_reported_and_recorded(
    qtbot, store, tab, history, demo
):
    assert not tab.reporter.isEnabled()  # nothing selected yet
    row = select_carried(tab, "Çalışan gönüllüleri ilk projeye yönlendirmek")
    assert tab.reporter.isEnabled()
    assert tab.reporter.currentText() == "Mert Ağca"
    # The workshop's attendees can be chosen instead, or nobody.
    assert offered(tab)[0] == "Nobody named"
    assert {"Prof. Dr. Rüya Küçükosmanoğlu", "Kemal Yıldırım"} <= set(offered(tab))
    qtbot.mouseClick(tab.done_button, Qt.LeftButton)
    [review] = commitment_reviews.reviews_at(store, demo.workshop(6))
    assert (review.title, review.reviewed_by_name) == (row.title, "Mert Ağca")
    assert (review.status_before, review.status_after) == (
        CommitmentStatus.IN_PROGRESS,
        CommitmentStatus.DONE,
    )
    history.undo()
    assert commitment_reviews.reviews_at(store, demo.workshop(6)) == []
    assert commitments.get_commitment(store, row.id).status is CommitmentStatus.IN_PROGRESS
    history.redo()
    assert commitment_reviews.reviews_at(store, demo.workshop(6)) == [review]


def test_another_attendee_or_nobody_can_be_named_and_the_choice_survives_a_reload(
    qtbot, store, tab, demo
):
    # Not at the 6th workshop, yet offered: the commitment names him.
    select_carried(tab, "Platformun ilk yıl giderlerine katkı")
    assert tab.reporter.currentText() == "Tolga Özkan"
    qtbot.keyClicks(tab.reporter, "Kemal")  # typed in the list, as a user picks
    tab.reload()  # a change elsewhere: the choice for this commitment stays
    assert tab.reporter.currentText() == "Kemal Yıldırım"
    qtbot.mouseClick(tab.reviewed_button, Qt.LeftButton)

    select_carried(tab, "Gıda bankası için ayni destek")
    assert tab.reporter.currentText() == "Şule Bozkurt"
    qtbot.keyClick(tab.reporter, Qt.Key_Home)
    assert tab.reporter.currentText() == "Nobody named"
    qtbot.mouseClick(tab.dropped_button, Qt.LeftButton)

    reported = {
        r.title: r.reviewed_by_name for r in commitment_reviews.reviews_at(store, demo.workshop(6))
    }
    assert reported == {
        "Platformun ilk yıl giderlerine katkı": "Kemal Yıldırım",
        "Gıda bankası için ayni destek": "",
    }
