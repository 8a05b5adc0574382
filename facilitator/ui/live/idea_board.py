"""The ideas board of the live screen (Ctrl+B puts it in place of the notes).

Type an idea and press Enter: it is saved and shown at once under "Not clustered".
Notes of kind "idea" are on the board too. Down (or Tab) goes to the cards; there
arrows move, Shift+arrows and Space select, G groups the selected cards into a cluster
(a type-ahead of the clusters; a new name makes one), U takes them out of theirs, F2
renames the cluster, Del deletes the selected cards (or the current cluster, whose
cards stay), and a card dragged onto a cluster goes into it. P makes the
selected card or cluster a proposal, T a commitment. The dot round's keys (R, V, + −,
digits, E, S) are the dot panel's (``dot_panel.py``). Esc returns to the idea field.
Every edit is one step of the screen's history (Ctrl+Z); the board reads itself again
after structural edits, while a new card and a dot touch only their rows.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.services import ideas, proposals
from facilitator.services.ideas import Board, ClusterRow, IdeaRow
from facilitator.services.live import Clock, TurnRow
from facilitator.text import name_key
from facilitator.ui.kit.changes import COMMITMENT, IDEA, NOTE, PROPOSAL, changed
from facilitator.ui.kit.idea_edits import deleting, making_cluster, placing
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.undo import Undo
from facilitator.ui.live.dot_panel import DotPanel
from facilitator.ui.live.idea_cards import CardDelegate
from facilitator.ui.live.idea_models import IS_CLUSTER_ROLE, KEY_ROLE, BoardModel
from facilitator.ui.live.type_ahead import TypeAhead

# The board's own keys (one letter each, while the cards have the keyboard).
KEY_GROUP, KEY_UNGROUP, KEY_PROPOSE, KEY_COMMIT = "g", "u", "p", "t"
KEY_ROUND, KEY_END_ROUND, KEY_VOTER, KEY_SPLIT = "r", "e", "v", "s"
_MORE, _LESS = ("+", "="), ("-", "−")


def _clusters_model(parent=None) -> RowTableModel:
    return RowTableModel(
        [
            Column(
                QCoreApplication.translate("IdeaBoard", "Cluster"),
                lambda c: f"{c.name}  ({len(c.idea_keys)})",
            )
        ],
        lambda c: c.name,
        parent,
    )


def _short(text: str, length: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


class IdeaBoard(QWidget):
    """The board of one workshop (see the module docstring).

    ``message``/``refused`` go to the status line; ``shown_changed`` after anything the
    projector shows changed; ``proposal_made(row)`` and ``commitment_requested(key,
    text)`` hand a promotion on to the live screen's proposal and commitment panels.
    """

    message = Signal(str)
    refused = Signal(str)
    shown_changed = Signal()
    proposal_made = Signal(object)
    commitment_requested = Signal(str, str)

    def __init__(self, edits: Edits, now: Clock, parent=None):
        super().__init__(parent)
        self._edits = edits
        self._store = edits.store
        self._now = now
        self.workshop_id: int | None = None
        self.board: Board | None = None
        self._speaker: TurnRow | None = None
        self._stale = True
        self._collapsed: set[str] = set()
        self._grouping: list[str] = []
        self._renaming: ClusterRow | None = None

        title = QLabel(self.tr("Ideas board"))
        title.setObjectName("panelTitle")
        self.counts = QLabel("")
        self.counts.setObjectName("keyHints")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.counts, 1, Qt.AlignRight | Qt.AlignVCenter)

        self.model = BoardModel(self)
        self.model.drop_requested.connect(self._dropped, Qt.QueuedConnection)
        self.view = QTreeView()
        self.view.setObjectName("ideaCards")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setDragDropMode(QAbstractItemView.DragDrop)
        self.view.setDefaultDropAction(Qt.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setIndentation(14)
        self.view.setUniformRowHeights(True)  # 300 cards laid out without asking each
        self.view.setAnimated(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.view.installEventFilter(self)
        self.view.collapsed.connect(lambda i: self._collapsed.add(i.data(KEY_ROLE)))
        self.view.expanded.connect(lambda i: self._collapsed.discard(i.data(KEY_ROLE)))

        self.group = TypeAhead(
            _clusters_model(self),
            self.tr("Cluster: type its name (Enter: this one; a new name makes it; Esc cancels)"),
            6,
            empty_text=lambda typed: self.tr("No cluster “%1” yet: Enter makes it.").replace(
                "%1", typed
            ),
        )
        self.group.picked.connect(self._group_into)
        self.group.unknown.connect(self._group_new)
        self.group.cancelled.connect(self._end_grouping)
        self.group.field.installEventFilter(self)
        self.group.hide()
        self.rename = QLineEdit()
        self.rename.setPlaceholderText(
            self.tr("New name of the cluster (Enter saves, Esc cancels)")
        )
        self.rename.installEventFilter(self)
        self.rename.hide()

        self.dots = DotPanel(edits, now)
        self.dots.message.connect(self.message)
        self.dots.refused.connect(self.refused)
        self.dots.results_changed.connect(self._on_results)
        self.dots.stale.connect(self.reload)
        self.dots.done.connect(self.focus_cards)
        self.dots.label_of = self._label_of

        self.who = QLabel("")
        self.who.setObjectName("noteSpeaker")
        self.who.setTextFormat(Qt.PlainText)
        self.entry = QLineEdit()
        self.entry.setObjectName("noteField")
        self.entry.setPlaceholderText(self.tr("Type an idea and press Enter (↓: the cards)"))
        self.entry.installEventFilter(self)
        self.hint = QLabel(self.hint_text())
        self.hint.setObjectName("keyHints")
        self.hint.setWordWrap(True)

        cards = QWidget()
        cards_layout = QVBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.addLayout(top)
        cards_layout.addWidget(self.view, 1)
        cards_layout.addWidget(self.group)
        cards_layout.addWidget(self.rename)
        self.split = QSplitter(Qt.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(cards)
        self.split.addWidget(self.dots)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.who)
        layout.addWidget(self.entry)
        layout.addWidget(self.hint)
        edits.bus.changed.connect(self._on_changed)
        self._show_who()

    # -- keys ----------------------------------------------------------------------------

    def hint_text(self) -> str:
        return self.tr(
            "↓ cards · Space select · G cluster · U out · F2 rename · Del delete · R round · "
            "V who · +/− dot · E end · S split · P proposal · T commitment · Esc idea field"
        )

    def key_rows(self) -> list[tuple[str, str]]:
        """The board's keys for the screen's keys panel (F1), three lines (a laptop's
        height has no room for more)."""
        return [
            ("Enter · ↓ · Space", self.tr("board: add the idea · to the cards · select")),
            (
                "G · U · F2 · Del · P · T",
                self.tr("board: cluster · out · rename · delete · proposal · commitment"),
            ),
            (
                "R · V · +/− · 0…9 · E · S",
                self.tr("board: round · who · dot · count · end · split"),
            ),
        ]

    def text_fields(self) -> list[QWidget]:
        return [self.entry, self.group.field, self.rename, *self.dots.text_fields()]

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.KeyPress:
            return False
        if watched is self.entry:
            return self._entry_key(event)
        if watched is self.view:
            return self._card_key(event)
        if watched is self.rename:
            return self._rename_key(event)
        if watched is self.group.field:
            ctrl = event.modifiers() & Qt.ControlModifier
            if ctrl and event.key() in (Qt.Key_Return, Qt.Key_Enter):
                typed = self.group.field.text().strip()
                if typed:
                    self._group_new(typed)
                return True
        return False

    def _entry_key(self, event) -> bool:
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() in (
            Qt.NoModifier,
            Qt.KeypadModifier,
        ):
            self.add_idea()
            return True
        if key in (Qt.Key_Down, Qt.Key_Tab) and event.modifiers() == Qt.NoModifier:
            self.focus_cards()
            return True
        if key == Qt.Key_Escape:
            self.entry.setText("")
            return True
        return False

    def _card_key(self, event) -> bool:
        key, text = event.key(), event.text()
        modifiers = event.modifiers() & ~Qt.KeypadModifier
        if modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
            return False
        letter = name_key(text) if text.strip() else ""
        if key == Qt.Key_Escape:
            if self.dots.counting:
                self.dots.cancel_count()
            else:
                self.focus_entry()
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter):
            if self.dots.counting:
                self.dots.save_count()
            return True
        if key == Qt.Key_Backspace and self.dots.counting:
            self.dots.erase_digit()
            return True
        if key == Qt.Key_Space and modifiers == Qt.NoModifier:
            current = self.view.currentIndex()
            if current.isValid():
                self.view.selectionModel().select(current, QItemSelectionModel.Toggle)
            return True
        if key == Qt.Key_F2:
            self.start_rename()
            return True
        if key == Qt.Key_Tab:
            self.focus_entry()
            return True
        if key == Qt.Key_Delete and modifiers == Qt.NoModifier:
            self.delete_selected()
            return True
        if text in _MORE or text in _LESS:
            target = self._dot_target()
            if target is not None:
                self.dots.give(target, text in _MORE)
            return True
        if text.isdigit() and len(text) == 1:
            target = self._dot_target()
            if target is not None:
                self.dots.type_digit(target, text)
            return True
        actions = {
            KEY_GROUP: self.start_grouping,
            KEY_UNGROUP: self.ungroup,
            KEY_PROPOSE: self.promote_to_proposal,
            KEY_COMMIT: self.promote_to_commitment,
            KEY_ROUND: self.dots.start_opening,
            KEY_END_ROUND: self.dots.close_round,
            KEY_VOTER: self.dots.choose_holder,
            KEY_SPLIT: self.dots.toggle_split,
        }
        action = actions.get(letter)
        if action is not None:
            action()
            return True
        return bool(letter)  # no type-to-search among the cards: a letter is a key here

    # -- what is shown -------------------------------------------------------------------

    def show_workshop(self, workshop_id: int) -> None:
        if workshop_id != self.workshop_id:
            self.workshop_id = workshop_id
            self._stale = True
        if self._stale:
            self.reload()

    def set_speaker(self, turn: TurnRow | None) -> None:
        self._speaker = turn
        self._show_who()

    def _show_who(self) -> None:
        if self._speaker is not None:
            self.who.setText(
                self.tr("Next idea by the speaker: %1").replace("%1", self._speaker.name)
            )
        else:
            self.who.setText(self.tr("Next idea: nobody in particular"))

    def reload(self) -> None:
        """Read the board again and show it, keeping the expanded clusters, the current
        card and the selection."""
        if self.workshop_id is None:
            return
        try:
            board = ideas.board(self._store, self.workshop_id)
            links = self._links(board)
        except FacilitatorError as exc:
            self.refused.emit(str(exc))
            return
        current = self.view.currentIndex().data(KEY_ROLE)
        selected = [i.data(KEY_ROLE) for i in self.view.selectionModel().selectedIndexes()]
        self.board = board
        self._stale = False
        self.model.set_board(board)
        self.model.set_links(links)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            self.view.setExpanded(index, index.data(KEY_ROLE) not in self._collapsed)
        self._select(selected, current)
        self._show_counts()
        self.dots.show_round(self.workshop_id, board.round)  # emits results_changed

    def _links(self, board: Board) -> dict[str, str]:
        """The proposals' decision labels ("K5.3"), for the cards that became one."""
        wanted = {r.proposal_id for r in (*board.ideas, *board.clusters) if r.proposal_id}
        if not wanted:
            return {}
        return {
            f"p{p.id}": p.label
            for p in proposals.list_proposals(self._store, board.workshop_id)
            if p.id in wanted and p.label
        }

    def _select(self, keys, current: str | None) -> None:
        selection = self.view.selectionModel()
        selection.clear()
        for key in keys:
            index = self.model.index_of(key)
            if index.isValid():
                selection.select(index, QItemSelectionModel.Select)
        index = self.model.index_of(current) if current is not None else None
        if index is not None and index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.NoUpdate)

    def _show_counts(self) -> None:
        board = self.board
        if board is None:
            return
        self.counts.setText(
            QCoreApplication.translate("IdeaBoard", "%n idea(s)", "", len(board.ideas))
            + " · "
            + QCoreApplication.translate("IdeaBoard", "%n cluster(s)", "", len(board.clusters))
        )

    def _on_results(self, results) -> None:
        self.model.set_results(results)
        self.shown_changed.emit()

    def focus_entry(self) -> None:
        self.entry.setFocus(Qt.OtherFocusReason)

    def focus_cards(self) -> None:
        self.view.setFocus(Qt.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            first = self.model.index(0, 0)
            if self.model.rowCount(first):
                first = self.model.index(0, 0, first)
            self.view.selectionModel().setCurrentIndex(first, QItemSelectionModel.NoUpdate)

    def selected_keys(self) -> list[str]:
        """The selected cards (in the board's order), else the current one."""
        indexes = [
            i for i in self.view.selectionModel().selectedIndexes() if not i.data(IS_CLUSTER_ROLE)
        ]
        if not indexes:
            current = self.view.currentIndex()
            indexes = [current] if current.isValid() and not current.data(IS_CLUSTER_ROLE) else []
        indexes.sort(key=lambda i: (i.parent().row(), i.row()))
        return [i.data(KEY_ROLE) for i in indexes]

    def set_people(self, rows) -> None:
        """The workshop's attendees (the live screen shares them after each check-in)."""
        self.dots.set_people(rows)

    def _label_of(self, key: str) -> str:
        index = self.model.index_of(key)
        return index.data() if index.isValid() else key

    def _dot_target(self) -> str | None:
        current = self.view.currentIndex()
        if not current.isValid():
            self.message.emit(self.tr("Select a card first (arrows)."))
            return None
        idea = self.model.idea_at(current)
        cluster = self.model.cluster_at(current)
        return self.dots.target_for(idea.key if idea else None, cluster.key if cluster else None)

    # -- edits ---------------------------------------------------------------------------

    def _undo(self, text: str, undo, redo) -> Undo:
        return Undo(text, undo, redo, after=self.reload, workshop_id=self.workshop_id)

    def _run(self, do, undo=None, changes=None):
        return self._edits.run(
            self,
            do,
            changes=changes if changes is not None else changed(IDEA, self.workshop_id),
            undo=undo,
            on_error=self.refused.emit,
        )

    def add_idea(self) -> None:
        """Enter: the idea is saved and shown at once (the board is not read again)."""
        workshop_id, text = self.workshop_id, self.entry.text()
        if workshop_id is None or not text.strip():
            return
        author = self._speaker.person_id if self._speaker is not None else None
        store = self._store

        def undo_of(row: IdeaRow) -> Undo:
            state = {}

            def undo() -> None:
                state["taken"] = ideas.delete_idea(store, workshop_id, row.key)

            def redo() -> None:
                ideas.restore_idea(store, state["taken"])

            return self._undo(self.tr("idea “%1”").replace("%1", _short(row.text, 30)), undo, redo)

        done = self._run(
            lambda: ideas.add_idea(store, workshop_id, text, now=self._now(), author_id=author),
            undo_of,
        )
        if not done:
            return
        row = done.value
        self.entry.setText("")
        index = self.model.add_idea(row)
        self.view.scrollTo(index)
        if self.board is not None:
            self.board = dataclasses.replace(self.board, ideas=(*self.board.ideas, row))
            self._show_counts()
        self.message.emit("")
        self.shown_changed.emit()

    def start_grouping(self) -> None:
        """G: a type-ahead of the clusters for the selected cards."""
        keys = self.selected_keys()
        if not keys:
            self.message.emit(self.tr("Select the cards to cluster first (Space, Shift+arrows)."))
            return
        self._grouping = keys
        self.group.set_rows(self.model.clusters())
        self.group.field.setText("")
        self.group.show()
        self.group.start()
        self.message.emit(
            QCoreApplication.translate("IdeaBoard", "%n card(s) to cluster.", "", len(keys))
        )

    def _end_grouping(self) -> None:
        self._grouping = []
        self.group.field.setText("")
        self.group.hide()
        self.focus_cards()

    def _placements(self, keys) -> dict[str, int | None]:
        out = {}
        for key in keys:
            idea = self.model.idea_at(self.model.index_of(key))
            out[key] = idea.cluster_id if idea is not None else None
        return out

    def _group_into(self, cluster: ClusterRow) -> None:
        keys = self._grouping
        self._end_grouping()
        self.place(keys, cluster.id, cluster.name)

    def place(self, keys: list[str], cluster_id: int | None, name: str = "") -> None:
        """Move cards into a cluster (None: out of any); one step of the history."""
        workshop_id, store = self.workshop_id, self._store
        if workshop_id is None or not keys:
            return

        def undo_of(before: dict[str, int | None]) -> Undo:
            return self._undo(self.tr("cluster"), *placing(store, workshop_id, before, cluster_id))

        if self._run(lambda: ideas.place(store, workshop_id, keys, cluster_id), undo_of):
            self.reload()
            self._select(self._adopted(keys), None)
            count = QCoreApplication.translate("IdeaBoard", "%n card(s)", "", len(keys))
            self.message.emit(
                self.tr("%1 in “%2” — Ctrl+Z to undo.").replace("%1", count).replace("%2", name)
                if cluster_id is not None
                else self.tr("%1 out of their cluster — Ctrl+Z to undo.").replace("%1", count)
            )

    def _adopted(self, keys) -> list[str]:
        """The keys of cards after an edit: a note's card ("n40") may now be "i12"."""
        if self.board is None:
            return list(keys)
        by_note = {i.note_id: i.key for i in self.board.ideas if i.note_id is not None}
        return [by_note.get(int(k[1:]), k) if k.startswith("n") else k for k in keys]

    def _group_new(self, name: str) -> None:
        """A name no cluster has: the cluster is made with the cards in it."""
        keys = self._grouping
        self._end_grouping()
        workshop_id, store = self.workshop_id, self._store
        if workshop_id is None or not keys:
            return

        def undo_of(row: ClusterRow) -> Undo:
            text = self.tr("new cluster “%1”").replace("%1", row.name)
            return self._undo(text, *making_cluster(store, workshop_id, row))

        done = self._run(lambda: ideas.create_cluster(store, workshop_id, name, keys), undo_of)
        if done:
            self.reload()
            self._select(self._adopted(keys), None)
            self.message.emit(
                self.tr("Cluster “%1” made with %2 — Ctrl+Z to undo.")
                .replace("%1", done.value.name)
                .replace("%2", QCoreApplication.translate("IdeaBoard", "%n card(s)", "", len(keys)))
            )

    def delete_selected(self) -> None:
        """Del: the selected cards (else the current one) with their dots, or the current
        cluster (its cards stay, out of any cluster); one step, Ctrl+Z brings them back."""
        workshop_id, store = self.workshop_id, self._store
        if workshop_id is None:
            return
        cards, clusters = self.selected_keys(), []
        if cards:
            what = QCoreApplication.translate("IdeaBoard", "%n card(s)", "", len(cards))
        else:
            current = self.view.currentIndex()
            cluster = self.model.cluster_at(current) if current.data(IS_CLUSTER_ROLE) else None
            if cluster is None:
                self.message.emit(self.tr("Choose the cards or the cluster to delete."))
                return
            clusters = [cluster.id]
            what = self.tr("cluster “%1”").replace("%1", cluster.name)
        delete, undo, redo = deleting(store, workshop_id, cards, clusters)
        if self._run(delete, self._undo(what, undo, redo)):
            self.reload()  # the round's results are read again with it
            self.message.emit(self.tr("%1 deleted — Ctrl+Z to undo.").replace("%1", what))

    def ungroup(self) -> None:
        """U: the selected cards leave their cluster."""
        keys = [k for k, v in self._placements(self.selected_keys()).items() if v is not None]
        if not keys:
            self.message.emit(self.tr("The selected cards are in no cluster."))
            return
        self.place(keys, None)

    def _dropped(self, keys: list[str], cluster_id: int | None) -> None:
        """A drag onto a cluster (or onto "Not clustered")."""
        keys = [k for k, v in self._placements(keys).items() if v != cluster_id]
        if not keys:
            return
        name = ""
        if cluster_id is not None:
            cluster = next((c for c in self.model.clusters() if c.id == cluster_id), None)
            name = cluster.name if cluster is not None else ""
        self.place(keys, cluster_id, name)

    def start_rename(self) -> None:
        """F2: rename the cluster of the current card (or heading)."""
        cluster = self.model.cluster_at(self.view.currentIndex())
        if cluster is None:
            self.message.emit(self.tr("Select a cluster (or a card in one) to rename it."))
            return
        self._renaming = cluster
        self.rename.setText(cluster.name)
        self.rename.show()
        self.rename.setFocus(Qt.ShortcutFocusReason)
        self.rename.selectAll()

    def _rename_key(self, event) -> bool:
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self._save_rename()
            return True
        if key == Qt.Key_Escape:
            self._renaming = None
            self.rename.hide()
            self.focus_cards()
            return True
        return False

    def _save_rename(self) -> None:
        cluster, name = self._renaming, self.rename.text()
        workshop_id, store = self.workshop_id, self._store
        if cluster is None or workshop_id is None:
            return
        old = cluster.name

        def undo_of(row: ClusterRow) -> Undo:
            return self._undo(
                self.tr("rename cluster “%1”").replace("%1", old),
                lambda: ideas.rename_cluster(store, workshop_id, row.id, old, expect=row.name),
                lambda: ideas.rename_cluster(store, workshop_id, row.id, row.name, expect=old),
            )

        done = self._run(
            lambda: ideas.rename_cluster(store, workshop_id, cluster.id, name, expect=old),
            undo_of,
        )
        if not done:
            return  # the field stays, with the reason in the status line
        self._renaming = None
        self.rename.hide()
        self.reload()
        self.focus_cards()
        self.message.emit(
            self.tr("Cluster renamed: “%1” — Ctrl+Z to undo.").replace("%1", done.value.name)
        )

    # -- promotion -----------------------------------------------------------------------

    def _promoted_source(self) -> tuple[str, str] | None:
        """(key, words) of the current card or cluster heading."""
        current = self.view.currentIndex()
        idea = self.model.idea_at(current)
        if idea is not None:
            return idea.key, idea.text
        if current.isValid() and current.data(IS_CLUSTER_ROLE):
            cluster = self.model.cluster_at(current)
            if cluster is not None:
                return cluster.key, cluster.name
        self.message.emit(self.tr("Select a card or a cluster first."))
        return None

    def promote_to_proposal(self) -> None:
        """P: the current card or cluster becomes a proposal, shown in the proposal panel."""
        source = self._promoted_source()
        workshop_id, store = self.workshop_id, self._store
        if source is None or workshop_id is None:
            return
        key, words = source

        def undo_of(row) -> Undo:
            state = {"row": row}

            def undo() -> None:
                proposals.delete_proposal(store, state["row"].id, expect=state["row"])

            def redo() -> None:
                state["row"] = ideas.promote_to_proposal(store, workshop_id, key)

            return self._undo(
                self.tr("proposal from “%1”").replace("%1", _short(words, 30)), undo, redo
            )

        done = self._run(
            lambda: ideas.promote_to_proposal(store, workshop_id, key),
            undo_of,
            changes=lambda row: (changed(IDEA, workshop_id), changed(PROPOSAL, row.id)),
        )
        if done:
            self.reload()
            self.message.emit(
                self.tr("Proposal made: %1 — Ctrl+Z to undo.").replace("%1", done.value.title)
            )
            self.proposal_made.emit(done.value)

    def promote_to_commitment(self) -> None:
        """T: the commitment panel opens on the current card or cluster."""
        source = self._promoted_source()
        if source is not None:
            self.commitment_requested.emit(*source)

    # -- changes made elsewhere ----------------------------------------------------------

    def _made_here(self, initiator) -> bool:
        return isinstance(initiator, QWidget) and (
            initiator is self or self.isAncestorOf(initiator)
        )

    def _on_changed(self, kind: str, ids, initiator=None) -> None:
        if kind not in (IDEA, NOTE, PROPOSAL, COMMITMENT) or self._made_here(initiator):
            return
        if self.workshop_id is None or (
            kind in (IDEA, NOTE) and ids and self.workshop_id not in ids
        ):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self.workshop_id is not None:
            self.reload()

    def keyboard_is_here(self) -> bool:
        return self.isAncestorOf(QApplication.focusWidget())
