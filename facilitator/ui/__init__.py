"""The Qt interface: main window, pages, dialogs and item models (Qt only here)."""

from facilitator.ui.kit.none_guard import keep_none_alive

keep_none_alive()  # before any Qt call: see none_guard
