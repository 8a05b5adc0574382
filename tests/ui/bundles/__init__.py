"""Tests of facilitator.ui.bundles."""
