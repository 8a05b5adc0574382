"""The live session: the moderator's screen and the projector window (PRODUCT.md)."""

from facilitator.ui.live.live_window import LiveWindow
from facilitator.ui.live.projector_window import ProjectorWindow

__all__ = ["LiveWindow", "ProjectorWindow"]
