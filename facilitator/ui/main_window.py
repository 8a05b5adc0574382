"""The main window: sidebar of series and workshops, the pages, menus and status bar.

Pages are built and wired here, in one place; each gets what it needs through
its constructor. Every edit runs through ``Edits.run`` (``kit/operations.py``),
which announces it once on the ChangeBus; the window refreshes the sidebar
and status bar from that one signal. The live screen shares the bus.

To keep start-up light, the window first shows the sidebar (listed with Core
queries, see ``services/listing.py``); each page, and the ORM mapping the
pages need, is built the first time it is shown.
"""

from __future__ import annotations

import functools
import logging
from datetime import UTC, datetime, timedelta

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.services import listing
from facilitator.store import Store
from facilitator.ui.empty_page import EmptyPage
from facilitator.ui.kit import dialogs, icons
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, SERIES, WORKSHOP, ChangeBus, changed
from facilitator.ui.kit.error_dialog import report_unexpected
from facilitator.ui.kit.first_paint import FirstPaint
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.remote_changes import ServerLink
from facilitator.ui.kit.undo import EditHistory, UndoKeysToWindow
from facilitator.ui.main_menus import build_menus
from facilitator.ui.series.series_tree_model import ID_ROLE, KIND_ROLE, SeriesTreeModel

logger = logging.getLogger(__name__)


def _reports_errors(command):
    """A menu command whose refusal (e.g. the workshop was deleted meanwhile, the
    database is locked) is told to the user instead of ending in a traceback; anything
    unexpected is logged with its traceback and told in the one error dialog."""

    @functools.wraps(command)
    def run(self, *_signal_args):
        try:
            return command(self)
        except FacilitatorError as exc:
            dialogs.tell_error(self, self.tr("Facilitator"), str(exc))
            return None
        except Exception as exc:
            report_unexpected(exc, f"running the command {command.__name__}", parent=self)
            return None

    return run


