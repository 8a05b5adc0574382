"""The demo series: fictional institutions and people modeled on the seed texts.

A series of six workshops on cooperation between companies and NGOs (the
fifth, fully recorded, discussed founding a city-wide social responsibility
platform), plus an EU-funded project with an advisory board meeting. Every
row gets a UUID derived from a fixed name, so loading twice changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from facilitator.models import (
    AgendaItem,
    AgendaKind,
    Attendance,
    Commitment,
    CommitmentStatus,
    ContributionType,
    DecisionMethod,
    Invitation,
    Note,
    NoteKind,
    Organization,
    Outcome,
    Participation,
    Person,
    Phase,
    Position,
    Proposal,
    ProposalVersion,
    QuantityUnit,
    Role,
    Round,
    Sector,
    Series,
    SpeakerTurn,
    Voice,
    Workshop,
    WorkshopStatus,
)
from facilitator.store import Store
from facilitator.text import name_key

_NS = uuid.UUID("6f1d7a52-3b8e-4c2a-9d4e-2f6a1c0b5e77")
TZ = ZoneInfo("Europe/Istanbul")


def demo_uuid(kind: str, key: str | int) -> str:
    return str(uuid.uuid5(_NS, f"{kind}/{key}"))


DEMO_SERIES_UUID = demo_uuid("series", "isbirligi")


@dataclass(frozen=True)
class DemoResult:
    loaded: bool  # False when the demo was already there
    series: int
    workshops: int
    organizations: int
    people: int


# key, name, short name, sector, city
ORGANIZATIONS = [
    ("yesilova", "Yeşilova Grup", "Yeşilova", Sector.COMPANY, "Bursa"),
    ("csdd", "Çocuk Sağlığı Dayanışma Derneği", "ÇSDD", Sector.NGO, "Bursa"),
    ("segev", "Sağlıklı Gelecek Eğitim Vakfı", "SEGEV", Sector.FOUNDATION, "Bursa"),
    ("isikvak", "Işık Lösemili Çocuklar Vakfı", "IŞIKVAK", Sector.FOUNDATION, "Bursa"),
    ("villa", "Villa Zeytin", "", Sector.COMPANY, "Bursa"),
    ("uni", "Uludere Üniversitesi Eğitim Fakültesi", "UÜ", Sector.UNIVERSITY, "Bursa"),
    ("kgkm", "Kent Gönüllüleri Koordinasyon Merkezi", "KGKM", Sector.PUBLIC, "Bursa"),
    ("tkssa", "Türkiye Kurumsal Sosyal Sorumluluk Ağı", "TKSSA", Sector.NGO, "İstanbul"),
    ("csreu", "Avrupa KSS Ortaklığı", "EU-CSR", Sector.INTERNATIONAL, "Brüksel"),
    ("marmara", "Marmara Tekstil A.Ş.", "Marmara", Sector.COMPANY, "Bursa"),
    ("oncu", "Öncü Gıda San. ve Tic. A.Ş.", "Öncü Gıda", Sector.COMPANY, "Bursa"),
    ("cyg", "Çağdaş Yaşam Gönüllüleri Derneği", "ÇYGD", Sector.NGO, "Bursa"),
    ("ipek", "İpekyolu Lojistik", "", Sector.COMPANY, "Gemlik"),
]

# key, honorific, given, family, position, organization key, consent
PEOPLE = [
    ("ruya", "Prof. Dr.", "Rüya", "Küçükosmanoğlu", "Öğretim Üyesi", "uni", True),
    ("dilara", "", "Dilara", "Yüce", "Kurumsal İletişim Direktörü", "yesilova", True),
    ("ozge", "", "Özge", "Şenyurt", "İşletme Müdürü", "villa", True),
    ("ilker", "", "İlker", "Işıkgün", "Genel Müdür", "yesilova", False),
    ("selin", "", "Selin", "Aydoğdu", "Sosyal Sorumluluk Uzmanı", "yesilova", True),
    ("murat", "", "Murat", "Çelikkaya", "Dernek Başkanı", "csdd", True),
    ("gulsen", "", "Gülşen", "Öztürk", "Gönüllü Koordinatörü", "csdd", False),
    ("hakan", "", "Hakan", "Ünlü", "Vakıf Müdürü", "segev", True),
    ("zeynep", "", "Zeynep", "Ağaoğlu", "Proje Sorumlusu", "segev", True),
    ("ismail", "", "İsmail", "Işık", "Yönetim Kurulu Üyesi", "isikvak", True),
    ("irem", "", "İrem", "Ilgaz", "Bağış ve İletişim Sorumlusu", "isikvak", True),
    ("umut", "Doç. Dr.", "Umut", "Şahin", "Öğretim Üyesi", "uni", True),
    ("cansu", "Dr. Öğr. Üyesi", "Cansu", "Erdoğan", "Araştırma Görevlisi", "uni", False),
    ("serkan", "", "Serkan", "Güneş", "Merkez Müdürü", "kgkm", True),
    ("aylin", "", "Aylin", "Çınar", "Gönüllülük Uzmanı", "kgkm", True),
    ("burak", "", "Burak", "Öztoprak", "Genel Sekreter", "tkssa", True),
    ("elif", "", "Elif", "Soysal", "Proje Koordinatörü", "tkssa", True),
    ("sophie", "", "Sophie", "Laurent", "Programme Manager", "csreu", True),
    ("kemal", "", "Kemal", "Yıldırım", "İnsan Kaynakları Müdürü", "marmara", True),
    ("nihan", "", "Nihan", "Doğru", "Kurumsal İletişim Uzmanı", "marmara", False),
    ("ugur", "", "Uğur", "Kılıç", "Fabrika Müdürü", "oncu", True),
    ("sule", "", "Şule", "Bozkurt", "Sürdürülebilirlik Sorumlusu", "oncu", True),
    ("cem", "", "Cem", "Ekinci", "Dernek Başkanı", "cyg", True),
    ("dilek", "", "Dilek", "Çakır", "Gönüllü Temsilcisi", "cyg", True),
    ("yusuf", "", "Yusuf", "İpekçi", "Operasyon Müdürü", "ipek", False),
    ("ebru", "", "Ebru", "Sarıgül", "Halkla İlişkiler Uzmanı", "ipek", True),
    ("tolga", "", "Tolga", "Özkan", "Finans Direktörü", "yesilova", False),
    ("gizem", "", "Gizem", "Uçar", "Etkinlik Koordinatörü", "villa", True),
    ("oguz", "", "Oğuz", "Karaçam", "Gönüllü", "csdd", True),
    ("busra", "", "Büşra", "Ilıcak", "Sosyal Hizmet Uzmanı", "segev", True),
    ("ahmet", "", "Ahmet", "Ünal", "Mütevelli Heyeti Üyesi", "isikvak", False),
    ("esra", "Arş. Gör.", "Esra", "Türkmen", "Araştırma Görevlisi", "uni", True),
    ("levent", "", "Levent", "Öcal", "Daire Başkanı", "kgkm", True),
    ("pinar", "", "Pınar", "Akgül", "İletişim Uzmanı", "tkssa", True),
    ("mert", "", "Mert", "Ağca", "Kurumsal Sosyal Sorumluluk Müdürü", "marmara", True),
    ("sevgi", "", "Sevgi", "Çolak", "İK Uzmanı", "oncu", True),
    ("baris", "", "Barış", "Şimşek", "Yönetim Kurulu Üyesi", "cyg", False),
    ("ipek", "", "İpek", "Irmak", "Proje Asistanı", "tkssa", True),
    ("onur", "", "Onur", "Iğdır", "Satın Alma Müdürü", "ipek", True),
    ("nazli", "", "Nazlı", "Güçlü", "Gönüllü Koordinatörü", "yesilova", True),
]

SERIES_TITLE = "Özel Sektör ve Sivil Toplum Kuruluşları Arasında İş Birliği Nasıl Güçlendirilir?"

# number, title, date, host key, moderator key, status
SERIES_WORKSHOPS = [
    (
        1,
        "Ortak akıl: İş birliğinin önündeki engeller",
        date(2024, 5, 18),
        "yesilova",
        "ruya",
        WorkshopStatus.MINUTES_SENT,
    ),
    (
        2,
        "Gönüllülük kültürü ve şirket çalışanları",
        date(2024, 11, 16),
        "csdd",
        "ruya",
        WorkshopStatus.MINUTES_SENT,
    ),
    (
        3,
        "Etki ölçümü ve ortak projeler",
        date(2025, 5, 17),
        "segev",
        "umut",
        WorkshopStatus.MINUTES_SENT,
    ),
    (
        4,
        "Kaynakların birleştirilmesi: maddi, manevi ve uzmanlık katkıları",
        date(2025, 11, 15),
        "isikvak",
        "ruya",
        WorkshopStatus.MINUTES_SENT,
    ),
    (
        5,
        "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası",
        date(2026, 3, 14),
        "villa",
        "ruya",
        WorkshopStatus.HELD,
    ),
    (
        6,
        "Platformun ilk ortak projesi: gönüllü eşleştirme",
        date(2027, 1, 16),
        "marmara",
        "ruya",
        WorkshopStatus.SCHEDULED,
    ),
]

VENUES = {
    "yesilova": ("Yeşilova Grup Genel Müdürlüğü", "Organize Sanayi Bölgesi, Nilüfer / Bursa"),
    "csdd": ("ÇSDD Gönüllü Evi", "Çekirge Cad. No: 12, Osmangazi / Bursa"),
    "segev": ("SEGEV Eğitim Merkezi", "Fomara Meydanı, Osmangazi / Bursa"),
    "isikvak": ("Işık Vakfı Konferans Salonu", "Mudanya Yolu, Nilüfer / Bursa"),
    "villa": ("Villa Zeytin", "Uludağ Yolu, Yıldırım / Bursa"),
    "marmara": ("Marmara Tekstil Kültür Merkezi", "Demirtaş OSB, Osmangazi / Bursa"),
}

# kind, title, minutes, presenter key, goal
AGENDA_5 = [
    (
        AgendaKind.OPENING,
        "Açılış ve tanışma",
        15,
        "ruya",
        "Çalıştayın amacını ve kurallarını paylaşmak",
    ),
    (
        AgendaKind.TALK,
        "Seri nereye geldi? Dört çalıştayın özeti",
        20,
        "dilara",
        "Önceki çalıştayların çıktılarını hatırlatmak",
    ),
    (
        AgendaKind.TALK,
        "Ev sahibinin deneyimi: Villa Zeytin'in sosyal sorumluluk çalışmaları",
        15,
        "ozge",
        "İyi bir örneği paylaşmak",
    ),
    (
        AgendaKind.DISCUSSION,
        "Platformun yapısı ve işleyiş modeli",
        40,
        "ruya",
        "Yönetim modeli ve karar alma biçimi üzerinde uzlaşmak",
    ),
    (AgendaKind.BREAK, "Kahve arası", 15, None, ""),
    (
        AgendaKind.GROUP_WORK,
        "Kurumların katkı alanları: maddi, manevi, uzmanlık",
        35,
        None,
        "Her kurumun üstlenebileceği katkıları somutlaştırmak",
    ),
    (
        AgendaKind.DECISION,
        "Öncelikler ve yol haritası kararları",
        30,
        "ruya",
        "Önümüzdeki dönemin önceliklerini karara bağlamak",
    ),
    (AgendaKind.CLOSING, "Kapanış ve sonraki adımlar", 10, "dilara", ""),
]

# person key, role, attendance (invitation is confirmed unless absent/excused noted)
ATTENDEES_5 = [
    ("ruya", Role.MODERATOR, Attendance.PRESENT),
    ("dilara", Role.ORGANIZER, Attendance.PRESENT),
    ("selin", Role.RAPPORTEUR, Attendance.PRESENT),
    ("ozge", Role.HOST, Attendance.PRESENT),
    ("gizem", Role.HOST, Attendance.PRESENT),
    ("murat", Role.PARTICIPANT, Attendance.PRESENT),
    ("gulsen", Role.PARTICIPANT, Attendance.PRESENT),
    ("hakan", Role.PARTICIPANT, Attendance.PRESENT),
    ("zeynep", Role.PARTICIPANT, Attendance.PRESENT),
    ("ismail", Role.PARTICIPANT, Attendance.PRESENT),
    ("irem", Role.PARTICIPANT, Attendance.PRESENT),
    ("umut", Role.SPEAKER, Attendance.PRESENT),
    ("serkan", Role.PARTICIPANT, Attendance.PRESENT),
    ("aylin", Role.PARTICIPANT, Attendance.PRESENT),
    ("burak", Role.OBSERVER, Attendance.PRESENT),
    ("kemal", Role.PARTICIPANT, Attendance.PRESENT),
    ("mert", Role.PARTICIPANT, Attendance.PRESENT),
    ("ugur", Role.PARTICIPANT, Attendance.PRESENT),
    ("sule", Role.PARTICIPANT, Attendance.PRESENT),
    ("cem", Role.PARTICIPANT, Attendance.PRESENT),
    ("dilek", Role.PARTICIPANT, Attendance.PRESENT),
    ("ebru", Role.PARTICIPANT, Attendance.PRESENT),
    ("nazli", Role.PARTICIPANT, Attendance.PRESENT),
    ("yusuf", Role.PARTICIPANT, Attendance.ABSENT),
    ("levent", Role.PARTICIPANT, Attendance.EXCUSED),
    ("ahmet", Role.PARTICIPANT, Attendance.ABSENT),
]

# agenda index, minute offset into the item, kind, speaker key, text
NOTES_5 = [
    (
        0,
        5,
        NoteKind.POINT,
        "ruya",
        "Çalıştay kuralları: söz sırası, kısa konuşmalar, kişisel değil kurumsal görüş.",
    ),
    (
        1,
        8,
        NoteKind.POINT,
        "dilara",
        "Dört çalıştayda ortak akıl üretme ve birlikte hareket etme kültürü gelişti.",
    ),
    (
        1,
        15,
        NoteKind.QUOTE,
        "dilara",
        "“Bu yapıyı maddi beklentilerden bağımsız, iyi niyet ve sürdürülebilirlik esasına dayalı "
        "bir iş birliği modeli olarak kurguluyoruz.”",
    ),
    (
        2,
        6,
        NoteKind.POINT,
        "ozge",
        "Villa Zeytin her ay bir STK etkinliğine mekânını ücretsiz açıyor.",
    ),
    (
        3,
        4,
        NoteKind.IDEA,
        "murat",
        "Platformun dönüşümlü başkanlıkla, altı ayda bir değişen bir yürütme kuruluyla "
        "yönetilmesi.",
    ),
    (
        3,
        11,
        NoteKind.CONCERN,
        "kemal",
        "Şirketlerin katkısı yalnızca bağışa indirgenirse gönüllü sayısı artmaz.",
    ),
    (
        3,
        17,
        NoteKind.QUESTION,
        "ismail",
        "Platform tüzel kişilik mi olacak, yoksa protokolle mi işleyecek?",
    ),
    (
        3,
        22,
        NoteKind.POINT,
        "umut",
        "Protokolle başlamak, tüzel kişiliği ikinci yıl değerlendirmek daha gerçekçi.",
    ),
    (
        3,
        30,
        NoteKind.PROPOSAL,
        "ruya",
        "Platform bir iş birliği protokolüyle kurulsun; yürütme kurulu dönüşümlü olsun.",
    ),
    (5, 10, NoteKind.IDEA, "sule", "Öncü Gıda, gıda bankası projesine ayni katkı sağlayabilir."),
    (
        5,
        18,
        NoteKind.POINT,
        "aylin",
        "KGKM gönüllü eşleştirme için mevcut veri tabanını paylaşmaya hazır.",
    ),
    (
        5,
        25,
        NoteKind.ACTION,
        "mert",
        "Marmara Tekstil 40 çalışan gönüllüyü ilk projeye yönlendirecek.",
    ),
    (
        5,
        31,
        NoteKind.PARKING_LOT,
        "cem",
        "Gönüllülere sigorta ve iş sağlığı konusu ayrıca ele alınmalı.",
    ),
    (
        6,
        5,
        NoteKind.PROPOSAL,
        "ruya",
        "İlk ortak proje olarak şirket çalışanlarıyla STK'ları buluşturan gönüllü eşleştirme "
        "programı başlatılsın.",
    ),
    (
        6,
        20,
        NoteKind.CONCERN,
        "irem",
        "Projenin kapsamı ilk yıl Bursa ile sınırlı tutulmalı; & işareti, <etiket> gibi "
        "karakterler de notlarda sorun çıkarmamalı.",
    ),
    (
        7,
        4,
        NoteKind.POINT,
        "dilara",
        "Katılımcılar ortak projeler ve yol haritasıyla iş birliğini güçlendirme konusunda "
        "görüş birliğine vardı.",
    ),
]

PHASES = [
    (
        "kurulus",
        "Platformun kuruluşu",
        date(2026, 6, 30),
        "İş birliği protokolünün imzalanması ve yürütme kurulunun oluşması",
    ),
    (
        "proje",
        "İlk ortak proje: gönüllü eşleştirme",
        date(2026, 12, 31),
        "Şirket çalışanlarının STK'larla eşleştirilmesi",
    ),
    (
        "yaygin",
        "Yaygınlaştırma",
        date(2027, 6, 30),
        "Platformun ilçelere ve yeni kurumlara açılması",
    ),
]

# key, title, org, person, type, quantity, unit, phase, start, due, status
COMMITMENTS_5 = [
    (
        "protokol",
        "İş birliği protokolü taslağını hazırlamak",
        "yesilova",
        "dilara",
        ContributionType.EXPERTISE,
        None,
        None,
        "kurulus",
        date(2026, 3, 16),
        date(2026, 4, 30),
        CommitmentStatus.DONE,
    ),
    (
        "fon",
        "Platformun ilk yıl giderlerine katkı",
        "yesilova",
        "tolga",
        ContributionType.FINANCIAL,
        Decimal("250000"),
        QuantityUnit.TRY,
        "proje",
        date(2026, 4, 1),
        date(2026, 12, 31),
        CommitmentStatus.COMMITTED,
    ),
    (
        "gonullu",
        "Çalışan gönüllüleri ilk projeye yönlendirmek",
        "marmara",
        "mert",
        ContributionType.VOLUNTEERING,
        Decimal("40"),
        QuantityUnit.VOLUNTEERS,
        "proje",
        date(2026, 5, 1),
        date(2026, 11, 30),
        CommitmentStatus.IN_PROGRESS,
    ),
    (
        "gida",
        "Gıda bankası için ayni destek",
        "oncu",
        "sule",
        ContributionType.IN_KIND,
        None,
        None,
        "proje",
        date(2026, 6, 1),
        date(2026, 10, 31),
        CommitmentStatus.COMMITTED,
    ),
    (
        "egitim",
        "Gönüllü koordinatörlerine eğitim vermek",
        "uni",
        "umut",
        ContributionType.EXPERTISE,
        Decimal("24"),
        QuantityUnit.VOLUNTEER_HOURS,
        "proje",
        date(2026, 9, 1),
        date(2027, 2, 28),
        CommitmentStatus.PROPOSED,
    ),
    (
        "destek",
        "Platforma kurum adıyla destek vermek",
        "csdd",
        "murat",
        ContributionType.MORAL,
        None,
        None,
        "kurulus",
        None,
        date(2026, 6, 30),
        CommitmentStatus.DONE,
    ),
    (
        "mekan",
        "Platform toplantılarına ücretsiz mekân",
        "villa",
        "ozge",
        ContributionType.HOSTING,
        None,
        None,
        "yaygin",
        date(2026, 4, 1),
        date(2027, 6, 30),
        CommitmentStatus.IN_PROGRESS,
    ),
    (
        "iletisim",
        "Platformun sosyal medya duyuruları",
        "tkssa",
        "burak",
        ContributionType.COMMUNICATION,
        Decimal("200"),
        QuantityUnit.VOLUNTEER_HOURS,
        "yaygin",
        None,
        date(2027, 3, 31),
        CommitmentStatus.PROPOSED,
    ),
    (
        "eur",
        "AB projesinden eşleştirme aracına eş finansman",
        "tkssa",
        "elif",
        ContributionType.FINANCIAL,
        Decimal("15000"),
        QuantityUnit.EUR,
        "yaygin",
        date(2026, 9, 1),
        date(2027, 6, 30),
        CommitmentStatus.PROPOSED,
    ),
]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def load_demo(store: Store) -> DemoResult:
    """Load the demo series in one transaction; does nothing when it is already there."""
    with store.transaction() as s:
        if s.scalar(select(Series.id).where(Series.uuid == DEMO_SERIES_UUID)) is not None:
            return DemoResult(False, 0, 0, 0, 0)

        # An organization the user already has under the same name is used, not doubled.
        by_name = {name_key(o.name): o for o in s.scalars(select(Organization))}
        orgs: dict[str, Organization] = {}
        for key, name, short, sector, city in ORGANIZATIONS:
            existing = s.scalar(
                select(Organization).where(Organization.uuid == demo_uuid("org", key))
            ) or by_name.get(name_key(name))
            orgs[key] = existing or Organization(
                uuid=demo_uuid("org", key), name=name, short_name=short, sector=sector, city=city
            )
            s.add(orgs[key])
        s.flush()

        people: dict[str, Person] = {}
        for n, (key, honorific, given, family, position, org, consent) in enumerate(PEOPLE):
            existing = s.scalar(select(Person).where(Person.uuid == demo_uuid("person", key)))
            ascii_family = family.translate(str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")).lower()
            ascii_given = given.translate(str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")).lower()
            people[key] = existing or Person(
                uuid=demo_uuid("person", key),
                honorific=honorific,
                given_name=given,
                family_name=family,
                position=position,
                organization=orgs[org],
                email=f"{ascii_given}.{ascii_family}@example.org",
                phone=f"+90 224 555 {10 + n:02d} {20 + n:02d}",
                contact_consent=consent,
                consent_date=date(2024, 3, 1) if consent else None,
            )
            s.add(people[key])
        s.flush()

        series = Series(
            uuid=DEMO_SERIES_UUID,
            title=SERIES_TITLE,
            coordinator=orgs["yesilova"],
            description=(
                "Yeşilova Grup koordinasyonunda 2024'te başlayan, her buluşması farklı bir "
                "kurumun ev sahipliğinde yapılan çalıştaylar serisi."
            ),
        )
        s.add(series)
        s.flush()

        workshops: dict[int, Workshop] = {}
        for number, title, day, host, moderator, status in SERIES_WORKSHOPS:
            venue, address = VENUES[host]
            workshops[number] = Workshop(
                uuid=demo_uuid("workshop", number),
                series_id=series.id,
                number=number,
                title=title,
                guiding_question=SERIES_TITLE,
                planned_start=_at(day, 10),
                planned_end=_at(day, 13),
                venue_name=venue,
                venue_address=address,
                host_id=orgs[host].id,
                moderator_id=people[moderator].id,
                language="tr",
                status=status,
                objectives="",
            )
            s.add(workshops[number])
        s.flush()

        # Earlier workshops: a short agenda and the people who came.
        for number in (1, 2, 3, 4):
            w = workshops[number]
            for pos, (kind, title, minutes) in enumerate(
                [
                    (AgendaKind.OPENING, "Açılış", 15),
                    (AgendaKind.DISCUSSION, w.title, 120),
                    (AgendaKind.CLOSING, "Kapanış", 15),
                ],
                start=1,
            ):
                s.add(
                    AgendaItem(
                        uuid=demo_uuid(f"agenda/{number}", pos),
                        workshop_id=w.id,
                        position=pos,
                        title=title,
                        kind=kind,
                        planned_minutes=minutes,
                    )
                )
            for i, key in enumerate(ATTENDEES_5[: 10 + number * 2]):
                person_key = key[0]
                s.add(
                    Participation(
                        uuid=demo_uuid(f"participation/{number}", person_key),
                        workshop_id=w.id,
                        person_id=people[person_key].id,
                        organization_id=people[person_key].organization_id,
                        role=Role.MODERATOR
                        if person_key == "ruya" and number != 3
                        else (Role.PARTICIPANT if i else Role.OBSERVER),
                        invitation=Invitation.CONFIRMED,
                        attendance=Attendance.PRESENT,
                    )
                )
            w.session_started_at = w.planned_start
            w.session_ended_at = w.planned_end

        _load_workshop_5(s, workshops[5], people, orgs)

        w6 = workshops[6]
        w6.objectives = "Gönüllü eşleştirme programının ilk üç ayını planlamak."
        for key in ("ruya", "dilara", "mert", "kemal", "aylin", "murat", "hakan"):
            s.add(
                Participation(
                    uuid=demo_uuid("participation/6", key),
                    workshop_id=w6.id,
                    person_id=people[key].id,
                    organization_id=people[key].organization_id,
                    role=Role.MODERATOR if key == "ruya" else Role.PARTICIPANT,
                    invitation=Invitation.INVITED,
                )
            )

        phases = {}
        for key, title, target, description in PHASES:
            phases[key] = Phase(
                uuid=demo_uuid("phase", key),
                series_id=series.id,
                title=title,
                target_date=target,
                description=description,
            )
            s.add(phases[key])
        s.flush()
        decision = s.scalar(select(Proposal).where(Proposal.uuid == demo_uuid("proposal", 2)))
        for key, title, org, person, ctype, qty, unit, phase, start, due, status in COMMITMENTS_5:
            s.add(
                Commitment(
                    uuid=demo_uuid("commitment", key),
                    series_id=series.id,
                    workshop_id=workshops[5].id,
                    title=title,
                    organization_id=orgs[org].id,
                    person_id=people[person].id,
                    contribution_type=ctype,
                    quantity=qty,
                    unit=unit,
                    phase_id=phases[phase].id,
                    start_date=start,
                    due_date=due,
                    status=status,
                    proposal_id=decision.id if ctype is ContributionType.VOLUNTEERING else None,
                )
            )

        eu_workshops = _load_eu_project(s, orgs, people)
        return DemoResult(
            True, 1 + (eu_workshops > 0), len(workshops) + eu_workshops, len(orgs), len(people)
        )


def _load_workshop_5(s, w: Workshop, people: dict, orgs: dict) -> None:
    day = w.planned_start
    w.objectives = (
        "Bursa Sosyal Sorumluluk Platformu'nun yapısını, önümüzdeki dönem önceliklerini ve "
        "kurumların maddi, manevi ve uzmanlık temelli katkı alanlarını belirlemek."
    )
    w.session_started_at = day + timedelta(minutes=3)
    items = []
    clock = w.session_started_at
    overrun = [2, 5, -2, 8, 3, -5, 4, 1]
    for pos, (kind, title, minutes, presenter, goal) in enumerate(AGENDA_5, start=1):
        actual = minutes + overrun[pos - 1]
        item = AgendaItem(
            uuid=demo_uuid("agenda/5", pos),
            workshop_id=w.id,
            position=pos,
            title=title,
            kind=kind,
            planned_minutes=minutes,
            presenter_id=people[presenter].id if presenter else None,
            goal=goal,
            actual_start=clock,
            actual_end=clock + timedelta(minutes=actual),
        )
        clock = item.actual_end
        items.append(item)
        s.add(item)
    w.session_ended_at = clock
    s.flush()

    for key, role, attendance in ATTENDEES_5:
        present = attendance is Attendance.PRESENT
        s.add(
            Participation(
                uuid=demo_uuid("participation/5", key),
                workshop_id=w.id,
                person_id=people[key].id,
                organization_id=people[key].organization_id,
                role=role,
                invitation=Invitation.CONFIRMED
                if present or attendance is Attendance.EXCUSED
                else Invitation.INVITED,
                attendance=attendance,
                arrived_at=day - timedelta(minutes=20) + timedelta(minutes=len(key))
                if present
                else None,
            )
        )

    notes = []
    for n, (index, offset, kind, speaker, text) in enumerate(NOTES_5):
        note = Note(
            uuid=demo_uuid("note/5", n),
            workshop_id=w.id,
            agenda_item_id=items[index].id,
            kind=kind,
            text=text,
            speaker_id=people[speaker].id,
            noted_at=items[index].actual_start + timedelta(minutes=offset),
        )
        notes.append(note)
        s.add(note)
    for n, (index, key, minutes) in enumerate(
        [
            (3, "murat", 3),
            (3, "kemal", 2),
            (3, "ismail", 1),
            (3, "umut", 3),
            (5, "sule", 2),
            (5, "aylin", 2),
            (5, "mert", 1),
            (6, "irem", 2),
        ]
    ):
        start = items[index].actual_start + timedelta(minutes=2 + n * 3)
        s.add(
            SpeakerTurn(
                uuid=demo_uuid("turn/5", n),
                workshop_id=w.id,
                agenda_item_id=items[index].id,
                person_id=people[key].id,
                requested_at=start - timedelta(minutes=1),
                started_at=start,
                ended_at=start + timedelta(minutes=minutes),
                limit_seconds=180,
            )
        )
    s.flush()

    # Decision 5/1: the structure, by gradients of agreement, person by person.
    p1 = Proposal(
        uuid=demo_uuid("proposal", 1),
        workshop_id=w.id,
        agenda_item_id=items[3].id,
        source_note_id=notes[8].id,
        title="Platformun kuruluş biçimi",
        method=DecisionMethod.GRADIENTS,
        voice=Voice.PERSON,
        outcome=Outcome.AGREED,
        outcome_statement=(
            "Platform bir iş birliği protokolüyle kurulur; yürütme kurulu altı ayda bir "
            "dönüşümlü olarak değişir."
        ),
        review_date=date(2026, 9, 30),
        decided_at=items[3].actual_end,
        decision_number=1,
    )
    s.add(p1)
    s.flush()
    v1 = ProposalVersion(
        uuid=demo_uuid("proposal_version", "1/1"), proposal_id=p1.id, number=1, text=notes[8].text
    )
    s.add(v1)
    s.flush()
    r1 = Round(
        uuid=demo_uuid("round", "1/1"),
        proposal_id=p1.id,
        version_id=v1.id,
        number=1,
        method=DecisionMethod.GRADIENTS,
        voice=Voice.PERSON,
        opened_at=items[3].actual_end - timedelta(minutes=6),
        closed_at=items[3].actual_end - timedelta(minutes=2),
        proposed_outcome=Outcome.AGREED,
    )
    s.add(r1)
    s.flush()
    gradient_values = [
        "1",
        "2",
        "1",
        "2",
        "2",
        "1",
        "1",
        "2",
        "4",
        "1",
        "1",
        "2",
        "1",
        "2",
        "2",
        "1",
        "2",
        "1",
        "1",
        "2",
    ]
    voters = [k for k, role, att in ATTENDEES_5 if att is Attendance.PRESENT][
        : len(gradient_values)
    ]
    for key, value in zip(voters, gradient_values, strict=True):
        s.add(
            Position(
                uuid=demo_uuid("position", f"1/1/{key}"),
                round_id=r1.id,
                person_id=people[key].id,
                value=value,
            )
        )

    # Decision 5/2: the first joint project, by consent with one voice per institution,
    # amended after an objection.
    p2 = Proposal(
        uuid=demo_uuid("proposal", 2),
        workshop_id=w.id,
        agenda_item_id=items[6].id,
        source_note_id=notes[13].id,
        title="İlk ortak proje: gönüllü eşleştirme programı",
        method=DecisionMethod.CONSENT,
        voice=Voice.ORGANIZATION,
        outcome=Outcome.AGREED_WITH_RESERVATIONS,
        outcome_statement=(
            "İlk ortak proje, şirket çalışanlarını STK'larla buluşturan gönüllü eşleştirme "
            "programıdır; ilk yıl Bursa ile sınırlıdır."
        ),
        review_date=date(2027, 1, 16),
        decided_at=items[6].actual_end,
        decision_number=2,
    )
    s.add(p2)
    s.flush()
    v21 = ProposalVersion(
        uuid=demo_uuid("proposal_version", "2/1"), proposal_id=p2.id, number=1, text=notes[13].text
    )
    v22 = ProposalVersion(
        uuid=demo_uuid("proposal_version", "2/2"),
        proposal_id=p2.id,
        number=2,
        text=notes[13].text.rstrip(".") + "; ilk yıl Bursa ile sınırlı tutulsun.",
    )
    s.add_all([v21, v22])
    s.flush()
    org_keys = [
        "yesilova",
        "csdd",
        "segev",
        "isikvak",
        "villa",
        "uni",
        "kgkm",
        "marmara",
        "oncu",
        "cyg",
        "ipek",
    ]
    for number, version, values in (
        (1, v21, {"isikvak": "objection"}),
        (2, v22, {"tkssa": None, "ipek": "stand_aside"}),
    ):
        rnd = Round(
            uuid=demo_uuid("round", f"2/{number}"),
            proposal_id=p2.id,
            version_id=version.id,
            number=number,
            method=DecisionMethod.CONSENT,
            voice=Voice.ORGANIZATION,
            opened_at=items[6].actual_start + timedelta(minutes=8 + number * 10),
            closed_at=items[6].actual_start + timedelta(minutes=12 + number * 10),
            proposed_outcome=(
                Outcome.NOT_AGREED if number == 1 else Outcome.AGREED_WITH_RESERVATIONS
            ),
        )
        s.add(rnd)
        s.flush()
        for key in org_keys:
            value = values.get(key, "no_objection")
            s.add(
                Position(
                    uuid=demo_uuid("position", f"2/{number}/{key}"),
                    round_id=rnd.id,
                    organization_id=orgs[key].id,
                    value=value,
                    reason="Kapsam ilk yıl için fazla geniş." if value == "objection" else "",
                )
            )


def _load_eu_project(s, orgs: dict, people: dict) -> int:
    """The EU project series; returns how many workshops it added."""
    if s.scalar(select(Series.id).where(Series.uuid == demo_uuid("series", "ab-projesi"))):
        return 0  # kept when the user deleted only the main demo series
    series = Series(
        uuid=demo_uuid("series", "ab-projesi"),
        title="KSS Yoluyla Sivil Toplum ve Özel Sektör İş Birliğinin Güçlendirilmesi",
        coordinator=orgs["tkssa"],
        description=(
            "AB Sivil Toplum Diyaloğu Programı kapsamında yürütülen proje: görüşmeler, "
            "karşılaştırmalı rapor, çalışma ziyaretleri, 7 bölgede eğitimler ve kapanış etkinliği."
        ),
    )
    s.add(series)
    s.flush()
    meetings = [
        (
            1,
            "Danışma Kurulu toplantısı",
            date(2026, 10, 8),
            WorkshopStatus.HELD,
            ("Proje Ofisi", "Beyoğlu / İstanbul"),
        ),
        (
            2,
            "Bölgesel kapasite geliştirme eğitimi — Bursa",
            date(2027, 2, 11),
            WorkshopStatus.DRAFT,
            ("Kent Gönüllüleri Merkezi", "Osmangazi / Bursa"),
        ),
    ]
    for number, title, day, status, (venue, address) in meetings:
        w = Workshop(
            uuid=demo_uuid("workshop/ab", number),
            series_id=series.id,
            number=number,
            title=title,
            planned_start=_at(day, 10),
            planned_end=_at(day, 16),
            venue_name=venue,
            venue_address=address,
            host_id=orgs["tkssa"].id,
            moderator_id=people["burak"].id,
            language="tr",
            status=status,
            guiding_question="Türkiye'de sürdürülebilir bir KSS ağı nasıl kurulur?",
        )
        s.add(w)
        s.flush()
        for key in ("burak", "elif", "pinar", "ipek", "sophie", "kemal", "murat", "umut"):
            s.add(
                Participation(
                    uuid=demo_uuid(f"participation/ab{number}", key),
                    workshop_id=w.id,
                    person_id=people[key].id,
                    organization_id=people[key].organization_id,
                    role=Role.MODERATOR if key == "burak" else Role.PARTICIPANT,
                    invitation=Invitation.CONFIRMED
                    if status is WorkshopStatus.HELD
                    else Invitation.INVITED,
                    attendance=Attendance.PRESENT
                    if status is WorkshopStatus.HELD
                    else Attendance.UNKNOWN,
                )
            )
    for key, title, target in (
        ("ab-rapor", "Karşılaştırmalı rapor", date(2026, 12, 31)),
        ("ab-egitim", "7 bölgede eğitimler", date(2027, 6, 30)),
        ("ab-kapanis", "Kapanış etkinliği (İstanbul)", date(2027, 9, 15)),
    ):
        s.add(
            Phase(
                uuid=demo_uuid("phase", key), series_id=series.id, title=title, target_date=target
            )
        )
    return len(meetings)
