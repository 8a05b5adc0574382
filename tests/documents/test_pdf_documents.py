"""Every document of the demo series, rendered in Turkish and English and read back."""

from __future__ import annotations

import email
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from facilitator.documents.agenda import write_agenda
from facilitator.documents.attendance import WALK_IN_ROWS, write_attendance
from facilitator.documents.calendar import write_calendar
from facilitator.documents.email_drafts import safe_file_name, write_email_drafts
from facilitator.documents.minutes import write_minutes
from facilitator.documents.roadmap import write_roadmap
from facilitator.documents.template import Branding, RenderOptions
from facilitator.errors import NotFoundError, ValidationError
from facilitator.services import directory, listing
from facilitator.services import document_data as data
from facilitator.store import Store
from tests.conftest import demo_database
from tests.documents.pdf_text import (
    body_text,
    fonts_without_file,
    local_zone,
    outline_titles,
    page_texts,
    pdftotext,
    qpdf_check,
    squeeze,
    tools_missing,
)


def test_qpdf_and_poppler_are_installed():
    # The PDF checks below need them; CI installs both, so a missing one is a failure.
    assert tools_missing() == []


LANGUAGES = ("tr", "en")
WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"


@dataclass
class Rendered:
    """Every document of the demo, rendered once for this module, and what tests compare."""

    w5: int  # workshop 5 of the main series, the one with the richest minutes
    w6: int
    docs: dict[tuple[str, str], tuple[Path, int, object]]  # (name, lang): (path, pages, data)
    people: dict[str, directory.PersonRow]  # by the name documents show (with honorific)
    recipients: list[data.Recipient]  # of workshop 5's minutes


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Rendered:
    """The demo database and every document rendered from it, once for this module."""
    folder = tmp_path_factory.mktemp("documents")
    store = Store.open(demo_database(folder / "demo.db"))
    try:
        ids = {w.title: w.id for w in listing.list_workshops(store)}
        w5 = ids[WORKSHOP_5]
        w6 = ids["Platformun ilk ortak projesi: gönüllü eşleştirme"]
        series = data.series_of_workshop(store, w5)
        docs = {}
        # Times are shown in the computer's zone; the demo's is Istanbul.
        with local_zone("Europe/Istanbul"):
            for lang in LANGUAGES:
                options = RenderOptions(language=lang)
                for name, write, value in (
                    ("minutes", write_minutes, data.minutes_data(store, w5)),
                    ("agenda", write_agenda, data.agenda_data(store, w5)),
                    ("attendance", write_attendance, data.attendance_data(store, w6)),
                    ("roadmap", write_roadmap, data.roadmap_data(store, series)),
                ):
                    path = folder / f"{name}-{lang}.pdf"
                    pages = write(path, value, options)
                    docs[name, lang] = (path, pages, value)
        people = {p.display_name: p for p in directory.list_people(store)}
        recipients = data.email_recipients(store, w5)
    finally:
        store.close()
    return Rendered(w5, w6, docs, people, recipients)


