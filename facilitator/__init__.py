"""Facilitator: run multi-stakeholder workshops offline, from agenda to minutes."""

__version__ = "0.1.0"
APP_NAME = "Facilitator"
