"""A logical export of a database on a PostgreSQL server, and its restore into an empty one
(``facilitator backup`` / ``restore`` with a server's URL): every row comes back as it was,
and a file that is not a whole export changes nothing."""

import gzip
import io
import itertools
import json
import uuid
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text, update
from sqlalchemy.engine import make_url

from facilitator.errors import SchemaTooNewError, StoreError
from facilitator.models import Note, Organization
from facilitator.services import directory
from facilitator.services.demo import load_demo
from facilitator.store import SCHEMA_HEAD, Store, export_file
from facilitator.store import server_backup as sb
from facilitator.store.health import check_server
from facilitator.store.schema import KNOWN_REVISIONS, SCHEMA_TABLES

NOT_AN_EXPORT = "not a Facilitator database export"
HOSTILE = "Gülşen <b>&amp;</b> <&> İĞŞÇÖÜ ığşçöü\x07\x1b[31m\r\n\t\x7f\u200f\u2028 😀 'x'"


@pytest.fixture
def empty_url(postgres_cluster):
    """A database with no tables at all on the test server, dropped after."""
    name = postgres_cluster.empty_database()
    yield postgres_cluster.url(name)
    postgres_cluster.drop(name)


@pytest.fixture(scope="module")
def demo_export(postgres_cluster, tmp_path_factory) -> Path:
    """An export of the demo (one per module; its database is dropped once written)."""
    name = postgres_cluster.new_database()
    store = Store.open(postgres_cluster.url(name))
    try:
        load_demo(store)
    finally:
        store.close()
    output = tmp_path_factory.mktemp("export") / "demo.export"
    sb.export_database(make_url(postgres_cluster.url(name)), output)
    postgres_cluster.drop(name)
    return output


