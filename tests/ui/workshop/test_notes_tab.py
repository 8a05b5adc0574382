"""The Notes tab driven as a rapporteur does after the session: keys and clicks, each edit
undone and redone, the minutes reading what the tab saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from facilitator import i18n
from facilitator.models import NoteKind, Proposal
from facilitator.services import document_data, live
from facilitator.services.note_register import note_register
from facilitator.ui.kit.changes import NOTE, ChangeBus, changed
from facilitator.ui.kit.undo import EditHistory
from facilitator.ui.workshop.notes_editor import Mode
from facilitator.ui.workshop.notes_tab import NotesTab
from facilitator.ui.workshop.notes_tree_model import COLUMN_TEXT, COLUMN_TIME
from facilitator.ui.workshop.workshop_page import WorkshopPage
from tests.local_zone import local_zone
from tests.ui.keys import replace_text, type_date_time, type_text


@pytest.fixture(autouse=True)
def istanbul_clock():
    """The computer's clock in Istanbul, where the demo workshops take place."""
    with local_zone("Europe/Istanbul"):
        yield


@dataclass
class Setup:
    tab: NotesTab
    history: EditHistory
    bus: ChangeBus
    store: object
    workshop_id: int
    refused: list = field(default_factory=list)

    def stored(self):
        return note_register(self.store, self.workshop_id).notes

    def stored_note(self, uuid: str):
        return next(n for n in self.stored() if n.uuid == uuid)

    def texts_shown(self) -> list[str]:
        return [n.text for n in self.tab.model.notes_in_order()]


@pytest.fixture
def setup(qtbot, demo) -> Setup:
    refused: list = []
    history = EditHistory(refused.append)
    bus = ChangeBus()
    tab = NotesTab(demo.store, bus, history)
    qtbot.addWidget(tab)
    tab.resize(1166, 620)
    tab.show_workshop(demo.workshop(5))
    tab.show()
    qtbot.waitExposed(tab)
    return Setup(tab, history, bus, demo.store, demo.workshop(5), refused)


def click_note(qtbot, setup: Setup, text_start: str, modifier=Qt.NoModifier):
    note = next(n for n in setup.tab.model.notes_in_order() if n.text.startswith(text_start))
    index = setup.tab.model.note_index(note.id, COLUMN_TEXT)
    setup.tab.view.scrollTo(index)
    rect = setup.tab.view.visualRect(index)
    qtbot.mouseClick(setup.tab.view.viewport(), Qt.LeftButton, modifier, rect.center())
    return note


def test_every_note_grouped_by_agenda_item_in_agenda_order(qtbot, qtmodeltester, setup):
    tab, model = setup.tab, setup.tab.model
    qtmodeltester.check(model)
    stored = setup.stored()
    assert model.total_count() == model.shown_count() == len(stored) == 16
    headings = [model.index(r, 0).data() for r in model.heading_rows()]
    assert headings[0] == "1. Açılış ve tanışma  (1)"
    assert headings[3] == "4. Platformun yapısı ve işleyiş modeli  (5)"
    assert tab.shown_label.text() == "16 notes"
    # Each note: time in local time, kind, speaker with organization, the whole text.
    first = model.index(1, 0)
    assert model.data(first) == "10:08"
    row = model.note_at(first)
    assert model.index(1, 1).data() == "Point"
    assert model.index(1, 2).data() == f"{row.speaker_name}\n{row.organization_name}"
    assert model.index(1, COLUMN_TEXT).data() == row.text
    # Long text wraps: its row is taller than a one-line row.
    long_note = next(n for n in stored if len(n.text) > 100)
    one_line = tab.view.sizeHintForRow(model.heading_rows()[0])
    tall = tab.view.visualRect(model.note_index(long_note.id)).height()
    assert tall > 1.5 * one_line


