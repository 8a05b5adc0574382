"""The live screen's style sheet: large type for a laptop across the table, and colours
readable on the light palette and on a dark one."""

from __future__ import annotations

_STYLE = """
LiveWindow { font-size: 12pt; }
QLabel#currentItem { font-size: 26pt; font-weight: bold; }
QLabel#itemClock { font-size: 40pt; font-weight: bold; }
QLabel#nextItem { font-size: 14pt; }
QLabel#sessionClock { font-size: 14pt; font-weight: bold; }
QLabel#zoneNotice { font-size: 10pt; color: %(hints)s; }
QLabel#panelTitle { font-size: 13pt; font-weight: bold; color: %(muted)s; }
QLabel#speaker { font-size: 17pt; font-weight: bold; }
QLabel#turnClock { font-size: 26pt; font-weight: bold; }
QLineEdit#noteField { font-size: 16pt; padding: 4px; }
QLabel#noteKind { font-size: 14pt; font-weight: bold; color: white; background: #3d5a80;
                  padding: 4px 8px; border-radius: 4px; }
QLabel#noteMode { color: %(mode)s; font-weight: bold; }
QLabel#liveStatus { font-size: 13pt; font-weight: bold; color: %(status)s; }
QLabel#keyHints { color: %(hints)s; font-size: 10pt; }
QLabel#rehearsalBanner { color: #101114; background: #f2c230; font-size: 14pt; font-weight: bold;
                         padding: 4px 10px; }
QLabel#summaryTitle { font-size: 18pt; font-weight: bold; }
QLabel#summaryKeys { font-size: 13pt; font-weight: bold; color: %(accent)s; }
QFrame#keysPanel { background: %(panel)s; }
QLabel#keyName { font-weight: bold; }
QListView { font-size: 13pt; }
"""

# The screen's own colours, readable on the light palette and on a dark one (at least
# 4.5:1 against the window either way).
_COLOURS = {
    False: {
        "muted": "#4a5260",
        "mode": "#944c00",
        "status": "#8a1c1c",
        "hints": "#5c6370",
        "accent": "#3d5a80",
        "panel": "#f4f6f9",
    },
    True: {
        "muted": "#b4bccb",
        "mode": "#ffb066",
        "status": "#ff9a8f",
        "hints": "#a9b1bd",
        "accent": "#9cc0ee",
        "panel": "#2b2f36",
    },
}


def live_style(dark: bool) -> str:
    return _STYLE % _COLOURS[dark]
