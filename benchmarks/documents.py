"""The minutes of a large workshop: how long the PDF takes, against a bare reportlab floor.

150 participants from 40 organizations, 25 agenda items, 1,500 notes, 40
decisions (one round each) and 120 commitments, built as the data the
minutes take (no database: the renderer is what is measured). Targets: the
minutes in at most 2 s in-process, and at most 1.5 times the floor — the
same paragraphs in the same font flowed into a plain ``SimpleDocTemplate``
in the same run.

    python benchmarks/documents.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PARTICIPANTS = 150
ORGANIZATIONS = 40
ITEMS = 25
NOTES = 1_500
DECISIONS = 40
COMMITMENTS = 120
RUNS = 3
TEXTS = [
    "Gönüllü çalışan sayısını artırmak için şirket içi duyurular yapılmalı.",
    "Işık Vakfı uzmanlık desteği verebilir; İŞ BİRLİĞİ protokolü hazırlansın.",
    "Maddi katkı yerine ayni katkı: <gıda & kırtasiye> bağışı önerildi.",
    "Öncü Gıda platformun sekretaryasını üstlenmeye gönüllü; ilk yıl Bursa ile sınırlı kalsın.",
]
KINDS = ["point", "idea", "concern", "question", "proposal", "quote", "action", "parking_lot"]


def large_minutes():
    from facilitator.services import document_data as d

    start = datetime(2026, 3, 14, 7, tzinfo=UTC)
    header = d.WorkshopHeader(
        id=1, series_title="Özel Sektör ve STK İş Birliği", number=5,
        title="Büyük çalıştay: İşleyiş modeli ve yol haritası", guiding_question="Nasıl?",
        objectives=TEXTS[3], planned_start=start, planned_end=start + timedelta(hours=8),
        actual_start=start, actual_end=start + timedelta(hours=8, minutes=20),
        venue_name="Kültür Merkezi", venue_address="Osmangazi / Bursa", host="Yeşilova Grup",
        moderator="Prof. Dr. Rüya Küçükosmanoğlu", rapporteurs=("Selin Aydoğdu",), status="held",
    )  # fmt: skip
    orgs = [f"Kurum {n} Çağdaş Yaşam Derneği" for n in range(ORGANIZATIONS)]
    sectors = ["company", "ngo", "foundation", "university", "public"]
    participants = tuple(
        d.ParticipantLine(
            name=f"Gülşen Öztürk {n}", organization=orgs[n % ORGANIZATIONS],
            sector=sectors[n % len(sectors)], role="participant", position="Gönüllü Koordinatörü",
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
    decisions = tuple(
        d.DecisionLine(
            label=f"5/{n + 1}", title=f"Karar önerisi {n + 1}", text=TEXTS[n % len(TEXTS)],
            agenda_item=agenda[n % ITEMS].title, method="gradients", voice="person",
            rounds=(d.RoundLine(1, "gradients", "person",
                                tuple((str(v), (v * 7 + n) % 11) for v in range(1, 9))),),
            outcome="agreed", statement=TEXTS[(n + 1) % len(TEXTS)], override_reason="",
            review_date=date(2026, 9, 30),
        )
        for n in range(DECISIONS)
    )  # fmt: skip
    commitments = tuple(
        d.CommitmentLine(
            title=TEXTS[n % len(TEXTS)], organization=orgs[n % ORGANIZATIONS],
            person="Murat Çelikkaya", contribution_type="financial" if n % 2 else "expertise",
            quantity=Decimal(1000 + n) if n % 2 else None, unit="TRY" if n % 2 else None,
            phase_id=None, phase="", start_date=None, due_date=date(2026, 12, 31),
            status="committed",
        )
        for n in range(COMMITMENTS)
    )  # fmt: skip
    return d.MinutesData(header, participants, agenda, notes, decisions, commitments, None)


def _paragraphs(flowables) -> list:
    """Every Paragraph of a story, also those inside tables and kept-together groups."""
    from reportlab.platypus import Paragraph, Table

    found = []
    for item in flowables:
        if isinstance(item, Paragraph):
            found.append(item)
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    found += _paragraphs(cell if isinstance(cell, (list, tuple)) else [cell])
        elif isinstance(item, (list, tuple)):
            found += _paragraphs(item)
        elif hasattr(item, "_content"):
            found += _paragraphs(item._content)
    return found


def floor(path: Path, minutes) -> float:
    """The same paragraphs (every one the minutes make, table cells included, same text,
    same style and font) flowed one after another into a plain SimpleDocTemplate."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from facilitator.documents import minutes as module
    from facilitator.documents.labels import DocumentLabels
    from facilitator.documents.styles import make_styles
    from facilitator.documents.template import RenderOptions

    styles = make_styles()
    story = module.minutes_story(minutes, RenderOptions(), DocumentLabels("tr"), styles, 450)
    texts = [(p.text, p.style) for p in _paragraphs(story)]
    started = time.perf_counter()
    flow = [Paragraph(text, style) for text, style in texts]
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)
    return time.perf_counter() - started


def main() -> None:
    from facilitator.documents.minutes import write_minutes
    from facilitator.documents.template import RenderOptions

    minutes = large_minutes()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        write_minutes(out / "warm.pdf", minutes, RenderOptions())  # fonts, imports
        floor(out / "warm-floor.pdf", minutes)
        ours, bare = [], []
        for run in range(RUNS):
            started = time.perf_counter()
            pages = write_minutes(out / f"minutes-{run}.pdf", minutes, RenderOptions())
            ours.append(time.perf_counter() - started)
            bare.append(floor(out / f"floor-{run}.pdf", minutes))
        size = os.path.getsize(out / "minutes-0.pdf")
    best, best_floor = min(ours), min(bare)
    print(
        f"minutes of {PARTICIPANTS} participants, {ITEMS} items, {NOTES} notes, "
        f"{DECISIONS} decisions, {COMMITMENTS} commitments: {pages} pages, {size / 1024:.0f} KiB"
    )
    print(f"minutes PDF: best {best:.2f} s of {RUNS} (target <= 2.00 s)")
    print(f"bare reportlab floor: best {best_floor:.2f} s")
    print(f"ratio: {best / best_floor:.2f} (target <= 1.50)")


if __name__ == "__main__":
    main()
