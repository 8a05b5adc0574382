"""Undo and redo of edits: each edit is done through a service, then recorded here.

An edit runs first (so a refused value never enters the stack), then a
:class:`ServiceCommand` holding how to undo and redo it is pushed; the first
``redo()`` that ``QUndoStack.push`` makes is skipped because the edit is
already done. Multi-row edits are one command, so one Ctrl+Z undoes them.
If undoing fails (someone deleted the row meanwhile), the reason is shown and
the command leaves the stack instead of leaving it inconsistent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit

from facilitator.errors import FacilitatorError
from facilitator.text import turkish_upper


class ServiceCommand(QUndoCommand):
    """An edit already made, with the service calls that undo and redo it."""

    def __init__(
        self,
        text: str,
        undo: Callable[[], None],
        redo: Callable[[], None],
        after: Callable[[], None],
        on_error: Callable[[str], None],
        on_done: Callable[[], None] = lambda: None,
    ):
        # "Geri al: Başlık değişikliği" — the menu reads as a sentence in Turkish too.
        super().__init__(turkish_upper(text[:1]) + text[1:])
        self._undo = undo
        self._redo = redo
        self._after = after
        self._on_error = on_error
        self._on_done = on_done
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except FacilitatorError as exc:
            self.setObsolete(True)
            self._on_error(str(exc))
        self._on_done()
        self._after()


class EditHistory(QUndoStack):
    """The window's undo stack, with one way to record an edit that has been made.

    ``touched(workshop_id)`` is emitted when an undo or redo changed a workshop,
    so the window can show that workshop rather than change one out of sight.
    """

    touched = Signal(int)

    def __init__(self, on_error: Callable[[str], None], parent=None):
        super().__init__(parent)
        self._on_error = on_error

    def record(
        self,
        text: str,
        undo: Callable[[], None],
        redo: Callable[[], None],
        after: Callable[[], None],
        workshop_id: int | None = None,
    ) -> None:
        """Record an edit already made; ``after`` runs after each undo and redo."""

        def done() -> None:
            if workshop_id is not None:
                self.touched.emit(workshop_id)

        self.push(ServiceCommand(text, undo, redo, after, self._on_error, done))


class UndoKeysToWindow(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's edit history from a text field
    that has nothing of its own to undo (e.g. the emptied "add" field after an add).

    A field being typed in keeps its own undo, as everywhere else.
    """

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.ShortcutOverride or not isinstance(watched, QLineEdit):
            return False
        if (event.matches(QKeySequence.Undo) and not watched.isUndoAvailable()) or (
            event.matches(QKeySequence.Redo) and not watched.isRedoAvailable()
        ):
            event.ignore()  # not the field's: the window's shortcut may take it
            return True
        return False
