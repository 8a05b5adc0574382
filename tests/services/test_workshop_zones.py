"""A time zone per workshop: where it is held. Chosen from the IANA names, defaulting to
where the series met last, else this computer's zone; carried by duplicates and bundles."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from facilitator.errors import ValidationError
from facilitator.services import bundles, workshops
from facilitator.zones import utc_offset

START = datetime(2027, 3, 13, 7, 0, tzinfo=UTC)


def test_a_new_workshop_is_held_where_its_series_met_last_else_in_this_computers_zone(
    store, make_series, monkeypatch
):
    monkeypatch.setenv("TZ", "Europe/Istanbul")
    series = make_series()
    first = workshops.create_workshop(
        store, "Bursa", START, START + timedelta(hours=3), series_id=series.id
    )
    assert first.time_zone == "Europe/Istanbul"  # the computer's
    workshops.update_workshop(store, first.id, time_zone="Europe/Brussels")
    monkeypatch.setenv("TZ", "America/New_York")
    second = workshops.create_workshop(
        store, "Brüksel", START + timedelta(days=30), START + timedelta(days=30, hours=3),
        series_id=series.id,
    )  # fmt: skip
    assert second.time_zone == "Europe/Brussels"  # where the series met last
    alone = workshops.create_workshop(store, "Tek", START, START + timedelta(hours=1))
    assert alone.time_zone == "America/New_York"
    copy = workshops.duplicate_workshop(store, second.id)
    assert copy.time_zone == "Europe/Brussels"


@pytest.mark.parametrize(
    "zone", ["Istanbul", "UTC+3", "", " Europe/Istanbul", "Europe/Atlantis", "../../etc/passwd", 3]
)
def test_a_zone_that_is_not_an_iana_name_is_refused_with_an_example(store, make_workshop, zone):
    w = make_workshop()
    with pytest.raises(ValidationError, match="Europe/Istanbul"):
        workshops.update_workshop(store, w.id, time_zone=zone)
    assert workshops.get_workshop(store, w.id).time_zone == w.time_zone


def test_the_offset_is_told_by_the_zone_data_with_summer_time():
    assert utc_offset("Europe/Istanbul", START) == "UTC+3"
    assert utc_offset("Europe/Brussels", START) == "UTC+1"
    assert utc_offset("Europe/Brussels", datetime(2027, 7, 1, tzinfo=UTC)) == "UTC+2"
    assert utc_offset("Asia/Kolkata", START) == "UTC+5:30"
    assert utc_offset("America/New_York", START) == "UTC−5"
    assert utc_offset("UTC", START) == "UTC"


def test_a_bundle_carries_the_zone_and_an_older_bundle_gets_the_importing_computers(
    store, make_workshop, tmp_path, monkeypatch
):
    from facilitator.store import Store

    w = make_workshop()
    workshops.update_workshop(store, w.id, time_zone="Europe/Brussels")
    path = tmp_path / "ziyaret.facilitator"
    bundles.export_bundle(store, w.id, path)
    target = Store.open(tmp_path / "hedef.db")
    try:
        bundles.apply_import(target, bundles.preview_import(target, path))
        (copied,) = workshops.list_workshops(target)
        assert workshops.get_workshop(target, copied.id).time_zone == "Europe/Brussels"
    finally:
        target.close()

    # The same bundle as version 1 wrote it: no zone, format version 1.
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    for row in data["tables"]["workshop"]:
        del row["time_zone"]
    raw = json.dumps(data, ensure_ascii=False).encode()
    manifest.update(format_version=1, checksums={"data.json": hashlib.sha256(raw).hexdigest()})
    old = tmp_path / "eski.facilitator"
    with zipfile.ZipFile(old, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", raw)
    monkeypatch.setenv("TZ", "Europe/Istanbul")
    other = Store.open(tmp_path / "başka.db")
    try:
        bundles.apply_import(other, bundles.preview_import(other, old))
        (copied,) = workshops.list_workshops(other)
        assert workshops.get_workshop(other, copied.id).time_zone == "Europe/Istanbul"
    finally:
        other.close()


def test_a_zone_is_an_exact_iana_name_and_a_tz_rule_gives_its_offsets_zone(monkeypatch):
    import time

    from facilitator.zones import computer_zone, is_zone

    assert is_zone("Europe/Istanbul") and not is_zone("europe/istanbul")
    monkeypatch.setenv("TZ", "<+03>-3")  # a rule, not a name: the clock shows UTC+3
    time.tzset()
    try:
        assert computer_zone() == "Etc/GMT-3"
        assert utc_offset(computer_zone(), START) == "UTC+3"
    finally:
        monkeypatch.undo()
        time.tzset()
