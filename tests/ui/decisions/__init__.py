"""Tests of facilitator.ui.decisions."""
