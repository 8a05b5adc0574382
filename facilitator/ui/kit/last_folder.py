"""The folder the user last opened or saved a file in, kept in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from facilitator import paths

_KEY = "files/last_folder"


def _settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.IniFormat)


def last_folder() -> Path:
    """Where file dialogs start: the last folder used, else the Documents folder."""
    stored = _settings().value(_KEY)
    if stored and Path(str(stored)).is_dir():
        return Path(str(stored))
    return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))


def remember_folder(path: Path) -> None:
    """Remember the folder of a file the user just chose."""
    settings = _settings()
    settings.setValue(_KEY, str(path.parent))
    settings.sync()
