"""translate() for the Qt-free code: catalogue look-up and Qt's numerus forms."""

from __future__ import annotations

import pytest

from facilitator import i18n


@pytest.fixture
def catalogue(monkeypatch):
    """A small catalogue per language, as read from the .ts files."""
    catalogues = {
        "en": {("Errors", "%n workshop(s)"): ("%n workshop", "%n workshops")},
        "tr": {
            ("Errors", "%n workshop(s)"): ("%n çalıştay",),
            ("Errors", "Workshop"): "Çalıştay",
        },
    }
    monkeypatch.setattr(i18n, "_catalog", lambda language: catalogues[language])


def test_english_counts_take_the_singular_only_for_one(catalogue):
    words = [i18n.translate("Errors", "%n workshop(s)", None, n) for n in (0, 1, 2, 21)]
    assert words == ["0 workshops", "1 workshop", "2 workshops", "21 workshops"]


def test_turkish_has_one_form_for_every_count(catalogue):
    with i18n.using_language("tr"):
        assert i18n.translate("Errors", "%n workshop(s)", None, 1) == "1 çalıştay"
        assert i18n.translate("Errors", "%n workshop(s)", None, 3) == "3 çalıştay"
        assert i18n.translate("Errors", "Workshop") == "Çalıştay"
    assert i18n.translate("Errors", "%n workshop(s)", "tr", 2) == "2 çalıştay"


def test_a_count_without_a_catalogue_entry_keeps_its_source(catalogue):
    assert i18n.translate("Errors", "%n notes", None, 4) == "4 notes"
    assert i18n.translate("Errors", "Workshop") == "Workshop"


def test_the_shipped_catalogues_hold_numerus_forms():
    """Every numerus message of the shipped .ts files has its forms: two in English
    (singular, plural), one in Turkish."""
    i18n._catalog.cache_clear()
    for language, count in (("en", 2), ("tr", 1)):
        forms = [v for v in i18n._catalog(language).values() if isinstance(v, tuple)]
        assert forms, f"no numerus message in facilitator_{language}.ts"
        assert {len(f) for f in forms} == {count}
        assert all("%n" in form for f in forms for form in f)
