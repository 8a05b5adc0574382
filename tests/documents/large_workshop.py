"""A large workshop as the documents take it: 150 people, 1,500 notes, 40 decisions.

Built as plain data (no database): the renderers are what the benchmark measures and what
the page-craft test reads page by page. :func:`large_minutes` with its defaults is exactly
what ``benchmarks/documents.py`` has always timed; :func:`large_workshop` adds the other
documents (agenda handout, attendance sheet, roadmap) and, for the tests, organizations of
uneven size and second rounds with stated reasons.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

PARTICIPANTS = 150
ORGANIZATIONS = 40
ITEMS = 25
NOTES = 1_500
DECISIONS = 40
COMMITMENTS = 120
TEXTS = [
    "Gönüllü çalışan sayısını artırmak için şirket içi duyurular yapılmalı.",
    "Işık Vakfı uzmanlık desteği verebilir; İŞ BİRLİĞİ protokolü hazırlansın.",
    "Maddi katkı yerine ayni katkı: <gıda & kırtasiye> bağışı önerildi.",
    "Öncü Gıda platformun sekretaryasını üstlenmeye gönüllü; ilk yıl Bursa ile sınırlı kalsın.",
]
KINDS = ["point", "idea", "concern", "question", "proposal", "quote", "action", "parking_lot"]
SECTORS = ["company", "ngo", "foundation", "university", "public"]
# Organization names a reader can tell apart, as long as real ones get.
ORGANIZATION_NAMES = [
    "Uludere Üniversitesi Eğitim Fakültesi",
    "Çağdaş Yaşam Gönüllüleri Derneği",
    "Işık Lösemili Çocuklar Vakfı",
    "Kent Gönüllüleri Koordinasyon Merkezi",
    "Marmara Tekstil A.Ş.",
    "Öncü Gıda San. ve Tic. A.Ş.",
    "Sağlıklı Gelecek Eğitim Vakfı",
    "Türkiye Kurumsal Sosyal Sorumluluk Ağı",
    "İpekyolu Lojistik",
    "Yeşilova Grup",
]
# People per organization, repeated, when the organizations are uneven (one of 1 to 11).
UNEVEN_SIZES = [5, 1, 3, 11, 2, 8, 4, 6, 1, 9]
START = datetime(2026, 3, 14, 7, tzinfo=UTC)
# Commitments in each phase of the roadmap (120 in all).
PHASE_SIZES = [2, 1, 3, 25, 2, 4, 1, 30, 2, 3, 1, 46]
PHASE_NAMES = ["Kuruluş", "Pilot uygulama", "Yaygınlaştırma", "Kalıcılık"]


@dataclass(frozen=True)
class LargeWorkshop:
    """The data of every document of one large workshop and its series."""

    minutes: object  # MinutesData
    agenda: object  # AgendaData
    attendance: object  # AttendanceData
    roadmap: object  # RoadmapData


def _organizations(count: int, uneven: bool) -> tuple[list[str], list[int]]:
    """``count`` organization names and, for each participant, the index of theirs."""
    names = [
        f"{ORGANIZATION_NAMES[n % len(ORGANIZATION_NAMES)]} {n // len(ORGANIZATION_NAMES) + 1}"
        if uneven
        else f"Kurum {n} Çağdaş Yaşam Derneği"
        for n in range(count)
    ]
    if not uneven:
        return names, [n % count for n in range(PARTICIPANTS)]
    of = []
    org = 0
    while len(of) < PARTICIPANTS:
        of += [org % count] * UNEVEN_SIZES[org % len(UNEVEN_SIZES)]
        org += 1
    return names, of[:PARTICIPANTS]


def large_minutes(*, organizations: int = ORGANIZATIONS, uneven: bool = False, reasons=False):
    """The minutes' data: 150 participants, 25 agenda items, 1,500 notes, 40 decisions and
    120 commitments. ``uneven``: organizations of 1 to 11 people with real-looking names;
    ``reasons``: every third decision takes a second round with stated reasons."""
    from facilitator.services import document_data as d

    start = START
    header = d.WorkshopHeader(
        id=1, series_title="Özel Sektör ve STK İş Birliği", number=5,
        title="Büyük çalıştay: İşleyiş modeli ve yol haritası", guiding_question="Nasıl?",
        objectives=TEXTS[3], planned_start=start, planned_end=start + timedelta(hours=8),
        actual_start=start, actual_end=start + timedelta(hours=8, minutes=20),
        venue_name="Kültür Merkezi", venue_address="Osmangazi / Bursa", host="Yeşilova Grup",
        moderator="Prof. Dr. Rüya Küçükosmanoğlu", rapporteurs=("Selin Aydoğdu",), status="held",
    )  # fmt: skip
    orgs, org_of = _organizations(organizations, uneven)
    participants = tuple(
        d.ParticipantLine(
            name=f"Gülşen Öztürk {n}", organization=orgs[org_of[n]],
            sector=SECTORS[org_of[n] % len(SECTORS)] if uneven else SECTORS[n % len(SECTORS)],
            role="participant", position="Gönüllü Koordinatörü",
            invitation="confirmed", attendance="present" if n % 10 else "absent",
            email=f"kisi{n}@example.org" if n % 2 else "", phone="+90 224 555 00 00",
        )
        for n in range(PARTICIPANTS)
    )  # fmt: skip
    minutes = ITEMS and (8 * 60) // ITEMS
    agenda = tuple(
        d.AgendaLine(
            id=n + 1, position=n + 1, title=f"Gündem maddesi {n + 1}: iş birliği ve katkılar",
            kind="discussion", planned_minutes=minutes,
            planned_start=start + timedelta(minutes=n * minutes),
            planned_end=start + timedelta(minutes=(n + 1) * minutes),
            actual_start=start + timedelta(minutes=n * minutes + 1),
            actual_end=start + timedelta(minutes=(n + 1) * minutes + 2),
            presenter="Dilara Yüce", goal="Ortak bir karar",
        )
        for n in range(ITEMS)
    )  # fmt: skip
    notes = tuple(
        d.NoteLine(
            agenda_item_id=n % ITEMS + 1, kind=KINDS[n % len(KINDS)], text=TEXTS[n % len(TEXTS)],
            speaker=participants[n % PARTICIPANTS].name, noted_at=start + timedelta(seconds=n),
        )
        for n in range(NOTES)
    )  # fmt: skip

    def rounds(n: int) -> tuple:
        first = d.RoundLine(
            1, "gradients", "person", tuple((str(v), (v * 7 + n) % 11) for v in range(1, 9))
        )
        if not reasons or n % 3:
            return (first,)
        said = tuple(
            (participants[(n + k) % PARTICIPANTS].name, "7", TEXTS[k % len(TEXTS)])
            for k in range(n % 4 + 1)
        )
        second = d.RoundLine(
            2, "gradients", "person", tuple((str(v), (v * 5 + n) % 13) for v in range(1, 9)), said
        )
        return (first, second)

    decisions = tuple(
        d.DecisionLine(
            label=f"5/{n + 1}", title=f"Karar önerisi {n + 1}", text=TEXTS[n % len(TEXTS)],
            agenda_item=agenda[n % ITEMS].title, method="gradients", voice="person",
            rounds=rounds(n), outcome="agreed", statement=TEXTS[(n + 1) % len(TEXTS)],
            override_reason="", review_date=date(2026, 9, 30),
            workshop_title=header.title,
        )
        for n in range(DECISIONS)
    )  # fmt: skip
    commitments = tuple(
        d.CommitmentLine(
            title=TEXTS[n % len(TEXTS)], organization=orgs[n % organizations],
            person="Murat Çelikkaya", contribution_type="financial" if n % 2 else "expertise",
            quantity=Decimal(1000 + n) if n % 2 else None, unit="TRY" if n % 2 else None,
            phase_id=None, phase="",
            start_date=None, due_date=date(2026, 12, 31), status="committed",
        )
        for n in range(COMMITMENTS)
    )  # fmt: skip
    return d.MinutesData(header, participants, agenda, notes, decisions, commitments, None)


def large_workshop(*, organizations: int = 30) -> LargeWorkshop:
    """Every document's data of the large workshop: ``organizations`` of uneven size, second
    rounds with reasons, the commitments in four phases of the series' roadmap."""
    from facilitator.services import document_data as d
    from facilitator.text import sort_key

    minutes = large_minutes(organizations=organizations, uneven=True, reasons=True)
    w = minutes.workshop
    invited = sorted(
        minutes.participants, key=lambda p: (sort_key(p.name.split()[-1]), sort_key(p.name))
    )
    # Phases of every length, so that some phase's heading falls near a page's foot.
    phases = tuple(
        d.PhaseLine(
            n + 1,
            f"Aşama {n + 1}: {PHASE_NAMES[n % len(PHASE_NAMES)]}",
            date(2026 + n // 4, 3 * (n % 4) + 3, 28),
            TEXTS[n % len(TEXTS)] if n % 3 else "",
        )
        for n in range(len(PHASE_SIZES))
    )
    in_phase = [n for n, size in enumerate(PHASE_SIZES) for _k in range(size)]
    phased = tuple(
        dataclasses.replace(c, phase_id=in_phase[k] + 1, phase=phases[in_phase[k]].title)
        for k, c in enumerate(minutes.commitments)
    )
    kinds = ("financial", "expertise")
    by_org = sorted({c.organization for c in minutes.commitments}, key=sort_key)
    made = minutes.commitments
    matrix = [
        d.MatrixLine(
            org,
            tuple((sum(c.organization == org and c.contribution_type == k for c in made), ())
                  for k in kinds),
            sum(c.organization == org for c in made),
        )
        for org in by_org
    ]  # fmt: skip
    matrix.append(
        d.MatrixLine(
            "",
            tuple((sum(c.contribution_type == k for c in made), ()) for k in kinds),
            len(made),
        )
    )
    roadmap = d.RoadmapData(
        series_id=1,
        title=w.series_title,
        coordinator="Yeşilova Grup",
        description=TEXTS[3],
        workshops=tuple(
            d.SeriesWorkshopLine(n, f"Çalıştay {n}", START - timedelta(days=180 * (5 - n)), "held")
            for n in range(1, 6)
        ),
        phases=phases,
        commitments=phased,
        decisions=minutes.decisions,
        matrix_types=kinds,
        matrix=tuple(matrix),
        figures=None,
    )
    return LargeWorkshop(
        minutes=minutes,
        agenda=d.AgendaData(w, minutes.agenda),
        attendance=d.AttendanceData(w, tuple(invited)),
        roadmap=roadmap,
    )
