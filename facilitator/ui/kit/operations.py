"""Every edit made in the interface runs through :meth:`Edits.run`.

Anki's ``CollectionOp`` is the model. A view hands over the service call and
says what the edit changes and how to undo it. ``run``:

1. calls the service;
2. on a refusal (a :class:`~facilitator.errors.FacilitatorError`), shows its
   plain words, where the view says (``on_error``) or in a dialog. A refusal because
   the row was changed elsewhere since it was shown (another user, another window:
   :class:`~facilitator.errors.StaleEditError`) first has every view read again, the
   initiator too, so the newer value kept is what the user sees beside the refusal;
3. on a bug, logs it with its traceback and reports it once (``kit/error_dialog``);
4. on success, records the undo command in the window's history;
5. announces what changed, once, naming the view that made the edit. That view
   has already shown its edit and skips the announcement; every other view in
   the main window, the live screen and the projector reads again.

A view therefore never writes ``try/except``, never announces anything and
never builds an undo command by hand::

    done = self._edits.run(
        self,
        lambda: agenda.update_item(store, item_id, title=title),
        changes=changed(WORKSHOP, workshop_id),
        undo=lambda row: Undo(text, undo=..., redo=...),
        on_error=self._show_error,
    )
    if done:
        self.reload()
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtWidgets import QWidget

from facilitator import logs
from facilitator.errors import ChangedElsewhereError, FacilitatorError, StaleEditError
from facilitator.models import enums
from facilitator.services.changes import KINDS, Changed, as_changes
from facilitator.store import Store
from facilitator.ui.kit import dialogs, labels
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.error_dialog import report_unexpected
from facilitator.ui.kit.undo import EditHistory, Undo

T = TypeVar("T")

ChangesOf = Changed | Iterable[Changed] | Callable[[T], Changed | Iterable[Changed]] | None
UndoOf = Undo | Callable[[T], Undo | None] | None


@dataclass(frozen=True)
class Done(Generic[T]):
    """A successful edit and what its service returned (a failed edit gives ``None``)."""

    value: T


def _window_of(initiator: QObject | None) -> QWidget | None:
    return initiator.window() if isinstance(initiator, QWidget) else None


class Edits:
    """What an edit needs from the window it is made in: the store, the bus, the history.

    The main window and the live screen each have their own (their own
    undo history) on one shared store and one shared bus.
    """

    def __init__(self, store: Store, bus: ChangeBus, history: EditHistory | None):
        self.store = store
        self.bus = bus
        self.history = history

    def run(
        self,
        initiator: QObject | None,
        do: Callable[[], T],
        *,
        changes: ChangesOf = None,
        undo: UndoOf = None,
        on_error: Callable[[str], None] | None = None,
        error_title: str | None = None,
        reread: Callable[[], None] | None = None,
    ) -> Done[T] | None:
        """Make one edit; ``Done(result)`` if it was made, ``None`` if it was not.

        ``changes`` and ``undo`` may be given as values or as functions of the
        service's result (e.g. the new row's id). ``reread``: after a refusal because
        the row changed since it was shown, shows what is stored now where the views'
        reading again does not reach (an open form); called before the refusal is told.
        """
        try:
            result = do()
        except FacilitatorError as exc:
            if isinstance(exc, StaleEditError):
                self._read_again(changes, initiator)
                if reread is not None:
                    reread()
            self._refused(initiator, _worded(exc), on_error, error_title)
            return None
        except Exception as exc:  # a bug or the environment: logged, told once
            inline = on_error is not None  # the environment's words go where the view says
            context = f"making an edit ({getattr(do, '__qualname__', do)})"
            message = report_unexpected(exc, context, parent=_window_of(initiator), inline=inline)
            if inline and not logs.is_bug(exc):
                on_error(message)
            return None
        # The edit is committed: whatever happens now, the views must hear of it.
        try:
            made = as_changes(changes(result) if callable(changes) else changes)
        except Exception as exc:  # a bug in naming the change: every view reads again
            report_unexpected(exc, "naming what an edit changed", parent=_window_of(initiator))
            made = tuple(Changed(kind) for kind in KINDS)
        try:
            command = undo(result) if callable(undo) else undo
        except Exception as exc:  # the edit stands; only its undo is missing
            report_unexpected(exc, "recording how to undo an edit", parent=_window_of(initiator))
            command = None
        if command is not None and self.history is not None:
            self.history.push_edit(command, made, self.announce, self._unexpected)
        self.announce(made, initiator)
        return Done(result)

    def announce(self, changes: Iterable[Changed], initiator: QObject | None = None) -> None:
        """Tell every view what changed (an undo or redo passes no initiator)."""
        self.bus.announce_changes(changes, initiator)

    def _read_again(self, changes: ChangesOf, initiator: QObject | None) -> None:
        """After a refusal because the row changed since it was shown: every view that
        shows what the edit would have changed reads again, the initiator too. Nothing was
        saved, so ``saved`` is not emitted. Changes named from the edit's result (a refused
        edit has none) become changes of every kind."""
        try:
            made = () if callable(changes) else as_changes(changes)
        except Exception as exc:  # a bug in naming the change: every view reads again
            report_unexpected(exc, "naming what an edit changed", parent=_window_of(initiator))
            made = ()
        for change in made or tuple(Changed(kind) for kind in KINDS):
            self.bus.changed.emit(change.kind, change.ids, None)

    def refuse(self, initiator: QObject | None, message: str, on_error=None, title=None) -> None:
        """Show a refusal the view found itself, the same way as a service's."""
        self._refused(initiator, message, on_error, title)

    @staticmethod
    def _refused(initiator, message: str, on_error, title: str | None) -> None:
        if on_error is not None:
            on_error(message)
            return
        title = title or QCoreApplication.translate("Edits", "The change was not made")
        dialogs.tell_error(_window_of(initiator), title, message)

    @staticmethod
    def _unexpected(exc: BaseException, context: str) -> None:
        report_unexpected(exc, context)


def _worded(error: FacilitatorError) -> str:
    """The refusal's words; a value changed elsewhere is quoted as the screens show it (a
    stored vocabulary's label, a date in the interface's format, the language's name)."""
    if not isinstance(error, ChangedElsewhereError) or error.label is None:
        return str(error)
    shown = shown_value(error.field, error.value)
    return str(error) if shown is None else error.message(shown)


def shown_value(field: str, value) -> str | None:
    """``value`` of ``field`` as the screens show it, or None to keep the service's words."""
    vocabularies = {
        enums.Sector: "sector",
        enums.WorkshopStatus: "workshop_status",
        enums.Role: "role",
        enums.Attendance: "attendance",
        enums.AgendaKind: "agenda_kind",
        enums.DecisionMethod: "method",
        enums.Voice: "voice",
        enums.Outcome: "outcome",
        enums.ContributionType: "contribution",
        enums.QuantityUnit: "unit",
        enums.CommitmentStatus: "commitment_status",
    }
    if type(value) in vocabularies:
        return labels.document_word(vocabularies[type(value)], value)
    if isinstance(value, enums.Invitation):
        return labels.invitation_label(value)
    if isinstance(value, enums.NoteKind):
        return labels.note_kind_label(value)
    if field == "language" and isinstance(value, str):
        return labels.language_label(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.ShortFormat)
    return None
