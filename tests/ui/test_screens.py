"""Every page, tab and dialog fits a laptop screen, in Turkish and English, light and dark.

Each case walks the whole app (``screen_walk.py``) in a process of its own, on an
offscreen screen of the laptop's size (Qt fixes the screen when it starts): 1366×768
in both languages and both palettes, 1280×800, and a 1920×1080 screen at 150 %
(1280×720 in Qt's logical pixels). A case fails when a visible non-wrapping label,
button, check box, tab or column header has text wider than its widget, when a short
value (a number, an amount, a date) is cut in a table, when a table's columns run
past its edge, when text is fainter than 4.5:1 on its background, or when a window or
dialog is larger than the screen (``screen_checks.py`` says how each is measured).

Pictures of every screen, and the list of what is wrong, go to ``screenshots/<case>/``
(ignored by git) for a person to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WALK = Path(__file__).with_name("screen_walk.py")
SHOTS = ROOT / "screenshots"

CASES = {
    "1366x768-tr-light": {"width": 1366, "height": 768, "language": "tr", "palette": "light"},
    "1366x768-tr-dark": {"width": 1366, "height": 768, "language": "tr", "palette": "dark"},
    "1366x768-en-light": {"width": 1366, "height": 768, "language": "en", "palette": "light"},
    "1366x768-en-dark": {"width": 1366, "height": 768, "language": "en", "palette": "dark"},
    "1280x800-tr-light": {"width": 1280, "height": 800, "language": "tr", "palette": "light"},
    "1920x1080-150pc-tr-light": {
        "width": 1920,
        "height": 1080,
        "scale": 1.5,
        "language": "tr",
        "palette": "light",
    },
}


def _tail(text: str, lines: int = 80) -> str:
    return "\n".join(text.splitlines()[-lines:])


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_every_screen_fits_and_reads_well(case):
    setup = {"scale": 1, **CASES[case], "out": str(SHOTS / case)}
    env = dict(os.environ)
    env["FACILITATOR_SCREEN_WALK"] = json.dumps(setup)
    env.pop("QT_SCALE_FACTOR", None)
    for old in (SHOTS / case).glob("*"):
        old.unlink()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(WALK)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )
    (SHOTS / case / "walk-log.txt").write_text(result.stdout + result.stderr, encoding="utf-8")
    problems = sorted((SHOTS / case).glob("problems-*.txt"))
    listed = "".join(p.read_text(encoding="utf-8") for p in problems).strip()
    assert result.returncode == 0, (
        f"{case}: what a person would see wrong (pictures in {SHOTS / case}):\n"
        f"{listed}\n\n{_tail(result.stdout + result.stderr, 30)}"
    )
    assert len(list((SHOTS / case).glob("*.png"))) > 40, "the walk photographed every screen"
