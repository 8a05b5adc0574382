"""Fixtures of this folder: a copy of the demo database per test (see demo_copies)."""

from tests.store.demo_copies import demo_copy, demo_template  # noqa: F401
