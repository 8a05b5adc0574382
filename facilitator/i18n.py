"""Translation for code without Qt (services, documents, command line).

Reads the same ``resources/translations/facilitator_<lang>.ts`` files that Qt's
translator uses for the interface, so one Turkish catalogue serves both.
``pyside6-lupdate`` extracts ``translate("Context", "text")`` calls from these
modules as it does ``tr()`` calls from the UI.

A count in a sentence takes Qt's numerus form, as the interface's does: write the
count as ``%n`` and pass it fourth, ``translate("Errors", "%n workshop(s)", None, n)``
(lupdate reads the third argument as Qt's disambiguation, so it stays ``None`` there).
English reads "1 workshop", "2 workshops"; Turkish has one form ("%n çalıştay").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from facilitator.assets import resource_path

LANGUAGES = ("tr", "en")
DEFAULT_LANGUAGE = "tr"
# The language of the current context: set once by the command line or the app
# for the main thread, scoped with ``using_language`` elsewhere. Work handed to
# a worker thread runs in a copy of its caller's context (``ui/kit/workers.py``),
# so it speaks the caller's language. Tests start each in English (conftest).
_language: ContextVar[str] = ContextVar("facilitator_language", default="en")


def _valid(language: str) -> str:
    return language if language in LANGUAGES else "en"


def set_language(language: str) -> None:
    """Set the language for the rest of the current context (program start)."""
    _language.set(_valid(language))


def current_language() -> str:
    return _language.get()


@contextmanager
def using_language(language: str) -> Iterator[str]:
    """Speak ``language`` inside the block only (an export in the document's language)."""
    token = _language.set(_valid(language))
    try:
        yield _language.get()
    finally:
        _language.reset(token)


@cache
def _catalog(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, source) → its translation, or the tuple of its numerus forms."""
    import xml.etree.ElementTree as ET  # read on the first text translated, not at start-up

    path = resource_path("translations", f"facilitator_{language}.ts")
    if not path.exists():
        return {}
    catalog: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if forms and all(forms):
                    catalog[(name, source)] = forms
            elif translation.text:
                catalog[(name, source)] = translation.text
    return catalog


def _form(forms: tuple[str, ...], n: int) -> str:
    """The numerus form for ``n``: one form (Turkish) serves every count; with two
    (English), the first is for exactly one."""
    return forms[0] if len(forms) == 1 or n == 1 else forms[1]


def translate(context: str, text: str, language: str | None = None, n: int | None = None) -> str:
    """The text in ``language``, else the current one (the source text when untranslated).

    With ``n``, ``text`` is a numerus source ("%n workshop(s)"): the form for ``n`` is
    chosen and ``%n`` replaced by ``n``. Without a catalogue form, the source is used.
    """
    lang = _valid(language) if language is not None else _language.get()
    if n is None:
        if lang == "en":
            return text
        found = _catalog(lang).get((context, text), text)
        return found if isinstance(found, str) else _form(found, 1)
    found = _catalog(lang).get((context, text))
    chosen = _form(found, n) if isinstance(found, tuple) else text
    return chosen.replace("%n", str(n))
