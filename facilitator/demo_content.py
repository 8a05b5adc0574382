"""The demo's content: fictional institutions, people, workshops, notes, decisions and
commitments modeled on the seed texts, as plain data.

A series of six workshops on cooperation between companies and NGOs (the fifth,
fully recorded, discussed founding a city-wide social responsibility platform), plus
an EU-funded project with an advisory board meeting. Keys ("yesilova", "ruya", …)
name rows across the tables and give every row its fixed UUID;
:mod:`facilitator.services.demo` loads them. No Qt, no database here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from facilitator.models import (
    AgendaKind,
    Attendance,
    CommitmentStatus,
    ContributionType,
    NoteKind,
    QuantityUnit,
    Role,
    Sector,
    WorkshopStatus,
)

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
        "Projenin kapsamı ilk yıl Bursa ile sınırlı tutulmalı; gönüllü sayısı artarken "
        "STK'ların bu gönüllüleri karşılayacak kapasitesi de güçlendirilmeli.",
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

# Commitments of workshops 3 and 4, reviewed at the 5th ("Seri nereye geldi?").
# key, made at workshop, title, org, person, type, phase, due, status when made,
# then at the 5th: status after, who reported, remark
EARLIER_COMMITMENTS = [
    (
        "envanter",
        4,
        "Kurumların katkı envanterini çıkarmak",
        "csdd",
        "murat",
        ContributionType.EXPERTISE,
        "kurulus",
        date(2026, 2, 28),
        CommitmentStatus.COMMITTED,
        CommitmentStatus.DONE,
        "gulsen",
        "32 kurumun katkı alanları listelendi; envanter platform sekretaryasına teslim edildi.",
    ),
    (
        "gosterge",
        3,
        "Ortak etki ölçümü için gösterge seti",
        "uni",
        "umut",
        ContributionType.EXPERTISE,
        "kurulus",
        date(2025, 12, 31),
        CommitmentStatus.IN_PROGRESS,
        CommitmentStatus.DONE,
        "umut",
        "Gösterge seti SEGEV ile birlikte denendi ve tamamlandı.",
    ),
    (
        "izin",
        4,
        "Çalışanlara yılda iki gün gönüllülük izni önerisi",
        "marmara",
        "mert",
        ContributionType.VOLUNTEERING,
        "proje",
        date(2026, 3, 1),
        CommitmentStatus.PROPOSED,
        CommitmentStatus.DROPPED,
        "kemal",
        "Yönetim onaylamadı; yerine gönüllü eşleştirme programına katılım izlenecek.",
    ),
]
REVIEW_ITEM_5 = 1  # the agenda item (index into AGENDA_5) where they were reviewed


SERIES_DESCRIPTION = (
    "Yeşilova Grup koordinasyonunda 2024'te başlayan, her buluşması farklı bir "
    "kurumun ev sahipliğinde yapılan çalıştaylar serisi."
)

# -- workshops 1 to 4: a short agenda and the people who came --------------------------

# kind, title (None: the workshop's own title), minutes
EARLIER_AGENDA = [
    (AgendaKind.OPENING, "Açılış", 15),
    (AgendaKind.DISCUSSION, None, 120),
    (AgendaKind.CLOSING, "Kapanış", 15),
]

# -- workshop 5, fully recorded ----------------------------------------------------------

WORKSHOP_5_OBJECTIVES = (
    "Bursa Sosyal Sorumluluk Platformu'nun yapısını, önümüzdeki dönem önceliklerini ve "
    "kurumların maddi, manevi ve uzmanlık temelli katkı alanlarını belirlemek."
)
SESSION_5_LATE_MINUTES = 3  # the session started this late
# Minutes each agenda item ran over (negative: under) its planned time.
OVERRUN_5 = [2, 5, -2, 8, 3, -5, 4, 1]

# agenda index, person key, minutes spoken
TURNS_5 = [
    (3, "murat", 3),
    (3, "kemal", 2),
    (3, "ismail", 1),
    (3, "umut", 3),
    (5, "sule", 2),
    (5, "aylin", 2),
    (5, "mert", 1),
    (6, "irem", 2),
]
TURN_LIMIT_SECONDS = 180

# Decision 5/1: the structure, by gradients of agreement, person by person.
DECISION_1_TITLE = "Platformun kuruluş biçimi"
DECISION_1_STATEMENT = (
    "Platform bir iş birliği protokolüyle kurulur; yürütme kurulu altı ayda bir "
    "dönüşümlü olarak değişir."
)
DECISION_1_REVIEW = date(2026, 9, 30)
DECISION_1_NOTE = 8  # the note (index into NOTES_5) it was worded from
# The gradient each present attendee showed, in the order of ATTENDEES_5.
DECISION_1_GRADIENTS = [
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

# Decision 5/2: the first joint project, by consent with one voice per institution,
# amended after an objection.
DECISION_2_TITLE = "İlk ortak proje: gönüllü eşleştirme programı"
DECISION_2_STATEMENT = (
    "İlk ortak proje, şirket çalışanlarını STK'larla buluşturan gönüllü eşleştirme "
    "programıdır; ilk yıl Bursa ile sınırlıdır."
)
DECISION_2_REVIEW = date(2027, 1, 16)
DECISION_2_NOTE = 13
DECISION_2_AMENDMENT = "; ilk yıl Bursa ile sınırlı tutulsun."  # replaces the final full stop
# The institutions that took a position, in order.
DECISION_2_VOICES = [
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
# Per round, the positions other than "no_objection".
DECISION_2_ROUNDS = [
    {"isikvak": "objection"},
    {"ipek": "stand_aside"},
]
DECISION_2_OBJECTION = "Kapsam ilk yıl için fazla geniş."

# -- workshop 6, coming up -----------------------------------------------------------------

WORKSHOP_6_OBJECTIVES = "Gönüllü eşleştirme programının ilk üç ayını planlamak."
WORKSHOP_6_INVITED = ("ruya", "dilara", "mert", "kemal", "aylin", "murat", "hakan")

# -- the EU project ----------------------------------------------------------------------

EU_SERIES_TITLE = "KSS Yoluyla Sivil Toplum ve Özel Sektör İş Birliğinin Güçlendirilmesi"
EU_SERIES_DESCRIPTION = (
    "AB Sivil Toplum Diyaloğu Programı kapsamında yürütülen proje: görüşmeler, "
    "karşılaştırmalı rapor, çalışma ziyaretleri, 7 bölgede eğitimler ve kapanış etkinliği."
)
EU_COORDINATOR = "tkssa"
EU_MODERATOR = "burak"
EU_GUIDING_QUESTION = "Türkiye'de sürdürülebilir bir KSS ağı nasıl kurulur?"
# number, title, date, status, (venue, address)
EU_MEETINGS = [
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
EU_ATTENDEES = ("burak", "elif", "pinar", "ipek", "sophie", "kemal", "murat", "umut")
# key, title, target date
EU_PHASES = [
    ("ab-rapor", "Karşılaştırmalı rapor", date(2026, 12, 31)),
    ("ab-egitim", "7 bölgede eğitimler", date(2027, 6, 30)),
    ("ab-kapanis", "Kapanış etkinliği (İstanbul)", date(2027, 9, 15)),
]
