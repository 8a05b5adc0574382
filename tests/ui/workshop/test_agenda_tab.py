"""The Agenda tab driven as an organizer does: keys and clicks, each edit undone and redone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QHeaderView, QLineEdit, QSpinBox
from sqlalchemy import select

from facilitator.models import AgendaKind, Note
from facilitator.services import agenda, live
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.undo import EditHistory
from facilitator.ui.workshop import agenda_dialogs
from facilitator.ui.workshop.agenda_dialogs import CopyAgendaDialog, TemplateDialog
from facilitator.ui.workshop.agenda_tab import AgendaTab
from facilitator.ui.workshop.agenda_table_model import (
    COLUMN_GOAL,
    COLUMN_KIND,
    COLUMN_MINUTES,
    COLUMN_PRESENTER,
    COLUMN_START,
    COLUMN_TITLE,
    AgendaTableModel,
)
from tests.local_zone import local_zone
from tests.ui.keys import type_text

FIFTH_STARTS = ["10:00", "10:15", "10:35", "10:50", "11:30", "11:45", "12:20", "12:50"]
MARKUP = "Soru & cevap: <b>“şeffaflık”</b> &amp; İçişleri"


@pytest.fixture(autouse=True)
def istanbul_clock():
    """The computer's clock in Istanbul, where the demo workshops take place."""
    with local_zone("Europe/Istanbul"):
        yield


@dataclass
class Setup:
    tab: AgendaTab
    history: EditHistory
    store: object
    fifth: int
    sixth: int
    announced: list = field(default_factory=list)
    undo_errors: list = field(default_factory=list)

    @property
    def model(self) -> AgendaTableModel:
        return self.tab.model

    @property
    def view(self):
        return self.tab.view

    def stored(self, workshop_id: int | None = None):
        return agenda.get_agenda(self.store, workshop_id or self.tab.workshop_id).items

    def column(self, column: int) -> list:
        return [self.model.index(r, column).data() for r in range(self.model.rowCount())]

    def undo(self) -> None:
        assert self.history.canUndo()
        self.history.undo()

    def redo(self) -> None:
        assert self.history.canRedo()
        self.history.redo()


@pytest.fixture
def setup(qtbot, demo):
    """An Agenda tab on the demo's fifth workshop, with its own undo stack and change bus."""
    store = demo.store
    undo_errors: list[str] = []
    history = EditHistory(undo_errors.append)
    bus = ChangeBus()
    tab = AgendaTab(store, bus, history)
    qtbot.addWidget(tab)
    tab.resize(1200, 640)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitActive(tab)
    result = Setup(tab, history, store, demo.workshop(5), demo.workshop(6), [], undo_errors)
    bus.changed.connect(lambda kind, ids, _initiator: result.announced.append((kind, ids)))
    tab.show_workshop(result.fifth)
    yield result
    history.clear()


def click_cell(qtbot, setup: Setup, row: int, column: int = COLUMN_TITLE) -> None:
    rect = setup.view.visualRect(setup.model.index(row, column))
    qtbot.mouseClick(setup.view.viewport(), Qt.LeftButton, pos=rect.center())


def open_editor(qtbot, setup: Setup, row: int, column: int):
    """Click the cell, press F2 and return the editor that got the focus."""
    click_cell(qtbot, setup, row, column)
    qtbot.keyClick(setup.view, Qt.Key_F2)
    qtbot.waitUntil(lambda: setup.view.state() == setup.view.State.EditingState)
    return QApplication.focusWidget()


def finish(qtbot, setup: Setup, editor, key=Qt.Key_Return) -> None:
    """Press Enter (or Tab) in a cell editor; the view commits it on its next turn."""
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: setup.view.state() != setup.view.State.EditingState)


def choose(qtbot, setup: Setup, combo: QComboBox, text: str) -> None:
    """Step with the arrow keys to the entry called ``text``, then press Enter."""
    target = combo.findText(text)
    assert target >= 0, f"{text!r} is not offered"
    key = Qt.Key_Down if target > combo.currentIndex() else Qt.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)
    finish(qtbot, setup, combo)


# -- the model -----------------------------------------------------------------------------


