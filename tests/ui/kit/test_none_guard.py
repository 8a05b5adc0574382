"""The app survives the PySide6 release that leaks references to ``None`` (see none_guard)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
import facilitator.ui  # what every window of the app imports first
app = QApplication([])
label = QLabel()
for n in range(50_000):  # about what a live screen does in a morning of ticking
    label.setText(str(n))
print(label.text())
# The booleans are guarded too (a long test run once ended in "bool_dealloc").
print(all(sys.getrefcount(x) > 1 << 39 for x in (None, True, False)) or sys.version_info >= (3, 12))
"""


def test_fifty_thousand_qt_calls_do_not_abort_the_interpreter():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["49999", "True"]
