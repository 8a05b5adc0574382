"""Driving a modal dialog that runs its own event loop (``exec()``), as a user would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal_opens(qtbot, kind: type, fill) -> dict:
    """Run ``fill(dialog)`` once a modal dialog of ``kind`` is open and active; the dialog
    never stays open, whatever ``fill`` does. Returns ``{"form": dialog}``, with ``"error"``
    when ``fill`` raised (re-raise it with :func:`raise_from`)."""
    seen: dict = {}

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(0, step)
            return
        seen["form"] = dialog
        try:
            dialog.activateWindow()  # as a window manager does with a new dialog
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            fill(dialog)
        except BaseException as exc:  # told after the dialog is closed
            seen["error"] = exc
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, step)
    return seen


def raise_from(seen: dict) -> None:
    """Fail the test with what went wrong inside the dialog, if anything did."""
    assert "form" in seen, "the dialog did not open"
    if "error" in seen:
        raise seen["error"]
