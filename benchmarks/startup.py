"""Start-up time: process start until the main window is on screen with the demo series listed.

The floor is a bare script that imports PySide6 and sqlalchemy.orm and shows an
empty QMainWindow. Both are timed the same way: from spawning the process to
the first paint of the window (for Facilitator: of the sidebar, which must
already list the series), read off the wall clock, median of N runs each.
The time until the start page (the next workshop) is filled in is printed
too, and whether reportlab, alembic or openpyxl were imported (or the ORM
mapped) by then. Both load their modules from bytecode, as an installed app
does. Facilitator is started through its entry point, ``facilitator.cli.main``,
which keeps the garbage collector off until the start page is shown; for
scale, the floor is also timed started that way.

    python benchmarks/startup.py [--runs 7] [--against CHECKOUT]

The figures vary by a tenth from one run to the next on a shared machine. To compare
two versions, give another checkout (``git worktree add /tmp/before COMMIT``) with
``--against``: its start is timed in the same runs, taking turns with this one.
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

# Shared by both children: report the wall-clock time of the first paint. Qt is imported
# when the probe is made, so the child for Facilitator imports nothing before its entry does.
PAINT_PROBE = r"""
import time


def first_paint_probe(check=lambda: True):
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def __init__(self):
            super().__init__()
            self.at = None

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint and self.at is None:
                assert check(), "painted before the content was there"
                self.at = time.time()
            return False

    return FirstPaint()
"""

FLOOR = (
    PAINT_PROBE
    + r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy.orm  # noqa: F401

app = QApplication([])
window = QMainWindow()
probe = first_paint_probe()
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

FLOOR_WITHOUT_COLLECTOR = "import gc\ngc.disable()\n" + FLOOR

# Facilitator as its entry point runs it (``facilitator.cli.main``): the probes are put in
# when the GUI module is first imported (an import hook), not by importing it beforehand.
OURS = (
    PAINT_PROBE
    + r"""
import importlib.abc
import importlib.util
import sys

state = {}


def instrument(gui):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import facilitator.ui.main_window as main_window

    original_start = gui.Application.start
    original_open = main_window.MainWindow.open_start_page

    def start(self, *args):
        window = original_start(self, *args)
        probe = first_paint_probe(lambda: window.tree_model.rowCount() > 0)
        window.tree.viewport().installEventFilter(probe)
        state["probe"] = probe
        return window

    def open_start_page(self):
        original_open(self)
        state["page"] = time.time()
        heavy = [m for m in ("reportlab", "alembic", "openpyxl") if m in sys.modules]
        if "facilitator.models.workshops" in sys.modules:
            heavy.append("the-ORM-mapping")
        state["heavy"] = ",".join(heavy) or "-"
        QTimer.singleShot(0, report)

    def report():
        app = QApplication.instance()
        while state["probe"].at is None:
            app.processEvents()
        print("SHOWN", state["probe"].at, state["page"], state["heavy"], flush=True)
        app.quit()

    gui.Application.start = start
    main_window.MainWindow.open_start_page = open_start_page


class Instrument(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "facilitator.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            instrument(module)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, Instrument())
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
        cwd=env["PYTHONPATH"],  # the checkout timed: first on the path
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
    parser.add_argument(
        "--against", type=Path, help="another checkout, timed in turns with this one"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:

        def environment(checkout: Path, name: str) -> dict:
            env = dict(os.environ, FACILITATOR_HOME=tmp, PYTHONPATH=str(checkout))
            # As installed: modules load from bytecode (the warm-up runs below write it,
            # into a folder of this run's own), not compiled from source at every start.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / f"pycache-{name}")
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            return env

        env = environment(ROOT, "this")
        other = environment(args.against.resolve(), "other") if args.against else None
        # Each checkout times its own demo database, made by its own code (their schemas
        # may differ).
        checkouts = [env, other] if other else [env]
        databases = []
        for number, each in enumerate(checkouts):
            databases.append(str(Path(tmp) / f"demo-{number}.db"))
            subprocess.run(
                [sys.executable, "-m", "facilitator", "--database", databases[-1], "demo"],
                env=each,
                cwd=each["PYTHONPATH"],
                check=True,
                capture_output=True,
            )
        run_child(FLOOR, env=env)  # warm the file cache for both
        for each, database in zip(checkouts, databases, strict=True):
            run_child(OURS, database, env=each)
        floor, bare, painted, page, heavy = [], [], [], [], set()
        theirs: tuple[list, list] = ([], [])
        for run in range(args.runs):
            floor.append(run_child(FLOOR, env=env)[0])
            bare.append(run_child(FLOOR_WITHOUT_COLLECTOR, env=env)[0])
            turns = list(zip(checkouts, databases, strict=True))
            for each, database in turns if run % 2 == 0 else reversed(turns):
                p, q, h = run_child(OURS, database, env=each)
                if each is env:
                    painted.append(p)
                    page.append(q)
                    heavy.update(x for x in h.split(",") if x != "-")
                else:
                    theirs[0].append(p)
                    theirs[1].append(q)
    f, b, o, s = (statistics.median(v) * 1000 for v in (floor, bare, painted, page))
    print(f"runs: {args.runs} each, platform {env['QT_QPA_PLATFORM']}")
    print(f"floor: PySide6 + sqlalchemy.orm + empty QMainWindow painted  median {f:6.0f} ms")
    print(f"facilitator: main window painted, demo series listed         median {o:6.0f} ms")
    print(f"ratio: {o / f:.2f} (target: at most 1.30)")
    print(f"facilitator: start page (next workshop) filled in            median {s:6.0f} ms")
    print(f"ratio: {s / f:.2f} (target: at most 1.50)")
    # Facilitator starts with the garbage collector off (facilitator.cli); part of what it
    # gains is on the imports the floor shares. The floor started the same way, for scale:
    print(f"floor, started with the garbage collector off as Facilitator is  median {b:6.0f} ms")
    print(f"ratios to that floor: painted {o / b:.2f}, start page {s / b:.2f}")
    print(f"heavy modules imported by then: {', '.join(sorted(heavy)) or 'none'}")
    if other:
        o2, s2 = (statistics.median(v) * 1000 for v in theirs)
        print(
            f"{args.against}: painted median {o2:6.0f} ms (ratio {o2 / f:.2f}), "
            f"start page {s2:6.0f} ms (ratio {s2 / f:.2f})"
        )


if __name__ == "__main__":
    main()
