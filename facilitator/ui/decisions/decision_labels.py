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


_PALETTES = {
    DecisionMethod.GRADIENTS: (
        "#1b7f3b",
        "#4c9f4f",
        "#8cbf5a",
        "#a0a4ab",
        "#e0b020",
        "#e88a2a",
        "#d4542a",
        "#9c1c1c",
    ),
    DecisionMethod.FIST_TO_FIVE: ("#9c1c1c", "#d4542a", "#e88a2a", "#e0b020", "#8cbf5a", "#1b7f3b"),
    DecisionMethod.CONSENT: ("#1b7f3b", "#b3261e", "#a0a4ab"),
    DecisionMethod.MAJORITY: ("#1b7f3b", "#b3261e", "#a0a4ab"),
    DecisionMethod.COUNTS: ("#1b7f3b", "#e0b020", "#b3261e"),
}


def value_color(method: DecisionMethod | str, value: str) -> QColor:
    method = DecisionMethod(method)
    return QColor(_PALETTES[method][consensus.scale(method).index(value)])


def outcome_color(outcome: Outcome | None) -> QColor:
    if outcome in (Outcome.AGREED, Outcome.AGREED_WITH_RESERVATIONS):
        return QColor("#1b7f3b")
    if outcome is Outcome.NOT_AGREED:
        return QColor("#b3261e")
    return QColor("#5c6370")
