"""``facilitator export minutes|roadmap|agenda|attendance|ics`` as a user runs it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from facilitator.services.workshops import create_workshop
from facilitator.store import Store
from tests.cli.test_cli import run
from tests.conftest import demo_database

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    return demo_database(tmp_path_factory.mktemp("şablon") / "demo.db")


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    """A copy of the demo database for one test (the command line's own ``demo`` command is
    tested in test_cli.py)."""
    db = tmp_path / "demo.db"
    shutil.copy(demo_template, db)
    return db


WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"
HEADINGS = {
    "minutes": {"tr": "Tutanak", "en": "Minutes"},
    "agenda": {"tr": "Gündem", "en": "Agenda"},
    "attendance": {"tr": "Katılım listesi", "en": "Attendance sheet"},
    "roadmap": {"tr": "Yol haritası", "en": "Roadmap"},
}


@pytest.mark.parametrize("what", ["minutes", "roadmap", "agenda", "attendance"])
@pytest.mark.parametrize("lang", ["tr", "en"])
def test_export_each_pdf(demo_db, tmp_path, what, lang):
    out = tmp_path / f"{what}-{lang}.pdf"
    result = run("--database", str(demo_db), "export", what, "5", "-o", str(out), "--lang", lang)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    count = len(reader.pages)
    assert (f"({count} pages)" if count > 1 else "(1 page)") in result.stdout
    assert reader.trailer["/Root"]["/Lang"] == lang
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    # Workshop 5's document (its series' roadmap names it), in the language asked for.
    assert WORKSHOP_5 in text
    assert reader.outline[0].title == HEADINGS[what][lang]


def test_export_minutes_without_attribution_and_attendance_in_landscape(demo_db, tmp_path):
    anonymous = tmp_path / "b.pdf"
    result = run(
        "--database", str(demo_db), "export", "minutes", "5", "-o", str(anonymous),
        "--no-attribution",
    )  # fmt: skip
    assert result.returncode == 0
    assert "Chatham House" in " ".join(p.extract_text() for p in PdfReader(str(anonymous)).pages)
    sheet = tmp_path / "sheet.pdf"
    result = run(
        "--database", str(demo_db), "export", "attendance", "6", "-o", str(sheet), "--landscape"
    )
    assert result.returncode == 0
    box = PdfReader(str(sheet)).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_the_attendance_sheet_has_the_columns_asked_for(demo_db, tmp_path):
    sheet = tmp_path / "sheet.docx"
    result = run(
        "--database", str(demo_db), "export", "attendance", "6", "-o", str(sheet),
        "--columns", "photo, email,organization",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    from docx import Document

    header = [cell.text for cell in Document(str(sheet)).tables[-1].rows[0].cells]
    assert header == ["No", "Ad soyad", "Kurum", "E-posta", "Fotoğraf kullanım izni"]


def test_export_ics(demo_db, tmp_path):
    out = tmp_path / "w.ics"
    result = run("--database", str(demo_db), "export", "ics", "5", "-o", str(out))
    assert result.returncode == 0, result.stderr
    event = next(iter(Calendar.from_ical(out.read_bytes()).walk("VEVENT")))
    assert event.decoded("dtstart") == datetime(2026, 3, 14, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["minutes", "999", "-o", "{tmp}/x.pdf"], "#999"),
        (["minutes", "5", "-o", "{tmp}/x.txt"], "must end in .pdf or .docx"),
        (["roadmap", "5", "-o", "{tmp}/x.docx"], "must end in .pdf."),
        (["ics", "5", "-o", "{tmp}/x.pdf"], ".ics"),
        (["agenda", "5", "-o", "{tmp}/missing/x.pdf"], "missing"),
        (["attendance", "5", "-o", "{tmp}/x.pdf", "--columns", "name,telefon"], "“telefon”"),
    ],
)
def test_bad_input_one_line_error_nothing_written(demo_db, tmp_path, args, message):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [a.replace("{tmp}", str(out_dir)) for a in args]
    result = run("--database", str(demo_db), "export", *args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert list(out_dir.iterdir()) == []


def test_roadmap_of_a_workshop_without_series_is_a_clear_error(demo_db, tmp_path):
    store = Store.open(demo_db)
    try:
        start = datetime(2026, 5, 1, 7, tzinfo=UTC)
        alone = create_workshop(store, "Tek başına çalıştay", start, start.replace(hour=9))
    finally:
        store.close()
    out = tmp_path / "r.pdf"
    result = run("--database", str(demo_db), "export", "roadmap", str(alone.id), "-o", str(out))
    assert result.returncode == 2
    assert "series" in result.stderr and "Tek başına çalıştay" in result.stderr
    assert not out.exists()


def test_export_uses_the_branding_chosen_in_the_app_settings(demo_db, tmp_path, home):
    from PIL import Image

    from facilitator.documents.template import Branding
    from facilitator.ui.settings.branding_settings import save_branding

    logo = tmp_path / "a folder, with İ" / "logo.png"
    logo.parent.mkdir()
    Image.new("RGB", (240, 80), (20, 90, 160)).save(logo)
    disclaimer = 'Bu yayın "AB" desteğiyle; hazırlandı = \\ <&> @ %s #1'
    save_branding(Branding(str(logo), None, disclaimer, "#8b1f3a"))  # as the Settings do

    def images_and_text(path):
        reader = PdfReader(str(path))
        first = reader.pages[0]
        xobjects = first["/Resources"].get("/XObject", {})
        images = [k for k, v in xobjects.items() if v.get_object()["/Subtype"] == "/Image"]
        return len(images), " ".join(first.extract_text().split())

    branded = tmp_path / "branded.pdf"
    result = run("--database", str(demo_db), "export", "agenda", "5", "-o", str(branded))
    assert result.returncode == 0, result.stderr
    images, text = images_and_text(branded)
    assert images == 1 and disclaimer in text
    plain = tmp_path / "plain.pdf"
    result = run(
        "--database", str(demo_db), "export", "agenda", "5", "-o", str(plain), "--no-branding"
    )
    assert result.returncode == 0, result.stderr
    images, text = images_and_text(plain)
    assert images == 0 and "desteğiyle" not in text
