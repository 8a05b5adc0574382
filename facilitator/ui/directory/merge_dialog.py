"""Choosing the directory entry another one is merged into: a searchable list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
)

from facilitator.ui.kit.row_table_model import RowTableModel


class MergeTargetDialog(QDialog):
    """Lists the other entries; the chosen one stays, the merged one goes."""

    def __init__(self, title: str, explanation: str, model: RowTableModel, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.textChanged.connect(model.set_query)
        self.list = QListView()
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        text = QLabel(explanation)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def chosen_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None


def ask_merge_target(parent, title: str, explanation: str, model: RowTableModel) -> int | None:
    """The id of the entry chosen to keep, or None when cancelled."""
    dialog = MergeTargetDialog(title, explanation, model, parent)
    return dialog.chosen_id() if dialog.exec() == QDialog.Accepted else None
