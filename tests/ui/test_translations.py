"""Every string of the interface has its Turkish form, and the shipped .qm files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator.assets import resource_path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
SOURCES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "facilitator").rglob("*.py"))


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


@pytest.mark.parametrize("language", ["tr", "en"])
def test_every_source_string_is_in_the_ts_file_and_translated(tmp_path, language):
    shipped = resource_path("translations", f"facilitator_{language}.ts")
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *SOURCES, "-ts", str(fresh), "-no-obsolete"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    found = _messages(fresh)
    kept = _messages(shipped)
    missing = sorted(set(found) - set(kept))
    assert missing == [], f"run pyside6-lupdate: strings not in {shipped.name}: {missing[:5]}"
    stale = sorted(set(kept) - set(found))
    assert stale == [], f"strings no longer in the code: {stale[:5]}"
    untranslated = sorted(
        key for key, t in kept.items() if not (t.text or "").strip() or t.get("type")
    )
    assert untranslated == [], f"untranslated in {shipped.name}: {untranslated[:5]}"


def test_turkish_translations_keep_placeholders_and_accelerators():
    for (context, source), translation in _messages(
        resource_path("translations", "facilitator_tr.ts")
    ).items():
        text = translation.text
        for token in ("%1", "%2", "{n}", "{name}", "{title}", "{label}", "{refs}", "{email}"):
            assert (token in source) == (token in text), (context, source, text)
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), (
            context,
            source,
            text,
        )


@pytest.mark.parametrize("language", ["tr", "en"])
def test_shipped_qm_matches_its_ts(tmp_path, language):
    ts = resource_path("translations", f"facilitator_{language}.ts")
    built = tmp_path / f"facilitator_{language}.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    shipped = resource_path("translations", f"facilitator_{language}.qm")
    assert built.read_bytes() == shipped.read_bytes(), "run pyside6-lrelease on the .ts files"


def test_service_messages_follow_the_interface_language(store):
    from facilitator import i18n
    from facilitator.errors import ValidationError
    from facilitator.services import directory

    try:
        i18n.set_language("tr")
        with pytest.raises(ValidationError, match="boş bırakılamaz"):
            directory.create_organization(store, "  ")
        i18n.set_language("en")
        with pytest.raises(ValidationError, match="cannot be empty"):
            directory.create_organization(store, "  ")
    finally:
        i18n.set_language("en")
