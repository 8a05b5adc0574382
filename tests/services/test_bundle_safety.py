"""Hostile bundles are refused whole, and a bundle never replaces a row without a choice.

Every refusal names the table, row and field to blame, and the database is byte for
byte what it was (compared with ``sqlite3``'s ``iterdump``).
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from facilitator.errors import ValidationError
from facilitator.models import (
    Commitment,
    DecisionMethod,
    Note,
    NoteKind,
    Position,
    Proposal,
    ProposalVersion,
    QuantityUnit,
    Round,
    RoundCount,
    SpeakerTurn,
    Voice,
)
from facilitator.services import bundles, directory, workshops
from facilitator.services.demo import load_demo
from facilitator.store import Store

LIVE = datetime(2024, 5, 18, 8, 0, tzinfo=UTC)


def iterdump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def source(tmp_path):
    """The demo, and its first workshop with a note, rounds, counts, a turn and a commitment."""
    store = Store.open(tmp_path / "kaynak.db")
    load_demo(store)
    workshop = workshops.list_workshops(store)[0]
    people = [p for p in directory.list_people(store) if p.organization_id][:2]
    with store.transaction() as s:
        note = Note(
            workshop_id=workshop.id, kind=NoteKind.PROPOSAL, text="Ortak takvim", noted_at=LIVE
        )
        s.add(note)
        s.add(SpeakerTurn(workshop_id=workshop.id, person_id=people[0].id, limit_seconds=120))
        proposal = Proposal(workshop_id=workshop.id, title="Ortak takvim")
        s.add(proposal)
        s.flush()
        s.add(ProposalVersion(proposal_id=proposal.id, number=1, text="Ortak bir takvim"))
        by_name = Round(
            proposal_id=proposal.id, number=1, method=DecisionMethod.GRADIENTS, voice=Voice.PERSON
        )
        cards = Round(
            proposal_id=proposal.id, number=2, method=DecisionMethod.COUNTS, voice=Voice.COUNTS
        )
        s.add_all([by_name, cards])
        s.flush()
        s.add(Position(round_id=by_name.id, person_id=people[0].id, value="2", reason="çünkü"))
        s.add(RoundCount(round_id=cards.id, value="green", count=12))
        s.add(
            Commitment(
                title="Takvimin sekretaryası",
                organization_id=people[0].organization_id,
                workshop_id=workshop.id,
                series_id=workshop.series_id,
                quantity=Decimal("2500.00"),
                unit=QuantityUnit.TRY,
            )
        )
    yield store, workshop.id
    store.close()


@pytest.fixture
def target(tmp_path, source):
    """Another laptop that imported the workshop once already."""
    store_, workshop_id = source
    store = Store.open(tmp_path / "hedef.db")
    first = tmp_path / "ilk.facilitator"
    bundles.export_bundle(store_, workshop_id, first)
    bundles.apply_import(store, bundles.preview_import(store, first))
    yield store
    store.close()


@pytest.fixture
def good(tmp_path, source):
    store, workshop_id = source
    path = tmp_path / "çalıştay.facilitator"
    bundles.export_bundle(store, workshop_id, path)
    return path


def craft(good: Path, out: Path, *, data=None, manifest=None, compression=zipfile.ZIP_STORED):
    """``good`` with its data and manifest changed, the checksum made to match again."""
    with zipfile.ZipFile(good) as archive:
        m = json.loads(archive.read("manifest.json"))
        d = json.loads(archive.read("data.json"))
    if data:
        data(d)
    if manifest:
        manifest(m)
    raw = json.dumps(d).encode()  # ASCII with escapes: a lone surrogate survives as \ud800
    m["checksums"]["data.json"] = hashlib.sha256(raw).hexdigest()
    with zipfile.ZipFile(out, "w", compression) as archive:
        archive.writestr("manifest.json", json.dumps(m))
        archive.writestr("data.json", raw)
    return out


def patch_zip(good: Path, out: Path, entry: str, *, flag: int = 0, method: int | None = None):
    """A copy of ``good`` (stored, not compressed) whose headers for ``entry`` claim
    ``flag`` bits (1: encrypted) or another compression ``method``."""
    plain = craft(good, out.with_suffix(".plain"))
    data = bytearray(plain.read_bytes())
    name = entry.encode()
    for signature, flags_at, method_at, length_at, name_at in (
        (b"PK\x03\x04", 6, 8, 26, 30),  # local file header
        (b"PK\x01\x02", 8, 10, 28, 46),  # central directory
    ):
        at = data.find(signature)
        while at != -1:
            length = int.from_bytes(data[at + length_at : at + length_at + 2], "little")
            if bytes(data[at + name_at : at + name_at + length]) == name:
                flags = int.from_bytes(data[at + flags_at : at + flags_at + 2], "little")
                data[at + flags_at : at + flags_at + 2] = (flags | flag).to_bytes(2, "little")
                if method is not None:
                    data[at + method_at : at + method_at + 2] = method.to_bytes(2, "little")
            at = data.find(signature, at + 4)
    out.write_bytes(bytes(data))
    return out


def first(table: str, **values):
    def change(d):
        d["tables"][table][0].update(values)

    return change


def later(**delta) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


HOSTILE = {
    "changed-in-the-future": (
        lambda good, out: craft(good, out, data=first("person", updated_at=later(days=30))),
        ["person #1, updated_at", "in the future"],
    ),
    "created-far-in-the-future": (
        lambda good, out: craft(
            good, out, data=first("organization", created_at="2199-01-01T00:00:00+00:00")
        ),
        ["organization #1, created_at", "in the future"],
    ),
    "year-9999": (
        lambda good, out: craft(
            good,
            out,
            data=first(
                "workshop",
                planned_start="9999-12-31T23:00:00+00:00",
                planned_end="9999-12-31T23:30:00+00:00",
            ),
        ),
        ["workshop #1, planned_start", "out of range (years 1900–2200)"],
    ),
    "year-0001": (
        lambda good, out: craft(good, out, data=first("note", noted_at="0001-01-01T00:00:00Z")),
        ["note #1, noted_at", "out of range (years 1900–2200)"],
    ),
    "minutes-2^53": (
        lambda good, out: craft(good, out, data=first("agenda_item", planned_minutes=2**53)),
        ["agenda_item #1, planned_minutes", "from 0 to 600"],
    ),
    "count-2^53": (
        lambda good, out: craft(good, out, data=first("round_count", count=2**53)),
        ["round_count #1, count", "from 0 to 100000"],
    ),
    "limit-of-a-million-years": (
        lambda good, out: craft(good, out, data=first("speaker_turn", limit_seconds=10**13)),
        ["speaker_turn #1, limit_seconds", "from 1 to 3600"],
    ),
    "quantity-1e400": (
        lambda good, out: craft(good, out, data=first("commitment", quantity="1e400")),
        ["commitment #1, quantity", "too large"],
    ),
    "lone-surrogate": (
        lambda good, out: craft(good, out, data=first("note", text="Ortak \ud800 takvim")),
        ["note #1, text", "cannot be stored"],
    ),
    "nul-in-a-name": (
        lambda good, out: craft(good, out, data=first("person", given_name="Ali\x00Veli")),
        ["person #1, given_name", "control character (U+0000)"],
    ),
    "terminal-escape": (
        lambda good, out: craft(good, out, data=first("organization", name="Kurum\x1b[2J")),
        ["organization #1, name", "control character (U+001B)"],
    ),
    "text-beyond-any-field": (
        lambda good, out: craft(good, out, data=first("workshop", objectives="ş" * 20_001)),
        ["workshop #1, objectives", "too long"],
    ),
    "formula-as-e-mail": (
        lambda good, out: craft(
            good, out, data=first("person", email='=HYPERLINK("http://x.example")@x.org')
        ),
        ["person #1, email", "is not an e-mail address"],
    ),
    "e-mail-turned-around": (
        lambda good, out: craft(good, out, data=first("person", email="ali@example.org\u202e")),
        ["person #1, email", "U+202E"],
    ),
    "position-off-the-scale": (
        lambda good, out: craft(good, out, data=first("position", value="99")),
        ["position #1, value", "not a position of this method"],
    ),
    "encrypted-entry": (
        lambda good, out: patch_zip(good, out, "data.json", flag=0x1),
        ["is encrypted"],
    ),
    "unknown-compression": (
        lambda good, out: patch_zip(good, out, "data.json", method=99),
        ["compressed with a method Facilitator does not read"],
    ),
    "bzip2-compression": (
        lambda good, out: craft(good, out, compression=zipfile.ZIP_BZIP2),
        ["compressed with a method Facilitator does not read"],
    ),
    "title-not-the-workshops": (
        lambda good, out: craft(
            good, out, manifest=lambda m: m["workshop"].update(title="Masum görünen başlık")
        ),
        ["manifest names the workshop “Masum görünen başlık”"],
    ),
    "counts-not-the-datas": (
        lambda good, out: craft(
            good, out, manifest=lambda m: m["counts"].update(person=m["counts"]["person"] + 1)
        ),
        ["numbers of rows its manifest gives do not match"],
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_bundle_is_refused_naming_what_is_wrong_and_nothing_changes(
    case, good, target, tmp_path
):
    make, expected = HOSTILE[case]
    bad = make(good, tmp_path / f"{case}.facilitator")
    before = iterdump(target.path)
    with pytest.raises(ValidationError) as info:
        bundles.apply_import(target, bundles.preview_import(target, bad), {})
    message = str(info.value)
    for fragment in expected:
        assert fragment in message, message
    assert "\n" not in message and "\u202e" not in message and "\x00" not in message
    assert iterdump(target.path) == before


def test_a_quantity_that_is_not_a_sane_amount_is_refused(good, target, tmp_path):
    before = iterdump(target.path)
    for quantity in (
        "1e400",
        1e400,  # a JSON number too large for a float: read as infinity
        "NaN",
        math.nan,
        "-Infinity",
        "9999999999999",  # beyond the column's twelve digits
        "0.001",
        -1,
    ):

        def change(d, quantity=quantity):
            d["tables"]["commitment"][0].update(quantity=quantity, unit="EUR")

        bad = craft(good, tmp_path / "miktar.facilitator", data=change)
        with pytest.raises(ValidationError, match="commitment #1") as info:
            bundles.apply_import(target, bundles.preview_import(target, bad), {})
        assert "quantity" in str(info.value), quantity
        assert iterdump(target.path) == before


def _person_conflict(source, good, tmp_path, **changes) -> Path:
    """A bundle of the workshop where its moderator's details were changed at the source."""
    store, workshop_id = source
    moderator = workshops.get_workshop(store, workshop_id).moderator_id
    directory.update_person(store, moderator, **changes)
    path = tmp_path / "ikinci.facilitator"
    bundles.export_bundle(store, workshop_id, path)
    return path


