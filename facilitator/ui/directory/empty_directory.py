"""What the directory shows before anyone is in it: what to do first, with buttons that do it.

The directory page shows it instead of its two empty tables, and its tables again as
soon as someone (or an organization) is in the directory.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.ui.kit.icons import icon


class EmptyDirectory(QWidget):
    """A heading, a sentence on where to start, and buttons: add a person, import a list,
    add an organization."""

    add_person = Signal()
    import_list = Signal()
    add_organization = Signal()

    def __init__(self, parent=None, *, can_import: bool = True):
        super().__init__(parent)
        self.heading = QLabel(self.tr("The directory is empty"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(
            self.tr(
                "Everyone who takes part in your workshops, and the organizations they come "
                "from, are kept here, shared by every workshop. Start by adding the first "
                "person (a new organization can be created in the same form), or import a "
                "list of people from a spreadsheet (CSV or Excel)."
            )
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.PlainText)
        self.add_person_button = QPushButton(icon("person_add"), self.tr("&Add a person…"))
        self.add_person_button.setDefault(True)
        self.import_button = QPushButton(icon("import"), self.tr("&Import a list…"), self)
        self.import_button.setHidden(not can_import)
        self.add_organization_button = QPushButton(
            icon("organization"), self.tr("Add an &organization…")
        )
        self.add_person_button.clicked.connect(self.add_person)
        self.import_button.clicked.connect(self.import_list)
        self.add_organization_button.clicked.connect(self.add_organization)
        buttons = QHBoxLayout()
        for button in (self.add_person_button, self.import_button, self.add_organization_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addSpacing(self.fontMetrics().height())
        column.addLayout(buttons)
        column.addStretch(1)
        # A readable column, not a line across a wide screen.
        self.text.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 1)
        layout.addStretch(0)
