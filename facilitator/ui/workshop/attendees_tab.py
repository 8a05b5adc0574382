"""The Attendees tab of a workshop: add people from the directory, edit one or many, counts.

Every change runs through ``Edits.run`` (``kit/operations.py``): written by the
attendee service, then one step of the window's history, so Ctrl+Z undoes it
(a change to many attendees, or a whole import, is one step), and announced
on the bus. A change made elsewhere (a check-in on the live screen) is read
again when it is announced. The
list names its workshop only once that workshop's attendees are in it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import NotFoundError
from facilitator.models.enums import Attendance, Invitation, Role
from facilitator.services import attendees, directory
from facilitator.store import Store
from facilitator.ui.kit import colours, new_item_dialogs
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, WORKSHOP, ChangeBus, changed
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.fitted_columns import fit_columns
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.labels import attendance_label, invitation_label, role_label, sector_label
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.undo import EditHistory, Undo
from facilitator.ui.workshop.add_people_model import AddPeopleModel, Kind

COLUMN_NAME = 0
COLUMN_ORGANIZATION = 1
COLUMN_POSITION = 2
COLUMN_ROLE = 3
COLUMN_INVITATION = 4
COLUMN_ATTENDANCE = 5


def attendees_model(parent=None) -> RowTableModel:
    """Table model of a workshop's attendees; columns are the COLUMN_* constants."""
    columns = [None] * 6
    columns[COLUMN_NAME] = Column(
        QCoreApplication.translate("Attendees", "Name"), lambda r: r.display_name, 165
    )
    columns[COLUMN_ORGANIZATION] = Column(
        QCoreApplication.translate("Attendees", "Represents"), lambda r: r.organization_name, 185
    )
    columns[COLUMN_POSITION] = Column(
        QCoreApplication.translate("Attendees", "Position"), lambda r: r.position, 105
    )
    columns[COLUMN_ROLE] = Column(
        QCoreApplication.translate("Attendees", "Role"), lambda r: role_label(r.role), 95
    )
    columns[COLUMN_INVITATION] = Column(
        QCoreApplication.translate("Attendees", "Invitation"),
        lambda r: invitation_label(r.invitation),
        105,
    )
    columns[COLUMN_ATTENDANCE] = Column(
        QCoreApplication.translate("Attendees", "Attendance"),
        lambda r: attendance_label(r.attendance),
        85,
    )
    return RowTableModel(
        columns,
        # The organization also by its short name ("BBB"); Turkish-aware (RowTableModel).
        lambda r: " ".join(
            (
                r.given_name,
                r.family_name,
                r.organization_name,
                r.organization_short_name,
                r.email,
                r.position,
            )
        ),
        parent,
    )


class _ArrowKeysToList(QObject):
    """Down/Up in the search field move through the matches; Enter takes the chosen one
    (adds the person, or opens the new-person form on "Create «…»")."""

    activated = Signal()

    def __init__(self, view: QListView, parent=None):
        super().__init__(parent)
        self._view = view

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key_Down, Qt.Key_Up) and self._view.model().rowCount():
            row = self._view.currentIndex().row()
            row = row + 1 if key == Qt.Key_Down else row - 1
            row = max(0, min(row, self._view.model().rowCount() - 1))
            self._view.setCurrentIndex(self._view.model().index(row, 0))
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self.activated.emit()
            return True
        return False


