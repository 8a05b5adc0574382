"""The roadmap of a series: phases, timeline, contribution matrix and indicators (demo series)."""

from datetime import date
from decimal import Decimal

import pytest

from facilitator.errors import StaleEditError, ValidationError
from facilitator.models import CommitmentStatus, ContributionType, QuantityUnit, Sector
from facilitator.services import commitments, roadmap, series

TRY, EUR = QuantityUnit.TRY, QuantityUnit.EUR
HOURS, VOLUNTEERS = QuantityUnit.VOLUNTEER_HOURS, QuantityUnit.VOLUNTEERS


def test_phases_are_listed_by_target_date_with_undated_ones_last(store, make_series):
    series_id = make_series().id
    roadmap.create_phase(store, series_id, "Yaygınlaştırma", target_date=date(2027, 6, 30))
    roadmap.create_phase(store, series_id, "Değerlendirme")
    first = roadmap.create_phase(store, series_id, "Kuruluş", target_date=date(2026, 6, 30))
    assert [p.title for p in roadmap.list_phases(store, series_id)] == [
        "Kuruluş",
        "Yaygınlaştırma",
        "Değerlendirme",
    ]
    roadmap.update_phase(store, first.id, target_date=date(2028, 1, 1))
    assert [p.title for p in roadmap.list_phases(store, series_id)][:2] == [
        "Yaygınlaştırma",
        "Kuruluş",
    ]
    with pytest.raises(ValidationError, match="cannot be empty"):
        roadmap.update_phase(store, first.id, title=" ")


def test_a_phase_edit_expecting_values_changed_since_is_refused_and_changes_nothing(store, demo):
    """An undo or redo carries what it expects: a title changed elsewhere since is kept."""
    phase = roadmap.list_phases(store, demo.series_id)[0]
    seen = roadmap.phase_values(store, phase.id)
    roadmap.update_phase(store, phase.id, title="Kuruluş (gözden geçirildi)")  # elsewhere

    with pytest.raises(StaleEditError, match=r"changed elsewhere since \(Title\)"):
        roadmap.update_phase(store, phase.id, expect=seen, target_date=date(2030, 1, 1))
    assert roadmap.phase_values(store, phase.id) == {**seen, "title": "Kuruluş (gözden geçirildi)"}
    with pytest.raises(StaleEditError):
        roadmap.delete_phase(store, phase.id, expect=seen)
    assert phase.id in [p.id for p in roadmap.list_phases(store, demo.series_id)]

    now = roadmap.phase_values(store, phase.id)
    moved = roadmap.update_phase(store, phase.id, expect=now, target_date=date(2030, 1, 1))
    assert (moved.title, moved.target_date) == ("Kuruluş (gözden geçirildi)", date(2030, 1, 1))
    roadmap.delete_phase(store, phase.id, expect=roadmap.phase_values(store, phase.id))
    assert phase.id not in [p.id for p in roadmap.list_phases(store, demo.series_id)]


def test_deleting_a_phase_keeps_its_commitments_and_undo_puts_them_back_in_it(store, demo):
    phases = roadmap.list_phases(store, demo.series_id)
    project = next(p for p in phases if p.title.startswith("İlk ortak proje"))
    # fon, gonullu, gida and egitim (made at the 5th workshop) and the leave proposal made at
    # the 4th (dropped at the 5th) are in the "first joint project" phase.
    assert project.commitment_count == 5
    taken = roadmap.delete_phase(store, project.id)
    assert series.roadmap_commitments(store, demo.series_id) == 12
    assert all(
        r.phase_id != project.id for r in commitments.commitments_of_series(store, demo.series_id)
    )
    assert roadmap.restore_phase(store, taken).commitment_count == 5


