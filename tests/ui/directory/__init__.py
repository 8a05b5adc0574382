"""Tests of facilitator.ui.directory."""
