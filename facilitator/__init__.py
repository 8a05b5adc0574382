"""Facilitator: run multi-stakeholder workshops offline, from agenda to minutes."""

import os
import sys

__version__ = "0.1.0"
APP_NAME = "Facilitator"

# Qt's enumeration shortcuts (``Qt.AlignLeft`` for ``Qt.AlignmentFlag.AlignLeft``), used
# throughout the interface, as plain attributes of their classes. Otherwise PySide6 finds
# each by searching the class's enumerations at every use (some 10 µs a time), in every
# item model's data() for every cell it paints. PySide6 reads this once, when it is first
# imported; an explicit choice (the variable already set) is left alone.
# tests/ui/test_qt_enum_shortcuts.py checks that no shortcut the app uses is ambiguous.
QT_ENUM_OPTIONS = 0x01 | 0x08  # Python enums (the default); scoped shortcuts mirrored
if (
    not hasattr(sys, "pyside6_option_python_enum")
    and "PYSIDE6_OPTION_PYTHON_ENUM" not in os.environ
):
    sys.pyside6_option_python_enum = QT_ENUM_OPTIONS
