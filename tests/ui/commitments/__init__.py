"""Tests of facilitator.ui.commitments."""
