"""Keeps Python's ``None``, ``True`` and ``False`` alive under PySide6 releases that leak
their references.

PySide6 6.12.0 on Python 3.11 gives back ``None`` from every C++ method that
returns nothing without taking a reference for it: each ``setText``,
``setRect`` or ``update`` call lowers ``None``'s reference count by one
(measured: 1,000 ``QLabel.setText`` calls, −1,000). A live screen ticking every
second, or a timeline of 2,000 bars zoomed a few times, brings the count to
zero within minutes, and the interpreter aborts with "none_dealloc". The
booleans are hit the same way somewhere in the bindings (a long test run ended
in "bool_dealloc"). From Python 3.12 these objects are immortal and this does
nothing; before, they are given references enough for any session — they are
never freed in a running program anyway.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40


def keep_none_alive() -> None:
    """Give ``None``, ``True`` and ``False`` reference counts no leak can exhaust (once;
    Python < 3.12 only)."""
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < _MARGIN:
            ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
