"""The build scripts for Windows and macOS, the Windows installer's script and the CI
workflow that runs them: they cannot run here, so what can be checked on Linux is: that
they name files that exist, that they agree with the PyInstaller spec (the folder, the
programs, the .app), with each other (the file names the builds write and the workflow
uploads) and with the app (the bundles' suffix, their MIME type, the version)."""

import fnmatch
import re
import subprocess
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath

import pytest

import facilitator
from facilitator.services.bundles import SUFFIX

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
SPEC = PACKAGING / "facilitator.spec"
ISS = PACKAGING / "facilitator.iss"
BUILD_LINUX = PACKAGING / "build-linux.sh"
BUILD_MACOS = PACKAGING / "build-macos.sh"
BUILD_WINDOWS = PACKAGING / "build-windows.ps1"
MIME = PACKAGING / "facilitator-mime.xml"
VERSION = facilitator.__version__


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# -- the PyInstaller spec ---------------------------------------------------------------


def spec_name() -> str:
    """The name of the spec's folder and of its window program (``NAME``)."""
    spec = text(SPEC)
    (name,) = re.findall(r'^NAME = "([^"]+)"$', spec, re.MULTILINE)
    assert re.search(r"COLLECT\((?s:.*?)\bname=NAME,", spec), "the folder is not named NAME"
    assert re.search(r"^gui = program\(NAME, console=False\)$", spec, re.MULTILINE)
    return name


# -- the Inno Setup script ---------------------------------------------------------------


def iss_defines() -> dict[str, str]:
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"$', text(ISS), re.MULTILINE))
    defines["AppVersion"] = VERSION  # what build-windows.ps1 passes (/DAppVersion=)
    return defines


def preprocess(value: str) -> str:
    """``value`` with the preprocessor's ``{#Name}`` replaced, as ISCC does."""
    defines = iss_defines()
    return re.sub(r"\{#(\w+)\}", lambda found: defines[found.group(1)], value)