def tables_of(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def dump_of(url: str, dump_database) -> dict:
    store = Store.open(url, create=False)
    try:
        return dump_database(store)
    finally:
        store.close()


def lines_of(path: Path) -> list:
    with gzip.open(path, "rb") as f:
        return [json.loads(line) for line in f.read().split(b"\n") if line]


def write_lines(path: Path, lines: list) -> Path:
    data = b"".join(json.dumps(x, ensure_ascii=False).encode() + b"\n" for x in lines)
    path.write_bytes(gzip.compress(data))
    return path


def test_the_demo_backed_up_and_restored_into_an_empty_database_is_the_same(
    postgres_url, empty_url, tmp_path, dump_database
):
    store = Store.open(postgres_url)
    try:
        load_demo(store)
        largest = max(o.id for o in directory.list_organizations(store))
    finally:
        store.close()
    output = tmp_path / "yedekler" / "ekip.export"
    exported = sb.export_database(make_url(postgres_url), output)
    assert exported.revision == SCHEMA_HEAD
    assert exported.counts["person"] > 0 and exported.counts["commitment"] > 0
    assert [p.name for p in output.parent.iterdir()] == ["ekip.export"], "nothing left beside"

    restored = sb.restore_export(make_url(empty_url), output)
    assert restored.revision == restored.exported_revision == SCHEMA_HEAD
    assert restored.counts == exported.counts
    assert dump_of(empty_url, dump_database) == dump_of(postgres_url, dump_database)

    # every id sequence is past the largest id: new rows get new ids
    store = Store.open(empty_url, create=False)
    try:
        added = directory.create_organization(store, "İpekyolu Lojistik Yeni Şube")
    finally:
        store.close()
    assert added.id > largest


def test_a_live_screen_open_now_is_not_carried_into_the_restored_database(
    postgres_url, empty_url, tmp_path, dump_database
):
    from facilitator.services import listing
    from facilitator.services.live import lease

    store = Store.open(postgres_url)
    try:
        load_demo(store)
        workshop = listing.list_workshops(store)[0].id
        lease.take(store, workshop, "başka-bilgisayar", "ayşe @ LAPTOP-3", datetime.now(UTC))
    finally:
        store.close()
    output = tmp_path / "ekip.export"
    sb.export_database(make_url(postgres_url), output)
    sb.restore_export(make_url(empty_url), output)
    restored, original = dump_of(empty_url, dump_database), dump_of(postgres_url, dump_database)
    assert restored["live_lease"] == [] and len(original["live_lease"]) == 1
    assert {**original, "live_lease": []} == restored


def test_the_export_holds_every_text_and_type_exactly(
    postgres_url, empty_url, tmp_path, dump_database
):
    store = Store.open(postgres_url)
    try:
        load_demo(store)
        with store.transaction() as s:  # past the services' checks: whatever is stored
            first_note = s.scalar(select(func.min(Note.id)))
            s.execute(update(Note).where(Note.id == first_note).values(text=HOSTILE))
            first_org = s.scalar(select(func.min(Organization.id)))
            s.execute(update(Organization).where(Organization.id == first_org).values(name=HOSTILE))
    finally:
        store.close()
    output = sb.export_database(make_url(postgres_url), tmp_path / "ekip.export").path
    lines = lines_of(output)
    header = lines[0]
    assert header["format"] == export_file.FORMAT and header["schema"] == SCHEMA_HEAD
    assert lines[-1]["end"] is True
    sections = {}
    current = None
    for line in lines[1:-1]:
        if isinstance(line, dict):
            current = line
            sections[line["table"]] = (line, [])
        else:
            sections[current["table"]][1].append(line)
    note, note_rows = sections["note"]
    column = [c[0] for c in note["columns"]].index("text")
    assert HOSTILE in [row[column] for row in note_rows]
    kinds = dict((c[0], c[1]) for c in sections["workshop"][0]["columns"])
    assert kinds["planned_start"] == "datetime"
    org = sections["organization"][0]
    assert dict(map(tuple, org["columns"]))["sector"] == "str"  # an enum: the text stored
    quantity = dict(map(tuple, sections["commitment"][0]["columns"]))["quantity"]
    assert quantity == "decimal"
    order = [t for t in sections]
    assert order.index("organization") < order.index("person") < order.index("note")

    sb.restore_export(make_url(empty_url), output)
    assert dump_of(empty_url, dump_database) == dump_of(postgres_url, dump_database)
    engine = create_engine(empty_url)
    try:
        with engine.connect() as conn:
            for query in (
                "SELECT count(*) FROM note WHERE text = :t",
                "SELECT count(*) FROM organization WHERE name = :t",
            ):
                assert conn.execute(text(query), {"t": HOSTILE}).scalar() == 1
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("int", 0),
        ("int", -(2**40)),
        ("bool", False),
        ("str", HOSTILE),
        ("float", 0.1),
        ("datetime", datetime(2026, 3, 14, 7, 0, 0, 123456, tzinfo=UTC)),
        ("naive_datetime", datetime(2026, 3, 14, 10, 0)),
        ("date", date(2028, 2, 29)),
        ("time", time(23, 59, 59, 999999)),
        ("decimal", Decimal("12345678901.25")),
        ("bytes", bytes(range(256))),
        ("uuid", uuid.UUID("12345678-1234-5678-1234-567812345678")),
        ("str", None),
    ],
)
def test_every_kind_of_value_comes_back_as_it_was(kind, value):
    written = json.loads(json.dumps(export_file.encode(kind, value), ensure_ascii=False))
    back = export_file.decode(kind, written)
    assert back == value and type(back) is type(value)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("int", True),
        ("int", "1"),
        ("bool", 1),
        ("str", 5),
        ("datetime", "2026-03-14T07:00:00"),  # no offset: its moment is unknown
        ("naive_datetime", "2026-03-14T07:00:00+03:00"),
        ("date", "14.03.2026"),
        ("decimal", "on iki"),
        ("bytes", "not base64!"),
        ("uuid", "not-a-uuid"),
    ],
)
def test_a_value_that_is_not_its_kind_is_refused(kind, value):
    with pytest.raises(ValueError):
        export_file.decode(kind, value)


def test_restore_into_a_database_holding_tables_is_refused_and_changes_nothing(
    postgres_url, demo_export, dump_database
):
    before = dump_of(postgres_url, dump_database)
    with pytest.raises(StoreError, match="is not empty") as refused:
        sb.restore_export(make_url(postgres_url), demo_export)
    assert "nothing was changed" in str(refused.value)
    assert dump_of(postgres_url, dump_database) == before


