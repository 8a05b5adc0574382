"""Python's garbage collector runs on the GUI thread only.

Left to itself, the cyclic collector runs in whichever thread happens to allocate
when a threshold is crossed: a worker rendering a PDF can then collect a dropped
dialog's Qt objects, and destroying a widget off the GUI thread crashes the process
(seen as a segmentation fault while a preview was being rendered). So automatic
collection is switched off and a timer on the GUI thread collects instead, a
generation at a time, as the thresholds would have asked (the way qutebrowser does it).
Reference counting still frees everything without cycles at once, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

INTERVAL_MS = 1000  # how often the thresholds are looked at


class GuiCollector(QObject):
    """Collects garbage from the GUI thread; installed once per application."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        parent.destroyed.connect(gc.enable)

    def check(self) -> int:
        """Collect the oldest generation whose count is over its threshold; returns the
        generation collected, or -1 when none was due."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return generation
        return -1


def collect_on_gui_thread(app: QObject) -> GuiCollector:
    """Switch automatic collection off and collect from ``app``'s thread instead (once:
    a second call returns the collector already installed)."""
    # Remembered here rather than looked up among the application's children: that
    # would make Python wrappers for each of them (its style: a dozen enumerations).
    installed = _installed.get("collector")
    if installed is not None and isValid(installed) and installed.parent() is app:
        return installed
    installed = _installed["collector"] = GuiCollector(app)
    return installed


_installed: dict[str, GuiCollector] = {}
