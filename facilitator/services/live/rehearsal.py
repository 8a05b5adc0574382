"""Rehearsing the live session on a throw-away copy of the workshop.

The copy is a database of its own in a folder the caller gives: of a database
file, a snapshot made with SQLite's backup API (fast, whatever the size); of a
database server, a file made from the workshop's bundle (the workshop, its
agenda, its attendees and what they refer to). The whole live screen runs
on it; nothing reaches the workshop. Every write to the copy is committed like
any other, so a rehearsal killed halfway is resumed as it was the next time the
same workshop is rehearsed; closing the rehearsal deletes the copy.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from facilitator.errors import DatabaseLockedError, FacilitatorError, ValidationError
from facilitator.i18n import translate
from facilitator.models import Workshop, WorkshopStatus
from facilitator.services.live.base import ENDED, load_workshop
from facilitator.store import Store

log = logging.getLogger(__name__)

_SIDE_FILES = ("-wal", "-shm", "-journal", ".lock")


@dataclass(frozen=True)
class Rehearsal:
    """A rehearsal copy, open: its store, the workshop's id in it, and whether it was resumed."""

    store: Store
    path: Path
    workshop_id: int
    title: str
    resumed: bool


def database_key(store: Store) -> str:
    """Which database a copy was made from: two databases holding the same workshop (the
    demo, an imported bundle) never share a rehearsal."""
    where = str(store.path) if store.path is not None else store.display_name
    return hashlib.sha256(where.encode("utf-8")).hexdigest()[:12]


def rehearsal_path(folder: Path, store: Store, workshop_uuid: str) -> Path:
    return Path(folder) / f"rehearsal-{database_key(store)}-{workshop_uuid}.db"


def _open_copy(path: Path, title: str, **options) -> Store:
    """The copy, held by this process: a second window rehearsing it is refused."""
    try:
        return Store.open(path, lock=True, **options)
    except DatabaseLockedError as exc:
        raise ValidationError(
            translate(
                "Errors",
                "“{title}” is being rehearsed in another Facilitator window; close it there first.",
            ).format(title=title)
        ) from exc


def sweep_leftovers(store: Store, folder: Path) -> int:
    """Delete this database's rehearsal copies left by a crash whose workshop can no longer
    be rehearsed (held, in session, or deleted): they hold attendees' personal data and
    nothing would ever open them again. Returns how many were deleted."""
    prefix = f"rehearsal-{database_key(store)}-"
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    copies = {
        p.name[len(prefix) : -len(".db")]: p
        for p in folder.glob(f"{prefix}*.db")
        if not p.name.endswith(".part")
    }
    if not copies:
        return 0
    with store.session() as s:
        rehearsable = {
            uuid
            for uuid, status in s.execute(
                select(Workshop.uuid, Workshop.status).where(Workshop.uuid.in_(list(copies)))
            )
            if WorkshopStatus(status) not in (WorkshopStatus.IN_SESSION, *ENDED)
        }
    gone = 0
    for uuid, path in copies.items():
        if uuid not in rehearsable and not _in_use(path):
            discard_files(path)
            gone += 1
    return gone


def _in_use(path: Path) -> bool:
    try:
        Store.open(path, create=False, lock=True).close()
    except DatabaseLockedError:
        return True
    except FacilitatorError:
        return False
    return False


def _check_rehearsable(workshop: Workshop) -> None:
    status = WorkshopStatus(workshop.status)
    if status is WorkshopStatus.IN_SESSION:
        raise ValidationError(
            translate(
                "Errors", "“{title}” is in session: a rehearsal is for before the session."
            ).format(title=workshop.title)
        )
    if status in ENDED:
        raise ValidationError(
            translate(
                "Errors", "The session of “{title}” has been held: there is nothing to rehearse."
            ).format(title=workshop.title)
        )


def _workshop_in(copy: Store, workshop_uuid: str) -> int | None:
    with copy.session() as s:
        return s.scalar(select(Workshop.id).where(Workshop.uuid == workshop_uuid))


def open_rehearsal(store: Store, workshop_id: int, folder: Path) -> Rehearsal:
    """Open the rehearsal copy of the workshop: the one left from an interrupted rehearsal,
    else a new one made from its bundle. Refused for a workshop in session or held.

    A bundle is checked against the computer's own clock, which wrote its rows (not the
    live screen's clock, which tests move by hand).
    """
    sweep_leftovers(store, folder)
    with store.session() as s:
        w = load_workshop(s, workshop_id)
        _check_rehearsable(w)
        uuid, title = w.uuid, w.title
    path = rehearsal_path(folder, store, uuid)
    if path.exists():
        try:
            copy = _open_copy(path, title, create=False)
        except ValidationError:
            raise
        except FacilitatorError:
            log.warning("rehearsal copy %s unreadable; a new one is made", path, exc_info=True)
        else:
            found = _workshop_in(copy, uuid)
            if found is not None:
                return Rehearsal(copy, path, found, title, resumed=True)
            copy.close()
        discard_files(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    copy = None
    try:
        if store.path is not None:
            # A database file: one consistent snapshot with SQLite's backup API, the
            # fastest copy (the workshop among the others it shares people with).
            from facilitator.store.sqlite_file import backup_copy

            backup_copy(store.path, path)
            copy = _open_copy(path, title, create=False)
        else:  # a database server: the workshop alone, through its bundle
            copy = _copy_through_bundle(store, workshop_id, path)
        found = _workshop_in(copy, uuid)
        assert found is not None, "the workshop is in its copy"
    except BaseException:
        if copy is not None:
            copy.close()
        discard_files(path)
        raise
    return Rehearsal(copy, path, found, title, resumed=False)


def _copy_through_bundle(store: Store, workshop_id: int, path: Path) -> Store:
    from facilitator.services.bundles import apply_import, export_bundle, preview_import

    bundle = path.with_name(path.stem + ".facilitator")
    try:
        export_bundle(store, workshop_id, bundle)
        copy = _open_copy(path, "")
        try:
            apply_import(copy, preview_import(copy, bundle))
        except BaseException:
            copy.close()
            raise
        return copy
    finally:
        bundle.unlink(missing_ok=True)


def close_rehearsal(rehearsal: Rehearsal) -> None:
    """The rehearsal is over: its copy is closed and deleted."""
    rehearsal.store.close()
    discard_files(rehearsal.path)


def discard_files(path: Path) -> None:
    """Delete a rehearsal copy and the files SQLite keeps beside it."""
    for candidate in (path, *(path.with_name(path.name + side) for side in _SIDE_FILES)):
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            log.warning("cannot delete the rehearsal file %s", candidate, exc_info=True)