class AttendeesTab(QWidget):
    """Who comes, for which organization, in which role; invitations and attendance."""

    count_changed = Signal(int)

    def __init__(self, store: Store, bus: ChangeBus, history: EditHistory, parent=None):
        super().__init__(parent)
        self._store = store
        self._edits = Edits(store, bus, history)
        self.workshop_id: int | None = None
        self._org_choices: list[tuple[int, str]] = []
        self._people = None
        self._attending: set[int] = set()

        # -- adding people --------------------------------------------------------------
        self.add_search = QLineEdit()
        self.add_search.setPlaceholderText(
            self.tr("Add people: type a name, organization or e-mail…")
        )
        self.add_search.setClearButtonEnabled(True)
        self.candidates = AddPeopleModel(self)
        self.candidate_list = QListView()
        self.candidate_list.setModel(self.candidates)
        self.candidate_list.setUniformItemSizes(True)
        self.candidate_list.setMaximumHeight(150)
        self.candidate_list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.candidate_list.hide()
        self.candidate_list.doubleClicked.connect(lambda _i: self.add_chosen())
        self.add_search.textChanged.connect(self._on_add_text)
        keys = _ArrowKeysToList(self.candidate_list, self)
        keys.activated.connect(self.add_chosen)
        self.add_search.installEventFilter(keys)
        self.new_person_button = QPushButton(icon("person_add"), self.tr("New person…"))
        self.new_person_button.clicked.connect(lambda: self.add_new_person(self.add_search.text()))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_search, 1)
        add_row.addWidget(self.new_person_button)
        self.import_button = QPushButton(icon("import"), self.tr("Im&port…"))
        self.import_button.setToolTip(self.tr("Import attendees from a CSV or Excel file"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(icon("export"), self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save the attendees as CSV or Excel"))
        self.export_button.clicked.connect(self.export_file)
        add_row.addWidget(self.import_button)
        add_row.addWidget(self.export_button)

        # -- the list ------------------------------------------------------------------
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter attendees…"))
        self.filter.setClearButtonEnabled(True)
        self.model = attendees_model(self)
        self.filter.textChanged.connect(self.model.set_query)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)  # one line a row, a long text cut at its end with "…"
        # Every column in sight on a laptop: names, organizations and positions share
        # what the role, invitation and attendance leave (cut with "…", whole in their
        # tooltips); those three are as wide as their words.
        fit_columns(self.view, {COLUMN_NAME: 3, COLUMN_ORGANIZATION: 3, COLUMN_POSITION: 2})
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "<h3>No attendees yet</h3><p>Type a name in the field above to add people "
                "from the directory, press <b>New person…</b> for someone who is not in "
                "it yet, or import a list from a spreadsheet.</p>"
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.list_or_empty = QStackedWidget()
        self.list_or_empty.addWidget(self.empty)
        self.list_or_empty.addWidget(self.view)

        # -- editing the selection -----------------------------------------------------
        self.selection_box = QGroupBox()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.organization = QComboBox()
        self.invitation = QComboBox()
        for invitation in Invitation:
            self.invitation.addItem(invitation_label(invitation), invitation.value)
        self.attendance = QComboBox()
        for attendance in Attendance:
            self.attendance.addItem(attendance_label(attendance), attendance.value)
        form = QFormLayout()
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("Represents"), self.organization)
        form.addRow(self.tr("In&vitation"), self.invitation)
        form.addRow(self.tr("A&ttendance"), self.attendance)
        self.role.activated.connect(lambda _i: self._apply("role", self.role.currentData()))
        self.organization.activated.connect(
            lambda _i: self._apply("organization_id", self.organization.currentData())
        )
        self.invitation.activated.connect(
            lambda _i: self._apply("invitation", self.invitation.currentData())
        )
        self.attendance.activated.connect(
            lambda _i: self._apply("attendance", self.attendance.currentData())
        )
        self.invite_button = QPushButton(icon("invite"), self.tr("&Invite"))
        self.invite_button.clicked.connect(
            lambda: self._apply("invitation", Invitation.INVITED.value)
        )
        self.confirm_button = QPushButton(icon("confirm"), self.tr("Confir&m"))
        self.confirm_button.clicked.connect(
            lambda: self._apply("invitation", Invitation.CONFIRMED.value)
        )
        self.present_button = QPushButton(icon("present"), self.tr("Mar&k present"))
        self.present_button.clicked.connect(
            lambda: self._apply("attendance", Attendance.PRESENT.value)
        )
        self.remove_button = QPushButton(icon("remove_person"), self.tr("Remove from workshop"))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.Delete, self.view, self.remove_selected)
        buttons = QVBoxLayout()
        for button in (
            self.invite_button,
            self.confirm_button,
            self.present_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        box = QVBoxLayout(self.selection_box)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addStretch(1)
        self.error = QLabel()
        self.error.setTextFormat(Qt.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.list_or_empty, 1)
        left_layout.addWidget(self.counts)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.selection_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.selection_box.setMinimumWidth(250)
        splitter.setSizes([1000, 250])
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.candidate_list)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        bus.changed.connect(self._on_changed)
        self._on_selection()

    # -- loading -----------------------------------------------------------------------

    def show_workshop(self, workshop_id: int) -> None:
        """List the workshop's attendees; only then does the tab edit that workshop.

        Raises what the services raise; the tab is then left empty and disabled.
        """
        self.clear()
        choices = directory.organization_choices(self._store)
        rows = attendees.list_attendees(self._store, workshop_id)
        self._set_choices(choices)
        self.workshop_id = workshop_id
        self._show_rows(rows)
        self.setEnabled(True)

    def clear(self) -> None:
        """No workshop: no attendees listed, nothing to select or edit."""
        self.setEnabled(False)
        self.workshop_id = None
        self.filter.clear()
        blocked = self.add_search.blockSignals(True)  # no directory read for an emptied field
        self.add_search.clear()
        self.add_search.blockSignals(blocked)
        self.candidate_list.hide()
        self._people = None
        self._attending = set()
        self.candidates.set_people([])
        self.candidates.set_attending(set())
        self.model.set_rows([])
        self.list_or_empty.setCurrentWidget(self.empty)
        self.counts.clear()
        self._tell("")
        self._on_selection()

    def _load_choices(self) -> None:
        self._set_choices(directory.organization_choices(self._store))

    def _set_choices(self, choices) -> None:
        self._org_choices = choices
        self.organization.clear()
        self.organization.addItem(self.tr("(none)"), None)
        for oid, name in self._org_choices:
            self.organization.addItem(name, oid)
        self._people = None  # the directory is read when the user starts typing a name

    def _ensure_candidates(self) -> None:
        if self._people is None:
            self._people = directory.list_people(self._store)
            self.candidates.set_people(self._people)

    def _refresh_candidates(self) -> None:
        # Those attending stay listed, marked as such: found, never added twice.
        self.candidates.set_attending(self._attending)

    def reload(self) -> None:
        if self.workshop_id is None:
            return
        try:
            rows = attendees.list_attendees(self._store, self.workshop_id)
        except NotFoundError:  # deleted meanwhile: nothing of it stays editable
            self.clear()
            return
        self._show_rows(rows)

    def _show_rows(self, rows) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(rows)
        self._attending = {r.person_id for r in rows}
        self._refresh_candidates()
        self.list_or_empty.setCurrentWidget(self.view if rows else self.empty)
        self._show_counts(rows)
        self._select_ids(selected)
        self._on_selection()
        self.count_changed.emit(len(rows))

    def _show_counts(self, rows) -> None:
        counts = attendees.count_attendees(rows)
        parts = [self.tr("%n attendee(s)", "", counts.total)]
        for invitation in Invitation:
            n = counts.by_invitation.get(invitation, 0)
            if n:
                parts.append(f"{invitation_label(invitation)} {n}")
        for attendance in (Attendance.PRESENT, Attendance.ABSENT, Attendance.EXCUSED):
            n = counts.by_attendance.get(attendance, 0)
            if n:
                parts.append(f"{attendance_label(attendance)} {n}")
        sectors = ", ".join(
            f"{sector_label(sector) if sector else self.tr('no organization')} {n}"
            for sector, n in sorted(counts.by_sector.items(), key=lambda item: -item[1])
        )
        text = " · ".join(parts)
        if sectors:
            text += "<br>" + self.tr("By sector: %1").replace("%1", sectors)
        self.counts.setText(text)

    # -- selection ---------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [
            self.model.row_at(index.row()).id for index in self.view.selectionModel().selectedRows()
        ]

    def _select_ids(self, ids: set[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row_id in ids:
            row = self.model.row_of_id(row_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _on_selection(self, *_args) -> None:
        rows = [self.model.row_at(i.row()) for i in self.view.selectionModel().selectedRows()]
        self.selection_box.setEnabled(bool(rows))
        self.selection_box.setTitle(
            self.tr("%1 selected").replace("%1", str(len(rows)))
            if rows
            else self.tr("Select attendees to edit them")
        )
        for combo, values in (
            (self.role, {r.role.value for r in rows}),
            (self.organization, {r.organization_id for r in rows}),
            (self.invitation, {r.invitation.value for r in rows}),
            (self.attendance, {r.attendance.value for r in rows}),
        ):
            # One shared value is shown; a mixed selection shows nothing.
            combo.setCurrentIndex(combo.findData(values.pop()) if len(values) == 1 else -1)

    # -- edits -------------------------------------------------------------------------

    def _tell(self, message: str, tone: Tone | None = Tone.ERROR) -> None:
        """Say why an edit was refused (in the error colour), or, with ``tone`` None, tell
        something that is no problem in the palette's own colour."""
        colours.show_in(self.error, tone if message else None)
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _run(self, do, text, undo, redo, *, changes=None):
        """Make one edit of the shown workshop's attendees (``kit.operations``).

        ``text`` (or a function of what ``do`` returned) names the step in the Edit
        menu; ``undo`` and ``redo`` are functions of what ``do`` returned, giving
        the service calls that undo and redo it. A refusal is shown above the list.
        ``Done`` when it was made, None when it was not.
        """
        workshop_id = self.workshop_id

        def undoable(result) -> Undo:
            return Undo(
                text if isinstance(text, str) else text(result),
                undo=undo(result),
                redo=redo(result),
                after=lambda: self._tell(""),
                workshop_id=workshop_id,
            )

        return self._edits.run(
            self,
            do,
            changes=changes or changed(WORKSHOP, workshop_id),
            undo=undoable,
            on_error=self._tell,
        )

    def _apply(self, field: str, value) -> None:
        ids = self.selected_ids()
        if not ids or self.workshop_id is None:
            return
        if len(ids) == 1:
            name = self.model.row_at(self.model.row_of_id(ids[0])).full_name
            text = self.tr("Change %1 of %2").replace("%1", self._field_label(field))
            text = text.replace("%2", name)
        else:
            text = self.tr("Change %1 of %2 attendees").replace("%1", self._field_label(field))
            text = text.replace("%2", str(len(ids)))
        store = self._store
        made: dict = {}

        def update() -> dict:
            previous = attendees.update_attendees(store, ids, **{field: value})
            # What the edit produced, read at once: each of undo and redo expects what the
            # other left, so a change made elsewhere meanwhile is kept.
            made["produced"] = attendees.attendee_values(
                store, list(previous), list(previous[ids[0]])
            )
            return previous

        done = self._run(
            update,
            text,
            undo=lambda previous: (
                lambda: attendees.restore_attendee_values(store, previous, expect=made["produced"])
            ),
            redo=lambda previous: (
                lambda: attendees.restore_attendee_values(store, made["produced"], expect=previous)
            ),
        )
        if done:
            self._tell("")
        self.reload()  # refused: the combos show the stored values again

    def _field_label(self, field: str) -> str:
        return {
            "role": self.tr("the role"),
            "organization_id": self.tr("the organization represented"),
            "invitation": self.tr("the invitation"),
            "attendance": self.tr("the attendance"),
        }[field]

    def _on_add_text(self, text: str) -> None:
        self._ensure_candidates()
        self.candidates.set_query(text)
        has_text = bool(text.strip())
        self.candidate_list.setVisible(has_text)
        if has_text and self.candidates.rowCount():
            self.candidate_list.setCurrentIndex(self.candidates.index(0, 0))

    def add_chosen(self) -> None:
        """Take the chosen row: add the person, show the one already attending, or open the
        new-person form with the typed name."""
        index = self.candidate_list.currentIndex()
        if not self.add_search.text().strip() or not index.isValid():
            return
        kind = self.candidates.kind_at(index.row())
        if kind is Kind.CREATE:
            self.add_new_person(self.candidates.typed())
            return
        person = self.candidates.person_at(index.row())
        if kind is Kind.ATTENDING:
            self.filter.clear()  # they come into view, whatever the list was filtered by
            shown = (self.model.row_at(i) for i in range(self.model.rowCount()))
            row = next((r for r in shown if r.person_id == person.id), None)
            if row is None:  # no longer attending (removed elsewhere a moment ago)
                self.reload()
                return
            self._select_ids({row.id})
            self.view.scrollTo(self.model.index(max(self.model.row_of_id(row.id), 0), 0))
            self._tell(
                self.tr("%1 already attends this workshop.").replace("%1", row.full_name), None
            )
            return
        self.add_person(person.id)
        self.add_search.setText("")  # also forgets the field's own undo: Ctrl+Z undoes the add
        self.add_search.setFocus()

    def add_person(self, person_id: int) -> None:
        """Add someone of the directory to the workshop."""
        if self.workshop_id is None:
            return
        store, workshop_id = self._store, self.workshop_id
        holder: dict = {}

        def undo(row):
            # What the add made: a check-in on the live screen since is not undone.
            expect = {row.id: attendees.expected_values(row)}

            def undo_add() -> None:
                holder["attendee"] = attendees.remove_attendees(store, [row.id], expect=expect)

            return undo_add

        def redo(_row):
            def redo_add() -> None:
                attendees.restore_attendees(store, holder["attendee"])

            return redo_add

        done = self._run(
            lambda: attendees.add_attendee(store, workshop_id, person_id),
            lambda row: self.tr("Add %1").replace("%1", row.full_name),
            undo,
            redo,
        )
        if not done:
            return
        row = done.value
        self._tell("")
        self.reload()
        self._select_ids({row.id})
        self.view.scrollTo(self.model.index(max(self.model.row_of_id(row.id), 0), 0))

    def add_new_person(self, typed: str = "") -> None:
        """Create someone who is not in the directory yet (and their organization, when it
        is new too) and add them, in one step: one Ctrl+Z takes all of it back."""
        if self.workshop_id is None:
            return
        values = new_item_dialogs.ask_new_person(self, self._org_choices, typed=typed.strip())
        if values is None:
            return
        person = dict(values)
        organization = person.pop("new_organization", None)
        store, workshop_id = self._store, self.workshop_id
        taken: dict = {}

        def undo(made: attendees.NewAttendee):
            def undo_add() -> None:
                taken.update(attendees.take_new_person(store, made))

            return undo_add

        def redo(_made):
            return lambda: attendees.put_new_person_back(store, taken)

        changes = [changed(WORKSHOP, workshop_id), changed(PERSON)]
        if organization is not None:
            changes.append(changed(ORGANIZATION))
        done = self._run(
            lambda: attendees.add_new_person(store, workshop_id, person, organization),
            lambda made: self.tr("Add %1").replace("%1", made.attendee.full_name),
            undo,
            redo,
            changes=changes,
        )
        if not done:
            return
        row = done.value.attendee
        self._people = None  # the directory is read again when a name is typed
        if organization is not None:
            self._load_choices()
        self.add_search.setText("")
        self._tell("")
        self.reload()
        self._select_ids({row.id})
        self.view.scrollTo(self.model.index(max(self.model.row_of_id(row.id), 0), 0))
        self.add_search.setFocus()

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.workshop_id is None:
            return
        names = [self.model.row_at(self.model.row_of_id(i)).full_name for i in ids]
        text = (
            self.tr("Remove %1").replace("%1", names[0])
            if len(ids) == 1
            else self.tr("Remove %1 attendees").replace("%1", str(len(ids)))
        )
        store = self._store
        done = self._run(
            lambda: attendees.remove_attendees(store, ids),
            text,
            undo=lambda snapshots: lambda: attendees.restore_attendees(store, snapshots),
            # What the undo brought back: a check-in on the live screen since is kept.
            redo=lambda snapshots: (
                lambda: attendees.remove_attendees(
                    store, ids, expect={s["id"]: attendees.expected_values(s) for s in snapshots}
                )
            ),
        )
        if done:
            self._tell("")
            self.reload()

    def import_file(self) -> None:
        """Import a list through the preview; the whole import is one undo step."""
        from facilitator.services import attendee_import
        from facilitator.ui.workshop import import_dialog

        if self.workshop_id is None:
            return
        result = import_dialog.import_attendees(self, self._store, self.workshop_id)
        if result is None:
            return
        store = self._store
        holder: dict = {}
        # What the import left: an undo after a check-in (or any change) since is refused.
        imported = {
            row.id: attendees.expected_values(row)
            for row in attendees.list_attendees(store, self.workshop_id)
            if row.id in set(result.participation_ids)
        }

        def undo(_result):
            def undo_import() -> None:
                holder["taken"] = attendee_import.undo_import(store, result, expect=imported)

            return undo_import

        def redo(_result):
            return lambda: attendee_import.redo_import(store, holder["taken"])

        # The dialog's worker has written the import (one transaction); run records how
        # to undo it and announces it like any other edit.
        self._run(
            lambda: result,
            self.tr("Import %n attendee(s)", "", len(result.participation_ids)),
            undo,
            redo,
            changes=[changed(WORKSHOP, self.workshop_id), changed(ORGANIZATION), changed(PERSON)],
        )
        self._tell("")
        self._load_choices()
        self.reload()

    def export_file(self) -> None:
        """Save the attendees as CSV or Excel (the export says itself why it failed)."""
        from facilitator.ui.documents import attendee_export_action

        if self.workshop_id is not None:
            attendee_export_action.export_attendees(self, self._store, self.workshop_id)

    def _on_changed(self, kind: str, ids, initiator=None) -> None:
        if initiator is self or self.workshop_id is None:
            return
        if kind in (PERSON, ORGANIZATION):
            self._load_choices()
            self.reload()
        elif kind == WORKSHOP and (not ids or self.workshop_id in ids):
            # Its attendance changed elsewhere: a check-in or a walk-in on the live screen.
            self.reload()
