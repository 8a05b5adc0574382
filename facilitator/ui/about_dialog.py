"""The About box: version, and the licences of everything that ships with the app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__
from facilitator.ui.kit.icons import app_icon
from facilitator.ui.kit.screen_fit import resize_within_screen

# Component, licence — what a packaged Facilitator contains.
SHIPPED_COMPONENTS = [
    ("Python", "PSF-2.0"),
    ("Qt 6 / PySide6 / shiboken6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("Mako", "MIT"),
    ("MarkupSafe", "BSD-3-Clause"),
    ("ReportLab", "BSD-3-Clause"),
    ("python-docx", "MIT"),
    ("lxml", "BSD-3-Clause"),
    ("Pillow", "MIT-CMU"),
    ("openpyxl", "MIT"),
    ("et-xmlfile", "MIT"),
    ("icalendar", "BSD-2-Clause"),
    ("python-dateutil", "BSD-3-Clause / Apache-2.0"),
    ("segno", "BSD-3-Clause"),
    ("email-validator", "Unlicense"),
    ("dnspython", "ISC"),
    ("idna", "BSD-3-Clause"),
    ("Starlette", "BSD-3-Clause"),
    ("Uvicorn", "BSD-3-Clause"),
    ("AnyIO", "MIT"),
    ("h11", "MIT"),
    ("Click", "BSD-3-Clause"),
    ("psycopg (team mode)", "LGPL-3.0"),
    ("platformdirs", "MIT"),
    ("tzlocal", "MIT"),
    ("tzdata", "Apache-2.0"),
    ("charset-normalizer", "MIT"),
    ("typing-extensions", "PSF-2.0"),
    ("DejaVu Sans fonts", "Bitstream Vera / public domain"),
    ("Phosphor Icons (via QtAwesome, QtPy)", "MIT"),
    ("PyInstaller bootloader (installed builds)", "GPL-2.0 with its bootloader exception"),
]


def _heading() -> str:
    purpose = QCoreApplication.translate(
        "About",
        "Run multi-stakeholder workshops offline: attendees, timed agenda, notes, "
        "consensus decisions, commitments and minutes.",
    )
    licence = QCoreApplication.translate(
        "About",
        "Facilitator is free software under the GNU General Public License, version 3 or later.",
    )
    return f"<h3>Facilitator {__version__}</h3><p>{purpose}</p><p>{licence}</p>"


def _components() -> str:
    components = QCoreApplication.translate("About", "Components and their licences")
    texts = QCoreApplication.translate(
        "About", "The licence texts are in the licences folder of the installed application."
    )
    rows = "".join(
        f"<tr><td>{name}</td><td>&nbsp;{lic}</td></tr>" for name, lic in SHIPPED_COMPONENTS
    )
    return f"<p><b>{components}</b></p><table>{rows}</table><p>{texts}</p>"


def about_text() -> str:
    """Everything the About box says, as rich text."""
    return _heading() + _components()


def show_about(parent: QWidget | None) -> None:
    """The version and purpose above the list of components, which scrolls: the box fits
    a laptop's screen at any scale."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("About", "About Facilitator"))
    icon = QLabel()
    icon.setPixmap(app_icon().pixmap(64, 64))
    icon.setAlignment(Qt.AlignTop)
    heading = QLabel(_heading())
    heading.setWordWrap(True)
    top = QHBoxLayout()
    top.addWidget(icon)
    top.addWidget(heading, 1)
    components = QTextBrowser()
    components.setHtml(_components())
    components.setOpenLinks(False)
    buttons = QDialogButtonBox(QDialogButtonBox.Ok)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addLayout(top)
    layout.addWidget(components, 1)
    layout.addWidget(buttons)
    resize_within_screen(dialog, 560, 600)
    dialog.exec()
