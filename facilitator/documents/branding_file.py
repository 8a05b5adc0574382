"""Reading the documents' branding from the settings file without Qt, for the command line.

The app keeps the branding (logos, disclaimer, accent colour, funding statement,
project reference, the attendance sheet's consent text) in its settings
file, which QSettings writes in INI format (``[documents]`` group, see
:mod:`facilitator.ui.settings.branding_settings`). The command line must not start Qt,
so this module reads the same file with :mod:`configparser` and undoes the
quoting and backslash escapes QSettings applies to string values. A logo whose
file is gone is left out, as the app does; a colour that is not ``#rrggbb``
falls back to the default.
"""

from __future__ import annotations

import configparser
import os
import re
from pathlib import Path

from facilitator import paths
from facilitator.documents.styles import DEFAULT_ACCENT
from facilitator.documents.template import (
    MAX_CONSENT,
    MAX_DISCLAIMER,
    MAX_FUNDED_BY,
    MAX_REFERENCE,
    Branding,
)

GROUP = "documents"
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "0": ""}
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def qsettings_string(raw: str) -> str:
    """A string value as QSettings wrote it in an INI file, back as the string it stored."""
    value = raw.strip()
    if len(value) >= 2 and value.startswith('"') and value.endswith('"'):
        value = value[1:-1]
    out: list[str] = []
    n = 0
    while n < len(value):
        ch = value[n]
        if ch != "\\" or n + 1 == len(value):
            out.append(ch)
            n += 1
            continue
        nxt = value[n + 1]
        if nxt == "x":  # \xhhhh: a character QSettings chose to escape
            digits = re.match(r"[0-9a-fA-F]{1,4}", value[n + 2 :])
            if digits:
                out.append(chr(int(digits.group(), 16)))
                n += 2 + len(digits.group())
                continue
        out.append(_ESCAPES.get(nxt, nxt))
        n += 2
    text = "".join(out)
    return text[1:] if text.startswith("@@") else text


def read_branding(settings_file: str | os.PathLike | None = None) -> Branding:
    """The branding the app's Settings stored; the plain default when there is none."""
    file = Path(settings_file) if settings_file is not None else paths.settings_file()
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # QSettings keys are case-sensitive
    try:
        parser.read(file, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return Branding()
    if not parser.has_section(GROUP):
        return Branding()
    section = parser[GROUP]

    def text(key: str) -> str:
        return qsettings_string(section.get(key, ""))

    def logo(key: str) -> str | None:
        value = text(key)
        return value if value and Path(value).is_file() else None

    accent = text("accent")
    return Branding(
        organization_logo=logo("organization_logo"),
        funder_logo=logo("funder_logo"),
        disclaimer=text("disclaimer")[:MAX_DISCLAIMER],
        accent=accent if _COLOUR.match(accent) else DEFAULT_ACCENT,
        disclaimer_en=text("disclaimer_en")[:MAX_DISCLAIMER],
        funded_by=text("funded_by")[:MAX_FUNDED_BY],
        funded_by_en=text("funded_by_en")[:MAX_FUNDED_BY],
        project_reference=text("project_reference")[:MAX_REFERENCE],
        consent=text("consent")[:MAX_CONSENT],
        consent_en=text("consent_en")[:MAX_CONSENT],
    )


def read_organizer(settings_file: str | os.PathLike | None = None) -> tuple[str, str] | None:
    """The sender of the minutes in Settings as (name, e-mail address), for invitations;
    None without an address."""
    file = Path(settings_file) if settings_file is not None else paths.settings_file()
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    try:
        parser.read(file, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    if not parser.has_section("sender"):
        return None
    section = parser["sender"]
    name = " ".join(qsettings_string(section.get("name", "")).split())
    email = qsettings_string(section.get("email", "")).strip()
    from facilitator.documents.email_drafts import usable_address

    return (name, email) if email and usable_address(email) else None
