"""A workshop moved by a bundle keeps its record: minutes versions (the final prints the
same text in the other database), the reviews of commitments, the correction deadline;
a bundle made before those existed still imports."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date

import pytest

from facilitator.documents.exports import export_document
from facilitator.documents.template import RenderOptions
from facilitator.errors import ValidationError
from facilitator.services import bundles, minutes_record, workshops
from facilitator.services.commitment_reviews import reviews_at
from facilitator.store import Store
from tests.documents.pdf_text import pdftotext

WORKSHOP_5 = "Bursa Sosyal Sorumluluk Platformu: işleyiş modeli ve yol haritası"


def _rewrite(path, out, change, version):
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    change(data["tables"])
    manifest["counts"] = {t: len(rows) for t, rows in data["tables"].items()}
    raw = json.dumps(data, ensure_ascii=False).encode()
    manifest.update(
        format_version=version, checksums={"data.json": hashlib.sha256(raw).hexdigest()}
    )
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", raw)
    return out


def test_a_moved_workshop_keeps_its_final_minutes_and_reviews(demo, tmp_path):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    workshops.update_workshop(store, workshop, correction_deadline=date(2026, 3, 28))
    final, _ = minutes_record.finalize(store, workshop)
    here = tmp_path / "burada.pdf"
    export_document(store, "minutes", workshop, here, RenderOptions(), version="final")
    path = tmp_path / "bursa.facilitator"
    bundles.export_bundle(store, workshop, path)

    target = Store.open(tmp_path / "hedef.db")
    try:
        moved = bundles.apply_import(target, bundles.preview_import(target, path)).workshop_id
        (copy,) = minutes_record.versions(target, moved)
        assert (copy.number, copy.final, copy.sha256) == (1, True, final.row.sha256)
        there = tmp_path / "orada.pdf"
        export_document(target, "minutes", moved, there, RenderOptions(), version="final")
        assert pdftotext(there) == pdftotext(here)
        # Read in the other database, the minutes are the same but for the next workshop,
        # which did not move with this one.
        status = minutes_record.status(target, moved)
        assert [c.section for c in status.changes_since_final] == ["next_workshop"]
        assert len(reviews_at(target, moved)) == len(reviews_at(store, workshop)) > 0
        assert minutes_record.correction_deadline(target, moved) == date(2026, 3, 28)
    finally:
        target.close()


def test_an_altered_record_in_a_bundle_is_refused(demo, tmp_path):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    minutes_record.finalize(store, workshop)
    path = tmp_path / "bursa.facilitator"
    bundles.export_bundle(store, workshop, path)

    def alter(tables):
        row = tables["minutes_version"][0]
        row["content"] = row["content"].replace("Villa Zeytin", "Villa Zeytın")

    forged = _rewrite(path, tmp_path / "sahte.facilitator", alter, 3)
    target = Store.open(tmp_path / "hedef.db")
    try:
        with pytest.raises(ValidationError, match="SHA-256"):
            bundles.preview_import(target, forged)
        assert workshops.list_workshops(target) == []
    finally:
        target.close()


def test_a_bundle_of_format_2_still_imports(demo, tmp_path):
    store, workshop = demo.store, demo.titles[WORKSHOP_5]
    path = tmp_path / "bursa.facilitator"
    bundles.export_bundle(store, workshop, path)

    def as_version_2(tables):
        for row in tables["workshop"]:
            del row["correction_deadline"]
        del tables["minutes_version"], tables["commitment_review"]

    old = _rewrite(path, tmp_path / "eski.facilitator", as_version_2, 2)
    target = Store.open(tmp_path / "hedef.db")
    try:
        moved = bundles.apply_import(target, bundles.preview_import(target, old)).workshop_id
        assert workshops.get_workshop(target, moved).title == WORKSHOP_5
        assert minutes_record.correction_deadline(target, moved) is None
    finally:
        target.close()
