"""Personal data on the person page: export a person's data, anonymise them, the retention view.

The panel sits under the person form of the directory (ui/directory_page.py).
Anonymising cannot be undone, so it asks first and is not put on the undo
history. The retention dialog lists people not seen in any workshop for more
than N years and anonymises the one selected.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.services import personal_data
from facilitator.store import Store
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.changes import PERSON, ChangeBus
from facilitator.ui.kit.last_folder import last_folder, remember_folder
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.timefmt import short_date

RETENTION_COLUMN_NAME = 0
RETENTION_COLUMN_ORGANIZATION = 1
RETENTION_COLUMN_LAST_SEEN = 2
RETENTION_COLUMN_WORKSHOPS = 3
DEFAULT_YEARS = 3

_UNSAFE = '<>:"/\\|?*'


def ask_json_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the person's data (a modal file dialog; tests replace this)."""
    path, _chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PersonalDataPanel", "Export personal data"),
        str(suggested),
        QCoreApplication.translate("PersonalDataPanel", "JSON file (*.json)"),
    )
    if not path:
        return None
    result = Path(path)
    return result if result.suffix.lower() == ".json" else result.with_name(result.name + ".json")


def suggested_file_name(display_name: str) -> str:
    name = "".join("-" if ch in _UNSAFE or ord(ch) < 32 else ch for ch in display_name)
    name = " ".join(name.split()).strip(" .")[:80]
    label = QCoreApplication.translate("PersonalDataPanel", "Personal data")
    return f"{label} - {name}.json" if name else f"{label}.json"


