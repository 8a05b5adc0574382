"""A demo database file for each test, copied from one made once per test process.

``demo_database`` loads the demo (about a second, more on a busy machine); tests that
only need *a* demo file, not a freshly loaded one, take a copy instead. Used from the
``conftest.py`` of tests/cli and tests/store.
"""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import demo_database


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo database, made once; never opened by a test (copy it with ``demo_copy``)."""
    return demo_database(tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture
def demo_copy(demo_template) -> Callable[[Path], Path]:
    """``demo_copy(path)`` puts a copy of the demo database at ``path`` and returns it."""

    def copy(path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(demo_template, path)
        return path

    return copy