def test_a_differing_row_is_never_replaced_without_an_explicit_choice(
    source, good, target, tmp_path
):
    store, workshop_id = source
    moderator = directory.get_person(store, workshops.get_workshop(store, workshop_id).moderator_id)
    path = _person_conflict(source, good, tmp_path, email="baska@kotu.example")
    preview = bundles.preview_import(target, path)
    (conflict,) = preview.conflicts
    assert (conflict.table, conflict.label) == (
        "person",
        f"{moderator.given_name} {moderator.family_name}",
    )
    (difference,) = conflict.differences
    assert (difference.field, difference.mine, difference.theirs) == (
        "email",
        moderator.email,
        "baska@kotu.example",
    )
    assert conflict.suggested == bundles.KEEP_MINE, "the newer bundle is not suggested"

    before = iterdump(target.path)
    with pytest.raises(ValidationError, match="no choice was made") as info:
        bundles.apply_import(target, preview)
    assert "person “" in str(info.value) and "Nothing was imported" in str(info.value)
    assert iterdump(target.path) == before

    bundles.apply_import(target, preview, {conflict.uuid: bundles.KEEP_MINE})
    kept = next(p for p in directory.list_people(target) if p.uuid == conflict.uuid)
    assert kept.email == moderator.email

    again = bundles.preview_import(target, path)
    bundles.apply_import(target, again, bundles.choose_all(again, bundles.TAKE_THEIRS))
    taken = next(p for p in directory.list_people(target) if p.uuid == conflict.uuid)
    assert taken.email == "baska@kotu.example"


