"""Shared fixtures for the Qt-free tests: a redirected home, a fresh database file, factories.

Qt stays out of this file; the UI tests add their own fixtures in ``tests/ui/conftest.py``.
"""

import os

# The test configuration, not the person running the tests, keeps Qt off the screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import itertools
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from facilitator import i18n, logs, paths
from facilitator.models import Sector
from facilitator.services import directory, listing, series, workshops
from facilitator.store import Store

ISTANBUL = ZoneInfo("Europe/Istanbul")

ORGANIZATION_NAMES = [
    "Çağdaş Yaşam Gönüllüleri Derneği",
    "Işık Lösemili Çocuklar Vakfı",
    "Öncü Gıda San. ve Tic. A.Ş.",
    "İpekyolu Lojistik",
    "Uludere Üniversitesi",
    "Şehir Gönüllüleri Koordinasyon Merkezi",
]

PERSON_NAMES = [
    ("Gülşen", "Öztürk"),
    ("İsmail", "Işık"),
    ("Şule", "Çağlar"),
    ("Ümit", "Doğan"),
    ("Çiğdem", "Ilgaz"),
    ("Oğuz", "Ünal"),
]


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    """Every folder the app keeps files in, redirected to a temporary directory.

    Autouse, so that no test can reach the real user profile by forgetting it. The
    log folder is one of them (``paths.log_dir()``); a test that set up logging has
    its log file closed afterwards, so no later test writes into it.
    """
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv(paths.HOME_ENV, str(folder))
    monkeypatch.delenv(paths.DATABASE_ENV, raising=False)
    assert paths.log_dir().is_relative_to(folder)
    yield folder
    logs.stop_logging()


@pytest.fixture(autouse=True)
def language():
    """Each test starts in English; a language it sets ends with it (``i18n`` is scoped)."""
    with i18n.using_language("en"):
        yield


@pytest.fixture
def db_path(tmp_path) -> Path:
    """Where the test's database file lives (a real file: WAL and locking need one)."""
    return tmp_path / "çalıştay.db"


# Which database the store fixture gives: "sqlite" (a file, the default) or "postgresql"
# (a database on a throw-away server started for the run; see tests/pg_cluster.py).
BACKEND = os.environ.get("FACILITATOR_TEST_BACKEND", "sqlite")
if BACKEND not in ("sqlite", "postgresql"):
    raise RuntimeError(f"FACILITATOR_TEST_BACKEND is {BACKEND!r}: sqlite or postgresql")


@pytest.fixture(scope="session")
def postgres_cluster():
    """A PostgreSQL server of this test process's own, on a Unix socket, for the run."""
    from tests.pg_cluster import Cluster

    cluster = Cluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster):
    """The URL of a fresh database at the current schema on the test server, dropped after."""
    name = postgres_cluster.new_database()
    yield postgres_cluster.url(name)
    postgres_cluster.drop(name)


@pytest.fixture
def store(home, db_path, request):
    """A fresh database at the current schema, closed after the test: a file, or with
    FACILITATOR_TEST_BACKEND=postgresql a database on the test server."""
    if BACKEND == "postgresql":
        opened = Store.open(request.getfixturevalue("postgres_url"))
    else:
        opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def file_store(home, db_path):
    """A fresh database file, whatever the backend of the run: for what only a file has
    (its bytes, its lock, its read-only mode)."""
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def db_location(store, db_path) -> str:
    """Where the store fixture's database is, as ``--database`` takes it: the file's path,
    or the server database's URL."""
    if store.path is not None:
        return str(db_path)
    return store.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def make_org(store):
    """Create an organization through the service; names default to Turkish institutions."""
    counter = itertools.count()

    def make(name: str | None = None, **fields) -> directory.OrganizationRow:
        if name is None:
            n = next(counter)
            name = ORGANIZATION_NAMES[n % len(ORGANIZATION_NAMES)]
            if n >= len(ORGANIZATION_NAMES):
                name = f"{name} {n // len(ORGANIZATION_NAMES) + 1}"
        fields.setdefault("sector", Sector.NGO)
        fields.setdefault("city", "Bursa")
        return directory.create_organization(store, name, **fields)

    return make


@pytest.fixture
def make_person(store):
    """Create a person through the service; names default to Turkish names with ğ ş ı İ ö ü ç."""
    counter = itertools.count()

    def make(
        given_name: str | None = None, family_name: str | None = None, **fields
    ) -> directory.PersonRow:
        default_given, default_family = PERSON_NAMES[next(counter) % len(PERSON_NAMES)]
        return directory.create_person(
            store,
            default_given if given_name is None else given_name,
            default_family if family_name is None else family_name,
            **fields,
        )

    return make


@pytest.fixture
def make_series(store):
    """Create a workshop series through the service."""

    def make(
        title: str = "Özel Sektör ve STK'lar Arasında İş Birliği Çalıştayları", **fields
    ) -> series.SeriesRow:
        return series.create_series(store, title, **fields)

    return make


