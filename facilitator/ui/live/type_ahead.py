"""Type-ahead picking for the live screen, and the keys that belong to the screen.

A :class:`TypeAhead` is a field over a list of rows: typing filters them
(Turkish-aware), Up/Down move through the matches, Enter picks, Esc cancels.
:class:`ScreenKeysFirst` keeps text fields from swallowing the live screen's
keys (a line edit takes Ctrl+Left, Ctrl+Backspace or Ctrl+K for itself).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.kit.row_table_model import RowTableModel

# Keys a line edit uses to edit its text (word left/right, delete word, delete to the end):
# the screen takes them only from an empty field, so typing is never turned into an action.
EDITING_KEYS = ("Ctrl+Left", "Ctrl+Right", "Ctrl+Backspace", "Ctrl+K", "Ctrl+Delete")


class ScreenKeysFirst(QObject):
    """Lets the given key sequences reach the window's shortcuts from a text field.

    Ctrl+Z still undoes typing while the field has typing to undo; the editing keys
    stay the field's while it holds text.
    """

    def __init__(self, sequences: Sequence[QKeySequence], parent=None):
        super().__init__(parent)
        self._combos = {seq[0].toCombined() for seq in sequences if not seq.isEmpty()}
        self._editing = {QKeySequence(key)[0].toCombined() for key in EDITING_KEYS}

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.ShortcutOverride or not isinstance(watched, QLineEdit):
            return False
        if event.matches(QKeySequence.Undo) or event.matches(QKeySequence.Redo):
            has_own = (
                watched.isUndoAvailable()
                if event.matches(QKeySequence.Undo)
                else watched.isRedoAvailable()
            )
            if has_own:
                return False
            event.ignore()
            return True
        modifiers = event.modifiers() & ~Qt.KeypadModifier
        combo = event.key() | modifiers.value
        if combo in self._editing and watched.text():
            event.accept()  # the field's own editing key while there is text to edit
            return True
        if combo in self._combos:
            event.ignore()  # not the field's: the window's shortcut takes it
            return True
        return False


class TypeAhead(QWidget):
    """A search field over rows; ``picked(row)`` on Enter, ``cancelled()`` on Esc.

    With ``empty_text(typed)``, a search that finds nobody says why in plain words
    instead of an empty box, and Enter then emits ``unknown(typed)`` (e.g. to add
    the typed name as a walk-in).
    """

    picked = Signal(object)
    cancelled = Signal()
    unknown = Signal(str)

    def __init__(
        self,
        model: RowTableModel,
        placeholder: str,
        rows_shown: int = 6,
        parent=None,
        *,
        empty_text: Callable[[str], str] | None = None,
    ):
        super().__init__(parent)
        self.model = model
        self._empty_text = empty_text
        self.field = QLineEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.setFocusPolicy(Qt.NoFocus)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * rows_shown + 12)
        self.list.doubleClicked.connect(lambda _i: self.pick())
        self.list.hide()  # the matches show while something is typed
        self.empty = QLabel()
        self.empty.setObjectName("typeAheadEmpty")
        self.empty.setTextFormat(Qt.PlainText)  # the typed text, never markup
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.field.textChanged.connect(self._on_text)
        self.field.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def set_rows(self, rows) -> None:
        chosen = self.chosen()
        self.model.set_rows(rows)
        row = self.model.row_of_id(chosen.id) if chosen is not None else -1
        self._choose(max(row, 0))
        self._show_matches()

    def _on_text(self, text: str) -> None:
        self.model.set_query(text)
        self._choose(0)
        self._show_matches()

    def _show_matches(self) -> None:
        typed = self.field.text()
        nobody = bool(typed.strip()) and not self.model.rowCount()
        explain = nobody and self._empty_text is not None
        if explain:
            self.empty.setText(self._empty_text(typed.strip()))
        self.empty.setVisible(explain)
        self.list.setVisible(bool(typed) and not explain)

    def _choose(self, row: int) -> None:
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def chosen(self):
        index = self.list.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def pick(self) -> None:
        row = self.chosen()
        if row is not None:
            self.picked.emit(row)
        elif self._empty_text is not None and self.field.text().strip():
            self.unknown.emit(self.field.text().strip())

    def start(self) -> None:
        """Take the keyboard focus, ready to type a new search."""
        self.field.setFocus(Qt.ShortcutFocusReason)
        self.field.selectAll()

    def eventFilter(self, watched, event) -> bool:
        if watched is not self.field or event.type() != QEvent.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key_Down, Qt.Key_Up) and self.model.rowCount():
            row = self.list.currentIndex().row()
            row = row + 1 if key == Qt.Key_Down else row - 1
            self._choose(max(0, row))
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() == Qt.NoModifier:
            self.pick()
            return True
        if key == Qt.Key_Escape:
            self.field.setText("")
            self.cancelled.emit()
            return True
        return False