def test_the_timeline_groups_bars_by_organization_from_start_to_due(store, demo):
    line = roadmap.timeline(store, demo.series_id)
    assert [p.title for p in line.phases] == [
        "Platformun kuruluşu",
        "İlk ortak proje: gönüllü eşleştirme",
        "Yaygınlaştırma",
    ]
    # Twelve commitments by seven organizations: nine made at the 5th workshop (Yeşilova and
    # TKSSA two each), three at the 3rd and 4th (ÇSDD, the university, Marmara).
    assert line.bar_count == 12
    assert len(line.lanes) == 7
    assert line.lanes[0].organization_name == "Çocuk Sağlığı Dayanışma Derneği"  # Ç after C
    yesilova = next(lane for lane in line.lanes if lane.organization_name == "Yeşilova Grup")
    assert [(b.start, b.end) for b in yesilova.bars] == [
        (date(2026, 3, 16), date(2026, 4, 30)),
        (date(2026, 4, 1), date(2026, 12, 31)),
    ]
    # The moral support has no start date: its bar starts on the day of the 5th workshop
    # (after ÇSDD's inventory, begun at the 4th).
    csdd = line.lanes[0].bars[1]
    assert (csdd.start, csdd.end) == (date(2026, 3, 14), date(2026, 6, 30))
    # From the first start (the indicator set, 17.05.2025, at the 3rd workshop) to the last
    # target (phase 3 and the latest due dates, 30.06.2027).
    assert (line.first, line.last) == (date(2025, 5, 17), date(2027, 6, 30))


def test_the_contribution_matrix_counts_and_sums_per_unit_never_across_units(store, demo):
    matrix = roadmap.contribution_matrix(store, demo.series_id)
    rows = {r.label: r for r in matrix.organizations}
    assert len(rows) == 7
    tkssa = rows["Türkiye Kurumsal Sosyal Sorumluluk Ağı"]
    # 200 volunteer hours of communication and €15.000 of co-financing: two units, two sums.
    assert tkssa.cell(ContributionType.COMMUNICATION).sums == ((HOURS, Decimal("200")),)
    assert tkssa.cell(ContributionType.FINANCIAL).sums == ((EUR, Decimal("15000")),)
    assert tkssa.total.count == 2
    assert tkssa.total.sums == ((EUR, Decimal("15000")), (HOURS, Decimal("200")))
    # Financial overall: Yeşilova ₺250.000 + TKSSA €15.000 — 2 commitments, two separate sums.
    financial = matrix.total.cell(ContributionType.FINANCIAL)
    assert financial.count == 2
    assert financial.sums == ((TRY, Decimal("250000")), (EUR, Decimal("15000")))
    # Hours: 24 (university training) + 200 (TKSSA communication) = 224.
    assert matrix.total.total.amount(HOURS) == Decimal("224")
    assert matrix.total.total.amount(VOLUNTEERS) == Decimal("40")
    assert matrix.total.total.count == 12


def test_the_matrix_totals_per_sector(store, demo):
    matrix = roadmap.contribution_matrix(store, demo.series_id)
    sectors = {r.sector: r for r in matrix.sectors}
    # Companies: Yeşilova 2 (protocol, funding) + Marmara 2 (volunteers, leave proposal)
    # + Öncü 1 + Villa Zeytin 1 = 6; NGOs: ÇSDD 2 (inventory, moral support) + TKSSA 2 = 4;
    # university: 2 (indicator set, training). 6 + 4 + 2 = 12.
    assert [(s, r.total.count) for s, r in sectors.items()] == [
        (Sector.COMPANY, 6),
        (Sector.NGO, 4),
        (Sector.UNIVERSITY, 2),
    ]
    assert sectors[Sector.COMPANY].total.sums == (
        (TRY, Decimal("250000")),
        (VOLUNTEERS, Decimal("40")),
    )
    assert sectors[Sector.COMPANY].cell(ContributionType.EXPERTISE).count == 1


def test_the_matrix_filters_by_phase_and_status(store, demo):
    phases = {p.title: p.id for p in roadmap.list_phases(store, demo.series_id)}
    project = roadmap.contribution_matrix(
        store, demo.series_id, phase_id=phases["İlk ortak proje: gönüllü eşleştirme"]
    )
    # fon (₺250.000), gonullu (40 volunteers), gida (in kind), egitim (24 h), izin (the
    # leave proposal, no amount) = 5.
    assert project.total.total.count == 5
    assert project.total.total.sums == (
        (TRY, Decimal("250000")),
        (HOURS, Decimal("24")),
        (VOLUNTEERS, Decimal("40")),
    )
    proposed = roadmap.contribution_matrix(
        store, demo.series_id, statuses=[CommitmentStatus.PROPOSED]
    )
    # egitim (24 h), iletisim (200 h), eur (€15.000) are only proposed: 3, hours 24 + 200.
    assert proposed.total.total.count == 3
    assert proposed.total.total.amount(HOURS) == Decimal("224")
    assert proposed.total.total.amount(TRY) is None
    both = roadmap.contribution_matrix(
        store, demo.series_id, phase_id=phases["Yaygınlaştırma"], statuses=["in_progress", "done"]
    )
    assert [r.label for r in both.organizations] == ["Villa Zeytin"]  # the free venue


