"""The questions the Agenda tab asks: which agenda to copy, which template to start from,
and the name to save a template under.

Each question sits behind an ``ask…()`` function, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.services.agenda import AgendaSource, TemplateRow
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.timefmt import short_date
from facilitator.ui.workshop.agenda_table_model import item_count_text, kind_label


class CopyAgendaDialog(QDialog):
    """Choose the workshop whose agenda to copy, and whether it replaces the current one."""

    def __init__(self, sources: list[AgendaSource], has_items: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy an agenda"))
        self._has_items = has_items
        self.list = QListWidget()
        for source in sources:
            prefix = f"{source.number}. " if source.number else ""
            text = (
                f"{prefix}{source.title} — {short_date(source.planned_start, source.time_zone)} · "
                f"{item_count_text(source.item_count)}, "
                + self.tr("%1 min").replace("%1", str(source.total_minutes))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, source.id)
            item.setToolTip(source.series_title)
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.append = QRadioButton(self.tr("&Add after the current items"))
        self.replace = QRadioButton(self.tr("&Replace the current agenda"))
        self.append.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.append)
        group.addButton(self.replace)
        self.append.setVisible(has_items)
        self.replace.setVisible(has_items)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("Copy"))
        self.list.currentRowChanged.connect(lambda row: self.ok.setEnabled(row >= 0))
        self.ok.setEnabled(False)
        self.list.setCurrentRow(0)  # the latest earlier workshop: the usual choice
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Copy the agenda of:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.append)
        layout.addWidget(self.replace)
        layout.addWidget(
            QLabel(self.tr("Presenters are kept only if they attend this workshop too."))
        )
        layout.addWidget(buttons)
        self.resize(640, 420)

    def choice(self) -> tuple[int, bool] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return item.data(Qt.UserRole), self._has_items and self.replace.isChecked()


def ask_copy_source(
    parent: QWidget, sources: list[AgendaSource], has_items: bool
) -> tuple[int, bool] | None:
    """(workshop id, replace?) of the agenda to copy, or None when cancelled."""
    dialog = CopyAgendaDialog(sources, has_items, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.choice()


class TemplateDialog(QDialog):
    """Choose a template (its items shown beside the list), or delete one."""

    def __init__(
        self,
        templates: list[TemplateRow],
        has_items: bool,
        delete: Callable[[int], bool],
        parent=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start from a template"))
        self._delete = delete
        self._has_items = has_items
        self._templates = {t.id: t for t in templates}
        self.list = QListWidget()
        for template in templates:
            item = QListWidgetItem(template.name)
            item.setData(Qt.UserRole, template.id)
            self.list.addItem(item)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.list.currentItemChanged.connect(self._show_preview)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.delete_button = QPushButton(icon("delete"), self.tr("&Delete template"))
        self.delete_button.clicked.connect(self._delete_current)
        self.replace = QRadioButton(self.tr("&Replace the current agenda"))
        self.append = QRadioButton(self.tr("&Add after the current items"))
        self.replace.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.replace)
        group.addButton(self.append)
        self.replace.setVisible(has_items)
        self.append.setVisible(has_items)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("Use template"))
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([240, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.replace)
        layout.addWidget(self.append)
        layout.addWidget(buttons)
        self.resize(680, 420)
        self.list.setCurrentRow(0)
        self._show_preview()

    def _show_preview(self, *_args) -> None:
        item = self.list.currentItem()
        self.ok.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        if item is None:
            self.preview.clear()
            return
        template = self._templates[item.data(Qt.UserRole)]
        lines = [
            f"{i.planned_minutes:>4} " + self.tr("min") + f"  {kind_label(i.kind)}: {i.title}"
            for i in template.items
        ]
        lines.append("")
        lines.append(self.tr("Total: %1 min").replace("%1", str(template.total_minutes)))
        self.preview.setPlainText("\n".join(lines))

    def _delete_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and self._delete(item.data(Qt.UserRole)):
            self.list.takeItem(self.list.row(item))
            self._show_preview()

    def choice(self) -> tuple[int, bool] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return item.data(Qt.UserRole), not (self._has_items and self.append.isChecked())


def ask_template(
    parent: QWidget,
    templates: list[TemplateRow],
    has_items: bool,
    delete: Callable[[int], bool],
) -> tuple[int, bool] | None:
    """(template id, replace?) to start the agenda from, or None when cancelled."""
    dialog = TemplateDialog(templates, has_items, delete, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.choice()


def ask_template_name(parent: QWidget, suggestion: str) -> str | None:
    """The name to save the agenda under as a template, or None when cancelled."""
    return dialogs.ask_text(
        parent,
        QCoreApplication.translate("AgendaTab", "Save as template"),
        QCoreApplication.translate("AgendaTab", "Name of the template:"),
        suggestion,
    )
