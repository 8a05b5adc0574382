"""People & organizations: the shared directory, searchable, with a form to edit the selection.

The form edits the selected entry only once that entry's values are in it; an
entry that cannot be loaded leaves the form disabled with the reason above it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.models.enums import Sector
from facilitator.services import directory, merge
from facilitator.store import Store
from facilitator.ui.directory import merge_dialog
from facilitator.ui.directory.empty_directory import EmptyDirectory
from facilitator.ui.directory.personal_data_panel import PersonalDataPanel
from facilitator.ui.kit import dialogs, new_item_dialogs
from facilitator.ui.kit.autosave import AutoSaveForm, error_label
from facilitator.ui.kit.changes import ORGANIZATION, PERSON, ChangeBus, changed
from facilitator.ui.kit.error_dialog import load_failure_message
from facilitator.ui.kit.fitted_columns import fit_columns
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.labels import role_label, sector_label
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.person_form import sector_combo
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.timefmt import short_date
from facilitator.ui.kit.undo import EditHistory, Undo

PEOPLE_COLUMN_NAME = 0
PEOPLE_COLUMN_ORGANIZATION = 1
PEOPLE_COLUMN_POSITION = 2
PEOPLE_COLUMN_EMAIL = 3
PEOPLE_COLUMN_PHONE = 4

ORG_COLUMN_NAME = 0
ORG_COLUMN_SHORT_NAME = 1
ORG_COLUMN_SECTOR = 2
ORG_COLUMN_CITY = 3
ORG_COLUMN_PEOPLE = 4

_NO_DATE = QDate(1900, 1, 1)


def people_model(parent=None) -> RowTableModel:
    """Table model of people; columns are the PEOPLE_COLUMN_* constants."""
    columns = [None] * 5
    columns[PEOPLE_COLUMN_NAME] = Column(
        QCoreApplication.translate("Directory", "Name"), lambda r: r.display_name, 230
    )
    columns[PEOPLE_COLUMN_ORGANIZATION] = Column(
        QCoreApplication.translate("Directory", "Organization"),
        lambda r: r.organization_name,
        240,
    )
    columns[PEOPLE_COLUMN_POSITION] = Column(
        QCoreApplication.translate("Directory", "Position"), lambda r: r.position, 200
    )
    columns[PEOPLE_COLUMN_EMAIL] = Column(
        QCoreApplication.translate("Directory", "E-mail"), lambda r: r.email, 220
    )
    columns[PEOPLE_COLUMN_PHONE] = Column(
        QCoreApplication.translate("Directory", "Phone"), lambda r: r.phone
    )
    return RowTableModel(
        columns,
        lambda r: r.search_text,
        parent,
        folded=True,
    )


def organizations_model(parent=None) -> RowTableModel:
    """Table model of organizations; columns are the ORG_COLUMN_* constants."""
    columns = [None] * 5
    columns[ORG_COLUMN_NAME] = Column(
        QCoreApplication.translate("Directory", "Name"), lambda r: r.name, 300
    )
    columns[ORG_COLUMN_SHORT_NAME] = Column(
        QCoreApplication.translate("Directory", "Short name"), lambda r: r.short_name, 100
    )
    columns[ORG_COLUMN_SECTOR] = Column(
        QCoreApplication.translate("Directory", "Sector"),
        lambda r: sector_label(r.sector, r.sector_other),
        130,
    )
    columns[ORG_COLUMN_CITY] = Column(
        QCoreApplication.translate("Directory", "City"), lambda r: r.city, 110
    )
    columns[ORG_COLUMN_PEOPLE] = Column(
        QCoreApplication.translate("Directory", "People"),
        lambda r: str(r.people_count),
        90,
        numeric=True,
    )
    return RowTableModel(columns, lambda r: " ".join((r.name, r.short_name, r.city)), parent)


# The text columns of each table and their shares of the width the short ones leave: every
# column stays in sight on a laptop, a long name cut with "…" and whole in its tooltip.
PEOPLE_TEXT_COLUMNS = {
    PEOPLE_COLUMN_NAME: 3,
    PEOPLE_COLUMN_ORGANIZATION: 3,
    PEOPLE_COLUMN_POSITION: 2,
    PEOPLE_COLUMN_EMAIL: 3,
}
ORG_TEXT_COLUMNS = {
    ORG_COLUMN_NAME: 4,
    ORG_COLUMN_SHORT_NAME: 1,
    ORG_COLUMN_SECTOR: 2,
    ORG_COLUMN_CITY: 1,
}


def _table(model: RowTableModel, text_columns: dict[int, int]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.verticalHeader().hide()
    view.setWordWrap(False)  # one line a row, a long text cut at its end with "…"
    fit_columns(view, text_columns)
    return view


class _DirectoryPane(QWidget):
    """Search field, table, add/delete buttons, and the edit form of the selected row.

    Every edit runs through ``Edits.run`` naming this pane; the directory page
    reads both lists again after any change of a person or an organization
    (names and counts show in both), and so shows this pane's edits too.

    Each pane says what the undo menu calls its form's fields: ``_field_label(field)``,
    lower case, as in a sentence.
    """

    KIND = PERSON  # what the pane's rows are, as the change bus names them

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        model: RowTableModel,
        text_columns: dict[int, int],
        parent=None,
        *,
        history: EditHistory | None = None,
    ):
        super().__init__(parent)
        self._store = store
        self._edits = Edits(store, bus, history)
        self.model = model
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_query)
        self.view = _table(self.model, text_columns)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(
            icon("delete"), QCoreApplication.translate("DirectoryPane", "&Delete")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.merge_button = QPushButton(
            icon("merge"), QCoreApplication.translate("DirectoryPane", "&Merge into…")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.count = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)

        self.error = error_label()
        self.form_widget = QWidget()
        self.form_layout = QFormLayout(self.form_widget)
        # A narrow form puts a field under its label rather than cutting either.
        self.form_layout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        inner = QWidget()
        right_layout = QVBoxLayout(inner)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.form_widget)
        right_layout.addStretch(1)
        # On a short screen the form scrolls rather than squeezing its fields.
        self.form_scroll = right = QScrollArea()
        right.setWidget(inner)
        right.setWidgetResizable(True)
        right.setFrameShape(QScrollArea.NoFrame)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.form = AutoSaveForm(self._save, self.error, self)
        self.selected_id: int | None = None
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._reselect)

    def _keep_form_whole(self) -> None:
        """The form's panel is never narrower than its fields and buttons need (its words
        stay whole); the table's columns share what is left. Called once the form is built."""
        scroll = self.form_scroll
        need = scroll.widget().minimumSizeHint().width()
        scroll.setMinimumWidth(need + scroll.verticalScrollBar().sizeHint().width())

    # -- rows ------------------------------------------------------------------------
    # (subclasses provide load_rows, show_row, _update, _field_label, add, delete_selected)

    def _update_count(self) -> None:
        self.count.setText(
            QCoreApplication.translate("DirectoryPane", "%1 of %2")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.model.total_count()))
        )

    def _reselect(self) -> None:
        row = self.model.row_of_id(self.selected_id) if self.selected_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            # Selected quietly, then shown once: not twice (the selection's signal and
            # this call), and not at all while a search keeps the entry shown in sight.
            shown = self.model.filtering and self.form_widget.isEnabled()
            shown = shown and self.model.row_at(row).id == self.selected_id
            selection = self.view.selectionModel()
            blocked = selection.blockSignals(True)
            try:
                self.view.selectRow(row)
            finally:
                selection.blockSignals(blocked)
            self.view.viewport().update()
            if not shown:
                self._on_current(self.model.index(row, 0))
        else:
            self.selected_id = None
            self.form_widget.setEnabled(False)
            self.delete_button.setEnabled(False)
            self.merge_button.setEnabled(False)

    def _on_current(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        self._show_nothing()
        try:
            self.show_row(row)
        except Exception as exc:  # nothing of the entry shown before stays editable
            self._show_nothing()
            message = load_failure_message(exc, f"showing directory entry {row.id}", self)
            self.error.setText(
                QCoreApplication.translate("DirectoryPane", "This entry could not be shown.")
                + " "
                + message
            )
            self.error.show()
            return
        # Only now, with its values in the form, does the form edit this entry.
        self.selected_id = row.id
        self.form_widget.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.merge_button.setEnabled(self.model.total_count() > 1)

    def _save(self, field, value, old):
        """Save one field of the selected entry (the form's ``save``), undoably."""
        row_id = self.selected_id
        if row_id is None:  # nothing shown: no edit may land anywhere
            self._edits.refuse(
                self,
                QCoreApplication.translate("DirectoryPane", "No entry is selected."),
                on_error=self.form.refuse,
            )
            return None
        undo = Undo(
            QCoreApplication.translate("DirectoryPane", "Change the %1").replace(
                "%1", self._field_label(field)
            ),
            # Each carries the value it expects: a change made elsewhere meanwhile is kept.
            undo=lambda: self._update(row_id, expect={field: value}, **{field: old}),
            redo=lambda: self._update(row_id, expect={field: old}, **{field: value}),
            # The entry comes into view, showing the value put back (or the newer one kept).
            after=lambda: self.select_id(row_id),
        )
        return self._edits.run(
            self,
            # What the form showed: changed by another user since, the edit is refused.
            lambda: self._update(row_id, seen={field: old}, **{field: value}),
            changes=changed(self.KIND, row_id),
            undo=undo,
            on_error=self.form.refuse,
        )

    def _edit(self, do, changes, error_title: str):
        """Make an edit of the directory; its refusal is told in a dialog."""
        return self._edits.run(self, do, changes=changes, error_title=error_title)

    def _show_nothing(self) -> None:
        # Disabled first, while the form still names its entry: a field left this way
        # saves to the entry it was typed for.
        self.form_widget.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        self.selected_id = None

    def select_id(self, row_id: int) -> None:
        """Show the entry ``row_id`` (the search is cleared if it hides it); an entry no
        longer there leaves the selection as it is."""
        row = self.model.row_of_id(row_id)
        if row < 0:
            self.search.clear()
            row = self.model.row_of_id(row_id)
        if row >= 0:
            self.selected_id = row_id
            self.view.selectRow(row)


class PeoplePane(_DirectoryPane):
    """The people of the directory."""

    KIND = PERSON

    def __init__(
        self, store: Store, bus: ChangeBus, parent=None, *, history: EditHistory | None = None
    ):
        super().__init__(store, bus, people_model(), PEOPLE_TEXT_COLUMNS, parent, history=history)
        self.search.setPlaceholderText(self.tr("Search people by name, organization, e-mail…"))
        self.add_button.setText(self.tr("&Add person…"))
        self.add_button.setIcon(icon("person_add"))
        self.honorific = QLineEdit()
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.position = QLineEdit()
        self.organization = QComboBox()
        # As narrow as the form: a long name is cut in the field, whole in its list.
        self.organization.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.organization.setMinimumContentsLength(12)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.contact_consent = QCheckBox(self.tr("Contact details may appear in documents"))
        self.consent_date = QDateEdit()
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd.MM.yyyy")
        self.consent_date.setMinimumDate(_NO_DATE)
        self.consent_date.setSpecialValueText(self.tr("not given"))
        f = self.form_layout
        f.addRow(self.tr("Honorific"), self.honorific)
        f.addRow(self.tr("Given name"), self.given_name)
        f.addRow(self.tr("Family name"), self.family_name)
        f.addRow(self.tr("Position"), self.position)
        f.addRow(self.tr("Organization"), self.organization)
        f.addRow(self.tr("E-mail"), self.email)
        f.addRow(self.tr("Phone"), self.phone)
        f.addRow(self.contact_consent)  # a row of its own: its words are longer than a field
        consent_label = QLabel(self.tr("Data-processing consent given on"))
        consent_label.setWordWrap(True)  # on two lines rather than widening every label
        consent_label.setBuddy(self.consent_date)
        f.addRow(consent_label, self.consent_date)
        self.workshops = QListWidget()
        # A workshop's line wraps in the narrow form rather than running past its edge.
        self.workshops.setWordWrap(True)
        self.workshops.setResizeMode(QListView.Adjust)
        self.workshops.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        f.addRow(self.tr("Workshops"), self.workshops)
        self.personal_data = PersonalDataPanel(store, bus, history=history)
        f.addRow(self.personal_data)
        for name in ("honorific", "given_name", "family_name", "position", "email", "phone"):
            self.form.bind_line(name, getattr(self, name))
        self.form.bind_combo("organization_id", self.organization)
        self.form.bind_check("contact_consent", self.contact_consent)
        self.form.bind_custom(
            "consent_date",
            lambda: (
                None
                if self.consent_date.date() == _NO_DATE
                else self.consent_date.date().toPython()
            ),
            lambda v: self.consent_date.setDate(QDate(v) if v else _NO_DATE),
            self.consent_date.editingFinished,
        )
        self._keep_form_whole()

    def load_rows(self) -> None:
        self.organization.clear()
        self.organization.addItem(self.tr("(none)"), None)
        self._org_choices = [(o.id, o.name) for o in directory.list_organizations(self._store)]
        for oid, name in self._org_choices:
            self.organization.addItem(name, oid)
        self.model.set_rows(directory.list_people(self._store))

    def show_row(self, row) -> None:
        self.personal_data.set_person(row.id, row.display_name)
        self.workshops.clear()
        for w in directory.person_workshops(self._store, row.id):
            line = f"{short_date(w.planned_start, w.time_zone)} · {w.title} — {role_label(w.role)}"
            if w.organization_name:
                line += f" ({w.organization_name})"
            self.workshops.addItem(line)
        if not self.workshops.count():
            self.workshops.addItem(self.tr("Not in any workshop yet"))
        self.form.load(
            {
                "honorific": row.honorific,
                "given_name": row.given_name,
                "family_name": row.family_name,
                "position": row.position,
                "organization_id": row.organization_id,
                "email": row.email,
                "phone": row.phone,
                "contact_consent": row.contact_consent,
                "consent_date": row.consent_date,
            }
        )

    def _update(self, person_id: int, *, expect=None, seen=None, **fields):
        return directory.update_person(self._store, person_id, expect=expect, seen=seen, **fields)

    def _field_label(self, field: str) -> str:
        return {
            "honorific": self.tr("honorific"),
            "given_name": self.tr("given name"),
            "family_name": self.tr("family name"),
            "position": self.tr("position"),
            "organization_id": self.tr("organization"),
            "email": self.tr("e-mail address"),
            "phone": self.tr("phone number"),
            "contact_consent": self.tr("contact consent"),
            "consent_date": self.tr("consent date"),
        }[field]

    def add(self) -> None:
        """A new person, and their organization when it is new too: one undoable step."""
        # A name searched for and not found is the name of the one to add.
        typed = self.search.text() if not self.model.rowCount() else ""
        values = new_item_dialogs.ask_new_person(self, self._org_choices, typed=typed)
        if values is None:
            return
        person = dict(values)
        organization = person.pop("new_organization", None)
        store = self._store
        taken: dict = {}

        def undoable(made: directory.NewPerson) -> Undo:
            def undo() -> None:
                taken.update(directory.take_new_person(store, made))

            return Undo(
                self.tr("Add %1").replace("%1", made.person.full_name),
                undo=undo,
                redo=lambda: directory.put_new_person_back(store, taken),
            )

        done = self._edits.run(
            self,
            lambda: directory.create_person_with_organization(store, person, organization),
            changes=[changed(PERSON), changed(ORGANIZATION)] if organization else changed(PERSON),
            undo=undoable,
            error_title=self.tr("Cannot add the person"),
        )
        if done:
            self.select_id(done.value.person.id)
            self.given_name.setFocus()

    def delete_selected(self) -> None:
        if self.selected_id is None:
            return
        row = directory.get_person(self._store, self.selected_id)
        question = self.tr("Delete %1 from the directory?").replace("%1", row.display_name)
        if not dialogs.ask_yes_no(self, self.tr("Delete person"), question):
            return
        # Done, the lists read again and the first entry is shown.
        self._edit(
            lambda: directory.delete_person(self._store, row.id),
            changed(PERSON, row.id),
            self.tr("Cannot delete the person"),
        )

    def merge_selected(self) -> None:
        if self.selected_id is None:
            return
        dropped = directory.get_person(self._store, self.selected_id)
        others = people_model()
        others.set_rows([p for p in directory.list_people(self._store) if p.id != dropped.id])
        keep_id = merge_dialog.ask_merge_target(
            self,
            self.tr("Merge person"),
            self.tr(
                "Choose the entry that %1 is the same person as. Their workshops, notes, "
                "positions and commitments move to it, and %1 leaves the directory."
            ).replace("%1", dropped.display_name),
            others,
        )
        if keep_id is None:
            return
        kept = directory.get_person(self._store, keep_id)
        if not dialogs.ask_yes_no(
            self,
            self.tr("Merge person"),
            self.tr("Merge %1 into %2? This cannot be undone.")
            .replace("%1", dropped.display_name)
            .replace("%2", kept.display_name),
        ):
            return
        if self._edit(
            lambda: merge.merge_people(self._store, keep_id, dropped.id),
            changed(PERSON, keep_id, dropped.id),
            self.tr("Cannot merge"),
        ):
            self.select_id(keep_id)


class OrganizationsPane(_DirectoryPane):
    """The organizations of the directory."""

    KIND = ORGANIZATION

    def __init__(
        self, store: Store, bus: ChangeBus, parent=None, *, history: EditHistory | None = None
    ):
        super().__init__(
            store, bus, organizations_model(), ORG_TEXT_COLUMNS, parent, history=history
        )
        self.search.setPlaceholderText(self.tr("Search organizations by name, short name, city…"))
        self.add_button.setText(self.tr("&Add organization…"))
        self.add_button.setIcon(icon("add"))
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.sector = sector_combo()
        self.sector_other = QLineEdit()
        self.sector_other.setPlaceholderText(self.tr("What kind of organization it is"))
        self.city = QLineEdit()
        self.website = QLineEdit()
        f = self.form_layout
        f.addRow(self.tr("Name"), self.name)
        f.addRow(self.tr("Short name"), self.short_name)
        f.addRow(self.tr("Sector"), self.sector)
        f.addRow(self.tr("Other sector"), self.sector_other)
        f.addRow(self.tr("City"), self.city)
        f.addRow(self.tr("Website"), self.website)
        for name in ("name", "short_name", "sector_other", "city", "website"):
            self.form.bind_line(name, getattr(self, name))
        self.form.bind_combo("sector", self.sector)
        # The words of "other" are asked for only when the sector is other.
        self.sector.currentIndexChanged.connect(self._show_sector_other)
        self._show_sector_other()
        self._keep_form_whole()

    def _show_sector_other(self, *_args) -> None:
        self.form_layout.setRowVisible(
            self.sector_other, self.sector.currentData() == Sector.OTHER.value
        )

    def load_rows(self) -> None:
        self.model.set_rows(directory.list_organizations(self._store))

    def show_row(self, row) -> None:
        self.form.load(
            {
                "name": row.name,
                "short_name": row.short_name,
                "sector": row.sector.value,
                "sector_other": row.sector_other,
                "city": row.city,
                "website": row.website,
            }
        )

    def _update(self, organization_id: int, *, expect=None, seen=None, **fields):
        return directory.update_organization(
            self._store, organization_id, expect=expect, seen=seen, **fields
        )

    def _field_label(self, field: str) -> str:
        return {
            "name": self.tr("name"),
            "short_name": self.tr("short name"),
            "sector": self.tr("sector"),
            "sector_other": self.tr("other sector"),
            "city": self.tr("city"),
            "website": self.tr("website"),
        }[field]

    def add(self) -> None:
        values = new_item_dialogs.ask_new_organization(self)
        if values is None:
            return
        done = self._edit(
            lambda: directory.create_organization(self._store, **values),
            lambda row: changed(ORGANIZATION, row.id),
            self.tr("Cannot add the organization"),
        )
        if done:
            self.select_id(done.value.id)
            self.name.setFocus()

    def delete_selected(self) -> None:
        if self.selected_id is None:
            return
        row = directory.get_organization(self._store, self.selected_id)
        question = self.tr("Delete %1 from the directory?").replace("%1", row.name)
        if not dialogs.ask_yes_no(self, self.tr("Delete organization"), question):
            return
        # Done, the lists read again and the first entry is shown.
        self._edit(
            lambda: directory.delete_organization(self._store, row.id),
            changed(ORGANIZATION, row.id),
            self.tr("Cannot delete the organization"),
        )

    def merge_selected(self) -> None:
        if self.selected_id is None:
            return
        dropped = directory.get_organization(self._store, self.selected_id)
        others = organizations_model()
        others.set_rows(
            [o for o in directory.list_organizations(self._store) if o.id != dropped.id]
        )
        keep_id = merge_dialog.ask_merge_target(
            self,
            self.tr("Merge organization"),
            self.tr(
                "Choose the entry that %1 is the same organization as. Its people, "
                "attendees, commitments and workshops move to it, and %1 leaves the directory."
            ).replace("%1", dropped.name),
            others,
        )
        if keep_id is None:
            return
        kept = directory.get_organization(self._store, keep_id)
        if not dialogs.ask_yes_no(
            self,
            self.tr("Merge organization"),
            self.tr("Merge %1 into %2? This cannot be undone.")
            .replace("%1", dropped.name)
            .replace("%2", kept.name),
        ):
            return
        if self._edit(
            lambda: merge.merge_organizations(self._store, keep_id, dropped.id),
            changed(ORGANIZATION, keep_id, dropped.id),
            self.tr("Cannot merge"),
        ):
            self.select_id(keep_id)


class DirectoryPage(QWidget):
    """Two tabs: people and organizations; while the directory is empty, what to do first.

    ``import_people(parent)`` asks for a list and imports it into the directory, returning
    what it wrote (an ``ImportResult``) or None; the page makes it one undoable edit. The
    main window gives it (the import dialog belongs to a page above this one).
    """

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        parent=None,
        *,
        history: EditHistory | None = None,
        import_people: Callable | None = None,
    ):
        super().__init__(parent)
        self._store = store
        self._edits = Edits(store, bus, history)
        self._import_people = import_people
        self.people = PeoplePane(store, bus, history=history)
        self.organizations = OrganizationsPane(store, bus, history=history)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, icon("people"), self.tr("&People"))
        self.tabs.addTab(self.organizations, icon("organization"), self.tr("O&rganizations"))
        self.empty = EmptyDirectory(can_import=import_people is not None)
        self.empty.add_person.connect(self.people.add)
        self.empty.import_list.connect(self.import_list)
        self.empty.add_organization.connect(self._add_first_organization)
        self.tabs_or_empty = QStackedWidget()
        self.tabs_or_empty.addWidget(self.tabs)
        self.tabs_or_empty.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs_or_empty)
        bus.changed.connect(self._on_changed)
        self._loaded = False

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._load()
            self._loaded = True

    def _load(self) -> None:
        self.people.load_rows()
        self.organizations.load_rows()
        empty = not self.people.model.total_count() and not self.organizations.model.total_count()
        self.tabs_or_empty.setCurrentWidget(self.empty if empty else self.tabs)

    def _add_first_organization(self) -> None:
        self.tabs.setCurrentWidget(self.organizations)
        self.organizations.add()

    def help_page(self) -> str:
        """The manual's page for this screen (F1)."""
        return "directory"

    def import_list(self) -> None:
        """Import a list of people into the directory: one step of the history."""
        from facilitator.services import attendee_import

        if self._import_people is None:
            return
        result = self._import_people(self)
        if result is None:
            return
        store = self._store
        taken: dict = {}

        def undo() -> None:
            taken["taken"] = attendee_import.undo_import(store, result)

        count = len(result.person_ids)
        self._edits.run(
            self,
            lambda: result,  # the dialog's worker wrote it (one transaction)
            changes=[changed(PERSON), changed(ORGANIZATION)],
            undo=Undo(
                self.tr("Import %n people", "", count),
                undo=undo,
                redo=lambda: attendee_import.redo_import(store, taken["taken"]),
            ),
        )

    def _on_changed(self, kind: str, _ids, initiator=None) -> None:
        if not self._loaded:
            return
        if kind in (PERSON, ORGANIZATION):
            self._load()
