"""Tests of facilitator.ui.ui."""
