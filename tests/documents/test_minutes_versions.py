"""Minutes are drafts until finalised; the final prints the same text whenever it is
exported again, whatever changed since; the next draft lists what changed (issue 15)."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from facilitator.documents.exports import export_document
from facilitator.documents.template import RenderOptions
from facilitator.errors import NotFoundError, ValidationError
from facilitator.models.enums import WorkshopStatus
from facilitator.services import commitments, minutes_record, workshops
from facilitator.services import document_data as data
from facilitator.services.live import notes as live_notes
from tests.documents.pdf_text import page_texts, pdftotext

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"
WORKSHOP_6 = "Platformun ilk ortak projesi: gönüllü eşleştirme"  # January 2027, not held


def _export(store, workshop_id, path, language="tr", **how) -> str:
    export_document(store, "minutes", workshop_id, path, RenderOptions(language=language), **how)
    return pdftotext(path)


def _words(text: str) -> str:
    return " ".join(text.split())


def _change_a_commitment_and_a_note(store, workshop_id):
    made_here = commitments.commitments_of_workshop(store, workshop_id)
    target = next(c for c in made_here if c.status.value != "done")
    commitments.update_commitment(store, target.id, status="done")
    note = data.minutes_data(store, workshop_id).notes[0]
    live_notes.edit_note(store, note.id, text="Düzeltilmiş not: İzmir & <Bursa> ortaklığı")
    return target, note


def test_a_draft_says_so_on_every_page_with_its_version(demo, tmp_path):
    workshop = demo.titles[WORKSHOP_5]
    _export(demo.store, workshop, tmp_path / "taslak.pdf")
    pages = page_texts(tmp_path / "taslak.pdf")
    assert len(pages) > 1
    for page in pages:
        assert "TASLAK" in page
        assert "Taslak v1 ·" in page
    english = _export(demo.store, workshop, tmp_path / "draft.pdf", "en")
    assert "DRAFT" in english and "Draft v1 ·" in english  # the same content: still v1
    assert [v.number for v in minutes_record.versions(demo.store, workshop)] == [1]


def test_the_final_reprints_the_same_text_and_the_next_draft_lists_the_changes(demo, tmp_path):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    _export(store, workshop, tmp_path / "v1.pdf")  # the draft sent for corrections
    final, changed = minutes_record.finalize(store, workshop)
    assert changed and final.row.final and final.row.number == 2
    assert workshops.get_workshop(store, workshop).status == WorkshopStatus.MINUTES_SENT
    before = {
        lang: _export(store, workshop, tmp_path / f"final-{lang}.pdf", lang, version="final")
        for lang in ("tr", "en")
    }
    assert "Kesinleşmiş v2 ·" in before["tr"] and final.row.sha256 in _words(before["tr"])
    assert "Final v2 ·" in before["en"] and final.row.sha256 in _words(before["en"])
    assert "TASLAK" not in before["tr"] and "DRAFT" not in before["en"]

    commitment, _note = _change_a_commitment_and_a_note(store, workshop)

    for lang in ("tr", "en"):
        again = _export(store, workshop, tmp_path / f"again-{lang}.pdf", lang, version="final")
        assert again == before[lang]
    assert "Düzeltilmiş not" not in before["tr"]

    # Asked for the plain minutes, the secretary still gets the final; the draft on request.
    assert "Kesinleşmiş v2 ·" in _export(store, workshop, tmp_path / "plain.pdf")
    draft = _words(_export(store, workshop, tmp_path / "v3.pdf", version="draft"))
    assert "Taslak v3 ·" in draft
    assert "Kesinleşmiş 2. sürümden bu yana değişenler" in draft
    assert f"“{commitment.title} ({commitment.organization_name})”: Durum:" in draft
    assert "→ Tamamlandı" in draft
    assert "Notlar —" in draft and "Metin:" in draft
    assert "“Düzeltilmiş not: İzmir & <Bursa> ortaklığı”" in draft
    english = _words(_export(store, workshop, tmp_path / "v3-en.pdf", "en", version=3))
    assert "Changes since the final version 2" in english
    assert "Status:" in english and "→ Done" in english
    assert [(v.number, v.final) for v in minutes_record.versions(store, workshop)] == [
        (1, False),
        (2, True),
        (3, False),
    ]


def test_a_version_reprints_as_recorded_and_unknown_versions_are_refused(demo, tmp_path):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    first = _export(store, workshop, tmp_path / "v1.pdf")
    _change_a_commitment_and_a_note(store, workshop)
    assert _export(store, workshop, tmp_path / "v1-again.pdf", version=1) == first
    assert "Taslak v2 ·" in _export(store, workshop, tmp_path / "v2.pdf", version="draft")
    with pytest.raises(NotFoundError, match="no version 9"):
        _export(store, workshop, tmp_path / "v9.pdf", version=9)
    assert not (tmp_path / "v9.pdf").exists()
    with pytest.raises(ValidationError, match="not been finalised"):
        _export(store, workshop, tmp_path / "final.pdf", version="final")


def test_finalising_twice_changes_nothing_the_second_time(demo):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    first, changed = minutes_record.finalize(store, workshop)
    again, changed_again = minutes_record.finalize(store, workshop)
    assert changed and not changed_again
    assert again.row == first.row
    status = minutes_record.status(store, workshop)
    assert status.current == first.row and status.changes_since_final == ()


def test_minutes_of_a_workshop_not_held_are_refused_unless_an_agenda_draft_is_asked(demo, tmp_path):
    store, workshop = demo.store, demo.titles[WORKSHOP_6]
    with pytest.raises(ValidationError, match="has not been held yet"):
        _export(store, workshop, tmp_path / "refused.pdf")
    with pytest.raises(ValidationError, match="has not been held yet"):
        minutes_record.finalize(store, workshop)
    assert not (tmp_path / "refused.pdf").exists()
    assert minutes_record.versions(store, workshop) == ()
    text = _words(_export(store, workshop, tmp_path / "gundem.pdf", agenda_only=True))
    assert "TASLAK — YALNIZCA GÜNDEM" in text
    assert "Bu çalıştay henüz yapılmadı" in text
    assert "Gerçekleşen" not in text and "Katılımcılar" not in text
    assert minutes_record.versions(store, workshop) == ()  # a draft of the agenda: no version


def test_a_damaged_version_is_named_not_printed(demo, tmp_path):
    from facilitator.models import MinutesVersion

    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    minutes_record.record_draft(store, workshop)
    with store.transaction() as s:
        s.execute(update(MinutesVersion).values(content='{"format": 1, "minutes": {}}'))
    with pytest.raises(ValidationError, match="Version 1 of these minutes cannot be read"):
        _export(store, workshop, tmp_path / "v1.pdf", version=1)
    assert not (tmp_path / "v1.pdf").exists()


def test_every_demo_minutes_content_reads_back_exactly(demo):
    from facilitator.services.minutes_content import from_json, to_json

    held = 0
    for row in workshops.list_workshops(demo.store):
        try:
            minutes = data.minutes_data(demo.store, row.id)
        except ValidationError:
            continue
        content = to_json(minutes)
        back = from_json(content)
        assert to_json(back) == content
        assert back.notes == minutes.notes and back.commitments == minutes.commitments
        held += 1
    assert held >= 5


def test_minutes_sent_follows_from_the_final_not_from_a_click(demo):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    assert workshops.get_workshop(store, workshop).status == WorkshopStatus.HELD
    with pytest.raises(ValidationError, match="have not been finalised yet"):
        workshops.update_workshop(store, workshop, status=WorkshopStatus.MINUTES_SENT)
    assert workshops.get_workshop(store, workshop).status == WorkshopStatus.HELD
    minutes_record.finalize(store, workshop)
    workshops.update_workshop(store, workshop, status=WorkshopStatus.HELD)
    row = workshops.update_workshop(store, workshop, status=WorkshopStatus.MINUTES_SENT)
    assert row.status == WorkshopStatus.MINUTES_SENT


def test_a_workshop_in_session_gets_no_version_until_it_ends(demo, tmp_path):
    from datetime import UTC, datetime

    from facilitator.services import agenda, live

    store, workshop = demo.store, demo.titles[WORKSHOP_6]
    agenda.add_item(store, workshop, title="Açılış", planned_minutes=15)
    live.start_session(store, workshop, datetime(2027, 1, 16, 7, 0, tzinfo=UTC))
    with pytest.raises(ValidationError, match="still in session"):
        minutes_record.finalize(store, workshop)
    with pytest.raises(ValidationError, match="still in session"):
        _export(store, workshop, tmp_path / "yarim.pdf")
    assert minutes_record.versions(store, workshop) == ()
    assert workshops.get_workshop(store, workshop).status == WorkshopStatus.IN_SESSION
    live.end_session(store, workshop, datetime(2027, 1, 16, 10, 0, tzinfo=UTC))
    final, _changed = minutes_record.finalize(store, workshop)
    assert final.row.final


def test_every_kind_of_edit_after_the_final_is_listed(demo, tmp_path):
    """Different content never says "nothing has changed"."""
    from facilitator.services import agenda, series

    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    minutes_record.finalize(store, workshop)
    items = data.minutes_data(store, workshop).agenda
    agenda.move_item(store, items[-1].id, 1)
    note = data.minutes_data(store, workshop).notes[0]
    live_notes.edit_note(store, note.id, agenda_item_id=items[-1].id)
    made = commitments.commitments_of_workshop(store, workshop)[0]
    commitments.update_commitment(store, made.id, contribution_type="expertise")
    header = data.minutes_data(store, workshop).workshop
    series_id = workshops.get_workshop(store, workshop).series_id
    series.update_series(store, series_id, title=header.series_title + " (2026)")
    changes = minutes_record.status(store, workshop).changes_since_final
    fields = {(c.section, c.field) for c in changes}
    assert ("agenda", "position") in fields
    assert ("notes", "agenda_item") in fields
    assert ("commitments", "contribution_type") in fields
    assert ("workshop", "series_title") in fields
    text = _words(_export(store, workshop, tmp_path / "v.pdf", version="draft"))
    assert "Sıra:" in text and "Gündem maddesi:" in text and "Katkı:" in text
    assert "Değişiklik yok" not in text


def test_the_chatham_house_rule_holds_in_the_list_of_changes(demo, tmp_path):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    minutes_record.finalize(store, workshop)
    note = next(n for n in data.minutes_data(store, workshop).notes if n.speaker)
    other = next(p for p in demo.people().values() if p.full_name not in note.speaker)
    live_notes.edit_note(store, note.id, speaker_id=other.id)
    named = _words(_export(store, workshop, tmp_path / "acik.pdf", version="draft"))
    assert f"Konuşmacı: “{note.speaker}” →" in named
    export_document(
        store,
        "minutes",
        workshop,
        tmp_path / "kapali.pdf",
        RenderOptions(anonymise=True),
        version="draft",
    )
    hidden = _words(pdftotext(tmp_path / "kapali.pdf"))
    assert "Konuşmacı:" not in hidden and f"“{note.speaker}” →" not in hidden


def test_an_agenda_only_draft_of_a_held_workshop_is_refused(demo, tmp_path):
    with pytest.raises(ValidationError, match="has been held"):
        _export(demo.store, demo.titles[WORKSHOP_5], tmp_path / "g.pdf", agenda_only=True)
    assert not (tmp_path / "g.pdf").exists()


def test_anonymising_a_person_reaches_the_stored_minutes(demo, tmp_path):
    """Erasure comes before the frozen record: no version keeps the name or the address."""
    from facilitator.models import MinutesVersion
    from facilitator.services import personal_data

    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    minutes = data.minutes_data(store, workshop)
    line = next(p for p in minutes.participants if p.email and p.attendance == "present")
    person = next(p for p in demo.people().values() if p.email == line.email)
    before, _ = minutes_record.finalize(store, workshop)
    assert line.name in _words(_export(store, workshop, tmp_path / "once.pdf"))
    result = personal_data.anonymise_person(store, person.id)
    with store.session() as s:
        contents = [v.content for v in s.query(MinutesVersion).all()]
    assert contents and all(line.name not in c and line.email not in c for c in contents)
    after = minutes_record.latest_final(store, workshop)
    assert after.row.number == before.row.number and after.row.sha256 != before.row.sha256
    text = _words(_export(store, workshop, tmp_path / "final.pdf", version="final"))
    assert line.name not in text and line.email not in text
    assert result.placeholder in text and after.row.sha256 in text


def test_a_note_moved_to_another_item_makes_the_content_new(demo):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    minutes_record.finalize(store, workshop)
    items = data.minutes_data(store, workshop).agenda
    note = data.minutes_data(store, workshop).notes[0]
    other = next(i for i in items if i.id != note.agenda_item_id)
    live_notes.edit_note(store, note.id, agenda_item_id=other.id)
    status = minutes_record.status(store, workshop)
    assert status.current is None
    assert [(c.section, c.field) for c in status.changes_since_final] == [("notes", "agenda_item")]
