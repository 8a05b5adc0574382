"""The computer's time zone, set for a block of a test and put back after it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def local_zone(name: str) -> Iterator[None]:
    """The computer's time zone is ``name`` inside the block only: no later test inherits
    the zone a test chose."""
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("TZ", name)
            time.tzset()
            yield
    finally:
        time.tzset()
