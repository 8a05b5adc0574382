"""packaging/install-linux.sh, run from a build folder laid out as the Linux build is."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SCRIPT = PACKAGING / "install-linux.sh"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
METAINFO = "io.github.facilitator.Facilitator.metainfo.xml"

pytestmark = pytest.mark.slow


@pytest.fixture
def build(tmp_path) -> Path:
    """An unpacked build: the two programs (small scripts here), share/, the script."""
    folder = tmp_path / "Facilitator 0.1"
    share = folder / "share"
    for program in ("Facilitator", "facilitator-cli"):
        path = folder / program
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'#!/bin/sh\necho "{program}" "$@"\n', encoding="utf-8")
        path.chmod(0o755)
    (share / "applications").mkdir(parents=True)
    shutil.copy(PACKAGING / "facilitator.desktop", share / "applications")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(PACKAGING / "facilitator-mime.xml", share / "mime" / "packages")
    (share / "metainfo").mkdir()
    shutil.copy(PACKAGING / METAINFO, share / "metainfo")
    for size in ICON_SIZES:
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy(
            ROOT / "resources" / "icons" / f"facilitator-{size}.png", apps / "facilitator.png"
        )
    shutil.copy(SCRIPT, folder)
    return folder


def run_script(build: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home)}
    return subprocess.run(
        ["bash", str(build / "install-linux.sh"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def installed_files(prefix: Path) -> set[str]:
    return {str(p.relative_to(prefix)) for p in prefix.rglob("*") if p.is_file() or p.is_symlink()}


def test_install_links_the_programs_copies_share_and_registers_the_file_type(build, tmp_path):
    prefix = tmp_path / "yerel önek"
    result = run_script(build, "--prefix", str(prefix), home=tmp_path)
    assert result.returncode == 0, result.stderr
    gui, cli = prefix / "bin" / "facilitator-gui", prefix / "bin" / "facilitator"
    assert gui.is_symlink() and gui.resolve() == (build / "Facilitator").resolve()
    assert cli.is_symlink() and cli.resolve() == (build / "facilitator-cli").resolve()
    ran = subprocess.run([str(gui), "x.facilitator"], capture_output=True, text=True)
    assert ran.stdout == "Facilitator x.facilitator\n"
    share = prefix / "share"
    for size in ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "facilitator.png"
        assert (
            icon.read_bytes()
            == (ROOT / "resources" / "icons" / f"facilitator-{size}.png").read_bytes()
        )
    assert (share / "metainfo" / METAINFO).read_bytes() == (PACKAGING / METAINFO).read_bytes()
    assert (share / "mime" / "packages" / "facilitator-mime.xml").exists()
    # The menu entry starts the installed program, wherever PATH points (quoted: a space).
    desktop = (share / "applications" / "facilitator.desktop").read_text(encoding="utf-8")
    assert f'Exec="{gui}" %f\n' in desktop
    assert "MimeType=application/x-facilitator-bundle;\n" in desktop
    valid = subprocess.run(
        ["desktop-file-validate", str(share / "applications" / "facilitator.desktop")],
        capture_output=True,
        text=True,
    )
    assert valid.stdout == "", valid.stdout
    # The caches a desktop reads (desktop-file-utils, shared-mime-info): a double-clicked
    # .facilitator file is known, and opened by Facilitator.
    cache = (share / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert "application/x-facilitator-bundle=facilitator.desktop;" in cache.splitlines()
    assert (share / "mime" / "application" / "x-facilitator-bundle.xml").exists()
    assert str(prefix / "bin") in result.stdout  # not on PATH: told how to add it


def test_the_default_prefix_is_the_users_local_folder(build, tmp_path):
    home = tmp_path / "ev"
    result = run_script(build, home=home)
    assert result.returncode == 0, result.stderr
    assert (home / ".local" / "bin" / "facilitator-gui").is_symlink()
    desktop = home / ".local" / "share" / "applications" / "facilitator.desktop"
    assert f"Exec={home}/.local/bin/facilitator-gui %f\n" in desktop.read_text(encoding="utf-8")


def test_uninstall_removes_what_was_installed_and_nothing_else(build, tmp_path):
    prefix = tmp_path / "prefix"
    other = prefix / "share" / "applications" / "başka.desktop"
    other.parent.mkdir(parents=True)
    other.write_text(
        "[Desktop Entry]\nType=Application\nName=Başka\nExec=baska\n", encoding="utf-8"
    )
    (prefix / "bin").mkdir()
    (prefix / "bin" / "baska").write_text("#!/bin/sh\n", encoding="utf-8")
    before = installed_files(prefix)
    assert run_script(build, "--prefix", str(prefix), home=tmp_path).returncode == 0
    # Installing again (a newer build) replaces the first install.
    assert run_script(build, "--prefix", str(prefix), home=tmp_path).returncode == 0
    result = run_script(build, "--prefix", str(prefix), "--uninstall", home=tmp_path)
    assert result.returncode == 0, result.stderr
    left = installed_files(prefix)
    # What stays besides the other program's files: the caches, no longer naming Facilitator.
    caches = {p for p in left - before if p.startswith(("share/mime/", "share/applications/"))}
    assert left - before == caches
    assert not any("facilitator" in p.lower() for p in left - before)
    assert "facilitator" not in (prefix / "share/applications/mimeinfo.cache").read_text()
    assert left >= before
    assert not (prefix / "share" / "icons").exists()
    again = run_script(build, "--prefix", str(prefix), "--uninstall", home=tmp_path)
    assert again.returncode == 1 and "not installed" in again.stderr


def test_a_command_installed_otherwise_is_not_overwritten(build, tmp_path):
    prefix = tmp_path / "prefix"
    (prefix / "bin").mkdir(parents=True)
    pip_script = prefix / "bin" / "facilitator"
    pip_script.write_text("#!/usr/bin/python3\n# pip's facilitator\n", encoding="utf-8")
    result = run_script(build, "--prefix", str(prefix), home=tmp_path)
    assert result.returncode == 1
    assert str(pip_script) in result.stderr
    assert pip_script.read_text(encoding="utf-8").endswith("# pip's facilitator\n")
    assert not (prefix / "bin" / "facilitator-gui").exists()
    assert not (prefix / "share").exists()


def test_run_outside_a_build_folder_it_says_so(tmp_path):
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy(SCRIPT, lone)
    result = run_script(lone, "--prefix", str(tmp_path / "prefix"), home=tmp_path)
    assert result.returncode == 1
    assert f"{lone}/Facilitator is missing" in result.stderr
    assert not (tmp_path / "prefix" / "bin").exists()