def test_restore_into_a_database_with_another_applications_table_is_refused(empty_url, demo_export):
    engine = create_engine(empty_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE muhasebe (id integer primary key, tutar numeric)"))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match="is not empty"):
        sb.restore_export(make_url(empty_url), demo_export)
    assert tables_of(empty_url) == ["muhasebe"]


def _bytes(data: bytes):
    def make(_path: Path, target: Path) -> Path:
        target.write_bytes(data)
        return target

    return make


def _half(path: Path, target: Path) -> Path:
    data = path.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def _cut_at_a_line(path: Path, target: Path) -> Path:
    data = gzip.decompress(path.read_bytes())
    lines = data.split(b"\n")
    target.write_bytes(gzip.compress(b"\n".join(lines[: len(lines) // 2]) + b"\n"))
    return target


def _tampered(path: Path, target: Path) -> Path:
    lines = lines_of(path)
    for i, line in enumerate(lines):
        if isinstance(line, dict) and line.get("table") == "workshop":
            kinds = [c[1] for c in line["columns"]]
            row = lines[i + 1]
            row[kinds.index("datetime")] = "yarın sabah"
            break
    return write_lines(target, lines)


def _without_end(path: Path, target: Path) -> Path:
    return write_lines(target, lines_of(path)[:-1])


def _after_end(path: Path, target: Path) -> Path:
    return write_lines(target, [*lines_of(path), [1, 2, 3]])


def _wrong_count(path: Path, target: Path) -> Path:
    lines = lines_of(path)
    for line in lines:
        if isinstance(line, dict) and line.get("table") == "person":
            line["rows"] -= 1
    return write_lines(target, lines)


def _other_columns(path: Path, target: Path) -> Path:
    lines = lines_of(path)
    for line in lines:
        if isinstance(line, dict) and line.get("table") == "person":
            line["columns"][1][0] = "şifre"
    return write_lines(target, lines)


def _child_first(path: Path, target: Path) -> Path:
    lines = lines_of(path)
    starts = [i for i, x in enumerate(lines) if isinstance(x, dict) and "table" in x]
    names = [lines[i]["table"] for i in starts]
    bounds = [*starts, len(lines) - 1]
    sections = {lines[s]["table"]: lines[s:e] for s, e in itertools.pairwise(bounds)}
    order = names[:]
    a, b = order.index("organization"), order.index("person")
    order[a], order[b] = order[b], order[a]
    body = [x for name in order for x in sections[name]]
    return write_lines(target, [lines[0], *body, lines[-1]])


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (_half, "cut short"),
        (_cut_at_a_line, "cut short"),
        (_without_end, "cut short"),
        (_bytes(bytes(range(256)) * 64), NOT_AN_EXPORT),
        (_bytes(b""), NOT_AN_EXPORT),
        (_bytes('{"format": "başka", "rows": []}\n'.encode()), NOT_AN_EXPORT),
        (lambda _p, t: write_lines(t, [{"hello": "dünya"}]), NOT_AN_EXPORT),
        (_bytes(gzip.compress(b"\x00" * 100)), NOT_AN_EXPORT),
        (_tampered, "is not a valid datetime"),
        (_after_end, "goes on after its last line"),
        (_wrong_count, "damaged"),
        (_other_columns, "the columns of person are not those of its schema"),
        (_child_first, "comes before the tables it refers to"),
    ],
    ids=[
        "truncated bytes",
        "cut at a line",
        "no last line",
        "garbage",
        "empty",
        "foreign JSON",
        "foreign gzipped JSON",
        "gzipped zeros",
        "a bad value",
        "more after the end",
        "a wrong row count",
        "other columns",
        "a child before its parent",
    ],
)
def test_a_file_that_is_not_a_whole_export_is_refused_and_changes_nothing(
    empty_url, demo_export, tmp_path, make, said
):
    bad = make(demo_export, tmp_path / "bozuk.export")
    with pytest.raises(StoreError) as refused:
        sb.restore_export(make_url(empty_url), bad)
    message = str(refused.value)
    assert said in message
    assert "\n" not in message and "Traceback" not in message
    assert tables_of(empty_url) == [], "nothing created, not even the schema"


def test_an_export_of_a_newer_facilitator_is_refused(empty_url, demo_export, tmp_path):
    lines = lines_of(demo_export)
    later = f"{int(SCHEMA_HEAD) + 1:04d}"
    lines[0]["schema"] = later
    newer = write_lines(tmp_path / "yeni.export", lines)
    with pytest.raises(SchemaTooNewError, match="newer version of Facilitator"):
        sb.restore_export(make_url(empty_url), newer)
    assert tables_of(empty_url) == []


def test_an_older_schema_is_exported_as_it_is_and_restored_upgraded(
    empty_url, postgres_cluster, tmp_path
):
    older = KNOWN_REVISIONS[2]  # before organization.sector_other (0004)
    engine = create_engine(empty_url)
    moment = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    try:
        with engine.begin() as conn:
            sb.create_schema(conn, older)
            conn.execute(
                text(
                    "INSERT INTO organization (id, uuid, created_at, updated_at, name, "
                    "short_name, sector, city, website, search_text) VALUES (7, :uuid, :t, :t, "
                    "'Işık Vakfı', 'IŞIK', 'foundation', 'Bursa', '', 'isik vakfi')"
                ),
                {"uuid": str(uuid.uuid4()), "t": moment},
            )
    finally:
        engine.dispose()
    health = check_server(make_url(empty_url))
    assert health.ok and health.revision == older and not health.current
    exported = sb.export_database(make_url(empty_url), tmp_path / "eski.export")
    assert exported.revision == older
    assert check_server(make_url(empty_url)).revision == older, "backup and check write nothing"

    name = postgres_cluster.empty_database()
    try:
        target = postgres_cluster.url(name)
        restored = sb.restore_export(make_url(target), exported.path)
        assert restored.exported_revision == older and restored.revision == SCHEMA_HEAD
        store = Store.open(target, create=False)
        try:
            assert store.schema_revision() == SCHEMA_HEAD
            [org] = directory.list_organizations(store)
            assert (org.id, org.name, org.city) == (7, "Işık Vakfı", "Bursa")
            assert directory.create_organization(store, "Yeni Dernek").id == 8
        finally:
            store.close()
    finally:
        postgres_cluster.drop(name)


def test_backup_refuses_an_existing_file_and_leaves_it_as_it_was(postgres_url, tmp_path):
    folder = tmp_path / "yedek"
    folder.mkdir()
    existing = folder / "önemli.export"
    existing.write_text("önemli", encoding="utf-8")
    with pytest.raises(StoreError, match="already exists"):
        sb.export_database(make_url(postgres_url), existing)
    assert existing.read_text(encoding="utf-8") == "önemli"
    assert [p.name for p in folder.iterdir()] == ["önemli.export"]


def test_check_and_backup_of_a_database_that_is_not_facilitators_say_so(empty_url, tmp_path):
    health = check_server(make_url(empty_url))
    assert health.connected and not health.ok
    assert "is not a Facilitator database (it is empty)" in health.problem
    folder = tmp_path / "yedek"
    with pytest.raises(StoreError, match="it is empty"):
        sb.export_database(make_url(empty_url), folder / "boş.export")
    assert not folder.exists() or list(folder.iterdir()) == []


def sections_of(lines: list) -> dict[str, list[dict]]:
    """Every table's rows of an export, each row as {column: value}."""
    found: dict[str, list[dict]] = {}
    columns: list[str] = []
    for line in lines[1:-1]:
        if isinstance(line, dict):
            columns = [c[0] for c in line["columns"]]
            found[line["table"]] = []
            current = found[line["table"]]
        else:
            current.append(dict(zip(columns, line, strict=True)))
    return found


def test_an_export_restored_into_a_new_file_holds_every_row(demo_export, tmp_path):
    target = tmp_path / "sunucudan" / "ekip.db"
    restored = sb.restore_export_into_file(target, demo_export)
    assert restored.revision == SCHEMA_HEAD and restored.rows > 0
    assert sorted(p.name for p in target.parent.iterdir()) == ["ekip.db"]
    store = Store.open(target, create=False)
    try:
        with store.engine.connect() as conn, conn.begin():
            revision, tables = sb.facilitator_schema(conn, str(target))
            again = io.BytesIO()
            export_file.write_export(conn, again, revision, tables)
        largest = max(o.id for o in directory.list_organizations(store))
        assert directory.create_organization(store, "Dosyada Yeni Dernek").id > largest
    finally:
        store.close()
    exported = [json.loads(x) for x in again.getvalue().split(b"\n") if x]
    assert sections_of(exported) == sections_of(lines_of(demo_export))


def test_an_export_is_restored_only_into_a_new_file(demo_export, tmp_path):
    target = tmp_path / "var.db"
    target.write_text("başka bir şey", encoding="utf-8")
    with pytest.raises(StoreError, match="already exists"):
        sb.restore_export_into_file(target, demo_export)
    assert target.read_text(encoding="utf-8") == "başka bir şey"

    lines = lines_of(demo_export)
    lines[0]["schema"] = KNOWN_REVISIONS[-2]
    lines[0]["tables"] = len(SCHEMA_TABLES[KNOWN_REVISIONS[-2]])
    older = write_lines(tmp_path / "eski.export", lines)
    with pytest.raises(StoreError, match="earlier Facilitator"):
        sb.restore_export_into_file(tmp_path / "yeni.db", older)
    assert not (tmp_path / "yeni.db").exists()

    broken = _without_end(demo_export, tmp_path / "yarım.export")
    with pytest.raises(StoreError, match="cut short"):
        sb.restore_export_into_file(tmp_path / "yeni.db", broken)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["home", "var.db", "eski.export", "yarım.export"]
    ), "nothing left of the attempt"