def iss_sections() -> dict[str, list[str]]:
    """The script's lines by section, without comments and preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in text(ISS).splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = sections.setdefault(line[1:-1], [])
        else:
            assert current is not None, f"{line!r} before the first section"
            current.append(line)
    return sections


def setup_directives() -> dict[str, str]:
    directives = {}
    for line in iss_sections()["Setup"]:
        key, equals, value = line.partition("=")
        assert equals, line
        directives[key] = value
    return directives


def entry(line: str) -> dict[str, str]:
    """One entry of a section such as [Files]: ``Name: "value"; Flags: a b``, its quoted
    values unquoted (``""`` inside is one quote) and preprocessed."""
    fields, part, quoted, index = [], "", False, 0
    while index < len(line):
        char = line[index]
        if char == '"' and quoted and line[index + 1 : index + 2] == '"':
            part += '""'
            index += 2
            continue
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            fields.append(part)
            part = ""
        else:
            part += char
        index += 1
    fields.append(part)
    parsed = {}
    for field in fields:
        key, colon, value = field.strip().partition(":")
        assert colon, f"{field!r} in {line!r}"
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        parsed[key] = preprocess(value)
    return parsed


def entries(section: str) -> list[dict[str, str]]:
    return [entry(line) for line in iss_sections()[section]]


def from_packaging(windows_path: str) -> Path:
    """A path the Inno Setup script gives relative to its own folder, on this system."""
    return (PACKAGING / Path(*PureWindowsPath(windows_path).parts)).resolve()


def association(subkey: str, name: str = "") -> str:
    (value,) = [
        found["ValueData"]
        for found in entries("Registry")
        if found["Subkey"] == subkey and found["ValueName"] == name
    ]
    return value


# -- the workflow --------------------------------------------------------------------------


def workflow_lines(key: str) -> list[str]:
    """The values of ``key:`` in the workflow, single-line or a ``|`` block."""
    lines = text(WORKFLOW).splitlines()
    values = []
    for number, line in enumerate(lines):
        found = re.match(rf"^(\s*)(?:- )?{key}: (.*)$", line)
        if not found:
            continue
        indent, value = len(found.group(1)), found.group(2).strip()
        if value != "|":
            values.append(value)
            continue
        for following in lines[number + 1 :]:
            if following.strip() and len(following) - len(following.lstrip()) <= indent:
                break
            values.append(following.strip())
    return values


def produced_names() -> set[str]:
    """The files in dist/ that the builds write for this version, each on the machines CI
    builds it on: Linux and Windows on x64, macOS on Apple silicon and on Intel."""
    # In the scripts' code, not their comments (which say <version>, <arch>).
    versioned = re.compile(r"Facilitator-\$(?:\$\(uname -m\)|[^\"'\s])*\.(?:tar\.gz|zip|dmg)")

    def made_by(script: Path, **values: str) -> set[str]:
        templates = set(versioned.findall(text(script)))
        assert templates, f"{script.name} names no archive it writes"
        names = set()
        for template in templates:
            for variable, value in values.items():
                template = template.replace(variable, value)
            names.add(template)
        return names

    names = made_by(BUILD_LINUX, **{"$version": VERSION, "$(uname -m)": "x86_64"})
    names |= made_by(BUILD_WINDOWS, **{"$version": VERSION})
    for arch in ("arm64", "x86_64"):
        names |= made_by(BUILD_MACOS, **{"$version": VERSION, "$arch": arch})
    setup = setup_directives()
    assert from_packaging(setup["OutputDir"]) == ROOT / "dist"
    names.add(preprocess(setup["OutputBaseFilename"]) + ".exe")
    return names


def test_every_file_the_workflow_and_the_build_scripts_run_is_in_the_repository():
    """A script renamed or moved fails here, not on a runner."""
    named = set()
    for source in (WORKFLOW, BUILD_WINDOWS, BUILD_MACOS):
        for found in re.findall(r"packaging[/\\]([\w.-]+\.(?:sh|ps1|py|spec|iss))", text(source)):
            named.add(found)
    assert {"build-linux.sh", "build-windows.ps1", "build-macos.sh", "smoke_test.py"} <= named
    for name in sorted(named):
        path = PACKAGING / name
        assert path.is_file(), f"packaging/{name} is named but missing"
        if path.suffix == ".sh":
            assert path.stat().st_mode & 0o111, f"packaging/{name} is not executable"


def test_the_workflow_builds_and_smoke_tests_on_linux_windows_and_macos():
    runners = workflow_lines("os")
    assert any(r.startswith("ubuntu-") for r in runners), runners
    assert any(r.startswith("windows-") for r in runners), runners
    assert sum(r.startswith("macos-") for r in runners) == 2, runners  # arm64 and Intel
    runs = " ".join(workflow_lines("run"))
    for build in ("build-linux.sh", "build-windows.ps1", "build-macos.sh"):
        assert f"packaging/{build}" in runs, build
    assert "smoke_test.py dist/Facilitator --app dist/Facilitator.app" in runs
    assert "python packaging/smoke_test.py dist/Facilitator" in workflow_lines("run")
    assert "smoke_test.py $dir" in runs  # the folder the installer installed
    # YAML allows no tabs in its indentation.
    assert "\t" not in text(WORKFLOW)


def test_the_workflow_uploads_and_releases_exactly_what_the_builds_write():
    produced = produced_names()
    assert produced == {
        f"Facilitator-{VERSION}-linux-x86_64.tar.gz",
        f"Facilitator-{VERSION}-windows-x64.zip",
        f"Facilitator-{VERSION}-windows-setup.exe",
        f"Facilitator-{VERSION}-macos-arm64.dmg",
        f"Facilitator-{VERSION}-macos-x86_64.dmg",
    }
    globs = [line for line in workflow_lines("files") if line.startswith("dist/")]
    for pattern in globs:
        assert [n for n in produced if fnmatch.fnmatch(f"dist/{n}", pattern)], pattern
    for name in produced:
        assert [g for g in globs if fnmatch.fnmatch(f"dist/{name}", g)], f"{name} is not uploaded"
    # The release job's list of what a tag must have built.
    release = re.search(r"for name in (.*?); do", text(WORKFLOW), re.DOTALL)
    suffixes = set(re.findall(r'"([^"]+)"', release.group(1)))
    assert {f"Facilitator-{VERSION}-{suffix}" for suffix in suffixes} == produced


@pytest.mark.parametrize("script", [BUILD_LINUX, BUILD_WINDOWS, BUILD_MACOS], ids=lambda p: p.name)
def test_every_build_puts_the_licences_in_the_folder(script):
    """The smoke test and the About box expect licences/ in the built folder."""
    assert re.search(r"packaging[/\\]collect_licences\.py\W.*\blicences\b", text(script)), (
        script.name
    )


@pytest.mark.parametrize("script", [BUILD_LINUX, BUILD_MACOS], ids=lambda p: p.name)
def test_the_shell_build_scripts_parse(script):
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_macos_script_and_the_workflow_use_the_app_the_spec_bundles():
    name = spec_name()
    assert re.search(r'BUNDLE\((?s:.*?)name=f"\{NAME\}\.app"', text(SPEC))
    assert f"app=dist/{name}.app\n" in text(BUILD_MACOS)
    assert f"--app dist/{name}.app" in text(WORKFLOW)
    # The programs it checks for are the spec's two.
    assert f'"$app/Contents/MacOS/{name}"' in text(BUILD_MACOS)
    assert '"$app/Contents/MacOS/facilitator-cli"' in text(BUILD_MACOS)
    assert 'cli = program("facilitator-cli", console=True)' in text(SPEC)


def test_the_installer_packs_the_folder_pyinstaller_makes():
    (files,) = entries("Files")
    source = PureWindowsPath(files["Source"])
    assert source.name == "*"
    assert from_packaging(str(source.parent)) == ROOT / "dist" / spec_name()
    for build in (BUILD_LINUX, BUILD_MACOS, BUILD_WINDOWS):
        assert re.search(r"'?--distpath'?,? '?dist'?", text(build)), build.name
    assert files["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(files["Flags"].split())
    # Left-over modules of the previous version are removed before an upgrade.
    (stale,) = entries("InstallDelete")
    assert stale == {"Type": "filesandordirs", "Name": "{app}\\_internal"}


def test_the_installer_names_files_that_exist():
    setup = setup_directives()
    assert from_packaging(setup["LicenseFile"]) == ROOT / "LICENSE"
    icon = from_packaging(setup["SetupIconFile"])
    assert icon.is_file() and icon.read_bytes()[:4] == b"\x00\x00\x01\x00"  # a .ico


def test_bundles_and_the_start_menu_open_the_window_program():
    program = f"{spec_name()}.exe"
    assert preprocess(setup_directives()["UninstallDisplayIcon"]) == f"{{app}}\\{program}"
    bundle_class = association(f"Software\\Classes\\{SUFFIX}")
    assert association(f"Software\\Classes\\{bundle_class}\\shell\\open\\command") == (
        f'"{{app}}\\{program}" "%1"'
    )
    assert association(f"Software\\Classes\\{bundle_class}\\DefaultIcon") == (
        f"{{app}}\\{program},0"
    )
    assert association(f"Software\\Classes\\{SUFFIX}\\OpenWithProgids", bundle_class) == ""
    mime = ET.parse(MIME).getroot()[0].get("type")
    assert association(f"Software\\Classes\\{SUFFIX}", "Content Type") == mime
    assert all(found["Root"] == "HKA" for found in entries("Registry"))
    assert setup_directives()["ChangesAssociations"] == "yes"
    # The workflow checks, after a silent install, what the script registers.
    assert f"'HKCU:\\Software\\Classes\\{bundle_class}\\shell\\open\\command'" in text(WORKFLOW)
    icons = {found["Name"]: found for found in entries("Icons")}
    assert icons["{group}\\Facilitator"]["Filename"] == f"{{app}}\\{program}"
    assert icons["{group}\\{cm:UninstallProgram,Facilitator}"]["Filename"] == "{uninstallexe}"
    assert icons["{autodesktop}\\Facilitator"]["Tasks"] == "desktopicon"


def test_the_installer_is_per_user_by_default_for_x64_with_a_fixed_id():
    setup = setup_directives()
    assert setup["PrivilegesRequired"] == "lowest"
    # "dialog" also allows /ALLUSERS and /CURRENTUSER, which the workflow passes.
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert "/CURRENTUSER" in text(WORKFLOW)
    assert setup["DefaultDirName"] == "{autopf}\\{#AppName}"
    assert setup["ArchitecturesAllowed"] == setup["ArchitecturesInstallIn64BitMode"]
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    # "{{" is Inno Setup's escaped brace: the id is {GUID}.
    app_id = setup["AppId"]
    assert app_id.startswith("{{") and app_id.endswith("}")
    assert str(uuid.UUID(app_id[2:-1])).upper() == app_id[2:-1]


def test_the_installer_takes_the_version_the_build_reads_from_the_package():
    setup = setup_directives()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert re.search(r"^#ifndef AppVersion\n\s+#error ", text(ISS), re.MULTILINE)
    windows = text(BUILD_WINDOWS)
    assert "'import facilitator; print(facilitator.__version__)'" in windows
    assert '"/DAppVersion=$version"' in windows
    assert "'packaging\\facilitator.iss'" in windows


def test_the_installer_speaks_english_and_turkish():
    languages = {found["Name"]: found["MessagesFile"] for found in entries("Languages")}
    assert languages == {
        "en": "compiler:Default.isl",
        "tr": "compiler:Languages\\Turkish.isl",
    }
    custom: dict[str, dict[str, str]] = {}
    for line in iss_sections()["CustomMessages"]:
        key, _, value = line.partition("=")
        language, _, name = key.partition(".")
        custom.setdefault(name, {})[language] = value
    assert custom == {
        "BundleType": {"en": "Facilitator workshop bundle", "tr": "Facilitator çalıştay paketi"}
    }
    used = set(re.findall(r"\{cm:(\w+)", text(ISS)))
    built_in = {"CreateDesktopIcon", "AdditionalIcons", "UninstallProgram", "LaunchProgram"}
    assert used - built_in == set(custom)