NAMES = ("minutes", "agenda", "attendance", "roadmap")
ALL = [(name, lang) for name in NAMES for lang in LANGUAGES]


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_every_document_passes_qpdf_and_embeds_its_fonts(rendered, name, lang):
    path, pages, _value = rendered.docs[name, lang]
    check = qpdf_check(path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert fonts_without_file(path) == []
    assert len(PdfReader(str(path)).pages) == pages >= 1


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_last_page_says_page_n_of_n_and_first_page_1(rendered, name, lang):
    path, pages, _value = rendered.docs[name, lang]
    texts = page_texts(path)
    expected = {"tr": "Sayfa {p} / {n}", "en": "Page {p} of {n}"}[lang]
    assert expected.format(p=pages, n=pages) in " ".join(texts[-1].split())
    assert expected.format(p=1, n=pages) in " ".join(texts[0].split())


@pytest.mark.parametrize(("name", "lang"), ALL)
def test_metadata_language_and_outline(rendered, name, lang):
    path, _pages, _value = rendered.docs[name, lang]
    reader = PdfReader(str(path))
    meta = reader.metadata
    assert meta.title and meta.author and meta.subject
    assert reader.trailer["/Root"]["/Lang"] == lang
    titles = outline_titles(path)
    assert (
        titles[0]
        == {
            "minutes": {"tr": "Tutanak", "en": "Minutes"},
            "agenda": {"tr": "Gündem", "en": "Agenda"},
            "attendance": {"tr": "Katılım listesi", "en": "Attendance sheet"},
            "roadmap": {"tr": "Yol haritası", "en": "Roadmap"},
        }[name][lang]
    )
    assert len(titles) >= (1 if name == "attendance" else 2)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_minutes_name_every_present_participant_decision_and_commitment(rendered, lang):
    path, _pages, minutes = rendered.docs["minutes", lang]
    text = pdftotext(path)
    present = [p for p in minutes.participants if p.attendance == "present"]
    assert len(present) >= 20
    body = squeeze(body_text(path))
    for person in present:
        assert squeeze(person.name) in body, person.name
    for decision in minutes.decisions:
        assert squeeze(decision.title) in body
        assert squeeze(decision.statement) in body
        for rnd in decision.rounds:
            for _who, _value, reason in rnd.reasons:
                assert squeeze(reason) in body
    assert len(minutes.commitments) >= 5
    for commitment in minutes.commitments:
        assert squeeze(commitment.title) in body
    # Turkish letters survive as themselves, never as replacement marks or boxes.
    for word in ("Küçükosmanoğlu", "Işık", "İpekyolu", "Şahin", "Çağdaş"):
        assert word in text
    assert "\ufffd" not in text and "■" not in text
    titles = outline_titles(path)
    sections = {
        "tr": ["Katılımcılar", "Sayılarla", "Gündem", "Görüşmeler", "Kararlar", "Taahhütler",
               "Onay"],
        "en": ["Participants", "In figures", "Agenda", "Discussion", "Decisions", "Commitments",
               "Approval"],
    }[lang]  # fmt: skip
    for section in sections:
        assert section in titles
    decision = {"tr": "Karar 5/1", "en": "Decision 5/1"}[lang]
    assert any(t.startswith(decision) for t in titles), titles


def test_minutes_in_turkish_use_turkish_dates_figures_and_labels(rendered):
    text = " ".join(pdftotext(rendered.docs["minutes", "tr"][0]).split())
    assert "14 Mart 2026 Cumartesi" in text and "Cumartesi, 14 Mart" not in text
    assert "kurumdan" in text and "katılımcı" in text
    assert "Kabul edildi" in text and "Çekincelerle kabul edildi" in text
    assert "250.000 TL" in text and "₺" not in text  # formal Turkish writes TL


def test_minutes_in_english_use_english_dates_and_amounts(rendered):
    text = " ".join(pdftotext(rendered.docs["minutes", "en"][0]).split())
    assert "Saturday 14 March 2026" in text
    assert "TRY 250,000" in text
    assert "Agreed with reservations" in text


def test_minutes_show_contact_details_only_with_consent(rendered):
    _path, _pages, minutes = rendered.docs["minutes", "tr"]
    text = pdftotext(rendered.docs["minutes", "tr"][0])
    people = rendered.people
    shown = [p for p in minutes.participants if p.attendance == "present"]
    with_consent = [people[p.name] for p in shown if people[p.name].contact_consent]
    without = [people[p.name] for p in shown if not people[p.name].contact_consent]
    assert with_consent and without
    flat = squeeze(text)
    for person in with_consent:
        assert squeeze(person.email) in flat
    for person in without:
        assert squeeze(person.email) not in flat
        assert squeeze(person.phone) not in flat


def test_minutes_list_absent_and_excused_apart(rendered):
    _path, _pages, minutes = rendered.docs["minutes", "en"]
    text = " ".join(pdftotext(rendered.docs["minutes", "en"][0]).split())
    absent = [p.name for p in minutes.participants if p.attendance == "absent"]
    excused = [p.name for p in minutes.participants if p.attendance == "excused"]
    assert absent and excused  # the demo has both
    assert "Excused:" in text and "Absent:" in text
    # Each name under its own label.
    a, e = text.index("Absent:"), text.index("Excused:")
    absent_part = text[a:e] if a < e else text[a:]
    excused_part = text[e:a] if e < a else text[e:]
    for name in absent:
        assert name in absent_part
    for name in excused:
        assert name in excused_part


def test_no_attribution_leaves_speakers_out_of_the_discussion(rendered, tmp_path):
    named, _pages, minutes = rendered.docs["minutes", "tr"]  # rendered with attribution
    anonymous = tmp_path / "anonymous.pdf"
    write_minutes(anonymous, minutes, RenderOptions(language="tr", anonymise=True))
    speaker = next(n.speaker for n in minutes.notes if n.speaker)
    named_text = " ".join(pdftotext(named).split())
    assert f"— {speaker}" in named_text and "Chatham House" not in named_text
    plain_text = " ".join(pdftotext(anonymous).split())
    assert f"— {speaker}" not in plain_text
    assert "Chatham House" in plain_text
    anonymous_body = squeeze(body_text(anonymous))
    for note in minutes.notes:
        assert squeeze(note.text) in anonymous_body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_agenda_handout_lists_items_with_times_and_presenters(rendered, lang):
    path, _pages, agenda = rendered.docs["agenda", lang]
    body = squeeze(body_text(path))
    text = " ".join(pdftotext(path).split())
    for item in agenda.agenda:
        assert squeeze(item.title) in body
        if item.presenter:
            assert squeeze(item.presenter) in body
    assert "10:00–10:15" in text  # Europe/Istanbul, the demo's time zone


@pytest.mark.parametrize("lang", LANGUAGES)
def test_attendance_sheet_in_turkish_order_with_blank_rows(rendered, lang):
    path, _pages, sheet = rendered.docs["attendance", lang]
    names = [p.name for p in sheet.attendees]
    # By family name, then given name, in Turkish order; the honorific plays no part.
    assert names == [
        "Mert Ağca",
        "Murat Çelikkaya",
        "Aylin Çınar",
        "Prof. Dr. Rüya Küçükosmanoğlu",
        "Hakan Ünlü",
        "Kemal Yıldırım",
        "Dilara Yüce",
    ]
    text = pdftotext(path)
    body = squeeze(body_text(path))
    positions = [body.index(squeeze(name)) for name in names]
    assert positions == sorted(positions)
    last = len(names) + WALK_IN_ROWS
    assert str(last) in text.split()
    assert {"tr": "İmza", "en": "Signature"}[lang] in text


def test_attendance_sheet_in_landscape(rendered, tmp_path):
    _path, _pages, sheet = rendered.docs["attendance", "tr"]
    path = tmp_path / "landscape.pdf"
    write_attendance(path, sheet, RenderOptions(language="tr", landscape=True))
    box = PdfReader(str(path)).pages[0].mediabox
    assert float(box.width) > float(box.height)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_roadmap_shows_phases_commitments_matrix_and_register(rendered, lang):
    path, _pages, roadmap = rendered.docs["roadmap", lang]
    body = squeeze(body_text(path))
    for phase in roadmap.phases:
        assert squeeze(phase.title) in body
    for commitment in roadmap.commitments:
        assert squeeze(commitment.title) in body
        assert squeeze(commitment.organization) in body
    for decision in roadmap.decisions:
        assert squeeze(decision.label) in body and squeeze(decision.title) in body
    figures = roadmap.figures
    held = f"{figures.workshops_held}/{figures.workshops_total}"
    assert squeeze({"tr": "Yapılan çalıştaylar", "en": "Workshops held"}[lang]) + held in body
    for line in roadmap.matrix[:-1]:
        assert squeeze(line.label) in body
    titles = outline_titles(path)
    expected = {
        "tr": ["Sayılarla", "Zaman çizelgesi", "Aşamalar", "Kurumlara göre katkılar",
               "Ek: karar kaydı"],
        "en": ["In figures", "Timeline", "Phases", "Contributions by organization",
               "Appendix: decision register"],
    }[lang]  # fmt: skip
    for title in expected:
        assert title in titles


def test_roadmap_of_a_workshop_without_series_is_refused(store):
    from facilitator.services.workshops import create_workshop

    start = datetime(2026, 5, 1, 7, tzinfo=UTC)
    w = create_workshop(store, "Tek başına çalıştay", start, start.replace(hour=9))
    with pytest.raises(NotFoundError, match="“Tek başına çalıştay” is not part of a series"):
        data.series_of_workshop(store, w.id)


def test_branding_logos_and_disclaimer_on_every_page(rendered, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 80), (20, 90, 160)).save(logo)
    funder = tmp_path / "funder.jpg"
    Image.new("RGB", (200, 120), (250, 200, 0)).save(funder)
    disclaimer = "Bu yayın Avrupa Birliği'nin mali desteğiyle hazırlanmıştır <&>."
    branding = Branding(str(logo), str(funder), disclaimer, "#8b1f3a")
    path = tmp_path / "branded.pdf"
    _p, _n, minutes = rendered.docs["minutes", "tr"]
    pages = write_minutes(path, minutes, RenderOptions(language="tr", branding=branding))
    reader = PdfReader(str(path))
    for page in reader.pages:
        images = page["/Resources"].get("/XObject", {})
        assert len([k for k, v in images.items() if v.get_object()["/Subtype"] == "/Image"]) == 2
        assert "mali desteğiyle hazırlanmıştır <&>." in " ".join(page.extract_text().split())
    assert qpdf_check(path).returncode == 0
    assert len(reader.pages) == pages


