"""How a version of the minutes names itself on paper.

A draft carries "TASLAK" / "DRAFT" at the top of every page and "Taslak v2 ·
02.12.2026" in every footer; a final carries "Kesinleşmiş v3 · …" and its SHA-256. A
draft made after a final lists what changed since that final, in the
document's language. An agenda-only draft (a workshop not held yet, asked for
explicitly) says that it is one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from facilitator.documents.blocks import para
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.styles import Styles
from facilitator.documents.template import heading
from facilitator.services.minutes_changes import ADDED, REMOVED, Change

_WORDS = {
    "draft_mark": ("DRAFT", "TASLAK"),
    "draft_stamp": ("Draft v{number} · {date}", "Taslak v{number} · {date}"),
    "final_stamp": ("Final v{number} · {date}", "Kesinleşmiş v{number} · {date}"),
    "final_line": (
        "Final minutes, version {number} of {date}. SHA-256 of their content: {sha}",
        "Kesinleşmiş tutanak, {date} tarihli {number}. sürüm. İçeriğinin SHA-256 özeti: {sha}",
    ),
    "draft_line": (
        "Draft minutes, version {number} of {date}: corrections are welcome.",
        "Tutanak taslağı, {date} tarihli {number}. sürüm: düzeltmelerinizi bekliyoruz.",
    ),
    "deadline": (
        "Please send corrections by {date}.",
        "Düzeltmelerinizi {date} tarihine kadar iletiniz.",
    ),
    "agenda_only_mark": ("DRAFT — AGENDA ONLY", "TASLAK — YALNIZCA GÜNDEM"),
    "agenda_only_stamp": ("Draft: agenda only", "Taslak: yalnızca gündem"),
    "agenda_only_line": (
        "This workshop has not been held yet: this draft holds its details and agenda only.",
        "Bu çalıştay henüz yapılmadı: bu taslak yalnızca bilgilerini ve gündemini içerir.",
    ),
    "changes": (
        "Changes since the final version {number}",
        "Kesinleşmiş {number}. sürümden bu yana değişenler",
    ),
    "no_changes": ("Nothing has changed.", "Değişiklik yok."),
    "added": ("added", "eklendi"),
    "removed": ("removed", "çıkarıldı"),
    "changed": ("changed", "değişti"),
    "yes": ("yes", "evet"),
    "no": ("no", "hayır"),
    "empty": ("(empty)", "(boş)"),
}

_SECTIONS = {
    "workshop": ("Workshop details", "Çalıştay bilgileri"),
    "participants": ("Participants", "Katılımcılar"),
    "agenda": ("Agenda", "Gündem"),
    "notes": ("Notes", "Notlar"),
    "ideas": ("Ideas and priorities", "Fikirler ve öncelikler"),
    "decisions": ("Decisions", "Kararlar"),
    "commitments": ("Commitments", "Taahhütler"),
    "reviews": ("Review of earlier commitments", "Önceki taahhütlerin gözden geçirilmesi"),
    "next_workshop": ("Next workshop", "Sonraki çalıştay"),
}

_FIELDS = {
    "title": ("Title", "Başlık"),
    "guiding_question": ("Guiding question", "Yol gösterici soru"),
    "objectives": ("Objectives", "Hedefler"),
    "planned_start": ("Planned start", "Planlanan başlangıç"),
    "planned_end": ("Planned end", "Planlanan bitiş"),
    "actual_start": ("Actual start", "Gerçekleşen başlangıç"),
    "actual_end": ("Actual end", "Gerçekleşen bitiş"),
    "venue_name": ("Venue", "Yer"),
    "venue_address": ("Address", "Adres"),
    "host": ("Host", "Ev sahibi"),
    "moderator": ("Moderator", "Moderatör"),
    "rapporteurs": ("Rapporteurs", "Raportörler"),
    "time_zone": ("Time zone", "Saat dilimi"),
    "attendance": ("Attendance", "Katılım"),
    "role": ("Role", "Rol"),
    "position": ("Position", "Unvan"),
    "kind": ("Kind", "Tür"),
    "planned_minutes": ("Planned minutes", "Planlanan süre (dk)"),
    "not_reached": ("Not reached", "Ulaşılamadı"),
    "presenter": ("Presenter", "Sunan"),
    "goal": ("Goal", "Amaç"),
    "text": ("Text", "Metin"),
    "speaker": ("Speaker", "Konuşmacı"),
    "outcome": ("Outcome", "Sonuç"),
    "statement": ("Statement", "Karar metni"),
    "override_reason": ("Reason for the outcome", "Sonucun gerekçesi"),
    "review_date": ("Review date", "Gözden geçirme tarihi"),
    "rounds": ("Rounds", "Turlar"),
    "organization": ("Organization", "Kurum"),
    "person": ("Responsible", "Sorumlu"),
    "quantity": ("Quantity", "Miktar"),
    "unit": ("Unit", "Birim"),
    "phase": ("Phase", "Aşama"),
    "start_date": ("Start", "Başlangıç"),
    "due_date": ("Due", "Bitiş tarihi"),
    "status": ("Status", "Durum"),
    "sector": ("Sector", "Sektör"),
    "email": ("E-mail", "E-posta"),
    "phone": ("Phone", "Telefon"),
    "agenda_item": ("Agenda item", "Gündem maddesi"),
    "method": ("Method", "Yöntem"),
    "voice": ("Voice", "Oy hakkı"),
    "absent": ("On behalf of someone not present", "Toplantıda bulunmayan kişi adına"),
    "contribution_type": ("Contribution", "Katkı"),
    "status_before": ("Status before", "Önceki durum"),
    "status_after": ("Status after", "Sonraki durum"),
    "reviewed_by": ("Reported by", "Bilgi veren"),
    "remark": ("Remark", "Açıklama"),
    "series_title": ("Series", "Seri"),
    "organizer": ("Organizer", "Düzenleyen"),
    "number": ("Number", "Numara"),
}
# Where a field means another thing in a section ("position" of an agenda item: its order).
_SECTION_FIELDS = {("agenda", "position"): ("Order", "Sıra")}

# The vocabulary of the documents' labels a field's stored value is shown in.
_VOCABULARY = {
    "attendance": "attendance",
    "role": "role",
    "outcome": "outcome",
    "status": "commitment_status",
    "unit": "unit",
    "sector": "sector",
    "contribution_type": "contribution",
    "method": "method",
    "voice": "voice",
    "status_before": "commitment_status",
    "status_after": "commitment_status",
}
_KIND_VOCABULARY = {"agenda": "agenda_kind", "notes": "note_kind"}
_LONGEST_VALUE = 120


@dataclass(frozen=True)
class VersionStamp:
    """Which version a minutes document is, as it prints it."""

    number: int
    final: bool
    date: datetime  # when the version was recorded (UTC)
    sha256: str = ""
    since_final: int | None = None
    changes: tuple[Change, ...] = ()
    correction_deadline: date | None = None
    agenda_only: bool = False


def _word(labels: DocumentLabels, key: str, **values) -> str:
    words = _WORDS[key][0 if labels.language == "en" else 1]
    return words.format(**values) if values else words


def _pair(table: dict, key: str, labels: DocumentLabels) -> str:
    found = table.get(key)
    return found[0 if labels.language == "en" else 1] if found else key


def footer_stamp(stamp: VersionStamp | None, labels: DocumentLabels) -> str:
    if stamp is None:
        return ""
    if stamp.agenda_only:
        return _word(labels, "agenda_only_stamp")
    key = "final_stamp" if stamp.final else "draft_stamp"
    return _word(labels, key, number=stamp.number, date=labels.short_date(stamp.date))


def watermark(stamp: VersionStamp | None, labels: DocumentLabels) -> str:
    if stamp is None or stamp.final:
        return ""
    return _word(labels, "agenda_only_mark" if stamp.agenda_only else "draft_mark")


def version_lines(stamp: VersionStamp | None, labels: DocumentLabels) -> list[str]:
    """The lines under the title saying which version this is (and, for a final, its hash);
    the PDF and the Word minutes print the same."""
    if stamp is None:
        return []
    if stamp.agenda_only:
        return [_word(labels, "agenda_only_line")]
    when = labels.short_date(stamp.date)
    if stamp.final:
        return [_word(labels, "final_line", number=stamp.number, date=when, sha=stamp.sha256)]
    lines = [_word(labels, "draft_line", number=stamp.number, date=when)]
    if stamp.correction_deadline is not None:
        deadline = labels.long_date(stamp.correction_deadline)
        lines.append(_word(labels, "deadline", date=deadline))
    return lines


def version_block(stamp: VersionStamp | None, labels: DocumentLabels, styles: Styles) -> list:
    """The line under the title saying which version this is (and, for a final, its hash)."""
    return [para(line, styles.body) for line in version_lines(stamp, labels)]


def _shown(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _LONGEST_VALUE:
        text = text[: _LONGEST_VALUE - 1].rstrip() + "…"
    return f"“{text}”"


def _value(change: Change, raw: str, labels: DocumentLabels) -> str:
    if raw == "":
        return _word(labels, "empty")
    field = change.field
    vocabulary = _VOCABULARY.get(field)
    if field == "kind":
        vocabulary = _KIND_VOCABULARY.get(change.section)
    if vocabulary:
        return labels.enum(vocabulary, raw)
    if field in ("not_reached", "absent"):
        return _word(labels, "yes" if raw else "no")
    if field in ("planned_start", "planned_end", "actual_start", "actual_end"):
        moment = datetime.fromisoformat(raw)
        return f"{labels.long_date(moment)} {labels.clock(moment)}"
    if field in ("review_date", "start_date", "due_date"):
        return labels.long_date(date.fromisoformat(raw))
    if field in ("quantity", "planned_minutes", "number") or (
        field == "position" and change.section == "agenda"
    ):
        return raw
    return _shown(raw)


def change_line(change: Change, labels: DocumentLabels) -> str:
    """One change in words: "Taahhütler — “…”: Durum: Sürüyor → Tamamlandı"."""
    section = _pair(_SECTIONS, change.section, labels)
    subject = f"{section} — {_shown(change.subject)}" if change.subject else section
    if change.kind in (ADDED, REMOVED):
        return f"{subject}: {_word(labels, change.kind)}"
    if not change.field:
        return f"{subject}: {_word(labels, 'changed')}"
    override = _SECTION_FIELDS.get((change.section, change.field))
    if override is not None:
        field = override[0 if labels.language == "en" else 1]
    else:
        field = _pair(_FIELDS, change.field, labels)
    if change.field == "rounds":
        return f"{subject}: {field}: {_word(labels, 'changed')}"
    before = _value(change, change.before, labels)
    after = _value(change, change.after, labels)
    return f"{subject}: {field}: {before} → {after}"


@dataclass(frozen=True)
class ChangesText:
    """The section of a draft made after a final: its heading and one line per change."""

    heading: str
    lines: tuple[str, ...]  # empty when nothing changed
    nothing: str  # what is printed then


# Changes that say who spoke: left out of minutes made under the Chatham House rule.
_ATTRIBUTING = {("notes", "speaker")}


def changes_text(
    stamp: VersionStamp | None, labels: DocumentLabels, *, anonymise: bool = False
) -> ChangesText | None:
    """What changed since the final, in words; None when the document has no such section
    (a final, or a draft with no final before it). ``anonymise``: no speaker is named."""
    if stamp is None or stamp.final or stamp.since_final is None:
        return None
    shown = [c for c in stamp.changes if not (anonymise and (c.section, c.field) in _ATTRIBUTING)]
    return ChangesText(
        heading=_word(labels, "changes", number=stamp.since_final),
        lines=tuple(change_line(c, labels) for c in shown),
        nothing=_word(labels, "no_changes"),
    )


def changes_section(
    stamp: VersionStamp | None, labels: DocumentLabels, styles: Styles, *, anonymise: bool = False
) -> list:
    """A draft after a final: what changed since that final, one line each."""
    text = changes_text(stamp, labels, anonymise=anonymise)
    if text is None:
        return []
    flow = [heading(text.heading, styles.h1, 0)]
    if not text.lines:
        return [*flow, para(text.nothing, styles.body)]
    return flow + [para(f"• {line}", styles.body) for line in text.lines]
