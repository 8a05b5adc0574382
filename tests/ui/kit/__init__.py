"""Tests of facilitator.ui.kit."""