def test_the_table_model_passes_the_model_tester(qtmodeltester, demo):
    model = AgendaTableModel()
    qtmodeltester.check(model)
    plan = agenda.get_agenda(demo.store, demo.workshop(5))
    model.set_rows(plan.items, plan.planned_end)
    qtmodeltester.check(model)
    assert model.rowCount() == 8 and model.columnCount() == 6
    model.set_rows(list(reversed(plan.items)), plan.planned_end)  # same items, new order
    qtmodeltester.check(model)
    model.set_rows(plan.items[:3], plan.planned_end)
    qtmodeltester.check(model)
    assert model.flags(model.index(0, COLUMN_START)) & Qt.ItemIsEditable == Qt.NoItemFlags
    assert model.flags(model.index(0, COLUMN_TITLE)) & Qt.ItemIsEditable
    assert model.flags(QModelIndex()) & Qt.ItemIsDropEnabled


def test_a_reorder_keeps_the_selection_on_the_moved_item(qtbot, setup):
    click_cell(qtbot, setup, 4)
    assert setup.tab.selected_item_id() == setup.stored()[4].id
    coffee = setup.stored()[4].id
    plan = agenda.get_agenda(setup.store, setup.fifth)
    items = list(plan.items)
    items.insert(0, items.pop(4))
    setup.model.set_rows(items, plan.planned_end)
    assert setup.tab.selected_item_id() == coffee
    assert setup.view.selectionModel().selectedRows()[0].row() == 0


# -- what the organizer sees ---------------------------------------------------------------


def test_the_fifth_workshop_shows_its_timed_agenda_fitting_the_morning(setup):
    assert setup.tab.stack.currentWidget() is setup.view
    assert setup.model.rowCount() == 8
    assert setup.column(COLUMN_START) == FIFTH_STARTS
    assert setup.column(COLUMN_TITLE)[4] == "Kahve arası"
    assert setup.column(COLUMN_KIND)[4] == "Break"
    assert setup.column(COLUMN_MINUTES)[3] == "40 min"
    assert setup.column(COLUMN_PRESENTER)[0] == "Prof. Dr. Rüya Küçükosmanoğlu"
    assert setup.column(COLUMN_GOAL)[0] == "Çalıştayın amacını ve kurallarını paylaşmak"
    assert "180 min planned" in setup.tab.total_label.text()
    assert "10:00–13:00 (180 min)" in setup.tab.total_label.text()
    assert setup.tab.overrun_label.isVisible()
    assert setup.tab.overrun_label.text() == "Ends on time at 13:00"
    # Fixed row heights: the view never measures every row.
    header = setup.view.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.Fixed


def test_a_workshop_without_agenda_says_what_to_do_first(qtbot, setup):
    setup.tab.show_workshop(setup.sixth)
    assert setup.tab.stack.currentWidget() is setup.tab.empty
    assert "No agenda yet" in setup.tab.empty_text.text()
    assert "10:00" in setup.tab.empty_text.text() and "13:00" in setup.tab.empty_text.text()
    assert setup.tab.empty_template_button.isVisible()
    assert setup.tab.empty_copy_button.isVisible()
    assert setup.tab.new_title.isVisible() and setup.tab.new_title.isEnabled()
    assert not setup.tab.overrun_label.isVisible()
    assert not setup.tab.break_action.isEnabled()


# -- editing in place ----------------------------------------------------------------------