def test_a_bad_logo_is_refused_and_nothing_is_written(rendered, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_text("not an image")
    path = tmp_path / "out.pdf"
    _p, _n, minutes = rendered.docs["minutes", "tr"]
    with pytest.raises(ValidationError, match=r"logo\.png"):
        write_minutes(path, minutes, RenderOptions(branding=Branding(organization_logo=str(bad))))
    assert not path.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "logo.png"]


def test_a_failed_export_keeps_the_previous_file(rendered, tmp_path, monkeypatch):
    path = tmp_path / "minutes.pdf"
    path.write_bytes(b"previous")
    _p, _n, minutes = rendered.docs["minutes", "tr"]

    import facilitator.documents.minutes as module

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk vanished")

    monkeypatch.setattr(module, "_approval", broken)
    with pytest.raises(RuntimeError):
        write_minutes(path, minutes, RenderOptions())
    assert path.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "minutes.pdf"]


def test_calendar_invitation_parses_back_in_utc(rendered, tmp_path):
    _path, _pages, agenda = rendered.docs["agenda", "tr"]
    path = write_calendar(tmp_path / "w.ics", agenda, "tr")
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert event.decoded("dtstart") == datetime(2026, 3, 14, 7, 0, tzinfo=UTC)
    assert event.decoded("dtend") == datetime(2026, 3, 14, 10, 0, tzinfo=UTC)
    assert event.decoded("dtstart").utcoffset().total_seconds() == 0
    assert str(event["uid"]).endswith("@facilitator")
    assert event.get("dtstamp") is not None
    assert "Villa Zeytin" in str(event["location"])
    description = str(event["description"])
    for item in agenda.agenda:
        assert item.title in description
    assert b"DTSTART:20260314T070000Z" in path.read_bytes()


