"""Branding of the documents in the Settings: logos, accent colour, the funder's emblem,
funding statement, project reference and disclaimer, and the attendance sheet's
personal-data text (each text in Turkish and in English), on three tabs.

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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from facilitator import paths
from facilitator.documents.safe_write import write_bytes_atomically
from facilitator.documents.styles import DEFAULT_ACCENT
from facilitator.documents.template import (
    MAX_CONSENT,
    MAX_DISCLAIMER,
    MAX_FUNDED_BY,
    MAX_REFERENCE,
    Branding,
)
from facilitator.ui.kit import colours
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.last_folder import last_folder, remember_folder

_KEYS = {
    "organization_logo": "documents/organization_logo",
    "funder_logo": "documents/funder_logo",
    "disclaimer": "documents/disclaimer",
    "disclaimer_en": "documents/disclaimer_en",
    "accent": "documents/accent",
    "funded_by": "documents/funded_by",
    "funded_by_en": "documents/funded_by_en",
    "project_reference": "documents/project_reference",
    "consent": "documents/consent",
    "consent_en": "documents/consent_en",
}
_LIMITS = {
    "disclaimer": MAX_DISCLAIMER,
    "disclaimer_en": MAX_DISCLAIMER,
    "funded_by": MAX_FUNDED_BY,
    "funded_by_en": MAX_FUNDED_BY,
    "project_reference": MAX_REFERENCE,
    "consent": MAX_CONSENT,
    "consent_en": MAX_CONSENT,
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
    texts = {
        key: str(settings.value(_KEYS[key], "") or "")[:limit] for key, limit in _LIMITS.items()
    }
    return Branding(
        organization_logo=logos["organization_logo"],
        funder_logo=logos["funder_logo"],
        accent=accent,
        **texts,
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
    for key in _LIMITS:
        settings.setValue(_KEYS[key], getattr(branding, key))
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
        self.choose = QPushButton(icon("image"), self.tr("Choose…"))
        self.choose.clicked.connect(self.pick)
        self.remove = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove.clicked.connect(self.clear)
        self.remove.setEnabled(bool(path))
        self.problem = QLabel()
        colours.show_in(self.problem, colours.Tone.ERROR)
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


class BrandingSection(QTabWidget):
    """The documents' tabs of the Settings dialog: Documents, Funder, Attendance sheet."""

    def __init__(self, parent=None):
        super().__init__(parent)
        current = load_branding()
        self.organization_logo = _LogoField(self.tr("Organization logo"), current.organization_logo)
        self.funder_logo = _LogoField(self.tr("Funder's emblem"), current.funder_logo)
        self.funded_by = self._line(
            current.funded_by,
            MAX_FUNDED_BY,
            self.tr("e.g. Avrupa Birliği tarafından finanse edilmektedir"),
        )
        self.funded_by_en = self._line(
            current.funded_by_en, MAX_FUNDED_BY, self.tr("e.g. Funded by the European Union")
        )
        self.project_reference = self._line(
            current.project_reference,
            MAX_REFERENCE,
            self.tr("Printed as written, e.g. Proje No: 2024-1-TR01-KA220-ADU-000123456"),
        )
        # One text per document language: an English document never carries the Turkish one.
        self.disclaimer, self.disclaimer_count = self._text_field(
            current.disclaimer,
            MAX_DISCLAIMER,
            self.tr("e.g. the funder's visibility statement, printed at the foot of every page"),
        )
        self.disclaimer_en, self.disclaimer_en_count = self._text_field(
            current.disclaimer_en,
            MAX_DISCLAIMER,
            self.tr("The same statement in English, for documents made in English"),
        )
        self.consent, self.consent_count = self._text_field(
            current.consent,
            MAX_CONSENT,
            self.tr("e.g. the KVKK information text: why names and signatures are collected"),
            height=110,
        )
        self.consent_en, self.consent_en_count = self._text_field(
            current.consent_en,
            MAX_CONSENT,
            self.tr("The same text in English (GDPR), for sheets made in English"),
            height=110,
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

        look = QFormLayout(self._page(self.tr("Documents"), "branding"))
        look.addRow(self.tr("Organi&zation logo"), self.organization_logo)
        look.addRow("", self.organization_logo.problem)
        accent_label = QLabel(self.tr("&Accent colour"))
        accent_label.setBuddy(self.accent_button)
        look.addRow(accent_label, accent_row)

        funder = QFormLayout(self._page(self.tr("Funder"), "funder"))
        funder.addRow(self.tr("F&under's emblem"), self.funder_logo)
        funder.addRow("", self.funder_logo.problem)
        funder.addRow(self.tr("Funding &statement (Turkish)"), self.funded_by)
        funder.addRow(self.tr("Funding statement (Engl&ish)"), self.funded_by_en)
        funder.addRow(self.tr("Project or grant &reference"), self.project_reference)
        funder.addRow(self.tr("Dis&claimer (Turkish)"), self.disclaimer)
        funder.addRow("", self.disclaimer_count)
        funder.addRow(self.tr("Disclaimer (&English)"), self.disclaimer_en)
        funder.addRow("", self.disclaimer_en_count)
        hint = QLabel(
            self.tr(
                "The emblem and the funding statement stand together at the top of every "
                "page, the reference under them; the disclaimer at the foot of every page."
            )
        )
        hint.setWordWrap(True)
        funder.addRow(hint)

        sheet = QFormLayout(self._page(self.tr("Attendance sheet"), "attendance_sheet"))
        intro = QLabel(
            self.tr(
                "Printed above the signatures of the attendance sheet: what the personal "
                "data is collected for, as KVKK and the GDPR ask."
            )
        )
        intro.setWordWrap(True)
        sheet.addRow(intro)
        sheet.addRow(self.tr("Personal-data &text (Turkish)"), self.consent)
        sheet.addRow("", self.consent_count)
        sheet.addRow(self.tr("Personal-data text (En&glish)"), self.consent_en)
        sheet.addRow("", self.consent_en_count)
        self.organization_logo.choose.setAccessibleName(self.tr("Organization logo"))
        self.funder_logo.choose.setAccessibleName(self.tr("Funder's emblem"))

    def _page(self, title: str, name: str) -> QWidget:
        page = QWidget()
        self.addTab(page, icon(name), title)
        return page

    @staticmethod
    def _line(text: str, limit: int, hint: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(limit)
        edit.setPlaceholderText(hint)
        return edit

    def _text_field(
        self, text: str, limit: int, hint: str, height: int = 62
    ) -> tuple[QPlainTextEdit, QLabel]:
        edit = QPlainTextEdit(text)
        edit.setPlaceholderText(hint)
        edit.setFixedHeight(height)
        count = QLabel()
        edit.textChanged.connect(lambda: self._count_text(edit, count, limit))
        self._count_text(edit, count, limit)
        return edit, count

    @staticmethod
    def _count_text(edit: QPlainTextEdit, count: QLabel, limit: int) -> None:
        """'120 of 600 characters', in red with a warning past the limit."""
        used = len(edit.toPlainText().strip())
        text = (
            QCoreApplication.translate("BrandingSection", "%1 of %2 characters")
            .replace("%1", str(used))
            .replace("%2", str(limit))
        )
        over = used > limit
        if over:
            text += " " + QCoreApplication.translate(
                "BrandingSection", "— only the first %1 are printed."
            ).replace("%1", str(limit))
        count.setText(text)
        colours.show_in(count, colours.Tone.ERROR if over else colours.Tone.MUTED)

    def _show_accent(self) -> None:
        # The chosen colour itself, framed in the palette's own text colour.
        self.accent_swatch.setStyleSheet(
            f"background: {self.accent}; border: 1px solid palette(window-text); "
            "border-radius: 2px;"
        )
        self.accent_swatch.setToolTip(self.accent)

    def pick_accent(self) -> None:
        chosen = ask_colour(self, self.accent)
        if chosen:
            self.accent = chosen
            self._show_accent()

    def branding(self) -> Branding:
        def text(edit) -> str:
            value = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            return value.strip()

        return Branding(
            organization_logo=self.organization_logo.path,
            funder_logo=self.funder_logo.path,
            accent=self.accent,
            **{key: text(getattr(self, key))[:limit] for key, limit in _LIMITS.items()},
        )

    def save(self) -> None:
        save_branding(self.branding())