def test_lengthening_an_item_shows_the_overrun_and_undo_redo_restore_it(qtbot, setup):
    discussion = setup.stored()[3]
    spin = open_editor(qtbot, setup, 3, COLUMN_MINUTES)
    assert isinstance(spin, QSpinBox) and spin.value() == 40
    qtbot.keyClick(spin, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(spin, "55")
    finish(qtbot, setup, spin)

    assert setup.stored()[3].planned_minutes == 55  # written before it is shown
    assert setup.column(COLUMN_MINUTES)[3] == "55 min"
    assert setup.column(COLUMN_START)[4:] == ["11:45", "12:00", "12:35", "13:05"]
    label = setup.tab.overrun_label
    assert label.isVisible()
    assert label.text().startswith("The agenda runs 15 minute")
    assert label.text().endswith(" past the planned end (13:00 → 13:15).")
    assert "#b3261e" in label.styleSheet()
    assert "195 min planned" in setup.tab.total_label.text()
    # The items that end after the planned end are marked, with the reason.
    assert setup.model.index(7, COLUMN_START).data(Qt.ForegroundRole) is not None
    assert "after the planned end" in setup.model.index(7, COLUMN_START).data(Qt.ToolTipRole)
    assert setup.model.index(0, COLUMN_START).data(Qt.ForegroundRole) is None
    assert setup.history.undoText() == f"Change the minutes of “{discussion.title}”"
    assert ("workshop", (setup.fifth,)) in setup.announced

    setup.undo()
    assert setup.stored()[3].planned_minutes == 40
    assert setup.column(COLUMN_START) == FIFTH_STARTS
    assert label.text() == "Ends on time at 13:00"
    setup.redo()
    assert setup.stored()[3].planned_minutes == 55
    assert setup.column(COLUMN_START)[7] == "13:05"
    assert "(13:00 → 13:15)" in label.text()


def test_title_kind_presenter_and_goal_are_edited_in_place_each_undoable(qtbot, setup):
    before = setup.stored()
    host_talk = before[2]

    editor = open_editor(qtbot, setup, 2, COLUMN_TITLE)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    type_text(editor, MARKUP)
    finish(qtbot, setup, editor)
    assert setup.stored()[2].title == MARKUP
    assert setup.column(COLUMN_TITLE)[2] == MARKUP
    assert setup.history.undoText() == f"Rename “{host_talk.title[:47]}…”"

    combo = open_editor(qtbot, setup, 2, COLUMN_KIND)
    assert isinstance(combo, QComboBox) and combo.currentText() == "Talk"
    choose(qtbot, setup, combo, "Discussion")
    assert setup.stored()[2].kind is AgendaKind.DISCUSSION
    assert setup.column(COLUMN_KIND)[2] == "Discussion"
    assert setup.history.undoText() == f"Change the kind of “{MARKUP}”"

    combo = open_editor(qtbot, setup, 2, COLUMN_PRESENTER)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[0] == "(none)" and len(offered) == 1 + 26  # the fifth's attendees
    assert combo.currentText().startswith("Özge Şenyurt")
    choose(qtbot, setup, combo, next(t for t in offered if t.startswith("Dilara Yüce")))
    assert setup.stored()[2].presenter_name == "Dilara Yüce"
    assert setup.column(COLUMN_PRESENTER)[2] == "Dilara Yüce"

    editor = open_editor(qtbot, setup, 2, COLUMN_GOAL)
    qtbot.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    type_text(editor, "İyi örnekleri çoğaltmak")
    finish(qtbot, setup, editor, Qt.Key_Tab)  # leaving the cell saves it too
    assert setup.stored()[2].goal == "İyi örnekleri çoğaltmak"
    assert setup.view.currentIndex().row() == 3  # Tab went on to the next item
    assert setup.history.undoText() == f"Change the goal of “{MARKUP}”"

    # Four edits, four steps back, in reverse order.
    setup.undo()
    assert setup.stored()[2].goal == host_talk.goal
    setup.undo()
    assert setup.stored()[2].presenter_id == host_talk.presenter_id
    setup.undo()
    assert setup.stored()[2].kind is AgendaKind.TALK
    setup.undo()
    assert setup.stored() == before
    assert setup.column(COLUMN_TITLE)[2] == host_talk.title
    for _ in range(4):
        setup.redo()
    after = setup.stored()[2]
    assert (after.title, after.kind, after.presenter_name, after.goal) == (
        MARKUP,
        AgendaKind.DISCUSSION,
        "Dilara Yüce",
        "İyi örnekleri çoğaltmak",
    )
    assert setup.undo_errors == []


# The offscreen platform cannot raise a popup or grab the keyboard for it; harmless here.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_choice_clicked_in_the_open_list_is_saved_at_once(qtbot, setup):
    combo = open_editor(qtbot, setup, 1, COLUMN_KIND)
    combo.showPopup()
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    row = combo.findText("Decision")
    rect = popup.visualRect(popup.model().index(row, 0))
    qtbot.mouseClick(popup.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: setup.view.state() != setup.view.State.EditingState)
    assert setup.stored()[1].kind is AgendaKind.DECISION
    setup.undo()
    assert setup.stored()[1].kind is AgendaKind.TALK


def test_a_refused_edit_shows_the_reason_and_changes_nothing(qtbot, setup):
    before = setup.stored()
    editor = open_editor(qtbot, setup, 0, COLUMN_TITLE)
    qtbot.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(editor, Qt.Key_Delete)
    finish(qtbot, setup, editor)
    assert setup.tab.error.isVisible()
    assert "cannot be empty" in setup.tab.error.text()
    assert setup.stored() == before
    assert setup.column(COLUMN_TITLE)[0] == "Açılış ve tanışma"
    assert not setup.history.canUndo()


# -- adding, breaks, deleting --------------------------------------------------------------


def test_typing_a_title_and_enter_adds_an_item_after_the_selected_one(qtbot, setup):
    counts = []
    setup.tab.count_changed.connect(counts.append)
    setup.tab.new_title.setFocus()
    type_text(setup.tab.new_title, MARKUP)
    setup.tab.new_minutes.setValue(20)
    qtbot.keyClick(setup.tab.new_title, Qt.Key_Return)
    assert counts[-1] == 9  # for the tab's label
    items = setup.stored()
    assert len(items) == 9 and items[-1].title == MARKUP and items[-1].planned_minutes == 20
    assert setup.column(COLUMN_TITLE)[-1] == MARKUP
    assert setup.column(COLUMN_START)[-1] == "13:00"
    assert setup.tab.new_title.text() == ""
    assert setup.tab.selected_item_id() == items[-1].id
    assert "past the planned end (13:00 → 13:20)" in setup.tab.overrun_label.text()
    assert setup.history.undoText() == f"Add “{MARKUP}”"

    # With an item selected, the next one goes right after it.
    click_cell(qtbot, setup, 0)
    setup.tab.new_title.setFocus()
    type_text(setup.tab.new_title, "Güvenlik bilgilendirmesi")
    setup.tab.new_minutes.setValue(5)
    qtbot.mouseClick(setup.tab.add_button, Qt.LeftButton)
    assert setup.column(COLUMN_TITLE)[1] == "Güvenlik bilgilendirmesi"
    assert setup.column(COLUMN_START)[:3] == ["10:00", "10:15", "10:20"]

    setup.undo()
    assert len(setup.stored()) == 9
    setup.undo()
    assert [i.title for i in setup.stored()] == [i.title for i in items[:-1]]
    assert "Ends on time" in setup.tab.overrun_label.text()
    setup.redo()
    assert setup.stored()[-1].id == items[-1].id  # the same item comes back
    setup.redo()
    assert setup.column(COLUMN_TITLE)[1] == "Güvenlik bilgilendirmesi"


def test_an_empty_title_is_not_added(qtbot, setup):
    setup.tab.new_title.setFocus()
    qtbot.keyClick(setup.tab.new_title, Qt.Key_Return)
    assert len(setup.stored()) == 8
    assert setup.tab.notice.isVisible() and "title" in setup.tab.notice.text()
    assert not setup.history.canUndo()


def test_insert_break_after_the_selected_item_then_undo_and_redo(qtbot, setup):
    click_cell(qtbot, setup, 1)
    qtbot.mouseClick(setup.tab.break_button, Qt.LeftButton)
    items = setup.stored()
    assert len(items) == 9
    assert items[2].kind is AgendaKind.BREAK and items[2].title == "Coffee break"
    assert items[2].planned_minutes == 15
    assert setup.column(COLUMN_START)[2:4] == ["10:35", "10:50"]
    assert setup.tab.selected_item_id() == items[2].id
    assert "past the planned end (13:00 → 13:15)" in setup.tab.overrun_label.text()
    assert setup.history.undoText() == f"Insert a break after “{items[1].title}”"
    # Ctrl+B does the same.
    qtbot.keyClick(setup.view, Qt.Key_B, Qt.ControlModifier)
    assert len(setup.stored()) == 10 and setup.stored()[3].kind is AgendaKind.BREAK

    setup.undo()
    setup.undo()
    assert len(setup.stored()) == 8
    assert setup.column(COLUMN_START) == FIFTH_STARTS
    setup.redo()
    assert setup.stored()[2].id == items[2].id


def test_delete_key_removes_the_item_and_undo_brings_it_back_with_its_notes(qtbot, setup):
    before = setup.stored()
    discussion = before[3]
    with setup.store.session() as s:
        notes = set(s.scalars(select(Note.id).where(Note.agenda_item_id == discussion.id)))
    assert notes
    click_cell(qtbot, setup, 3)
    qtbot.keyClick(setup.view, Qt.Key_Delete)
    assert [i.id for i in setup.stored()] == [i.id for i in before if i.id != discussion.id]
    assert setup.column(COLUMN_START)[3:5] == ["10:50", "11:05"]
    assert setup.tab.selected_item_id() == before[4].id  # the next one, ready for Delete again
    assert "40 min to spare" in setup.tab.overrun_label.text()
    assert setup.history.undoText() == f"Delete “{discussion.title}”"

    setup.undo()
    assert setup.stored() == before
    assert setup.tab.selected_item_id() == discussion.id
    with setup.store.session() as s:
        assert set(s.scalars(select(Note.id).where(Note.agenda_item_id == discussion.id))) == notes
    setup.redo()
    assert len(setup.stored()) == 7
    setup.undo()
    assert setup.stored() == before


# -- reordering ----------------------------------------------------------------------------


def test_dragging_a_row_moves_it_and_the_start_times_follow(qtbot, setup):
    before = setup.stored()
    click_cell(qtbot, setup, 4)
    # What the view does on a drag: the selected row's mime data, dropped between rows.
    dragged = setup.view.selectionModel().selectedIndexes()
    mime = setup.model.mimeData(dragged)
    assert setup.model.canDropMimeData(mime, Qt.MoveAction, 1, -1, QModelIndex())
    assert setup.model.dropMimeData(mime, Qt.MoveAction, 1, -1, QModelIndex())

    titles = [i.title for i in setup.stored()]
    assert titles[1] == "Kahve arası" and titles[0] == before[0].title
    assert setup.column(COLUMN_TITLE) == titles
    assert setup.column(COLUMN_START)[:3] == ["10:00", "10:15", "10:30"]
    assert setup.tab.selected_item_id() == before[4].id
    assert setup.history.undoText() == "Move “Kahve arası”"

    # Dropped below the last row: it goes to the end.
    mime = setup.model.mimeData(setup.view.selectionModel().selectedIndexes())
    assert setup.model.dropMimeData(mime, Qt.MoveAction, -1, -1, QModelIndex())
    assert setup.stored()[-1].title == "Kahve arası"
    assert setup.column(COLUMN_START)[-1] == "12:45"
    # Dropped where it already is: nothing happens.
    mime = setup.model.mimeData(setup.view.selectionModel().selectedIndexes())
    assert not setup.model.dropMimeData(mime, Qt.MoveAction, 8, -1, QModelIndex())

    setup.undo()
    assert setup.stored()[1].title == "Kahve arası"
    setup.undo()
    assert setup.stored() == before
    assert setup.column(COLUMN_START) == FIFTH_STARTS
    setup.redo()
    assert setup.stored()[1].title == "Kahve arası"


def test_alt_up_and_alt_down_move_the_selected_item(qtbot, setup):
    before = setup.stored()
    coffee = before[4]
    click_cell(qtbot, setup, 4)
    qtbot.keyClick(setup.view, Qt.Key_Up, Qt.AltModifier)
    qtbot.keyClick(setup.view, Qt.Key_Up, Qt.AltModifier)
    assert setup.stored()[2].id == coffee.id
    assert setup.column(COLUMN_TITLE)[2] == "Kahve arası"
    assert setup.column(COLUMN_START)[2:4] == ["10:35", "10:50"]
    assert setup.tab.selected_item_id() == coffee.id  # the selection travels with it
    qtbot.keyClick(setup.view, Qt.Key_Down, Qt.AltModifier)
    assert setup.stored()[3].id == coffee.id
    assert setup.history.count() == 3
    assert setup.history.undoText() == "Move “Kahve arası”"

    # The first item cannot go up, the last cannot go down.
    click_cell(qtbot, setup, 0)
    assert not setup.tab.move_up_action.isEnabled()
    qtbot.keyClick(setup.view, Qt.Key_Up, Qt.AltModifier)
    click_cell(qtbot, setup, 7)
    assert not setup.tab.move_down_action.isEnabled()
    qtbot.keyClick(setup.view, Qt.Key_Down, Qt.AltModifier)
    assert setup.history.count() == 3

    setup.undo()
    assert setup.stored()[2].id == coffee.id
    setup.undo()
    setup.undo()
    assert setup.stored() == before
    setup.redo()
    assert setup.stored()[3].id == coffee.id


# -- copying and templates -----------------------------------------------------------------


def test_copy_the_agenda_of_an_earlier_workshop_then_undo_and_redo(qtbot, setup, monkeypatch):
    asked = []

    def ask(_parent, sources, has_items):
        asked.append(([s.id for s in sources], has_items))
        return setup.fifth, False

    monkeypatch.setattr(agenda_dialogs, "ask_copy_source", ask)
    setup.tab.show_workshop(setup.sixth)
    qtbot.mouseClick(setup.tab.empty_copy_button, Qt.LeftButton)
    assert asked[0][0][0] == setup.fifth and asked[0][1] is False
    copied = setup.stored()
    assert [i.title for i in copied] == [i.title for i in setup.stored(setup.fifth)]
    assert setup.tab.stack.currentWidget() is setup.view
    assert setup.column(COLUMN_START) == FIFTH_STARTS  # the sixth also runs 10:00–13:00
    presenters = setup.column(COLUMN_PRESENTER)
    assert presenters[0] == "Prof. Dr. Rüya Küçükosmanoğlu"  # attends the sixth
    assert presenters[2] == ""  # the fifth's host does not
    assert setup.history.undoText().startswith("Copy the agenda of “Bursa Sosyal")

    setup.undo()
    assert setup.stored() == ()
    assert setup.tab.stack.currentWidget() is setup.tab.empty
    setup.redo()
    assert setup.stored() == copied


def test_save_as_template_and_start_another_workshop_from_it(qtbot, setup, monkeypatch, answers):
    monkeypatch.setattr(agenda_dialogs, "ask_template_name", lambda *_a: "Yarım gün çalıştay")
    setup.tab.save_template_action.trigger()
    assert "Yarım gün çalıştay" in setup.tab.notice.text()
    [template] = agenda.list_templates(setup.store)
    assert len(template.items) == 8

    # Saving again under the same name asks before replacing.
    answers.yes_no = [False]
    setup.tab.save_template_action.trigger()
    assert "already exists" in answers.questions[-1]
    assert not setup.history.canUndo()  # templates are not agenda edits

    asked = []

    def ask(_parent, templates, has_items, delete):
        asked.append(([t.name for t in templates], has_items))
        return templates[0].id, True

    monkeypatch.setattr(agenda_dialogs, "ask_template", ask)
    setup.tab.show_workshop(setup.sixth)
    qtbot.mouseClick(setup.tab.empty_template_button, Qt.LeftButton)
    assert asked == [(["Yarım gün çalıştay"], False)]
    started = setup.stored()
    assert [i.title for i in started] == [i.title for i in template.items]
    assert setup.column(COLUMN_PRESENTER) == [""] * 8
    assert setup.column(COLUMN_START) == FIFTH_STARTS
    assert setup.history.undoText() == "Start from the template “Yarım gün çalıştay”"

    setup.undo()
    assert setup.stored() == ()
    setup.redo()
    assert setup.stored() == started


def test_deleting_a_template_from_the_dialog_asks_first(setup, answers):
    agenda.save_template(setup.store, setup.fifth, "Kısa")
    [template] = agenda.list_templates(setup.store)
    answers.yes_no = [False, True]
    assert setup.tab._delete_template(template.id) is False
    assert agenda.list_templates(setup.store) == [template]
    assert setup.tab._delete_template(template.id) is True
    assert agenda.list_templates(setup.store) == []
    assert "Kısa" in answers.questions[0]


def test_the_copy_dialog_offers_the_latest_earlier_workshop_first(qtbot, setup):
    sources = agenda.copy_sources(setup.store, setup.sixth)
    dialog = CopyAgendaDialog(sources, True)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(sources)
    assert dialog.list.item(0).text().startswith("5. Bursa Sosyal Sorumluluk Platformu")
    assert "8 items, 180 min" in dialog.list.item(0).text()
    assert dialog.choice() == (setup.fifth, False)  # adding after the items is the default
    dialog.replace.setChecked(True)
    assert dialog.choice() == (setup.fifth, True)
    dialog.list.setCurrentRow(1)
    assert dialog.choice() == (sources[1].id, True)
    empty = CopyAgendaDialog(sources, False)
    qtbot.addWidget(empty)
    assert empty.replace.isHidden() and empty.choice() == (setup.fifth, False)


def test_the_template_dialog_previews_and_deletes_after_asking(qtbot, demo, setup, answers):
    agenda.save_template(setup.store, setup.fifth, "Yarım gün")
    agenda.save_template(setup.store, demo.workshop(1), "Kısa toplantı")
    templates = agenda.list_templates(setup.store)
    dialog = TemplateDialog(templates, False, setup.tab._delete_template)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(2)] == ["Kısa toplantı", "Yarım gün"]
    assert "Total: 150 min" in dialog.preview.toPlainText()
    assert "Opening: Açılış" in dialog.preview.toPlainText()
    answers.yes_no = [True]
    qtbot.mouseClick(dialog.delete_button, Qt.LeftButton)
    assert dialog.list.count() == 1
    assert [t.name for t in agenda.list_templates(setup.store)] == ["Yarım gün"]
    assert "Total: 180 min" in dialog.preview.toPlainText()
    assert dialog.choice() == (templates[1].id, True)


