"""The directory on a laptop: every column of both tables in sight (a long name, e-mail or
city cut, whole in its tooltip; phone numbers and counts whole), the person form's words
uncut in a narrow panel, and icons on its tabs and buttons (issue 17)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStyleOptionViewItem

from facilitator.ui.directory.directory_page import (
    ORG_COLUMN_PEOPLE,
    ORG_TEXT_COLUMNS,
    PEOPLE_COLUMN_PHONE,
    PEOPLE_TEXT_COLUMNS,
)
from facilitator.ui.directory.empty_directory import EmptyDirectory
from facilitator.ui.directory.retention_dialog import RetentionDialog
from facilitator.ui.kit.changes import ChangeBus

# The main window on laptops' screens: 1366×768, 1280×800, and 1280×720 (150 % of 1080p).
LAPTOPS = [(1366, 720), (1280, 760), (1280, 680)]


def _needs(view, index) -> int:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    return view.itemDelegateForIndex(index).sizeHint(option, index).width()


def _in_sight(view) -> bool:
    header = view.horizontalHeader()
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(5))
    return right <= view.viewport().width()


def _directory(qtbot, window, size):
    window.resize(*size)
    window.show_directory()
    page = window.directory_page
    qtbot.waitUntil(lambda: page.people.view.isVisible() and _in_sight(page.people.view))
    return page


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_column_of_both_tables_is_in_sight(qtbot, demo_window, size):
    page = _directory(qtbot, demo_window, size)
    for pane, text_columns, short in (
        (page.people, PEOPLE_TEXT_COLUMNS, PEOPLE_COLUMN_PHONE),
        (page.organizations, ORG_TEXT_COLUMNS, ORG_COLUMN_PEOPLE),
    ):
        page.tabs.setCurrentWidget(pane)
        view, model = pane.view, pane.model
        qtbot.waitUntil(lambda view=view: view.isVisible() and _in_sight(view))
        header = view.horizontalHeader()
        for column in range(model.columnCount()):
            words = model.headerData(column, Qt.Horizontal)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(words)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                if index.data() and _needs(view, index) > view.columnWidth(column):
                    assert column in text_columns, index.data()  # a text, never a number
                    assert index.data(Qt.ToolTipRole) == index.data()
            phone_or_count = model.index(row, short)
            assert _needs(view, phone_or_count) <= view.columnWidth(short)


def _room_for_text(button) -> int:
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    rect = button.style().subElementRect(QStyle.SE_CheckBoxContents, option, button)
    return rect.width()


def test_the_consent_check_box_reads_whole_beside_a_narrow_form(qtbot, demo_window):
    page = _directory(qtbot, demo_window, LAPTOPS[1])
    pane = page.people
    pane.view.selectRow(0)
    box = pane.contact_consent
    qtbot.waitUntil(box.isVisible)
    words = box.fontMetrics().horizontalAdvance(box.text().replace("&", ""))
    assert _room_for_text(box) >= words
    # The form never pushes the table below what its columns need: it scrolls instead.
    assert pane.view.width() > pane.width() // 2


def test_the_directory_tabs_and_buttons_have_icons(qtbot, demo_window, store):
    page = _directory(qtbot, demo_window, LAPTOPS[0])
    assert not page.tabs.tabIcon(0).isNull() and not page.tabs.tabIcon(1).isNull()
    for pane in (page.people, page.organizations):
        for button in (pane.add_button, pane.delete_button, pane.merge_button):
            assert not button.icon().isNull(), button.text()
    data = page.people.personal_data
    for button in (data.export_button, data.anonymise_button, data.retention_button):
        assert not button.icon().isNull(), button.text()
    empty = EmptyDirectory()
    qtbot.addWidget(empty)
    for button in (empty.add_person_button, empty.import_button, empty.add_organization_button):
        assert not button.icon().isNull(), button.text()
    retention = RetentionDialog(store, ChangeBus(), lambda: datetime(2027, 1, 16, tzinfo=UTC))
    qtbot.addWidget(retention)
    assert not retention.anonymise_button.icon().isNull()
