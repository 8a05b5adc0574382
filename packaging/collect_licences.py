"""Put the licence of everything a build ships beside it: ``licences/`` in the build folder.

    python packaging/collect_licences.py dist/Facilitator/licences

Run with the build environment's Python. For Facilitator's own requirements (with the
``postgres`` extra), followed to the end, it copies each distribution's licence files
(LICENSE, COPYING, NOTICE… as the distribution installed them) into a folder of its own,
and Python's and PyInstaller's too; ``licences/README.txt`` lists every component with
its version and licence. Standard library only.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _wanted(requirement: str, extras: set[str]) -> str | None:
    """The name in ``requirement`` if it applies here (its marker holds), else None."""
    from packaging.requirements import Requirement  # pip and setuptools vendor it too

    parsed = Requirement(requirement)
    if parsed.marker is not None:
        environments = [{"extra": extra} for extra in extras or {""}]
        if not any(parsed.marker.evaluate(env) for env in environments):
            return None
    return parsed.name


def shipped(root: str = "facilitator", extras: frozenset[str] = frozenset({"postgres"})):
    """Every distribution ``root`` needs, itself included, by normalised name."""
    found: dict[str, metadata.Distribution] = {}
    queue = [(root, set(extras))]
    while queue:
        name, wanted_extras = queue.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform
        key = _key(dist.metadata["Name"])
        if key in found:
            continue
        found[key] = dist
        for requirement in dist.requires or []:
            required = _wanted(requirement, wanted_extras)
            if required is not None:
                queue.append((required, set()))
    return found


def _licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License")
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = (meta.get("License") or "").strip()
    return text.splitlines()[0][:80] if text else "see its licence files"


def collect(target: Path) -> list[str]:
    target.mkdir(parents=True, exist_ok=True)
    lines = []
    dists = shipped()
    with contextlib.suppress(metadata.PackageNotFoundError):  # its bootloader ships
        dists["pyinstaller"] = metadata.distribution("pyinstaller")
    for key, dist in sorted(dists.items()):
        folder = target / key
        for file in dist.files or []:
            if _LICENCE_FILE.search(Path(file).name) or "licenses/" in str(file).lower():
                source = Path(dist.locate_file(file))
                if source.is_file():
                    folder.mkdir(exist_ok=True)
                    shutil.copyfile(source, folder / Path(file).name)
        lines.append(f"{dist.metadata['Name']} {dist.version}: {_licence_name(dist)}")
    # Qt for Python's wheels carry no licence file: Qt and PySide6 are used under the
    # LGPL 3.0 (its text beside this script; the GPL 3.0 it builds on is Facilitator's).
    for key in ("pyside6-essentials", "pyside6-pdf", "shiboken6"):
        if key in dists and not (target / key).is_dir():
            (target / key).mkdir()
            lgpl = Path(__file__).with_name("licences") / "LGPL-3.0.txt"
            shutil.copyfile(lgpl, target / key / "LGPL-3.0.txt")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        (target / "python").mkdir(exist_ok=True)
        shutil.copyfile(python_licence, target / "python" / "LICENSE.txt")
    lines.append(f"Python {sys.version.split()[0]}: PSF-2.0")
    (target / "README.txt").write_text(
        "Components shipped in this build of Facilitator and their licences.\n"
        "Each folder holds the licence files of one component; Qt's are in the PySide6\n"
        "folder (LGPL-3.0). The fonts' and icons' licences are in\n"
        "_internal/facilitator/resources/fonts and …/icons.\n\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    return lines


if __name__ == "__main__":
    for line in collect(Path(sys.argv[1])):
        print(line)
