"""``facilitator check | backup | restore`` with a PostgreSQL server's database, run as a
user runs them: ``python -m facilitator --database postgresql+psycopg://… …``."""

import gzip
import json

import pytest
from sqlalchemy import create_engine, inspect

from facilitator.services.demo import load_demo
from facilitator.store import SCHEMA_HEAD, Store
from facilitator.store.export_file import FORMAT, FORMAT_VERSION
from facilitator.store.schema import SCHEMA_TABLES
from tests.cli.test_cli import run

pytestmark = pytest.mark.slow


@pytest.fixture
def demo_url(postgres_url) -> str:
    store = Store.open(postgres_url)
    try:
        load_demo(store)
    finally:
        store.close()
    return postgres_url


@pytest.fixture
def empty_url(postgres_cluster):
    name = postgres_cluster.empty_database()
    yield postgres_cluster.url(name)
    postgres_cluster.drop(name)


def dump_of(url: str, dump_database) -> dict:
    store = Store.open(url, create=False)
    try:
        return dump_database(store)
    finally:
        store.close()


def tables_of(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_backup_then_restore_into_an_empty_database_then_check_it(
    demo_url, empty_url, tmp_path, dump_database
):
    export = tmp_path / "yedekler" / "ekip yedeği.export"
    backed_up = run("--database", demo_url, "backup", "-o", str(export))
    assert backed_up.returncode == 0, backed_up.stderr
    assert backed_up.stdout.startswith("Wrote an export of postgresql+psycopg://")
    assert f"schema {SCHEMA_HEAD}" in backed_up.stdout
    assert [p.name for p in export.parent.iterdir()] == [export.name]

    again = run("--database", demo_url, "backup", "-o", str(export))
    assert again.returncode == 2 and "already exists" in one_line(again)

    restored = run("--database", empty_url, "restore", str(export))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("Restored postgresql+psycopg://")
    assert dump_of(empty_url, dump_database) == dump_of(demo_url, dump_database)

    checked = run("check", env_extra={"FACILITATOR_DATABASE": empty_url})
    assert checked.returncode == 0, checked.stderr
    first, *rows = checked.stdout.splitlines()
    assert "connected to PostgreSQL 15" in first
    assert "as facilitator_admin, database test_" in first
    assert first.endswith(f"schema {SCHEMA_HEAD} (current)")
    counts = {table: int(n) for table, n in (line.split("\t") for line in rows)}
    assert set(counts) == SCHEMA_TABLES[SCHEMA_HEAD]
    dumped = dump_of(empty_url, dump_database)
    assert counts == {t: len(dumped[t]) for t in counts}
    assert counts["workshop"] >= 6 and counts["person"] > 0


def test_restore_into_a_database_that_is_not_empty_is_refused(demo_url, tmp_path, dump_database):
    export = tmp_path / "ekip.export"
    assert run("--database", demo_url, "backup", "-o", str(export)).returncode == 0
    before = dump_of(demo_url, dump_database)
    refused = run("--database", demo_url, "restore", str(export))
    assert refused.returncode == 2
    line = one_line(refused)
    assert "is not empty" in line and "nothing was changed" in line
    assert dump_of(demo_url, dump_database) == before


def test_restore_of_a_file_that_is_not_an_export_is_refused_in_one_line(empty_url, tmp_path):
    bogus = tmp_path / "notlar.export"
    bogus.write_text("toplantı notları <&>", encoding="utf-8")
    refused = run("--database", empty_url, "restore", str(bogus))
    assert refused.returncode == 2
    assert "is not a Facilitator database export" in one_line(refused)
    assert tables_of(empty_url) == []


def test_check_of_an_empty_database_says_it_is_not_facilitators(empty_url):
    checked = run("--database", empty_url, "check")
    assert checked.returncode == 1
    assert "connected to PostgreSQL" in checked.stdout
    assert "is not a Facilitator database (it is empty)" in one_line(checked)


def test_a_server_that_cannot_be_reached_is_named_in_one_line(postgres_cluster, tmp_path):
    nowhere = postgres_cluster.folder / "yok"
    url = f"postgresql+psycopg://ayse:gizli-parola@/ekip?host={nowhere}&port=5432"
    header = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": SCHEMA_HEAD}
    header["tables"] = len(SCHEMA_TABLES[SCHEMA_HEAD])
    export = tmp_path / "ekip.export"
    export.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n"))
    output = tmp_path / "yeni.export"
    for args, status in (
        (["check"], 1),
        (["backup", "-o", str(output)], 2),
        (["restore", str(export)], 2),
    ):
        result = run("--database", url, *args)
        assert result.returncode == status, result.stderr
        line = one_line(result)
        assert f"cannot connect to postgresql+psycopg://ayse:***@/ekip?host={nowhere}" in line
        assert "gizli-parola" not in result.stdout + result.stderr
        assert result.stdout == ""
    assert not output.exists()
