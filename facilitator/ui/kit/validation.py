"""A form's problem line leaves when the problem is fixed.

A form that says what is wrong ("Give the workshop a title.") says it until the user
has put it right, not until the next click on OK: while the line shows, every edit of
the form's fields asks again. A form that can tell its problem itself passes
``problem`` (the message then changes to the next problem, or leaves); one whose
problems come from a service (a refusal on saving) takes the line away at the first
edit, and the service says it again if the next try is refused too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _edited(widget: QWidget):
    """The signal a field gives when its value changes, or None for a widget without one."""
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractSpinBox):
        return getattr(widget, "valueChanged", None)  # QSpinBox, QDoubleSpinBox
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.toggled
    return None


def recheck_on_edit(
    label: QLabel, fields: Iterable[QWidget], problem: Callable[[], str] | None = None
) -> None:
    """While ``label`` shows a problem, each edit of ``fields`` checks again: with
    ``problem``, the line shows what it says now and leaves when it says nothing;
    without, the first edit takes the line away."""

    def recheck(*_changed) -> None:
        if label.isHidden():
            return
        message = problem() if problem is not None else ""
        label.setText(message)
        label.setVisible(bool(message))

    for field in fields:
        signal = _edited(field)
        if signal is not None:
            signal.connect(recheck)


def form_fields(container: QWidget) -> list[QWidget]:
    """The fields a user edits inside ``container`` (a combo's own line edit left out)."""
    fields = []
    for widget in container.findChildren(QWidget):
        inner = isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        )
        if not inner and _edited(widget) is not None:
            fields.append(widget)
    return fields
