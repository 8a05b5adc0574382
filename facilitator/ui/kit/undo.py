"""Undo and redo of edits made through :mod:`facilitator.ui.kit.operations`.

An edit runs first, so a refused value never enters the stack. Then an
:class:`EditCommand` holding how to undo and redo it is pushed. The first
``redo()`` that ``QUndoStack.push`` makes is skipped, because the edit is
already done. A multi-row edit is one command, so one Ctrl+Z undoes it.

Each undo and redo carries the value it expects to find (the services'
``expect=``). If the row has changed since, in another window, on the live
screen or by another user, the service refuses. The reason is then shown and
the command leaves the stack; it never overwrites the newer value. After an
undo or redo the change is announced on the bus with no initiator, so every
view that shows it reads again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from facilitator.errors import FacilitatorError
from facilitator.services.changes import Changed
from facilitator.text import turkish_upper


@dataclass
class Undo:
    """How to undo and redo one edit already made."""

    text: str  # "Rename “Açılış”": the menu says "Undo: Rename “Açılış”"
    undo: Callable[[], object]
    redo: Callable[[], object]
    after: Callable[[], None] | None = None  # after each undo and redo, e.g. select the row
    workshop_id: int | None = None  # the workshop to bring into view when undone or redone


class EditCommand(QUndoCommand):
    """An edit already made, with the service calls that undo and redo it."""

    def __init__(
        self,
        undo: Undo,
        changes: tuple[Changed, ...],
        announce: Callable[[tuple[Changed, ...]], None],
        on_error: Callable[[str], None],
        on_unexpected: Callable[[BaseException, str], None],
        on_done: Callable[[int | None], None],
    ):
        # "Geri al: Başlık değişikliği": the menu reads as a sentence in Turkish too.
        super().__init__(turkish_upper(undo.text[:1]) + undo.text[1:])
        self._edit = undo
        self._changes = changes
        self._announce = announce
        self._on_error = on_error
        self._on_unexpected = on_unexpected
        self._on_done = on_done
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._run(self._edit.redo)

    def undo(self) -> None:
        self._run(self._edit.undo)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except FacilitatorError as exc:
            self.setObsolete(True)
            self._on_error(str(exc))
        except Exception as exc:  # a bug: logged, told once, and the command goes
            self.setObsolete(True)
            self._on_unexpected(exc, f"undoing or redoing “{self._edit.text}”")
        # Done or refused, the views read again: a refusal shows the newer value kept.
        self._announce(self._changes)
        if self._edit.after is not None:
            self._edit.after()
        self._on_done(self._edit.workshop_id)


class EditHistory(QUndoStack):
    """The undo stack of one window (the main window, the live screen).

    ``touched(workshop_id)`` is emitted when an undo or redo changed a workshop,
    so the window can show that workshop rather than change one out of sight.
    ``refused(message)`` is emitted when an undo or redo was refused.
    """

    touched = Signal(int)
    refused = Signal(str)

    def __init__(self, on_error: Callable[[str], None] | None = None, parent=None):
        super().__init__(parent)
        if on_error is not None:
            self.refused.connect(on_error)

    def push_edit(
        self,
        undo: Undo,
        changes: tuple[Changed, ...],
        announce: Callable[[tuple[Changed, ...]], None],
        on_unexpected: Callable[[BaseException, str], None],
    ) -> None:
        def done(workshop_id: int | None) -> None:
            if workshop_id is not None:
                self.touched.emit(workshop_id)

        self.push(EditCommand(undo, changes, announce, self.refused.emit, on_unexpected, done))


class UndoKeysToWindow(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's edit history from a text field
    (one line or several) that has nothing of its own to undo (e.g. the emptied "add"
    field after an add, or the next field after one was saved on leaving it).

    A field being typed in keeps its own undo, as everywhere else.

    The filter sits on each text field from the moment it first takes the keyboard focus
    (``QApplication.focusChanged``), in any window of the application: not on the
    application, where every event of every widget would pass through Python.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        if isinstance(new, (QLineEdit, QPlainTextEdit, QTextEdit)):
            new.installEventFilter(self)  # once: installing it again changes nothing

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.ShortcutOverride:
            return False
        if isinstance(watched, QLineEdit):
            can_undo, can_redo = watched.isUndoAvailable(), watched.isRedoAvailable()
        elif isinstance(watched, (QPlainTextEdit, QTextEdit)):
            document = watched.document()
            can_undo, can_redo = document.isUndoAvailable(), document.isRedoAvailable()
        else:
            return False
        if (event.matches(QKeySequence.Undo) and not can_undo) or (
            event.matches(QKeySequence.Redo) and not can_redo
        ):
            event.ignore()  # not the field's: the window's shortcut may take it
            return True
        return False
