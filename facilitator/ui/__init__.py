"""The Qt interface: main window, pages, dialogs and item models (Qt only here)."""