@pytest.fixture
def make_workshop(store):
    """Create a workshop through the service: timezone-aware times, a week apart per call."""
    counter = itertools.count()

    def make(
        title: str = "Gönüllülük kültürü ve şirket çalışanları",
        planned_start: datetime | None = None,
        planned_end: datetime | None = None,
        **fields,
    ) -> workshops.WorkshopRow:
        if planned_start is None:
            planned_start = datetime(2026, 3, 14, 10, 0, tzinfo=ISTANBUL) + timedelta(
                weeks=next(counter)
            )
        if planned_end is None:
            planned_end = planned_start + timedelta(hours=3)
        return workshops.create_workshop(store, title, planned_start, planned_end, **fields)

    return make


@pytest.fixture
def unwritable_location(tmp_path) -> Path:
    """A database location that can never be created.

    Tests run as root in some environments, where folder permissions do not stop
    writing; a path below a regular file cannot be created by anyone.
    """
    if os.geteuid() == 0:
        blocker = tmp_path / "bir dosya.txt"
        blocker.write_text("bu bir klasör değil", encoding="utf-8")
        yield blocker / "alt" / "veri.db"
        return
    folder = tmp_path / "salt okunur"
    folder.mkdir()
    folder.chmod(0o500)
    yield folder / "veri.db"
    folder.chmod(0o700)


@dataclass
class Demo:
    """The demo loaded into the test's store, and the ids tests look up in it."""

    store: Store
    loaded: object  # the DemoResult (counts of what was created)
    series_id: int  # the main series (six workshops)
    workshops: list[int]  # its workshops, by number
    other_series_id: int
    other_workshops: list[int]
    titles: dict[str, int]  # every workshop's id by title

    def workshop(self, number: int) -> int:
        """The id of the main series' workshop ``number`` (1-based)."""
        return self.workshops[number - 1]

    def people(self) -> dict:
        return {p.full_name: p for p in directory.list_people(self.store)}

    def organizations(self) -> dict:
        return {o.short_name or o.name: o for o in directory.list_organizations(self.store)}


@pytest.fixture
def demo(store) -> Demo:
    """The demo series loaded into ``store`` (the one shape every test module uses)."""
    from facilitator.services.demo import load_demo

    loaded = load_demo(store)
    every = series.list_series(store)
    main = next(s for s in every if s.workshop_count >= 6)
    other = next(s for s in every if s.id != main.id)
    listed = listing.list_workshops(store)

    def ids_of(series_id: int) -> list[int]:
        return [
            w.id
            for w in sorted(listed, key=lambda w: (w.number or 0, w.id))
            if w.series_id == series_id
        ]

    return Demo(
        store=store,
        loaded=loaded,
        series_id=main.id,
        workshops=ids_of(main.id),
        other_series_id=other.id,
        other_workshops=ids_of(other.id),
        titles={w.title: w.id for w in listed},
    )


def demo_database(path: Path) -> Path:
    """A database file at ``path`` holding the demo series (for tests that need a real file)."""
    from facilitator.services.demo import load_demo

    store = Store.open(path)
    try:
        load_demo(store)
    finally:
        store.close()
    return path


def _dump(target) -> dict[str, list[tuple]]:
    """Every row of every table: of a database file (read-only), or of a Store's database
    (whichever its backend)."""
    if isinstance(target, Store):
        return _dump_store(target)
    path = target
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def _dump_store(store: Store) -> dict[str, list[tuple]]:
    from sqlalchemy import inspect, text

    with store.engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())
        return {
            t: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
            for t in tables
        }


@pytest.fixture
def dump_database():
    """A function giving every row of every table of a database file (read-only) or of a
    Store's database."""
    return _dump


def pytest_collection_modifyitems(config, items):
    """With FACILITATOR_TEST_BACKEND=postgresql the run keeps the tests that use the
    database (the store fixture, or the test server itself) and deselects the rest, which
    the SQLite run covers, and those of what only a file has (``file_store``, marked
    ``file_only``); the SQLite run deselects the tests written for the server."""
    server = {"postgres_cluster", "postgres_url"}
    kept, dropped = [], []
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        on_server = bool(names & server)
        file_only = "file_store" in names or item.get_closest_marker("file_only") is not None
        if BACKEND == "postgresql":
            (kept if on_server or ("store" in names and not file_only) else dropped).append(item)
        else:
            (dropped if on_server else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_terminal_summary(terminalreporter):
    """How many tests ran against PostgreSQL (the CI log shows it)."""
    if BACKEND != "postgresql":
        return
    reports = [
        r
        for key in ("passed", "failed", "error")
        for r in terminalreporter.stats.get(key, [])
        if getattr(r, "when", "call") == "call"
    ]
    terminalreporter.write_line(f"{len(reports)} tests ran against PostgreSQL")


def pytest_sessionfinish(session, exitstatus):
    """Windows the tests left open are destroyed while Python is whole, as the app does on
    quit (facilitator.ui.app.delete_all_windows); left to interpreter shutdown they crash it."""
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        from facilitator.ui.app import delete_all_windows

        delete_all_windows(app)
