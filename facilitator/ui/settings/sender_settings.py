"""Who sends the minutes, in the Settings: name, role and e-mail address.

They sign the e-mail drafts that send the minutes for corrections (and make
their From line). Stored in the settings file beside the branding. An
address that cannot be used is refused beside the field and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit

from facilitator import paths
from facilitator.documents.email_drafts import Sender, usable_address

_KEYS = {"name": "sender/name", "role": "sender/role", "email": "sender/email"}
_LIMITS = {"name": 120, "role": 200, "email": 254}


def _settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.IniFormat)


def _clean(text: object, limit: int) -> str:
    value = " ".join(str(text or "").split())  # one line: a signature, not a letter
    return "".join(ch for ch in value if ch.isprintable())[:limit]


def load_sender() -> Sender:
    """The sender stored in the settings (empty fields where none was given)."""
    settings = _settings()
    values = {key: _clean(settings.value(name, ""), _LIMITS[key]) for key, name in _KEYS.items()}
    if values["email"] and not usable_address(values["email"]):
        values["email"] = ""
    return Sender(**values)


def save_sender(sender: Sender) -> None:
    settings = _settings()
    for key, name in _KEYS.items():
        settings.setValue(name, _clean(getattr(sender, key), _LIMITS[key]))
    settings.sync()


class SenderSection(QGroupBox):
    """The "Minutes are sent by" section of the Settings dialog."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Sender of the minutes"))
        current = load_sender()
        self.name = QLineEdit(current.name)
        self.name.setMaxLength(_LIMITS["name"])
        self.role = QLineEdit(current.role)
        self.role.setMaxLength(_LIMITS["role"])
        self.role.setPlaceholderText(self.tr("e.g. Project coordinator, Kent Gönüllüleri Derneği"))
        self.email = QLineEdit(current.email)
        self.email.setMaxLength(_LIMITS["email"])
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&E-mail address"), self.email)
        form.addRow(self.problem)
        hint = QLabel(self.tr("They sign the e-mail drafts that send the minutes."))
        hint.setWordWrap(True)
        form.addRow(hint)

    def chosen(self) -> Sender:
        return Sender(self.name.text(), self.role.text(), self.email.text().strip())

    def check(self) -> bool:
        """Whether the fields can be saved; a bad address is named beside the field."""
        address = self.email.text().strip()
        if address and not usable_address(address):
            self.problem.setText(
                self.tr("“%1” is not an e-mail address that can be used.").replace("%1", address)
            )
            self.problem.show()
            self.email.setFocus()
            return False
        self.problem.hide()
        return True

    def save(self) -> None:
        save_sender(self.chosen())
