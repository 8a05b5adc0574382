"""One live screen per workshop across the Facilitators sharing a database server: Ctrl+L in
the main window is refused while another organizer has the workshop's live screen open,
offers to take over one left open by a crash, and the screen tells its moderator when
another organizer took it over. Another client is played by the lease service itself.

These run against the test server (FACILITATOR_TEST_BACKEND=postgresql); a database file,
which one Facilitator at a time writes to, takes no lease (the last test, in the SQLite run).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut

from facilitator.services import workshops
from facilitator.services.live import lease
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.live import LiveWindow
from tests.conftest import ISTANBUL
from tests.ui.conftest import NOW, start_window
from tests.ui.live.test_live_wiring import focus

OTHER, OTHER_LABEL = "ayses-facilitator", "ayşe @ LAPTOP-3"
SHIFT = Qt.ControlModifier | Qt.ShiftModifier


@pytest.fixture
def main(qtbot, postgres_url, demo, facilitator_app):
    """The main window on the demo on the test server, showing its 6th workshop (its times
    in Istanbul's zone: the tests' NOW, 12:00 UTC, is 15:00 there)."""
    win = start_window(qtbot, facilitator_app)
    win.open_workshop(demo.workshop(6))
    return win


def ctrl_l(qtbot, main):
    qtbot.keyClick(main, Qt.Key_L, Qt.ControlModifier)
    win = main.live_window
    if win is not None:
        qtbot.addWidget(win)
        qtbot.waitExposed(win)
    return win


def test_a_workshop_whose_live_screen_is_open_on_another_computer_does_not_open_here(
    qtbot, demo, main, answers
):
    lease.take(demo.store, demo.workshop(6), OTHER, OTHER_LABEL, NOW - timedelta(seconds=80))
    assert ctrl_l(qtbot, main) is None
    assert answers.errors == [  # the app speaks Turkish
        "ayşe @ LAPTOP-3, bu çalıştayın canlı ekranını 14:58 saatinden beri açık tutuyor."
    ]
    assert answers.questions == []  # nothing to take over: it is in use
    assert lease.current(demo.store, demo.workshop(6)).holder == OTHER


def test_a_live_screen_open_as_this_user_on_this_computer_says_when_it_can_be_taken_over(
    qtbot, demo, main, answers
):
    """Another Facilitator of this user on this computer, most likely this one before a
    crash: the refusal says when the lease can be taken over."""
    lease.take(demo.store, demo.workshop(6), OTHER, lease.this_label(), NOW - timedelta(seconds=30))
    assert ctrl_l(qtbot, main) is None
    assert answers.errors == [
        f"{lease.this_label()}, bu çalıştayın canlı ekranını 14:59 saatinden beri açık "
        "tutuyor. Bu bilgisayardaki Facilitator beklenmedik biçimde kapandıysa bir buçuk "
        "dakika sonra yeniden deneyin: ekran o zaman devralınabilir."
    ]


def test_a_live_screen_left_open_by_a_crash_is_taken_over_when_the_user_says_yes(
    qtbot, demo, main, answers
):
    lease.take(demo.store, demo.workshop(6), OTHER, OTHER_LABEL, NOW - timedelta(minutes=10))
    answers.yes_no = [True]
    win = ctrl_l(qtbot, main)
    assert answers.questions == [
        "Bu çalıştayın ayşe @ LAPTOP-3 tarafından 14:50 saatinde açılan canlı ekranı 14:50 "
        "saatinden beri terk edilmiş görünüyor.\n\nDevralıp canlı ekranı burada açmak ister "
        "misiniz?"
    ]
    assert answers.errors == []
    assert win is not None and win.isVisible()
    held = lease.current(demo.store, demo.workshop(6))
    assert (held.holder, held.label, held.started_at) == (
        lease.this_holder(),
        lease.this_label(),
        NOW,
    )


def test_declining_to_take_over_opens_nothing_and_leaves_the_lease_alone(
    qtbot, demo, main, answers
):
    lease.take(demo.store, demo.workshop(6), OTHER, OTHER_LABEL, NOW - timedelta(minutes=10))
    answers.yes_no = [False]
    assert ctrl_l(qtbot, main) is None
    assert len(answers.questions) == 1 and answers.errors == []  # no second message
    assert lease.current(demo.store, demo.workshop(6)).holder == OTHER


def test_the_open_screen_holds_the_lease_renews_it_and_gives_it_back_on_closing(
    qtbot, demo, main, answers
):
    win = ctrl_l(qtbot, main)
    held = lease.current(demo.store, demo.workshop(6))
    assert (held.holder, held.label) == (lease.this_holder(), lease.this_label())
    assert win.lease.timer.isActive()
    assert win.lease.timer.interval() == 30_000
    # Another organizer trying meanwhile is told who has it.
    with pytest.raises(lease.LeaseHeldError, match="canlı ekranını 15:00 saatinden beri açık"):
        lease.take(demo.store, demo.workshop(6), OTHER, OTHER_LABEL, NOW + timedelta(minutes=1))

    focus(qtbot, win)
    qtbot.keyClick(win, Qt.Key_W, Qt.ControlModifier)  # closes the live screen
    assert not win.isVisible()
    assert lease.current(demo.store, demo.workshop(6)) is None
    later = NOW + timedelta(minutes=6)
    assert lease.take(demo.store, demo.workshop(6), OTHER, OTHER_LABEL, later).holder == OTHER


def test_a_screen_whose_lease_was_taken_over_says_so_and_stops_renewing(qtbot, demo, main, answers):
    """The computer froze for minutes; meanwhile another organizer took the live screen
    over. At its next renewal this screen says so plainly, at its top."""
    win = ctrl_l(qtbot, main)
    win.lease.renew()
    assert not win.lease.notice.isVisible()
    lease.take(
        demo.store, demo.workshop(6), OTHER, OTHER_LABEL, NOW + timedelta(minutes=3), take_over=True
    )
    win.lease.renew()
    said = (
        "ayşe @ LAPTOP-3, bu çalıştayın canlı ekranını 15:03 saatinde devraldı; canlı ekran "
        "artık bu bilgisayarda değil. Bu ekranı kapatın ve oturumu ona bırakın."
    )
    assert win.lease.notice.isVisible() and win.lease.notice.text() == said
    assert win.status_line.text() == said
    assert not win.lease.timer.isActive()
    # It writes nothing more to the session now run elsewhere: no key, no panel.
    assert not win.notes.isEnabled() and not win.speakers.isEnabled()
    assert not any(s.isEnabled() for s in win.findChildren(QShortcut))
    assert win.lease.notice.isEnabled() and not win.room.running
    win.lease.renew()  # nothing more: it no longer renews
    win.close()
    held = lease.current(demo.store, demo.workshop(6))
    assert (held.holder, held.renewed_at) == (OTHER, NOW + timedelta(minutes=3))
    assert answers.errors == []


def test_a_rehearsal_takes_no_lease_and_is_not_refused_by_one(qtbot, demo, main, answers):
    """A rehearsal runs on this Facilitator's own copy: another organizer's live screen of
    the same workshop (whose lease a copy of a database file carries) does not stop it."""
    lease.take(demo.store, demo.workshop(6), OTHER, OTHER_LABEL, NOW - timedelta(minutes=1))
    qtbot.keyClick(main, Qt.Key_R, SHIFT)
    win = main.live_window
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    assert win.rehearsal and answers.errors == [] and answers.questions == []
    assert not win.lease.timer.isActive()
    win.close()
    assert lease.current(demo.store, demo.workshop(6)).holder == OTHER


def test_on_a_database_file_the_live_screen_takes_no_lease(qtbot, file_store):
    """A database file is written by one Facilitator at a time (its lock file): its live
    screen takes no lease, so opening it writes nothing, and a lease the file carries (one
    copied from elsewhere) stops nothing."""
    start = datetime(2026, 11, 22, 10, 0, tzinfo=ISTANBUL)
    made = workshops.create_workshop(
        file_store, "Gönüllülük kültürü", start, start + timedelta(hours=3)
    )
    lease.take(file_store, made.id, OTHER, OTHER_LABEL, NOW)
    writes = file_store.write_count
    win = LiveWindow(file_store, ChangeBus(), now=lambda: NOW)
    qtbot.addWidget(win)
    assert win.open_workshop(made.id)
    assert not win.lease.timer.isActive()
    win.close()
    assert file_store.write_count == writes
    assert lease.current(file_store, made.id).holder == OTHER
