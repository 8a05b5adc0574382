"""The structure is enforced, not just described: import-linter's contracts hold, the
interface is laid out by feature and no module grows past what one reader holds."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "facilitator"
LONGEST = 800  # lines, in services/ and ui/


def test_every_import_contract_holds():
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"
    ]
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(contracts)} kept, 0 broken" in result.stdout
    assert any("UI features" in c["name"] for c in contracts), "the rule between ui features"


def test_the_interface_is_grouped_by_feature():
    top = sorted(p.name for p in (PACKAGE / "ui").glob("*.py"))
    assert len(top) <= 12, top
    features = {p.name for p in (PACKAGE / "ui").iterdir() if (p / "__init__.py").exists()}
    assert {"kit", "workshop", "decisions", "commitments", "live", "series"} <= features


def test_no_module_in_services_or_ui_is_longer_than_one_reader_holds():
    too_long = {
        str(path.relative_to(PACKAGE)): lines
        for folder in ("services", "ui")
        for path in (PACKAGE / folder).rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > LONGEST
    }
    assert not too_long, too_long


def test_every_package_is_installed():
    """A package missing from pyproject's list works from the checkout but not installed."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in PACKAGE.rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
