"""People & organizations page: Turkish-aware search as you type, editing, refused deletes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.services import directory
from facilitator.ui.directory.directory_page import ORG_COLUMN_NAME, PEOPLE_COLUMN_NAME
from tests.ui.keys import leave, replace_text, type_text


def _names(pane, column=PEOPLE_COLUMN_NAME):
    model = pane.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_people_are_listed_in_turkish_alphabetical_order(demo_window):
    demo_window.show_directory()
    pane = demo_window.directory_page.people
    families = [pane.model.row_at(r).family_name for r in range(pane.model.rowCount())]
    assert len(families) == 40
    # Ç after C, I before İ, Ö after O, Ş after S, Ü after U.
    assert families.index("Çakır") > families.index("Bozkurt")
    assert families.index("Çakır") < families.index("Doğru")
    assert families.index("Ilgaz") < families.index("Ilıcak") < families.index("İpekçi")
    assert families.index("Öcal") > families.index("Ozan" if "Ozan" in families else "Kılıç")
    assert families.index("Şahin") > families.index("Soysal")
    assert families.index("Ünal") > families.index("Uçar")
    assert families[:3] == ["Ağaoğlu", "Ağca", "Akgül"]


def test_search_as_you_type_is_turkish_aware(qtbot, demo_window):
    demo_window.show_directory()
    pane = demo_window.directory_page.people
    pane.search.setFocus()
    type_text(pane.search, "ISIK")
    # "ISIK" finds the surnames Işık and Işıkgün, and the two others who work at the
    # Işık foundation; results stay in Turkish alphabetical order of family names.
    assert _names(pane) == ["İrem Ilgaz", "İsmail Işık", "İlker Işıkgün", "Ahmet Ünal"]
    # "i" does not match "ı": "Araştırma Görevlisi" is found only with a dotless ı.
    replace_text(qtbot, pane.search, "arastirma")
    assert _names(pane) == []
    replace_text(qtbot, pane.search, "araştırma")
    assert _names(pane) == ["Dr. Öğr. Üyesi Cansu Erdoğan", "Arş. Gör. Esra Türkmen"]
    orgs = demo_window.directory_page.organizations
    type_text(orgs.search, "işbirliği")
    assert _names(orgs, ORG_COLUMN_NAME) == []
    replace_text(qtbot, orgs.search, "ÇOCUK")
    assert sorted(_names(orgs, ORG_COLUMN_NAME)) == [
        "Işık Lösemili Çocuklar Vakfı",
        "Çocuk Sağlığı Dayanışma Derneği",
    ]


def test_add_a_person_then_edit_fields_as_they_are_left(qtbot, demo_window, answers, store):
    demo_window.show_directory()
    pane = demo_window.directory_page.people
    org = next(o for o in directory.list_organizations(store) if o.short_name == "ÇSDD")
    answers.new_person = {
        "honorific": "",
        "given_name": "Çiğdem",
        "family_name": "Ağıroğlu",
        "organization_id": org.id,
    }
    pane.add_button.click()
    assert pane.selected_id is not None
    assert pane.given_name.text() == "Çiğdem"
    replace_text(qtbot, pane.email, "cigdem@örnek")
    leave(qtbot, pane.email)
    assert pane.error.isVisible() and "e-posta adresi değil" in pane.error.text()
    assert pane.email.text() == ""
    replace_text(qtbot, pane.email, "cigdem.agiroglu@example.org")
    leave(qtbot, pane.email)
    assert not pane.error.isVisible()
    pane.contact_consent.click()
    person = directory.get_person(store, pane.selected_id)
    assert person.email == "cigdem.agiroglu@example.org"
    assert person.contact_consent is True
    assert person.organization_name == "Çocuk Sağlığı Dayanışma Derneği"


def test_deleting_someone_who_attended_is_refused_with_the_reason(qtbot, demo_window, answers):
    demo_window.show_directory()
    pane = demo_window.directory_page.people
    type_text(pane.search, "Küçükosmanoğlu")
    assert pane.model.rowCount() == 1
    pane.view.selectRow(0)
    answers.yes_no = [True]
    pane.delete_button.click()
    assert len(answers.errors) == 1
    assert "çalıştaya katılıyor" in answers.errors[0]
    assert pane.model.total_count() == 40


def test_deleting_an_organization_people_work_for_names_them(qtbot, demo_window, answers, store):
    demo_window.show_directory()
    demo_window.directory_page.tabs.setCurrentIndex(1)
    pane = demo_window.directory_page.organizations
    type_text(pane.search, "villa")
    pane.view.selectRow(0)
    answers.yes_no = [True]
    pane.delete_button.click()
    assert "Özge Şenyurt" in answers.errors[0]
    assert len(directory.list_organizations(store)) == 13


def test_a_new_organization_nobody_uses_can_be_deleted(qtbot, demo_window, answers, store):
    demo_window.show_directory()
    demo_window.directory_page.tabs.setCurrentIndex(1)
    pane = demo_window.directory_page.organizations
    answers.new_organization = {
        "name": "Ilıca Gençlik Derneği",
        "short_name": "IGD",
        "sector": "ngo",
        "city": "İnegöl",
    }
    pane.add_button.click()
    assert pane.name.text() == "Ilıca Gençlik Derneği"
    answers.yes_no = [True]
    pane.delete_button.click()
    assert answers.errors == []
    assert all(o.name != "Ilıca Gençlik Derneği" for o in directory.list_organizations(store))


def test_find_shortcut_focuses_the_directory_search(qtbot, demo_window):
    qtbot.keyClick(demo_window, Qt.Key_F, Qt.ControlModifier)
    assert demo_window.pages.currentWidget() is demo_window.directory_page
    assert demo_window.directory_button.isChecked()


def test_merge_a_duplicate_person_from_the_directory(
    qtbot, demo_window, answers, store, monkeypatch
):
    from facilitator.ui.directory import merge_dialog

    duplicate = directory.create_person(store, "Rüya", "Kucukosmanoglu")
    demo_window.show_directory()
    pane = demo_window.directory_page.people
    pane.load_rows()
    type_text(pane.search, "kucukosmanoglu")
    pane.view.selectRow(0)
    assert pane.selected_id == duplicate.id
    assert pane.workshops.item(0).text() == "Henüz hiçbir çalıştayda yok"  # Turkish interface
    keep = next(p for p in directory.list_people(store) if p.family_name == "Küçükosmanoğlu")
    offered = []

    def choose(_parent, _title, _text, model):
        offered.extend(model.row_at(r).id for r in range(model.rowCount()))
        return keep.id

    monkeypatch.setattr(merge_dialog, "ask_merge_target", choose)
    answers.yes_no = [False]  # asked first, and declining changes nothing
    pane.merge_button.click()
    assert any(p.id == duplicate.id for p in directory.list_people(store))
    assert "Rüya Kucukosmanoglu" in answers.questions[-1]
    answers.yes_no = [True]
    pane.merge_button.click()
    assert duplicate.id not in offered and keep.id in offered
    assert all(p.id != duplicate.id for p in directory.list_people(store))
    assert pane.selected_id == keep.id
    assert pane.workshops.count() == 6  # the kept person's page lists their workshops


def test_a_field_left_is_announced_once_naming_the_pane(qtbot, demo_window, demo):
    demo_window.show_directory()
    pane = demo_window.directory_page.people
    person = demo.people()["Rüya Küçükosmanoğlu"]
    pane.select_id(person.id)
    announced = []
    demo_window.bus.changed.connect(lambda *args: announced.append(args))
    replace_text(qtbot, pane.position, "Proje Koordinatörü")
    leave(qtbot, pane.position)
    assert announced == [("person", (person.id,), pane)]
    assert directory.get_person(demo.store, person.id).position == "Proje Koordinatörü"
    assert demo_window.saved_label.text() == "Kaydedildi ✓"
