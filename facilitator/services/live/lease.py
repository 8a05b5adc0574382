"""One live screen per workshop across every client sharing the database: the lease.

Several organizers' Facilitators may work on one database (a PostgreSQL server). Before
a live screen opens a workshop it takes the workshop's lease (:func:`take`); while open it
renews it (:func:`renew`, every :data:`RENEW_EVERY`); closing, it gives it back
(:func:`release`). Another client finds the lease held and is refused, told by whom and
since when (:class:`LeaseHeldError`).

A lease not renewed for :data:`STALE_AFTER` was left by a Facilitator that crashed or lost
its connection: it may be taken over, but only when asked for (``take_over=True``), since
the clocks of two computers can differ and only the person can tell. A lease whose holder
was a Facilitator on this very computer that no longer runs is free at once: nothing can
renew it any more (as the lock of a database file, ``store/lock.py``). A screen that
renews a lease someone took over meanwhile is told so (:class:`LeaseLostError`).

Every call is one unit of work. Two clients taking the same lease at once cannot both
get it: units of work that write are serialized (SQLite's ``BEGIN IMMEDIATE``, an advisory
lock on PostgreSQL), and the table allows one lease per workshop, so an insert that lost
a race is read again and refused like any other.

Times come from the caller (``now``), are stored in UTC and told in the workshop's zone.
"""

from __future__ import annotations

import getpass
import os
import secrets
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facilitator.errors import ConflictError, ValidationError
from facilitator.i18n import translate
from facilitator.models import LiveLease, Workshop
from facilitator.services._common import shown
from facilitator.services.live.base import load_workshop
from facilitator.services.live.clock import check_now
from facilitator.store import Store
from facilitator.zones import zone

# A live screen renews its lease this often; one not renewed for STALE_AFTER (three
# renewals missed) was left behind.
RENEW_EVERY = timedelta(seconds=30)
STALE_AFTER = timedelta(seconds=90)

HOLDER_LENGTH = 120
LABEL_LENGTH = 200
_HOST_IN_HOLDER = 64  # with the process and the machine's number, within HOLDER_LENGTH


@dataclass(frozen=True)
class Lease:
    """A workshop's lease as stored: who holds it, shown as what, since when (UTC)."""

    workshop_id: int
    holder: str
    label: str
    started_at: datetime
    renewed_at: datetime


class LeaseHeldError(ConflictError):
    """Another client holds the workshop's live screen: ``label`` says who, ``since`` since
    when (UTC). ``stale`` when it has given no sign of life for :data:`STALE_AFTER` (then
    ``since`` is its last one): it may be taken over (``take_over=True``)."""

    def __init__(self, message: str, *, label: str, since: datetime, stale: bool):
        super().__init__(message)
        self.label = label
        self.since = since
        self.stale = stale


class LeaseLostError(LeaseHeldError):
    """Renewing found the lease taken over by another client (``label``, ``since``)."""


# -- this Facilitator, as a holder ---------------------------------------------------------


@cache
def this_holder() -> str:
    """This running Facilitator's holder id: drawn once per process, unique among clients.

    It names this computer and process too, so a lease left on this computer by a
    Facilitator that has ended can be recognised (:func:`left_by_ended_process`).
    """
    return f"{secrets.token_hex(8)}.{os.getpid()}@{_this_machine()}"


@cache
def _this_machine() -> str:
    # The host name, and the network card's number: two computers may share a name
    # ("localhost", a cloned laptop), and must never take each other's process for theirs.
    # Where no card's number is found, it is drawn at random (then no lease is free early).
    return f"{socket.gethostname()[:_HOST_IN_HOLDER]}~{uuid.getnode():012x}"


@cache
def this_label() -> str:
    """What the other organizers are shown of this Facilitator: "user @ computer"."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name to be found
        user = ""
    host = socket.gethostname()
    label = f"{user} @ {host}" if user else host
    return label[:LABEL_LENGTH] or "?"


def left_by_ended_process(holder: str) -> bool:
    """True when ``holder`` is a Facilitator of this computer whose process has ended.

    Only where that can be asked safely (POSIX): elsewhere, and for holders of other
    computers, False — their leases go stale like any other.
    """
    drawn, at, machine = holder.partition("@")
    _token, dot, pid = drawn.rpartition(".")
    if not at or not dot or not pid.isdigit() or os.name != "posix":
        return False
    if machine != _this_machine() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # someone else's process: it exists
        return False
    return False


# -- the lease ----------------------------------------------------------------------------


def current(store: Store, workshop_id: int) -> Lease | None:
    """The workshop's lease as it stands (None when nobody holds it)."""
    with store.session() as s:
        row = _row(s, workshop_id)
        return _lease(row) if row is not None else None


def take(
    store: Store,
    workshop_id: int,
    holder: str,
    label: str,
    now: datetime,
    *,
    take_over: bool = False,
) -> Lease:
    """Take the workshop's lease for ``holder`` (shown to others as ``label``).

    Free, or already ``holder``'s: taken, from ``now``. Held by another client that gave
    a sign of life within :data:`STALE_AFTER`: refused (:class:`LeaseHeldError`, naming
    who and since when). Left stale: refused the same way (``stale`` set, saying it looks
    abandoned) unless ``take_over``, which takes it.
    """
    now = check_now(now)
    holder, label = _check_holder(holder), _check_label(label)
    return _once_more_after_a_race(lambda: _take(store, workshop_id, holder, label, now, take_over))


