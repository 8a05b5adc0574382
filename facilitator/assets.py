"""Access to files under ``resources/`` whether running from a checkout or an installed wheel.

In a checkout the folder is the top-level ``resources/``; a wheel maps it into
the package as ``facilitator/resources`` (see ``pyproject.toml``). Every file is
reached through :func:`resource_path`, never through the working directory.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_root() -> Path:
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. ``resource_path("translations", "x.qm")``."""
    return resources_root().joinpath(*parts)
