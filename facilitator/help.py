"""The user manual: Markdown pages under ``resources/help/<language>/``, one per screen or
topic, the same file names in every language.

A page's title is its first line (``# Title``); links between pages are plain relative
file names (``[the agenda](agenda.md)``). This module finds pages, reads their titles and
checks the links; the help window (``ui/help/``) shows them. Qt-free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from facilitator.assets import resource_path

LANGUAGES = ("tr", "en")
FALLBACK = "en"
CONTENTS = "index"
SUFFIX = ".md"

# [text](target) — not images (![…](…)), which the manual does not use.
_LINK = re.compile(r"(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_EXTERNAL = ("https://", "http://", "mailto:")


def folder(language: str) -> Path:
    """The folder of ``language``'s pages (English when the language has none)."""
    path = resource_path("help", language)
    return path if path.is_dir() else resource_path("help", FALLBACK)


def page_file(language: str, page: str) -> Path:
    """The file of ``page`` (a name such as ``"agenda"``) in ``language``, else in English,
    else the contents page."""
    for candidate in (folder(language), resource_path("help", FALLBACK)):
        path = candidate / f"{page}{SUFFIX}"
        if path.is_file():
            return path
    return folder(language) / f"{CONTENTS}{SUFFIX}"


def pages(language: str) -> list[str]:
    """Every page of ``language``, by file name, the contents first."""
    names = sorted(path.stem for path in folder(language).glob(f"*{SUFFIX}"))
    if CONTENTS in names:
        names.remove(CONTENTS)
        names.insert(0, CONTENTS)
    return names


def title_of(path: Path) -> str:
    """The title of the page in ``path``: its first ``# `` heading (else the file name)."""
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("# "):
                    return line[2:].strip()
    except OSError:
        pass
    return path.stem


def page_title(language: str, page: str) -> str:
    return title_of(page_file(language, page))


@dataclass(frozen=True)
class BrokenLink:
    page: str  # the file it is in
    target: str  # what it points to
    reason: str


def links(path: Path) -> list[str]:
    """The targets of the links in the page ``path``, in order."""
    return _LINK.findall(path.read_text(encoding="utf-8"))


def broken_links(language: str) -> list[BrokenLink]:
    """Every link of ``language``'s pages that leads nowhere: another page that does not
    exist, an anchor (the viewer has none), or something that is neither a page nor a web
    address."""
    base = folder(language)
    broken: list[BrokenLink] = []
    for path in sorted(base.glob(f"*{SUFFIX}")):
        for target in links(path):
            if target.startswith(_EXTERNAL):
                continue
            if "#" in target:
                broken.append(BrokenLink(path.name, target, "anchors are not followed"))
            elif "/" in target or not target.endswith(SUFFIX):
                broken.append(BrokenLink(path.name, target, "not a page of the manual"))
            elif not (base / target).is_file():
                broken.append(BrokenLink(path.name, target, "no such page"))
    return broken
