"""The About box: version, and the licences of everything that ships with the app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator import __version__

# Component, licence — what a packaged Facilitator contains.
SHIPPED_COMPONENTS = [
    ("Python", "PSF-2.0"),
    ("Qt 6 / PySide6 / shiboken6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("Mako", "MIT"),
    ("MarkupSafe", "BSD-3-Clause"),
    ("ReportLab", "BSD-3-Clause"),
    ("DejaVu Sans fonts", "Bitstream Vera / public domain"),
    ("Phosphor Icons (via QtAwesome, QtPy)", "MIT"),
    ("icalendar", "BSD-2-Clause"),
    ("Pillow", "MIT-CMU"),
    ("charset-normalizer", "MIT"),
    ("openpyxl", "MIT"),
    ("et-xmlfile", "MIT"),
    ("platformdirs", "MIT"),
    ("typing-extensions", "PSF-2.0"),
]


def about_text() -> str:
    purpose = QCoreApplication.translate(
        "About",
        "Run multi-stakeholder workshops offline: attendees, timed agenda, notes, "
        "consensus decisions, commitments and minutes.",
    )
    licence = QCoreApplication.translate(
        "About",
        "Facilitator is free software under the GNU General Public License, version 3 or later.",
    )
    components = QCoreApplication.translate("About", "Components and their licences")
    rows = "".join(
        f"<tr><td>{name}</td><td>&nbsp;{lic}</td></tr>" for name, lic in SHIPPED_COMPONENTS
    )
    return (
        f"<h3>Facilitator {__version__}</h3><p>{purpose}</p><p>{licence}</p>"
        f"<p><b>{components}</b></p><table>{rows}</table>"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About Facilitator"), about_text()
    )
