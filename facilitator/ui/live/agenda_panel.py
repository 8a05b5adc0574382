"""The agenda on the live screen: the current item in large type with its clock, the
session clock against the planned end, the next item, and the list of items.

Clocks are computed at every tick from the recorded start times and the
injected clock, never counted up, so they cannot drift and survive a restart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.services import live
from facilitator.services.live import ClockStatus, SessionState
from facilitator.ui.kit.fitted_columns import table_chrome
from facilitator.ui.kit.labels import fill
from facilitator.ui.kit.timefmt import clock, full_date, zone_notice
from facilitator.ui.live.item_models import (
    AGENDA_COLUMN_MINUTES,
    AGENDA_COLUMN_STATUS,
    AGENDA_COLUMN_TITLE,
    AgendaListModel,
    clock_text_colour,
    duration,
)
from facilitator.ui.live.keys import KEY_MAIN_WINDOW


def set_clock(label: QLabel, text: str, status: ClockStatus) -> None:
    """Show a clock in the colour of its status (also kept as the label's "clock" property)."""
    label.setText(text)
    label.setProperty("clock", status.value)
    label.setStyleSheet(f"color: {clock_text_colour(status, label)};")


class CurrentItemHeader(QWidget):
    """The current item and its clock, large; the next item and the session clock below."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._state: SessionState | None = None
        self.item_title = QLabel("")
        self.item_title.setTextFormat(Qt.PlainText)  # user text, never markup
        self.item_title.setObjectName("currentItem")
        self.item_title.setWordWrap(True)
        self.item_clock = QLabel("")
        self.item_clock.setObjectName("itemClock")
        self.item_clock.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.next_label = QLabel("")
        self.next_label.setTextFormat(Qt.PlainText)  # user text, never markup
        self.next_label.setObjectName("nextItem")
        self.session_clock = QLabel("")
        self.session_clock.setObjectName("sessionClock")
        self.session_clock.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        # Said once, small: the times are the venue's, not this computer's.
        self.zone_notice = QLabel("")
        self.zone_notice.setObjectName("zoneNotice")
        self.zone_notice.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.zone_notice.hide()
        # The next item wraps rather than widen the screen past a laptop's (1280 px); the
        # session clock keeps its line, the zone notice under it.
        self.next_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.item_title, 1)
        top.addWidget(self.item_clock)
        session = QVBoxLayout()
        session.setSpacing(0)
        session.addWidget(self.session_clock)
        session.addWidget(self.zone_notice)
        session.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.next_label, 1, Qt.AlignTop)
        bottom.addLayout(session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def show_state(self, state: SessionState) -> None:
        self._state = state
        notice = zone_notice(state.time_zone, state.planned_start, state.planned_end)
        self.zone_notice.setText(notice)
        self.zone_notice.setVisible(bool(notice))
        item = state.current_item
        if item is not None:
            self.item_title.setText(f"{item.position}. {item.title}")
        elif state.ended:
            self.item_title.setText(self.tr("The session has ended"))
        elif state.session_started_at is None:
            self.item_title.setText(self.tr("The session has not started"))
        else:
            self.item_title.setText(self.tr("No agenda item is running"))
        nxt = state.next_item
        if not state.items and not state.ended:
            # No agenda yet: what the moderator can do instead of a blank line.
            self.next_label.setText(
                fill(
                    self.tr(
                        "No agenda yet: notes are taken all the same (type, then Enter). "
                        "Plan its items in the main window's Agenda tab (%1)."
                    ),
                    KEY_MAIN_WINDOW.toString(QKeySequence.NativeText),
                )
            )
            self.tick(state.now)
            return
        self.next_label.setText(
            fill(
                self.tr("Next: %1 (%2 min) — Ctrl+→"),
                f"{nxt.position}. {nxt.title}",
                nxt.planned_minutes,
            )
            if nxt is not None
            else self.tr("Next: — (this is the last item)")
            if item is not None
            else ""
        )
        self.tick(state.now)

    def item_elapsed(self, now) -> int:
        state = self._state
        if state is None or state.current_item is None:
            return 0
        return live.elapsed_seconds(state.current_item.actual_start, now)

    def tick(self, now) -> None:
        state = self._state
        if state is None:
            return
        item = state.current_item
        if item is None:
            set_clock(self.item_clock, "", ClockStatus.OK)
        else:
            elapsed = self.item_elapsed(now)
            set_clock(
                self.item_clock,
                f"{duration(elapsed)} / {duration(item.planned_seconds)}",
                live.clock_status(elapsed, item.planned_seconds),
            )
        started, ended = state.session_started_at, state.session_ended_at
        if state.ended and (started is None or ended is None):  # held, never run live
            set_clock(self.session_clock, "", ClockStatus.OK)
            return
        zone = state.time_zone  # the workshop's: its clock times are the venue's
        if started is None:  # not started: when it is planned, not a countdown of weeks
            text = (
                self.tr("Planned for %1, %2–%3")
                .replace("%1", full_date(state.planned_start, zone))
                .replace("%2", clock(state.planned_start, zone))
                .replace("%3", clock(state.planned_end, zone))
            )
            set_clock(self.session_clock, text, ClockStatus.OK)
            return
        if ended is not None:  # what it took, nothing left to count
            text = (
                self.tr("Session %1 · %2–%3")
                .replace("%1", duration(live.elapsed_seconds(started, ended)))
                .replace("%2", clock(started, zone))
                .replace("%3", clock(ended, zone))
            )
            set_clock(self.session_clock, text, ClockStatus.OK)
            return
        session = live.elapsed_seconds(started, now)
        remaining = int((state.planned_end - now).total_seconds())
        span = int((state.planned_end - state.planned_start).total_seconds())
        status = live.clock_status(live.elapsed_seconds(state.planned_start, now), span)
        text = self.tr("Session %1 · planned end %2 · %3 left").replace("%1", duration(session))
        text = text.replace("%2", clock(state.planned_end, zone))
        text = text.replace("%3", duration(remaining))
        set_clock(self.session_clock, text, status)


class AgendaPanel(QWidget):
    """The agenda items: done ✓, current ▶, upcoming, with actual against planned minutes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._state: SessionState | None = None
        title = QLabel(self.tr("Agenda"))
        title.setObjectName("panelTitle")
        self.model = AgendaListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.NoSelection)
        self.view.setFocusPolicy(Qt.NoFocus)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AGENDA_COLUMN_STATUS, QHeaderView.Fixed)
        header.setSectionResizeMode(AGENDA_COLUMN_TITLE, QHeaderView.Stretch)
        header.setSectionResizeMode(AGENDA_COLUMN_MINUTES, QHeaderView.Fixed)
        self.view.setColumnWidth(AGENDA_COLUMN_STATUS, 28)
        # Wide enough for its heading in either language ("Gerçek / planlanan").
        heading = self.model.headerData(AGENDA_COLUMN_MINUTES, Qt.Horizontal)
        needed = header.fontMetrics().horizontalAdvance(str(heading)) + 24
        self.view.setColumnWidth(AGENDA_COLUMN_MINUTES, max(110, needed))
        # The title column keeps at least its heading ("Gündem maddesi") when the
        # ideas board narrows the agenda.
        title_heading = self.model.headerData(AGENDA_COLUMN_TITLE, Qt.Horizontal)
        title_needed = header.fontMetrics().horizontalAdvance(str(title_heading)) + 24
        self.view.setMinimumWidth(28 + max(110, needed) + title_needed + table_chrome(self.view))
        self.view.setTextElideMode(Qt.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)

    def show_state(self, state: SessionState) -> None:
        self._state = state
        self.model.set_items(state.items)
        self.tick(state.now)

    def tick(self, now) -> None:
        state = self._state
        if state is not None and state.current_item is not None:
            self.model.set_running_seconds(
                live.elapsed_seconds(state.current_item.actual_start, now)
            )
