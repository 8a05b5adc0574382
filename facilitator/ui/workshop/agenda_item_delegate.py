"""The cell editors of the Agenda tab: a combo for the kind and the presenter, minutes in a
spin box, text in a line. A choice made in a combo's open list is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
)

from facilitator.models.enums import AgendaKind
from facilitator.services.agenda import MAX_MINUTES, TITLE_LENGTH
from facilitator.ui.workshop.agenda_table_model import (
    COLUMN_KIND,
    COLUMN_MINUTES,
    COLUMN_PRESENTER,
    COLUMN_TITLE,
    kind_label,
)


class _ChoiceEditor(QComboBox):
    """A combo that commits as soon as a choice is made in its open list."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.popup_used = False

    def showPopup(self) -> None:
        self.popup_used = True
        super().showPopup()


class AgendaItemDelegate(QStyledItemDelegate):
    """Cell editors: a combo for kind and presenter, minutes in a spin box, text in a line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.presenters: list[tuple[int, str]] = []

    def createEditor(self, parent, option, index):
        column = index.column()
        if column == COLUMN_KIND:
            combo = _ChoiceEditor(parent)
            for kind in AgendaKind:
                combo.addItem(kind_label(kind), kind.value)
            self._commit_on_choice(combo)
            return combo
        if column == COLUMN_PRESENTER:
            combo = _ChoiceEditor(parent)
            combo.addItem(self.tr("(none)"), 0)
            for person_id, label in self.presenters:
                combo.addItem(label, person_id)
            self._commit_on_choice(combo)
            return combo
        if column == COLUMN_MINUTES:
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_MINUTES)
            spin.setSingleStep(5)
            spin.setSuffix(self.tr(" min"))
            spin.setAlignment(Qt.AlignRight)
            return spin
        line = QLineEdit(parent)
        if column == COLUMN_TITLE:
            line.setMaxLength(TITLE_LENGTH)
        return line

    def _commit_on_choice(self, combo: _ChoiceEditor) -> None:
        def chosen(_index: int) -> None:
            if combo.popup_used:
                self.commitData.emit(combo)
                self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

        combo.activated.connect(chosen)

    def setEditorData(self, editor, index):
        value = index.data(Qt.EditRole)
        if isinstance(editor, QComboBox):
            if index.column() == COLUMN_PRESENTER:
                value = value or 0
            found = editor.findData(value)
            if found < 0:
                # A presenter who no longer attends: still shown, so nothing changes unasked.
                editor.addItem(index.data(Qt.DisplayRole), value)
                found = editor.count() - 1
            editor.setCurrentIndex(found)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        else:
            editor.setText(value or "")

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            if index.column() == COLUMN_PRESENTER:
                value = value or None
            model.setData(index, value)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        else:
            model.setData(index, editor.text())
