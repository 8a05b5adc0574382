"""``check``, ``list`` and ``backup`` on a database a crash left with a hot journal."""

import pytest

from tests.cli.test_cli import run
from tests.store.test_files_not_ours import counts, leave_hot_journal

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("command", ["check", "list", "backup"])
def test_a_hot_journal_is_rolled_back_and_the_data_reported_healthy(
    demo_copy, home, tmp_path, command
):
    db = demo_copy(tmp_path / "çöktü.db")
    before = counts(db)
    leave_hot_journal(db)
    args = {
        "check": ["check"],
        "list": ["list", "workshops"],
        "backup": ["backup", "-o", str(tmp_path / "yedek.db")],
    }[command]
    result = run("--database", str(db), *args)
    assert result.returncode == 0, result.stderr
    assert "damaged" not in result.stdout + result.stderr
    if command == "check":
        assert "integrity ok" in result.stdout
    if command == "list":
        assert "YARIM KALDI" not in result.stdout and len(result.stdout.splitlines()) >= 6
    if command == "backup":
        assert counts(tmp_path / "yedek.db") == before
    assert counts(db) == before
    kept = list(tmp_path.glob("çöktü.db.before-recovery-*-journal"))
    assert len(kept) == 1, "the database and its journal were copied aside before the rollback"
