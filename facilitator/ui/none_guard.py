"""Keeps Python's ``None`` alive under PySide6 releases that leak its references.

PySide6 6.12.0 on Python 3.11 gives back ``None`` from every C++ method that
returns nothing without taking a reference for it: each ``setText``,
``setRect`` or ``update`` call lowers ``None``'s reference count by one
(measured: 1,000 ``QLabel.setText`` calls, −1,000). A live screen ticking every
second, or a timeline of 2,000 bars zoomed a few times, brings the count to
zero within minutes, and the interpreter aborts with "none_dealloc". From
Python 3.12 ``None`` is immortal and this does nothing; before, ``None`` is given
references enough for any session — it is never freed in a running program anyway.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40


def keep_none_alive() -> None:
    """Give ``None`` a reference count no leak can exhaust (once; Python < 3.12 only)."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > _MARGIN:
        return
    ctypes.c_ssize_t.from_address(id(None)).value += _MARGIN
