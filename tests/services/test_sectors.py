"""The new sectors (cooperative, chamber or professional body, media, "other" in its own
words) are stored, tallied and named wherever sectors are: the attendees' counts, the
minutes' "by sector" table, the series indicators and bundles (an older bundle, without
the words of "other", still imports)."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from facilitator.documents.exports import export_document
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import RenderOptions
from facilitator.errors import ValidationError
from facilitator.models.enums import Attendance, Sector
from facilitator.services import attendees, bundles, directory, roadmap
from facilitator.store import Store
from tests.documents.pdf_text import pdftotext

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"


def _move_to_new_sectors(store, workshop_id) -> dict[str, Sector]:
    """Three organizations present at the workshop become a cooperative, a chamber and a
    newspaper; their names, by the sector each now has."""
    present = [
        r
        for r in attendees.list_attendees(store, workshop_id)
        if r.attendance is Attendance.PRESENT and r.organization_id
    ]
    organizations = list(dict.fromkeys((r.organization_id, r.organization_name) for r in present))
    moved = {}
    for (org_id, name), sector in zip(
        organizations, (Sector.COOPERATIVE, Sector.CHAMBER, Sector.MEDIA), strict=False
    ):
        directory.update_organization(store, org_id, sector=sector)
        moved[name] = sector
    return moved


def test_organizations_of_the_new_sectors_are_counted_among_the_attendees(demo):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    moved = _move_to_new_sectors(store, workshop)
    counts = attendees.count_attendees(attendees.list_attendees(store, workshop))
    assert set(moved.values()) <= set(counts.by_sector)


def test_the_minutes_name_the_new_sectors_in_their_by_sector_table(demo, tmp_path):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    _move_to_new_sectors(store, workshop)
    out = tmp_path / "tutanak.pdf"
    export_document(store, "minutes", workshop, out, RenderOptions(language="tr"))
    text = " ".join(pdftotext(out).split())
    for words in ("Kooperatif", "Oda / meslek kuruluşu", "Medya"):
        assert words in text


def test_every_sector_has_a_name_in_both_languages_of_the_documents():
    turkish, english = DocumentLabels("tr"), DocumentLabels("en")
    names = {s: (turkish.enum("sector", s), english.enum("sector", s)) for s in Sector}
    assert names[Sector.COOPERATIVE] == ("Kooperatif", "Cooperative")
    assert names[Sector.CHAMBER] == ("Oda / meslek kuruluşu", "Chamber / professional body")
    assert names[Sector.MEDIA] == ("Medya", "Media")
    assert names[Sector.OTHER] == ("Diğer", "Other")


def test_the_series_indicators_tally_the_new_sectors(demo):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    moved = _move_to_new_sectors(store, workshop)
    indicators = roadmap.series_indicators(store, demo.series_id)
    tallied = [sector for sector, _ in indicators.organizations_by_sector]
    assert set(moved.values()) <= set(tallied)
    # In the order of the sectors' list: a cooperative before a university, media after it.
    assert tallied == sorted(tallied, key=list(Sector).index)


def test_other_keeps_its_own_words_and_too_long_words_are_refused(store):
    org = directory.create_organization(
        store, "Gemlik Balıkçılar Birliği", sector=Sector.OTHER, sector_other="Balıkçı birliği"
    )
    assert directory.get_organization(store, org.id).sector_other == "Balıkçı birliği"
    with pytest.raises(ValidationError):
        directory.update_organization(store, org.id, sector_other="ş" * 121)
    assert directory.get_organization(store, org.id).sector_other == "Balıkçı birliği"


def _as_version_3(path, out):
    """The bundle as the app before schema 0004 wrote it: no words for "other"."""
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    for row in data["tables"]["organization"]:
        del row["sector_other"]
    raw = json.dumps(data, ensure_ascii=False).encode()
    manifest.update(format_version=3, checksums={"data.json": hashlib.sha256(raw).hexdigest()})
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", raw)
    return out


def test_a_bundle_carries_the_new_sectors_and_an_older_bundle_still_imports(demo, tmp_path):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    moved = _move_to_new_sectors(store, workshop)
    host = next(r for r in attendees.list_attendees(store, workshop) if r.organization_id)
    if host.organization_name not in moved:
        directory.update_organization(
            store, host.organization_id, sector=Sector.OTHER, sector_other="Esnaf birliği"
        )
    path = tmp_path / "bursa.facilitator"
    bundles.export_bundle(store, workshop, path)

    target = Store.open(tmp_path / "hedef.db")
    try:
        bundles.apply_import(target, bundles.preview_import(target, path))
        there = {o.name: o for o in directory.list_organizations(target)}
    finally:
        target.close()
    for name, sector in moved.items():
        assert there[name].sector is sector
    if host.organization_name not in moved:
        assert there[host.organization_name].sector_other == "Esnaf birliği"

    older = _as_version_3(path, tmp_path / "eski.facilitator")
    again = Store.open(tmp_path / "ikinci.db")
    try:
        bundles.apply_import(again, bundles.preview_import(again, older))
        assert {o.sector_other for o in directory.list_organizations(again)} == {""}
    finally:
        again.close()
