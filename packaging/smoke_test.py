"""Smoke test of a built Facilitator folder (dist/Facilitator), on any platform.

    python packaging/smoke_test.py dist/Facilitator [--app dist/Facilitator.app]

Runs the frozen programs as a user would, with a fresh home and data folder and no Python
of ours on the path: ``--version``; ``demo`` (which creates the database through the
migrations inside); ``export minutes`` as a PDF, every font of which must be embedded;
the minutes as a Word document; the main window opened offscreen and painted
(``--check-start``). It also checks that the translations, fonts, icons, the room's page,
the manual and the migrations are inside. Prints one line per check; exits 1 at the first
failure, naming it. Needs only the standard library (pdffonts is used when present).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

WORKSHOP = "5"  # the demo's fifth workshop: notes, decisions and commitments to print


class SmokeError(Exception):
    pass


def _program(folder: Path, name: str) -> Path:
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise SmokeError(f"{name} is not in {folder}")


def _environment(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "FACILITATOR_"))
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        QT_QPA_PLATFORM="offscreen",
        # No virtual environment of ours on the path: the build must need no Python.
        PATH=os.pathsep.join(
            part
            for part in os.environ.get("PATH", "").split(os.pathsep)
            if part and not (Path(part).parent / "pyvenv.cfg").exists()
        ),
    )
    return env


def _run(command: list[str], env: dict[str, str], what: str, timeout: int = 180) -> str:
    started = time.monotonic()
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )
    took = time.monotonic() - started
    if result.returncode != 0:
        raise SmokeError(
            f"{what}: exit status {result.returncode}\n{result.stdout}\n{result.stderr}"
        )
    print(f"ok  {what} ({took:.1f} s)")
    return result.stdout


def _fonts_embedded(pdf: Path) -> None:
    data = pdf.read_bytes()
    fonts = re.findall(rb"/BaseFont\s*/([^\s/<>\[\]()]+)", data)
    if not fonts:
        raise SmokeError(f"{pdf.name} names no font")
    embedded = len(re.findall(rb"/FontFile[23]?\b", data))
    if embedded < len(set(fonts)):
        names = ", ".join(sorted({f.decode() for f in fonts}))
        raise SmokeError(f"{pdf.name}: {embedded} embedded font files for the fonts {names}")
    if shutil.which("pdffonts"):
        listing = subprocess.run(
            ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        bare = [line for line in listing if line.split()[-5] != "yes"]
        if bare:
            raise SmokeError(f"{pdf.name}: fonts not embedded:\n" + "\n".join(bare))
    names = ", ".join(sorted({f.decode() for f in fonts}))
    print(f"ok  every font of {pdf.name} is embedded ({names})")


def _inside(folder: Path) -> None:
    internal = next(
        (p for p in (folder / "_internal", folder) if (p / "facilitator").is_dir()), None
    )
    if internal is None:
        raise SmokeError(f"no facilitator/ folder of resources inside {folder}")
    resources = internal / "facilitator" / "resources"
    needed = {
        "translations": resources / "translations" / "facilitator_tr.qm",
        "fonts": resources / "fonts" / "DejaVuSans.ttf",
        "font licence": resources / "fonts" / "LICENSE-DejaVu.txt",
        "icons": resources / "icons" / "facilitator-256.png",
        "room page": resources / "room" / "index.html",
        "manual (tr)": resources / "help" / "tr" / "index.md",
        "manual (en)": resources / "help" / "en" / "index.md",
        "migrations": internal / "facilitator" / "store" / "migrations" / "env.py",
    }
    needed["licences of the components"] = folder / "licences" / "README.txt"
    missing = [f"{what} ({path})" for what, path in needed.items() if not path.is_file()]
    if not list((internal / "qtawesome" / "fonts").glob("phosphor-*.ttf")):
        missing.append("the icon font (qtawesome/fonts/phosphor-*.ttf)")
    if missing:
        raise SmokeError("missing inside the build: " + "; ".join(missing))
    print("ok  translations, fonts, icons, room page, manual, migrations and licences inside")


def smoke(folder: Path, app: Path | None = None) -> None:
    folder = folder.resolve()
    _inside(folder)
    cli = _program(folder, "facilitator-cli")
    gui = _program(app / "Contents" / "MacOS" if app else folder, "Facilitator")
    with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as temp:
        home = Path(temp)
        env = _environment(home)
        database = home / "smoke.db"
        version = _run([str(cli), "--version"], env, "--version").strip()
        if not re.fullmatch(r"facilitator \d+\.\d+\.\d+\S*", version):
            raise SmokeError(f"--version printed {version!r}")
        base = [str(cli), "--database", str(database)]
        _run([*base, "demo"], env, "demo (the database made by the migrations inside)")
        minutes = home / "tutanak.pdf"
        export = [*base, "export", "minutes", WORKSHOP, "-o"]
        _run([*export, str(minutes)], env, "export minutes (PDF)")
        _fonts_embedded(minutes)
        word = home / "tutanak.docx"
        _run([*export, str(word)], env, "export minutes (Word)")
        with zipfile.ZipFile(word) as package:
            body = package.read("word/document.xml").decode("utf-8")
        if "TUTANA" not in body.upper():
            raise SmokeError("the Word minutes do not say 'Tutanak'")
        print("ok  the Word minutes open as a Word package and are in Turkish")
        # The window, started by both programs. The windowed one has no standard output
        # on Windows (nor in a macOS .app started by the system): its exit status says it
        # opened; the command-line one also prints when the window was painted.
        check = ["--database", str(database), "--check-start"]
        _run([str(gui), *check], env, "main window opened offscreen by the window program")
        shown = _run([str(cli), *check], env, "main window opened offscreen by the command line")
        if "main window shown at" not in shown:
            raise SmokeError(f"--check-start printed {shown!r}")
    print(f"smoke test passed: {version}, {folder}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the built folder, e.g. dist/Facilitator")
    parser.add_argument(
        "--app", type=Path, help="macOS: the .app bundle, e.g. dist/Facilitator.app"
    )
    args = parser.parse_args()
    try:
        smoke(args.folder, args.app)
    except (SmokeError, subprocess.TimeoutExpired) as failure:
        print(f"FAILED  {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
