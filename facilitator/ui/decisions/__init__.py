"""Proposals, rounds and outcomes; the decision register of a series."""
