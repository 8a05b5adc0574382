"""Commitments: the workshop's tab, the series' roadmap and contribution matrix."""
