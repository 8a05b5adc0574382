"""One family of typed errors whose message a user can read.

The UI shows ``str(error)``; the command line prints it on one line. Nothing
above the services ever shows a traceback for one of these.
"""

from __future__ import annotations


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


class InUseError(FacilitatorError):
    """A delete is refused because other rows point to the row."""
