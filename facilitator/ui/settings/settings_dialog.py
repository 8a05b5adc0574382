"""Settings: the interface language (applied at once by rebuilding the window), and on
tabs the branding of the documents (see ``branding_settings.py``) and who sends the
minutes (``sender_settings.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout

from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.labels import language_label
from facilitator.ui.settings.branding_settings import BrandingSection
from facilitator.ui.settings.sender_settings import SenderSection


class SettingsDialog(QDialog):
    """Preferences that are not part of any workshop."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code in ("tr", "en"):
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        form = QFormLayout()
        form.addRow(self.tr("Interface &language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        # The documents' tabs, and the minutes' sender as one more.
        self.branding = BrandingSection(self)
        self.sender = SenderSection(self)
        self.branding.addTab(self.sender, icon("email"), self.tr("Sender"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.branding)
        layout.addWidget(buttons)

    def _accept_if_valid(self) -> None:
        if self.sender.check():
            self.accept()
        else:  # the problem is shown on the sender's tab: go there
            self.branding.setCurrentWidget(self.sender)
            self.sender.email.setFocus()

    def chosen_language(self) -> str:
        return self.language.currentData()


def ask_settings(parent, language: str) -> str | None:
    """The language chosen, or None when the dialog was cancelled."""
    dialog = SettingsDialog(language, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    dialog.branding.save()
    dialog.sender.save()
    return dialog.chosen_language()
