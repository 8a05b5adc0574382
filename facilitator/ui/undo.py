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

from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.errors import FacilitatorError


class ServiceCommand(QUndoCommand):
    """An edit already made, with the service calls that undo and redo it."""

    def __init__(
        self,
        text: str,
        undo: Callable[[], None],
        redo: Callable[[], None],
        after: Callable[[], None],
        on_error: Callable[[str], None],
    ):
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._after = after
        self._on_error = on_error
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
        self._after()


class EditHistory(QUndoStack):
    """The window's undo stack, with one way to record an edit that has been made."""

    def __init__(self, on_error: Callable[[str], None], parent=None):
        super().__init__(parent)
        self._on_error = on_error

    def record(
        self,
        text: str,
        undo: Callable[[], None],
        redo: Callable[[], None],
        after: Callable[[], None],
    ) -> None:
        """Record an edit already made; ``after`` runs after each undo and redo."""
        self.push(ServiceCommand(text, undo, redo, after, self._on_error))
