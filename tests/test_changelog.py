"""The version lives in one place (issue 21): the changelog's newest entry and the AppStream
file's newest release name that version, on the same day."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from facilitator import __version__

ROOT = Path(__file__).resolve().parents[1]


def test_the_changelogs_newest_entry_is_this_version_released_when_appstream_says():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(r"^## (\S+) — (\d{4}-\d{2}-\d{2})$", changelog, re.MULTILINE)
    assert newest is not None, "CHANGELOG.md has no '## VERSION — YYYY-MM-DD' entry"
    metainfo = ET.parse(ROOT / "packaging" / "io.github.facilitator.Facilitator.metainfo.xml")
    release = metainfo.getroot().find("releases/release")
    assert newest.groups() == (__version__, release.get("date"))
    assert release.get("version") == __version__
