"""The dot round of the ideas board: opening it, the dots by keyboard, the live results.

R opens a round (budget, per person / per institution / counted, on ideas or on
clusters; Enter opens it, Esc cancels); V chooses who puts the dots (a type-ahead of
the people present, or of the institutions present); + and − on the selected card give
and take back one of their dots; in a counted round digits and Enter set the room's
count. E ends the round. Every one of these is an edit of the screen's history (Ctrl+Z),
and a refusal (no dots left, nobody present) is said in the status line. The results
are bars per target, split by sector (S: by institution), ties ranked alike and the
targets that split the sectors marked.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import ConflictError, FacilitatorError
from facilitator.models.enums import Voice
from facilitator.services import ideas
from facilitator.services._common import MAX_DOTS
from facilitator.services.ideas import CLUSTER, DotResults, DotRoundRow
from facilitator.services.live import Clock
from facilitator.ui.kit.changes import IDEA, changed
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.undo import Undo
from facilitator.ui.live.idea_cards import BarDelegate, Legend
from facilitator.ui.live.idea_models import ResultsModel, with_dot
from facilitator.ui.live.type_ahead import TypeAhead

DEFAULT_BUDGET = 3
# After a dot the bar moves at once (the committed dot added to what was read); the exact
# results (whether a target splits the sectors, others' dots) are read once the keys rest.
EXACT_READ_MS = 250
MAX_DIGITS = 4  # a counted round's count: up to 9,999 dots on one card


@dataclass(frozen=True)
class HolderChoice:
    """Who may put dots: a person present or an institution present, with dots left."""

    id: int
    name: str
    detail: str
    left: int
    organization: str = ""  # the institution the dots count for, and its sector
    sector: str = ""


def _holders_model(parent=None) -> RowTableModel:
    def label(h: HolderChoice) -> str:
        left = QCoreApplication.translate("IdeaBoard", "%n dot(s) left", "", h.left)
        return " — ".join(p for p in (h.name, h.detail) if p) + f"  · {left}"

    return RowTableModel(
        [Column(QCoreApplication.translate("IdeaBoard", "Who puts dots"), label)],
        lambda h: f"{h.name} {h.detail}",
        parent,
    )


class DotPanel(QWidget):
    """The round shown on the board and its results (see the module docstring).

    ``message(text)`` and ``refused(text)`` go to the status line; ``results_changed``
    carries the results after each dot (the cards show their dots); ``stale`` asks the
    board to read itself again (after an undo); ``done`` gives the keyboard back to it.
    """

    message = Signal(str)
    refused = Signal(str)
    results_changed = Signal(object)
    stale = Signal()
    done = Signal()

    def __init__(self, edits: Edits, now: Clock, parent=None):
        super().__init__(parent)
        self._edits = edits
        self._store = edits.store
        self._now = now
        self.workshop_id: int | None = None
        self.round: DotRoundRow | None = None
        self.results: DotResults | None = None
        self.holder: HolderChoice | None = None
        self._count_key: str | None = None
        self._count_digits = ""
        self._people: dict[int, tuple[str, str]] = {}  # person -> (institution, sector)
        self._orgs: dict[int, tuple[str, str]] = {}  # institution -> (name, sector)
        self.label_of = lambda key: key  # the board says what a key's card or cluster reads
        self._exact = QTimer(self)
        self._exact.setSingleShot(True)
        self._exact.setInterval(EXACT_READ_MS)
        self._exact.timeout.connect(self._read_results)

        self.title = QLabel(self.tr("Dots"))
        self.title.setObjectName("panelTitle")
        self.status = QLabel("")
        self.status.setObjectName("roundStatus")
        self.status.setWordWrap(True)

        # opening a round
        self.budget = QSpinBox()
        self.budget.setRange(1, MAX_DOTS)
        self.budget.setValue(DEFAULT_BUDGET)
        self.budget.setSuffix(" " + self.tr("dots each"))
        self.voice = QComboBox()
        for voice in (Voice.PERSON, Voice.ORGANIZATION, Voice.COUNTS):
            self.voice.addItem(self._voice_text(voice), voice)
        self.target = QComboBox()
        self.target.addItem(self.tr("on ideas"), False)
        self.target.addItem(self.tr("on clusters"), True)
        self.form = QWidget()
        form = QHBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.budget)
        form.addWidget(self.voice, 1)
        form.addWidget(self.target, 1)
        self.form_hint = QLabel(self.tr("Tab: next choice · Enter opens the round · Esc cancels"))
        self.form_hint.setObjectName("keyHints")
        self.form_hint.setWordWrap(True)
        self.form.hide()
        self.form_hint.hide()
        for widget in (self.budget, self.voice, self.target):
            widget.installEventFilter(self)

        # who puts the dots
        self.who = QLabel("")
        self.who.setObjectName("dotHolder")
        self.who.setTextFormat(Qt.PlainText)
        self.who.setWordWrap(True)
        self.pick = TypeAhead(
            _holders_model(self),
            self.tr("Who puts the dots? Type a name (Enter picks, Esc cancels)"),
            5,
        )
        self.pick.picked.connect(self._holder_picked)
        self.pick.cancelled.connect(self._pick_cancelled)
        self.pick.hide()
        self.count_line = QLabel("")
        self.count_line.setObjectName("noteMode")
        self.count_line.setTextFormat(Qt.PlainText)
        self.count_line.hide()

        # the results
        self.model = ResultsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(BarDelegate(lambda: self.model.most, self.view))
        self.view.setUniformItemSizes(True)
        self.view.setFocusPolicy(Qt.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.NoSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        # Each bar as wide as the column (its words cut with "…"), never scrolled sideways.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.empty = QLabel(self.tr("No dots yet."))
        self.empty.setObjectName("keyHints")
        self.legend = Legend()
        self.split_hint = QLabel("")
        self.split_hint.setObjectName("keyHints")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.form)
        layout.addWidget(self.form_hint)
        layout.addWidget(self.who)
        layout.addWidget(self.pick)
        layout.addWidget(self.count_line)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.legend)
        layout.addWidget(self.split_hint)
        self._show_round()

    def _voice_text(self, voice: Voice) -> str:
        return {
            Voice.PERSON: self.tr("per person"),
            Voice.ORGANIZATION: self.tr("per institution"),
            Voice.COUNTS: self.tr("counted"),
        }[voice]

    # -- what is shown ---------------------------------------------------------------------

    def show_round(self, workshop_id: int, round_row: DotRoundRow | None) -> None:
        """The board's round (the open one, or the last): its results read again."""
        if workshop_id != self.workshop_id or (
            round_row is None or self.round is None or round_row.id != self.round.id
        ):
            self.holder = None
        self.workshop_id = workshop_id
        self.round = round_row
        self._read_results()
        self._show_round()

    def set_people(self, rows) -> None:
        """The attendees (``AttendeeRow``): whose institution and sector a dot counts for."""
        self._people, self._orgs = {}, {}
        for row in rows:
            sector = row.sector.value if row.sector is not None else ""
            if row.organization_id is not None:
                self._orgs[row.organization_id] = (row.organization_name, sector)
            self._people[row.person_id] = (row.organization_name, sector)

    def _read_results(self) -> None:
        self._exact.stop()
        results = None
        if self.round is not None:
            try:
                results = ideas.results(self._store, self.round.id)
                self._recount_holder()
            except FacilitatorError as exc:
                self.refused.emit(str(exc))
        self._apply(results)

    def _recount_holder(self) -> None:
        """The chosen voter's dots left as the file has them: a card deleted takes its
        dots back, an undo or another window gives or takes some."""
        holder, r = self.holder, self.round
        if holder is None or r is None or r.voice is Voice.COUNTS:
            return
        left = ideas.dots_left(self._store, r.id, holder.id)
        if left != holder.left:
            self.holder = dataclasses.replace(holder, left=left)
            self._show_holder()

    def _add(self, target: str, delta: int, organization: str = "", sector: str = "") -> None:
        """A committed dot (or count) shown at once; the exact results follow."""
        if self.results is None:
            self._read_results()
            return
        self._apply(
            with_dot(self.results, target, self.label_of(target), sector, organization, delta)
        )
        self._exact.start()

    def _apply(self, results) -> None:
        self.results = results
        self.model.set_results(results)
        self.legend.set_items(self.model.legend())
        self.empty.setVisible(self.round is not None and not self.model.rowCount())
        self.results_changed.emit(results)

    def _show_round(self) -> None:
        r = self.round
        has_round = r is not None
        for widget in (self.view, self.legend, self.split_hint):
            widget.setVisible(has_round)
        self.empty.setVisible(has_round and not self.model.rowCount())
        if r is None:
            self.status.setText(self.tr("No dot round yet. R opens one."))
            self.who.hide()
            return
        budget = QCoreApplication.translate("IdeaBoard", "%n dot(s) each", "", r.budget)
        kind = self.tr("on clusters") if r.on_clusters else self.tr("on ideas")
        if r.voice is Voice.COUNTS:
            parts = [self._voice_text(r.voice), kind]
        else:
            parts = [budget, self._voice_text(r.voice), kind]
        state = self.tr("open — E ends it") if r.is_open else self.tr("closed — R opens a new one")
        self.status.setText(
            self.tr("Round %1: %2 · %3")
            .replace("%1", str(r.number))
            .replace("%2", ", ".join(parts))
            .replace("%3", state)
        )
        self.split_hint.setText(
            self.tr("Split by sector · S: by institution")
            if self.model.by_sector
            else self.tr("Split by institution · S: by sector")
        )
        self._show_holder()

    def _show_holder(self) -> None:
        r = self.round
        if r is None or not r.is_open:
            self.who.hide()
            return
        self.who.show()
        if r.voice is Voice.COUNTS:
            self.who.setText(self.tr("Type the room's count on a card, Enter saves it."))
        elif self.holder is None:
            self.who.setText(self.tr("V: choose who puts the dots, then + / − on a card."))
        else:
            left = QCoreApplication.translate("IdeaBoard", "%n dot(s) left", "", self.holder.left)
            self.who.setText(
                self.tr("Dots by %1 — %2 · +/− on a card · V: someone else")
                .replace("%1", self.holder.name)
                .replace("%2", left)
            )

    def toggle_split(self) -> None:
        """S: the bars split by sector, or by institution."""
        self.model.set_split(not self.model.by_sector)
        self.legend.set_items(self.model.legend())
        self._show_round()

    # -- opening and closing -----------------------------------------------------------------

    def start_opening(self) -> None:
        """R: the form of a new round, the budget first."""
        if self.workshop_id is None:
            return
        if self.round is not None and self.round.is_open:
            self.message.emit(self.tr("A dot round is already open; E ends it first."))
            return
        self.form.show()
        self.form_hint.show()
        self.budget.setFocus(Qt.ShortcutFocusReason)
        self.budget.selectAll()

    def _cancel_opening(self) -> None:
        self.form.hide()
        self.form_hint.hide()
        self.done.emit()

    def open_round(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        budget = self.budget.value()
        voice = Voice(self.voice.currentData())
        on_clusters = bool(self.target.currentData())
        store = self._store

        def undo_of(row: DotRoundRow) -> Undo:
            state = {"id": row.id}

            def undo() -> None:
                if ideas.results(store, state["id"]).dots:
                    raise ConflictError(
                        self.tr("Dots were given in this round since; end it instead.")
                    )
                state["taken"] = ideas.delete_dot_round(store, state["id"])

            def redo() -> None:
                state["id"] = ideas.restore_dot_round(store, state["taken"]).id

            return self._undo(self.tr("open dot round"), undo, redo)

        done = self._run(
            lambda: ideas.open_dot_round(
                store,
                workshop_id,
                budget=budget,
                now=self._now(),
                voice=voice,
                on_clusters=on_clusters,
            ),
            undo_of,
        )
        if not done:
            return
        self.form.hide()
        self.form_hint.hide()
        self.holder = None
        self.show_round(workshop_id, done.value)
        self.message.emit(
            self.tr("Dot round %1 is open.").replace("%1", str(done.value.number))
            + " "
            + (
                self.tr("Type counts on the cards.")
                if voice is Voice.COUNTS
                else self.tr("V: who puts the dots.")
            )
        )
        self.done.emit()

    def close_round(self) -> None:
        """E: the round ends; its results stay on the board."""
        r = self.round
        if r is None or not r.is_open:
            self.message.emit(self.tr("No dot round is open."))
            return
        store, round_id = self._store, r.id
        undo = self._undo(
            self.tr("end dot round"),
            lambda: ideas.reopen_dot_round(store, round_id),
            lambda: ideas.close_dot_round(store, round_id, now=self._now()),
        )
        done = self._run(lambda: ideas.close_dot_round(store, round_id, now=self._now()), undo)
        if done:
            self.show_round(self.workshop_id, done.value)
            self.message.emit(
                self.tr("Dot round %1 ended: %2 in all.")
                .replace("%1", str(r.number))
                .replace(
                    "%2",
                    QCoreApplication.translate(
                        "IdeaBoard", "%n dot(s)", "", self.results.dots if self.results else 0
                    ),
                )
            )

    # -- the dots --------------------------------------------------------------------------

    def _open_round(self) -> DotRoundRow | None:
        r = self.round
        if r is None or not r.is_open:
            self.message.emit(self.tr("No dot round is open: R opens one."))
            return None
        return r

    def target_for(self, idea_key: str | None, cluster_key: str | None) -> str | None:
        """What a dot on the selected card goes to: the card, or in a round on clusters, its
        cluster; None (and the reason said) when there is none."""
        r = self.round
        if r is not None and r.on_clusters:
            if not cluster_key:
                self.message.emit(self.tr("This round puts dots on clusters: select a cluster."))
                return None
            return cluster_key
        if not idea_key:
            self.message.emit(self.tr("This round puts dots on ideas: select an idea."))
            return None
        return idea_key

    def choose_holder(self) -> None:
        """V: who puts the next dots, among the people (or institutions) present."""
        r = self._open_round()
        if r is None:
            return
        if r.voice is Voice.COUNTS:
            self.message.emit(self.tr("This round is counted: type the count on a card."))
            return
        try:
            known = self._orgs if r.voice is Voice.ORGANIZATION else self._people
            rows = [
                HolderChoice(v.id, v.name, v.detail, left, *known.get(v.id, ("", "")))
                for v, left in ideas.voters(self._store, r.id)
                if v.present
            ]
        except FacilitatorError as exc:
            self.refused.emit(str(exc))
            return
        if not rows:
            self.refused.emit(
                self.tr("Nobody is checked in as present yet: Ctrl+I checks people in.")
            )
            return
        self.pick.set_rows(rows)
        self.pick.field.setText("")
        self.pick.show()
        self.pick.start()

    def _holder_picked(self, row: HolderChoice) -> None:
        self.holder = row
        self.pick.hide()
        self._show_holder()
        self.done.emit()

    def _pick_cancelled(self) -> None:
        self.pick.hide()
        self.done.emit()

    def give(self, target: str, more: bool) -> None:
        """+ (``more``) or −: one dot of the chosen holder on ``target``, or one back."""
        r = self._open_round()
        if r is None:
            return
        if r.voice is Voice.COUNTS:
            self.message.emit(self.tr("This round is counted: type the count on a card."))
            return
        holder = self.holder
        if holder is None:
            self.message.emit(self.tr("First choose who puts the dots: V."))
            self.choose_holder()
            return
        store, round_id = self._store, r.id
        give = lambda: ideas.give_dot(store, round_id, target, holder.id)  # noqa: E731
        take = lambda: ideas.take_dot(store, round_id, target, holder.id)  # noqa: E731
        text = (self.tr("dot by %1") if more else self.tr("dot taken back from %1")).replace(
            "%1", holder.name
        )
        undo = self._undo(text, take if more else give, give if more else take)
        done = self._run(give if more else take, undo)
        if not done:
            return
        self.holder = dataclasses.replace(holder, left=done.value)
        self._add(target, 1 if more else -1, holder.organization, holder.sector)
        self._show_holder()
        self.message.emit("")

    # -- counts ----------------------------------------------------------------------------

    @property
    def counting(self) -> bool:
        return self._count_key is not None

    def type_digit(self, target: str, digit: str) -> None:
        """A digit on the selected card of a counted round: the count being typed."""
        r = self._open_round()
        if r is None:
            return
        if r.voice is not Voice.COUNTS:
            self.message.emit(self.tr("Digits type counts in a counted round; here + gives a dot."))
            return
        if target != self._count_key:
            self._count_key, self._count_digits = target, ""
        if len(self._count_digits) < MAX_DIGITS:
            self._count_digits += digit
        self._show_count()

    def erase_digit(self) -> None:
        self._count_digits = self._count_digits[:-1]
        self._show_count()

    def _show_count(self) -> None:
        target = self._count_key
        label = self._label_of(target) if target else ""
        self.count_line.setText(
            self.tr("Count for “%1”: %2 — Enter saves, Esc cancels")
            .replace("%1", label)
            .replace("%2", self._count_digits or "…")
        )
        self.count_line.show()

    def cancel_count(self) -> None:
        self._count_key, self._count_digits = None, ""
        self.count_line.hide()

    def _label_of(self, target: str) -> str:
        if self.results is not None:
            found = self.results.of(target)
            if found is not None:
                return found.label[:60]
        return target

    def save_count(self) -> None:
        r = self._open_round()
        target, digits = self._count_key, self._count_digits
        if r is None or target is None or not digits:
            self.cancel_count()
            return
        count = int(digits)
        shown = self.results.of(target) if self.results is not None else None
        before = shown.dots if shown is not None else 0
        store, round_id = self._store, r.id
        undo = self._undo(
            self.tr("count"),
            lambda: ideas.set_count(store, round_id, target, before, expect=count),
            lambda: ideas.set_count(store, round_id, target, count, expect=before),
        )
        done = self._run(
            lambda: ideas.set_count(store, round_id, target, count, expect=before), undo
        )
        self.cancel_count()
        if done:
            self._add(target, count - before)
            self.message.emit("")

    # -- edits -----------------------------------------------------------------------------

    def _undo(self, text: str, undo, redo) -> Undo:
        return Undo(text, undo, redo, after=self.stale.emit, workshop_id=self.workshop_id)

    def _run(self, do, undo=None):
        return self._edits.run(
            self,
            do,
            changes=changed(IDEA, self.workshop_id),
            undo=undo,
            on_error=self.refused.emit,
        )

    def text_fields(self) -> list[QWidget]:
        return [self.pick.field]

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.KeyPress or watched not in (self.budget, self.voice, self.target):
            return False
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self.open_round()
            return True
        if key == Qt.Key_Escape:
            self._cancel_opening()
            return True
        if key in (Qt.Key_Tab, Qt.Key_Backtab):
            fields = [self.budget, self.voice, self.target]
            step = -1 if key == Qt.Key_Backtab else 1
            fields[(fields.index(watched) + step) % len(fields)].setFocus(Qt.TabFocusReason)
            return True
        return False


def is_cluster_key(key: str | None) -> bool:
    return bool(key) and key.startswith(CLUSTER)