def _once_more_after_a_race(work):
    try:
        return work()
    except ConflictError as exc:
        # Another client inserted the workshop's lease between our read and our insert
        # (the unique constraint caught it): read again, and refuse as usual.
        if isinstance(exc, LeaseHeldError) or not isinstance(exc.__cause__, IntegrityError):
            raise
    return work()


def _take(store, workshop_id, holder: str, label: str, now: datetime, take_over: bool) -> Lease:
    with store.transaction() as s:
        workshop = load_workshop(s, workshop_id)
        row = _row(s, workshop_id)
        if row is None:
            row = LiveLease(workshop_id=workshop.id)
            s.add(row)
        elif row.holder != holder and not left_by_ended_process(row.holder):
            _refuse_unless_free(row, workshop, now, take_over)
        row.holder, row.holder_label = holder, label
        row.started_at = row.renewed_at = now
        s.flush()
        return _lease(row)


def renew(
    store: Store, workshop_id: int, holder: str, now: datetime, *, label: str | None = None
) -> Lease:
    """A sign of life from ``holder``'s open live screen.

    Refused with :class:`LeaseLostError` when another client took the lease over
    meanwhile (it was left stale: a frozen or disconnected computer). A lease nobody holds
    any more (a database restored, a client that took it over and closed since) is taken
    again, shown as ``label`` (by default :func:`this_label`): nobody else has the screen
    open.
    """
    now = check_now(now)
    holder = _check_holder(holder)
    label = _check_label(this_label() if label is None else label)
    return _once_more_after_a_race(lambda: _renew(store, workshop_id, holder, label, now))


def _renew(store: Store, workshop_id: int, holder: str, label: str, now: datetime) -> Lease:
    with store.transaction() as s:
        workshop = load_workshop(s, workshop_id)
        row = _row(s, workshop_id)
        if row is None:
            row = LiveLease(
                workshop_id=workshop.id,
                holder=holder,
                holder_label=label,
                started_at=now,
            )
            s.add(row)
        elif row.holder != holder:
            raise LeaseLostError(
                translate(
                    "Errors",
                    "{label} took over this workshop's live screen at {time}; this screen "
                    "no longer holds it. Close it and leave the session to them.",
                ).format(
                    label=shown(row.holder_label, LABEL_LENGTH),
                    time=_local(row.started_at, workshop.time_zone, now),
                ),
                label=row.holder_label,
                since=row.started_at,
                stale=False,
            )
        row.renewed_at = now
        s.flush()
        return _lease(row)


def release(store: Store, workshop_id: int, holder: str) -> bool:
    """Give the workshop's lease back, if ``holder`` holds it (never another's); True when
    it did. A workshop deleted meanwhile has no lease to give back."""
    holder = _check_holder(holder)
    with store.transaction() as s:
        gone = s.execute(
            delete(LiveLease).where(
                LiveLease.workshop_id == workshop_id, LiveLease.holder == holder
            )
        )
        return bool(gone.rowcount)


# -- helpers --------------------------------------------------------------------------------


def _row(session: Session, workshop_id: int) -> LiveLease | None:
    return session.scalar(select(LiveLease).where(LiveLease.workshop_id == workshop_id))


def _lease(row: LiveLease) -> Lease:
    return Lease(row.workshop_id, row.holder, row.holder_label, row.started_at, row.renewed_at)


def _refuse_unless_free(row: LiveLease, workshop: Workshop, now: datetime, take_over: bool):
    label = shown(row.holder_label, LABEL_LENGTH)
    if now - row.renewed_at < STALE_AFTER:
        raise LeaseHeldError(
            translate(
                "Errors", "{label} has had this workshop's live screen open since {time}."
            ).format(label=label, time=_local(row.started_at, workshop.time_zone, now)),
            label=row.holder_label,
            since=row.started_at,
            stale=False,
        )
    if not take_over:
        raise LeaseHeldError(
            translate(
                "Errors",
                "This workshop's live screen, opened by {label} at {started}, looks "
                "abandoned since {time}.",
            ).format(
                label=label,
                started=_local(row.started_at, workshop.time_zone, now),
                time=_local(row.renewed_at, workshop.time_zone, now),
            ),
            label=row.holder_label,
            since=row.renewed_at,
            stale=True,
        )


def _local(moment: datetime, time_zone: str | None, now: datetime) -> str:
    """The time of ``moment`` on the workshop's clocks: "10:05" on the day of ``now``
    there, "03.12.2026 10:05" on another day."""
    where = zone(time_zone)
    local = moment.astimezone(where)
    if local.date() == now.astimezone(where).date():
        return local.strftime("%H:%M")
    return local.strftime("%d.%m.%Y %H:%M")


def _check_holder(holder) -> str:
    if not isinstance(holder, str) or not holder.strip() or len(holder) > HOLDER_LENGTH:
        # A programming error rather than user input; still a readable message.
        raise ValidationError(f"holder must be a non-empty id of at most {HOLDER_LENGTH} chars")
    return holder


def _check_label(label) -> str:
    if not isinstance(label, str):
        raise ValidationError(f"label must be text, not {type(label).__name__}")
    return " ".join(label.split())[:LABEL_LENGTH] or "?"
