"""Branding of the documents in the Settings: logos, disclaimer text and accent colour.

Stored in the settings file (QSettings, INI) and read back as a
:class:`facilitator.documents.template.Branding` by :func:`load_branding`.
Chosen logos are copied into the app's data folder when saved, so a moved or
deleted original never disappears from the documents. The disclaimer shows how
many of its characters will be printed.
A file that is not a readable PNG or JPEG image is refused with a message
beside the field; the previous choice is kept.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QColor, QImageReader
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from facilitator import paths
from facilitator.documents.safe_write import write_bytes_atomically
from facilitator.documents.styles import DEFAULT_ACCENT
from facilitator.documents.template import MAX_DISCLAIMER, Branding
from facilitator.ui.kit.last_folder import last_folder, remember_folder

_KEYS = {
    "organization_logo": "documents/organization_logo",
    "funder_logo": "documents/funder_logo",
    "disclaimer": "documents/disclaimer",
    "disclaimer_en": "documents/disclaimer_en",
    "accent": "documents/accent",
}


def _settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.IniFormat)


def image_problem(path: str) -> str | None:
    """Why ``path`` cannot be a logo, or None when it is a readable PNG or JPEG image."""
    file = Path(path)
    if not file.is_file():
        return QCoreApplication.translate("Branding", "%1 does not exist.").replace("%1", file.name)
    reader = QImageReader(str(file))
    if bytes(reader.format().data()).lower() not in (b"png", b"jpeg", b"jpg"):
        return QCoreApplication.translate("Branding", "%1 is not a PNG or JPEG image.").replace(
            "%1", file.name
        )
    if reader.read().isNull():
        return QCoreApplication.translate("Branding", "%1 cannot be read as an image.").replace(
            "%1", file.name
        )
    return None


def load_branding() -> Branding:
    """The branding stored in the settings; logos that vanished or broke are left out."""
    settings = _settings()
    logos = {}
    for key in ("organization_logo", "funder_logo"):
        value = str(settings.value(_KEYS[key], "") or "")
        logos[key] = value if value and image_problem(value) is None else None
    accent = str(settings.value(_KEYS["accent"], DEFAULT_ACCENT) or DEFAULT_ACCENT)
    if not QColor(accent).isValid():
        accent = DEFAULT_ACCENT
    return Branding(
        organization_logo=logos["organization_logo"],
        funder_logo=logos["funder_logo"],
        disclaimer=str(settings.value(_KEYS["disclaimer"], "") or "")[:MAX_DISCLAIMER],
        accent=accent,
        disclaimer_en=str(settings.value(_KEYS["disclaimer_en"], "") or "")[:MAX_DISCLAIMER],
    )


def logos_dir() -> Path:
    """Where chosen logos are kept, so moving or deleting the original changes nothing."""
    return paths.data_dir() / "logos"


def keep_logo(role: str, path: str | None) -> str | None:
    """A copy of the logo at ``path`` in :func:`logos_dir`, keeping its file name (in a
    folder named by role and content; the role's older copies are removed); the path
    itself when it already is such a copy. None when the file can no longer be read."""
    if not path:
        return None
    source = Path(path)
    folder = logos_dir()
    if source.parent.parent == folder:
        return path
    try:
        payload = source.read_bytes()
    except OSError:
        return None  # gone since it was chosen: the documents go without it
    digest = hashlib.sha256(payload).hexdigest()[:12]
    home = folder / f"{role}-{digest}"
    target = home / source.name
    home.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        write_bytes_atomically(target, payload)
    for old in folder.glob(f"{role}-*"):
        if old != home:
            shutil.rmtree(old, ignore_errors=True)
    return str(target)


def save_branding(branding: Branding) -> None:
    """Store ``branding``; logos are copied into the app's data folder first."""
    settings = _settings()
    organization_logo = keep_logo("organization", branding.organization_logo)
    funder_logo = keep_logo("funder", branding.funder_logo)
    settings.setValue(_KEYS["organization_logo"], organization_logo or "")
    settings.setValue(_KEYS["funder_logo"], funder_logo or "")
    settings.setValue(_KEYS["disclaimer"], branding.disclaimer)
    settings.setValue(_KEYS["disclaimer_en"], branding.disclaimer_en)
    settings.setValue(_KEYS["accent"], branding.accent)
    settings.sync()


def ask_image_path(parent: QWidget | None, title: str) -> Path | None:
    """Ask for a PNG or JPEG file (a modal file dialog; tests replace this function)."""
    images = QCoreApplication.translate("Branding", "Images (*.png *.jpg *.jpeg)")
    path, _chosen = QFileDialog.getOpenFileName(parent, title, str(last_folder()), images)
    return Path(path) if path else None


def ask_colour(parent: QWidget | None, current: str) -> str | None:
    """Ask for a colour (a modal colour dialog; tests replace this function)."""
    colour = QColorDialog.getColor(QColor(current), parent)
    return colour.name() if colour.isValid() else None


class _LogoField(QWidget):
    """A logo's file name with Choose… and Remove buttons and a line for problems."""

    def __init__(self, title: str, path: str | None, parent=None):
        super().__init__(parent)
        self.title = title
        self.path = path
        self.name = QLineEdit(Path(path).name if path else "")
        self.name.setReadOnly(True)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self.pick)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self.clear)
        self.remove.setEnabled(bool(path))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.choose)
        row.addWidget(self.remove)

    def pick(self) -> None:
        chosen = ask_image_path(self, self.title)
        if chosen is None:
            return
        remember_folder(chosen)
        self.set_path(str(chosen))

    def set_path(self, path: str) -> bool:
        problem = image_problem(path)
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            return False
        self.problem.hide()
        self.path = path
        self.name.setText(Path(path).name)
        self.remove.setEnabled(True)
        return True

    def clear(self) -> None:
        self.path = None
        self.name.clear()
        self.remove.setEnabled(False)
        self.problem.hide()


