"""Workshop bundles: round trip between two databases, merging by UUID, hostile files refused."""

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.errors import FacilitatorError, ValidationError
from facilitator.models import Commitment, Note, NoteKind, Position, Proposal, Round
from facilitator.services import agenda, attendees, bundles, directory, workshops
from facilitator.services.demo import load_demo
from facilitator.store import Store

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
WORKSHOP_TABLES = bundles.TABLES


def rows_by_uuid(path: Path) -> dict[str, dict[str, dict]]:
    """Every bundled table's rows by UUID, with the local ids replaced by UUIDs."""
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = {}
        uuid_of = {}
        for table in WORKSHOP_TABLES:
            uuid_of[table] = dict(conn.execute(f'SELECT id, uuid FROM "{table}"').fetchall())
        for table in WORKSHOP_TABLES:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            refs = {
                r[3]: r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')
            }  # from column -> table
            table_rows = {}
            for values in conn.execute(f'SELECT * FROM "{table}"'):
                record = dict(zip(columns, values, strict=True))
                record.pop("id")
                for column, target in refs.items():
                    if record[column] is not None:
                        record[column] = uuid_of[target][record[column]]
                table_rows[record["uuid"]] = record
            result[table] = table_rows
        return result
    finally:
        conn.close()


@pytest.fixture
def source(tmp_path):
    """A database with the demo and a workshop rich in notes, positions and commitments."""
    path = tmp_path / "kaynak.db"
    store = Store.open(path)
    load_demo(store)
    workshop = workshops.list_workshops(store)[0]
    people = [p for p in directory.list_people(store)][:3]
    with store.transaction() as s:
        note = Note(
            workshop_id=workshop.id,
            kind=NoteKind.PROPOSAL,
            text="Ortak bir <gönüllülük & bağış> takvimi çıkaralım",
            speaker_id=people[0].id,
        )
        s.add(note)
        s.flush()
        proposal = Proposal(workshop_id=workshop.id, title="Ortak takvim", source_note_id=note.id)
        s.add(proposal)
        s.flush()
        rnd = Round(proposal_id=proposal.id, number=1, method=proposal.method, voice=proposal.voice)
        s.add(rnd)
        s.flush()
        for n, person in enumerate(people, start=1):
            s.add(Position(round_id=rnd.id, person_id=person.id, value=str(n), reason="çünkü"))
        s.add(
            Commitment(
                title="Takvimin sekretaryası",
                organization_id=people[0].organization_id,
                person_id=people[0].id,
                workshop_id=workshop.id,
                proposal_id=proposal.id,
            )
        )
    yield store, workshop.id
    store.close()


@pytest.fixture
def target(tmp_path):
    store = Store.open(tmp_path / "hedef.db")
    yield store
    store.close()


def export(store, workshop_id, tmp_path) -> Path:
    path = tmp_path / "çalıştay.facilitator"
    bundles.export_bundle(store, workshop_id, path, now=NOW)
    return path


def test_round_trip_reproduces_the_workshop_field_by_field(source, target, tmp_path, dump_database):
    store, workshop_id = source
    path = export(store, workshop_id, tmp_path)
    preview = bundles.preview_import(target, path)
    assert preview.conflicts == ()
    assert preview.total_same == 0
    result = bundles.apply_import(target, preview)
    assert result.created == preview.total_new

    theirs = rows_by_uuid(store.path)
    mine = rows_by_uuid(target.path)
    workshop_uuid = preview.workshop_uuid
    assert mine["workshop"][workshop_uuid] == theirs["workshop"][workshop_uuid]
    for table in WORKSHOP_TABLES:
        for row_uuid, record in mine[table].items():
            assert record == theirs[table][row_uuid], (table, row_uuid)
    # everything of the workshop came along
    for table in ("agenda_item", "participation", "note", "proposal", "position", "commitment"):
        owned = [r for r in theirs[table].values() if r.get("workshop_id") in (workshop_uuid, None)]
        assert owned, table
    assert len(mine["participation"]) == sum(
        1 for r in theirs["participation"].values() if r["workshop_id"] == workshop_uuid
    )
    assert len(mine["position"]) == 3 and len(mine["commitment"]) >= 1


def test_importing_twice_changes_nothing(source, target, tmp_path, dump_database):
    store, workshop_id = source
    path = export(store, workshop_id, tmp_path)
    bundles.apply_import(target, bundles.preview_import(target, path))
    before = dump_database(target.path)
    preview = bundles.preview_import(target, path)
    assert preview.total_new == 0 and preview.conflicts == ()
    result = bundles.apply_import(target, preview)
    assert (result.created, result.updated) == (0, 0)
    assert dump_database(target.path) == before