def test_email_drafts_one_per_address_with_the_minutes_attached(rendered, tmp_path):
    pdf, _pages, minutes = rendered.docs["minutes", "tr"]
    recipients = rendered.recipients
    assert len(recipients) >= 20
    folder = tmp_path / "drafts"
    folder.mkdir()
    written = write_email_drafts(folder, recipients, minutes.workshop, pdf, "tr")
    assert len(written) == len(recipients) == len(list(folder.iterdir()))
    for path, recipient in zip(written, recipients, strict=True):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert recipient.email in message["To"]
        assert message["Subject"] == f"Tutanak: {WORKSHOP_5}"
        attachments = list(message.iter_attachments())
        assert len(attachments) == 1
        assert attachments[0].get_content_type() == "application/pdf"
        assert attachments[0].get_content() == pdf.read_bytes()
        body = message.get_body(("plain",)).get_content()
        assert "Sayın" in body and "14 Mart 2026" in body


def test_email_drafts_in_english_and_safe_names_that_never_collide(rendered, tmp_path):
    pdf, _pages, minutes = rendered.docs["minutes", "en"]
    recipients = [
        data.Recipient('A/B: "C" <x>', "a@example.org"),
        data.Recipient('A/B: "C" <x>', "b@example.org"),
        data.Recipient("CON", "c@example.org"),
    ]
    written = write_email_drafts(tmp_path, recipients, minutes.workshop, pdf, "en")
    names = [p.name for p in written]
    assert len(set(names)) == 3
    for name in names:
        assert not set(name) & set('<>:"/\\|?*')
    assert safe_file_name("CON", ".eml") != "CON.eml"
    body = email.message_from_bytes(written[0].read_bytes(), policy=policy.default)
    assert "Dear" in body.get_body(("plain",)).get_content()


