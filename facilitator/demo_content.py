"""The demo's content: fictional institutions, people, workshops, notes, decisions and
commitments modeled on the seed texts, as plain data.

A series of six workshops on cooperation between companies and NGOs (the fifth,
fully recorded, discussed founding a city-wide social responsibility platform, with an
ideas session: ideas in five clusters and one dot round), plus
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

# -- workshop 5: the ideas session ---------------------------------------------------------
# During the group work the room wrote ideas on the seeds' themes (employee volunteering,
# NGO capacity, joint projects), grouped them into five clusters and put three dots each
# on the ideas; the joint projects came first and became decision 5/2.

IDEAS_ITEM_5 = 5  # the group work (index into AGENDA_5) where the ideas were written
DOTS_ITEM_5 = 6  # the item whose first minutes held the dot round
# key, name
IDEA_CLUSTERS_5 = [
    ("proje", "Ortak projeler"),
    ("stk", "STK'ların kurumsal kapasitesi"),
    ("gonul", "Çalışan gönüllülüğü"),
    ("islev", "Platformun işleyişi"),
    ("ilet", "Görünürlük ve iletişim"),
]
# key, cluster key (None: not clustered), minute into the group work, author key (None:
# nobody signed it), text; a number instead of a text: the note (index into NOTES_5) of
# kind "idea" that became the card (its speaker, item and time are the card's).
IDEAS_5 = [
    ("a1", "gonul", 2, "kemal", "Şirket çalışanlarına yılda iki gün gönüllülük izni"),
    ("b1", "stk", 3, "zeynep", "STK'lara proje yazımı ve raporlama eğitimi"),
    (
        "c1",
        "proje",
        4,
        "dilek",
        "Her yıl bir ana ortak proje seçilsin, tüm kurumlar ona katkı versin",
    ),
    ("a2", "gonul", 5, "aylin", "Gönüllü eşleştirme için kentte tek bir çevrim içi havuz"),
    ("b2", "stk", 6, "murat", "Şirket uzmanları STK'lara mentorluk versin"),
    (
        "c2",
        "proje",
        7,
        "mert",
        "Şirket çalışanlarını STK'larla buluşturan gönüllü eşleştirme programı",
    ),
    ("d2", "islev", 8, "hakan", "Kurumların katkılarını gösteren ortak envanter ve yıllık rapor"),
    ("b3", "stk", 9, "irem", "Gönüllüleri karşılayacak STK koordinatörlerine destek"),
    ("a3", "gonul", 10, "dilara", "Üst yöneticiler gönüllü çalışmalara örnek olarak katılsın"),
    ("e1", "ilet", 11, "ebru", "Ortak projeler tek bir web sayfasında duyurulsun"),
    ("c3", "proje", None, None, 9),
    ("d3", "islev", 13, None, "Platform sekretaryası kurumlar arasında dönüşümlü yürütülsün"),
    ("b4", "stk", 14, "cem", "Küçük derneklere muhasebe ve hukuk danışmanlığı"),
    ("e2", "ilet", 15, None, "Yerel basınla düzenli paylaşım, yılda bir “iyi örnekler” buluşması"),
    (
        "a4",
        "gonul",
        16,
        "nazli",
        "Gönüllü saatleri şirketlerin sürdürülebilirlik raporlarına girsin",
    ),
    (
        "c4",
        "proje",
        17,
        "gulsen",
        "Çocuk sağlığı taramalarına gönüllü sağlık çalışanlarıyla ortak proje",
    ),
    (
        "d4",
        "islev",
        18,
        "ozge",
        "Maddi beklentiden bağımsız, iyi niyete dayalı bir ilkeler belgesi",
    ),
    ("d1", "islev", None, None, 4),
    ("e3", "ilet", 20, "gizem", "Gönüllülere teşekkür belgesi ve yıl sonu buluşması"),
    ("u1", None, 22, "ugur", "Gönüllüler için sigorta ve iş sağlığı güvencesi"),
    ("u2", None, 24, None, "İlçelerdeki okullarla ortak farkındalık etkinlikleri"),
]
DOT_QUESTION_5 = "Platform önümüzdeki dönemde neye öncelik vermeli?"
DOT_BUDGET_5 = 3
# Each voter's three dots (an idea twice: two dots on it). The moderator, the rapporteur,
# the observer and the speaker did not vote. Joint projects come first; employee
# volunteering and the platform's working tie for third; the support for NGO capacity,
# and for coordinators to receive the volunteers most of all, comes from NGOs and
# foundations, hardly from companies (marked as splitting the room).
DOTS_5 = [
    ("dilara", ("c2", "a3", "d4")),
    ("nazli", ("a4", "a2", "c2")),
    ("ozge", ("d4", "c2", "e3")),
    ("gizem", ("e3", "c1", "a1")),
    ("kemal", ("a1", "b2", "c2")),
    ("mert", ("c2", "a2", "d2")),
    ("ugur", ("c3", "u1", "d2")),
    ("sule", ("c3", "a3", "b2")),
    ("ebru", ("e1", "d2", "c1")),
    ("murat", ("b2", "b3", "d1")),
    ("gulsen", ("c4", "b3", "c2")),
    ("cem", ("b4", "b3", "a2")),
    ("dilek", ("c2", "d2", "b3")),
    ("hakan", ("d2", "a2", "c2")),
    ("zeynep", ("b1", "d1", "c1")),
    ("ismail", ("b3", "d1", "a2")),
    ("irem", ("b3", "c2", "b1")),
    ("serkan", ("c2", "d2", "e1")),
    ("aylin", ("a2", "c2", "b2")),
]
IDEAS_TO_DECISION_5 = "proje"  # the cluster that became decision 5/2
IDEAS_TO_COMMITMENT_5 = ("c3", "gida")  # the idea that became Öncü Gıda's commitment

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
