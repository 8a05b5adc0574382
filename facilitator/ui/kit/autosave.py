"""Forms that save each field as soon as the user leaves it.

A field is written through a service the moment its editor loses focus (or
Enter is pressed, or a choice is made); the write is committed before the
form shows it as saved. A refused value is put back and the reason shown
beside the form, so the screen never shows something the database lacks.

A view saves through :meth:`Edits.run <facilitator.ui.kit.operations.Edits.run>`
and returns its answer, with the form's :meth:`AutoSaveForm.refuse` as
``on_error``::

    self.form = AutoSaveForm(self._save, self.error, self)

    def _save(self, field, value, old):
        return self._edits.run(self, lambda: ..., changes=..., on_error=self.form.refuse)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Fill


class PlainTextEdit(QPlainTextEdit):
    """A multi-line editor that says when editing is finished (focus leaves it)."""

    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class AutoSaveForm(QObject):
    """Binds editors to named fields and saves a field when its editor is left.

    ``save(field, new, old)`` writes the new value; ``old`` is what was stored,
    for undo. It returns what ``Edits.run`` returns: ``Done`` when the value
    was saved, ``None`` when it was not (the reason already told through
    :meth:`refuse`, or a bug already reported); the value shown is then put
    back. ``saved(field)`` is emitted
    after a successful write, ``failed(field, reason)`` after a refused one.
    """

    saved = Signal(str)
    failed = Signal(str, str)

    def __init__(
        self,
        save: Callable[[str, Any, Any], Any],
        error_label: QLabel,
        parent=None,
    ):
        super().__init__(parent)
        self._save = save
        self._refusal = ""
        self._error_label = error_label
        self._readers: dict[str, Callable[[], Any]] = {}
        self._writers: dict[str, Callable[[Any], None]] = {}
        self._values: dict[str, Any] = {}
        self._loading = False

    # -- binding -----------------------------------------------------------------

    def bind_line(self, field: str, editor: QLineEdit) -> None:
        self._bind(field, editor.text, lambda v: editor.setText(v or ""))
        editor.editingFinished.connect(lambda: self.commit(field))

    def bind_text(self, field: str, editor: PlainTextEdit) -> None:
        self._bind(field, editor.toPlainText, lambda v: editor.setPlainText(v or ""))
        editor.editingFinished.connect(lambda: self.commit(field))

    def bind_combo(self, field: str, editor: QComboBox) -> None:
        def write(value):
            index = editor.findData(value)
            editor.setCurrentIndex(index if index >= 0 else 0)

        self._bind(field, editor.currentData, write)
        editor.activated.connect(lambda _i: self.commit(field))

    def bind_spin(self, field: str, editor: QSpinBox, *, none_at_minimum: bool = False) -> None:
        def read():
            value = editor.value()
            return None if none_at_minimum and value == editor.minimum() else value

        def write(value):
            editor.setValue(editor.minimum() if value is None else value)

        self._bind(field, read, write)
        editor.editingFinished.connect(lambda: self.commit(field))

    def bind_check(self, field: str, editor: QCheckBox) -> None:
        self._bind(field, editor.isChecked, lambda v: editor.setChecked(bool(v)))
        editor.toggled.connect(lambda _c: self.commit(field))

    def bind_custom(
        self, field: str, read: Callable[[], Any], write: Callable[[Any], None], finished: Signal
    ) -> None:
        self._bind(field, read, write)
        finished.connect(lambda *_: self.commit(field))

    def _bind(self, field: str, read: Callable[[], Any], write: Callable[[Any], None]) -> None:
        self._readers[field] = read
        self._writers[field] = write

    # -- values ------------------------------------------------------------------

    def load(self, values: dict[str, Any]) -> None:
        """Show stored values without saving them back."""
        self._loading = True
        try:
            for field, value in values.items():
                if field in self._writers:
                    self._writers[field](value)
                    self._values[field] = value
        finally:
            self._loading = False
        self._error_label.clear()
        self._error_label.hide()

    def stored(self, field: str) -> Any:
        """The value of ``field`` as last loaded or saved."""
        return self._values.get(field)

    def commit(self, field: str) -> bool:
        """Save ``field`` if its editor shows something other than the stored value."""
        if self._loading or field not in self._readers:
            return False
        value = self._readers[field]()
        if isinstance(value, str):
            value = value.strip()
        stored = self._values.get(field)
        if value == stored or (value in ("", None) and stored in ("", None)):
            return False
        self._refusal = ""
        saved = bool(self._save(field, value, stored))
        if not saved:
            # The value as stored now: refused because it was changed elsewhere since, the
            # newer value has been loaded meanwhile (``Edits.run`` has the views read again).
            self._put_back(field, self._values.get(field))
            self.failed.emit(field, self._refusal)
            return False
        self._values[field] = value
        self._error_label.hide()
        self.saved.emit(field)
        return True

    def refuse(self, message: str) -> None:
        """Say why the value was not saved (``on_error`` of the edit saving a field)."""
        self._refusal = message
        self._show_refusal()

    def _show_refusal(self) -> None:
        self._error_label.setText(self._refusal)
        self._error_label.show()

    def _put_back(self, field: str, stored: Any) -> None:
        self._loading = True
        try:
            self._writers[field](stored)
        finally:
            self._loading = False


def error_label(parent: QWidget | None = None) -> QLabel:
    """The line under a form that says why a value was refused."""
    label = QLabel(parent)
    label.setTextFormat(Qt.PlainText)  # messages quote user text
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    colours.follow_palette(
        label, lambda: label.setStyleSheet(colours.fill_css(Fill.BANNER_ERROR) + " padding: 4px;")
    )
    label.hide()
    return label
