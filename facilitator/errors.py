"""One family of typed errors whose message a user can read.

The UI shows ``str(error)``; the command line prints it on one line. Nothing
above the services ever shows a traceback for one of these.
"""

from __future__ import annotations

from facilitator.i18n import translate


class FacilitatorError(Exception):
    """Base of every error a user may see."""


class StoreError(FacilitatorError):
    """The database cannot be opened or used (not SQLite, damaged, unwritable …)."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer version of Facilitator."""


class DamagedDatabaseError(StoreError):
    """The database file failed its integrity check; it is left untouched."""


class DatabaseLockedError(StoreError):
    """Another running Facilitator holds the database file (``holder`` says who)."""

    def __init__(self, message: str, holder=None):
        super().__init__(message)
        self.holder = holder


class NotFoundError(FacilitatorError):
    """A row the user referred to does not exist (any more)."""


class ValidationError(FacilitatorError):
    """A value is not acceptable; ``field`` names the field when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class ConflictError(FacilitatorError):
    """The change would break a uniqueness rule (e.g. a person attending twice)."""


class StaleEditError(ConflictError):
    """An undo or redo found the row changed since (another window, the live screen, another
    user): applying it would overwrite the later change, so it is refused."""


class ChangedElsewhereError(StaleEditError):
    """A field edit found the field changed since the user loaded it (another user on the
    server, another window, the live screen): it would overwrite that newer value, so it is
    refused and nothing is written.

    ``field`` is the field, ``label`` its name in the user's words (None: not named),
    ``value`` what it holds now and ``shown`` how the message quotes it; the interface may
    quote it the way its screens show it (:meth:`message`).
    """

    def __init__(self, field: str, label: str | None, value, shown: str):
        self.field = field
        self.label = label
        self.value = value
        self.shown = shown
        super().__init__(self.message(shown))

    def message(self, shown: str | None = None) -> str:
        """The refusal, quoting the new value as ``shown`` (by default as the service did)."""
        shown = self.shown if shown is None else shown
        if self.label is None:
            return translate(
                "Errors",
                "Changed by another user since you opened it. Your change was not saved.",
            )
        if not shown:
            return translate(
                "Errors",
                "Changed by another user since you opened it: {field} is now empty. "
                "Your change was not saved.",
            ).format(field=self.label)
        return translate(
            "Errors",
            "Changed by another user since you opened it: {field} is now “{value}”. "
            "Your change was not saved.",
        ).format(field=self.label, value=shown)


class InUseError(FacilitatorError):
    """A delete is refused because other rows point to the row."""