def test_an_erased_address_claiming_a_change_in_the_future_is_refused(good, target, tmp_path):
    """The old rule "newer wins" took a row dated year 9999 over anyone's own."""
    with zipfile.ZipFile(good) as archive:
        person = json.loads(archive.read("data.json"))["tables"]["person"][0]
    assert person["email"]

    def erase(d):
        d["tables"]["person"][0].update(email="", updated_at="2199-12-31T00:00:00+00:00")

    bad = craft(good, tmp_path / "silinen.facilitator", data=erase)
    before = iterdump(target.path)
    with pytest.raises(ValidationError, match="in the future"):
        bundles.preview_import(target, bad)
    assert iterdump(target.path) == before
    mine = next(p for p in directory.list_people(target) if p.uuid == person["uuid"])
    assert mine.email == person["email"]


def test_one_choice_for_all_differing_rows(source, good, target, tmp_path):
    path = _person_conflict(source, good, tmp_path, phone="0 555 000 00 00")
    preview = bundles.preview_import(target, path)
    assert bundles.choose_all(preview, bundles.KEEP_MINE) == {
        c.uuid: bundles.KEEP_MINE for c in preview.conflicts
    }
    with pytest.raises(ValidationError, match="mine or theirs"):
        bundles.choose_all(preview, "newer")


def test_a_value_stored_before_the_rules_is_named_at_export_not_carried(source, tmp_path):
    """A database must not write a bundle it would itself refuse as damaged."""
    store, workshop_id = source
    with store.transaction() as s:
        note = s.query(Note).filter_by(workshop_id=workshop_id).one()
        note.text = "Eski\x00not"
    path = tmp_path / "eski.facilitator"
    with pytest.raises(ValidationError) as info:
        bundles.export_bundle(store, workshop_id, path)
    message = str(info.value)
    assert "cannot be exported" in message and "note “" in message and ", text:" in message
    assert "\x00" not in message
    assert not path.exists() and not path.with_name(path.name + ".part").exists()
