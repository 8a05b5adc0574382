"""The Ideas tab of a workshop: the ideas board to prepare before the session and to
tidy after it.

Ideas collected beforehand (from registration forms, from a call for ideas) are typed
here and are on the live board when the session starts; after it, the clusters are
named, ideas moved, and the last dot round's totals read beside them. The tree shows
each cluster with its ideas ("Not clustered" last); a cluster's name and an idea's words
are corrected in place (F2). Every write runs through ``Edits.run`` as one undoable step
whose undo carries what it expects to find (``services/ideas``), announced as an IDEA
change, so the live board and the projector follow; the tab reads again when they write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import NotFoundError
from facilitator.services import attendees, ideas
from facilitator.services.ideas import Board, DotResults
from facilitator.store import Store
from facilitator.text import matches, sort_key
from facilitator.ui.kit.autosave import error_label
from facilitator.ui.kit.changes import (
    COMMITMENT,
    IDEA,
    NOTE,
    ORGANIZATION,
    PERSON,
    PROPOSAL,
    WORKSHOP,
    ChangeBus,
    changed,
)
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.idea_edits import deleting, making_cluster, placing
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import EditHistory, Undo

COLUMN_TEXT, COLUMN_AUTHOR, COLUMN_ORGANIZATION, COLUMN_DOTS = range(4)
KEY_ROLE = Qt.UserRole + 1  # "i12", "n40" for an idea; "c5" for a cluster
LOOSE = ""  # the key of the "Not clustered" group


_NAMES_AND_LINKS = (PERSON, ORGANIZATION, PROPOSAL, COMMITMENT)


def _quoted(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _cluster_id(cluster_key: str) -> int | None:
    return int(cluster_key[1:]) if cluster_key else None


class IdeasTab(QWidget):
    """Adds, corrects, clusters and deletes a workshop's ideas; each edit is undoable."""

    count_changed = Signal(int)  # the number of ideas, for the tab's label

    def __init__(self, store: Store, bus: ChangeBus, history: EditHistory, parent=None):
        super().__init__(parent)
        self._store = store
        self._edits = Edits(store, bus, history)
        self._workshop_id: int | None = None
        self._board: Board | None = None
        self._filling = False

        self.error = error_label()
        self.error.setTextFormat(Qt.PlainText)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Type an idea and press Enter"))
        self.entry.returnPressed.connect(self.add_idea)
        entry_label = QLabel(self.tr("&Idea:"))
        entry_label.setBuddy(self.entry)
        self.author = QComboBox()
        self.author.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.author.setMinimumContentsLength(16)
        self.author.setToolTip(self.tr("Whose idea it is (their institution goes with it)"))

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Idea"), self.tr("Author"), self.tr("Institution"), self.tr("Dots")]
        )
        self.model.itemChanged.connect(self._edited_in_place)
        self.view = self._build_view()

        self.cluster_name = QLineEdit()
        self.cluster_name.setPlaceholderText(self.tr("Cluster name"))
        self.cluster_name.returnPressed.connect(self.cluster_selected)
        # The names offered are those matching as Turkish reads them ("işb" finds "İŞ
        # BİRLİĞİ"): filtered here, not by Qt's case folding.
        self._completer = QCompleter([], self)
        self._completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.cluster_name.setCompleter(self._completer)
        self.cluster_name.textEdited.connect(self._offer_names)
        self.cluster_action = QAction(icon("add"), self.tr("&Put in the cluster"), self)
        self.cluster_action.setToolTip(
            self.tr("Put the selected ideas in the cluster named beside (a new name makes one)")
        )
        self.cluster_action.triggered.connect(self.cluster_selected)
        self.loose_action = QAction(self.tr("Take out of its cluster"), self)
        self.loose_action.triggered.connect(lambda: self._place(None))
        self.delete_action = QAction(icon("delete"), self.tr("Delete the selection"), self)
        self.delete_action.setShortcut(QKeySequence.Delete)
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)
        self.delete_action.setToolTip(
            self.tr("Delete the selected ideas or clusters (Del); Ctrl+Z brings them back")
        )
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        self.round_label = QLabel()
        self.round_label.setTextFormat(Qt.PlainText)

        top = QHBoxLayout()
        top.addWidget(entry_label)
        top.addWidget(self.entry, 3)
        top.addWidget(self.author, 1)
        tools = QHBoxLayout()
        tools.addWidget(self.cluster_name, 1)
        for action in (self.cluster_action, self.loose_action, self.delete_action):
            tools.addWidget(self._button(action))
        tools.addStretch(1)
        tools.addWidget(self.round_label)
        self.empty = QLabel(
            self.tr(
                "No ideas yet. Type the ideas collected before the workshop here; during "
                "the session they are collected on the live screen's board (Ctrl+B)."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setMargin(8)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        bus.changed.connect(self._on_changed)
        self.clear()

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
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.DoubleClicked)
        view.setAlternatingRowColors(True)
        view.setAllColumnsShowFocus(True)
        view.setWordWrap(True)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TEXT, QHeaderView.Stretch)
        for column, width in ((COLUMN_AUTHOR, 170), (COLUMN_ORGANIZATION, 190), (COLUMN_DOTS, 70)):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            header.resizeSection(column, width)
        return view

    # -- showing ----------------------------------------------------------------------

    @property
    def workshop_id(self) -> int | None:
        return self._workshop_id

    def show_workshop(self, workshop_id: int) -> None:
        """Show the workshop's board; only then does the tab edit that workshop."""
        self.clear()
        read = self._read(workshop_id)
        self._workshop_id = workshop_id
        self._show(*read)
        self.setEnabled(True)

    def clear(self) -> None:
        self.setEnabled(False)
        self._workshop_id = None
        self._board = None
        self.error.hide()
        self._filling = True
        self.model.removeRows(0, self.model.rowCount())
        self._filling = False
        self.author.clear()
        self.round_label.clear()
        self._update_actions()

    def reload(self) -> None:
        if self._workshop_id is None:
            return
        try:
            read = self._read(self._workshop_id)
        except NotFoundError:  # deleted meanwhile: nothing of it stays editable
            self.clear()
            self.count_changed.emit(0)
            return
        self._show(*read)

    def _read(self, workshop_id: int):
        board = ideas.board(self._store, workshop_id)
        rounds = ideas.rounds_of(self._store, workshop_id)
        result = ideas.results(self._store, rounds[-1].id) if rounds else None
        people = sorted(
            attendees.list_attendees(self._store, workshop_id),
            key=lambda a: sort_key(a.display_name),
        )
        return board, result, people

    def _show(self, board: Board, result: DotResults | None, people) -> None:
        selected = self.selected_keys()
        self._board = board
        author = self.author.currentData()
        self.author.clear()
        self.author.addItem(self.tr("(nobody named)"), None)
        for person in people:
            label = person.display_name
            if person.organization_name:
                label += f" ({person.organization_name})"
            self.author.addItem(label, person.person_id)
        self.author.setCurrentIndex(max(self.author.findData(author), 0))
        totals = {}
        if result is not None:
            totals = {t.key: t.dots for t in (*result.targets, *result.clusters)}
            self.round_label.setText(
                self.tr("Dots: round %1, %2 voters")
                .replace("%1", str(result.round.number))
                .replace("%2", str(result.voters))
            )
        else:
            self.round_label.clear()
        self._filling = True
        self.model.removeRows(0, self.model.rowCount())
        groups = [(c.key, c.name, c.idea_keys) for c in board.clusters]
        loose = tuple(i.key for i in board.unclustered())
        if loose:
            groups.append((LOOSE, self.tr("Not clustered"), loose))
        for group_key, name, keys in groups:
            self.model.appendRow(self._group_row(group_key, name, len(keys), totals))
            parent = self.model.item(self.model.rowCount() - 1)
            for idea_key in keys:
                idea = board.idea(idea_key)
                if idea is not None:
                    parent.appendRow(self._idea_row(idea, totals))
        self._filling = False
        self.view.expandAll()
        self._select(selected)
        self.empty.setVisible(not board.ideas)
        self.count_changed.emit(len(board.ideas))
        self._update_actions()

    def _offer_names(self, typed: str) -> None:
        names = [c.name for c in self._board.clusters] if self._board is not None else []
        self._completer.model().setStringList([n for n in names if matches(typed, n)])

    def _group_row(self, group_key: str, name: str, count: int, totals) -> list[QStandardItem]:
        title = QStandardItem(name)
        title.setData(group_key, KEY_ROLE)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        title.setEditable(bool(group_key))
        title.setToolTip(self.tr("%n idea(s)", None, count))
        dots = totals.get(group_key)
        cells = [title, QStandardItem(), QStandardItem(), QStandardItem(self._dots(dots))]
        for cell in cells[1:]:
            cell.setEditable(False)
            cell.setData(group_key, KEY_ROLE)
        return cells

    def _idea_row(self, idea, totals) -> list[QStandardItem]:
        text = QStandardItem(idea.text)
        text.setToolTip(idea.text)
        promoted = []
        if idea.proposal_id:
            promoted.append(self.tr("became a proposal"))
        if idea.commitment_id:
            promoted.append(self.tr("became a commitment"))
        if promoted:
            text.setToolTip(f"{idea.text}\n→ {', '.join(promoted)}")
        cells = [
            text,
            QStandardItem(idea.author_name),
            QStandardItem(idea.organization_name),
            QStandardItem(self._dots(totals.get(idea.key))),
        ]
        for cell in cells:
            cell.setData(idea.key, KEY_ROLE)
        for cell in cells[1:]:
            cell.setEditable(False)
        return cells

    @staticmethod
    def _dots(value: int | None) -> str:
        return "" if value is None else str(value)

    def selected_keys(self) -> list[str]:
        """The selected rows' keys, in the tree's order (ideas "i12", clusters "c5")."""
        rows = self.view.selectionModel().selectedRows(COLUMN_TEXT) if self.view else []
        return [k for k in (r.data(KEY_ROLE) for r in rows) if k]

    def _select(self, keys: list[str]) -> None:
        wanted = set(keys)
        selection = self.view.selectionModel()
        selection.clearSelection()
        for group in range(self.model.rowCount()):
            parent = self.model.index(group, 0)
            for index in [
                parent,
                *(self.model.index(r, 0, parent) for r in range(self.model.rowCount(parent))),
            ]:
                if index.data(KEY_ROLE) in wanted:
                    selection.select(index, QItemSelectionModel.Select | QItemSelectionModel.Rows)

    def _update_actions(self) -> None:
        keys = self.selected_keys()
        ideas_chosen = any(not k.startswith(ideas.CLUSTER) for k in keys)
        self.cluster_action.setEnabled(ideas_chosen)
        self.loose_action.setEnabled(ideas_chosen)
        self.delete_action.setEnabled(bool(keys))

    def _on_changed(self, kind: str, ids: tuple, initiator=None) -> None:
        if initiator is self or self._workshop_id is None:
            return
        ours = not ids or self._workshop_id in ids
        # Names, and what an idea became, are shown beside the ideas too.
        if (kind in (IDEA, NOTE, WORKSHOP) and ours) or kind in _NAMES_AND_LINKS:
            self.reload()

    # -- writing ----------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _run(self, do: Callable[[], object], undo, select: Callable[[object], list[str]]):
        done = self._edits.run(
            self,
            do,
            changes=(changed(IDEA, self._workshop_id), changed(NOTE, self._workshop_id)),
            undo=undo,
            on_error=self._show_error,
        )
        self.reload()  # a refused edit in place shows the stored value again
        if done:
            self.error.hide()
            self._select(select(done.value))
        return done

    def _undo(self, text: str, undo, redo) -> Undo:
        workshop_id = self._workshop_id
        return Undo(text, undo, redo, after=self.error.hide, workshop_id=workshop_id)

    def add_idea(self) -> None:
        text = self.entry.text()
        if self._workshop_id is None or not text.strip():
            return
        store, workshop_id, author_id = self._store, self._workshop_id, self.author.currentData()
        state: dict = {}

        def undo_of(row) -> Undo:
            state["key"] = row.key
            # Refused when the card was changed, moved or promoted since.
            expect = {
                "text": row.text,
                "cluster_id": None,
                "proposal_id": None,
                "commitment_id": None,
            }

            def undo() -> None:
                state["taken"] = ideas.delete_idea(store, workshop_id, state["key"], expect=expect)

            def redo() -> None:
                state["key"] = ideas.restore_idea(store, state["taken"]).key

            return self._undo(
                self.tr("Add the idea “%1”").replace("%1", _quoted(row.text)), undo, redo
            )

        done = self._run(
            lambda: ideas.add_idea(
                store, workshop_id, text, now=datetime.now(UTC), author_id=author_id
            ),
            undo_of,
            lambda row: [row.key],
        )
        if done:
            self.entry.clear()

    def _edited_in_place(self, item: QStandardItem) -> None:
        if self._filling or self._board is None or item.column() != COLUMN_TEXT:
            return
        # Written once the view has closed its editor: the rows are read again after.
        item_key, new = item.data(KEY_ROLE), item.text()
        QTimer.singleShot(0, self, lambda: self._save_in_place(item_key, new))

    def _save_in_place(self, item_key: str, new: str) -> None:
        if self._board is None:
            return
        store, workshop_id = self._store, self._workshop_id
        if item_key.startswith(ideas.CLUSTER):
            cluster = self._board.cluster(int(item_key[1:]))
            if cluster is None or cluster.name == new:
                return
            old, cid = cluster.name, cluster.id
            self._run(
                lambda: ideas.rename_cluster(store, workshop_id, cid, new, seen=old),
                lambda row: self._undo(
                    self.tr("Rename the cluster “%1”").replace("%1", _quoted(old)),
                    lambda: ideas.rename_cluster(store, workshop_id, cid, old, expect=row.name),
                    lambda: ideas.rename_cluster(store, workshop_id, cid, row.name, expect=old),
                ),
                lambda row: [row.key],
            )
            return
        idea = self._board.idea(item_key)
        if idea is None or idea.text == new:
            return
        old = idea.text

        def undo_of(row) -> Undo:
            k = row.key  # a card from a note has its own key once edited
            return self._undo(
                self.tr("Correct the idea “%1”").replace("%1", _quoted(old)),
                lambda: ideas.edit_idea(store, workshop_id, k, expect_text=row.text, text=old),
                lambda: ideas.edit_idea(store, workshop_id, k, expect_text=old, text=row.text),
            )

        self._run(
            lambda: ideas.edit_idea(store, workshop_id, item_key, seen_text=old, text=new),
            undo_of,
            lambda row: [row.key],
        )

    def cluster_selected(self) -> None:
        """Put the selected ideas in the cluster named in the field; a new name makes one."""
        name = self.cluster_name.text().strip()
        if self._board is None or not name:
            return
        # The same name in other letters is the same cluster, as the service decides.
        existing = next((c for c in self._board.clusters if ideas.same_name(c.name, name)), None)
        if existing is not None:
            self._place(existing.id)
        else:
            keys = [k for k in self.selected_keys() if not k.startswith(ideas.CLUSTER)]
            store, workshop_id = self._store, self._workshop_id

            def undo_of(row) -> Undo:
                text = self.tr("Make the cluster “%1”").replace("%1", _quoted(row.name))
                return self._undo(text, *making_cluster(store, workshop_id, row))

            done = self._run(
                lambda: ideas.create_cluster(store, workshop_id, name, keys),
                undo_of,
                lambda row: [row.key],
            )
            if done:
                self.cluster_name.clear()
                return
        if not self.error.isVisible():
            self.cluster_name.clear()

    def _place(self, cluster_id: int | None) -> None:
        keys = [k for k in self.selected_keys() if not k.startswith(ideas.CLUSTER)]
        if not keys or self._board is None:
            return
        store, workshop_id = self._store, self._workshop_id

        def undo_of(before) -> Undo:
            return self._undo(text, *placing(store, workshop_id, before, cluster_id))

        cluster = self._board.cluster(cluster_id) if cluster_id is not None else None
        text = (
            self.tr("Put %n idea(s) in “%1”", None, len(keys)).replace("%1", _quoted(cluster.name))
            if cluster is not None
            else self.tr("Take %n idea(s) out of their cluster", None, len(keys))
        )
        self._run(
            lambda: ideas.place(store, workshop_id, keys, cluster_id), undo_of, lambda b: list(b)
        )

    def delete_selected(self) -> None:
        """Delete the selected ideas and clusters in one step (a cluster's ideas stay)."""
        keys = self.selected_keys()
        if not keys or self._workshop_id is None:
            return
        store, workshop_id = self._store, self._workshop_id
        clusters = [int(k[1:]) for k in keys if k.startswith(ideas.CLUSTER)]
        cards = [k for k in keys if not k.startswith(ideas.CLUSTER)]
        delete, undo, redo = deleting(store, workshop_id, cards, clusters)

        first = self.model.itemFromIndex(self.view.selectionModel().selectedRows(0)[0])
        if len(keys) > 1:
            text = self.tr("Delete %n idea(s) and cluster(s)", None, len(keys))
        elif clusters:
            text = self.tr("Delete the cluster “%1”").replace("%1", _quoted(first.text()))
        else:
            text = self.tr("Delete the idea “%1”").replace("%1", _quoted(first.text()))
        self._run(delete, self._undo(text, undo, redo), lambda _: [])
