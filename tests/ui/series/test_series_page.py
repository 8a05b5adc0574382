"""The series page's details: each field saved as it is left, and undone by Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from facilitator.services import series, workshops
from facilitator.ui.kit.changes import SERIES, changed
from facilitator.ui.kit.operations import Edits
from tests.ui.keys import leave, replace_text


def _details(window, series_id):
    window.show_series(series_id)
    page = window.series_page
    assert page.series_id == series_id
    page.tabs.setCurrentWidget(page.details)
    return page


def _elsewhere(window, store, do, series_id):
    """An edit made by another view (its own history, the same bus)."""
    return Edits(store, window.bus, None).run(QObject(), do, changes=changed(SERIES, series_id))


def _an_older_step(window, demo, store) -> tuple[int, str]:
    """An unrelated edit made before, in the workshop's Overview: the step Ctrl+Z once undid."""
    workshop_id = demo.workshop(6)
    window.open_workshop(workshop_id)
    overview = window.workshop_page.overview
    window.workshop_page.tabs.setCurrentWidget(overview)
    overview.venue_name.setText("İpekyolu Kültür Merkezi")
    overview.venue_name.editingFinished.emit()
    assert workshops.get_workshop(store, workshop_id).venue_name == "İpekyolu Kültür Merkezi"
    return workshop_id, "İpekyolu Kültür Merkezi"


def test_ctrl_z_puts_the_title_back_and_leaves_older_steps_alone(qtbot, demo, window, store):
    workshop_id, venue = _an_older_step(window, demo, store)
    page = _details(window, demo.series_id)
    old = page.title.text()
    replace_text(qtbot, page.title, "Şeffaflık ve Güven Çalıştayları")
    leave(qtbot, page.title)
    assert series.get_series(store, demo.series_id).title == "Şeffaflık ve Güven Çalıştayları"
    assert page.heading.text() == "Şeffaflık ve Güven Çalıştayları"

    # Focus is in the next field, which has nothing of its own to undo.
    qtbot.keyClick(window.focusWidget(), Qt.Key_Z, Qt.ControlModifier)

    assert series.get_series(store, demo.series_id).title == old
    assert page.title.text() == old and page.heading.text() == old
    assert workshops.get_workshop(store, workshop_id).venue_name == venue, "an older step undone"
    assert window.pages.currentWidget() is page

    window.redo_action.trigger()
    assert series.get_series(store, demo.series_id).title == "Şeffaflık ve Güven Çalıştayları"
    assert page.title.text() == "Şeffaflık ve Güven Çalıştayları"


def test_after_an_undo_the_form_saves_the_title_typed_again(qtbot, demo, window, store):
    page = _details(window, demo.series_id)
    old = page.title.text()
    replace_text(qtbot, page.title, "Şeffaflık ve Güven Çalıştayları")
    leave(qtbot, page.title)
    window.undo_action.trigger()
    assert page.title.text() == old
    # The form knows the value put back: the same new title typed again is saved.
    replace_text(qtbot, page.title, "Şeffaflık ve Güven Çalıştayları")
    leave(qtbot, page.title)
    assert series.get_series(store, demo.series_id).title == "Şeffaflık ve Güven Çalıştayları"


def test_undoing_the_coordinator_and_the_description(qtbot, demo, window, store):
    page = _details(window, demo.series_id)
    before = series.get_series(store, demo.series_id)
    page.description.setFocus()
    page.description.setPlainText("Kurumlar arası iş birliği üzerine.\nİkinci satır.")
    page.description.editingFinished.emit()
    other = next(i for i in range(1, page.coordinator.count()) if page.coordinator.itemData(i))
    other_id = page.coordinator.itemData(other)
    if other_id == before.coordinator_id:
        other += 1
        other_id = page.coordinator.itemData(other)
    page.coordinator.setCurrentIndex(other)
    page.coordinator.activated.emit(other)
    assert series.get_series(store, demo.series_id).coordinator_id == other_id

    window.history.undo()  # the coordinator
    assert series.get_series(store, demo.series_id).coordinator_id == before.coordinator_id
    assert page.coordinator.currentData() == before.coordinator_id
    window.history.undo()  # the description
    assert series.get_series(store, demo.series_id).description == before.description
    assert page.description.toPlainText() == before.description


def test_an_undo_after_a_change_elsewhere_is_refused_and_keeps_the_newer_title(
    qtbot, demo, window, store, answers
):
    page = _details(window, demo.series_id)
    replace_text(qtbot, page.title, "Şeffaflık ve Güven Çalıştayları")
    leave(qtbot, page.title)
    assert _elsewhere(
        window,
        store,
        lambda: series.update_series(store, demo.series_id, title="Sürdürülebilirlik Buluşmaları"),
        demo.series_id,
    )
    assert page.title.text() == "Sürdürülebilirlik Buluşmaları"  # shown as it changed

    window.undo_action.trigger()

    assert len(answers.errors) == 1 and "Başlık" in answers.errors[0]  # the field, in Turkish
    assert series.get_series(store, demo.series_id).title == "Sürdürülebilirlik Buluşmaları"
    assert page.title.text() == "Sürdürülebilirlik Buluşmaları"
    assert not window.undo_action.isEnabled(), "the refused step left the history"
