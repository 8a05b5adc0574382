"""Tests of facilitator.ui.workshop."""
