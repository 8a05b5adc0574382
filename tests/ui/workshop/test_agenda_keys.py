"""The Agenda tab at the keyboard: Enter in the minutes field adds, Alt+Down opens a combo
and moves a row only from the table, a new item's kind follows the one above, and the
tab warns while the agenda runs past the planned end (issue 17, point 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox

from facilitator.models import AgendaKind
from facilitator.services import agenda
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.undo import EditHistory
from facilitator.ui.workshop.agenda_tab import AgendaTab
from facilitator.ui.workshop.agenda_table_model import (
    COLUMN_KIND,
    COLUMN_MINUTES,
    COLUMN_START,
    COLUMN_TITLE,
)
from tests.local_zone import local_zone
from tests.ui.keys import type_text

# The offscreen platform cannot raise a popup or grab the keyboard for it; harmless here.
POPUP_LOGS = "This plugin does not support (raise|grabbing the keyboard)"


@pytest.fixture(autouse=True)
def computer_in_new_york():
    """The computer's clock is not the workshop's: the demo meets in Istanbul (UTC+3)."""
    with local_zone("America/New_York"):
        yield


@pytest.fixture
def tab(qtbot, demo):
    """The Agenda tab on the demo's fifth workshop (10:00–13:00 in Istanbul, 8 items that
    fill it exactly), shown and active."""
    history = EditHistory(lambda message: None)
    tab = AgendaTab(demo.store, ChangeBus(), history)
    tab.history = history
    qtbot.addWidget(tab)
    tab.resize(1200, 640)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitActive(tab)
    tab.show_workshop(demo.workshop(5))
    yield tab
    history.clear()


def stored(tab: AgendaTab):
    return agenda.get_agenda(tab._store, tab.workshop_id).items


def column(tab: AgendaTab, number: int) -> list:
    return [tab.model.index(r, number).data() for r in range(tab.model.rowCount())]


def click_cell(qtbot, tab: AgendaTab, row: int, number: int = COLUMN_TITLE) -> None:
    rect = tab.view.visualRect(tab.model.index(row, number))
    qtbot.mouseClick(tab.view.viewport(), Qt.LeftButton, pos=rect.center())


def open_editor(qtbot, tab: AgendaTab, row: int, number: int):
    """Click the cell, press F2 and return the editor that got the focus."""
    click_cell(qtbot, tab, row, number)
    qtbot.keyClick(tab.view, Qt.Key_F2)
    qtbot.waitUntil(lambda: tab.view.state() == tab.view.State.EditingState)
    return QApplication.focusWidget()


def type_minutes(qtbot, spin: QSpinBox, digits: str) -> None:
    qtbot.keyClick(spin, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(spin, digits)


# -- Enter in the minutes field ------------------------------------------------------------


def test_enter_in_the_minutes_field_adds_the_item_and_the_title_field_is_ready(qtbot, tab):
    title, minutes = tab.new_title, tab.new_minutes
    title.setFocus()
    type_text(title, "Soru-cevap")
    qtbot.keyClick(title, Qt.Key_Tab)
    assert QApplication.focusWidget() is minutes
    type_minutes(qtbot, minutes, "25")
    qtbot.keyClick(minutes, Qt.Key_Return)

    items = stored(tab)
    assert len(items) == 9
    assert (items[-1].title, items[-1].planned_minutes) == ("Soru-cevap", 25)
    assert column(tab, COLUMN_TITLE)[-1] == "Soru-cevap"
    assert column(tab, COLUMN_MINUTES)[-1] == "25 min"
    assert tab.history.undoText() == "Add “Soru-cevap”"
    # The next item can be typed at once: the title field is empty and has the focus.
    assert title.text() == ""
    assert QApplication.focusWidget() is title
    type_text(title, "Kapanış konuşması")
    qtbot.keyClick(title, Qt.Key_Return)
    assert [i.title for i in stored(tab)][-1] == "Kapanış konuşması"
    assert stored(tab)[-1].planned_minutes == 25  # the minutes stay for the next item

    # The keypad's Enter does the same; so does the Add button, and the focus goes back.
    type_text(title, "Değerlendirme")
    qtbot.keyClick(title, Qt.Key_Tab)
    type_minutes(qtbot, minutes, "5")
    qtbot.keyClick(minutes, Qt.Key_Enter, Qt.KeypadModifier)
    assert (stored(tab)[-1].title, stored(tab)[-1].planned_minutes) == ("Değerlendirme", 5)
    type_text(title, "Hatıra fotoğrafı")
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    assert stored(tab)[-1].title == "Hatıra fotoğrafı"
    assert QApplication.focusWidget() is title


def test_enter_in_the_minutes_field_without_a_title_adds_nothing_and_says_why(qtbot, tab):
    before = stored(tab)
    tab.new_minutes.setFocus()
    type_minutes(qtbot, tab.new_minutes, "20")
    qtbot.keyClick(tab.new_minutes, Qt.Key_Return)
    assert stored(tab) == before
    assert tab.notice.isVisible() and "title" in tab.notice.text()
    assert QApplication.focusWidget() is tab.new_title
    assert not tab.history.canUndo()


# -- Alt+Down: the combo's list, or the row ------------------------------------------------


@pytest.mark.qt_log_ignore(POPUP_LOGS)
def test_alt_down_in_the_kind_editor_opens_its_list_and_moves_no_row(qtbot, tab):
    before = stored(tab)
    combo = open_editor(qtbot, tab, 2, COLUMN_KIND)
    assert isinstance(combo, QComboBox) and combo.currentText() == "Talk"
    qtbot.keyClick(combo, Qt.Key_Down, Qt.AltModifier)
    qtbot.waitUntil(combo.view().isVisible)
    assert stored(tab) == before, "no row moved"
    assert column(tab, COLUMN_TITLE) == [i.title for i in before]
    assert not tab.history.canUndo()

    # Down and Enter in the open list choose; the choice is saved at once.
    popup = combo.view()
    while popup.currentIndex().data() != "Decision":
        qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)
    qtbot.waitUntil(lambda: tab.view.state() != tab.view.State.EditingState)
    assert stored(tab)[2].kind is AgendaKind.DECISION
    assert [i.id for i in stored(tab)] == [i.id for i in before]
    assert column(tab, COLUMN_KIND)[2] == "Decision"
    assert tab.history.undoText() == f"Change the kind of “{before[2].title[:47]}…”"


def test_alt_up_and_alt_down_in_a_cell_editor_or_the_add_row_move_no_row(qtbot, tab):
    before = stored(tab)
    spin = open_editor(qtbot, tab, 3, COLUMN_MINUTES)
    assert isinstance(spin, QSpinBox)
    qtbot.keyClick(spin, Qt.Key_Down, Qt.AltModifier)
    qtbot.keyClick(spin, Qt.Key_Up, Qt.AltModifier)
    qtbot.keyClick(spin, Qt.Key_Escape)
    qtbot.waitUntil(lambda: tab.view.state() != tab.view.State.EditingState)
    assert [i.id for i in stored(tab)] == [i.id for i in before]

    tab.new_title.setFocus()
    qtbot.keyClick(tab.new_title, Qt.Key_Down, Qt.AltModifier)
    qtbot.keyClick(tab.new_minutes, Qt.Key_Up, Qt.AltModifier)
    assert stored(tab) == before
    assert not tab.history.canUndo()


def test_with_the_table_focused_alt_down_moves_the_row(qtbot, tab):
    before = stored(tab)
    combo = open_editor(qtbot, tab, 2, COLUMN_KIND)
    qtbot.keyClick(combo, Qt.Key_Escape)  # the editor closes; the table has the focus
    qtbot.waitUntil(lambda: tab.view.state() != tab.view.State.EditingState)
    assert QApplication.focusWidget() is tab.view
    qtbot.keyClick(tab.view, Qt.Key_Down, Qt.AltModifier)
    assert stored(tab)[3].id == before[2].id
    assert column(tab, COLUMN_TITLE)[3] == before[2].title
    assert tab.selected_item_id() == before[2].id
    qtbot.keyClick(tab.view, Qt.Key_Up, Qt.AltModifier)
    assert stored(tab) == before


# -- the kind of a new item ----------------------------------------------------------------


def test_a_new_item_takes_the_kind_of_the_item_above_it(qtbot, tab, demo):
    click_cell(qtbot, tab, 2)  # a talk
    tab.new_title.setFocus()
    type_text(tab.new_title, "Belediyenin deneyimi")
    qtbot.keyClick(tab.new_title, Qt.Key_Return)
    assert column(tab, COLUMN_TITLE)[3] == "Belediyenin deneyimi"
    assert column(tab, COLUMN_KIND)[3] == "Talk"
    assert column(tab, COLUMN_KIND)[4] == "Discussion"  # the item it pushed down

    # Its kind changed to group work: the next one typed after it is group work too.
    combo = open_editor(qtbot, tab, 3, COLUMN_KIND)
    target = combo.findText("Group work")
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key_Down)
    qtbot.keyClick(combo, Qt.Key_Return)
    qtbot.waitUntil(lambda: column(tab, COLUMN_KIND)[3] == "Group work")
    tab.new_title.setFocus()
    type_text(tab.new_title, "Masalarda tartışma")
    qtbot.keyClick(tab.new_title, Qt.Key_Return)
    assert column(tab, COLUMN_TITLE)[4] == "Masalarda tartışma"
    assert column(tab, COLUMN_KIND)[4] == "Group work"


def test_the_first_item_of_an_agenda_is_a_discussion_and_the_next_follow_the_last(qtbot, tab, demo):
    tab.show_workshop(demo.workshop(6))  # no agenda yet
    tab.new_title.setFocus()
    type_text(tab.new_title, "Açılış")
    qtbot.keyClick(tab.new_title, Qt.Key_Return)
    assert column(tab, COLUMN_KIND) == ["Discussion"]
    combo = open_editor(qtbot, tab, 0, COLUMN_KIND)
    while combo.currentText() != "Opening":
        qtbot.keyClick(combo, Qt.Key_Up)
    qtbot.keyClick(combo, Qt.Key_Return)
    qtbot.waitUntil(lambda: column(tab, COLUMN_KIND) == ["Opening"])
    # Ctrl+B puts a break after it; the item typed next passes over the break.
    qtbot.keyClick(tab.view, Qt.Key_B, Qt.ControlModifier)
    tab.new_title.setFocus()
    type_text(tab.new_title, "Tanışma")
    qtbot.keyClick(tab.new_title, Qt.Key_Return)
    assert column(tab, COLUMN_KIND) == ["Opening", "Break", "Opening"]


# -- running past the planned end ------------------------------------------------------------


def test_the_tab_warns_while_the_agenda_runs_past_the_planned_end(qtbot, tab):
    label = tab.overrun_label
    assert label.isVisible() and label.text() == "Ends on time at 13:00"

    spin = open_editor(qtbot, tab, 3, COLUMN_MINUTES)  # the 40-minute discussion
    type_minutes(qtbot, spin, "50")
    qtbot.keyClick(spin, Qt.Key_Return)
    qtbot.waitUntil(lambda: stored(tab)[3].planned_minutes == 50)
    # In the workshop's time (Istanbul), not the computer's (New York).
    assert label.isVisible()
    assert label.text().startswith("The agenda runs 10 minute")
    assert label.text().endswith(" past the planned end (13:00 → 13:10).")
    assert "#b3261e" in label.styleSheet()
    assert column(tab, COLUMN_START)[-1] == "13:00"  # the last item starts at the end

    # Fixed: a 10-minute shorter break, and the warning is gone.
    spin = open_editor(qtbot, tab, 4, COLUMN_MINUTES)
    type_minutes(qtbot, spin, "5")
    qtbot.keyClick(spin, Qt.Key_Return)
    qtbot.waitUntil(lambda: stored(tab)[4].planned_minutes == 5)
    assert label.text() == "Ends on time at 13:00"
    assert "past the planned end" not in label.text()
    assert "#b3261e" not in label.styleSheet()

    # Undo brings the warning back, as the agenda runs over again.
    tab.history.undo()
    assert "past the planned end (13:00 → 13:10)." in label.text()


def test_the_warning_wraps_in_a_narrow_window_rather_than_being_cut(qtbot, tab):
    agenda.update_item(tab._store, stored(tab)[3].id, planned_minutes=70)
    tab.reload()
    label = tab.overrun_label
    assert label.text().startswith("The agenda runs 30 minute")
    # The warning asks for no width of its own: the tab is as narrow as without it.
    assert label.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(label.text())
    narrowest = tab.minimumSizeHint().width()
    tab.resize(narrowest, 640)
    qtbot.waitUntil(lambda: tab.width() == narrowest)
    assert label.geometry().right() <= tab.contentsRect().right()
    assert label.heightForWidth(label.width()) <= label.height(), "every line shows"
