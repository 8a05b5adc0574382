"""Tests of facilitator.ui.settings."""
