"""The one wrapper around platformdirs: every file the app keeps lives under these folders.

Tests and the ``FACILITATOR_HOME`` environment variable redirect all of them
to one folder, so nothing a test does touches the real user profile.
"""

from __future__ import annotations

import os
from pathlib import Path

_APP = "Facilitator"
_AUTHOR = "Facilitator"
HOME_ENV = "FACILITATOR_HOME"
DATABASE_ENV = "FACILITATOR_DATABASE"


def _base_override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def data_dir() -> Path:
    """Folder of the default database (the user data folder)."""
    base = _base_override()
    if base is not None:
        return base / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(_APP, _AUTHOR))


def config_dir() -> Path:
    """Folder of the settings file."""
    base = _base_override()
    if base is not None:
        return base / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(_APP, _AUTHOR))


def state_dir() -> Path:
    """Folder for window geometry and other state that is not a setting."""
    base = _base_override()
    if base is not None:
        return base / "state"
    import platformdirs

    return Path(platformdirs.user_state_dir(_APP, _AUTHOR))


def log_dir() -> Path:
    """Folder of the log files (what happened, with tracebacks of unexpected errors)."""
    base = _base_override()
    if base is not None:
        return base / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(_APP, _AUTHOR))


def backups_dir() -> Path:
    """Folder of the automatic backups (beside the default database)."""
    return data_dir() / "backups"


def default_database_path() -> Path:
    return data_dir() / "facilitator.db"


def settings_file() -> Path:
    return config_dir() / "settings.ini"


def geometry_file() -> Path:
    return state_dir() / "window.ini"
