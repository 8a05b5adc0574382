"""The live screen's proposal panel, keyboard only: Ctrl+D makes a proposal from the last
note, the round and the outcome are recorded in the panel, agreed decisions reach the projector."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from facilitator.models import Attendance, DecisionMethod, Outcome, Voice
from facilitator.services import agenda, attendees, directory, proposals
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.live import LiveWindow
from facilitator.ui.live.proposal_panel import STEP_METHOD, STEP_OUTCOME, STEP_ROUND
from tests.conftest import ISTANBUL
from tests.ui.keys import type_text

START = datetime(2026, 5, 9, 10, 0, tzinfo=ISTANBUL)
PEOPLE = [
    ("Ayşe", "Çelik"), ("Barış", "Öztürk"), ("Cem", "Işık"), ("Çağla", "Şen"),
    ("Deniz", "Ünal"), ("Ebru", "Güneş"), ("Fırat", "Doğan"), ("Gülşen", "İnce"),
    ("Hakan", "Yıldız"), ("Irmak", "Aydın"), ("İlker", "Koç"), ("Jale", "Erdem"),
]  # fmt: skip


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def screen(qtbot, store, make_series, make_workshop, make_org):
    """The live screen of workshop 6, twelve people checked in from three institutions."""
    series = make_series()
    w = make_workshop(series_id=series.id, number=6, planned_start=START)
    agenda.add_item(store, w.id, "Platformun işleyişi", planned_minutes=60)
    orgs = [make_org() for _ in range(3)]
    for i, (given, family) in enumerate(PEOPLE):
        person = directory.create_person(store, given, family)
        attendees.add_attendee(
            store, w.id, person.id, organization_id=orgs[i % 3].id, attendance=Attendance.PRESENT
        )
    clock = Clock(START + timedelta(minutes=1))
    bus = ChangeBus()
    win = LiveWindow(store, bus, now=clock)
    win.test_bus = bus
    qtbot.addWidget(win)
    assert win.open_workshop(w.id)
    win.resize(1366, 768)  # the moderator's laptop (the offscreen screen is smaller)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    press(qtbot, Qt.Key_B, Qt.ControlModifier | Qt.ShiftModifier)  # the session starts
    assert win.state.in_session
    win.test_workshop_id = w.id
    yield win
    win.timer.stop()
    if win.projector is not None:
        win.projector.close()


def press(qtbot, key, modifiers=Qt.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifiers)


def note(qtbot, win, text: str) -> None:
    assert QApplication.focusWidget() is win.notes.note_field
    type_text(win.notes.note_field, text)
    press(qtbot, Qt.Key_Return)


def no_modal_dialog() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_ctrl_d_gradients_round_for_twelve_and_the_projector(qtbot, store, screen):
    win = screen
    assert not win.proposal.isVisible()
    assert "Ctrl+D proposal" in win.key_hints.text()
    note(qtbot, win, "Platform yürütme kurulu altı ayda bir dönüşümlü değişsin")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    panel = win.proposal
    assert panel.isVisible()
    assert panel.title.text() == "Platform yürütme kurulu altı ayda bir dönüşümlü değişsin"
    assert "Proposal made from the last note" in win.status_line.text()
    assert panel.steps.currentIndex() == STEP_METHOD
    assert QApplication.focusWidget() is panel.method
    press(qtbot, Qt.Key_Return)  # gradients, per person: the defaults
    assert panel.steps.currentIndex() == STEP_ROUND
    assert QApplication.focusWidget() is panel.grid.view
    assert panel.grid.model.rowCount() == 12
    for key in "121213121124":
        press(qtbot, key)
    assert "Jale Erdem: 4 Abstain" in win.status_line.text()
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert dict(p.open_round.tally)["1"] == 6
    press(qtbot, Qt.Key_Return)  # closes the round
    assert panel.steps.currentIndex() == STEP_OUTCOME
    assert panel.proposed.text() == "Proposed: Agreed with reservations"
    assert "rule proposes: Agreed with reservations" in win.status_line.text()
    press(qtbot, Qt.Key_F5)  # the projector, before the decision
    assert "None yet" in win.projector.decisions.text()
    win.activateWindow()
    panel.outcome_step.setFocus()
    press(qtbot, Qt.Key_Return)  # confirms
    assert win.status_line.text() == "Decision 6/1: Agreed with reservations"
    assert "6/1  Platform yürütme kurulu" in win.projector.decisions.text()
    assert "Platform yürütme kurulu" in win.projector.decisions.text()
    assert no_modal_dialog()
    press(qtbot, Qt.Key_Escape)
    assert QApplication.focusWidget() is win.notes.note_field


def test_consent_by_institution_objection_amend_override_in_the_panel(qtbot, store, screen):
    win = screen
    note(qtbot, win, "İlk ortak proje gönüllü eşleştirme olsun")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    panel = win.proposal
    press(qtbot, Qt.Key_Down)
    press(qtbot, Qt.Key_Down)  # gradients → fist-to-five → consent
    assert panel.method.currentData() == DecisionMethod.CONSENT
    press(qtbot, Qt.Key_Tab)
    assert QApplication.focusWidget() is panel.voice
    press(qtbot, Qt.Key_Down)
    assert panel.voice.currentData() == Voice.ORGANIZATION
    press(qtbot, Qt.Key_Return)
    assert panel.grid.model.rowCount() == 3
    press(qtbot, "n")
    press(qtbot, "o")
    type_text(panel.grid.reason, "Bütçe belirsiz")
    press(qtbot, Qt.Key_Return)
    press(qtbot, "n")
    press(qtbot, Qt.Key_Return)
    assert panel.proposed.text() == "Proposed: Not agreed"
    press(qtbot, "a")  # amend and test again
    assert QApplication.focusWidget() is panel.amend_field
    panel.amend_field.clear()
    type_text(panel.amend_field, "İlk ortak proje gönüllü eşleştirme olsun; ilk yıl Bursa'da")
    press(qtbot, Qt.Key_Return)
    assert panel.steps.currentIndex() == STEP_ROUND
    for key in "nsn":
        press(qtbot, key)
    press(qtbot, Qt.Key_Return)
    assert panel.proposed.text() == "Proposed: Agreed with reservations"
    press(qtbot, "o")  # override
    assert QApplication.focusWidget() is panel.override_outcome
    press(qtbot, Qt.Key_Return)  # Enter in the outcome goes on to the reason
    assert QApplication.focusWidget() is panel.override_reason
    press(qtbot, Qt.Key_Return)  # no reason: refused, said in the status line
    assert "reason" in win.status_line.text()
    type_text(panel.override_reason, "Kurumlar oturumda tam destek verdi")
    press(qtbot, Qt.Key_Return)
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert p.outcome is Outcome.AGREED
    assert p.override_reason == "Kurumlar oturumda tam destek verdi"
    assert len(p.versions) == 2 and len(p.rounds) == 2
    assert win.status_line.text() == "Decision 6/1: Agreed"
    assert [d.title for d in win.state.decisions] == [p.title]
    assert no_modal_dialog()


def test_counts_only_fist_to_five_in_the_panel(qtbot, store, screen):
    win = screen
    note(qtbot, win, "Gönüllü saatleri yılda 16 saat olsun")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    panel = win.proposal
    press(qtbot, Qt.Key_Down)  # fist-to-five
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Down)
    press(qtbot, Qt.Key_Down)  # counts only
    assert panel.voice.currentData() == Voice.COUNTS
    press(qtbot, Qt.Key_Return)
    spins = panel.grid.counts.spins
    assert QApplication.focusWidget() is spins["0"]
    spins["5"].setValue(10)
    spins["4"].setValue(2)
    press(qtbot, Qt.Key_Return)  # saves the counts
    assert dict(panel.bar.tally())["5"] == 10
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)  # closes the round
    assert panel.proposed.text() == "Proposed: Agreed"
    press(qtbot, Qt.Key_Return)
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert (p.outcome, p.label) == (Outcome.AGREED, "6/1")


def test_ctrl_d_without_a_note_says_so(qtbot, screen):
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    assert not screen.proposal.isVisible()
    assert "No note yet" in screen.status_line.text()


def test_a_walk_in_during_a_round_gets_a_row_and_positions_stay(qtbot, store, screen):
    from facilitator.services import live
    from facilitator.ui.kit.changes import WORKSHOP

    win = screen
    note(qtbot, win, "Yıllık buluşma Kasım'da olsun")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)
    for key in "111":
        press(qtbot, key)
    press(qtbot, Qt.Key_Escape)  # back to the notes while the round stays open
    assert QApplication.focusWidget() is win.notes.note_field
    live.add_walk_in(store, win.test_workshop_id, "Nur", "Şahin", now=START)
    win.test_bus.announce(WORKSHOP, win.test_workshop_id)
    grid = win.proposal.grid
    assert grid.model.rowCount() == 13
    assert [grid.model.index(i, 2).data() for i in range(3)] == ["1 Wholehearted endorsement"] * 3
    assert grid.progress.text() == "3 of 13 recorded"
    assert QApplication.focusWidget() is win.notes.note_field  # the keyboard stays put


def test_ctrl_z_on_the_live_screen_never_overwrites_a_decision_changed_since_elsewhere(
    qtbot, store, screen
):
    """Decided on the live screen, then its statement written in the main window: Ctrl+Z on
    the live screen is refused and keeps the main window's work; nothing is lost."""
    win = screen
    note(qtbot, win, "Platform yılda iki kez toplansın")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    panel = win.proposal
    press(qtbot, Qt.Key_Down)
    press(qtbot, Qt.Key_Down)  # gradients → fist-to-five → consent
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Down)  # one voice per institution
    press(qtbot, Qt.Key_Return)
    for _ in range(3):
        press(qtbot, "n")
    press(qtbot, Qt.Key_Return)
    assert panel.proposed.text() == "Proposed: Agreed"
    press(qtbot, Qt.Key_Return)  # confirmed
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert p.outcome is Outcome.AGREED

    # The main window (another history) writes the decision's statement afterwards.
    proposals.update_proposal(store, p.id, outcome_statement="Yılda iki toplantı, Mart ve Ekim")
    win.notes.focus_note()
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    (after,) = proposals.list_proposals(store, win.test_workshop_id)
    assert after.outcome is Outcome.AGREED
    assert after.outcome_statement == "Yılda iki toplantı, Mart ve Ekim"
    assert "changed elsewhere" in win.status_line.text()


def test_each_position_recorded_is_announced_once_in_the_panels_name(qtbot, store, screen):
    """The main window's Decisions tab reads the round again after every key on the grid."""
    win = screen
    note(qtbot, win, "Bülten ayda bir çıksın")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)  # opens the round
    heard = []
    win.test_bus.changed.connect(lambda kind, ids, initiator: heard.append((kind, ids, initiator)))
    press(qtbot, "1")
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert heard == [("proposal", (p.id,), win.proposal)]
    assert win.proposal.grid.progress.text() == "1 of 12 recorded"
