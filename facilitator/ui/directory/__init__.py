"""The shared directory of people and organizations, merging, personal data."""
