"""The Notes tab of a workshop: every note of the discussion, to correct after the session.

Notes are grouped by agenda item in agenda order ("Other notes" last, as in
the minutes), each with its time, kind, speaker (and organization) and its
whole text, wrapped. The panel beside the list corrects the selected note,
adds a note taken on paper, or moves several selected notes to another item.
Delete removes the selected notes. Every write runs through ``Edits.run``
(``kit/operations.py``) as one undoable step whose undo and redo carry the
values they expect (``services/live/notes.py``), and is announced as a NOTE
change, so the live screen and the minutes follow; the tab reads again when
the live screen announces a note.

The filters (kind, speaker, organization, words) run over rows read once
(``services/note_register``): a keystroke never queries the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyledItemDelegate,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import NotFoundError
from facilitator.services.live import notes as live_notes
from facilitator.services.note_register import (
    NOBODY,
    NoteFilter,
    NoteRegister,
    note_register,
    note_values,
)
from facilitator.store import Store
from facilitator.ui.kit.autosave import error_label
from facilitator.ui.kit.changes import NOTE, ORGANIZATION, PERSON, WORKSHOP, ChangeBus, changed
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.labels import NOTE_KINDS, note_kind_label
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import EditHistory, Undo
from facilitator.ui.workshop.notes_editor import Mode, NoteEditor
from facilitator.ui.workshop.notes_tree_model import (
    COLUMN_KIND,
    COLUMN_SPEAKER,
    COLUMN_TEXT,
    COLUMN_TIME,
    NotesTreeModel,
)

COLUMN_WIDTHS = {COLUMN_TIME: 78, COLUMN_KIND: 96, COLUMN_SPEAKER: 200}
_WRAPPED = (COLUMN_SPEAKER, COLUMN_TEXT)


def _quoted(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text and speaker at the columns' current widths."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[str, int], int] = {}  # wrapped height by text and width

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        if index.column() not in _WRAPPED:
            return hint
        text = index.data()
        if not text:
            return hint
        width = max(self._view.header().sectionSize(index.column()) - 10, 40)
        key = (text, width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 20_000:
                self._heights.clear()
            metrics = option.fontMetrics
            height = metrics.boundingRect(0, 0, width, 100_000, Qt.TextWordWrap, text).height()
            self._heights[key] = height
        return QSize(hint.width(), max(hint.height(), height + 8))


class NotesTab(QWidget):
    """Lists, corrects, adds, deletes and moves a workshop's notes; each edit is undoable."""

    count_changed = Signal(int)  # the number of notes, for the tab's label

    def __init__(self, store: Store, bus: ChangeBus, history: EditHistory, parent=None):
        super().__init__(parent)
        self._store = store
        self._edits = Edits(store, bus, history)
        self._workshop_id: int | None = None
        self._register: NoteRegister | None = None

        self.error = error_label()
        self.error.setTextFormat(Qt.PlainText)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find in the notes, speakers, organizations"))
        self.search.textChanged.connect(self._apply_filter)
        search_label = QLabel(self.tr("Sea&rch:"))
        search_label.setBuddy(self.search)
        self.kind_filter = QComboBox()
        self.speaker_filter = QComboBox()
        self.organization_filter = QComboBox()
        for combo in (self.kind_filter, self.speaker_filter, self.organization_filter):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._apply_filter)
        self.shown_label = QLabel()
        self.shown_label.setTextFormat(Qt.PlainText)

        self.model = NotesTreeModel(self)
        self.view = self._build_view()
        self.editor = NoteEditor()
        self.editor.save_requested.connect(self.save)
        self.editor.cancel_requested.connect(self._show_selection)

        self.add_action = QAction(icon("add"), self.tr("Add a note &taken on paper"), self)
        self.add_action.triggered.connect(self.start_new_note)
        self.delete_action = QAction(icon("delete"), self.tr("Delete the selected notes"), self)
        self.delete_action.setShortcut(QKeySequence.Delete)
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        add_button = self._button(self.add_action)
        delete_button = self._button(self.delete_action)
        delete_button.setToolTip(
            self.tr("Delete the selected notes (Del); Ctrl+Z brings them back")
        )

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.speaker_filter, 1)
        filters.addWidget(self.organization_filter, 1)
        tools = QHBoxLayout()
        tools.addWidget(add_button)
        tools.addWidget(delete_button)
        tools.addStretch(1)
        tools.addWidget(self.shown_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        # No notes yet: where they come from, instead of an empty list.
        self.empty = QLabel(
            self.tr(
                "No notes yet. They are taken on the live screen during the session "
                "(Ctrl+L); a note taken on paper is added here with “Add a note taken on "
                "paper”."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setMargin(8)
        self.empty.hide()
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 330])

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.view.doItemsLayout)
        self.view.header().sectionResized.connect(lambda *_: self._relayout.start())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selection())
        bus.changed.connect(self._on_changed)
        self.clear()

    # -- building ---------------------------------------------------------------------

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        action.setIconText(action.text())
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        return button

    def _build_view(self) -> QTreeView:
        view = QTreeView()
        view.setModel(self.model)
        view.setItemDelegate(WrappingDelegate(view))
        view.setWordWrap(True)
        view.setUniformRowHeights(False)  # wrapped notes; heights are asked for rows in view
        view.setTextElideMode(Qt.ElideNone)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setRootIsDecorated(False)
        view.setItemsExpandable(False)
        view.setExpandsOnDoubleClick(False)
        view.setIndentation(8)
        view.setAllColumnsShowFocus(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        header = view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionsMovable(False)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        return view

    # -- showing ----------------------------------------------------------------------

    @property
    def workshop_id(self) -> int | None:
        return self._workshop_id

    def show_workshop(self, workshop_id: int) -> None:
        """Show the workshop's notes; only then does the tab edit that workshop.

        Raises what the services raise; the tab is then left empty and disabled.
        """
        if workshop_id != self._workshop_id:
            self.search.clear()
        self.clear()
        register = note_register(self._store, workshop_id)
        self._workshop_id = workshop_id
        self._show(register)
        self.setEnabled(True)

    def clear(self) -> None:
        """No workshop: no notes, nothing to edit."""
        self.setEnabled(False)
        self._workshop_id = None
        self._register = None
        self.error.hide()
        self.model.set_register(None)
        self.editor.set_choices(None)
        self.editor.show_nothing()
        self.shown_label.clear()
        self._update_actions()

    def reload(self) -> None:
        """Read the notes again; the selection stays on the same notes."""
        if self._workshop_id is None:
            return
        try:
            register = note_register(self._store, self._workshop_id)
        except NotFoundError:  # deleted meanwhile: nothing of it stays editable
            self.clear()
            self.count_changed.emit(0)
            return
        self._show(register)

    def _show(self, register: NoteRegister) -> None:
        selected = [n.uuid for n in self.selected_notes()]
        mode, note = self.editor.mode, self.editor.note
        # What is typed in the panel and not saved survives a note added on the live screen.
        pending = self.editor.values() if self.editor.is_dirty() else None
        new_at = (self.editor.item.currentData(), self.editor.noted_at())
        self._register = register
        self._fill_filters(register)
        self.editor.set_choices(register)
        self.model.set_register(register, self.current_filter())
        self._after_reset(selected)
        QTimer.singleShot(0, self.model.prepare_search)
        if mode is Mode.NEW:
            self.editor.show_new(*new_at)
        same = self.editor.mode is mode and (
            mode is Mode.NEW or (note and self.editor.note and self.editor.note.uuid == note.uuid)
        )
        if pending is not None and same:
            self.editor.set_values(pending)
        self.empty.setVisible(not register.notes)
        self.count_changed.emit(self.model.total_count())

    def _fill_filters(self, register: NoteRegister) -> None:
        def fill(combo: QComboBox, everyone: str, choices) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for label, value in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

        fill(self.kind_filter, self.tr("Every kind"), [(note_kind_label(k), k) for k in NOTE_KINDS])
        speakers = {s.person_id: s.label for s in register.speakers}
        for note in register.notes:  # someone no longer attending still spoke
            if note.speaker_id is not None and note.speaker_id not in speakers:
                speakers[note.speaker_id] = note.speaker_name
        fill(
            self.speaker_filter,
            self.tr("Every speaker"),
            [(label, pid) for pid, label in speakers.items()]
            + [(self.tr("No speaker recorded"), NOBODY)],
        )
        fill(
            self.organization_filter,
            self.tr("Every organization"),
            [(name, name) for name in register.organizations()],
        )

    def current_filter(self) -> NoteFilter:
        return NoteFilter(
            query=self.search.text(),
            kind=self.kind_filter.currentData(),
            speaker_id=self.speaker_filter.currentData(),
            organization=self.organization_filter.currentData(),
        )

    def _apply_filter(self, *_) -> None:
        if self._register is None:
            return
        selected = [n.uuid for n in self.selected_notes()]
        wanted = self.current_filter()
        if wanted == self.model.note_filter:
            return
        self.model.set_filter(wanted)
        self._after_reset(selected)

    def _after_reset(self, selected_uuids: list[str]) -> None:
        """After the model was filled or filtered: headings span the row, all open."""
        root = QModelIndex()
        for row in self.model.heading_rows():
            self.view.setFirstColumnSpanned(row, root, True)
        self._select_uuids(selected_uuids)
        total, shown = self.model.total_count(), self.model.shown_count()
        if total == shown:
            text = self.tr("%n note(s)", None, total)
        else:
            text = self.tr("%1 of %n note(s) shown", None, total).replace("%1", str(shown))
        self.shown_label.setText(text)
        self._show_selection()

    # -- selection --------------------------------------------------------------------

    def selected_notes(self) -> list:
        rows = self.view.selectionModel().selectedRows(COLUMN_TEXT)
        notes = [self.model.note_at(index) for index in rows]
        order = {id(n): i for i, n in enumerate(self.model.notes_in_order())}
        notes = [n for n in notes if n is not None]
        notes.sort(key=lambda n: order.get(id(n), 0))
        return notes

    def _select_uuids(self, uuids: list[str]) -> None:
        if not uuids:
            return
        wanted = set(uuids)
        selection = self.view.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        first = None
        selection.blockSignals(True)
        try:
            for note in self.model.notes_in_order():
                if note.uuid in wanted:
                    index = self.model.note_index(note.id, COLUMN_TIME)
                    selection.select(index, flags)
                    first = first or index
        finally:
            selection.blockSignals(False)
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)
        self.view.viewport().update()

    def select_note(self, note_id: int) -> bool:
        index = self.model.note_index(note_id, COLUMN_TIME)
        if not index.isValid():
            return False
        selection = self.view.selectionModel()
        selection.setCurrentIndex(
            index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        return True

    def _show_selection(self) -> None:
        notes = self.selected_notes()
        if len(notes) == 1:
            self.editor.show_note(notes[0])
        elif len(notes) > 1:
            items = {n.agenda_item_id for n in notes}
            one = len(items) == 1
            self.editor.show_several(len(notes), items.pop() if one else None, one)
        elif self.editor.mode is not Mode.NEW:
            self.editor.show_nothing()
        self._update_actions()

    def _update_actions(self) -> None:
        has_workshop = self._workshop_id is not None
        self.add_action.setEnabled(has_workshop)
        self.delete_action.setEnabled(has_workshop and self.view.selectionModel().hasSelection())

    def _on_changed(self, kind: str, ids: tuple, initiator=None) -> None:
        if initiator is self or self._workshop_id is None:
            return
        if kind in (NOTE, WORKSHOP) and (not ids or self._workshop_id in ids):
            self.reload()
        elif kind in (PERSON, ORGANIZATION):
            self.reload()  # speakers' and organizations' names

    # -- writing ----------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _run(
        self, do: Callable[[], object], undo, select: Callable[[object], list[str]], reread=None
    ):
        done = self._edits.run(
            self,
            do,
            changes=changed(NOTE, self._workshop_id),
            undo=undo,
            on_error=self._show_error,
            reread=reread,
        )
        if done:
            self.error.hide()
            self.editor.show_nothing()
            self.view.clearSelection()
            self.reload()
            self._select_uuids(select(done.value))
            self._show_selection()
        return done

    def _undo(self, text: str, undo, redo, uuids: list[str]) -> Undo:
        workshop_id = self._workshop_id

        def after() -> None:
            self.error.hide()
            if self._workshop_id == workshop_id:
                self.view.clearSelection()
                self._select_uuids(uuids)
                self._show_selection()

        return Undo(text, undo, redo, after=after, workshop_id=workshop_id)

    def _id_of(self, uuid: str) -> int:
        # A note deleted and brought back may have a new id; its uuid never changes.
        return live_notes.note_id_of(self._store, uuid)

    def save(self) -> None:
        """Save what the panel holds: the note's corrections, a new note, or a move."""
        if self._workshop_id is None:
            return
        mode = self.editor.mode
        if mode is Mode.EDIT:
            self._save_edit()
        elif mode is Mode.NEW:
            self._add()
        elif mode is Mode.MOVE and self.editor.item.currentIndex() >= 0:
            self.move_selected(self.editor.item.currentData())

    def _save_edit(self) -> None:
        note = self.editor.note
        new = self.editor.changes()
        if note is None or not new:
            return
        old = {key: note_values(note)[key] for key in new}
        store, uuid = self._store, note.uuid

        def undo_of(row) -> Undo:
            # Each expects what the other left: a change made elsewhere since is kept.
            stored = {key: note_values(row)[key] for key in new}
            return self._undo(
                self.tr("Correct the note “%1”").replace("%1", _quoted(note.text)),
                lambda: live_notes.edit_note(store, self._id_of(uuid), expect=stored, **old),
                lambda: live_notes.edit_note(store, self._id_of(uuid), expect=old, **stored),
                [uuid],
            )

        # What the panel showed: changed elsewhere since (another user), the edit is refused
        # and the panel shows the note as stored now.
        self._run(
            lambda: live_notes.edit_note(store, note.id, seen=old, **new),
            undo_of,
            lambda r: [r.uuid],
            reread=self._show_selection,
        )

    def start_new_note(self) -> None:
        """Open the panel for a note taken on paper, on the item of the selected note."""
        if self._register is None:
            return
        current = self.view.currentIndex()
        item_id = self.model.item_of(current) if current.isValid() else None
        if item_id is None and not current.isValid() and self._register.items:
            item_id = self._register.items[0].id
        self.view.clearSelection()
        self.editor.show_new(item_id, self._register.default_time(item_id))
        self.editor.focus_text()

    def _add(self) -> None:
        values = self.editor.values()
        store, workshop_id = self._store, self._workshop_id
        state: dict = {}

        def undo_of(row) -> Undo:
            state["values"] = note_values(row)

            def undo() -> None:
                state["snapshot"] = live_notes.delete_note(
                    store, self._id_of(row.uuid), expect=state["values"]
                )

            def redo() -> None:
                state["values"] = note_values(live_notes.restore_note(store, state["snapshot"]))

            return self._undo(
                self.tr("Add the note “%1”").replace("%1", _quoted(row.text)),
                undo,
                redo,
                [row.uuid],
            )

        self._run(
            lambda: live_notes.add_note(
                store,
                workshop_id,
                values["text"],
                kind=values["kind"],
                speaker_id=values["speaker_id"],
                agenda_item_id=values["agenda_item_id"],
                now=values["noted_at"],
            ),
            undo_of,
            lambda row: [row.uuid],
        )

    def delete_selected(self) -> None:
        """Delete the selected notes in one step; Ctrl+Z brings them (and their proposals) back."""
        notes = self.selected_notes()
        if not notes or self._workshop_id is None:
            return
        store = self._store
        uuids = [n.uuid for n in notes]
        state: dict = {}

        def delete() -> list:
            state["snapshots"] = live_notes.delete_notes(store, [n.id for n in notes])
            return state["snapshots"]

        def undo() -> None:
            rows = live_notes.restore_notes(store, state["snapshots"])
            state["expect"] = {row.uuid: note_values(row) for row in rows}

        def redo() -> None:  # refused when a note was changed since it came back
            ids = {uuid: self._id_of(uuid) for uuid in uuids}
            state["snapshots"] = live_notes.delete_notes(
                store,
                list(ids.values()),
                expect={ids[uuid]: values for uuid, values in state["expect"].items()},
            )

        if len(notes) == 1:
            text = self.tr("Delete the note “%1”").replace("%1", _quoted(notes[0].text))
        else:
            text = self.tr("Delete %n note(s)", None, len(notes))
        self._run(delete, self._undo(text, undo, redo, uuids), lambda _: [])

    def move_selected(self, item_id: int | None) -> None:
        """Move the selected notes to agenda item ``item_id`` (None: other notes), one step."""
        notes = [n for n in self.selected_notes() if n.agenda_item_id != item_id]
        if not notes or self._register is None:
            return
        store = self._store
        uuids = [n.uuid for n in notes]
        before = {n.uuid: n.agenda_item_id for n in notes}

        def move_back() -> None:
            ids = {uuid: self._id_of(uuid) for uuid in uuids}
            live_notes.move_notes(
                store,
                {ids[u]: before[u] for u in uuids},
                expect={ids[u]: {"agenda_item_id": item_id} for u in uuids},
            )

        def move_again() -> None:
            ids = {uuid: self._id_of(uuid) for uuid in uuids}
            live_notes.move_notes(
                store,
                {ids[u]: item_id for u in uuids},
                expect={ids[u]: {"agenda_item_id": before[u]} for u in uuids},
            )

        item = self._register.item(item_id)
        title = (
            item.title
            if item is not None
            else self.editor.item.itemText(self.editor.item.count() - 1)
        )
        text = self.tr("Move %n note(s) to “%1”", None, len(notes)).replace("%1", _quoted(title))
        self._run(
            lambda: live_notes.move_notes(store, {n.id: item_id for n in notes}),
            self._undo(text, move_back, move_again, uuids),
            lambda rows: [r.uuid for r in rows],
        )
