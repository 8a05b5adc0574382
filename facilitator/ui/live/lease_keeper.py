"""The live screen's hold on its workshop: one live screen per workshop across every
Facilitator sharing a database server (``services/live/lease.py``).

The screen takes the workshop's lease before it opens (refused when another organizer
has it open: the screen does not open and the refusal says who and since when), renews
it every half minute while open, and gives it back when it closes. A lease left behind
by a crash is offered to take over, with a question asked before the screen opens (the
open screen itself never asks). Should another organizer take it over while this screen
is open (it had gone silent: a frozen computer, a lost connection), a red line at the top
says so and the screen stops renewing.

A database file needs none of it: one Facilitator at a time writes to it (its lock file,
``store/lock.py``; the others open it read-only), so its live screen takes no lease, and
opening it still writes nothing (nor makes a backup due).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from facilitator.errors import FacilitatorError, NotFoundError
from facilitator.services.live import Clock, LeaseHeldError, LeaseLostError, lease
from facilitator.store import Store
from facilitator.ui.kit import colours, dialogs

log = logging.getLogger(__name__)

_NOTICE_STYLE = "QLabel {%s font-size: 14pt; font-weight: bold; padding: 4px 10px; }"


class LeaseKeeper(QObject):
    """Takes, renews and gives back one workshop's lease for a live screen.

    ``tell`` says what went wrong in the screen (its status line); ``notice`` is the
    line the screen shows at its top once the lease was taken over by someone else.
    Only a store on a server takes leases; a disabled keeper (a rehearsal, whose copy is
    this Facilitator's own) holds nothing either.
    """

    def __init__(
        self,
        store: Store,
        now: Clock,
        parent: QObject,
        *,
        tell: Callable[[str], None],
        enabled: bool = True,
    ):
        super().__init__(parent)
        self._store = store
        self._now = now
        self._tell = tell
        self.enabled = enabled and store.path is None and not store.read_only
        self.workshop_id: int | None = None  # the workshop whose lease is held
        self.timer = QTimer(self)
        self.timer.setInterval(int(lease.RENEW_EVERY.total_seconds() * 1000))
        self.timer.timeout.connect(self.renew)
        self.notice = QLabel()
        self.notice.setObjectName("leaseNotice")
        self.notice.setTextFormat(Qt.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(_NOTICE_STYLE % colours.fill_css(colours.Fill.BANNER_ERROR))
        self.notice.hide()

    def take(self, workshop_id: int, on_error: Callable[[str], None]) -> bool:
        """Hold the workshop's lease before the screen opens it; False (said through
        ``on_error``, or declined by the user) when the screen must not open."""
        if not self.enabled:
            return True
        if self.workshop_id not in (None, workshop_id):
            self.release()
        holder, label = lease.this_holder(), lease.this_label()
        try:
            try:
                lease.take(self._store, workshop_id, holder, label, self._now())
            except LeaseHeldError as held:
                if not held.stale:
                    on_error(self._held_here(held))
                    return False
                if not self._ask_take_over(str(held)):
                    return False
                lease.take(self._store, workshop_id, holder, label, self._now(), take_over=True)
        except FacilitatorError as exc:
            on_error(str(exc))
            return False
        self.workshop_id = workshop_id
        self.notice.hide()
        self.timer.start()
        return True

    def _held_here(self, held: LeaseHeldError) -> str:
        if held.label != lease.this_label():
            return str(held)
        # This user on this computer: most likely this Facilitator before it crashed.
        return f"{held} " + self.tr(
            "If that was Facilitator closing unexpectedly on this computer, try again in a "
            "minute and a half: it can then be taken over."
        )

    def _ask_take_over(self, abandoned: str) -> bool:
        # Asked before the screen opens, over the window that opens it.
        return dialogs.ask_yes_no(
            QApplication.activeWindow(),
            self.tr("Live screen left open"),
            f"{abandoned}\n\n" + self.tr("Take it over and open the live screen here?"),
        )

    def renew(self) -> None:
        """A sign of life (every half minute while the screen is open)."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        try:
            lease.renew(self._store, workshop_id, lease.this_holder(), self._now())
        except LeaseLostError as lost:
            self.timer.stop()
            self.workshop_id = None
            self.notice.setText(str(lost))
            self.notice.show()
            self._tell(str(lost))
            self._stop_writing()
        except NotFoundError:
            self.timer.stop()  # the workshop was deleted: there is nothing left to hold
            self.workshop_id = None
        except FacilitatorError:
            # The server out of reach (the main window says so): tried again next time; a
            # lease not renewed for long goes stale and may be taken over meanwhile.
            log.warning("cannot renew the live screen's lease", exc_info=True)

    def _stop_writing(self) -> None:
        """Another organizer's screen runs the session now: this one stops writing to it.
        Its room closes (the phones go to theirs), its keys and panels are switched off;
        what it shows stays readable, and it still closes as any window does."""
        window = self.parent()
        room = getattr(window, "room", None)
        if room is not None:
            room.stop()
        for shortcut in window.findChildren(QShortcut):
            shortcut.setEnabled(False)
        keep = {self.notice, getattr(window, "status_line", None)}
        for child in window.findChildren(QWidget, options=Qt.FindDirectChildrenOnly):
            if child not in keep:
                child.setEnabled(False)

    def release(self) -> None:
        """Give the lease back (the screen closes); one that cannot be given back goes
        stale by itself."""
        self.timer.stop()
        workshop_id, self.workshop_id = self.workshop_id, None
        if workshop_id is None:
            return
        try:
            lease.release(self._store, workshop_id, lease.this_holder())
        except FacilitatorError:
            log.warning("cannot give back the live screen's lease", exc_info=True)
