"""The Agenda tab of a workshop: timed items, their order, and the total against the planned end.

Cells are edited in place (a combo for the kind and the presenter, a spin
box for the minutes). Every edit — add, insert a break, delete, change a
field, move by drag or Alt+Up/Alt+Down, copy another workshop's agenda,
start from a template — runs through ``Edits.run`` (``kit/operations.py``):
written through ``services/agenda.py``, then one undoable step on the
window's history whose text says what Ctrl+Z will undo. The modal questions
are in ``agenda_dialogs`` (``ask…()`` functions that tests replace); the
cell editors in ``agenda_item_delegate``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import NotFoundError
from facilitator.services import agenda, attendees, workshops
from facilitator.services.agenda import MAX_MINUTES, TITLE_LENGTH
from facilitator.store import Store
from facilitator.text import turkish_lower
from facilitator.ui.kit import colours, dialogs, icons
from facilitator.ui.kit.autosave import error_label
from facilitator.ui.kit.changes import PERSON, WORKSHOP, ChangeBus, changed
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.timefmt import clock
from facilitator.ui.kit.undo import EditHistory, Undo
from facilitator.ui.workshop import agenda_dialogs
from facilitator.ui.workshop.agenda_item_delegate import AgendaItemDelegate
from facilitator.ui.workshop.agenda_table_model import (
    COLUMN_KIND,
    COLUMN_MINUTES,
    COLUMN_PRESENTER,
    COLUMN_START,
    COLUMN_TITLE,
    AgendaTableModel,
    item_count_text,
)

COLUMN_WIDTHS = {
    COLUMN_START: 80,
    COLUMN_TITLE: 340,
    COLUMN_KIND: 104,
    COLUMN_MINUTES: 72,
    COLUMN_PRESENTER: 215,
}
BREAK_MINUTES = 15
OVERRUN_STYLE = "padding: 3px 10px; border-radius: 4px; font-weight: bold;"  # on its fill


def _quoted(title: str, limit: int = 48) -> str:
    """A title as undo texts show it: short enough for a menu."""
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


# -- the tab -------------------------------------------------------------------------


class AgendaTab(QWidget):
    """Builds a workshop's timed agenda; each edit is one undoable step."""

    count_changed = Signal(int)  # the number of items shown, for the tab's label

    def __init__(self, store: Store, bus: ChangeBus, history: EditHistory, parent=None):
        super().__init__(parent)
        self._store = store
        self._edits = Edits(store, bus, history)
        self._workshop_id: int | None = None

        self.model = AgendaTableModel(self)
        self.model.edit_requested.connect(self._on_edit_requested)
        self.model.move_requested.connect(self.move_item)
        self.delegate = AgendaItemDelegate(self)
        self.view = self._build_view()

        self.error = error_label()
        self.error.setTextFormat(Qt.PlainText)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()

        # Adding: type a title, press Enter.
        self.new_title = QLineEdit()
        self.new_title.setMaxLength(TITLE_LENGTH)
        self.new_title.setPlaceholderText(self.tr("New item: type its title and press Enter"))
        self.new_title.setToolTip(
            self.tr("The new item goes after the selected one, or at the end.")
        )
        self.new_title.returnPressed.connect(self.add_item)
        self.new_minutes = QSpinBox()
        self.new_minutes.setRange(0, MAX_MINUTES)
        self.new_minutes.setSingleStep(5)
        self.new_minutes.setValue(15)
        self.new_minutes.setSuffix(self.tr(" min"))
        self.new_minutes.setToolTip(self.tr("Planned minutes of the new item"))
        self.new_minutes.installEventFilter(self)  # Enter here adds the item too
        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_button.clicked.connect(self.add_item)

        self.break_action = self._action(self.tr("Insert &break"), "Ctrl+B", self.insert_break)
        self.delete_action = self._action(self.tr("Delete ite&m"), None, self.delete_selected)
        self.delete_action.setShortcut(QKeySequence.Delete)
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)
        self.view.addAction(self.delete_action)
        self.move_up_action = self._action(self.tr("Move u&p"), "Alt+Up", self.move_selected_up)
        self.move_down_action = self._action(
            self.tr("Mo&ve down"), "Alt+Down", self.move_selected_down
        )
        self.copy_action = self._action(
            self.tr("Cop&y from a workshop…"), None, self.copy_from_workshop
        )
        self.save_template_action = self._action(
            self.tr("&Save as template…"), None, self.save_as_template
        )
        self.apply_template_action = self._action(
            self.tr("Start from a &template…"), None, self.start_from_template
        )
        icons.decorate(self, {
            "break_action": "break", "delete_action": "delete", "move_up_action": "move_up",
            "move_down_action": "move_down", "copy_action": "duplicate",
            "save_template_action": "save", "apply_template_action": "template",
        })  # fmt: skip
        self.addAction(self.break_action)
        # A row moves only while the table itself has the focus: in an open cell editor
        # Alt+Down opens the combo's list, and in the add row it does nothing.
        for action in (self.move_up_action, self.move_down_action):
            action.setShortcutContext(Qt.WidgetShortcut)
            self.view.addAction(action)

        self.templates_button = QPushButton(icon("template"), self.tr("&Templates"))
        templates_menu = QMenu(self.templates_button)
        templates_menu.addAction(self.apply_template_action)
        templates_menu.addAction(self.save_template_action)
        self.templates_button.setMenu(templates_menu)

        self.break_button = self._button(self.break_action)
        self.move_up_button = self._button(self.move_up_action)
        self.move_down_button = self._button(self.move_down_action)
        self.delete_button = self._button(self.delete_action)
        self.copy_button = self._button(self.copy_action)
        tools = QHBoxLayout()
        for button in (
            self.break_button,
            self.move_up_button,
            self.move_down_button,
            self.delete_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.copy_button)
        tools.addWidget(self.templates_button)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.new_minutes)
        add_row.addWidget(self.add_button)

        self.total_label = QLabel()
        self.total_label.setTextFormat(Qt.PlainText)
        self.total_label.setWordWrap(True)
        self.overrun_label = QLabel()
        self._overrun = False
        # Red when the agenda runs past the planned end, in the palette's mode of the moment.
        colours.follow_palette(self.overrun_label, self._style_overrun)
        self.overrun_label.setTextFormat(Qt.PlainText)
        self.overrun_label.setWordWrap(True)  # a narrow window wraps the warning, never cuts it
        self.overrun_label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.overrun_label.hide()
        summary = QHBoxLayout()
        # Half the width each: a wrapping label would otherwise ask for half its line only.
        summary.addWidget(self.total_label, 1)
        summary.addWidget(self.overrun_label, 1)

        self.empty = self._build_empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(tools)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        layout.addLayout(add_row)
        layout.addLayout(summary)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        bus.changed.connect(self._on_changed)
        self._update_actions()

    # -- building ---------------------------------------------------------------------

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def eventFilter(self, watched, event):
        if (
            watched is self.new_minutes
            and event.type() == QEvent.KeyPress
            and event.key() in (Qt.Key_Return, Qt.Key_Enter)
            and not event.modifiers() & ~Qt.KeypadModifier
        ):
            self.add_item()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        action.setIconText(action.text())  # keep the "…" and the mnemonic on the button
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        keys = action.shortcut().toString(QKeySequence.NativeText)
        button.setToolTip(action.text().replace("&", "") + (f" ({keys})" if keys else ""))
        return button

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setItemDelegate(self.delegate)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDragDropMode(QAbstractItemView.InternalMove)
        view.setDefaultDropAction(Qt.MoveAction)
        view.setDropIndicatorShown(True)
        # Never let a drop "overwrite" cells: a move is one request to the tab.
        view.setDragDropOverwriteMode(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 14)  # room for a combo editor
        rows.setDefaultAlignment(Qt.AlignCenter)
        columns = view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.Interactive)
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            view.setColumnWidth(column, width)
        view.setMinimumHeight(rows.defaultSectionSize() * 4)
        return view

    def _build_empty_state(self) -> QWidget:
        page = QWidget()
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_template_button = QPushButton(
            icon("template"), self.tr("Start from a template…")
        )
        self.empty_template_button.clicked.connect(self.start_from_template)
        self.empty_copy_button = QPushButton(
            icon("duplicate"), self.tr("Copy from an earlier workshop…")
        )
        self.empty_copy_button.clicked.connect(self.copy_from_workshop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_template_button)
        buttons.addWidget(self.empty_copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    # -- showing ----------------------------------------------------------------------

    @property
    def workshop_id(self) -> int | None:
        return self._workshop_id

    def show_workshop(self, workshop_id: int) -> None:
        """Show the workshop's agenda; only then does the tab edit that workshop.

        Raises what the services raise; the tab is then left empty and disabled.
        """
        if workshop_id != self._workshop_id:
            self.new_title.clear()
        self.clear()
        plan = agenda.get_agenda(self._store, workshop_id)
        people = attendees.list_attendees(self._store, workshop_id)
        self._workshop_id = workshop_id
        self._show(plan, people)
        self.setEnabled(True)

    def clear(self) -> None:
        """No workshop: no items, nothing to add to or edit."""
        self.setEnabled(False)
        self._workshop_id = None
        self._hide_messages()
        self.view.clearSelection()
        self.delegate.presenters = []
        self.model.set_rows([])
        self.total_label.clear()
        self.overrun_label.hide()
        self.empty_text.clear()
        self.stack.setCurrentWidget(self.empty)
        self._update_actions()

    def reload(self) -> None:
        """Show the stored agenda again (the selection stays on the same item)."""
        if self._workshop_id is None:
            return
        try:
            plan = agenda.get_agenda(self._store, self._workshop_id)
            people = attendees.list_attendees(self._store, self._workshop_id)
        except NotFoundError:  # deleted meanwhile: nothing of it stays editable
            self.clear()
            self.count_changed.emit(0)
            return
        self._show(plan, people)

    def _show(self, plan: agenda.Agenda, people) -> None:
        selected = self.selected_item_id()
        self.delegate.presenters = [
            (p.person_id, f"{p.display_name} — {p.organization_name}")
            if p.organization_name
            else (p.person_id, p.display_name)
            for p in people
        ]
        self.model.set_rows(plan.items, plan.planned_end, plan.time_zone)
        if selected is not None and self.selected_item_id() is None:
            self.select_item(selected)
        self._show_summary(plan)
        if plan.items:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty_text.setText(
                self.tr(
                    "<h3>No agenda yet</h3><p>Build the timed agenda of this workshop: type "
                    "the title of the first item in the field below and press Enter, then the "
                    "next one. Start times are counted from the workshop's start at %1; the "
                    "total is checked against its planned end at %2.</p><p>Or begin with an "
                    "agenda that already exists:</p>"
                )
                .replace("%1", clock(plan.planned_start, plan.time_zone))
                .replace("%2", clock(plan.planned_end, plan.time_zone))
            )
            self.stack.setCurrentWidget(self.empty)
        self._update_actions()
        self.count_changed.emit(len(plan.items))

    def _show_summary(self, plan: agenda.Agenda) -> None:
        zone = plan.time_zone
        window = f"{clock(plan.planned_start, zone)}–{clock(plan.planned_end, zone)}"
        self.total_label.setText(
            self.tr("%1, %2 min planned · workshop %3 (%4 min)")
            .replace("%1", item_count_text(len(plan.items)))
            .replace("%2", str(plan.total_minutes))
            .replace("%3", window)
            .replace("%4", str(plan.available_minutes))
        )
        if not plan.items:
            self.overrun_label.hide()
            return
        ends = clock(plan.ends_at, zone)
        if plan.overrun_minutes:
            text = (
                self.tr(
                    "The agenda runs %n minute(s) past the planned end (%1 → %2).",
                    "",
                    plan.overrun_minutes,
                )
                .replace("%1", clock(plan.planned_end, zone))
                .replace("%2", ends)
            )
            self._overrun = True
        elif plan.spare_minutes:
            text = (
                self.tr("%1 min to spare: the agenda ends at %2")
                .replace("%1", str(plan.spare_minutes))
                .replace("%2", ends)
            )
            self._overrun = False
        else:
            text = self.tr("Ends on time at %1").replace("%1", ends)
            self._overrun = False
        self.overrun_label.setText(text)
        self._style_overrun()
        self.overrun_label.show()

    def _style_overrun(self) -> None:
        fill = colours.fill_css(colours.Fill.BANNER_ERROR) if self._overrun else ""
        self.overrun_label.setStyleSheet(
            f"{fill} {OVERRUN_STYLE}" if fill else "padding: 3px 10px;"
        )

    def _update_actions(self) -> None:
        row = self._selected_row()
        count = self.model.rowCount()
        self.delete_action.setEnabled(row >= 0)
        self.move_up_action.setEnabled(row > 0)
        self.move_down_action.setEnabled(0 <= row < count - 1)
        self.break_action.setEnabled(count > 0)
        self.save_template_action.setEnabled(count > 0)
        has_workshop = self._workshop_id is not None
        for widget in (self.new_title, self.new_minutes, self.add_button, self.templates_button):
            widget.setEnabled(has_workshop)
        self.copy_action.setEnabled(has_workshop)

    def _on_changed(self, kind: str, ids: tuple, initiator=None) -> None:
        if initiator is self or self._workshop_id is None:
            return
        if (kind == WORKSHOP and (not ids or self._workshop_id in ids)) or kind == PERSON:
            self.reload()

    # -- selection --------------------------------------------------------------------

    def _selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_item_id(self) -> int | None:
        row = self._selected_row()
        return self.model.row_at(row).id if row >= 0 else None

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of_id(item_id)
        if row < 0:
            return False
        if self._selected_row() == row:
            # Already there: keep the current cell, so Tab after an edit goes on from it.
            return True
        index = self.model.index(row, COLUMN_TITLE)
        self.view.selectionModel().setCurrentIndex(
            index,
            self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    # -- messages ---------------------------------------------------------------------

    def _hide_messages(self) -> None:
        self.error.hide()
        self.notice.hide()

    def _show_error(self, message: str) -> None:
        self.notice.hide()
        self.error.setText(message)
        self.error.show()

    def _show_notice(self, message: str) -> None:
        self.error.hide()
        self.notice.setText(message)
        self.notice.show()

    # -- writing ----------------------------------------------------------------------

    def _edit(self, do: Callable[[], object], undo=None, select: int | None = None):
        """Make an edit of the shown agenda (``kit.operations``); show it and select ``select``."""
        done = self._edits.run(
            self,
            do,
            changes=changed(WORKSHOP, self._workshop_id),
            undo=undo,
            on_error=self._show_error,
        )
        if done:
            self._hide_messages()
            self.reload()
            if select is not None:
                self.select_item(select)
        return done

    def _undo(self, text: str, undo, redo, select: int | None = None) -> Undo:
        """How to undo an edit of the shown agenda; the item is selected again after."""
        workshop_id = self._workshop_id

        def after() -> None:
            self._hide_messages()
            if select is not None and self._workshop_id == workshop_id:
                self.select_item(select)

        return Undo(text, undo, redo, after=after, workshop_id=workshop_id)

    def _item_row(self, item_id: int):
        row = self.model.row_of_id(item_id)
        return self.model.row_at(row) if row >= 0 else None

    # -- the edits --------------------------------------------------------------------

    def _edit_text(self, field: str, title: str) -> str:
        text = {
            "title": self.tr("Rename “%1”"),
            "kind": self.tr("Change the kind of “%1”"),
            "planned_minutes": self.tr("Change the minutes of “%1”"),
            "presenter_id": self.tr("Change the presenter of “%1”"),
            "goal": self.tr("Change the goal of “%1”"),
        }[field]
        return text.replace("%1", _quoted(title))

    def _on_edit_requested(self, item_id: int, field: str, value) -> None:
        row = self._item_row(item_id)
        if row is None:
            return
        old = getattr(row, field)
        if field == "kind":
            old = old.value
        store = self._store
        self._edit(
            # What the cell showed: changed by another user since, the edit is refused.
            lambda: agenda.update_item(store, item_id, seen={field: old}, **{field: value}),
            self._undo(
                self._edit_text(field, row.title),
                # Each carries the value it expects: a change made elsewhere meanwhile is kept.
                undo=lambda: agenda.update_item(
                    store, item_id, expect={field: value}, **{field: old}
                ),
                redo=lambda: agenda.update_item(
                    store, item_id, expect={field: old}, **{field: value}
                ),
                select=item_id,
            ),
            select=item_id,
        )

    def _add(self, text: str, do: Callable[[], object]):
        """Add an item (``do`` returns its row); undoing deletes it, redoing restores it."""
        store = self._store
        state: dict = {}

        def undoable(row) -> Undo:
            # Each expects what the other left: an item the live screen has since recorded
            # times or notes on, or that was renamed elsewhere, is not deleted.
            state["made"] = [agenda.added_item(row)]

            def undo() -> None:
                state["snapshots"] = agenda.delete_items(store, [row.id], expect=state["made"])

            def redo() -> None:
                state["made"] = agenda.restore_items(store, state["snapshots"])

            return self._undo(text.replace("%1", _quoted(row.title)), undo, redo, select=row.id)

        done = self._edits.run(
            self,
            do,
            changes=changed(WORKSHOP, self._workshop_id),
            undo=undoable,
            on_error=self._show_error,
        )
        if done:
            self._hide_messages()
            self.reload()
            self.select_item(done.value.id)
        return done

    def add_item(self) -> None:
        """Add the item typed in the title field, after the selected item or at the end;
        its kind follows the item above it. The title field is then ready for the next."""
        if self._workshop_id is None:
            return
        self.new_minutes.interpretText()  # minutes typed, Enter pressed at once
        title = self.new_title.text().strip()
        if not title:
            self._show_notice(self.tr("Type the title of the new item, then press Enter."))
            self.new_title.setFocus()
            return
        selected = self._item_row(self.selected_item_id() or 0)
        store, workshop_id, minutes = self._store, self._workshop_id, self.new_minutes.value()
        done = self._add(
            self.tr("Add “%1”"),
            lambda: agenda.add_item(
                store,
                workshop_id,
                title,
                planned_minutes=minutes,
                position=selected.position + 1 if selected else None,
            ),
        )
        if done:
            self.new_title.setText("")  # no undo of its own: Ctrl+Z undoes the add
            self.new_title.setFocus()

    def insert_break(self) -> None:
        """Insert a coffee break after the selected item (or the last one)."""
        if self._workshop_id is None or self.model.rowCount() == 0:
            return
        after = self._item_row(self.selected_item_id() or 0) or self.model.row_at(
            self.model.rowCount() - 1
        )
        store, title = self._store, self.tr("Coffee break")
        self._add(
            self.tr("Insert a break after “%1”").replace("%1", _quoted(after.title)),
            lambda: agenda.insert_break(store, after.id, title, planned_minutes=BREAK_MINUTES),
        )

    def delete_selected(self) -> None:
        item_id = self.selected_item_id()
        if item_id is None:
            return
        row = self._item_row(item_id)
        store = self._store
        state: dict = {}

        def delete() -> None:
            state["snapshots"] = agenda.delete_items(store, [item_id])

        def undo() -> None:
            state["restored"] = agenda.restore_items(store, state["snapshots"])

        def redo() -> None:
            # What the undo brought back: a change made to it elsewhere since is kept.
            state["snapshots"] = agenda.delete_items(store, [item_id], expect=state["restored"])

        text = self.tr("Delete “%1”").replace("%1", _quoted(row.title))
        if not self._edit(delete, self._undo(text, undo, redo, select=item_id)):
            return
        if self.model.rowCount():
            # The item that took its place is selected, so Delete can be pressed again.
            self.select_item(self.model.row_at(min(row.position, self.model.rowCount()) - 1).id)

    def move_item(self, item_id: int, position: int) -> None:
        """Move an item to ``position`` (1-based): the drop of a drag, or Alt+Up/Alt+Down."""
        row = self._item_row(item_id)
        if row is None or row.position == position:
            return
        store, old = self._store, row.position
        self._edit(
            lambda: agenda.move_item(store, item_id, position),
            self._undo(
                self.tr("Move “%1”").replace("%1", _quoted(row.title)),
                undo=lambda: agenda.move_item(store, item_id, old),
                redo=lambda: agenda.move_item(store, item_id, position),
                select=item_id,
            ),
            select=item_id,
        )

    def move_selected_up(self) -> None:
        row = self._item_row(self.selected_item_id() or 0)
        if row is not None and row.position > 1:
            self.move_item(row.id, row.position - 1)

    def move_selected_down(self) -> None:
        row = self._item_row(self.selected_item_id() or 0)
        if row is not None and row.position < self.model.rowCount():
            self.move_item(row.id, row.position + 1)

    def _change_all(self, text: str, do: Callable[[], agenda.AgendaChange]):
        """Replace or extend the whole agenda; undoing puts back the agenda before.

        Each of undo and redo expects the agenda the other left: when items were edited,
        added or deleted since, or the live screen recorded actual times, it is refused.
        """
        store = self._store

        def undoable(change: agenda.AgendaChange) -> Undo:
            state = {"now": change.after}

            def put(snapshots) -> None:
                state["now"] = agenda.put_agenda(
                    store, change.workshop_id, snapshots, expect=state["now"]
                )

            return self._undo(text, undo=lambda: put(change.before), redo=lambda: put(change.after))

        return self._edit(do, undoable)

    def copy_from_workshop(self) -> None:
        """Copy the agenda of another workshop (asked in a dialog), replacing or appending."""
        if self._workshop_id is None:
            return
        sources = agenda.copy_sources(self._store, self._workshop_id)
        if not sources:
            self._show_notice(self.tr("No other workshop has an agenda to copy yet."))
            return
        answer = agenda_dialogs.ask_copy_source(self, sources, self.model.rowCount() > 0)
        if answer is None:
            return
        source_id, replace = answer
        source = next(s for s in sources if s.id == source_id)
        store, workshop_id = self._store, self._workshop_id
        self._change_all(
            self.tr("Copy the agenda of “%1”").replace("%1", _quoted(source.title)),
            lambda: agenda.copy_agenda(store, source_id, workshop_id, replace=replace),
        )

    def save_as_template(self) -> None:
        """Save the agenda under a name (asked) as a template for later workshops."""
        if self._workshop_id is None or not self.model.rowCount():
            return
        suggestion = workshops.get_workshop(self._store, self._workshop_id).title
        name = agenda_dialogs.ask_template_name(self, suggestion)
        if name is None:
            return
        store, workshop_id = self._store, self._workshop_id
        taken = next(
            (
                t
                for t in agenda.list_templates(store)
                if turkish_lower(t.name) == turkish_lower(name.strip())
            ),
            None,
        )
        if taken is not None:
            question = self.tr(
                "A template named “%1” already exists. Replace it with this agenda?"
            ).replace("%1", taken.name)
            if not dialogs.ask_yes_no(self, self.tr("Replace template"), question):
                return
        done = self._edits.run(
            self,
            lambda: agenda.save_template(store, workshop_id, name, replace=taken is not None),
            on_error=self._show_error,
        )
        if not done:
            return
        saved = done.value
        self._show_notice(
            self.tr("Saved as the template “%1” (%2).")
            .replace("%1", saved.name)
            .replace("%2", item_count_text(len(saved.items)))
        )

    def _delete_template(self, template_id: int) -> bool:
        template = next(
            (t for t in agenda.list_templates(self._store) if t.id == template_id), None
        )
        if template is None:
            return True
        question = self.tr(
            "Delete the template “%1”? Agendas made from it stay as they are."
        ).replace("%1", template.name)
        if not dialogs.ask_yes_no(self, self.tr("Delete template"), question):
            return False
        store = self._store
        done = self._edits.run(
            self,
            lambda: agenda.delete_template(store, template_id),
            error_title=self.tr("Cannot delete the template"),
        )
        return done is not None

    def start_from_template(self) -> None:
        """Start the agenda from a template (asked in a dialog), replacing or appending."""
        if self._workshop_id is None:
            return
        templates = agenda.list_templates(self._store)
        if not templates:
            self._show_notice(
                self.tr(
                    "No template yet. Build an agenda, then keep it with Templates › "
                    "Save as template."
                )
            )
            return
        answer = agenda_dialogs.ask_template(
            self, templates, self.model.rowCount() > 0, self._delete_template
        )
        if answer is None:
            return
        template_id, replace = answer
        name = next((t.name for t in templates if t.id == template_id), "")
        text = (
            self.tr("Start from the template “%1”") if replace else self.tr("Add the template “%1”")
        )
        store, workshop_id = self._store, self._workshop_id
        self._change_all(
            text.replace("%1", _quoted(name)),
            lambda: agenda.apply_template(store, template_id, workshop_id, replace=replace),
        )
