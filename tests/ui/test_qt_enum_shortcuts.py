"""Qt's enumeration shortcuts are plain attributes (facilitator/__init__.py), and every
Qt name the app uses means what it means in PySide6's default mode.

PySide6 otherwise finds a shortcut such as ``Qt.AlignLeft`` at each use by searching the
class's enumerations in order and taking the first member of that name; mirrored as
attributes, the last enumeration built wins, and a member may even hide an enumeration
of the same name (``QNetworkInformation.Reachability``). So each name the app's modules
take from PySide6 is looked up both ways and must come out the same.
"""

from __future__ import annotations

import ast
import enum
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import facilitator

SOURCE = Path(facilitator.__file__).parent

# Looks names up in a fresh interpreter, in PySide6's default mode (facilitator is
# not imported there): one JSON line in, one out.
DEFAULT_MODE = """
import enum, importlib, json, sys

def describe(value):
    if isinstance(value, enum.Enum):
        return f"{type(value).__qualname__}.{value.name}={value.value!r}"
    if isinstance(value, enum.EnumType):
        return f"enumeration {value.__qualname__}"
    return type(value).__name__

def look_up(module, path):
    value = importlib.import_module(module)
    for name in path:
        value = getattr(value, name, None)
    return describe(value)

names = json.loads(sys.stdin.read())
print(json.dumps([look_up(module, path) for module, path in names]))
"""


def test_the_tests_run_with_the_shortcuts_the_app_uses():
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    assert sys.pyside6_option_python_enum == facilitator.QT_ENUM_OPTIONS
    assert vars(Qt)["AlignLeft"] is Qt.AlignmentFlag.AlignLeft
    assert vars(QAbstractItemView)["SingleSelection"] is (
        QAbstractItemView.SelectionMode.SingleSelection
    )


def _describe(value) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__qualname__}.{value.name}={value.value!r}"
    if isinstance(value, enum.EnumType):
        return f"enumeration {value.__qualname__}"
    return type(value).__name__


def _qt_imports(tree: ast.Module) -> dict[str, tuple[str, list[str]]]:
    """The module's names bound to PySide6: local name → (module, attribute path)."""
    names: dict[str, tuple[str, list[str]]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, [alias.name])
    return names


def _chain(node: ast.Attribute) -> list[str] | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return [node.id, *reversed(parts)]


def qt_names_used(root: Path) -> dict[tuple[str, tuple[str, ...]], str]:
    """Each Qt name the modules under ``root`` use (module, attribute path) → one place."""
    used: dict[tuple[str, tuple[str, ...]], str] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports = _qt_imports(tree)
        for node in ast.walk(tree):
            chain = _chain(node) if isinstance(node, ast.Attribute) else None
            if chain is None or chain[0] not in imports:
                continue
            module, start = imports[chain[0]]
            where = f"{path.relative_to(root.parent)}:{node.lineno}"
            for end in range(1, len(chain) + 1):  # Qt, Qt.AlignmentFlag, …AlignLeft
                used.setdefault((module, (*start, *chain[1:end])), where)
    return used


def differences(used: dict[tuple[str, tuple[str, ...]], str]) -> list[str]:
    """The names that mean something else here than in PySide6's default mode."""
    keys = list(used)
    here = []
    for module, path in keys:
        value = importlib.import_module(module)
        for name in path:
            value = getattr(value, name, None)
        here.append(_describe(value))
    environment = dict(os.environ)
    environment.pop("PYSIDE6_OPTION_PYTHON_ENUM", None)
    default = subprocess.run(
        [sys.executable, "-c", DEFAULT_MODE],
        input=json.dumps([[module, list(path)] for module, path in keys]),
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        timeout=120,
    )
    there = json.loads(default.stdout)
    return [
        f"{used[key]} {'.'.join(key[1])}: {mine} here, {theirs} by default"
        for key, mine, theirs in zip(keys, here, there, strict=True)
        if mine != theirs
    ]


def test_every_qt_name_the_app_uses_means_what_it_means_by_default():
    used = qt_names_used(SOURCE)
    assert sum(len(path) > 1 for _module, path in used) > 200  # Qt.AlignLeft, …
    assert differences(used) == []


def test_a_name_two_enumerations_share_is_found(tmp_path):
    code = tmp_path / "code"
    code.mkdir()
    (code / "screen.py").write_text(
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtNetwork import QNetworkInformation\n\n"
        "calm = Qt.NoPreference\n"
        "left = Qt.AlignLeft\n"
        "also = Qt.ContrastPreference.NoPreference\n"
        "online = QNetworkInformation.Reachability.Online\n",
        encoding="utf-8",
    )
    found = differences(qt_names_used(code))
    assert found == [
        "code/screen.py:4 Qt.NoPreference: Qt.MotionPreference.NoPreference=0 here, "
        "Qt.ContrastPreference.NoPreference=0 by default",
        "code/screen.py:7 QNetworkInformation.Reachability: "
        "QNetworkInformation.Feature.Reachability=1 here, "
        "enumeration QNetworkInformation.Reachability by default",
        "code/screen.py:7 QNetworkInformation.Reachability.Online: NoneType here, "
        "QNetworkInformation.Reachability.Online=4 by default",
    ]