class MainWindow(QMainWindow):
    """Facilitator's main window."""

    language_change_requested = Signal(str)

    def __init__(self, store: Store, *, language: str, now=None, parent=None):
        super().__init__(parent)
        self.store = store
        self.language = language
        self._now = now or (lambda: datetime.now(UTC))
        self.bus = ChangeBus(self)
        self.live_window = None
        self._rehearsal = None  # the rehearsal copy the live screen runs on, if it does
        self.history = EditHistory(self._tell_undo_error, self)
        self.history.touched.connect(self._show_touched_workshop)
        # The window's own edits (new, duplicate, delete); helpers such as the bundle
        # actions make theirs through it too.
        self.edits = Edits(self.store, self.bus, self.history)
        self._undo_keys = UndoKeysToWindow(self)
        self.setWindowTitle(self.tr("Facilitator"))

        build_menus(self)

        self.tree_model = SeriesTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        # No column headings: bold series, numbered workshops and their statuses say what
        # they are, and a heading would be cut in a narrow sidebar. A title cut short is
        # read whole in its tooltip (the model's).
        self.tree.setHeaderHidden(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        # Selection, not the current index: a tree that merely gets the focus sets a
        # current index without the user choosing anything.
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        self.directory_button = QPushButton(self.tr("People && organizations"))
        self.directory_button.setCheckable(True)
        self.directory_button.clicked.connect(self.show_directory)
        sidebar = QWidget()
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.tree, 1)
        side.addWidget(self.directory_button)
        icons.decorate(self, icons.MAIN_WINDOW_ACTIONS)

        self._workshop_page = None
        self._opening: int | None = None
        self._series_page = None
        self._directory_page = None
        self._empty_page = None
        self.pages = QStackedWidget()

        # The sidebar's width is the user's (dragged, and kept between runs by the
        # application: kit/remembered_splitter.py); a wider window widens the pages.
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([290, 1000])
        # On a shared server: other organizers' changes, and a banner when it is away.
        self.server = ServerLink.attach(self, self.splitter) if store.on_server else None
        self.setCentralWidget(self.server.holder if self.server else self.splitter)

        self.saved_label = QLabel()
        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        self.statusBar().addWidget(self.saved_label)

        self.bus.changed.connect(self._on_changed)
        self.bus.saved.connect(self._on_saved)
        self.refresh_sidebar()
        self._update_actions()

    # -- pages, built when first needed --------------------------------------------------

    @property
    def workshop_page(self):
        if self._workshop_page is None:
            from facilitator.ui.workshop.workshop_page import WorkshopPage

            self._workshop_page = WorkshopPage(self.store, self.bus, self.history)
            self._workshop_page.state_changed.connect(self._update_actions)
            self.pages.addWidget(self._workshop_page)
        return self._workshop_page

    @property
    def series_page(self):
        if self._series_page is None:
            from facilitator.ui.series.series_page import SeriesPage

            self._series_page = SeriesPage(self.store, self.bus, history=self.history)
            self._series_page.state_changed.connect(self._update_actions)
            self.pages.addWidget(self._series_page)
        return self._series_page

    @property
    def directory_page(self):
        if self._directory_page is None:
            from facilitator.ui.directory.directory_page import DirectoryPage

            def import_people(parent):
                from facilitator.ui.workshop import import_dialog

                return import_dialog.import_attendees(parent, self.store, None)

            self._directory_page = DirectoryPage(
                self.store, self.bus, history=self.history, import_people=import_people
            )
            self.pages.addWidget(self._directory_page)
        return self._directory_page

    @property
    def empty_page(self) -> EmptyPage:
        if self._empty_page is None:
            self._empty_page = EmptyPage(self.new_workshop_action, self.new_series_action)
            self.pages.addWidget(self._empty_page)
        return self._empty_page

    def _showing(self, page) -> bool:
        return page is not None and self.pages.currentWidget() is page

    def current_workshop_id(self) -> int | None:
        """The workshop on screen (None when another page, or a workshop that failed to load)."""
        if not self._showing(self._workshop_page):
            return None
        return self._workshop_page.workshop_id

    def room_url(self, workshop_id: int) -> str | None:
        """The address of the workshop's room while the live screen has it open."""
        live = self.live_window
        room = live.room if live is not None else None
        if room is None or not room.running or room.workshop_id != workshop_id:
            return None
        return room.address.url

    def current_series_id(self) -> int | None:
        """The series on screen (None when another page, or a series that failed to load)."""
        if not self._showing(self._series_page):
            return None
        return self._series_page.series_id

    # -- menus -------------------------------------------------------------------------

    def _update_actions(self) -> None:
        # A page in its error state names a workshop but offers nothing to do with it.
        on_workshop = self.current_workshop_id() is not None
        self.duplicate_action.setEnabled(on_workshop)
        self.live_action.setEnabled(on_workshop)
        self.rehearse_action.setEnabled(on_workshop)
        self.delete_workshop_action.setEnabled(on_workshop)
        self.bundle_actions.export_action.setEnabled(on_workshop)
        self.document_actions.update()
        self.delete_series_action.setEnabled(self.current_series_id() is not None)

    @_reports_errors
    def open_live(self) -> None:
        """The moderator's live screen for the shown workshop (Ctrl+L)."""
        workshop_id = self.current_workshop_id()
        if workshop_id is not None:
            self.open_live_for(workshop_id)

    def open_live_for(self, workshop_id: int) -> None:
        """The live screen of the workshop, as its session stands (opening writes nothing)."""
        self._close_live()
        self._show_live(self.store, self.bus, workshop_id)

    def _show_live(self, store, bus, workshop_id: int, rehearsal=None) -> bool:
        from facilitator.ui.live.live_window import LiveWindow

        window = LiveWindow(store, bus, now=self._now, rehearsal=rehearsal is not None)
        refusals: list[str] = []
        if not window.open_workshop(workshop_id, on_error=refusals.append):
            # Refused (an unknown id, an unreadable workshop): say why here, not in an
            # empty screen.
            window.close()
            window.deleteLater()
            if refusals:
                dialogs.tell_error(self, self.tr("Cannot open the live screen"), refusals[-1])
            return False
        self.live_window = window
        self._rehearsal = rehearsal
        if self.server is not None and rehearsal is None:
            self.server.follow(window)
        if rehearsal is None:
            window.session_ended.connect(self.document_actions.offer_minutes)
            window.minutes_requested.connect(self._minutes_from_live)
            window.closed_in_session.connect(self._live_closed_in_session)
        else:
            window.closed.connect(self._discard_rehearsal)
        window.main_window_requested.connect(self.bring_to_front)
        window.quit_requested.connect(self.quit_application)
        window.showMaximized()
        window.activateWindow()
        return True

    @_reports_errors
    def rehearse(self) -> None:
        """Ctrl+Shift+R: the live screen on a throw-away copy of the shown workshop."""
        from facilitator import paths
        from facilitator.services.live import rehearsal
        from facilitator.ui.kit.changes import ChangeBus

        workshop_id = self.current_workshop_id()
        if workshop_id is None:
            return
        self._close_live()
        try:
            copy = rehearsal.open_rehearsal(
                self.store, workshop_id, paths.data_dir() / "rehearsals"
            )
        except FacilitatorError as exc:
            dialogs.tell_error(self, self.tr("Cannot rehearse"), str(exc))
            return
        # Its own bus: nothing of the rehearsal reaches this window's views.
        if not self._show_live(copy.store, ChangeBus(), copy.workshop_id, rehearsal=copy):
            rehearsal.close_rehearsal(copy)
            return
        if copy.resumed:
            self.live_window.tell(
                self.tr("Rehearsal resumed where it was; closing the screen discards it.")
            )

    def _discard_rehearsal(self) -> None:
        from facilitator.services.live import rehearsal
        from facilitator.ui.live.note_draft import draft_path

        copy, self._rehearsal = self._rehearsal, None
        if copy is not None:
            rehearsal.close_rehearsal(copy)
            draft_path(str(copy.path), copy.workshop_id).unlink(missing_ok=True)

    def _minutes_from_live(self, workshop_id: int) -> None:
        self.document_actions.withdraw_offer()
        self.document_actions.open("minutes", workshop_id)

    def close_live_screen(self) -> None:
        """Close the live screen its normal way (the session goes on), quietly."""
        self._close_live()

    def tell_live_closed_in_session(self, workshop_id: int) -> None:
        """Say that the workshop is still in session and how to go back to it."""
        self._live_closed_in_session(workshop_id)

    def _live_closed_in_session(self, _workshop_id: int) -> None:
        self.statusBar().showMessage(
            self.tr("The live screen is closed; the workshop is still in session (Ctrl+L resumes).")
        )

    def bring_to_front(self) -> None:
        """The live screen's "Main window": this window in front, the live screen left open."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_application(self) -> None:
        """Ctrl+Q, here or on the live screen: every window closes its normal way (the live
        screen leaves its session running), then the application quits once, so backups
        and bundles finish as on any quit."""
        if self.close():
            QApplication.quit()

    def closeEvent(self, event) -> None:
        """The application ends with this window: the live screen (and its projector) close
        with it, their own way, instead of running on without it."""
        self._close_live()
        if self.server is not None:
            self.server.stop()
        super().closeEvent(event)

    def _close_live(self) -> None:
        """Close the live screen its own way (its session stays in session), quietly."""
        live = self.live_window
        if live is not None and shiboken6.isValid(live):
            was_blocked = live.blockSignals(True)  # no "closed, still in session" message
            live.close()
            live.blockSignals(was_blocked)
        self._discard_rehearsal()

    def sweep_rehearsals(self) -> None:
        """Rehearsal copies a crash left behind, of workshops no longer rehearsable, go."""
        from facilitator import paths
        from facilitator.services.live import rehearsal

        try:
            rehearsal.sweep_leftovers(self.store, paths.data_dir() / "rehearsals")
        except (FacilitatorError, OSError):
            logger.warning("cannot sweep the rehearsal copies", exc_info=True)

    def offer_resume(self) -> None:
        """After a crash the workshop is still "in session": offer to go back to it."""
        self.sweep_rehearsals()
        info = listing.workshop_in_session(self.store)
        if info is None:
            return
        workshop_id, title = info
        if dialogs.ask_yes_no(
            self,
            self.tr("Resume the session"),
            self.tr("“%1” is still in session. Go back to the live screen?").replace("%1", title),
        ):
            self.open_live_for(workshop_id)

    def help_page(self) -> str:
        """The manual's page for the screen shown: the page's own, else the contents."""
        page = self.pages.currentWidget()
        return page.help_page() if hasattr(page, "help_page") else "index"

    def show_manual(self, page: str | None = None) -> None:
        """F1: the manual, at the page for the screen shown (or at ``page``)."""
        from facilitator.ui.help.help_window import show_help

        show_help(self, page or self.help_page())

    def show_about(self) -> None:
        from facilitator.ui.about_dialog import show_about

        show_about(self)

    # -- sidebar -----------------------------------------------------------------------

    def refresh_sidebar(self) -> None:
        current = self._current_selection()
        items = listing.list_workshops(self.store)
        self.tree_model.set_rows(
            listing.series_titles(self.store),
            items,
            listing.next_workshop_id(self.store, self._now()),
            self.tr("Without series"),
        )
        self.tree.expandAll()
        self.file_label.setText(
            self.tr("%1 · %n workshop(s)", None, len(items)).replace("%1", self.store.display_name)
        )
        if current is not None:
            self._select(*current)

    def _current_selection(self):
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def _select(self, kind: str, row_id: int | None) -> None:
        index = (
            self.tree_model.find_workshop(row_id)
            if kind == "workshop"
            else self.tree_model.find_series(row_id)
        )
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
            )
            self.tree.scrollTo(index)

    def when_first_painted(self, callback) -> None:
        """Run ``callback`` once the sidebar is on screen (or soon, if it never paints)."""
        done = []

        def once():
            if not done:
                done.append(True)
                callback()

        self.tree.viewport().installEventFilter(FirstPaint(once, self))
        QTimer.singleShot(1000, once)  # e.g. started minimised: no paint to wait for

    @_reports_errors
    def open_start_page(self) -> None:
        """Open what matters now: the workshop in session, else the next upcoming one."""
        workshop_id = listing.next_workshop_id(self.store, self._now())
        if workshop_id is None:
            self.pages.setCurrentWidget(self.empty_page)
            self._update_actions()
        else:
            self.open_workshop(workshop_id)

    def open_workshop(self, workshop_id: int) -> None:
        if self._opening == workshop_id:
            return  # selecting it in the sidebar below comes back here: load it once
        self._opening = workshop_id
        try:
            self._select("workshop", workshop_id)
            if self.workshop_page.workshop_id != workshop_id:
                self.workshop_page.show_workshop(workshop_id)
            self.pages.setCurrentWidget(self.workshop_page)
            self.directory_button.setChecked(False)
            self._update_actions()
        finally:
            self._opening = None

    def _on_tree_selection(self, _selected, _deselected) -> None:
        rows = self.tree.selectionModel().selectedRows()
        if not rows:
            return
        current = rows[0]
        kind, row_id = current.data(KIND_ROLE), current.data(ID_ROLE)
        if kind == "workshop":
            self.open_workshop(row_id)
        elif kind == "series" and row_id is not None:
            self.series_page.show_series(row_id)
            self.pages.setCurrentWidget(self.series_page)
            self.directory_button.setChecked(False)
            self._update_actions()

    @_reports_errors
    def show_directory(self) -> None:
        self.directory_page.ensure_loaded()
        self.pages.setCurrentWidget(self.directory_page)
        self.directory_button.setChecked(True)
        self.tree.selectionModel().clearCurrentIndex()
        self.tree.clearSelection()
        self._update_actions()

    def show_series(self, series_id: int) -> None:
        """Open the page of a series, selected in the sidebar."""
        self._select("series", series_id)

    def find_in_directory(self) -> None:
        self.show_directory()
        pane = self.directory_page.tabs.currentWidget()
        pane.search.setFocus()
        pane.search.selectAll()

    # -- commands ----------------------------------------------------------------------

    def _series_choices(self):
        return [(row.id, row.title) for row in listing.series_titles(self.store)]

    def _selected_series_id(self) -> int | None:
        selection = self._current_selection()
        if selection is None:
            return None
        kind, row_id = selection
        if kind == "series":
            return row_id
        if kind == "workshop":
            from facilitator.services import workshops

            return workshops.get_workshop(self.store, row_id).series_id
        return None

    @_reports_errors
    def new_workshop(self) -> None:
        from facilitator.services import workshops
        from facilitator.ui.kit import new_item_dialogs

        values = new_item_dialogs.ask_new_workshop(  # times typed in the zone it will get
            self,
            self._series_choices(),
            series_id=self._selected_series_id(),
            zone_of=functools.partial(workshops.new_workshop_zone, self.store),
        )
        if values is None:
            return
        done = self.edits.run(
            self,
            lambda: workshops.create_workshop(self.store, **values),
            changes=lambda row: changed(WORKSHOP, row.id),
            error_title=self.tr("Cannot create the workshop"),
        )
        if not done:
            return
        self.refresh_sidebar()
        self.open_workshop(done.value.id)
        self.workshop_page.tabs.setCurrentWidget(self.workshop_page.overview)
        self.workshop_page.overview.title.setFocus()

    @_reports_errors
    def new_series(self) -> None:
        from facilitator.services import series as series_service

        title = dialogs.ask_text(self, self.tr("New series"), self.tr("Title of the series:"))
        if title is None:
            return
        done = self.edits.run(
            self,
            lambda: series_service.create_series(self.store, title),
            changes=lambda row: changed(SERIES, row.id),
            error_title=self.tr("Cannot create the series"),
        )
        if done:
            self.refresh_sidebar()
            self.show_series(done.value.id)

    @_reports_errors
    def duplicate_workshop(self) -> None:
        from facilitator.services import workshops
        from facilitator.ui.kit import new_item_dialogs
        from facilitator.ui.kit.timefmt import to_local

        source_id = self.workshop_page.workshop_id
        if source_id is None:
            return
        source = workshops.get_workshop(self.store, source_id)
        # A week on, on the clocks of the original's zone (the copy's too).
        start = to_local(source.planned_start, source.time_zone) + timedelta(days=7)
        end = to_local(source.planned_end, source.time_zone) + timedelta(days=7)
        values = new_item_dialogs.ask_new_workshop(
            self,
            self._series_choices(),
            title=source.title,
            series_id=source.series_id,
            day=start.date(),
            start=start.time(),
            end=end.time(),
            heading=self.tr("Duplicate workshop"),
            zone_of=lambda _series_id: source.time_zone,
        )
        if values is None:
            return
        done = self.edits.run(
            self,
            lambda: workshops.duplicate_workshop(
                self.store,
                source_id,
                title=values["title"],
                planned_start=values["planned_start"],
                planned_end=values["planned_end"],
                series_id=values["series_id"],
            ),
            changes=lambda row: changed(WORKSHOP, row.id),
            error_title=self.tr("Cannot duplicate the workshop"),
        )
        if done:
            self.refresh_sidebar()
            self.open_workshop(done.value.id)

    @_reports_errors
    def delete_workshop(self) -> None:
        from facilitator.services import workshops

        workshop_id = self.workshop_page.workshop_id
        if workshop_id is None:
            return
        row = workshops.get_workshop(self.store, workshop_id)
        question = self.tr(
            "Delete “%1” with its agenda, attendees, notes and decisions? "
            "People and organizations stay in the directory."
        ).replace("%1", row.title)
        if not dialogs.ask_yes_no(self, self.tr("Delete workshop"), question):
            return

        def delete() -> None:
            workshops.delete_workshop(self.store, workshop_id)
            # Before the announcement: the page shows nothing of a deleted workshop.
            self.workshop_page.workshop_id = None

        if self.edits.run(
            self,
            delete,
            changes=changed(WORKSHOP, workshop_id),
            error_title=self.tr("Cannot delete the workshop"),
        ):
            self.refresh_sidebar()
            self.open_start_page()

    @_reports_errors
    def delete_series(self) -> None:
        from facilitator.services import series as series_service

        series_id = self.series_page.series_id
        if series_id is None:
            return
        row = series_service.get_series(self.store, series_id)
        question = self.tr("Delete the series “%1”?").replace("%1", row.title)
        commitments = series_service.roadmap_commitments(self.store, series_id)
        if commitments:
            question += " " + self.tr(
                "Its roadmap with %n commitment(s) is deleted with it.", None, commitments
            )
        if not dialogs.ask_yes_no(self, self.tr("Delete series"), question):
            return

        def delete() -> None:
            series_service.delete_series(self.store, series_id)
            # Before the announcement: the page shows nothing of a deleted series.
            self.series_page.series_id = None

        if self.edits.run(
            self,
            delete,
            changes=changed(SERIES, series_id),
            error_title=self.tr("Cannot delete the series"),
        ):
            self.refresh_sidebar()
            self.open_start_page()

    def open_settings(self) -> None:
        from facilitator.ui.settings.settings_dialog import ask_settings

        language = ask_settings(self, self.language)
        if language is not None and language != self.language:
            self.language_change_requested.emit(language)

    @_reports_errors
    def offer_demo(self) -> None:
        """On a database with nothing in it yet, offer to load the demo series."""
        if not listing.is_empty(self.store) or not dialogs.ask_yes_no(
            self,
            self.tr("Empty database"),
            self.tr(
                "This database holds no workshop yet. Load the demo series "
                "(fictional institutions and people) to look around?"
            ),
        ):
            return
        from facilitator.services.demo import load_demo

        if self.edits.run(
            self,
            lambda: load_demo(self.store),
            changes=[changed(kind) for kind in (ORGANIZATION, PERSON, SERIES, WORKSHOP)],
            error_title=self.tr("Cannot load the demo series"),
        ):
            self.refresh_sidebar()
            self.open_start_page()

    # -- change handling ---------------------------------------------------------------

    def _on_changed(self, kind: str, _ids, initiator=None) -> None:
        if initiator is not self and kind in (WORKSHOP, SERIES):
            try:
                self.refresh_sidebar()
            except FacilitatorError as exc:  # the server away: the sidebar stays as it was
                self.statusBar().showMessage(str(exc), 8000)

    def _show_touched_workshop(self, workshop_id: int) -> None:
        """After undo or redo, show the workshop that changed (it may not be on screen)."""
        if self.current_workshop_id() != workshop_id:
            self.open_workshop(workshop_id)

    def _tell_undo_error(self, message: str) -> None:
        dialogs.tell_error(self, self.tr("Cannot undo"), message)

    def _on_saved(self) -> None:
        self.saved_label.setText(self.tr("Saved ✓"))
