"""The live screen's style sheet: large type for a laptop across the table, and colours
readable on the light palette and on a dark one (all from ``kit/colours.py``).

The status line is plain text unless a message says otherwise: its ``tone`` property
"error" shows it in the error colour, "success" in the success colour (never red).
"""

from __future__ import annotations

from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Fill, Tone

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
QLabel#noteKind { font-size: 14pt; font-weight: bold; %(chip)s
                  padding: 4px 8px; border-radius: 4px; }
QLabel#noteMode { color: %(mode)s; font-weight: bold; }
QLabel#liveStatus { font-size: 13pt; font-weight: bold; }
QLabel#liveStatus[tone="error"] { color: %(status)s; }
QLabel#liveStatus[tone="success"] { color: %(success)s; }
QLabel#keyHints { color: %(hints)s; font-size: 10pt; }
QLabel#rehearsalBanner { %(banner)s font-size: 14pt; font-weight: bold;
                         padding: 4px 10px; }
QLabel#summaryTitle { font-size: 18pt; font-weight: bold; }
QLabel#summaryKeys { font-size: 13pt; font-weight: bold; color: %(accent)s; }
QFrame#keysPanel { %(panel)s }
QFrame#keysPanel QLabel { color: %(panel_text)s; }
QLabel#keyName { font-weight: bold; }
QListView { font-size: 13pt; }
"""

# What each colour of the screen says (kit/colours.py holds the colours themselves).
_TONES = {
    "muted": Tone.HEADING,  # the panels' headings
    "mode": Tone.WARNING,  # the note field's mode (a reply, an edit)
    "status": Tone.ERROR,  # a refusal in the status line
    "success": Tone.SUCCESS,  # done, in the status line
    "hints": Tone.MUTED,  # key hints, the zone notice
    "accent": Tone.ACCENT,  # the summary's keys
}


def _colours(dark: bool) -> dict[str, str]:
    chosen = {name: colours.css(tone, dark) for name, tone in _TONES.items()}
    chosen["chip"] = colours.fill_css(Fill.CHIP, dark)
    chosen["banner"] = colours.fill_css(Fill.BANNER_NOTICE, dark)
    chosen["panel"] = colours.fill_css(Fill.PANEL, dark)
    chosen["panel_text"] = colours.fill(Fill.PANEL, dark)[1].name()
    return chosen


# The screen's own colours, readable on the light palette and on a dark one (at least
# 4.5:1 against the window either way).
_COLOURS = {False: _colours(False), True: _colours(True)}


def live_style(dark: bool) -> str:
    return _STYLE % _COLOURS[dark]
