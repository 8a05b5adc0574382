"""Tests of facilitator.ui.live."""