def test_importing_into_the_same_database_matches_everything(source, tmp_path, dump_database):
    store, workshop_id = source
    path = export(store, workshop_id, tmp_path)
    before = dump_database(store)
    preview = bundles.preview_import(store, path)
    assert preview.total_new == 0 and preview.conflicts == ()
    bundles.apply_import(store, preview)
    assert dump_database(store) == before


def test_an_edit_on_both_sides_shows_in_the_preview_and_the_choice_is_applied(
    source, target, tmp_path
):
    store, workshop_id = source
    first = export(store, workshop_id, tmp_path)
    bundles.apply_import(target, bundles.preview_import(target, first))
    imported_id = workshops.list_workshops(target)[0].id
    # both sides edit the workshop title and one agenda item
    workshops.update_workshop(store, workshop_id, title="Kaynakta değişen başlık")
    workshops.update_workshop(target, imported_id, title="Hedefte değişen başlık")
    item = agenda.get_agenda(store, workshop_id).items[0]
    agenda.update_item(store, item.id, title="Kaynakta yeni gündem başlığı")
    second = tmp_path / "ikinci.facilitator"
    bundles.export_bundle(store, workshop_id, second)

    preview = bundles.preview_import(target, second)
    by_table = {c.table: c for c in preview.conflicts}
    assert set(by_table) == {"workshop", "agenda_item"}
    workshop_conflict = by_table["workshop"]
    title = next(d for d in workshop_conflict.differences if d.field == "title")
    assert (title.mine, title.theirs) == ("Hedefte değişen başlık", "Kaynakta değişen başlık")
    # which side changed a row cannot be told: every differing row defaults to mine, even
    # the agenda item only the source edited, and no choice for it changes nothing
    assert {c.suggested for c in preview.conflicts} == {bundles.KEEP_MINE}
    before = agenda.get_agenda(target, imported_id)
    with pytest.raises(ValidationError, match="no choice was made") as refused:
        bundles.apply_import(target, preview, {workshop_conflict.uuid: bundles.KEEP_MINE})
    assert "agenda_item “Kaynakta yeni gündem başlığı”" in str(refused.value)
    assert agenda.get_agenda(target, imported_id) == before

    result = bundles.apply_import(
        target,
        preview,
        {workshop_conflict.uuid: bundles.KEEP_MINE, by_table["agenda_item"].uuid: "theirs"},
    )
    assert result.updated == 1
    assert workshops.get_workshop(target, imported_id).title == "Hedefte değişen başlık"
    titles = [i.title for i in agenda.get_agenda(target, imported_id).items]
    assert "Kaynakta yeni gündem başlığı" in titles


def test_a_database_changed_after_the_preview_is_not_imported(source, target, tmp_path):
    store, workshop_id = source
    path = export(store, workshop_id, tmp_path)
    bundles.apply_import(target, bundles.preview_import(target, path))
    preview = bundles.preview_import(target, path)
    imported_id = workshops.list_workshops(target)[0].id
    workshops.update_workshop(target, imported_id, title="Önizlemeden sonra değişti")
    with pytest.raises(FacilitatorError, match="preview again"):
        bundles.apply_import(target, preview)


# -- hostile bundles -------------------------------------------------------------------


def _rewrite(
    path: Path,
    out: Path,
    *,
    manifest=None,
    data=None,
    extra=(),
    fix_checksum=True,
    raw_data=None,
    raw_manifest=None,
):
    with zipfile.ZipFile(path) as archive:
        m = json.loads(archive.read("manifest.json"))
        d = json.loads(archive.read("data.json"))
    if manifest:
        manifest(m)
    if data:
        data(d)
    raw = json.dumps(d, ensure_ascii=False).encode() if raw_data is None else raw_data
    if fix_checksum:
        m["checksums"]["data.json"] = hashlib.sha256(raw).hexdigest()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(m) if raw_manifest is None else raw_manifest)
        archive.writestr("data.json", raw)
        for name, content in extra:
            archive.writestr(name, content)
    return out


def _duplicate_uuid(d):
    d["tables"]["person"][1]["uuid"] = d["tables"]["person"][0]["uuid"]


def _missing_person(d):
    gone = d["tables"]["participation"][0]["person_id"]
    d["tables"]["person"] = [p for p in d["tables"]["person"] if p["uuid"] != gone]
    for table in ("note", "speaker_turn", "position", "commitment", "agenda_item", "workshop"):
        for row in d["tables"][table]:
            for key in ("speaker_id", "person_id", "presenter_id", "moderator_id"):
                if row.get(key) == gone:
                    row[key] = None


def _wrong_type(d):
    d["tables"]["workshop"][0]["planned_start"] = 1700000000


def _bad_enum(d):
    d["tables"]["participation"][0]["role"] = "king"


def _tables_not_list(d):
    d["tables"]["note"] = {"a": 1}


