"""What the main window shows when there is no workshop yet: what to do first."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.ui.kit import icons


class EmptyPage(QWidget):
    """What the window shows when there is no workshop yet: what to do first."""

    def __init__(self, new_workshop: QAction, new_series: QAction, parent=None):
        super().__init__(parent)
        text = QLabel(
            self.tr(
                "<h2>No workshop yet</h2><p>Start by creating a series (a theme with its "
                "workshops) or a single workshop. People and organizations you add are "
                "kept in the directory for every workshop.</p>"
            )
        )
        text.setWordWrap(True)
        self.new_workshop_button = QPushButton(new_workshop.text().replace("…", "") + "…")
        self.new_workshop_button.clicked.connect(new_workshop.trigger)
        self.new_series_button = QPushButton(new_series.text().replace("…", "") + "…")
        self.new_series_button.clicked.connect(new_series.trigger)
        icons.decorate(self, {"new_workshop_button": "add", "new_series_button": "series"})
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addWidget(self.new_workshop_button)
        layout.addWidget(self.new_series_button)
        layout.addStretch(2)

    def help_page(self) -> str:
        """The manual's page for this screen (F1): getting started."""
        return "start"
