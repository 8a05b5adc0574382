"""Making, changing, deleting and reviewing commitments: one piece of code for the workshop
page's Commitments tab and the series' Roadmap tab.

Each is an edit through ``kit/operations.py`` announced as a COMMITMENT change
in the view's name, with its undo from ``commitment_undo.py`` (which expects
what the edit left). A refusal goes where the view says (``on_error``: the
form's line, or the view's). The view shows its own edit when a row comes
back; after an undo or a redo every view reads again and ``select`` shows the
commitment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from facilitator.models.enums import CommitmentStatus
from facilitator.services import commitments, directory
from facilitator.services.commitments import CommitmentRow
from facilitator.store import Store
from facilitator.ui.commitments.commitment_form import CommitmentForm
from facilitator.ui.commitments.commitment_undo import (
    creation_undo,
    delete_with_undo,
    review_with_undo,
    update_with_undo,
)
from facilitator.ui.kit.changes import COMMITMENT, changed
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import Undo

OnError = Callable[[str], None]


def quoted(title: str, limit: int = 40) -> str:
    """A title as undo texts show it: in quotes, short enough for a menu."""
    title = " ".join(title.split())
    return f"“{title[:limit]}…”" if len(title) > limit else f"“{title}”"


def offer_choices(store: Store, form: CommitmentForm, phases, decisions) -> None:
    """Give the form the organizations and people to choose from, with these phases and
    decisions."""
    organizations = [(o.id, o.name) for o in directory.list_organizations(store)]
    form.set_choices(organizations, directory.list_people(store), phases, decisions)


def edited(values: dict, seen: dict) -> tuple[dict, dict]:
    """The fields of ``values`` that differ from ``seen`` (what the form was loaded with),
    and what the user saw of them: an edit writes only those, so a field another user
    changed meanwhile and this user left alone keeps the other user's value."""

    def same(a, b) -> bool:
        if isinstance(a, str) and isinstance(b, str):
            return a.strip() == b.strip()
        return a == b

    changes = {k: v for k, v in values.items() if k not in seen or not same(v, seen[k])}
    return changes, {k: seen[k] for k in changes if k in seen}


class CommitmentEdits:
    """The edits of commitments a view makes, in its name (``initiator``).

    ``select(commitment_id)`` shows the commitment again after an undo or redo;
    ``workshop_id()`` is the workshop the window brings into view then (None on
    the roadmap).
    """

    def __init__(
        self,
        store: Store,
        edits: Edits,
        initiator: QObject,
        select: Callable[[int], object],
        workshop_id: Callable[[], int | None] = lambda: None,
    ):
        self._store = store
        self._edits = edits
        self._initiator = initiator
        self._select = select
        self._workshop_id = workshop_id

    def save(
        self,
        commitment_id: int | None,
        values: dict,
        on_error: OnError,
        *,
        workshop_id: int | None = None,
        series_id: int | None = None,
        seen: dict | None = None,
        reread: Callable[[], None] | None = None,
    ) -> CommitmentRow | None:
        """What the form submitted: a change of ``commitment_id``, or a new commitment made
        at ``workshop_id`` or straight on the roadmap of ``series_id``. The row, or None.

        ``seen``: the values the form was loaded with. Only the fields changed from them
        are written, each refused if another user changed it since; ``reread`` then shows
        the commitment as stored now."""
        store = self._store
        if commitment_id is not None:
            changes, saw = edited(values, seen or {})
            return self._run(
                QCoreApplication.translate("CommitmentsTab", "edit commitment %1"),
                lambda: update_with_undo(store, commitment_id, changes, saw),
                on_error,
                reread,
            )
        values = dict(values)
        title, organization_id = values.pop("title"), values.pop("organization_id")

        def create():
            row = commitments.create_commitment(
                store,
                title,
                organization_id,
                workshop_id=workshop_id,
                series_id=series_id,
                **values,
            )
            return (row, *creation_undo(store, row.id))

        return self._run(
            QCoreApplication.translate("CommitmentsTab", "add commitment %1"), create, on_error
        )

    def delete(self, row: CommitmentRow, on_error: OnError) -> CommitmentRow | None:
        """Delete ``row``'s commitment; undo brings it back with its id."""
        store = self._store
        return self._run(
            QCoreApplication.translate("CommitmentsTab", "delete commitment %1"),
            lambda: (row, *delete_with_undo(store, row.id)),
            on_error,
        )

    def review(
        self,
        row: CommitmentRow,
        workshop_id: int,
        status: CommitmentStatus | None,
        on_error: OnError,
        reviewed_by_id: int | None = None,
    ) -> CommitmentRow | None:
        """Record that ``row``'s commitment was reviewed at ``workshop_id`` (with a new
        status: done or dropped), reported on by ``reviewed_by_id``."""
        text = {
            None: QCoreApplication.translate("CommitmentsTab", "review commitment %1"),
            CommitmentStatus.DONE: QCoreApplication.translate(
                "CommitmentsTab", "mark commitment %1 done"
            ),
            CommitmentStatus.DROPPED: QCoreApplication.translate(
                "CommitmentsTab", "mark commitment %1 dropped"
            ),
        }[status]
        store = self._store
        return self._run(
            text,
            lambda: review_with_undo(store, row.id, workshop_id, status, reviewed_by_id),
            on_error,
        )

    def _run(self, text: str, do, on_error: OnError, reread=None) -> CommitmentRow | None:
        """``do()`` writes and gives (row, undo, redo)."""
        workshop_id = self._workshop_id()

        def undoable(result) -> Undo:
            row, undo, redo = result
            return Undo(
                text.replace("%1", quoted(row.title)),
                undo,
                redo,
                after=lambda: self._select(row.id),
                workshop_id=workshop_id,
            )

        done = self._edits.run(
            self._initiator,
            do,
            changes=lambda result: changed(COMMITMENT, result[0].id),
            undo=undoable,
            on_error=on_error,
            reread=reread,
        )
        return done.value[0] if done else None