def test_no_template_yet_says_how_to_make_one(qtbot, setup):
    setup.tab.show_workshop(setup.sixth)
    qtbot.mouseClick(setup.tab.empty_template_button, Qt.LeftButton)
    assert setup.tab.notice.isVisible()
    assert "Save as template" in setup.tab.notice.text()


# -- in the main window --------------------------------------------------------------------


def test_the_edit_menu_names_the_agenda_edit_and_ctrl_z_undoes_it(qtbot, demo, window):
    fifth = demo.workshop(5)
    tab = AgendaTab(window.store, window.bus, window.history)
    window.workshop_page.tabs.addTab(tab, "Agenda")
    window.open_workshop(fifth)
    window.workshop_page.tabs.setCurrentWidget(tab)
    tab.show_workshop(fifth)
    before = agenda.get_agenda(window.store, fifth).items
    tab.select_item(before[4].id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key_Up, Qt.AltModifier)
    assert agenda.get_agenda(window.store, fifth).items[3].title == "Kahve arası"
    assert "Kahve arası" in window.undo_action.text()
    qtbot.keyClick(tab.view, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: agenda.get_agenda(window.store, fifth).items == before)
    assert tab.model.index(4, COLUMN_TITLE).data() == "Kahve arası"
    qtbot.keyClick(tab.view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: agenda.get_agenda(window.store, fifth).items[3].title == "Kahve arası")