def test_a_new_commitment_changes_the_matrix_totals(store, demo):
    fifth = demo.workshop(5)
    org = commitments.commitments_of_workshop(store, fifth)[0].organization_id
    commitments.create_commitment(
        store,
        "Ek bağış",
        org,
        workshop_id=fifth,
        contribution_type="financial",
        quantity="12500.50",
        unit="TRY",
    )
    total = roadmap.contribution_matrix(store, demo.series_id).total.total
    assert total.count == 13
    assert total.amount(TRY) == Decimal("262500.50")  # 250.000 + 12.500,50


def test_series_indicators_of_the_demo(store, demo):
    ind = roadmap.series_indicators(store, demo.series_id)
    # Six workshops; 1–4 minutes sent, 5 held, 6 scheduled → 5 held.
    assert (ind.workshops_total, ind.workshops_held) == (6, 5)
    # Workshop n ≤ 4 had the first 10 + 2n people of the 5th's list present (12, 14, 16, 18);
    # the 5th had 23 present of 26 (Yusuf and Ahmet absent, Levent excused).
    # Everyone of 1–4 is among those 23, so 23 unique people and 12+14+16+18+23 = 83 attendances.
    assert ind.unique_participants == 23
    assert ind.participations == 83
    # Organizations of the 23: companies Yeşilova, Villa Zeytin, Marmara, Öncü, İpekyolu (5),
    # NGOs ÇSDD, TKSSA, ÇYGD (3), foundations SEGEV, Işık (2), the university (1), KGKM (1).
    assert ind.unique_organizations == 12
    assert ind.organizations_by_sector == (
        (Sector.COMPANY, 5),
        (Sector.NGO, 3),
        (Sector.FOUNDATION, 2),
        (Sector.UNIVERSITY, 1),
        (Sector.PUBLIC, 1),
    )
    # Company attendances: 4 (Dilara, Selin, Özge, Gizem) at 1 and 2; +Kemal = 5 at 3;
    # +Mert, Uğur = 7 at 4; +Şule, Ebru, Nazlı = 10 at 5 → 4+4+5+7+10 = 30.
    # NGO: Murat, Gülşen (2) at 1, 2; +Burak at 3, 4 (3); +Cem, Dilek at 5 (5) → 2+2+3+3+5 = 15.
    # Foundations 4 at each of 5 = 20; university 2 × 5 = 10; KGKM 2 at 2–5 = 8. 30+15+20+10+8 = 83.
    assert ind.participations_by_sector == (
        (Sector.COMPANY, 30),
        (Sector.NGO, 15),
        (Sector.FOUNDATION, 20),
        (Sector.UNIVERSITY, 10),
        (Sector.PUBLIC, 8),
    )
    # Proposed: training, social media, EU co-financing (3); committed: funding, food bank (2);
    # in progress: volunteers, venue (2); done: protocol, moral support and, reviewed at the
    # 5th, the inventory and the indicator set (4); dropped at the 5th: the leave proposal (1).
    assert ind.commitments_by_status == (
        (CommitmentStatus.PROPOSED, 3),
        (CommitmentStatus.COMMITTED, 2),
        (CommitmentStatus.IN_PROGRESS, 2),
        (CommitmentStatus.DONE, 4),
        (CommitmentStatus.DROPPED, 1),
    )
    assert ind.commitments_total == 12


def test_an_unknown_status_filter_is_refused_by_name(store, demo):
    with pytest.raises(ValidationError, match="“finished” is not a valid"):
        roadmap.contribution_matrix(store, demo.series_id, statuses=["finished"])
