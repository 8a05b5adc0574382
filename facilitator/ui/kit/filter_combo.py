"""A combo box to type in: what is typed filters its list, the Turkish way.

A long list of people or organizations is found by typing any part of a name
("ılgın" finds "Doç. Dr. Çağrı Ilgın-Öğütçü", "btso" the chamber by its short name):
a :class:`QCompleter` in ``MatchContains`` mode compares the typed text folded by
:func:`facilitator.text.search_key` with each entry folded by
:func:`~facilitator.text.search_haystack`, so I/ı and İ/i stay apart as in Turkish
and "ş" is found by "s". Down and Up move through the matches, Enter takes one.

Leaving the field with a text that is no entry puts the chosen entry's name back
(``keep_typed``: the text stays, for a form that creates what is new), and an
emptied field chooses the entry without data ("(none)") when there is one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from facilitator.text import name_key, search_haystack, search_key

FOLDED_ROLE = Qt.UserRole + 7  # the entry as search compares it


class _FoldedCompleter(QCompleter):
    """Compares folded texts, shows and inserts the entries' own names."""

    def splitPath(self, path: str) -> list[str]:
        return [search_key(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return index.data(Qt.DisplayRole) or ""


class FilterComboBox(QComboBox):
    """An editable combo box whose entries are found by typing part of them.

    ``typed_new(text)`` is emitted when the field is left with a text that is no entry
    (only with ``keep_typed``).
    """

    typed_new = Signal(str)

    def __init__(self, parent=None, *, keep_typed: bool = False):
        super().__init__(parent)
        self._keep_typed = keep_typed
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(12)
        completer = _FoldedCompleter(self.model(), self)
        completer.setCompletionRole(FOLDED_ROLE)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)  # both sides are folded already
        completer.setCompletionMode(QCompleter.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self.settle)

    def add_choice(self, text: str, data=None, also: str = "") -> None:
        """Add an entry; ``also``: more words it is found by (a short name, an organization)."""
        self.addItem(text, data)
        self.setItemData(self.count() - 1, search_haystack(f"{text} {also}"), FOLDED_ROLE)

    def matching_rows(self, text: str) -> list[int]:
        """The entries that typing ``text`` lists (each of its words in the entry)."""
        words = search_key(text).split()
        return [
            row
            for row in range(self.count())
            if all(w in (self.itemData(row, FOLDED_ROLE) or "") for w in words)
        ]

    def settle(self) -> None:
        """The field was left or Enter pressed: choose the entry the text names, if one."""
        popup = self.completer().popup()
        if popup.isVisible() and popup.selectionModel().isSelected(popup.currentIndex()):
            return  # an entry of the list is being taken: the completer chooses it
        text = self.currentText().strip()
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()):
            return
        row = self._row_named(text)
        if row < 0 and text:
            matches = self.matching_rows(text)
            row = matches[0] if len(matches) == 1 and not self._keep_typed else -1
        if row >= 0:
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))
            self.activated.emit(row)
        elif self._keep_typed and text:
            self.typed_new.emit(text)
        else:
            self.setEditText(self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else "")

    def _row_named(self, text: str) -> int:
        if not text:
            return self.findData(None)
        key = name_key(text)
        for row in range(self.count()):
            if name_key(self.itemText(row)) == key:
                return row
        return -1
