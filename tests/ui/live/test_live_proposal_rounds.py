"""The live screen's proposal panel keeps rounds and decisions safe: Ctrl+D goes back to a
round still open, decisions are undone with Ctrl+Z, counts typed are kept by Ctrl+Enter,
Enter with positions missing asks once more, Ctrl+Delete cancels an empty round."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.models import DecisionMethod, Outcome, Voice
from facilitator.services import proposals
from facilitator.ui.live.proposal_panel import STEP_METHOD, STEP_OUTCOME, STEP_ROUND
from tests.ui.keys import type_text
from tests.ui.live.test_live_proposals import note, press, screen  # noqa: F401


def test_ctrl_d_goes_back_to_the_open_round(qtbot, store, screen):  # noqa: F811
    win = screen
    note(qtbot, win, "Öneri bir: yürütme kurulu dönüşümlü olsun")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)  # opens the round
    press(qtbot, "1")
    press(qtbot, Qt.Key_Escape)
    note(qtbot, win, "Ara not: itiraz tartışıldı")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    panel = win.proposal
    (p,) = proposals.list_proposals(store, win.test_workshop_id)  # no second proposal
    assert panel.title.text() == p.title
    assert panel.steps.currentIndex() == STEP_ROUND
    assert "Back to the open round" in win.status_line.text()
    assert QApplication.focusWidget() is panel.grid.view
    assert panel.grid.progress.text() == "1 of 12 recorded"


def test_a_decision_is_undone_and_redone_with_ctrl_z(qtbot, store, screen):  # noqa: F811
    win = screen
    note(qtbot, win, "Karar sonrası geri al")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)
    for key in "111111111111":
        press(qtbot, key)
    press(qtbot, Qt.Key_Return)
    win.proposal.outcome_step.setFocus()
    press(qtbot, Qt.Key_Return)  # confirms
    press(qtbot, Qt.Key_Escape)
    press(qtbot, Qt.Key_Z, Qt.ControlModifier)
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert p.outcome is None and p.label == "6/1"  # the number stays reserved
    assert win.status_line.text().startswith("Undone: Outcome of “Karar sonrası geri al”")
    assert win.proposal.proposed.text() == "Proposed: Agreed"
    assert win.state.decisions == ()
    press(qtbot, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert p.outcome is Outcome.AGREED
    assert [d.title for d in win.state.decisions] == ["Karar sonrası geri al"]


def test_ctrl_enter_keeps_counts_typed_without_enter(qtbot, store, screen):  # noqa: F811
    win = screen
    note(qtbot, win, "Kartlar")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    panel = win.proposal
    press(qtbot, Qt.Key_Up)  # gradients → cards (the last method)
    press(qtbot, Qt.Key_Up)
    panel.method.setCurrentIndex(panel.method.findData(DecisionMethod.COUNTS))
    press(qtbot, Qt.Key_Tab)
    press(qtbot, Qt.Key_Down)
    press(qtbot, Qt.Key_Down)
    assert panel.voice.currentData() == Voice.COUNTS
    press(qtbot, Qt.Key_Return)
    spins = panel.grid.counts.spins
    assert QApplication.focusWidget() is spins["green"]
    type_text(spins["green"], "9")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)  # closes without Enter first
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert dict(p.rounds[-1].tally)["green"] == 9
    assert panel.proposed.text() == "Proposed: Agreed"


def test_enter_with_positions_missing_asks_again(qtbot, store, screen):  # noqa: F811
    win = screen
    note(qtbot, win, "Beş kişiyle karar olmaz")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)
    for key in "11111":
        press(qtbot, key)
    press(qtbot, Qt.Key_Return)
    panel = win.proposal
    assert panel.steps.currentIndex() == STEP_ROUND
    assert win.status_line.text() == (
        "7 of 12 gave no position: press Enter again to close the round."
    )
    press(qtbot, Qt.Key_Return)
    assert panel.steps.currentIndex() == STEP_OUTCOME
    assert "(7 of 12 gave no position)" in win.status_line.text()


def test_ctrl_delete_cancels_an_empty_round_only(qtbot, store, screen):  # noqa: F811
    win = screen
    note(qtbot, win, "Yanlış açılan tur")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)
    panel = win.proposal
    assert "Ctrl+Delete cancels an empty round" in panel.hint.text()
    press(qtbot, Qt.Key_Delete, Qt.ControlModifier)
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert p.rounds == ()
    assert panel.steps.currentIndex() == STEP_METHOD
    assert "Round cancelled" in win.status_line.text()
    press(qtbot, Qt.Key_Return)
    press(qtbot, "2")
    press(qtbot, Qt.Key_Delete, Qt.ControlModifier)
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert p.open_round is not None
    assert "close it instead of cancelling" in win.status_line.text()


def test_ctrl_d_on_a_decided_note_makes_no_duplicate(qtbot, store, screen):  # noqa: F811
    win = screen
    note(qtbot, win, "Tek öneri")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)
    for key in "111111111111":
        press(qtbot, key)
    press(qtbot, Qt.Key_Return)
    win.proposal.outcome_step.setFocus()
    press(qtbot, "w")  # withdraw
    press(qtbot, Qt.Key_Escape)
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    (p,) = proposals.list_proposals(store, win.test_workshop_id)
    assert p.outcome is Outcome.WITHDRAWN
    assert "already decided" in win.status_line.text()


def test_outcome_keys_follow_the_language(qapp, qtbot, store, screen):  # noqa: F811
    from PySide6.QtCore import QLocale

    from facilitator.ui.app import Translators

    panel = screen.proposal
    assert panel.outcome_keys() == {"override": "O", "amend": "A", "withdraw": "W", "defer": "D"}
    locale = QLocale()
    translators = Translators(qapp)
    translators.use("tr")
    try:
        keys = panel.outcome_keys()
        assert "W" not in keys.values()
        assert len(set(keys.values())) == 4
    finally:
        translators.remove_all()
        QLocale.setDefault(locale)


def test_the_panel_leaves_the_agenda_readable_and_names_whole(qtbot, store, screen):  # noqa: F811
    from facilitator.ui.decisions.round_grid import COLUMN_DETAIL, COLUMN_NAME

    win = screen
    left_before = win.agenda.parentWidget().width()
    note(qtbot, win, "Genişlik")
    press(qtbot, Qt.Key_D, Qt.ControlModifier)
    press(qtbot, Qt.Key_Return)  # the round: twelve names
    QApplication.processEvents()
    assert win.agenda.parentWidget().width() >= left_before - 4  # the splitter's rounding
    assert win.notes.width() < 600  # the room came from the notes
    grid = win.proposal.grid
    if grid.width() < 480:
        assert grid.view.isColumnHidden(COLUMN_DETAIL)
    widest = max(
        grid.view.fontMetrics().horizontalAdvance(n) for n in ("Gülşen İnce", "Ayşe Çelik")
    )
    assert grid.view.columnWidth(COLUMN_NAME) > widest
    tip = grid.model.index(0, COLUMN_NAME).data(Qt.ToolTipRole)
    assert tip.startswith("Ayşe Çelik — ")  # the institution, when its column is hidden
