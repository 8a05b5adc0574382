"""Exchanging workshops as .facilitator bundles."""