def test_notes_on_no_item_come_last_under_the_minutes_heading(qtbot, demo):
    workshop_id = demo.workshop(5)
    row = live.add_note(
        demo.store, workshop_id, "Kâğıttan", now=datetime(2026, 11, 20, 9, tzinfo=UTC)
    )
    live.edit_note(demo.store, row.id, agenda_item_id=None)
    with i18n.using_language("tr"):
        tab = NotesTab(demo.store, ChangeBus(), EditHistory())
        qtbot.addWidget(tab)
        tab.show_workshop(workshop_id)
        last = tab.model.heading_rows()[-1]
        assert tab.model.index(last, 0).data() == "Diğer notlar  (1)"
        assert tab.model.notes_in_order()[-1].text == "Kâğıttan"
        assert tab.editor.item.itemText(tab.editor.item.count() - 1) == "Diğer notlar"


def test_correct_text_and_speaker_then_the_minutes_show_it_and_undo(qtbot, setup):
    tab = setup.tab
    note = click_note(qtbot, setup, "Platform tüzel kişilik")
    assert tab.editor.mode is Mode.EDIT and tab.editor.text.toPlainText() == note.text
    replace_text(qtbot, tab.editor.text, "Platform tüzel kişilik mi olacak? Protokol önerildi.")
    speakers = tab.editor.speaker
    other = next(
        i for i in range(1, speakers.count()) if speakers.itemData(i) not in (None, note.speaker_id)
    )
    speakers.setFocus()
    speakers.setCurrentIndex(other)  # as chosen from the list
    new_speaker = speakers.itemData(other)
    qtbot.keyClick(tab.editor.text, Qt.Key_Return, Qt.ControlModifier)

    stored = setup.stored_note(note.uuid)
    assert stored.text == "Platform tüzel kişilik mi olacak? Protokol önerildi."
    assert stored.speaker_id == new_speaker
    minutes = document_data.minutes_data(setup.store, setup.workshop_id)
    line = next(n for n in minutes.notes if n.text == stored.text)
    assert line.speaker and line.speaker in stored.speaker_name
    assert note.text not in [n.text for n in minutes.notes]
    assert setup.history.undoText() == "Correct the note “Platform tüzel kişilik mi olacak, yoksa…”"
    # The note stays selected and shown as stored.
    assert tab.editor.note.uuid == note.uuid and tab.editor.text.toPlainText() == stored.text

    setup.history.undo()
    back = setup.stored_note(note.uuid)
    assert (back.text, back.speaker_id) == (note.text, note.speaker_id)
    assert note.text in setup.texts_shown()
    setup.history.redo()
    assert setup.stored_note(note.uuid).text == stored.text


def test_an_undo_refuses_when_the_note_changed_since(qtbot, setup):
    tab = setup.tab
    note = click_note(qtbot, setup, "Platform tüzel kişilik")
    replace_text(qtbot, tab.editor.text, "İlk düzeltme")
    qtbot.keyClick(tab.editor.text, Qt.Key_Return, Qt.ControlModifier)
    live.edit_note(setup.store, note.id, text="Canlı ekrandan düzeltme")
    setup.history.undo()
    assert setup.stored_note(note.uuid).text == "Canlı ekrandan düzeltme"
    assert setup.refused and "changed elsewhere" in setup.refused[0]
    assert "Canlı ekrandan düzeltme" in setup.texts_shown()


def test_time_is_typed_in_local_time_and_stored_in_utc(qtbot, setup):
    tab = setup.tab
    note = click_note(qtbot, setup, "Platform tüzel kişilik")
    type_date_time(qtbot, tab.editor.time, "140320261142")
    qtbot.keyClick(tab.editor.time, Qt.Key_Return, Qt.ControlModifier)
    stored = setup.stored_note(note.uuid)
    assert stored.noted_at == datetime(2026, 3, 14, 8, 42, tzinfo=UTC)  # 11:42 in Istanbul
    assert tab.model.index(tab.model.note_index(note.id).row(), COLUMN_TIME).data() == "11:42"
    setup.history.undo()
    assert setup.stored_note(note.uuid).noted_at == note.noted_at


