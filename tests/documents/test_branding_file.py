"""The command line reads the branding the app's Settings stored, without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.documents.branding_file import qsettings_string, read_branding
from facilitator.documents.styles import DEFAULT_ACCENT
from facilitator.documents.template import Branding

TEXTS = [
    "",
    "Bu yayın AB desteğiyle hazırlandı.",
    'Virgül, "tırnak"; noktalı virgül = eşittir \\ ters bölü',
    "Satır\nikinci satır\tsekme",
    "@başta at işareti",
    "#başta diyez [köşeli] {süslü} %s ☺ 😀",
]


@pytest.mark.parametrize("disclaimer", TEXTS)
def test_what_the_settings_store_is_read_back_the_same(tmp_path, disclaimer):
    from PIL import Image

    from facilitator import paths
    from facilitator.ui.settings.branding_settings import load_branding, save_branding

    logo = tmp_path / "logolar, İğ" / "kurum logo.png"
    logo.parent.mkdir()
    Image.new("RGB", (40, 20), (20, 90, 160)).save(logo)
    save_branding(Branding(str(logo), None, disclaimer, "#8b1f3a"))
    stored = load_branding()
    assert read_branding(paths.settings_file()) == stored
    assert stored.disclaimer == disclaimer and stored.accent == "#8b1f3a"
    assert Path(stored.organization_logo).read_bytes() == logo.read_bytes()


def test_a_vanished_logo_and_a_bad_colour_fall_back(tmp_path):
    settings = tmp_path / "settings.ini"
    settings.write_text(
        "[documents]\norganization_logo=/gone/logo.png\naccent=kırmızı\ndisclaimer=Not\n",
        encoding="utf-8",
    )
    assert read_branding(settings) == Branding(None, None, "Not", DEFAULT_ACCENT)
    assert read_branding(tmp_path / "missing.ini") == Branding()


def test_qt_escapes_are_undone():
    assert qsettings_string(r'"a\"b\\c\nd\x11f"') == 'a"b\\c\ndğ'
    assert qsettings_string("@@x") == "@x"


def test_choosing_another_logo_keeps_only_the_new_copy(tmp_path):
    from PIL import Image

    from facilitator.ui.settings.branding_settings import load_branding, logos_dir, save_branding

    first, second = tmp_path / "eski.png", tmp_path / "yeni.png"
    Image.new("RGB", (40, 20), (20, 90, 160)).save(first)
    Image.new("RGB", (40, 20), (160, 90, 20)).save(second)
    save_branding(Branding(None, str(first)))
    save_branding(Branding(None, str(second)))
    stored = load_branding()
    assert Path(stored.funder_logo).read_bytes() == second.read_bytes()
    assert [p.name for p in logos_dir().rglob("*.png")] == ["yeni.png"]


def test_the_funding_statement_reference_and_consent_texts_are_read_back(tmp_path):
    from facilitator import paths
    from facilitator.ui.settings.branding_settings import load_branding, save_branding

    branding = Branding(
        funded_by="Avrupa Birliği tarafından\nfinanse edilmektedir",
        funded_by_en="Funded by the European Union",
        project_reference="Proje No: 2024-1-TR01-KA220-ADU-000123456",
        consent="KVKK: adınız & imzanız <yalnızca> katılım için işlenir.\n\nİkinci paragraf.",
        consent_en="GDPR: your name is processed for attendance only.",
    )
    save_branding(branding)
    stored = load_branding()
    assert stored == branding
    assert read_branding(paths.settings_file()) == branding
    # Printed with their line breaks, a paragraph's empty line kept once.
    assert branding.consent_in("tr").split("\n")[1:] == ["", "İkinci paragraf."]
    assert branding.funded_by_in("en") == "Funded by the European Union"
