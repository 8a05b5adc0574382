"""What the minutes say beyond what was made at the workshop, read back with pdftotext in
both languages: the review of earlier commitments (status before and after, who reported),
commitments made in the name of someone not present, and the summary long minutes open with."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from facilitator.documents.minutes import write_minutes
from facilitator.documents.template import RenderOptions
from facilitator.services import document_data as data
from tests.documents.pdf_text import pdftotext


def flat(text: str) -> str:
    return " ".join(text.split())


def pages(path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    return [flat(page) for page in pdftotext(path).split("\f") if page.strip()]


@pytest.fixture
def fifth(demo):
    return data.minutes_data(demo.store, demo.workshop(5))


def render(minutes, tmp_path, language: str):
    path = tmp_path / f"tutanak-{language}.pdf"
    count = write_minutes(path, minutes, RenderOptions(language=language))
    return path, count


REVIEWED = {
    "tr": (
        "Önceki taahhütlerin gözden geçirilmesi",
        "Taahhüt edildi → Tamamlandı",
        "Önerildi → Vazgeçildi",
        "Sürüyor → Tamamlandı",
        "Bilgi veren",
    ),
    "en": (
        "Review of earlier commitments",
        "Committed → Done",
        "Proposed → Dropped",
        "In progress → Done",
        "Reported by",
    ),
}


@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_review_of_earlier_commitments_shows_before_after_and_who_reported(
    fifth, tmp_path, language
):
    path, _count = render(fifth, tmp_path, language)
    text = flat(pdftotext(path))
    heading, committed_done, proposed_dropped, progress_done, reported = REVIEWED[language]
    section = text[text.index(heading) :]
    # The table ends where the commitments made here begin.
    section = section[: section.index("Taahhütler" if language == "tr" else "Commitments")]
    assert reported in section
    for change in (committed_done, proposed_dropped, progress_done):
        assert change in section
    # ÇSDD's inventory: committed before, done after, reported by Gülşen Öztürk.
    inventory = section[section.index("Çocuk Sağlığı") : section.index("Marmara")]
    assert "Kurumların katkı envanterini çıkarmak" in inventory
    assert committed_done in inventory and "Gülşen Öztürk" in inventory
    assert ("28.02.2026" if language == "tr" else "28 Feb 2026") in inventory
    # What was said, under the commitment (read after the row's other cells).
    assert "32 kurumun katkı alanları listelendi; envanter platform sekretaryasına" in section
    # Marmara's leave proposal, dropped, reported by Kemal Yıldırım.
    assert re.search(r"Marmara Tekstil A\.Ş\..*Kemal Yıldırım", section)


def test_minutes_without_reviews_have_no_review_section(fifth, tmp_path):
    path, _count = render(replace(fifth, reviews=()), tmp_path, "tr")
    text = flat(pdftotext(path))
    assert "Önceki taahhütlerin gözden geçirilmesi" not in text
    assert "Bilgi veren" not in text


@pytest.mark.parametrize(
    ("language", "footnote"),
    [("tr", "* Toplantıda bulunmayan kişi adına"), ("en", "* On behalf of someone not present")],
)
def test_commitments_in_the_name_of_someone_not_present_are_marked(
    fifth, tmp_path, language, footnote
):
    path, _count = render(fifth, tmp_path, language)
    text = flat(pdftotext(path))
    # Tolga Özkan and Elif Soysal were not at the 5th workshop; Dilara Yüce was.
    assert "Tolga Özkan *" in text
    assert "Elif Soysal *" in text
    assert "Dilara Yüce *" not in text
    assert text.count(footnote) == 1


def test_without_anyone_absent_there_is_no_mark_nor_footnote(fifth, tmp_path):
    everyone_there = tuple(replace(c, absent=False) for c in fifth.commitments)
    path, _count = render(replace(fifth, commitments=everyone_there), tmp_path, "tr")
    text = flat(pdftotext(path))
    assert "Tolga Özkan *" not in text
    assert "Toplantıda bulunmayan kişi adına" not in text


def large(minutes: data.MinutesData) -> data.MinutesData:
    """The 5th workshop with a discussion of 400 notes and five more decisions."""
    said = "Gönüllü eşleştirmede şirketlerin izin politikaları ve STK'ların kapasitesi tartışıldı."
    first = minutes.notes[0]
    notes = minutes.notes + tuple(
        replace(first, text=f"{n}. {said}", noted_at=first.noted_at + timedelta(seconds=n))
        for n in range(400)
    )
    model = minutes.decisions[0]
    decisions = minutes.decisions + tuple(
        replace(model, label=f"5/{n + 3}", title=f"Ek karar {n + 3}", outcome="deferred")
        for n in range(5)
    )
    return replace(minutes, notes=notes, decisions=decisions)


SUMMARY = {
    "tr": ("Özet", "Kararlar", "Kurumlara göre taahhütler (9)", "Bir sonraki çalıştay"),
    "en": ("Summary", "Decisions", "Commitments by organization (9)", "Next workshop"),
}


@pytest.mark.parametrize("language", ["tr", "en"])
def test_long_minutes_open_with_a_summary_on_the_first_page(fifth, tmp_path, language):
    path, count = render(large(fifth), tmp_path, language)
    assert count > 6
    summary, decisions, by_organization, next_workshop = SUMMARY[language]
    first = pages(path)[0]
    # Right after the details (the date is there), before the participants.
    participants = "Katılımcılar" if language == "tr" else "Participants"
    day = "14 Mart 2026" if language == "tr" else "14 March 2026"
    assert first.index(day) < first.index(summary) < first.index(participants)
    assert first.index(decisions) < first.index(by_organization) < first.index(next_workshop)
    if language == "tr":
        assert "Karar 5/1 — Platformun kuruluş biçimi: Kabul edildi" in first
        assert "Karar 5/7 — Ek karar 7: Ertelendi" in first
        assert "Yeşilova Grup: 2" in first and "Türkiye Kurumsal Sosyal Sorumluluk Ağı: 2" in first
        # Turkish order: Çocuk Sağlığı … before Marmara, Öncü before Türkiye.
        assert first.index("Çocuk Sağlığı Dayanışma Derneği: 1") < first.index("Marmara")
        assert first.index("Öncü Gıda") < first.index("Türkiye Kurumsal")
    else:
        assert "Decision 5/1 — Platformun kuruluş biçimi: Agreed" in first
        assert "Decision 5/7 — Ek karar 7: Deferred" in first
    whole = flat(pdftotext(path))
    assert whole.count(next_workshop) == 2  # in the summary and as its own section
    assert whole.count(summary) == 1
    assert "6. çalıştay" in first if language == "tr" else "Workshop 6" in first


def test_short_minutes_have_no_summary(fifth, tmp_path):
    # The demo's minutes without their ideas session are short (with it they run to eight
    # pages and open with a summary, as long minutes do).
    short = replace(fifth, ideas=None)
    for language, summary in (("tr", "Özet"), ("en", "Summary")):
        path, count = render(short, tmp_path, language)
        assert count <= 6
        assert summary not in pdftotext(path)


def test_a_long_summary_names_a_workshop_without_decisions_or_a_next_one(fifth, tmp_path):
    minutes = replace(large(fifth), decisions=(), commitments=(), next_workshop=None)
    path, _count = render(minutes, tmp_path, "tr")
    first = pages(path)[0]
    assert "Özet" in first
    assert "Karar alınmadı." in first
    assert "Kurumlara göre taahhütler (0)" in first and "Taahhüt verilmedi." in first
    assert "Bir sonraki çalıştay" not in flat(pdftotext(path))