def test_delete_with_the_key_and_undo_brings_back_the_proposal_link(qtbot, setup):
    tab = setup.tab
    with setup.store.session() as s:
        sources = set(s.scalars(select(Proposal.source_note_id)).all())
    note = next(n for n in tab.model.notes_in_order() if n.id in sources)
    click_note(qtbot, setup, note.text[:20])
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert note.uuid not in [n.uuid for n in setup.stored()]
    assert note.text not in setup.texts_shown()
    assert tab.shown_label.text() == "15 notes"

    setup.history.undo()
    back = setup.stored_note(note.uuid)
    with setup.store.session() as s:
        assert s.scalar(select(Proposal.id).where(Proposal.source_note_id == back.id))
    assert note.text in setup.texts_shown()
    setup.history.redo()
    assert note.uuid not in [n.uuid for n in setup.stored()]


def test_add_a_note_taken_on_paper(qtbot, setup):
    tab = setup.tab
    selected = click_note(qtbot, setup, "Platform tüzel kişilik")  # on item 4
    tab.add_action.trigger()
    assert tab.editor.mode is Mode.NEW and tab.editor.text.hasFocus()
    type_text(tab.editor.text, "Kâğıda alınmış: İŞ BİRLİĞİ protokolü")
    tab.editor.kind.setCurrentIndex(tab.editor.kind.findData(NoteKind.ACTION))
    type_date_time(qtbot, tab.editor.time, "140320261130")
    qtbot.keyClick(tab.editor.time, Qt.Key_Return, Qt.ControlModifier)

    added = next(n for n in setup.stored() if n.text.startswith("Kâğıda"))
    assert added.kind is NoteKind.ACTION
    assert added.noted_at == datetime(2026, 3, 14, 8, 30, tzinfo=UTC)
    assert added.agenda_item_id == selected.agenda_item_id  # the selected note's item
    assert tab.editor.note is not None and tab.editor.note.uuid == added.uuid
    assert tab.shown_label.text() == "17 notes"
    setup.history.undo()
    assert all(not n.text.startswith("Kâğıda") for n in setup.stored())
    setup.history.redo()
    assert any(n.text.startswith("Kâğıda") for n in setup.stored())


def test_search_and_filters(qtbot, setup):
    tab = setup.tab
    tab.search.setFocus()
    type_text(tab.search, "İSMAİL")
    assert setup.texts_shown() == [
        "Platform tüzel kişilik mi olacak, yoksa protokolle mi işleyecek?"
    ]
    assert tab.shown_label.text() == "1 of 16 notes shown"
    # Only the item holding it keeps its heading while a filter is on.
    assert len(tab.model.heading_rows()) == 1
    qtbot.keyClick(tab.search, Qt.Key_A, Qt.ControlModifier)
    type_text(tab.search, "tüzel kişİlik")
    assert setup.texts_shown() == [
        "Platform tüzel kişilik mi olacak, yoksa protokolle mi işleyecek?"
    ]
    tab.search.clear()
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(NoteKind.QUOTE))
    assert setup.texts_shown() and all(n.kind is NoteKind.QUOTE for n in tab.model.notes_in_order())
    tab.kind_filter.setCurrentIndex(0)
    organization = setup.stored()[0].organization_name
    tab.organization_filter.setCurrentIndex(tab.organization_filter.findData(organization))
    assert {n.organization_name for n in tab.model.notes_in_order()} == {organization}
    tab.organization_filter.setCurrentIndex(0)
    speaker = setup.stored()[0].speaker_id
    tab.speaker_filter.setCurrentIndex(tab.speaker_filter.findData(speaker))
    assert {n.speaker_id for n in tab.model.notes_in_order()} == {speaker}
    tab.speaker_filter.setCurrentIndex(0)
    assert tab.shown_label.text() == "16 notes"