class BrandingSection(QGroupBox):
    """The Documents section of the Settings dialog."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Documents"))
        current = load_branding()
        self.organization_logo = _LogoField(self.tr("Organization logo"), current.organization_logo)
        self.funder_logo = _LogoField(self.tr("Funder logo"), current.funder_logo)
        # One text per document language: an English document never carries the Turkish one.
        self.disclaimer, self.disclaimer_count = self._disclaimer_field(
            current.disclaimer,
            self.tr("e.g. the funder's visibility statement, printed at the foot of every page"),
        )
        self.disclaimer_en, self.disclaimer_en_count = self._disclaimer_field(
            current.disclaimer_en,
            self.tr("The same statement in English, for documents made in English"),
        )
        self.accent = current.accent
        self.accent_button = QPushButton(self.tr("Choose…"))
        self.accent_button.clicked.connect(self.pick_accent)
        self.accent_swatch = QLabel()
        self.accent_swatch.setFixedSize(44, 18)
        self._show_accent()
        accent_row = QHBoxLayout()
        accent_row.addWidget(self.accent_swatch)
        accent_row.addWidget(self.accent_button)
        accent_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Organi&zation logo"), self.organization_logo)
        form.addRow("", self.organization_logo.problem)
        form.addRow(self.tr("F&under logo"), self.funder_logo)
        form.addRow("", self.funder_logo.problem)
        form.addRow(self.tr("Dis&claimer (Turkish)"), self.disclaimer)
        form.addRow("", self.disclaimer_count)
        form.addRow(self.tr("Disclaimer (&English)"), self.disclaimer_en)
        form.addRow("", self.disclaimer_en_count)
        form.addRow(self.tr("Accent colour"), accent_row)
        self.organization_logo.choose.setAccessibleName(self.tr("Organization logo"))
        self.funder_logo.choose.setAccessibleName(self.tr("Funder logo"))

    def _disclaimer_field(self, text: str, hint: str) -> tuple[QPlainTextEdit, QLabel]:
        edit = QPlainTextEdit(text)
        edit.setPlaceholderText(hint)
        edit.setFixedHeight(62)
        count = QLabel()
        edit.textChanged.connect(lambda: self._count_disclaimer(edit, count))
        self._count_disclaimer(edit, count)
        return edit, count

    @staticmethod
    def _count_disclaimer(edit: QPlainTextEdit, count: QLabel) -> None:
        """'120 of 600 characters', in red with a warning past the limit."""
        used = len(edit.toPlainText().strip())
        text = (
            QCoreApplication.translate("BrandingSection", "%1 of %2 characters")
            .replace("%1", str(used))
            .replace("%2", str(MAX_DISCLAIMER))
        )
        over = used > MAX_DISCLAIMER
        if over:
            text += " " + QCoreApplication.translate(
                "BrandingSection", "— only the first %1 are printed."
            ).replace("%1", str(MAX_DISCLAIMER))
        count.setText(text)
        count.setStyleSheet("color: #b00020;" if over else "color: #666;")

    def _show_accent(self) -> None:
        self.accent_swatch.setStyleSheet(
            f"background: {self.accent}; border: 1px solid #888; border-radius: 2px;"
        )
        self.accent_swatch.setToolTip(self.accent)

    def pick_accent(self) -> None:
        chosen = ask_colour(self, self.accent)
        if chosen:
            self.accent = chosen
            self._show_accent()

    def branding(self) -> Branding:
        return Branding(
            organization_logo=self.organization_logo.path,
            funder_logo=self.funder_logo.path,
            disclaimer=self.disclaimer.toPlainText().strip()[:MAX_DISCLAIMER],
            accent=self.accent,
            disclaimer_en=self.disclaimer_en.toPlainText().strip()[:MAX_DISCLAIMER],
        )

    def save(self) -> None:
        save_branding(self.branding())
