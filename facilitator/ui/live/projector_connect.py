"""The projector's "how to connect" screen: a QR code the phones scan, and what to do when
they cannot reach the laptop.

The code holds the laptop's numeric address (a ``.local`` name fails on Android) with
the room code, so a scan opens the room with its idea box; badge holders scan their
own badge to vote. Guest networks often keep devices apart: then only the laptop's
own hotspot works, and the screen says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator.ui.kit.qr_code import QrCodeView
from facilitator.ui.live.room_control import RoomAddress

TEXT_WIDTH = 460


class ProjectorConnect(QWidget):
    """Large enough to be read and scanned from the back of the room."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.code = QrCodeView()
        self.heading = QLabel(self.tr("Join on your phone"))
        self.heading.setObjectName("projectorItem")
        self.steps = QLabel("")
        self.steps.setObjectName("projectorNext")
        self.steps.setTextFormat(Qt.PlainText)
        self.steps.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Nothing opens? On a guest network that keeps devices apart, connect to "
                "this laptop's own hotspot instead. No internet is needed."
            )
        )
        self.hint.setObjectName("projectorTitle")
        self.hint.setWordWrap(True)
        # Wide enough that the wrapped lines stay few (a narrow column of wrapped text would
        # ask for more height than a laptop's screen has).
        for label in (self.steps, self.hint):
            label.setMinimumWidth(TEXT_WIDTH)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.steps)
        text.addStretch(1)
        text.addWidget(self.hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(40)
        layout.addWidget(self.code, 2)
        layout.addLayout(text, 3)

    def show_address(self, address: RoomAddress) -> None:
        self.code.set_text(address.join_url)
        lines = []
        if address.network:
            lines.append(self.tr("1. Wi-Fi: %1").replace("%1", address.network))
        else:
            lines.append(self.tr("1. Join this laptop's Wi-Fi network"))
        lines.append(self.tr("2. Scan the code, or open this address:"))
        lines.append(address.url)
        lines.append(self.tr("Room code: %1").replace("%1", address.code))
        lines.append(self.tr("To vote, scan the code on your own badge."))
        self.steps.setText("\n".join(lines))