def test_undo_after_the_same_field_changed_elsewhere_refuses_and_keeps_the_newer_value(
    qtbot, setup
):
    """Another window (or the live screen) changed the minutes after this edit: Ctrl+Z here
    must not put back the old value over theirs."""
    spin = open_editor(qtbot, setup, 3, COLUMN_MINUTES)
    qtbot.keyClick(spin, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(spin, "55")
    finish(qtbot, setup, spin)
    item = setup.stored()[3]
    assert item.planned_minutes == 55

    agenda.update_item(setup.store, item.id, planned_minutes=70)  # elsewhere, later
    setup.undo()
    assert setup.stored()[3].planned_minutes == 70, "the later change is kept"
    assert setup.undo_errors and "changed elsewhere" in setup.undo_errors[-1]
    assert not setup.history.canRedo(), "the refused step left the history"

    # An edit nobody touched since is still undone as before.
    spin = open_editor(qtbot, setup, 3, COLUMN_MINUTES)
    qtbot.keyClick(spin, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(spin, "30")
    finish(qtbot, setup, spin)
    setup.undo()
    assert setup.stored()[3].planned_minutes == 70


# -- undo after the live screen recorded work on the same items ----------------------------

LIVE_NOW = datetime(2030, 1, 1, 7, 0, tzinfo=UTC)


def test_undoing_a_copy_after_the_live_screen_started_the_agenda_refuses(qtbot, setup, monkeypatch):
    """Copied, then the session started on the live screen (the first item's actual start is
    recorded): Ctrl+Z here would delete the items with that record, so it is refused."""
    monkeypatch.setattr(agenda_dialogs, "ask_copy_source", lambda *_a: (setup.fifth, False))
    setup.tab.show_workshop(setup.sixth)
    qtbot.mouseClick(setup.tab.empty_copy_button, Qt.LeftButton)
    live.start_session(setup.store, setup.sixth, LIVE_NOW)
    started = setup.stored()
    assert started[0].actual_start == LIVE_NOW

    setup.undo()
    assert setup.stored() == started, "the agenda and its actual times are kept"
    assert setup.column(COLUMN_TITLE) == [i.title for i in started]
    assert setup.undo_errors and "changed elsewhere since (actual start)" in setup.undo_errors[-1]
    assert not setup.history.canUndo() and not setup.history.canRedo()


def test_undoing_an_add_after_the_live_screen_started_the_item_refuses(qtbot, setup):
    setup.tab.show_workshop(setup.sixth)
    setup.tab.new_title.setFocus()
    type_text(setup.tab.new_title, "Açılış")
    qtbot.keyClick(setup.tab.new_title, Qt.Key_Return)
    [added] = setup.stored()
    live.start_session(setup.store, setup.sixth, LIVE_NOW)  # the live screen starts it

    setup.undo()
    [kept] = setup.stored()
    assert kept.id == added.id and kept.actual_start == LIVE_NOW
    assert setup.column(COLUMN_TITLE) == ["Açılış"]
    assert setup.undo_errors and "changed elsewhere since (actual start)" in setup.undo_errors[-1]
    assert not setup.history.canRedo()


def test_redoing_a_delete_after_a_note_was_taken_on_the_item_refuses(qtbot, setup):
    before = setup.stored()
    click_cell(qtbot, setup, 2)
    qtbot.keyClick(setup.view, Qt.Key_Delete)
    setup.undo()
    assert setup.stored() == before
    item = before[2]
    note = live.add_note(
        setup.store, setup.fifth, "Canlı not", agenda_item_id=item.id, now=LIVE_NOW
    )

    setup.redo()
    assert setup.stored() == before, "the item with its new note stays"
    assert setup.column(COLUMN_TITLE) == [i.title for i in before]
    with setup.store.session() as s:
        assert s.get(Note, note.id).agenda_item_id == item.id
    assert setup.undo_errors and "notes, speaking turns, proposals" in setup.undo_errors[-1]
    assert not setup.history.canRedo()


def test_ctrl_z_in_the_emptied_add_field_undoes_the_add(qtbot, demo, window):
    """The field was emptied by the add: it has nothing of its own to undo, so Ctrl+Z
    undoes the add instead of bringing the typed title back into the field."""
    fifth = demo.workshop(5)
    window.open_workshop(fifth)
    tab = window.workshop_page.agenda
    window.workshop_page.tabs.setCurrentWidget(tab)
    count = len(agenda.get_agenda(window.store, fifth).items)
    tab.new_title.setFocus()
    type_text(tab.new_title, "Soru-cevap")
    qtbot.keyClick(tab.new_title, Qt.Key_Return)
    assert len(agenda.get_agenda(window.store, fifth).items) == count + 1
    assert tab.new_title.text() == ""
    qtbot.keyClick(tab.new_title, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: len(agenda.get_agenda(window.store, fifth).items) == count)
    assert tab.new_title.text() == "", "the typed title did not come back into the field"
