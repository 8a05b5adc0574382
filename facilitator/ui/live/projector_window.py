"""The projector window: what the room sees on the second screen.

Workshop title, the current item and its clock, who speaks and who is next,
and the decisions agreed so far — never the notes. While the live screen shows the
ideas board, the board takes the place of the clock, the speakers and the decisions
(``projector_board.py``: the ideas and the dots by sector, never who gave what).
Large white type on near-black, readable from the back of the room.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from facilitator.services import live
from facilitator.services.live import ClockStatus, SessionState
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import PROJECTOR, Fill
from facilitator.ui.live.item_models import duration
from facilitator.ui.live.projector_board import ProjectorBoard
from facilitator.ui.live.projector_connect import ProjectorConnect

_STYLE = """
ProjectorWindow { background: %(background)s; }
QLabel { color: %(text)s; }
QLabel#projectorTitle { color: %(quiet)s; font-size: 22pt; }
QLabel#projectorItem { font-size: 40pt; font-weight: bold; }
QLabel#projectorClock { font-size: 64pt; font-weight: bold; }
QLabel#projectorSpeaker { font-size: 28pt; }
QLabel#projectorNext { color: %(next)s; font-size: 22pt; }
QLabel#projectorDecisionsTitle { color: %(quiet)s; font-size: 22pt; }
QLabel#projectorDecisions { font-size: 24pt; }
QFrame#projectorRule { background: %(rule)s; }
QLabel#rehearsalMark { %(rehearsal)s font-size: 24pt; font-weight: bold; padding: 4px 16px; }
"""
# The projector is dark whatever the desktop's palette (kit/colours.py: PROJECTOR), and so
# is the rehearsal mark on it.
_COLOURS = {**PROJECTOR, "rehearsal": colours.fill_css(Fill.BANNER_NOTICE, True)}
_CLOCK_COLOURS = {
    ClockStatus.OK: PROJECTOR["text"],
    ClockStatus.WARNING: PROJECTOR["warning"],
    ClockStatus.OVER: PROJECTOR["over"],
}


class ProjectorWindow(QWidget):
    """The room's view of the session; fed with session states, ticked by the live screen."""

    def __init__(self, parent=None, *, rehearsal: bool = False):
        super().__init__(parent, Qt.Window)
        self.setObjectName("ProjectorWindow")
        self.setAttribute(Qt.WA_StyledBackground, True)
        # The moderator keeps typing on the live screen while the room watches this one.
        self.setAttribute(Qt.WA_ShowWithoutActivating, True)
        self.setStyleSheet(_STYLE % _COLOURS)
        self.setWindowTitle(self.tr("Facilitator — projector"))
        self._state: SessionState | None = None
        self.title = QLabel("")
        self.title.setTextFormat(Qt.PlainText)  # user text, never markup
        self.title.setObjectName("projectorTitle")
        self.item = QLabel("")
        self.item.setTextFormat(Qt.PlainText)  # user text, never markup
        self.item.setObjectName("projectorItem")
        self.item.setWordWrap(True)
        self.clock = QLabel("")
        self.clock.setObjectName("projectorClock")
        self.speaker = QLabel("")
        self.speaker.setTextFormat(Qt.PlainText)  # user text, never markup
        self.speaker.setObjectName("projectorSpeaker")
        self.speaker.setWordWrap(True)
        self.next_speaker = QLabel("")
        self.next_speaker.setTextFormat(Qt.PlainText)  # user text, never markup
        self.next_speaker.setObjectName("projectorNext")
        rule = QFrame()
        rule.setObjectName("projectorRule")
        rule.setFixedHeight(3)
        decisions_title = QLabel(self.tr("Decisions agreed"))
        decisions_title.setObjectName("projectorDecisionsTitle")
        self.decisions = QLabel("")
        self.decisions.setTextFormat(Qt.PlainText)  # user text, never markup
        self.decisions.setObjectName("projectorDecisions")
        self.decisions.setWordWrap(True)
        self.decisions.setTextFormat(Qt.PlainText)
        self.decisions.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(14)
        # A rehearsal says so to the room too: nothing seen here is the workshop's record.
        self.rehearsal_mark = QLabel(self.tr("REHEARSAL"))
        self.rehearsal_mark.setObjectName("rehearsalMark")
        self.rehearsal_mark.setVisible(rehearsal)
        layout.addWidget(self.rehearsal_mark, 0, Qt.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.item)
        layout.addWidget(self.clock)
        layout.addWidget(self.speaker)
        layout.addWidget(self.next_speaker)
        layout.addWidget(rule)
        layout.addWidget(decisions_title)
        layout.addWidget(self.decisions, 1)
        self.board = ProjectorBoard()
        self.board.hide()  # while the live screen shows the ideas board
        layout.addWidget(self.board, 1)
        self.connect_view = ProjectorConnect()
        self.connect_view.hide()  # while the room's "how to connect" screen is up
        layout.addWidget(self.connect_view, 1)
        self._board_wanted = False
        self._session_widgets = (
            self.clock,
            self.speaker,
            self.next_speaker,
            rule,
            decisions_title,
            self.decisions,
        )
        self.resize(1024, 640)

    def show_board(self, board, results) -> None:
        """The ideas board (and the round's dots) in place of the clock, the speakers and
        the decisions; ``None``: the session's view again."""
        self._board_wanted = board is not None
        self.board.show_board(board, results)
        self._arrange()

    def show_connect(self, address) -> None:
        """The room's "how to connect" screen in place of everything else; ``None``: back
        to what was shown."""
        size = self.size()
        if address is not None:
            self.connect_view.show_address(address)
        self.connect_view.setVisible(address is not None)
        self._arrange()
        # Wrapped lines first measured at a narrow width must not leave the window taller
        # than the screen: it keeps its size (full screen, it keeps the screen's anyway).
        self.layout().activate()
        if not self.isFullScreen():
            self.resize(size.expandedTo(self.minimumSizeHint()))

    def _arrange(self) -> None:
        connect = not self.connect_view.isHidden()
        board = self._board_wanted and not connect
        self.board.setVisible(board)
        self.item.setVisible(not connect)  # the room's screen needs the height
        for widget in self._session_widgets:
            widget.setVisible(not board and not connect)

    @property
    def board_shown(self) -> bool:
        return not self.board.isHidden()

    @property
    def connect_shown(self) -> bool:
        return not self.connect_view.isHidden()

    def show_state(self, state: SessionState) -> None:
        self._state = state
        self.title.setText(state.title)
        item = state.current_item
        if item is not None:
            self.item.setText(f"{item.position}. {item.title}")
        elif state.ended:
            self.item.setText(self.tr("The session has ended"))
        elif state.session_started_at is None:
            self.item.setText(self.tr("The session will start shortly"))
        else:  # between items, or no agenda at all
            self.item.setText("")
        turn = state.current_turn
        self.speaker.setText(
            self.tr("Speaking: %1").replace("%1", turn.name) if turn is not None else ""
        )
        nxt = state.next_speaker
        self.next_speaker.setText(
            self.tr("Next: %1").replace("%1", nxt.name) if nxt is not None else ""
        )
        lines = [(f"{d.label}  " if d.label else "• ") + d.title for d in state.decisions]
        self.decisions.setText("\n".join(lines) if lines else self.tr("None yet"))
        self.tick(state.now)

    def tick(self, now) -> None:
        state = self._state
        if state is None or state.current_item is None:
            self.clock.setText("")
            return
        item = state.current_item
        elapsed = live.elapsed_seconds(item.actual_start, now)
        status = live.clock_status(elapsed, item.planned_seconds)
        self.clock.setText(f"{duration(elapsed)} / {duration(item.planned_seconds)}")
        self.clock.setProperty("clock", status.value)
        self.clock.setStyleSheet(f"color: {_CLOCK_COLOURS[status]};")

    def present(self) -> None:
        """Full screen on the second screen when there is one, else a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            second = next((s for s in screens if s != QGuiApplication.primaryScreen()), screens[1])
            self.setScreen(second)
            self.setGeometry(second.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
