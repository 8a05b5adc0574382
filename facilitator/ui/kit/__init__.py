"""The small parts every screen is built from.

The change broadcast, edits as operations, undo, workers, row models,
dialogs and labels.
"""
