"""The live screen's keys: one table that binds them, writes the hint line and fills the
keys panel (F1), so what the screen says can never drift from what it does.

The key constants live here (not in the window) so a panel can name its own key
in a placeholder without importing the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.kit.labels import NOTE_KINDS


def _with(standard: QKeySequence.StandardKey, fallback: str) -> tuple[QKeySequence, ...]:
    """The platform's keys for a standard action, with ``fallback`` always among them (first).

    Asked when the screen is built: the platform answers only once the application runs.
    """
    keys = list(QKeySequence.keyBindings(standard))
    first = QKeySequence(fallback)
    return (first, *(key for key in keys if key != first))


KEY_NEXT_ITEM = QKeySequence("Ctrl+Right")
KEY_PREVIOUS_ITEM = QKeySequence("Ctrl+Left")
KEY_ATTRIBUTE = QKeySequence("Ctrl+P")
KEY_DELETE_NOTE = QKeySequence("Ctrl+Backspace")
KEY_PARKING_LOT = QKeySequence("Ctrl+K")
KEY_ADD_SPEAKER = QKeySequence("Ctrl+S")
KEY_NEXT_SPEAKER = QKeySequence("Ctrl+N")
KEY_END_TURN = QKeySequence("Ctrl+E")
KEY_CHECK_IN = QKeySequence("Ctrl+I")
# Not Ctrl+W: that closes a window on every platform (keys_close).
KEY_WALK_IN = QKeySequence("Ctrl+Shift+I")
KEY_PROJECTOR = QKeySequence("F5")
KEY_START_SESSION = QKeySequence("Ctrl+Shift+B")  # begin / başlat
KEY_END_SESSION = QKeySequence("Ctrl+Shift+E")
KEY_REOPEN_SESSION = QKeySequence("Ctrl+Shift+O")
KEY_MINUTES = QKeySequence("Ctrl+Shift+T")  # tutanak / minutes
KEY_TURN_LIMIT = QKeySequence("Ctrl+Shift+L")
KEY_FIRST_TIMERS = QKeySequence("Ctrl+Shift+F")
KEY_NOTES = QKeySequence("Ctrl+L")
KEY_PROPOSAL = QKeySequence("Ctrl+D")
KEY_COMMITMENT = QKeySequence("Ctrl+T")
KEY_ROOM = QKeySequence("Ctrl+R")  # the room on phones (oda)
KEY_JOIN = QKeySequence("Ctrl+J")  # the projector's "how to join" screen
KEY_BOARD = QKeySequence("Ctrl+B")  # the ideas board in place of the notes (board / pano)
KEY_KINDS = tuple(QKeySequence(f"Ctrl+{n}") for n in range(1, len(NOTE_KINDS) + 1))
KEY_MAIN_WINDOW = QKeySequence("Ctrl+Shift+M")
KEY_HELP = QKeySequence("F1")
# "?" only while no text field has the focus (a field takes it as text); with Shift too,
# as most keyboards (the Turkish Q among them) send it.
KEYS_QUESTION = (QKeySequence("?"), QKeySequence("Shift+?"))
KEY_HIDE = QKeySequence("Esc")


def keys_close() -> tuple[QKeySequence, ...]:
    """Ctrl+W closes a window on every platform (and whatever else the platform says)."""
    return _with(QKeySequence.Close, "Ctrl+W")


def keys_quit() -> tuple[QKeySequence, ...]:
    return _with(QKeySequence.Quit, "Ctrl+Q")


# Keys of the note field and the type-aheads themselves, bound there, listed here.
KEY_SAVE_NOTE = QKeySequence("Enter")
KEY_EDIT_LAST = QKeySequence("Up")


# Arrow keys as keyboards print them, in every language ("Ctrl+→", not "Ctrl+Right").
_ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def key_text(key: QKeySequence) -> str:
    """A key as keyboards label it ("Ctrl+Shift+I", "Ctrl+→"), in every language: Qt's
    Turkish names ("Kontrol+Üst Karakter+I") are on no keyboard."""
    text = key.toString(QKeySequence.PortableText)
    return ", ".join(
        "+".join(_ARROWS.get(part, part) for part in chord.split("+")) for chord in text.split(", ")
    )


@dataclass(frozen=True)
class LiveKey:
    """One row of the key table: how the key is written, what it does, and its bindings.

    ``bindings`` are (key sequence, action) pairs the window makes shortcuts of; a key
    without bindings belongs to a field (Enter saves the note) and is only listed.
    """

    label: str
    text: str
    bindings: tuple[tuple[QKeySequence, Callable[[], object]], ...] = ()

    @classmethod
    def bound(cls, keys: QKeySequence | Sequence[QKeySequence], text: str, action, label=None):
        """A key (or the platform's keys for one action) doing ``action``."""
        keys = (keys,) if isinstance(keys, QKeySequence) else tuple(keys)
        return cls(label or key_text(keys[0]), text, tuple((key, action) for key in keys))


def hint_line(table: Sequence[LiveKey]) -> str:
    """The one-line reminder under the screen: every key of the table, in its order."""
    return " · ".join(f"{key.label} {key.text}" for key in table)


class _KeyList(QScrollArea):
    """The keys' columns: as tall as they need where the screen has room, scrolled
    (a few rows at least) where it has not, so the list never pushes the live screen
    past a laptop's height."""

    _ROWS_AT_LEAST = 4

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint() + QSize(2 * self.frameWidth(), 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        row = self.fontMetrics().height() + 2
        return QSize(self.widget().minimumSizeHint().width(), row * self._ROWS_AT_LEAST)


class KeysPanel(QFrame):
    """Every live key in columns, inside the live screen: never a dialog, never the focus.

    ``hide_requested`` is emitted when its close button is clicked.
    """

    hide_requested = Signal()

    def __init__(self, columns: int = 3, parent=None):
        super().__init__(parent)
        self.setObjectName("keysPanel")
        self.setFrameShape(QFrame.StyledPanel)
        self.setFocusPolicy(Qt.NoFocus)
        self._columns = columns
        title = QLabel(self.tr("Keys of the live screen"))
        title.setObjectName("panelTitle")
        hint = QLabel(self.tr("Esc hides this list; the screen goes on meanwhile."))
        hint.setObjectName("keyHints")
        close = QPushButton("×")
        close.setFocusPolicy(Qt.NoFocus)
        close.setFlat(True)
        close.setToolTip(self.tr("Hide the keys (Esc)"))
        close.clicked.connect(self.hide_requested)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(hint, 1)
        top.addWidget(close)
        columns_ = QWidget()
        self.grid = QGridLayout(columns_)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(2)
        self.scroll = _KeyList()
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(columns_)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.rows: list[tuple[QLabel, QLabel]] = []

    def set_keys(self, table: Sequence[LiveKey], panel: Sequence[tuple[str, str]] = ()) -> None:
        """The screen's keys; then ``panel``'s (key, what it does), the proposal panel's,
        listed here only (they act inside that panel, not on the hint line)."""
        rows = [(key.label, key.text) for key in table] + list(panel)
        per_column = -(-len(rows) // self._columns)  # rounded up
        for n, (key_label, key_text_) in enumerate(rows):
            label, text = QLabel(key_label), QLabel(key_text_)
            for widget in (label, text):
                widget.setTextFormat(Qt.PlainText)
            label.setObjectName("keyName")
            column, row = divmod(n, per_column)
            self.grid.addWidget(label, row, column * 2)
            self.grid.addWidget(text, row, column * 2 + 1)
            self.rows.append((label, text))

    def listed(self) -> list[tuple[str, str]]:
        """(key, what it does) as shown, in the table's order."""
        return [(label.text(), text.text()) for label, text in self.rows]