def _unknown_table(d):
    d["tables"]["secret_table"] = []


def _extra_field(d):
    d["tables"]["note"][0]["injected"] = "<script>"


def _bomb(tmp_path, good, mib=20):
    out = tmp_path / f"bomba{mib}.facilitator"
    with zipfile.ZipFile(good) as archive:
        manifest = archive.read("manifest.json")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("data.json", b"{" + b" " * (mib * 1024 * 1024) + b"}")
    return out


DEEP = b"[" * 200_000 + b"]" * 200_000


def _year_one(d):
    d["tables"]["workshop"][0]["planned_start"] = "0001-01-01T00:00:00+05:00"


def _year_9999(d):
    d["tables"]["workshop"][0]["planned_start"] = "9999-12-31T23:59:59-05:00"


def _empty_title(d):
    d["tables"]["workshop"][0]["title"] = "   "


def _negative_minutes(d):
    d["tables"]["agenda_item"][0]["planned_minutes"] = -5


def _upper_case_uuid(d):
    person = d["tables"]["person"][0]
    old, new = person["uuid"], person["uuid"].upper()
    for rows in d["tables"].values():
        for row in rows:
            for key, value in row.items():
                if value == old:
                    row[key] = new


def _zip_slip(tmp_path, good):
    return _rewrite(good, tmp_path / "kaçak.facilitator", extra=[("../../evil.json", "{}")])


HOSTILE = {
    "not-a-zip": (lambda tmp, good: _text(tmp), "not a Facilitator bundle"),
    "truncated": (
        lambda tmp, good: _write(tmp / "yarım.facilitator", good.read_bytes()[:-400]),
        "damaged or incomplete",
    ),
    "zip-slip": (_zip_slip, "unsafe file name"),
    "zip-bomb": (_bomb, "zip bomb"),
    "too-large": (lambda tmp, good: _bomb(tmp, good, 40), "too large"),
    "deeply-nested-data": (
        lambda tmp, good: _rewrite(good, tmp / "derin.facilitator", raw_data=DEEP),
        "cannot be read",
    ),
    "deeply-nested-manifest": (
        lambda tmp, good: _rewrite(good, tmp / "derinm.facilitator", raw_manifest=DEEP),
        "damaged or incomplete",
    ),
    "year-1-in-a-time-zone": (
        lambda tmp, good: _rewrite(good, tmp / "yıl1.facilitator", data=_year_one),
        "wrong value for planned_start",
    ),
    "year-9999-in-a-time-zone": (
        lambda tmp, good: _rewrite(good, tmp / "yıl9999.facilitator", data=_year_9999),
        "wrong value for planned_start",
    ),
    "upper-case-uuid": (
        lambda tmp, good: _rewrite(good, tmp / "büyük.facilitator", data=_upper_case_uuid),
        "wrong value for uuid",
    ),
    "empty-title": (
        lambda tmp, good: _rewrite(good, tmp / "başlıksız.facilitator", data=_empty_title),
        "workshop #1, title: title cannot be empty",
    ),
    "negative-minutes": (
        lambda tmp, good: _rewrite(good, tmp / "eksi.facilitator", data=_negative_minutes),
        "agenda_item #1, planned_minutes: Planned minutes must be a whole number from 0 to 600",
    ),
    "version-true": (
        lambda tmp, good: _rewrite(
            good, tmp / "doğru.facilitator", manifest=lambda m: m.update(format_version=True)
        ),
        "damaged or incomplete",
    ),
    "future-version": (
        lambda tmp, good: _rewrite(
            good,
            tmp / "gelecek.facilitator",
            manifest=lambda m: m.update(format_version=99),
        ),
        "format version 99",
    ),
    "bad-checksum": (
        lambda tmp, good: _rewrite(
            good,
            tmp / "oynanmış.facilitator",
            data=lambda d: d["tables"]["note"][0].update(text="değiştirildi"),
            fix_checksum=False,
        ),
        "checksum",
    ),
    "wrong-type": (
        lambda tmp, good: _rewrite(good, tmp / "tip.facilitator", data=_wrong_type),
        "wrong value for planned_start",
    ),
    "bad-enum": (
        lambda tmp, good: _rewrite(good, tmp / "rol.facilitator", data=_bad_enum),
        "wrong value for role",
    ),
    "not-a-list": (
        lambda tmp, good: _rewrite(good, tmp / "liste.facilitator", data=_tables_not_list),
        "cannot be read",
    ),
    "missing-reference": (
        lambda tmp, good: _rewrite(good, tmp / "eksik.facilitator", data=_missing_person),
        "refers to a missing person",
    ),
    "duplicate-uuid": (
        lambda tmp, good: _rewrite(good, tmp / "ikiz.facilitator", data=_duplicate_uuid),
        "twice",
    ),
    "unknown-table": (
        lambda tmp, good: _rewrite(good, tmp / "bilinmeyen.facilitator", data=_unknown_table),
        "unknown kind of record",
    ),
    "extra-field": (
        lambda tmp, good: _rewrite(good, tmp / "fazla.facilitator", data=_extra_field),
        "expected fields",
    ),
}


