"""Tests of facilitator.ui.series."""
