"""Views that read again after a change only when they are in sight.

The series page keeps several heavy views in tabs; a change announced while a
view is hidden only marks it stale, and it reads again when it is shown.
"""

from __future__ import annotations


class ReloadWhenShown:
    """Mix into a QWidget that has ``reload()``: list it before the Qt class."""

    _stale = False

    def reload_or_mark_stale(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