def export_person(parent, store: Store, person_id: int, display_name: str) -> Path | None:
    """Ask for a file and write the person's data there as JSON; the path written, or None."""
    title = QCoreApplication.translate("PersonalDataPanel", "Export personal data")
    try:
        path = ask_json_path(parent, last_folder() / suggested_file_name(display_name))
        if path is None:
            return None
        remember_folder(path)
        text = personal_data.person_data_json(store, person_id)
        try:
            path.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            dialogs.tell_error(
                parent,
                title,
                QCoreApplication.translate("PersonalDataPanel", "Cannot write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
    except FacilitatorError as exc:
        dialogs.tell_error(parent, title, str(exc))
        return None
    return path


def anonymise(parent, store: Store, bus: ChangeBus, person_id: int, display_name: str) -> bool:
    """Ask, then anonymise the person; True when done."""
    title = QCoreApplication.translate("PersonalDataPanel", "Anonymise person")
    question = QCoreApplication.translate(
        "PersonalDataPanel",
        "Anonymise %1? Their name and contact details are replaced by “%2” for good; their "
        "notes, positions and commitments stay under that name. This cannot be undone. "
        "Backups made before now still hold the old details.",
    )
    placeholder = personal_data.placeholder_name(person_id)
    if not dialogs.ask_yes_no(
        parent, title, question.replace("%1", display_name).replace("%2", placeholder)
    ):
        return False
    try:
        personal_data.anonymise_person(store, person_id)
    except personal_data.EraseIncompleteError as exc:
        bus.announce(PERSON, person_id)  # anonymised; only the erase is still to do
        _erase_until_done(parent, store, title, str(exc))
        return True
    except FacilitatorError as exc:
        dialogs.tell_error(parent, title, str(exc))
        return False
    bus.announce(PERSON, person_id)
    return True


def _erase_until_done(parent, store: Store, title: str, problem: str) -> None:
    """Say the old values are still in the file and offer to erase them again, until done."""
    again = QCoreApplication.translate(
        "PersonalDataPanel", "%1\n\nTry to erase the old details again now?"
    )
    while dialogs.ask_yes_no(parent, title, again.replace("%1", problem)):
        try:
            personal_data.erase_old_values(store)
        except personal_data.EraseIncompleteError as exc:
            problem = str(exc)
        else:
            return
    dialogs.tell_error(
        parent,
        title,
        QCoreApplication.translate(
            "PersonalDataPanel",
            "The old details stay in the database file until they are erased: close the "
            "program reading the file, then choose Anonymise for this person again.",
        ),
    )


class PersonalDataPanel(QGroupBox):
    """Export and anonymise buttons for the person shown, and the retention view."""

    def __init__(self, store: Store, bus: ChangeBus, *, now=None, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Personal data"))
        self._store = store
        self._bus = bus
        self._now = now or (lambda: datetime.now(UTC))
        self.person_id: int | None = None
        self.display_name = ""
        self.export_button = QPushButton(self.tr("E&xport data…"))
        self.export_button.setToolTip(
            self.tr("Everything kept about this person, as a JSON file to hand to them")
        )
        self.export_button.clicked.connect(self.export)
        self.anonymise_button = QPushButton(self.tr("A&nonymise…"))
        self.anonymise_button.setToolTip(
            self.tr("Replace name and contact details with a placeholder, for good")
        )
        self.anonymise_button.clicked.connect(self.anonymise)
        self.retention_button = QPushButton(self.tr("Re&tention…"))
        self.retention_button.setToolTip(
            self.tr("People not seen in any workshop for more than a number of years")
        )
        self.retention_button.clicked.connect(self.show_retention)
        layout = QHBoxLayout(self)
        layout.addWidget(self.export_button)
        layout.addWidget(self.anonymise_button)
        layout.addStretch(1)
        layout.addWidget(self.retention_button)
        self.set_person(None, "")

    def set_person(self, person_id: int | None, display_name: str) -> None:
        self.person_id = person_id
        self.display_name = display_name
        self.export_button.setEnabled(person_id is not None)
        self.anonymise_button.setEnabled(person_id is not None and not self._store.read_only)

    def export(self) -> Path | None:
        if self.person_id is None:
            return None
        return export_person(self, self._store, self.person_id, self.display_name)

    def anonymise(self) -> bool:
        if self.person_id is None:
            return False
        return anonymise(self, self._store, self._bus, self.person_id, self.display_name)

    def show_retention(self) -> None:
        open_retention(self, self._store, self._bus, self._now)


def retention_model(parent=None) -> RowTableModel:
    """Table model of the retention view; columns are the RETENTION_COLUMN_* constants."""
    never = QCoreApplication.translate("RetentionDialog", "never")
    columns = [None] * 4
    columns[RETENTION_COLUMN_NAME] = Column(
        QCoreApplication.translate("RetentionDialog", "Name"), lambda r: r.display_name, 220
    )
    columns[RETENTION_COLUMN_ORGANIZATION] = Column(
        QCoreApplication.translate("RetentionDialog", "Organization"),
        lambda r: r.organization_name,
        220,
    )
    columns[RETENTION_COLUMN_LAST_SEEN] = Column(
        QCoreApplication.translate("RetentionDialog", "Last workshop"),
        lambda r: short_date(r.last_seen) if r.last_seen else never,
        120,
    )
    columns[RETENTION_COLUMN_WORKSHOPS] = Column(
        QCoreApplication.translate("RetentionDialog", "Workshops"),
        lambda r: str(r.workshops),
        90,
        numeric=True,
    )
    return RowTableModel(columns, lambda r: f"{r.display_name} {r.organization_name}", parent)


class RetentionDialog(QDialog):
    """People not seen in any workshop for more than N years; anonymise the selected one."""

    def __init__(self, store: Store, bus: ChangeBus, now, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._bus = bus
        self._now = now
        self.setWindowTitle(self.tr("Retention of personal data"))
        self.resize(720, 460)
        self.years = QSpinBox()
        self.years.setRange(1, 100)
        self.years.setValue(DEFAULT_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.valueChanged.connect(self.reload)
        top = QHBoxLayout()
        caption = QLabel(self.tr("People not seen in any &workshop for more than"))
        caption.setBuddy(self.years)
        top.addWidget(caption)
        top.addWidget(self.years)
        top.addStretch(1)
        self.model = retention_model(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(self.model.column_widths()):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.count = QLabel()
        self.anonymise_button = QPushButton(self.tr("&Anonymise selected…"))
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.anonymise_button)
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        try:
            rows = personal_data.people_not_seen(self._store, self.years.value(), self._now())
        except FacilitatorError as exc:
            dialogs.tell_error(self, self.windowTitle(), str(exc))
            rows = []
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 people").replace("%1", str(len(rows))))
        self._update_buttons()

    def selected_row(self):
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.row_at(index.row())

    def _update_buttons(self, *_args) -> None:
        self.anonymise_button.setEnabled(
            self.selected_row() is not None and not self._store.read_only
        )

    def anonymise_selected(self) -> None:
        row = self.selected_row()
        if row is not None and anonymise(self, self._store, self._bus, row.id, row.display_name):
            self.reload()


def open_retention(parent, store: Store, bus: ChangeBus, now) -> None:
    """Show the retention dialog (modal; tests replace this function or build the dialog)."""
    dialog = RetentionDialog(store, bus, now, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.exec()
