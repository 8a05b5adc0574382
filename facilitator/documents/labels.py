"""Every fixed text of the documents, in English and Turkish, and locale-aware formatting.

A document's language is chosen for each export, independently of the
interface language, so these texts do not go through Qt's catalogue: one
:class:`DocumentLabels` per language holds the words and formats dates,
times, numbers and amounts the way readers of that language expect
("14 Mart 2026 Cumartesi", "1.234,50 TL" / "Saturday 14 March 2026", "TRY 1,234.50").
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

from facilitator.zones import utc_offset, zone

LANGUAGES = ("tr", "en")


class _Words(string.Formatter):
    """str.format, with ``{n:pl}``: "" when ``n`` is 1, else "s"."""

    def format_field(self, value, format_spec):
        if format_spec == "pl":
            return "" if value == 1 else "s"
        return super().format_field(value, format_spec)


_WORDS = _Words()

# key: (English, Turkish)
_TEXTS: dict[str, tuple[str, str]] = {
    # documents and sections
    "minutes": ("Minutes", "Tutanak"),
    "roadmap": ("Roadmap", "Yol haritası"),
    "agenda_handout": ("Agenda", "Gündem"),
    "attendance_sheet": ("Attendance sheet", "Katılım listesi"),
    "workshop": ("Workshop", "Çalıştay"),
    # A no-break space: "5." and "çalıştay" never part at the end of a line.
    "workshop_n": ("Workshop\u00a0{n}", "{n}.\u00a0çalıştay"),
    "next_meeting": ("Next meeting", "Bir sonraki toplantı"),
    "series": ("Series", "Seri"),
    "details": ("Details", "Bilgiler"),
    "date": ("Date", "Tarih"),
    "time": ("Time", "Saat"),
    "planned_time": ("Planned time", "Planlanan saat"),
    "actual_time": ("Actual time", "Gerçekleşen saat"),
    "time_zone": ("Time zone", "Saat dilimi"),
    "not_reached": ("Not reached", "Ulaşılamadı"),
    "venue": ("Venue", "Yer"),
    "host": ("Host", "Ev sahibi"),
    "moderator": ("Moderator", "Moderatör"),
    "rapporteur": ("Rapporteur", "Raportör"),
    "guiding_question": ("Guiding question", "Yol gösterici soru"),
    "objectives": ("Objectives", "Hedefler"),
    "participants": ("Participants", "Katılımcılar"),
    "absent": ("Absent", "Katılmayanlar"),
    "excused": ("Excused", "Mazeretliler"),
    "figures": ("In figures", "Sayılarla"),
    "figures_line": (
        "{n} participant{n:pl} from {m} organization{m:pl}",
        "{m} kurumdan {n} katılımcı",
    ),
    "by_sector": ("By sector", "Sektöre göre"),
    "agenda": ("Agenda", "Gündem"),
    "notes": ("Discussion", "Görüşmeler"),
    "no_notes": ("No notes were taken.", "Not alınmadı."),
    "unassigned_notes": ("Other notes", "Diğer notlar"),
    "decisions": ("Decisions", "Kararlar"),
    "decision": ("Decision", "Karar"),
    "no_decisions": ("No decisions were taken.", "Karar alınmadı."),
    "decision_n": ("Decision {label}", "Karar {label}"),
    "method": ("Method", "Yöntem"),
    "voice": ("Voice", "Oy hakkı"),
    "outcome": ("Outcome", "Sonuç"),
    "statement": ("Outcome statement", "Sonuç metni"),
    "proposal_text": ("Proposal", "Öneri"),
    "override": ("Reason for the outcome", "Sonucun gerekçesi"),
    "review_date": ("Review date", "Gözden geçirme tarihi"),
    "round_n": ("Round {n}", "{n}. tur"),
    "position": ("Position", "Tutum"),
    "count": ("Count", "Sayı"),
    "commitments": ("Commitments", "Taahhütler"),
    "no_commitments": ("No commitments were made.", "Taahhüt verilmedi."),
    "commitment": ("Commitment", "Taahhüt"),
    "organization": ("Organization", "Kurum"),
    "contact_person": ("Contact", "İlgili kişi"),
    "contribution": ("Contribution", "Katkı"),
    "quantity": ("Amount", "Miktar"),
    "due": ("Due", "Bitiş"),
    "status": ("Status", "Durum"),
    "phase": ("Phase", "Aşama"),
    "no_phase": ("Not assigned to a phase", "Aşamaya bağlanmamış"),
    "next_workshop": ("Next workshop", "Bir sonraki çalıştay"),
    "reviews": ("Review of earlier commitments", "Önceki taahhütlerin gözden geçirilmesi"),
    "status_change": ("Status before → after", "Önceki → sonraki durum"),
    "unchanged": ("{status} (unchanged)", "{status} (değişmedi)"),
    "reported_by": ("Reported by", "Bilgi veren"),
    "absent_note": ("* On behalf of someone not present", "* Toplantıda bulunmayan kişi adına"),
    "summary": ("Summary", "Özet"),
    "commitments_by_organization": ("Commitments by organization", "Kurumlara göre taahhütler"),
    "approval": ("Approval", "Onay"),
    "closing": (
        "These minutes were drawn up to record the matters discussed and the decisions taken.",
        "Bu tutanak, toplantıda görüşülen konuları ve alınan kararları kayda geçirmek üzere "
        "düzenlenmiştir.",
    ),
    "signature": ("Signature", "İmza"),
    "name": ("Name", "Ad soyad"),
    "job_position": ("Position", "Görev"),
    "email_column": ("E-mail", "E-posta"),
    "gender_column": ("Gender (F / M / other)", "Cinsiyet (K / E / diğer)"),
    "photo_column": ("Photos may be used", "Fotoğraf kullanım izni"),
    "photo_choices": ("☐ Yes  ☐ No", "☐ Evet  ☐ Hayır"),
    "personal_data": ("Personal data", "Kişisel verilerin korunması"),
    "no": ("No.", "No"),
    "role": ("Role", "Rol"),
    "sector": ("Sector", "Sektör"),
    "contact": ("Contact", "İletişim"),
    "presenter": ("Presenter", "Sunan"),
    "minutes_unit": ("{n} min", "{n} dk"),
    # The agenda handout when the items run past the workshop's planned end (the tab's words).
    "agenda_overrun": (
        "The agenda runs {n} minute{n:pl} past the planned end ({planned} → {ends}).",
        "Gündem, planlanan bitiş saatini {n} dakika aşıyor ({planned} → {ends}).",
    ),
    "duration": ("Duration", "Süre"),
    "item": ("Item", "Madde"),
    "item_kind": ("Type", "Tür"),
    "agenda_items": ("Agenda items", "Gündem maddeleri"),
    "no_agenda_items": ("No agenda items yet.", "Henüz gündem maddesi yok."),
    "continued": ("(continued)", "(devam)"),
    "anonymised": (
        "Notes are recorded without attribution (Chatham House rule).",
        "Notlar konuşmacı adı verilmeden kaydedilmiştir (Chatham House kuralı).",
    ),
    "page_of": ("Page {page} of {pages}", "Sayfa {page} / {pages}"),
    "generated": ("Generated {date}", "Oluşturulma: {date}"),
    "version": ("Facilitator {version}", "Facilitator {version}"),
    "phases": ("Phases", "Aşamalar"),
    "timeline": ("Timeline", "Zaman çizelgesi"),
    "no_phases": ("No phases are planned yet.", "Henüz aşama planlanmadı."),
    "contribution_matrix": ("Contributions by organization", "Kurumlara göre katkılar"),
    "workshops_held": ("Workshops held", "Yapılan çalıştaylar"),
    "unique_participants": ("Different participants", "Farklı katılımcı"),
    "participations": ("Attendances in all", "Toplam katılım"),
    "organizations_n": ("Organizations", "Kurumlar"),
    "matrix_note": (
        "Each cell: the number of commitments (dropped ones left out) and the amounts committed.",
        "Her hücre: taahhüt sayısı (vazgeçilenler hariç) ve taahhüt edilen miktarlar.",
    ),
    "decision_register": ("Appendix: decision register", "Ek: karar kaydı"),
    "total": ("Total", "Toplam"),
    "workshops": ("Workshops", "Çalıştaylar"),
    "coordinator": ("Coordinator", "Koordinatör"),
    "walk_ins": ("Walk-ins", "Kayıtsız gelenler"),
    "today": ("Today", "Bugün"),
    "undecided": ("Not decided", "Karara bağlanmadı"),
    "no_date": ("no date", "tarih yok"),
    "subject_minutes": ("Minutes of the workshop", "Çalıştay tutanağı"),
    "subject_roadmap": ("Roadmap of the series", "Seri yol haritası"),
    "subject_agenda": ("Agenda handout", "Gündem"),
    "subject_attendance": ("Attendance sign-in sheet", "Katılım imza listesi"),
    "ics_agenda": ("Agenda", "Gündem"),
    "email_subject": ("Minutes: {title}", "Tutanak: {title}"),
    "email_greeting": ("Dear {name},", "Sayın {name},"),
    "email_body": (
        "Thank you for taking part in “{title}” on {date}. The minutes are attached. "
        "Please let us know of any corrections.",
        "{date} tarihinde yapılan “{title}” çalıştayına katılımınız için teşekkür ederiz. "
        "Tutanak ekte yer almaktadır. Düzeltme önerilerinizi bize iletebilirsiniz.",
    ),
    "email_closing": ("Kind regards,", "Saygılarımızla,"),
    # The ideas board: clusters, dot rounds and what was taken forward.
    "ideas": ("Ideas and priorities", "Fikirler ve öncelikler"),
    "ideas_line": ("{n} idea{n:pl}, {m} cluster{m:pl}", "{n} fikir, {m} küme"),
    "clusters_ideas": ("Clusters and their ideas", "Kümeler ve fikirler"),
    "idea": ("Idea", "Fikir"),
    "idea_source": ("Put forward by", "Öneren"),
    "idea_n": ("{n} idea{n:pl}", "{n} fikir"),
    "not_clustered": ("Not clustered", "Kümelenmemiş fikirler"),
    "dot_round_n": ("Dot round {n}", "{n}. nokta oylaması"),
    "question": ("Question", "Soru"),
    "dots_each": ("Dots", "Nokta hakkı"),
    "dots_per_person": ("{n} dot{n:pl} per person", "Kişi başına {n} nokta"),
    "dots_per_organization": ("{n} dot{n:pl} per organization", "Kurum başına {n} nokta"),
    "dots_counted": (
        "The room's dots counted ({n} each)",
        "Salondaki noktalar sayıldı (her katılımcıya {n})",
    ),
    "turnout": ("Taking part", "Katılım"),
    "voters_person": ("{v} voter{v:pl} put {d} dot{d:pl}", "{v} kişi {d} nokta kullandı"),
    "voters_organization": (
        "{v} organization{v:pl} put {d} dot{d:pl}",
        "{v} kurum {d} nokta kullandı",
    ),
    "dots_total": ("{d} dot{d:pl} counted", "{d} nokta sayıldı"),
    "by_cluster": ("By cluster", "Kümelere göre"),
    "by_idea": ("By idea", "Fikirlere göre"),
    "by_idea_note": (
        "Ideas without dots are not listed.",
        "Nokta almayan fikirler listelenmemiştir.",
    ),
    "rank": ("Rank", "Sıra"),
    "cluster": ("Cluster", "Küme"),
    "dots": ("Dots", "Nokta"),
    "no_sector": ("No organization", "Kurumsuz"),
    "tie_note": (
        "2= : the same number of dots, the same rank.",
        "2= : aynı sayıda nokta alanlar aynı sırayı paylaşır.",
    ),
    "split_note": (
        "† : the sectors' support for it differs sharply.",
        "† : sektörlerin desteği belirgin biçimde ayrışıyor.",
    ),
    "splits": ("Support that differs between sectors", "Sektörlere göre ayrışan destek"),
    "split_share": ("{sector} {n} ({share})", "{sector} {n} ({share})"),
    "split_share_note": (
        "In brackets: the idea's or cluster's share of the dots that sector put.",
        "Parantez içinde: o sektörün verdiği noktalar içinde fikrin ya da kümenin payı.",
    ),
    "no_dots": ("No dots were put.", "Nokta verilmedi."),
    "promoted": ("Taken forward", "Sonraki adımlara taşınanlar"),
    "promoted_cluster": ("Cluster “{name}”", "“{name}” kümesi"),
    "promoted_idea": ("Idea “{name}”", "“{name}” fikri"),
    "to_decision": ("Decision {label} — {title}", "Karar {label} — {title}"),
    "to_proposal": ("Proposal — {title}", "Öneri — {title}"),
    "to_commitment": ("Commitment — {title} ({label})", "Taahhüt — {title} ({label})"),
    "to_commitment_bare": ("Commitment — {title}", "Taahhüt — {title}"),
    "chart_alt": ("Positions", "Tutumlar"),
    "held_on": ("Held", "Yapıldığı tarih"),
    "planned": ("Planned", "Planlanan"),
}

# The last word of a meeting's title (before a subtitle) that names it as another kind of
# meeting than a workshop: "Danışma Kurulu toplantısı", "Bölgesel … eğitimi — Bursa",
# "Advisory board meeting". Turkish ones in the compound form only ("eğitimi", not
# "eğitim"), which a topic ("Kapsayıcı eğitim") does not take.
_OTHER_MEETINGS = frozenset(
    ("toplantı", "toplantısı", "eğitimi", "semineri", "seminer", "konferansı", "konferans",
     "paneli", "panel", "forumu", "forum", "zirvesi", "zirve", "kongresi", "kongre",
     "sempozyumu", "sempozyum", "ziyareti", "etkinliği", "buluşması", "oturumu", "töreni",
     "lansmanı", "söyleşisi", "kurultayı", "webinarı",
     "meeting", "training", "seminar", "conference", "summit", "congress", "symposium",
     "visit", "event", "session", "webinar", "ceremony", "briefing", "launch")
)  # fmt: skip
_WORKSHOP_WORDS = ("çalıştay", "workshop")


def names_other_meeting(title: str) -> bool:
    """Whether ``title`` names its meeting as another kind than a workshop ("Danışma
    Kurulu toplantısı"): such a meeting is not called "1. çalıştay" in its documents."""
    from facilitator.text import turkish_lower

    text = turkish_lower(title or "")
    if any(word in text for word in _WORKSHOP_WORDS):
        return False
    for mark in (" — ", " – ", " - ", ":", "("):
        text = text.split(mark)[0]
    words = text.replace(",", " ").split()
    return bool(words) and words[-1] in _OTHER_MEETINGS


_ENUMS: dict[str, dict[str, tuple[str, str]]] = {
    "sector": {
        "company": ("Company", "Şirket"),
        "ngo": ("NGO", "STK"),
        "foundation": ("Foundation", "Vakıf"),
        "cooperative": ("Cooperative", "Kooperatif"),
        "chamber": ("Chamber / professional body", "Oda / meslek kuruluşu"),
        "university": ("University", "Üniversite"),
        "public": ("Public body", "Kamu kurumu"),
        "media": ("Media", "Medya"),
        "international": ("International organization", "Uluslararası kuruluş"),
        "other": ("Other", "Diğer"),
    },
    "role": {
        "moderator": ("Moderator", "Moderatör"),
        "host": ("Host", "Ev sahibi"),
        "speaker": ("Speaker", "Konuşmacı"),
        "participant": ("Participant", "Katılımcı"),
        "observer": ("Observer", "Gözlemci"),
        "rapporteur": ("Rapporteur", "Raportör"),
        "organizer": ("Organizer", "Düzenleyici"),
    },
    "workshop_status": {
        "draft": ("Draft", "Taslak"),
        "scheduled": ("Scheduled", "Planlandı"),
        "in_session": ("In session", "Devam ediyor"),
        "held": ("Held", "Yapıldı"),
        "minutes_sent": ("Minutes sent", "Tutanak gönderildi"),
    },
    "attendance": {
        "unknown": ("Unknown", "Bilinmiyor"),
        "present": ("Present", "Katıldı"),
        "absent": ("Absent", "Katılmadı"),
        "excused": ("Excused", "Mazeretli"),
    },
    "agenda_kind": {
        "opening": ("Opening", "Açılış"),
        "talk": ("Talk", "Sunum"),
        "discussion": ("Discussion", "Tartışma"),
        "group_work": ("Group work", "Grup çalışması"),
        "break": ("Break", "Ara"),
        "decision": ("Decision", "Karar"),
        "closing": ("Closing", "Kapanış"),
    },
    "note_kind": {
        "point": ("Points", "Görüşler"),
        "idea": ("Ideas", "Fikirler"),
        "concern": ("Concerns", "Kaygılar"),
        "question": ("Questions", "Sorular"),
        "proposal": ("Proposals", "Öneriler"),
        "quote": ("Quotes", "Alıntılar"),
        "action": ("Actions", "Yapılacaklar"),
        "parking_lot": ("Parking lot", "Sonraya bırakılan konular"),
    },
    "method": {
        "gradients": ("Gradients of agreement (1–8)", "Uzlaşı dereceleri (1–8)"),
        "fist_to_five": ("Fist to five (0–5)", "Yumruktan beşe (0–5)"),
        "consent": ("Consent", "Rıza (itiraz yokluğu)"),
        "majority": ("Majority vote", "Oy çokluğu"),
        "counts": ("Cards (counts)", "Kartlar (sayım)"),
    },
    "voice": {
        "person": ("One voice per person", "Kişi başına bir oy"),
        "organization": ("One voice per organization", "Kurum başına bir oy"),
        "counts": ("Counts only", "Yalnızca sayım"),
    },
    "outcome": {
        "agreed": ("Agreed", "Kabul edildi"),
        "agreed_with_reservations": ("Agreed with reservations", "Çekincelerle kabul edildi"),
        "not_agreed": ("Not agreed", "Kabul edilmedi"),
        "deferred": ("Deferred", "Ertelendi"),
        "withdrawn": ("Withdrawn", "Geri çekildi"),
    },
    "contribution": {
        "financial": ("Financial", "Maddi"),
        "moral": ("Moral support", "Manevi"),
        "expertise": ("Expertise", "Uzmanlık"),
        "in_kind": ("In kind", "Ayni"),
        "volunteering": ("Volunteering", "Gönüllülük"),
        "hosting": ("Hosting", "Ev sahipliği"),
        "communication": ("Communication", "İletişim"),
        "other": ("Other", "Diğer"),
    },
    # Column headers of the contribution matrix, where eight types share one line.
    "contribution_short": {
        "financial": ("Financial", "Maddi"),
        "moral": ("Moral", "Manevi"),
        "expertise": ("Expertise", "Uzmanlık"),
        "in_kind": ("In kind", "Ayni"),
        "volunteering": ("Volunteers", "Gönüllü"),
        "hosting": ("Hosting", "Ev sahipliği"),
        "communication": ("Outreach", "İletişim"),
        "other": ("Other", "Diğer"),
    },
    "commitment_status": {
        "proposed": ("Proposed", "Önerildi"),
        "committed": ("Committed", "Taahhüt edildi"),
        "in_progress": ("In progress", "Sürüyor"),
        "done": ("Done", "Tamamlandı"),
        "dropped": ("Dropped", "Vazgeçildi"),
    },
    # Position values by method
    "gradients": {
        "1": ("1 Wholehearted endorsement", "1 Tam destek"),
        "2": ("2 Agreement with a minor point", "2 Küçük bir çekinceyle destek"),
        "3": ("3 Support with reservations", "3 Çekincelerle destek"),
        "4": ("4 Abstain", "4 Çekimser"),
        "5": ("5 More discussion needed", "5 Daha fazla tartışma gerekli"),
        "6": ("6 Don't like it but will support", "6 Beğenmiyorum ama desteklerim"),
        "7": ("7 Serious disagreement", "7 Ciddi itiraz"),
        "8": ("8 Veto", "8 Veto"),
    },
    "fist_to_five": {
        "0": ("0 Block", "0 Engelliyorum"),
        "1": ("1 Serious concerns", "1 Ciddi kaygılarım var"),
        "2": ("2 Some concerns", "2 Bazı kaygılarım var"),
        "3": ("3 Can live with it", "3 Kabul edebilirim"),
        "4": ("4 Good idea", "4 İyi bir fikir"),
        "5": ("5 Full support", "5 Tam destek"),
    },
    "consent": {
        "no_objection": ("No objection", "İtiraz yok"),
        "stand_aside": ("Stand aside", "Kenarda duruyorum"),
        "objection": ("Objection", "İtiraz"),
    },
    "majority": {
        "yes": ("Yes", "Evet"),
        "no": ("No", "Hayır"),
        "abstain": ("Abstain", "Çekimser"),
    },
    "counts": {
        "green": ("Green card", "Yeşil kart"),
        "yellow": ("Yellow card", "Sarı kart"),
        "red": ("Red card", "Kırmızı kart"),
    },
    "unit": {
        "TRY": ("TRY", "TL"),
        "EUR": ("EUR", "EUR"),
        "volunteer_hours": ("volunteer hours", "gönüllü saati"),
        "volunteers": ("volunteers", "gönüllü"),
    },
}

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
}
_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "tr": (
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran",
        "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class DocumentLabels:
    """The words and formats of one document language ("tr" or "en")."""

    language: str
    time_zone: str = ""  # IANA name of the workshop's zone; "": this computer's

    def __post_init__(self):
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown document language {self.language!r}")

    @property
    def _i(self) -> int:
        return 0 if self.language == "en" else 1

    def text(self, key: str, **values) -> str:
        """The words of ``key`` in this language, ``values`` filled in; ``{n:pl}`` after a
        noun is its English plural "s" unless ``n`` is 1 ("1 participant", "2
        participants"; Turkish nouns stay singular after a number)."""
        words = _TEXTS[key][self._i]
        return _WORDS.format(words, **values) if values else words

    def enum(self, vocabulary: str, value) -> str:
        """Label of a stored value; an unknown value is shown as stored rather than hidden."""
        if value is None:
            return ""
        key = getattr(value, "value", value)
        found = _ENUMS[vocabulary].get(str(key))
        return found[self._i] if found else str(key)

    def position(self, method, value: str) -> str:
        """Label of a position value in a round of ``method``."""
        method = getattr(method, "value", method)
        found = _ENUMS.get(str(method), {}).get(value)
        return found[self._i] if found else value

    # -- dates and numbers ----------------------------------------------------------

    @cached_property
    def _zone(self):
        """The zone the document's times are in: the workshop's, if known here (resolved
        once per document, not per time printed)."""
        return zone(self.time_zone)

    def local(self, value: datetime) -> datetime:
        """A stored (UTC) time where the workshop is held."""
        return value.astimezone(self._zone)

    def zone_text(self, moment: datetime) -> str:
        """'Europe/Istanbul (UTC+3)': the zone every time of the document is in."""
        name = self._zone.key
        return f"{name} ({utc_offset(name, moment)})"

    def long_date(self, value: date | datetime | None) -> str:
        """'14 Mart 2026 Cumartesi' / 'Saturday 14 March 2026' (where the workshop is held,
        for datetimes): the order Turkish official writing uses."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = self.local(value)
        weekday = _WEEKDAYS[self.language][value.weekday()]
        month = _MONTHS[self.language][value.month - 1]
        if self.language == "tr":
            return f"{value.day} {month} {value.year} {weekday}"
        return f"{weekday} {value.day} {month} {value.year}"

    def short_date(self, value: date | datetime | None) -> str:
        """'14.03.2026' / '14 Mar 2026'."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = self.local(value)
        if self.language == "tr":
            return f"{value.day:02d}.{value.month:02d}.{value.year}"
        return f"{value.day} {_MONTHS['en'][value.month - 1][:3]} {value.year}"

    def month_year(self, value: date) -> str:
        month = _MONTHS[self.language][value.month - 1]
        return f"{month[:3]} {value.year}"

    def clock(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = self.local(value)
        return f"{local.hour:02d}:{local.minute:02d}"

    def time_range(self, start: datetime | None, end: datetime | None) -> str:
        if start is None:
            return ""
        if end is None:
            return self.clock(start)
        return f"{self.clock(start)}–{self.clock(end)}"

    def number(self, value, places: int = 0) -> str:
        """1.234,50 (tr) / 1,234.50 (en)."""
        quantized = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        text = f"{quantized:,.{places}f}"
        if self.language == "tr":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text

    def percent(self, fraction: float) -> str:
        """'%40' (tr) / '40%' (en), whole per cents."""
        figure = self.number(Decimal(str(fraction)) * 100)
        return f"%{figure}" if self.language == "tr" else f"{figure}%"

    def money(self, amount, currency: str) -> str:
        """'1.234,50 TL' / 'TRY 1,234.50'; euros '1.234,50 €' / '€1,234.50'. Formal Turkish
        text writes the lira "TL", not the ₺ sign."""
        places = 0 if Decimal(amount) == Decimal(amount).to_integral_value() else 2
        figure = self.number(amount, places)
        if currency == "TRY":
            return f"{figure} TL" if self.language == "tr" else f"TRY {figure}"
        sign = {"EUR": "€"}.get(currency, currency)
        return f"{figure} {sign}" if self.language == "tr" else f"{sign}{figure}"

    def quantity(self, amount, unit) -> str:
        if amount is None or unit is None:
            return ""
        unit = getattr(unit, "value", unit)
        if unit in ("TRY", "EUR"):
            return self.money(amount, unit)
        places = 0 if Decimal(amount) == Decimal(amount).to_integral_value() else 1
        return f"{self.number(amount, places)} {self.enum('unit', unit)}"
