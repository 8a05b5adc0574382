"""Translation for code without Qt (services, documents, command line).

Reads the same ``resources/translations/facilitator_<lang>.ts`` files that Qt's
translator uses for the interface, so one Turkish catalogue serves both.
``pyside6-lupdate`` extracts ``translate("Context", "text")`` calls from these
modules as it does ``tr()`` calls from the UI.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from facilitator.assets import resource_path

LANGUAGES = ("tr", "en")
DEFAULT_LANGUAGE = "tr"
_state = {"language": "en"}


def set_language(language: str) -> None:
    _state["language"] = language if language in LANGUAGES else "en"


@cache
def _catalog(language: str) -> dict[tuple[str, str], str]:
    path = resource_path("translations", f"facilitator_{language}.ts")
    if not path.exists():
        return {}
    catalog: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            catalog[(name, source)] = translation.text
    return catalog


def translate(context: str, text: str) -> str:
    """The text in the current language (the source text when there is no translation)."""
    lang = _state["language"]
    if lang == "en":
        return text
    return _catalog(lang).get((context, text), text)
