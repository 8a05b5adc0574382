"""Tests of facilitator.ui.roadmap."""
