"""The page of one workshop: a header saying what and when, and its tabs.

The page shows the workshop it names, or an error state with nothing
editable: the header and every tab are filled from a load that succeeded,
and only then does ``workshop_id`` (what edits and the window's commands go
to) name that workshop. A load that fails leaves no tab holding the
previous workshop's rows or form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from shiboken6 import isValid

from facilitator.errors import NotFoundError
from facilitator.services import listing
from facilitator.store import Store
from facilitator.ui.kit import icons
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, SERIES, WORKSHOP, ChangeBus
from facilitator.ui.kit.error_dialog import content_or_failure, load_failure_message
from facilitator.ui.kit.labels import status_label
from facilitator.ui.kit.timefmt import clock, long_date, zone_notice
from facilitator.ui.kit.undo import EditHistory
from facilitator.ui.workshop.overview_tab import OverviewTab


def _attendees_tab():
    from facilitator.ui.workshop.attendees_tab import AttendeesTab

    return AttendeesTab


def _agenda_tab():
    from facilitator.ui.workshop.agenda_tab import AgendaTab

    return AgendaTab


def _notes_tab():
    from facilitator.ui.workshop.notes_tab import NotesTab

    return NotesTab


def _ideas_tab():
    from facilitator.ui.workshop.ideas_tab import IdeasTab

    return IdeasTab


def _decisions_tab():
    from facilitator.ui.decisions.decisions_tab import DecisionsTab

    return DecisionsTab


def _commitments_tab():
    from facilitator.ui.commitments.commitments_tab import CommitmentsTab

    return CommitmentsTab


# The tabs after the Overview, built when first needed: when shown, when asked for,
# or in the first idle moment after a workshop is shown (so their counts appear).
_LATER_TABS = {
    "attendees": _attendees_tab,
    "agenda": _agenda_tab,
    "notes": _notes_tab,
    "ideas": _ideas_tab,
    "decisions": _decisions_tab,
    "commitments": _commitments_tab,
}


class WorkshopPage(QWidget):
    """Header (number, title, date, place, host, status) above the workshop's tabs.

    ``workshop_id`` is the workshop shown and edited (None when there is none or it
    failed to load); ``requested_id`` the one the page names, shown or failed.
    """

    state_changed = Signal()  # a workshop was shown, or failed to load

    def __init__(self, store: Store, bus: ChangeBus, history: EditHistory, parent=None):
        super().__init__(parent)
        self._store = store
        # The other tabs are built one per idle moment, by a timer the page owns: a page
        # (or window) deleted meanwhile builds nothing more.
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._build_remaining_tabs)
        self.workshop_id: int | None = None
        self.requested_id: int | None = None
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.PlainText)  # titles are user text, never markup
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.PlainText)
        self.subtitle.setWordWrap(True)
        self.tabs = QTabWidget()
        self.overview = OverviewTab(store, bus, history)
        self.tabs.addTab(self.overview, icons.icon("overview"), self.tr("&Overview"))
        self._bus, self._history = bus, history
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        for name in _LATER_TABS:
            placeholder = QWidget()
            self._placeholders[name] = placeholder
            self.tabs.addTab(placeholder, icons.icon(name), self._tab_title(name, None))
        self.tabs.currentChanged.connect(self._build_shown_tab)
        self.content, self.failure, self.stack = content_or_failure(
            self, [self.title, self.subtitle, self.tabs], self.retry
        )
        bus.changed.connect(self._on_changed)

    def help_page(self) -> str:
        """The manual's page for the tab shown (F1): named as the tab is."""
        current = self.tabs.currentWidget()
        for name in _LATER_TABS:
            if current is self._built.get(name) or current is self._placeholders.get(name):
                return name
        return "overview"

    # -- the tabs after the Overview, built when first needed ----------------------

    @property
    def attendees(self):
        return self._tab("attendees")

    @property
    def agenda(self):
        return self._tab("agenda")

    @property
    def notes(self):
        return self._tab("notes")

    @property
    def ideas(self):
        return self._tab("ideas")

    @property
    def decisions(self):
        return self._tab("decisions")

    @property
    def commitments(self):
        return self._tab("commitments")

    def _tab(self, name: str):
        tab = self._built.get(name)
        if tab is None:
            tab = _LATER_TABS[name]()(self._store, self._bus, self._history)
            self._built[name] = tab
            tab.count_changed.connect(lambda count, n=name: self._show_count(n, count))
            if name == "decisions":
                tab.commitment_requested.connect(self._commitment_from_decision)
            placeholder = self._placeholders.pop(name)
            index = self.tabs.indexOf(placeholder)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            try:
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, tab, icons.icon(name), self._tab_title(name, None))
                self.tabs.setCurrentIndex(current)
            finally:
                self.tabs.blockSignals(False)
            placeholder.deleteLater()
            tab.clear()  # nothing editable until it shows the page's workshop
            if self.workshop_id is not None:
                try:
                    tab.show_workshop(self.workshop_id)
                except Exception as exc:  # as in show_workshop: nothing stays half-shown
                    self._fail(self.workshop_id, exc)
        return tab

    def _build_shown_tab(self, index: int) -> None:
        for name, placeholder in list(self._placeholders.items()):
            if self.tabs.indexOf(placeholder) == index:
                self._tab(name)

    def _build_remaining_tabs(self) -> None:
        """After a workshop is shown, one tab per idle moment: the others and their counts."""
        if self.workshop_id is None or not self._placeholders or not isValid(self._bus):
            return
        self._tab(next(iter(self._placeholders)))
        if self._placeholders:
            self._idle.start()

    def tabs_ready(self) -> bool:
        """True once every tab is built (and shows the workshop, if one is shown)."""
        return not self._placeholders

    def _tabs(self) -> tuple:
        return (self.overview, *self._built.values())

    def show_workshop(self, workshop_id: int) -> bool:
        """Show the workshop in the header and every tab, or the error state when any of
        it cannot be loaded; True when it was shown."""
        self.requested_id = workshop_id
        self.workshop_id = None
        for tab in self._tabs():
            tab.clear()
        try:
            row = listing.get_workshop(self._store, workshop_id)
            for tab in self._tabs():
                tab.show_workshop(workshop_id)
            self._show_header(row)
        except Exception as exc:  # whatever failed, nothing of another workshop stays editable
            self._fail(workshop_id, exc)
            return False
        self.workshop_id = workshop_id
        self.stack.setCurrentWidget(self.content)
        self.state_changed.emit()
        if self._placeholders:
            self._idle.start()
        return True

    def retry(self) -> None:
        if self.requested_id is not None:
            self.show_workshop(self.requested_id)

    def _fail(self, workshop_id: int, exc: Exception) -> None:
        self.workshop_id = None
        for tab in self._tabs():
            tab.clear()
        # The error state is on screen before any dialog about it opens.
        self.failure.show_failure(self.tr("This workshop could not be shown"), "")
        self.stack.setCurrentWidget(self.failure)
        self.state_changed.emit()
        self.failure.message.setText(
            load_failure_message(exc, f"showing workshop {workshop_id}", self)
        )

    def _refresh_header(self) -> None:
        if self.workshop_id is None:
            return
        try:
            row = listing.get_workshop(self._store, self.workshop_id)
        except NotFoundError as exc:  # deleted meanwhile: nothing of it stays editable
            self._fail(self.workshop_id, exc)
            return
        self._show_header(row)

    def _show_header(self, row: listing.WorkshopRow) -> None:
        prefix = self.tr("%1. Workshop — ").replace("%1", str(row.number)) if row.number else ""
        self.title.setText(prefix + row.title)
        zone = row.time_zone
        parts = [
            long_date(row.planned_start, zone),
            f"{clock(row.planned_start, zone)}–{clock(row.planned_end, zone)}",
        ]
        # Said once, where the times are: they are the venue's, not this computer's.
        notice = zone_notice(zone, row.planned_start, row.planned_end)
        if notice:
            parts.append(notice)
        if row.venue_name:
            parts.append(row.venue_name)
        if row.host_name:
            parts.append(self.tr("host: %1").replace("%1", row.host_name))
        parts.append(status_label(row.status))
        self.subtitle.setText(" · ".join(parts))
        self.subtitle.setToolTip(row.series_title)

    def _tab_title(self, name: str, count: int | None) -> str:
        text = {
            "attendees": self.tr("&Attendees %1"),
            "agenda": self.tr("A&genda %1"),
            "notes": self.tr("&Notes %1"),
            "ideas": self.tr("Ideas %1"),
            "decisions": self.tr("&Decisions %1"),
            "commitments": self.tr("&Commitments %1"),
        }[name]
        return text.replace("%1", "" if count is None else str(count)).strip()

    def _show_count(self, name: str, count: int) -> None:
        index = self.tabs.indexOf(self._built[name])
        self.tabs.setTabText(index, self._tab_title(name, count))

    def _commitment_from_decision(self, proposal_id: int) -> None:
        self.tabs.setCurrentWidget(self.commitments)
        self.commitments.start_from_decision(proposal_id)

    def _on_changed(self, kind: str, ids: tuple, initiator=None) -> None:
        if self.workshop_id is None:
            return
        if kind == WORKSHOP and (not ids or self.workshop_id in ids):
            self._refresh_header()
        elif kind in (PERSON, ORGANIZATION, SERIES):
            # Names in the header may have changed (each tab reads its own choices again).
            self._refresh_header()
