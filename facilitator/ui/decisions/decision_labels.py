"""What the screens call methods, voices, outcomes and positions, their keys and colours.

One place for the words and keys of consensus rounds, shared by the
decisions tab, the live screen's proposal panel and the register. The words
of methods, voices, outcomes and positions are the documents' own
(``documents/labels.py``) in the interface's language, so the live grid and
the minutes say the same ("2 Küçük bir çekinceyle destek"). Position
keys: digits for the numeric scales (gradients 1–8, fist-to-five 0–5); a
letter per value for the others, translated with the words (a Turkish
moderator types E/H/Ç for evet/hayır/çekimser). The position number (1, 2, 3)
always works too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from facilitator.models import DecisionMethod, Outcome, Threshold, Voice
from facilitator.services import consensus
from facilitator.text import name_key
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Fill, Tone
from facilitator.ui.kit.labels import document_word, interface_labels


def method_label(method: DecisionMethod | str) -> str:
    return document_word("method", DecisionMethod(method))


def voice_label(voice: Voice | str) -> str:
    return document_word("voice", Voice(voice))


def outcome_label(outcome: Outcome | str | None) -> str:
    if outcome is None:
        return QCoreApplication.translate("DecisionLabels", "Open")
    return document_word("outcome", Outcome(outcome))


def threshold_label(threshold: Threshold | str | None) -> str:
    if threshold is None:
        return ""
    return {
        Threshold.SIMPLE: QCoreApplication.translate("DecisionLabels", "Simple majority"),
        Threshold.TWO_THIRDS: QCoreApplication.translate("DecisionLabels", "Two thirds"),
    }[Threshold(threshold)]


def value_label(method: DecisionMethod | str, value: str) -> str:
    """The words of one position, e.g. "8 Veto" or "Stand aside" (a digit scale's words
    after their digit)."""
    return interface_labels().position(DecisionMethod(method), value)


def short_value_label(method: DecisionMethod | str, value: str) -> str:
    """A position as a narrow cell shows it: the digit, or the words."""
    return value if value.isdigit() else value_label(method, value)


def _letters(method: DecisionMethod) -> list[str]:
    # One translated line per letter scale, its last words the keys in scale order.
    line = {
        DecisionMethod.CONSENT: QCoreApplication.translate(
            "DecisionLabels", "Keys for no objection, objection, stand aside: N O S"
        ),
        DecisionMethod.MAJORITY: QCoreApplication.translate(
            "DecisionLabels", "Keys for yes, no, abstain: Y N A"
        ),
        DecisionMethod.COUNTS: QCoreApplication.translate(
            "DecisionLabels", "Keys for green, yellow, red cards: G Y R"
        ),
    }[method]
    count = len(consensus.scale(method))
    letters = line.split()[-count:]
    if len({name_key(x) for x in letters}) != count:  # a bad translation must not break keys
        letters = [v[0].upper() for v in consensus.scale(method)]
    return letters


def value_key(method: DecisionMethod | str, value: str) -> str:
    """The key that records a position: its digit, or its (translated) letter."""
    if value.isdigit():
        return value
    method = DecisionMethod(method)
    return _letters(method)[consensus.scale(method).index(value)]


def value_for_key(method: DecisionMethod | str, text: str) -> str | None:
    """The position a typed key records, or None. Case, dotted/dotless i and ç/c do not matter;
    for letter scales the position number (1, 2, 3) works too."""
    if not text:
        return None
    values = consensus.scale(method)
    if text in values:
        return text
    if not values[0].isdigit():
        if text.isdigit() and 1 <= int(text) <= len(values):
            return values[int(text) - 1]
        typed = name_key(text)
        for value in values:
            if name_key(value_key(method, value)) == typed:
                return value
    return None


def keys_help(method: DecisionMethod | str) -> str:
    """A line telling which key records which position."""
    values = consensus.scale(method)
    if values[0].isdigit():
        return (
            QCoreApplication.translate("DecisionLabels", "Keys: %1–%2 (%3 … %4) · Backspace clears")
            .replace("%1", values[0])
            .replace("%2", values[-1])
            .replace("%3", value_label(method, values[0]))
            .replace("%4", value_label(method, values[-1]))
        )
    parts = [f"{value_key(method, v)} {value_label(method, v)}" for v in values]
    return (
        " · ".join(parts) + " · " + QCoreApplication.translate("DecisionLabels", "Backspace clears")
    )


def keys_legend(method: DecisionMethod | str) -> str:
    """Every key with its position, one a line (the key line's tooltip)."""
    return "\n".join(
        value_label(method, v)
        if v.isdigit()
        else f"{value_key(method, v)} {value_label(method, v)}"
        for v in consensus.scale(method)
    )


_FULL, _SUPPORT, _WEAK = (
    Fill.POSITION_FULL_SUPPORT,
    Fill.POSITION_SUPPORT,
    Fill.POSITION_WEAK_SUPPORT,
)
_NEUTRAL, _RESERVATION = Fill.POSITION_NEUTRAL, Fill.POSITION_RESERVATION
_CONCERN, _OBJECTION, _BLOCK = Fill.POSITION_CONCERN, Fill.POSITION_OBJECTION, Fill.POSITION_BLOCK

# The fill of each position of a scale, in scale order (kit/colours.py holds the colours).
_POSITION_FILLS = {
    DecisionMethod.GRADIENTS: (
        _FULL,
        _SUPPORT,
        _WEAK,
        _NEUTRAL,
        _RESERVATION,
        _CONCERN,
        _OBJECTION,
        _BLOCK,
    ),
    DecisionMethod.FIST_TO_FIVE: (_BLOCK, _OBJECTION, _CONCERN, _RESERVATION, _WEAK, _FULL),
    DecisionMethod.CONSENT: (_FULL, _BLOCK, _NEUTRAL),
    DecisionMethod.MAJORITY: (_FULL, _BLOCK, _NEUTRAL),
    DecisionMethod.COUNTS: (_FULL, _RESERVATION, _BLOCK),
}


def value_fill(method: DecisionMethod | str, value: str) -> Fill:
    """The fill a position is shown in (its background and the text colour on it)."""
    method = DecisionMethod(method)
    return _POSITION_FILLS[method][consensus.scale(method).index(value)]


def outcome_tone(outcome: Outcome | None) -> Tone:
    """Agreed (with or without reservations) in the success colour, not agreed in the error
    colour, anything else (open, withdrawn, deferred) quiet."""
    if outcome in (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS):
        return Tone.SUCCESS
    if outcome is Outcome.NOT_AGREED:
        return Tone.ERROR
    return Tone.MUTED


def outcome_color(outcome: Outcome | None, palette: colours.Palette = None) -> QColor:
    """The text colour of ``outcome`` for ``palette`` (the application's by default)."""
    return colours.colour(outcome_tone(outcome), palette)