def test_move_several_notes_to_another_item_in_one_undo_step(qtbot, setup):
    tab = setup.tab
    register = note_register(setup.store, setup.workshop_id)
    target = register.items[0]
    first = click_note(qtbot, setup, "Platform tüzel kişilik")
    second = click_note(qtbot, setup, "Şirketlerin katkısı", Qt.ControlModifier)
    third = click_note(qtbot, setup, "Villa Zeytin her ay", Qt.ControlModifier)
    assert tab.editor.mode is Mode.MOVE
    assert not tab.editor.text.isVisible() and tab.editor.item.isEnabled()
    # Notes of different items: no item is offered until one is chosen, so Ctrl+Enter
    # never sends them to "Other notes" by itself.
    assert tab.editor.item.currentIndex() == -1
    qtbot.keyClick(tab.editor.item, Qt.Key_Return, Qt.ControlModifier)
    assert setup.stored_note(first.uuid).agenda_item_id == first.agenda_item_id
    assert not setup.history.canUndo()
    tab.editor.item.setFocus()
    tab.editor.item.setCurrentIndex(tab.editor.item.findData(target.id))
    qtbot.keyClick(tab.editor.item, Qt.Key_Return, Qt.ControlModifier)

    moved = {n.uuid: n.agenda_item_id for n in setup.stored()}
    assert {moved[n.uuid] for n in (first, second, third)} == {target.id}
    assert setup.history.undoText() == "Move 3 notes to “Açılış ve tanışma”"
    heading = tab.model.index(tab.model.heading_rows()[0], 0).data()
    assert heading == "1. Açılış ve tanışma  (4)"
    setup.history.undo()
    back = {n.uuid: n.agenda_item_id for n in setup.stored()}
    assert [back[n.uuid] for n in (first, second, third)] == [
        first.agenda_item_id,
        second.agenda_item_id,
        third.agenda_item_id,
    ]


def test_a_note_from_the_live_screen_appears_and_typing_is_kept(qtbot, setup):
    tab = setup.tab
    note = click_note(qtbot, setup, "Platform tüzel kişilik")
    replace_text(qtbot, tab.editor.text, "Yarım kalmış düzeltme")
    row = live.add_note(
        setup.store,
        setup.workshop_id,
        "Canlı ekrandan yeni not",
        agenda_item_id=note.agenda_item_id,
        now=note.noted_at + timedelta(minutes=1),
    )
    # What the live notes panel announces after a note.
    setup.bus.announce_changes([changed(NOTE, setup.workshop_id)], None)
    assert row.text in setup.texts_shown()
    assert tab.shown_label.text() == "17 notes"
    assert tab.editor.note.uuid == note.uuid
    assert tab.editor.text.toPlainText() == "Yarım kalmış düzeltme"


def test_the_workshop_page_has_a_notes_tab_with_its_count(qtbot, demo):
    page = WorkshopPage(demo.store, ChangeBus(), EditHistory())
    qtbot.addWidget(page)
    page.show_workshop(demo.workshop(5))
    qtbot.waitUntil(page.tabs_ready)
    index = page.tabs.indexOf(page.notes)
    assert page.tabs.tabText(index) == "&Notes 16"
    assert index == page.tabs.indexOf(page.agenda) + 1
    assert page.notes.workshop_id == demo.workshop(5)


def test_selection_survives_a_filter(qtbot, setup):
    tab = setup.tab
    note = click_note(qtbot, setup, "Platform tüzel kişilik")
    type_text(tab.search, "platform")
    assert [n.uuid for n in tab.selected_notes()] == [note.uuid]
    selection = tab.view.selectionModel()
    selection.clearSelection()
    assert tab.editor.mode is Mode.NOTHING
    index = tab.model.note_index(note.id, COLUMN_TEXT)
    selection.select(index, QItemSelectionModel.Select | QItemSelectionModel.Rows)
    assert tab.editor.mode is Mode.EDIT


def test_a_workshop_without_notes_says_where_they_come_from(qtbot, demo):
    tab = NotesTab(demo.store, ChangeBus(), EditHistory())
    qtbot.addWidget(tab)
    tab.show_workshop(demo.workshop(6))  # planned: nothing noted yet
    tab.show()
    assert tab.empty.isVisible()
    assert "live screen" in tab.empty.text() and "Ctrl+L" in tab.empty.text()
    tab.show_workshop(demo.workshop(5))  # held, with its notes
    assert not tab.empty.isVisible()
