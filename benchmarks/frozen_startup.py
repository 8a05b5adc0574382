"""The frozen build against the source install, in the same run: process start until the
main window is painted, and the build's size.

    packaging/build-linux.sh            # makes dist/Facilitator
    python benchmarks/frozen_startup.py [--runs 7] [--build dist/Facilitator]

Both start the same way, ``--check-start`` on the same demo database (offscreen), which
prints the wall-clock moment of the main window's first paint and quits; the time is
measured from just before the process is spawned. Runs alternate between the two so a
busy moment of the machine falls on both. Prints the median and the spread of each, their
ratio (the target: the frozen build no slower than the source), the unpacked size of the
build folder (the goal: at most 250 MB) and of its archive.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_GOAL_MB = 250


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _shown_after(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    found = re.search(r"main window shown at (\d+\.\d+)", result.stdout)
    if result.returncode != 0 or found is None:
        raise SystemExit(f"{command[0]} did not start: {result.stdout}{result.stderr}")
    return float(found.group(1)) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", type=Path, default=ROOT / "dist" / "Facilitator")
    args = parser.parse_args()
    frozen = args.build / ("Facilitator.exe" if os.name == "nt" else "Facilitator")
    if not frozen.is_file():
        raise SystemExit(f"No build at {args.build}: run packaging/build-linux.sh first.")
    with tempfile.TemporaryDirectory(prefix="facilitator-frozen-bench-") as temp:
        home = Path(temp)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_STATE_HOME=str(home / "state"),
        )
        env.pop("FACILITATOR_DATABASE", None)
        database = str(home / "bench.db")
        subprocess.run(
            [sys.executable, "-m", "facilitator", "--database", database, "demo"],
            env=env,
            check=True,
            capture_output=True,
        )
        commands = {
            "source": [sys.executable, "-m", "facilitator", "--database", database],
            "frozen": [str(frozen), "--database", database],
        }
        for command in commands.values():  # once each to warm the disk cache
            _shown_after([*command, "--check-start"], env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(_shown_after([*command, "--check-start"], env))
    print(f"Start to the main window painted, {args.runs} runs each (offscreen, demo database):")
    for name, values in times.items():
        print(
            f"  {name:6}  median {statistics.median(values) * 1000:6.0f} ms"
            f"   min {min(values) * 1000:6.0f} ms   max {max(values) * 1000:6.0f} ms"
        )
    ratio = statistics.median(times["frozen"]) / statistics.median(times["source"])
    verdict = "no slower than" if ratio <= 1.0 else "SLOWER than"
    print(f"  frozen / source: {ratio:.2f} — the build is {verdict} the source install")
    size = _folder_size(args.build) / 1e6
    goal = "within" if size <= SIZE_GOAL_MB else "OVER"
    print(f"Unpacked size of {args.build}: {size:.0f} MB ({goal} the {SIZE_GOAL_MB} MB goal)")
    for archive in sorted(args.build.parent.glob("Facilitator-*.tar.gz")):
        print(f"Archive {archive.name}: {archive.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
