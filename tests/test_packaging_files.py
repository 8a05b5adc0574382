"""The desktop integration files in packaging/: valid, and in agreement with each other
and with the app (its version, its programs, its bundles' file name)."""

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import facilitator
from facilitator.services.bundles import SUFFIX

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "facilitator.desktop"
MIME = PACKAGING / "facilitator-mime.xml"
METAINFO = PACKAGING / "io.github.facilitator.Facilitator.metainfo.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tool(name: str) -> str:
    """The path of a validator; CI installs it (desktop-file-utils, appstream)."""
    found = shutil.which(name)
    assert found, f"{name} is not installed (Debian: desktop-file-utils, appstream)"
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def mime_type() -> ET.Element:
    (only,) = ET.parse(MIME).getroot().findall("m:mime-type", MIME_NS)
    return only


def test_the_desktop_file_is_valid():
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout + result.stderr == "", result.stdout


def test_the_metainfo_is_valid_without_warnings():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors (E:), warnings (W:) and infos (I:) count; pedantic notes (P:) do not.
    told = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert told == [], result.stdout


def test_the_newest_release_in_the_metainfo_is_this_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no <release> in the metainfo"
    # AppStream lists releases newest first.
    assert releases[0].get("version") == facilitator.__version__


def test_the_desktop_file_starts_the_app_with_the_file_it_is_given():
    entry = desktop_entry()
    gui_scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "gui-scripts"
    ]
    program, *arguments = entry["Exec"].split()
    assert program in gui_scripts and arguments == ["%f"]
    assert entry["Icon"] == "facilitator"
    assert (ROOT / "resources" / "icons" / "facilitator-256.png").exists()


def test_the_desktop_file_and_the_mime_file_name_the_same_file_type():
    kind = mime_type()
    entry = desktop_entry()
    assert entry["MimeType"].rstrip(";").split(";") == [kind.get("type")]
    assert kind.get("type") == "application/x-facilitator-bundle"
    assert [g.get("pattern") for g in kind.findall("m:glob", MIME_NS)] == [f"*{SUFFIX}"]
    # A bundle is a zip: tools that know zips still know it.
    assert [s.get("type") for s in kind.findall("m:sub-class-of", MIME_NS)] == ["application/zip"]
    assert kind.find("m:icon", MIME_NS).get("name") == entry["Icon"]
    comments = {c.get(XML_LANG): c.text for c in kind.findall("m:comment", MIME_NS)}
    assert comments == {None: "Facilitator workshop bundle", "tr": "Facilitator çalıştay paketi"}


def test_the_metainfo_provides_the_programs_and_the_file_type():
    root = ET.parse(METAINFO).getroot()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    binaries = {b.text for b in root.findall("provides/binary")}
    assert binaries == set(project["scripts"]) | set(project["gui-scripts"])
    assert [m.text for m in root.findall("provides/mediatype")] == [mime_type().get("type")]
    assert root.find("launchable").text == DESKTOP.name


def test_the_mime_file_makes_a_database_that_knows_bundles(tmp_path):
    """update-mime-database (shared-mime-info, which appstream needs) reads the file."""
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages)
    result = subprocess.run(
        [tool("update-mime-database"), str(tmp_path / "mime")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert "50:application/x-facilitator-bundle:*.facilitator" in globs
    subclasses = (tmp_path / "mime" / "subclasses").read_text(encoding="utf-8").splitlines()
    assert "application/x-facilitator-bundle application/zip" in subclasses


@pytest.mark.parametrize("path", [DESKTOP, MIME, METAINFO], ids=lambda p: p.name)
def test_the_files_are_utf8_with_turkish_left_as_it_is(path):
    text = path.read_text(encoding="utf-8")
    assert "ç" in text or "Ç" in text
