"""The Attendees tab, the import preview and the Overview on a laptop, light or dark: every
column in sight (a long name cut, whole in its tooltip), icons on the buttons, a refusal
in the error colour and a notice not, and a problem said under a form leaving as soon as
it is put right (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from facilitator.documents.attendee_files import read_attendee_file
from facilitator.errors import ValidationError
from facilitator.services import attendees
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.new_item_dialogs import NewWorkshopDialog
from facilitator.ui.workshop.attendees_tab import (
    COLUMN_ATTENDANCE,
    COLUMN_INVITATION,
    COLUMN_NAME,
    COLUMN_ORGANIZATION,
    COLUMN_POSITION,
    COLUMN_ROLE,
)
from facilitator.ui.workshop.import_dialog import ImportDialog
from facilitator.ui.workshop.import_preview_model import COLUMN_PHONE, COLUMN_ROW, COLUMN_STATUS
from tests.ui.keys import leave, type_text
from tests.ui.screen_checks import dark_palette

DATA = Path(__file__).resolve().parents[2] / "data" / "attendees"

# The main window on laptops' screens: 1366×768, 1280×800, and 1280×720 (150 % of 1080p).
LAPTOPS = [(1366, 720), (1280, 760), (1280, 680)]


def _needs(view, index) -> int:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    return view.itemDelegateForIndex(index).sizeHint(option, index).width()


def _in_sight(view) -> bool:
    header = view.horizontalHeader()
    right = max(
        header.sectionViewportPosition(c) + header.sectionSize(c)
        for c in range(header.count())
        if not header.isSectionHidden(c)
    )
    return right <= view.viewport().width()


def _open_attendees(qtbot, window, demo, size):
    window.resize(*size)
    window.open_workshop(demo.workshop(5))
    page = window.workshop_page
    page.tabs.setCurrentWidget(page.attendees)
    tab = page.attendees
    qtbot.waitUntil(lambda: tab.view.isVisible() and _in_sight(tab.view))
    return tab


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_attendee_column_is_in_sight_and_the_short_ones_whole(qtbot, demo, window, size):
    tab = _open_attendees(qtbot, window, demo, size)
    view, model = tab.view, tab.model
    header = view.horizontalHeader()
    for column in range(model.columnCount()):  # every heading whole ("Attendance" too)
        words = model.headerData(column, Qt.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(words), words
    cut = set()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if index.data() and _needs(view, index) > view.columnWidth(column):
                # Only a name, an organization or a position is cut, and reads on hover.
                assert column in (COLUMN_NAME, COLUMN_ORGANIZATION, COLUMN_POSITION), index.data()
                assert index.data(Qt.ToolTipRole) == index.data()
                cut.add(column)
    for column in (COLUMN_ROLE, COLUMN_INVITATION, COLUMN_ATTENDANCE):
        assert column not in cut
    assert not view.wordWrap()  # cut at the end of one line, not after a word on two


def test_the_attendees_buttons_have_icons(qtbot, demo, window):
    tab = _open_attendees(qtbot, window, demo, LAPTOPS[0])
    for button in (
        tab.new_person_button,
        tab.import_button,
        tab.export_button,
        tab.invite_button,
        tab.confirm_button,
        tab.present_button,
        tab.remove_button,
    ):
        assert not button.icon().isNull(), button.text()
    notes = window.workshop_page.notes
    assert not notes.add_action.icon().isNull()
    assert not notes.delete_action.icon().isNull()
    assert not notes.editor.save_button.icon().isNull()


def _ink(label):
    label.ensurePolished()
    return label.palette().color(label.foregroundRole())


def test_a_refusal_is_in_the_error_colour_and_someone_already_attending_is_not(
    qtbot, qapp, demo, window, store, monkeypatch
):
    tab = _open_attendees(qtbot, window, demo, LAPTOPS[0])
    light = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        tab.add_search.setFocus()
        type_text(tab.add_search, "Mert Ağca")  # already attends workshop 5
        qtbot.keyClick(tab.add_search, Qt.Key_Return)
        assert tab.error.isVisible() and "Mert Ağca" in tab.error.text()
        assert _ink(tab.error) == dark_palette().color(QPalette.WindowText)

        def refuse(*_args, **_kwargs):
            raise ValidationError("Bu katılımcı kilitli.")

        monkeypatch.setattr(attendees, "update_attendees", refuse)
        tab.view.setFocus()
        tab.view.selectRow(0)
        tab.present_button.click()
        assert tab.error.text() == "Bu katılımcı kilitli."
        assert _ink(tab.error) == colours.colour(Tone.ERROR, True)
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: _ink(tab.error) == colours.colour(Tone.ERROR, False))


def test_every_column_of_the_import_preview_is_in_sight(qtbot, store, make_workshop):
    workshop = make_workshop("Bursa Sosyal Sorumluluk Platformu")
    dialog = ImportDialog(
        store, workshop.id, read_attendee_file(DATA / "form_responses_utf8_bom.csv")
    )
    qtbot.addWidget(dialog)
    dialog.resize(900, 600)  # narrower than it opens: a dialog on a 150 % screen, say
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_updating())
    qtbot.waitUntil(lambda: _in_sight(dialog.view))
    view, model = dialog.view, dialog.model
    assert model.rowCount() == 3
    for row in range(model.rowCount()):
        for column in (COLUMN_ROW, COLUMN_STATUS, COLUMN_PHONE):
            index = model.index(row, column)
            assert _needs(view, index) <= view.columnWidth(column), index.data()
    assert not dialog.import_button.icon().isNull()


# -- problems that leave when put right -------------------------------------------------


def test_the_overviews_refusal_leaves_as_soon_as_the_title_is_typed(qtbot, demo, window):
    window.open_workshop(demo.workshop(6))
    page = window.workshop_page
    page.tabs.setCurrentWidget(page.overview)
    tab = page.overview
    title = tab.title.text()
    tab.title.setFocus()
    qtbot.keyClick(tab.title, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(tab.title, Qt.Key_Delete)
    leave(qtbot, tab.title)
    assert tab.error.isVisible() and tab.error.text()  # an empty title is refused …
    assert tab.title.text() == title  # … and the stored one put back
    tab.title.setFocus()
    qtbot.keyClick(tab.title, Qt.Key_A, Qt.ControlModifier)
    type_text(tab.title, "Y")  # the first key of a new title: the refusal has gone
    assert not tab.error.isVisible()
    type_text(tab.title, "ol haritası")
    leave(qtbot, tab.title)
    assert tab.title.text() == "Yol haritası" and not tab.error.isVisible()


def test_give_the_workshop_a_title_leaves_as_soon_as_one_is_typed(qtbot):
    dialog = NewWorkshopDialog([], zone_of=lambda _series_id: "Europe/Istanbul")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key_Return)  # OK with no title
    assert dialog.isVisible()
    assert dialog.problem.isVisible() and dialog.problem.text() == "Give the workshop a title."
    assert _ink(dialog.problem) == colours.colour(Tone.ERROR)
    type_text(dialog.title, "B")
    assert not dialog.problem.isVisible()
    type_text(dialog.title, "ursa")
    qtbot.keyClick(dialog.title, Qt.Key_Return)
    assert not dialog.isVisible() and dialog.values()["title"] == "Bursa"