def test_documents_do_not_need_reportlab_at_start_up():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "facilitator", "--version"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0
    assert "reportlab" not in result.stderr


def test_an_empty_workshop_still_makes_its_documents(store, tmp_path):
    from facilitator.services.workshops import create_workshop, update_workshop

    start = datetime(2026, 5, 1, 7, tzinfo=UTC)
    w = create_workshop(store, "Boş çalıştay", start, start.replace(hour=9))
    update_workshop(store, w.id, status="held")  # held, with nothing recorded
    for name, write, value in (
        ("minutes", write_minutes, data.minutes_data(store, w.id)),
        ("agenda", write_agenda, data.agenda_data(store, w.id)),
        ("attendance", write_attendance, data.attendance_data(store, w.id)),
    ):
        path = tmp_path / f"{name}.pdf"
        assert write(path, value, RenderOptions(language="en")) == 1
        assert qpdf_check(path).returncode == 0
        assert "Boş çalıştay" in pdftotext(path)
    text = " ".join(pdftotext(tmp_path / "minutes.pdf").split())
    assert "No decisions were taken." in text and "No commitments were made." in text


def test_email_drafts_keep_non_ascii_addresses_and_names_with_commas(rendered, tmp_path):
    pdf, _pages, minutes = rendered.docs["minutes", "tr"]
    recipients = [
        data.Recipient("Cem Öztürk", "cem@örnek.com.tr"),
        data.Recipient('Çağla, "Öz" <x>', "ayşe@örnek.com.tr"),
    ]
    written = write_email_drafts(tmp_path, recipients, minutes.workshop, pdf, "tr")
    seen = []
    for path in written:
        message = email.message_from_string(path.read_text("utf-8"), policy=policy.default)
        [address] = message["To"].addresses
        seen.append((address.display_name, address.addr_spec))
    assert seen == [
        ("Cem Öztürk", "cem@örnek.com.tr"),
        ('Çağla, "Öz" <x>', "ayşe@örnek.com.tr"),
    ]


def test_an_unusable_address_writes_nothing_and_names_the_person(rendered, tmp_path):
    from facilitator.documents.email_drafts import DraftError

    pdf, _pages, minutes = rendered.docs["minutes", "tr"]
    recipients = [
        data.Recipient("Ayşe Yılmaz", "ayse@example.org"),
        data.Recipient("Bora Kaya", "bora<at>example.org"),
    ]
    folder = tmp_path / "drafts"
    folder.mkdir()
    with pytest.raises(DraftError, match="Bora Kaya"):
        write_email_drafts(
            folder,
            recipients,
            minutes.workshop,
            folder / "Tutanak.pdf",
            "tr",
            pdf_bytes=pdf.read_bytes(),
        )
    assert list(folder.iterdir()) == []


def test_minutes_and_drafts_list_people_by_family_name(demo):
    store = demo.store
    workshop = demo.titles["Danışma Kurulu toplantısı"]
    expected = [
        "Pınar Akgül",
        "Murat Çelikkaya",
        "İpek Irmak",
        "Sophie Laurent",
        "Burak Öztoprak",
        "Elif Soysal",
        "Doç. Dr. Umut Şahin",
        "Kemal Yıldırım",
    ]
    minutes = data.minutes_data(store, workshop)
    assert [p.name for p in minutes.participants] == expected
    # Everyone there has an address: one draft each, in the same order.
    assert [r.name for r in data.email_recipients(store, workshop)] == expected