def _text(tmp_path):
    return _write(tmp_path / "notlar.facilitator", "bu bir paket değil".encode())


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_bundle_is_refused_with_a_clear_error_and_nothing_changes(
    case, source, target, tmp_path, dump_database
):
    store, workshop_id = source
    good = export(store, workshop_id, tmp_path)
    make, expected = HOSTILE[case]
    bad = make(tmp_path, good)
    before = dump_database(target.path)
    with pytest.raises(ValidationError) as info:
        bundles.apply_import(target, bundles.preview_import(target, bad))
    message = str(info.value)
    assert expected in message, message
    assert "\n" not in message
    assert dump_database(target.path) == before
    assert not (tmp_path / "evil.json").exists() and not Path("evil.json").exists()


def test_a_unique_rule_broken_on_import_leaves_the_database_unchanged(
    source, target, tmp_path, dump_database
):
    """All or nothing: a row refused half-way rolls back the rows created before it."""
    from facilitator.models import Participation

    store, workshop_id = source
    path = export(store, workshop_id, tmp_path)
    bundles.apply_import(target, bundles.preview_import(target, path))
    imported = workshops.list_workshops(target)[0].id
    # the target loses the imported participations, then one person is added again
    # under another UUID: the bundle's participation of that person now clashes
    with target.transaction() as s:
        s.query(Participation).filter_by(workshop_id=imported).delete()
    preview = bundles.preview_import(target, path)
    person_uuid = preview._bundle.rows["participation"][0]["person_id"]
    person_id = next(p.id for p in directory.list_people(target) if p.uuid == person_uuid)
    attendees.add_attendee(target, imported, person_id)
    before = dump_database(target.path)

    with pytest.raises(FacilitatorError) as info:
        bundles.apply_import(target, bundles.preview_import(target, path))
    assert "\n" not in str(info.value)
    assert dump_database(target.path) == before


def test_export_of_an_unknown_workshop_is_refused(target, tmp_path):
    from facilitator.errors import NotFoundError

    with pytest.raises(NotFoundError):
        bundles.export_bundle(target, 4242, tmp_path / "yok.facilitator")
    assert not (tmp_path / "yok.facilitator").exists()


def test_the_bundle_is_a_zip_of_json_with_format_version_and_checksum(source, tmp_path):
    store, workshop_id = source
    path = export(store, workshop_id, tmp_path)
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["data.json", "manifest.json"]
        manifest = json.loads(archive.read("manifest.json"))
        data = archive.read("data.json")
    assert manifest["format"] == "facilitator-bundle" and manifest["format_version"] == 5
    assert manifest["checksums"]["data.json"] == hashlib.sha256(data).hexdigest()
    assert io.BytesIO(data).read(1) == b"{"


def test_a_changed_reference_is_shown_by_name_not_by_uuid(source, target, tmp_path):
    store, workshop_id = source
    first = export(store, workshop_id, tmp_path)
    bundles.apply_import(target, bundles.preview_import(target, first))
    # the note is attributed to someone else in the source
    with store.transaction() as s:
        note = s.query(Note).filter_by(workshop_id=workshop_id, kind=NoteKind.PROPOSAL).one()
        old_speaker = note.speaker_id
        other = next(p for p in directory.list_people(store) if p.id != old_speaker)
        note.speaker_id = other.id
    second = tmp_path / "konuşmacı.facilitator"
    bundles.export_bundle(store, workshop_id, second)
    (conflict,) = bundles.preview_import(target, second).conflicts
    (difference,) = conflict.differences
    assert difference.field == "speaker_id"
    old_name = directory.get_person(store, old_speaker)
    assert difference.mine == f"{old_name.given_name} {old_name.family_name}"
    assert difference.theirs == f"{other.given_name} {other.family_name}"


def test_every_rule_of_the_schema_is_checked_on_bundle_rows():
    """A new CHECK rule in the models must be added to the bundle checks too."""
    from sqlalchemy import CheckConstraint

    from facilitator.models import Base
    from facilitator.services.bundles.schema import rule_texts

    known = set(rule_texts())
    for table in bundles.TABLES:
        for constraint in Base.metadata.tables[table].constraints:
            if not isinstance(constraint, CheckConstraint) or " IN (" in str(constraint.sqltext):
                continue  # enum values are checked by type already
            rule = str(constraint.name).removeprefix(f"ck_{table}_")
            assert rule in known, (table, rule)
