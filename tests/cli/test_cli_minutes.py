"""``facilitator minutes status|versions|finalize`` and ``export minutes --version`` as a
secretary runs them: drafts numbered, the final frozen and reprinted as it was."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.services import commitments
from facilitator.store import Store
from tests.cli.test_cli import run
from tests.conftest import demo_database

pytestmark = pytest.mark.slow

BURSA = "5"  # held in March 2026
JANUARY = "6"  # planned for January 2027


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    return demo_database(tmp_path_factory.mktemp("şablon") / "demo.db")


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    db = tmp_path / "demo.db"
    shutil.copy(demo_template, db)
    return db


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_draft_then_final_then_a_change_makes_the_next_draft(demo_db, tmp_path):
    db = ("--database", str(demo_db))
    status = run(*db, "minutes", "status", BURSA)
    assert status.returncode == 0, status.stderr
    assert "Final: none (draft)" in status.stdout
    assert "the next draft will be v1" in status.stdout

    draft = run(*db, "export", "minutes", BURSA, "-o", str(tmp_path / "v1.pdf"))
    assert draft.returncode == 0, draft.stderr
    assert draft.stdout.strip().endswith(": draft v1")

    final = run(*db, "minutes", "finalize", BURSA)
    assert final.returncode == 0, final.stderr
    assert "Finalised the minutes as version 2" in final.stdout
    sha = final.stdout.split("SHA-256: ")[1].strip()
    assert len(sha) == 64
    again = run(*db, "minutes", "finalize", BURSA)
    assert "already final as version 2" in again.stdout

    exported = run(*db, "export", "minutes", BURSA, "-o", str(tmp_path / "final.pdf"))
    assert exported.stdout.strip().endswith(": final v2")  # nothing changed: the final
    before = _text(tmp_path / "final.pdf")
    assert sha in " ".join(before.split())

    store = Store.open(demo_db)
    try:
        row = next(
            c for c in commitments.commitments_of_workshop(store, int(BURSA)) if c.status != "done"
        )
        commitments.update_commitment(store, row.id, status="done")
    finally:
        store.close()

    status = run(*db, "minutes", "status", BURSA)
    assert "Current content: changed; the next draft will be v3" in status.stdout
    assert "Changes since the final: 1" in status.stdout
    assert "\tcommitments\t" in status.stdout and "status: " in status.stdout

    refinal = run(
        *db, "export", "minutes", BURSA, "-o", str(tmp_path / "f2.pdf"), "--version", "final"
    )
    assert refinal.returncode == 0, refinal.stderr
    assert _text(tmp_path / "f2.pdf") == before
    plain = run(*db, "export", "minutes", BURSA, "-o", str(tmp_path / "plain.pdf"))
    assert plain.stdout.strip().endswith(": final v2")  # sent minutes stay the final
    v3 = str(tmp_path / "v3.pdf")
    english = run(*db, "export", "minutes", BURSA, "-o", v3, "--lang", "en", "--version", "draft")
    assert english.stdout.strip().endswith(": draft v3")
    assert "Changes since the final version 2" in _text(tmp_path / "v3.pdf")

    versions = run(*db, "minutes", "versions", BURSA)
    lines = [line.split("\t")[:2] for line in versions.stdout.splitlines()]
    assert lines == [["v1", "draft"], ["v2", "final"], ["v3", "draft"]]


def test_minutes_of_a_workshop_not_held_exit_2_unless_agenda_only(demo_db, tmp_path):
    db = ("--database", str(demo_db))
    out = tmp_path / "ocak.pdf"
    refused = run(*db, "export", "minutes", JANUARY, "-o", str(out))
    assert refused.returncode == 2
    assert "has not been held yet" in refused.stderr
    assert not out.exists()
    assert run(*db, "minutes", "finalize", JANUARY).returncode == 2
    status = run(*db, "minutes", "status", JANUARY)
    assert status.returncode == 0 and "Not held yet" in status.stdout
    draft = run(*db, "export", "minutes", JANUARY, "-o", str(out), "--agenda-only")
    assert draft.returncode == 0, draft.stderr
    assert "TASLAK — YALNIZCA GÜNDEM" in _text(out)


@pytest.mark.parametrize(
    ("version", "message"),
    [
        ("0", "expected a version number, final or draft"),
        ("v2", "expected a version number, final or draft"),
        ("9", "These minutes have no version 9."),
        ("final", "have not been finalised yet"),
    ],
)
def test_a_version_that_is_not_there_is_one_line_and_nothing_written(
    demo_db, tmp_path, version, message
):
    out = tmp_path / "x.pdf"
    result = run(
        "--database", str(demo_db), "export", "minutes", BURSA, "-o", str(out), "--version", version
    )
    assert result.returncode == 2
    assert message in result.stderr
    # The usage (argparse's, for a value it refuses) and one line naming the problem,
    # never a traceback.
    *usage, last = result.stderr.strip().splitlines()
    assert message in last
    assert all(line.startswith(("usage:", " ")) for line in usage)
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_workshops_are_listed_on_the_day_where_they_are_held(demo_db):
    """10:00 in Istanbul on 14 March is still 13 March in Honolulu: the list says the 14th."""
    result = run(
        "--database", str(demo_db), "list", "workshops", env_extra={"TZ": "Pacific/Honolulu"}
    )
    assert result.returncode == 0, result.stderr
    assert "5\t2026-03-14\tBursa Sosyal Sorumluluk Platformu" in result.stdout
