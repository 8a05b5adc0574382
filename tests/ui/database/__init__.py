"""Tests of facilitator.ui.database."""
