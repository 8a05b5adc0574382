"""The retention view: people not seen in any workshop for more than N years.

The selected one can be anonymised from here (``personal_data_actions.anonymise``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
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
from facilitator.ui.directory.personal_data_actions import anonymise
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.changes import ChangeBus
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.row_table_model import Column, RowTableModel
from facilitator.ui.kit.timefmt import short_date
from facilitator.ui.kit.undo import EditHistory

RETENTION_COLUMN_NAME = 0
RETENTION_COLUMN_ORGANIZATION = 1
RETENTION_COLUMN_LAST_SEEN = 2
RETENTION_COLUMN_WORKSHOPS = 3
DEFAULT_YEARS = 3


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
        lambda r: short_date(r.last_seen, "") if r.last_seen else never,
        120,
    )
    columns[RETENTION_COLUMN_WORKSHOPS] = Column(
        QCoreApplication.translate("RetentionDialog", "Workshops"),
        lambda r: str(r.workshops),
        90,
        numeric=True,
    )
    return RowTableModel(
        columns,
        lambda r: f"{r.display_name} {r.organization_name} {r.organization_short_name}",
        parent,
    )


class RetentionDialog(QDialog):
    """People not seen in any workshop for more than N years; anonymise the selected one."""

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        now,
        parent: QWidget | None = None,
        *,
        history: EditHistory | None = None,
    ):
        super().__init__(parent)
        self._store = store
        self._edits = Edits(store, bus, history)
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
        self.anonymise_button = QPushButton(icon("anonymise"), self.tr("&Anonymise selected…"))
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
        self.count.setText(self.tr("%n person(s)", None, len(rows)))
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
        if row is not None and anonymise(self, self._edits, row.id, row.display_name):
            self.reload()


def open_retention(
    parent, store: Store, bus: ChangeBus, now, history: EditHistory | None = None
) -> None:
    """Show the retention dialog (modal; tests replace this function or build the dialog)."""
    dialog = RetentionDialog(store, bus, now, parent, history=history)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.exec()
