"""Start-up time: process start until the main window is on screen with the demo series listed.

The floor is a bare script that imports PySide6 and sqlalchemy.orm and shows an
empty QMainWindow. Both are timed the same way: from spawning the process to
the first paint of the window (for Facilitator: of the sidebar, which must
already list the series), read off the wall clock, median of N runs each.
The time until the start page (the next workshop) is filled in is printed
too, and whether reportlab, alembic or openpyxl were imported by then. Both
load their modules from bytecode, as an installed app does.

    python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Shared by both children: report the wall-clock time of the first paint.
PAINT_PROBE = r"""
import time
from PySide6.QtCore import QEvent, QObject


class FirstPaint(QObject):
    def __init__(self, check=lambda: True):
        super().__init__()
        self.at = None
        self.check = check

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and self.at is None:
            assert self.check(), "painted before the content was there"
            self.at = time.time()
        return False
"""

FLOOR = (
    PAINT_PROBE
    + r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy.orm  # noqa: F401

app = QApplication([])
window = QMainWindow()
probe = FirstPaint()
window.installEventFilter(probe)
window.show()


def report():
    while probe.at is None:
        app.processEvents()
    print("SHOWN", probe.at, probe.at, "-", flush=True)
    app.quit()


QTimer.singleShot(0, report)
app.exec()
"""
)

OURS = (
    PAINT_PROBE
    + r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import facilitator.ui.app as gui
import facilitator.ui.main_window as main_window

original_start = gui.Application.start
original_open = main_window.MainWindow.open_start_page
state = {}


def start(self, *args):
    window = original_start(self, *args)
    probe = FirstPaint(lambda: window.tree_model.rowCount() > 0)
    window.tree.viewport().installEventFilter(probe)
    state["probe"] = probe
    return window


def open_start_page(self):
    original_open(self)
    state["page"] = time.time()
    QTimer.singleShot(0, report)


def report():
    app = QApplication.instance()
    while state["probe"].at is None:
        app.processEvents()
    heavy = [m for m in ("reportlab", "alembic", "openpyxl") if m in sys.modules]
    print("SHOWN", state["probe"].at, state["page"], ",".join(heavy) or "-", flush=True)
    app.quit()


gui.Application.start = start
main_window.MainWindow.open_start_page = open_start_page
from facilitator.cli import main

sys.exit(main(["--database", sys.argv[1]]))
"""
)


def run_child(code: str, *args: str, env: dict) -> tuple[float, float, str]:
    """(seconds to first paint, seconds to start page, heavy modules) from spawning."""
    spawned = time.time()
    child = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    line = next((x for x in child.stdout.splitlines() if x.startswith("SHOWN")), None)
    if line is None:
        raise SystemExit(f"child failed: {child.stderr}")
    _, painted, page, heavy = line.split()
    return float(painted) - spawned, float(page) - spawned, heavy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, FACILITATOR_HOME=tmp, PYTHONPATH=str(ROOT))
        # As installed: modules load from bytecode (the warm-up runs below write it, into
        # a folder of this run's own), not compiled from source at every start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        database = str(Path(tmp) / "demo.db")
        subprocess.run(
            [sys.executable, "-m", "facilitator", "--database", database, "demo"],
            env=env,
            check=True,
            capture_output=True,
        )
        run_child(FLOOR, env=env)  # warm the file cache for both
        run_child(OURS, database, env=env)
        floor, painted, page, heavy = [], [], [], set()
        for _ in range(args.runs):
            floor.append(run_child(FLOOR, env=env)[0])
            p, q, h = run_child(OURS, database, env=env)
            painted.append(p)
            page.append(q)
            heavy.update(x for x in h.split(",") if x != "-")
    f, o, s = (statistics.median(v) * 1000 for v in (floor, painted, page))
    print(f"runs: {args.runs} each, platform {env['QT_QPA_PLATFORM']}")
    print(f"floor: PySide6 + sqlalchemy.orm + empty QMainWindow painted  median {f:6.0f} ms")
    print(f"facilitator: main window painted, demo series listed         median {o:6.0f} ms")
    print(f"ratio: {o / f:.2f} (target: at most 1.30)")
    print(f"facilitator: start page (next workshop) filled in            median {s:6.0f} ms")
    print(f"heavy modules imported by then: {', '.join(sorted(heavy)) or 'none'}")


if __name__ == "__main__":
    main()
