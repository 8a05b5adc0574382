"""Tests of facilitator.ui.documents."""
